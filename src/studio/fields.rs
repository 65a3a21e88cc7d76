//! What the inspector calls each key of the file and the one-line hint it gives under a field
//! (QA M8: raw keys such as `skills · calm` or `add · warnings` meant nothing to a trainer,
//! and nothing said what range a number takes). A key with a name of its own has
//! `studio-field-<key>`, a skill is named as the debrief names it (`skill-<id>`), and a variable
//! the trainer made up stays as written; a field's hint is `studio-hint-<key>` of its own key,
//! or of the table it is in (`skills`, `add`, `set`). Tested: every key listed here has its
//! name and hint in all three languages.

use calmline_engine::Skill;
use calmline_studio::Step;

use crate::i18n::Locale;

/// Keys with a name of their own in the interface (`studio-field-<key>`).
pub const NAMED: [&str; 36] = [
    "id",
    "emotion",
    "time",
    "grade",
    "goto",
    "mood",
    "feedback",
    "reaction",
    "text",
    "outcome",
    "debrief",
    "line",
    "title",
    "summary",
    "self_care",
    "name",
    "patience",
    "pass_mark",
    "minutes",
    "start",
    "difficulty",
    "skills",
    "critical",
    "add",
    "set",
    "when",
    "chance",
    "gives_up",
    "customer_type",
    "techniques",
    "announced",
    "bare",
    "silent",
    "unthanked",
    "again",
    "overrun",
];

/// Keys whose fields have a hint (`studio-hint-<key>`): the numbers, marks and links whose
/// meaning or range the label alone does not tell.
pub const HINTED: [&str; 16] = [
    "mood",
    "skills",
    "time",
    "grade",
    "critical",
    "goto",
    "feedback",
    "reaction",
    "add",
    "set",
    "patience",
    "pass_mark",
    "chance",
    "silent",
    "announced",
    "bare",
];

/// The name of one key of a field's path: its own name, a skill's name, or the key as written
/// (a variable the trainer named, a key the studio does not know).
pub fn key_label(locale: &Locale, key: &str) -> String {
    if NAMED.contains(&key) {
        locale.text(&format!("studio-field-{key}"))
    } else if let Some(skill) = Skill::ALL.iter().find(|s| s.id() == key) {
        locale.text(&format!("skill-{}", skill.id()))
    } else {
        key.to_owned()
    }
}

/// The hint under a field at `steps` (its path inside its group), if its key or its table has
/// one: `mood`, or `calm` in `skills`.
pub fn hint(locale: &Locale, steps: &[Step]) -> Option<String> {
    let keys: Vec<&str> = steps
        .iter()
        .filter_map(|s| match s {
            Step::Key(k) if !["pl", "hu", "en"].contains(&k.as_str()) => Some(k.as_str()),
            _ => None,
        })
        .collect();
    let key =
        keys.iter().rev().find(|k| HINTED.contains(k)).filter(|k| {
            Some(**k) == keys.last().copied() || ["skills", "add", "set"].contains(k)
        })?;
    Some(locale.text(&format!("studio-hint-{key}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, message_ids};

    fn studio_ids(lang: Lang) -> Vec<String> {
        let path = format!(
            "{}/locales/{}/studio.ftl",
            env!("CARGO_MANIFEST_DIR"),
            lang.code()
        );
        message_ids(&std::fs::read_to_string(path).unwrap())
    }

    #[test]
    fn every_named_and_hinted_key_is_written_in_every_language() {
        for lang in Lang::ALL {
            let ids = studio_ids(lang);
            for key in NAMED {
                assert!(
                    ids.contains(&format!("studio-field-{key}")),
                    "studio-field-{key} in {lang:?}"
                );
            }
            for key in HINTED {
                assert!(
                    ids.contains(&format!("studio-hint-{key}")),
                    "studio-hint-{key} in {lang:?}"
                );
            }
        }
    }

    #[test]
    fn skills_are_named_as_the_debrief_names_them_and_variables_as_written() {
        let locale = Locale::new(Lang::Pl);
        assert_eq!(key_label(&locale, "calm"), locale.text("skill-calm"));
        assert_eq!(key_label(&locale, "warnings"), "warnings");
        let path = |keys: &[&str]| {
            keys.iter()
                .map(|k| Step::Key((*k).to_owned()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            hint(&locale, &path(&["skills", "calm"])),
            Some(locale.text("studio-hint-skills"))
        );
        assert_eq!(
            hint(&locale, &path(&["add", "warnings"])),
            Some(locale.text("studio-hint-add"))
        );
        assert_eq!(
            hint(&locale, &path(&["mood"])),
            Some(locale.text("studio-hint-mood"))
        );
        assert_eq!(
            hint(&locale, &path(&["feedback", "pl"])),
            Some(locale.text("studio-hint-feedback"))
        );
        assert_eq!(hint(&locale, &path(&["id"])), None);
        // `mood_below` in a rule's `when` is not the reply's mood.
        assert_eq!(hint(&locale, &path(&["when", "mood_below"])), None);
    }
}
