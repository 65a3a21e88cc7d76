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
pub const NAMED: [&str; 56] = [
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
    "format",
    "version",
    "direction",
    "face",
    "age",
    "presentation",
    "skin",
    "hair",
    "hair_colour",
    "glasses",
    "beard",
    "ending",
    "mood_below",
    "mood_at_least",
    "said",
    "not_said",
    "var_at_least",
    "var_below",
    "twist",
    "not_twist",
];

/// Keys whose meaning depends on the table they are in, with their own names: the call's list
/// of the skills it scores (a reply's `skills` are points), the customer's mood at the start (a
/// reply's `mood` is a change), the minutes a hold promises (the call's `minutes` are its
/// length).
const IN_CONTEXT: [(Option<&str>, &str, &str); 3] = [
    (None, "skills", "studio-field-call-skills"),
    (Some("customer"), "mood", "studio-field-start-mood"),
    (Some("hold"), "minutes", "studio-field-hold-minutes"),
];

/// Lists of ids, whose items are counted rather than named as wordings.
pub fn is_id_list(key: &str) -> bool {
    [
        "skills",
        "techniques",
        "said",
        "not_said",
        "twist",
        "not_twist",
    ]
    .contains(&key)
}

/// Keys whose fields have a hint (`studio-hint-<key>`): the numbers, marks and links whose
/// meaning or range the label alone does not tell.
pub const HINTED: [&str; 17] = [
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
    "presentation",
];

/// The name of one key of a field's path, in the table `parent` (`None`: the call's own); `list`
/// when its value is a list: its own name, a skill's name, or the key as written (a variable
/// the trainer named, a key the studio does not know).
pub fn key_label(locale: &Locale, parent: Option<&str>, key: &str, list: bool) -> String {
    let own = IN_CONTEXT
        .iter()
        .find(|(p, k, _)| *p == parent && *k == key && (key != "skills" || list));
    if let Some((_, _, id)) = own {
        locale.text(id)
    } else if NAMED.contains(&key) {
        locale.text(&format!("studio-field-{key}"))
    } else if let Some(skill) = Skill::ALL.iter().find(|s| s.id() == key) {
        locale.text(&format!("skill-{}", skill.id()))
    } else {
        key.to_owned()
    }
}

/// The hint under a field whose path inside its node (or the call) is `inner`, the group's part
/// of it ending at `rest`, if its key or its table has one: `mood`, or `calm` in `skills`. The
/// customer's starting mood and the call's list of skills have none; the customer's face has
/// one at its first field, its looks (QA round 7, mi-i: a trainer did not find where to change
/// the face).
pub fn hint(locale: &Locale, inner: &[Step], rest: usize) -> Option<String> {
    let group = inner[..rest].iter().rev().find_map(|s| match s {
        Step::Key(k) => Some(k.as_str()),
        Step::Index(_) => None,
    });
    let steps = &inner[rest..];
    if (group == Some("customer") && matches!(steps, [Step::Key(k)] if k == "mood"))
        || matches!(steps, [Step::Key(k), Step::Index(_), ..] if k == "skills")
    {
        return None;
    }
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
    // A hang-up rule grades hanging up, a silence letting the clock run out, not a reply (QA
    // round 5, mi-j; round 7, mi-g).
    if let Some((_, _, id)) = IN_GROUP
        .iter()
        .find(|(g, k, _)| group == Some(*g) && k == key)
    {
        return Some(locale.text(id));
    }
    Some(locale.text(&format!("studio-hint-{key}")))
}

/// Keys whose hint in a hang-up rule or a silence speaks of hanging up or of the silence:
/// `(group, key, message)`.
pub const IN_GROUP: [(&str, &str, &str); 4] = [
    ("hang_up", "grade", "studio-hint-hang-up-grade"),
    ("hang_up", "critical", "studio-hint-hang-up-critical"),
    ("hang_up", "feedback", "studio-hint-hang-up-feedback"),
    ("silence", "feedback", "studio-hint-silence-feedback"),
];

/// The length of the optional value a field's path (inside its node) is in, if it is in one: a
/// condition of a reply or a rule (`when.<part>`), a variable change (`add.<var>`, `set.<var>`),
/// a hold override (`hold.<way>`). A trigger's conditions are what it is, so they stay.
/// What "Add to this reply" gives can be taken out again: the mood change and the reaction
/// always, feedback on a best reply only, the one grade that does not ask for it (QA round 4,
/// mi-d). `best` tells whether reply `n` is graded best.
pub fn optional(inner: &[Step], best: impl Fn(usize) -> bool) -> Option<usize> {
    const OPTIONAL: [&str; 4] = ["when", "add", "set", "hold"];
    if let [Step::Key(r), Step::Index(n), Step::Key(k), ..] = inner {
        match k.as_str() {
            "mood" | "reaction" if r == "reply" => return Some(3),
            "feedback" if r == "reply" && best(*n) => return Some(3),
            _ => {}
        }
    }
    if matches!(inner.first(), Some(Step::Key(k)) if k == "trigger") {
        return None;
    }
    let at = inner
        .iter()
        .position(|s| matches!(s, Step::Key(k) if OPTIONAL.contains(&k.as_str())))?;
    (inner.len() > at + 1).then_some(at + 2)
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
            for (_, _, id) in IN_GROUP {
                assert!(ids.contains(&id.to_owned()), "{id} in {lang:?}");
            }
        }
    }

    #[test]
    fn skills_are_named_as_the_debrief_names_them_and_variables_as_written() {
        let locale = Locale::new(Lang::Pl);
        let name = |parent, key, list| key_label(&locale, parent, key, list);
        assert_eq!(
            name(Some("skills"), "calm", false),
            locale.text("skill-calm")
        );
        assert_eq!(name(Some("add"), "warnings", false), "warnings");
        // The same key in another table is another thing.
        assert_eq!(
            name(None, "skills", true),
            locale.text("studio-field-call-skills")
        );
        assert_eq!(
            name(Some("reply"), "skills", false),
            locale.text("studio-field-skills")
        );
        assert_eq!(
            name(Some("customer"), "mood", false),
            locale.text("studio-field-start-mood")
        );
        assert_eq!(
            name(Some("reply"), "mood", false),
            locale.text("studio-field-mood")
        );
        assert_eq!(
            name(Some("hold"), "minutes", false),
            locale.text("studio-field-hold-minutes")
        );
        assert_eq!(
            name(None, "minutes", false),
            locale.text("studio-field-minutes")
        );
    }

    #[test]
    fn a_hint_follows_the_key_and_the_table_it_is_in() {
        let locale = Locale::new(Lang::Pl);
        let path = |keys: &[&str]| {
            keys.iter()
                .map(|k| Step::Key((*k).to_owned()))
                .collect::<Vec<_>>()
        };
        let hint_of = |keys: &[&str], rest| hint(&locale, &path(keys), rest);
        let text = |id: &str| Some(locale.text(id));
        assert_eq!(hint_of(&["skills", "calm"], 0), text("studio-hint-skills"));
        assert_eq!(hint_of(&["add", "warnings"], 0), text("studio-hint-add"));
        assert_eq!(hint_of(&["mood"], 0), text("studio-hint-mood"));
        assert_eq!(
            hint_of(&["feedback", "pl"], 0),
            text("studio-hint-feedback")
        );
        assert_eq!(hint_of(&["id"], 0), None);
        // Not the reply's mood: a rule's `mood_below`, the customer's mood at the start.
        assert_eq!(hint_of(&["when", "mood_below"], 0), None);
        assert_eq!(hint_of(&["customer", "mood"], 1), None);
        // The customer's patience and face are explained.
        assert_eq!(
            hint_of(&["customer", "patience"], 1),
            text("studio-hint-patience")
        );
        for rest in [1, 2] {
            assert_eq!(
                hint_of(&["customer", "face", "presentation"], rest),
                text("studio-hint-presentation")
            );
        }
        assert_eq!(hint_of(&["customer", "face", "hair"], 2), None);
        // The call's list of skills is not points.
        let list = [Step::Key("skills".into()), Step::Index(0)];
        assert_eq!(hint(&locale, &list, 0), None);
        // A hang-up rule's grade and feedback are about hanging up; its mood is a reply's.
        let rule = |key: &str| {
            let inner = [
                Step::Key("hang_up".into()),
                Step::Index(0),
                Step::Key(key.into()),
            ];
            hint(&locale, &inner, 2)
        };
        assert_eq!(rule("grade"), text("studio-hint-hang-up-grade"));
        assert_eq!(rule("feedback"), text("studio-hint-hang-up-feedback"));
        assert_eq!(rule("mood"), text("studio-hint-mood"));
        let silence = [
            Step::Key("silence".into()),
            Step::Key("feedback".into()),
            Step::Key("hu".into()),
        ];
        assert_eq!(
            hint(&locale, &silence, 1),
            text("studio-hint-silence-feedback")
        );
    }
}
