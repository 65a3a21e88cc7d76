//! A new call starts from the format's annotated example (`docs/scenario-format.md`): a short,
//! valid call in three languages that uses every field, each explained in a comment beside it,
//! kept valid by the engine's tests. The trainer changes it into their own.

/// The format's documentation, compiled into the studio only.
const FORMAT: &str = include_str!("../../../docs/scenario-format.md");

/// The annotated example's TOML, as documented.
pub fn skeleton() -> &'static str {
    let section = FORMAT
        .split("## A complete annotated example")
        .nth(1)
        .unwrap_or_default();
    let start = section
        .find("```toml\n")
        .map_or(section.len(), |i| i + "```toml\n".len());
    let rest = &section[start..];
    &rest[..rest.find("```").unwrap_or(rest.len())]
}

/// The file name a new call is saved under until the trainer names it.
pub const NEW_FILE: &str = "new-call.toml";

impl crate::Work {
    /// Opens the annotated example as a new call under `name`: as no trainee has played it yet,
    /// saving it does not raise its version (QA round 2, mi7: a brand-new call was saved as
    /// version 2); a draft of it opened later does, as any call's.
    pub fn open_new(name: &str, lang: &str) -> Result<Self, crate::draft::OpenError> {
        let mut work = crate::Work::open(name, skeleton(), lang)?;
        work.opened.1 = None;
        Ok(work)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_call_is_saved_at_its_version_however_much_it_was_changed() {
        let mut work = crate::Work::open_new(NEW_FILE, "en").unwrap();
        let version = crate::FieldPath::default().key("version");
        let before = work.draft.get(&version);
        let title = crate::FieldPath::default().key("title").key("en");
        work.edit(
            &title,
            crate::draft::FieldValue::Text("Crushed parcel".into()),
        )
        .unwrap();
        let saved = work.for_saving().to_owned();
        assert!(saved.contains("Crushed parcel"));
        assert_eq!(work.draft.get(&version), before);
    }

    #[test]
    fn a_call_is_saved_under_its_id_once_it_has_a_valid_one() {
        let mut work = crate::Work::open_new(NEW_FILE, "en").unwrap();
        assert_eq!(work.save_name(), "rude-remark.toml", "the example's own id");
        let id = crate::FieldPath::default().key("id");
        let mut set = |value: &str| {
            work.edit(&id, crate::draft::FieldValue::Text(value.into()))
                .unwrap();
            work.save_name()
        };
        assert_eq!(set("crushed-parcel"), "crushed-parcel.toml");
        assert_eq!(
            set("Crushed parcel"),
            NEW_FILE,
            "not an id: the name it was opened under"
        );
        assert_eq!(set(""), NEW_FILE);
    }

    #[test]
    fn the_skeleton_is_a_valid_call_with_its_comments() {
        let text = skeleton();
        assert!(
            text.starts_with("format = 1"),
            "{}",
            &text[..40.min(text.len())]
        );
        assert!(text.contains("# the version of this file format"));
        let report = calmline_engine::validate(NEW_FILE, text.as_bytes());
        let errors: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.severity == calmline_engine::Severity::Error)
            .map(|d| d.message.clone())
            .collect();
        assert!(errors.is_empty(), "{errors:?}");
        let work = crate::Work::open(NEW_FILE, text, "pl").unwrap();
        assert!(work.map.nodes.len() >= 4);
        assert_eq!(work.map.dangling().count(), 0);
    }
}
