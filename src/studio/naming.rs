//! What the studio calls each value of the file and each group of values, in the trainer's
//! language: a field's label ("Feedback · Polski"), a group's heading ("Reply 2"), and the
//! element ids the inspector gives them. The inspector, the problems list and the translate view
//! all name things alike through these.

use calmline_engine::Address;
use calmline_engine::address;
use calmline_studio::{FieldPath, Step};

use crate::i18n::Locale;

/// The element id of a field's input.
pub fn field_id(path: &FieldPath) -> String {
    let text: String = path
        .to_string()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("field-{text}")
}

/// A field's label from its path inside its group: "Feedback · Polski", "Text · English ·
/// wording 2". `inner` is the path inside its node (or the call), `rest` where the group's part
/// of it ends: the group (`customer`, `hold`) changes what some keys mean.
pub(super) fn label(locale: &Locale, inner: &[Step], rest: usize) -> String {
    let mut parent = super::control::keys_back(&inner[..rest]).next();
    let steps = &inner[rest..];
    let mut parts = Vec::new();
    for (i, step) in steps.iter().enumerate() {
        parts.push(match step {
            Step::Key(k) if ["pl", "hu", "en"].contains(&k.as_str()) => {
                locale.text(&format!("language-name-{k}"))
            }
            Step::Key(k) => {
                let list = matches!(steps.get(i + 1), Some(Step::Index(_)));
                let named = super::fields::key_label(locale, parent, k, list);
                parent = Some(k.as_str());
                named
            }
            // An item of a list of ids (the call's skills, a rule's replies) is counted; any
            // other list is a text's wordings.
            Step::Index(n) if parent.is_some_and(super::fields::is_id_list) => (n + 1).to_string(),
            Step::Index(n) => {
                locale.text_with("studio-field-wording", &[("n", (*n as i64 + 1).into())])
            }
        });
    }
    parts.join(" · ")
}

/// The group a field's path inside its node belongs to, and where the rest of it starts.
pub(super) fn group(locale: &Locale, steps: &[Step]) -> (String, usize) {
    match steps {
        [Step::Key(k), Step::Index(n), ..] if k == "reply" => (
            locale.text_with("studio-group-reply", &[("n", (*n as i64 + 1).into())]),
            2,
        ),
        [Step::Key(k), Step::Index(n), ..] if k == "line" => (
            locale.text_with("studio-group-line", &[("n", (*n as i64 + 1).into())]),
            2,
        ),
        [Step::Key(k), _, ..] if k == "silence" => (locale.text("studio-group-silence"), 1),
        [Step::Key(k), _, ..] if k == "hold" => (locale.text("studio-group-hold"), 1),
        [Step::Key(k), _, ..] if k == "customer" => (locale.text("studio-group-customer"), 1),
        [Step::Key(k), Step::Index(n), ..] if k == "trigger" => (
            locale.text_with("studio-group-trigger", &[("n", (*n as i64 + 1).into())]),
            2,
        ),
        [Step::Key(k), Step::Index(n), ..] if k == "hang_up" => (
            locale.text_with("studio-group-hang-up", &[("n", (*n as i64 + 1).into())]),
            2,
        ),
        [Step::Key(k), Step::Index(n), ..] if k == "twist" => (
            locale.text_with("studio-group-twist", &[("n", (*n as i64 + 1).into())]),
            2,
        ),
        _ => (locale.text("studio-group-node"), 0),
    }
}

/// The element id of the heading of the group a field belongs to (its first `rest` steps after
/// the node's `base`), which describes each of its fields to a screen reader ("Grade", in
/// "Reply 2").
pub(super) fn group_id(path: &FieldPath, base: usize, rest: usize) -> String {
    field_id(&FieldPath(path.0[..base + rest].to_vec())).replacen("field-", "group-", 1)
}

/// What a folded reply holds, in a few words (QA round 4, mi-b): its grade, the start of its
/// text in the trainer's language (a Polish `{Pan|Pani}` pair as a trainee addressed as Pan
/// hears it) and where it leads, from the reply's values in `texts`. `None` without a grade the
/// format knows.
/// The start of what is said, enough to know a reply by (48 characters, an ellipsis when cut).
pub(super) fn first_words(said: &str) -> String {
    const WORDS: usize = 48;
    if said.chars().count() > WORDS {
        format!(
            "{}…",
            said.chars().take(WORDS - 1).collect::<String>().trim_end()
        )
    } else {
        said.to_owned()
    }
}

pub(super) fn reply_gist(
    locale: &Locale,
    reply: &FieldPath,
    texts: &[(FieldPath, String)],
) -> Option<String> {
    let value = |at: &FieldPath| texts.iter().find(|(p, _)| p == at).map(|(_, v)| v.as_str());
    let grade = value(&reply.clone().key("grade")).filter(|g| {
        calmline_engine::model::Grade::ALL
            .iter()
            .any(|(id, _)| id == g)
    })?;
    let said = reply.clone().key("text").key(locale.lang().code());
    let words = value(&said)
        .or_else(|| value(&said.clone().index(0)))
        .unwrap_or_default();
    let words = first_words(&address::resolve(words, Address::default()));
    Some(
        locale.text_with(
            "studio-fold-reply",
            &[
                ("grade", locale.text(&format!("grade-{grade}")).into()),
                ("text", words.into()),
                (
                    "target",
                    value(&reply.clone().key("goto"))
                        .unwrap_or_default()
                        .to_owned()
                        .into(),
                ),
            ],
        ),
    )
}
