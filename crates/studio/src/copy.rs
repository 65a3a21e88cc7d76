//! A library call opened as a template becomes a call of its own: its file is `<call>-copy.toml`
//! and its `id` that name (the trainer may rename it in "About this call"), its `version` 1. A
//! trainee's progress, saves and LMS reports are kept by id, so a trainer's changed copy never
//! mixes with the library call it came from (QA m2).

use crate::draft::{Draft, FieldValue, OpenError};
use crate::path::FieldPath;
use crate::work::Work;

/// The file name a copy of the library file `file` starts with: `late.toml` → `late-copy.toml`.
pub fn name(file: &str) -> String {
    format!("{}-copy.toml", file.strip_suffix(".toml").unwrap_or(file))
}

impl Work {
    /// Opens `text` (a library call) as a new call of its own under `name`: its `id` is the
    /// name without `.toml` and its `version` 1, each written where the file has it, every
    /// other byte as it was. Neither change is a step to undo; and as no trainee has played
    /// the copy yet, saving it does not raise its version, nor does saving its draft opened
    /// again ([`crate::shelf::Kept::new_call`]).
    pub fn open_copy(name: &str, text: &str, lang: &str) -> Result<Self, OpenError> {
        let mut draft = Draft::open(text)?;
        let id = name.strip_suffix(".toml").unwrap_or(name);
        let top = FieldPath::default();
        // A file without an `id` or a `version` keeps its problem for the validator to say.
        if draft.get(&top.clone().key("id")).is_some() {
            let _ = draft.set(&top.clone().key("id"), FieldValue::Text(id.to_owned()));
        }
        if draft.get(&top.clone().key("version")).is_some() {
            let _ = draft.set(&top.key("version"), FieldValue::Int(1));
        }
        let mut work = Work::open(name, draft.text(), lang)?;
        work.opened.1 = None;
        Ok(work)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_template_gets_an_id_of_its_own_and_version_1_and_nothing_else_changes() {
        let file = "shouter-late-delivery.toml";
        let text = std::fs::read_to_string(format!(
            "{}/../../scenarios/{file}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        assert_eq!(name(file), "shouter-late-delivery-copy.toml");
        let mut work = Work::open_copy(&name(file), &text, "en").unwrap();
        let version = text.lines().find(|l| l.starts_with("version = ")).unwrap();
        let expected = text
            .replacen(
                "\nid = \"shouter-late-delivery\"",
                "\nid = \"shouter-late-delivery-copy\"",
                1,
            )
            .replacen(&format!("\n{version}\n"), "\nversion = 1\n", 1);
        assert_ne!(expected, text);
        assert_eq!(work.draft.text(), expected);
        assert_eq!(work.errors(), 0, "{:?}", work.problems);
        assert!(!work.draft.can_undo(), "opening is no step to undo");
        // A change is saved as version 1 still: nobody has played the copy yet.
        let time = FieldPath::parse("turn[0].time").unwrap();
        assert!(work.edit(&time, FieldValue::Int(33)).unwrap());
        assert!(work.for_saving().contains("\nversion = 1"));
    }
}
