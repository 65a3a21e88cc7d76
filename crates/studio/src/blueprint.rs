//! What a new turn, reply, customer line or ending starts as when the trainer adds one: every
//! field the format requires, texts empty in all three languages, and an id no other node of
//! the call has. Empty texts are left for the validator to point at, so the problems list says
//! what is still to write, in the trainer's language, and leads to each field.

use toml_edit::DocumentMut;

use crate::draft::{Draft, EditError, FieldValue};
use crate::path::{FieldPath, Step};

/// The first free id of the form `base-2`, `base-3`... among `taken`.
fn free_id<'a>(base: &str, taken: impl Iterator<Item = &'a str> + Clone, count: usize) -> String {
    // Numbered as it will be counted: the third turn is `turn-3`, a fourth reply `reply-4`
    // (QA round 2, mi11), or the next number free.
    (count.max(1) + 1..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken.clone().any(|t| t == id))
        .unwrap_or_else(|| base.to_owned())
}

/// How many tables of `key` (`turn`, `ending`) the call has.
fn count(doc: &DocumentMut, key: &str) -> usize {
    doc.get(key)
        .and_then(|t| t.as_array_of_tables())
        .map_or(0, |t| t.len())
}

/// The ids of every turn and ending (they share one namespace).
fn node_ids(doc: &DocumentMut) -> Vec<String> {
    ["turn", "ending"]
        .iter()
        .filter_map(|key| doc.get(key)?.as_array_of_tables())
        .flat_map(|tables| tables.iter())
        .filter_map(|t| t.get("id")?.as_str().map(str::to_owned))
        .collect()
}

/// A text in three languages, empty, as dotted keys.
fn empty_text(key: &str) -> String {
    ["pl", "hu", "en"]
        .iter()
        .map(|lang| format!("{key}.{lang} = \"\"\n"))
        .collect()
}

/// A new turn: one customer line, one reply leading to `goto`, a silence. Returns its id and
/// its fields.
pub fn turn(doc: &DocumentMut, goto: &str) -> (String, String) {
    let ids = node_ids(doc);
    let id = free_id("turn", ids.iter().map(String::as_str), count(doc, "turn"));
    let fields = format!(
        "id = \"{id}\"\nemotion = \"neutral\"\ntime = 20\n\n[[line]]\npl = \"\"\nhu = \"\"\nen = \"\"\n\n[[reply]]\n{}\n[silence]\n{}{}",
        reply_fields("reply", goto),
        empty_text("line"),
        empty_text("feedback"),
    );
    (id, fields)
}

/// A new reply of the turn at `turn` (its position) leading to `goto`.
pub fn reply(doc: &DocumentMut, turn: usize, goto: &str) -> String {
    let taken: Vec<String> = doc
        .get("turn")
        .and_then(|t| t.as_array_of_tables())
        .and_then(|t| t.get(turn))
        .and_then(|t| t.get("reply")?.as_array_of_tables().cloned())
        .map(|replies| {
            replies
                .iter()
                .filter_map(|r| r.get("id")?.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    let id = if taken.is_empty() {
        "reply".to_owned()
    } else {
        free_id("reply", taken.iter().map(String::as_str), taken.len())
    };
    reply_fields(&id, goto)
}

fn reply_fields(id: &str, goto: &str) -> String {
    format!(
        "id = \"{id}\"\ngrade = \"acceptable\"\n{}{}mood = 0\ngoto = \"{goto}\"\n",
        empty_text("text"),
        empty_text("feedback"),
    )
}

/// A new variant of what the customer says at a turn.
pub fn line() -> String {
    "pl = \"\"\nhu = \"\"\nen = \"\"\n".to_owned()
}

/// A new ending. Returns its id and its fields.
pub fn ending(doc: &DocumentMut) -> (String, String) {
    let ids = node_ids(doc);
    let id = free_id(
        "ending",
        ids.iter().map(String::as_str),
        count(doc, "ending"),
    );
    let fields = format!(
        "id = \"{id}\"\noutcome = \"resolved\"\n{}{}",
        empty_text("text"),
        empty_text("debrief"),
    );
    (id, fields)
}

/// A new trigger, a rule that moves the call elsewhere after a move: an id no other trigger
/// has, a condition to edit (the mood below 20) and `goto`.
pub fn trigger(doc: &DocumentMut, goto: &str) -> String {
    let ids: Vec<String> = doc
        .get("trigger")
        .and_then(|t| t.as_array_of_tables())
        .map(|rules| {
            rules
                .iter()
                .filter_map(|r| r.get("id")?.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    let id = free_id("rule", ids.iter().map(String::as_str), ids.len());
    format!("id = \"{id}\"\nwhen = {{ mood_below = 20 }}\ngoto = \"{goto}\"\n")
}

/// A new hang-up rule ending the call at `ending`, graded acceptable, its feedback to write.
/// One that is not the only rule holds under a condition to edit (the mood below 30): it goes
/// before the last rule, which holds in every other case.
pub fn hang_up(ending: &str, conditional: bool) -> String {
    let when = if conditional {
        "when = { mood_below = 30 }\n"
    } else {
        ""
    };
    format!(
        "{when}ending = \"{ending}\"\ngrade = \"acceptable\"\n{}",
        empty_text("feedback")
    )
}

/// Adds a hang-up rule ending the call at `ending` ([`hang_up`]): a call with none gets one that
/// holds in every case; otherwise the new rule holds under a condition and goes just before the
/// last rule, which keeps holding in every other case. Returns where it went in the list.
pub fn add_hang_up(draft: &mut Draft, ending: &str) -> Result<usize, EditError> {
    let rules = count(draft.document(), "hang_up");
    draft.insert_table(
        &FieldPath::default().key("hang_up"),
        rules.saturating_sub(1),
        &hang_up(ending, rules > 0),
    )
}

/// What a reply may hold that the studio gives it when it has none yet (QA round 3, MA2: a reply
/// that came with the example or a library call could not change the mood or get a reaction).
pub const REPLY_EXTRAS: [&str; 4] = ["mood", "reaction", "feedback", "critical"];

/// What the missing `key` of [`REPLY_EXTRAS`] of the reply at `reply` starts as, each value at
/// its path: a mood change of 0, a text empty in the three languages (left for the validator to
/// ask for), the critical mark set. Empty for any other key.
pub fn reply_extra(reply: &FieldPath, key: &str) -> Vec<(FieldPath, FieldValue)> {
    let at = reply.clone().key(key);
    match key {
        "mood" => vec![(at, FieldValue::Int(0))],
        "critical" => vec![(at, FieldValue::Bool(true))],
        "reaction" | "feedback" => LANGS
            .iter()
            .map(|lang| (at.clone().key(lang), FieldValue::Text(String::new())))
            .collect(),
        _ => Vec::new(),
    }
}

/// The conditions a rule or a reply can be given (`when`), in the order the studio offers them
/// (QA round 3, mi-f: a new rule held only on the mood).
pub const CONDITIONS: [&str; 8] = [
    "mood_below",
    "mood_at_least",
    "said",
    "not_said",
    "twist",
    "not_twist",
    "var_at_least",
    "var_below",
];

/// What the condition `key` of [`CONDITIONS`] on the rule or reply at `holder` starts as, in
/// the call `doc`: the mood below 30 or at least 60; a reply said (or not) the first reply of
/// the first turn; a twist (or its absence) the first twist; a variable at least (or below) 1,
/// the first variable a reply or rule changes. `None` when the call has nothing it could name.
pub fn condition(
    doc: &DocumentMut,
    holder: &FieldPath,
    key: &str,
) -> Option<(FieldPath, FieldValue)> {
    let at = holder.clone().key("when").key(key);
    let tables = |name: &str| {
        doc.get(name)
            .and_then(|t| t.as_array_of_tables())
            .into_iter()
            .flat_map(|t| t.iter())
    };
    match key {
        "mood_below" => Some((at, FieldValue::Int(30))),
        "mood_at_least" => Some((at, FieldValue::Int(60))),
        "said" | "not_said" => {
            let turn = tables("turn").next()?;
            let reply = turn.get("reply")?.as_array_of_tables()?.get(0)?;
            let name = format!(
                "{}.{}",
                turn.get("id")?.as_str()?,
                reply.get("id")?.as_str()?
            );
            Some((at.index(0), FieldValue::Text(name)))
        }
        "twist" | "not_twist" => {
            let id = tables("twist").find_map(|t| t.get("id")?.as_str())?;
            Some((at.index(0), FieldValue::Text(id.to_owned())))
        }
        "var_at_least" | "var_below" => {
            let changes = |t: &toml_edit::Table| -> Option<String> {
                ["set", "add"].iter().find_map(|k| {
                    t.get(k)?
                        .as_table_like()?
                        .iter()
                        .next()
                        .map(|(v, _)| v.to_owned())
                })
            };
            let var = tables("turn")
                .flat_map(|turn| {
                    let replies = turn.get("reply").and_then(|r| r.as_array_of_tables());
                    replies
                        .into_iter()
                        .flat_map(|r| r.iter())
                        .collect::<Vec<_>>()
                })
                .chain(tables("trigger"))
                .find_map(changes)?;
            Some((at.key(&var), FieldValue::Int(1)))
        }
        _ => None,
    }
}

/// The languages every text is written in, in the order the files write them.
pub const LANGS: [&str; 3] = ["pl", "hu", "en"];

/// Where a text is, for a field inside it: `turn[0].reply[1].text` for
/// `turn[0].reply[1].text.hu[1]`, with the language and the wording.
pub fn text_of(path: &FieldPath) -> Option<(FieldPath, &str, Option<usize>)> {
    let steps = &path.0;
    let (lang_at, wording) = match steps.last()? {
        Step::Index(i) => (steps.len().checked_sub(2)?, Some(*i)),
        Step::Key(_) => (steps.len() - 1, None),
    };
    match steps.get(lang_at)? {
        Step::Key(lang) if LANGS.contains(&lang.as_str()) && lang_at > 0 => {
            Some((FieldPath(steps[..lang_at].to_vec()), lang.as_str(), wording))
        }
        _ => None,
    }
}

/// Whether the field at `path` is the only wording of its text (a list of one, `text.en =
/// ["…"]`, with no second wording in any language among `fields`): it is then named as the
/// text itself, not as "wording 1" beside texts that are no list at all.
pub fn lone_wording(fields: &[FieldPath], path: &FieldPath) -> bool {
    let Some((text, _, Some(_))) = text_of(path) else {
        return false;
    };
    !fields
        .iter()
        .any(|f| matches!(text_of(f), Some((t, _, Some(n))) if t == text && n > 0))
}

/// The languages missing from the texts among `fields` (the paths of one node's values): the
/// path each would be written at (`turn[0].reply[1].feedback.hu`), in file order.
pub fn missing_languages(fields: &[FieldPath]) -> Vec<FieldPath> {
    let mut texts: Vec<(FieldPath, Vec<&str>)> = Vec::new();
    for field in fields {
        let Some((text, lang, _)) = text_of(field) else {
            continue;
        };
        match texts.iter_mut().find(|(t, _)| *t == text) {
            Some((_, langs)) => langs.push(lang),
            None => texts.push((text, vec![lang])),
        }
    }
    texts
        .into_iter()
        .flat_map(|(text, langs)| {
            LANGS
                .iter()
                .filter(move |l| !langs.contains(l))
                .map(move |l| text.clone().key(l))
        })
        .collect()
}

#[cfg(test)]
mod tests;
