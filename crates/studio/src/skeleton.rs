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

#[cfg(test)]
mod tests {
    use super::*;

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
