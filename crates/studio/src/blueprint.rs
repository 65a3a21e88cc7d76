//! What a new turn, reply, customer line or ending starts as when the trainer adds one: every
//! field the format requires, texts empty in all three languages, and an id no other node of
//! the call has. Empty texts are left for the validator to point at, so the problems list says
//! what is still to write, in the trainer's language, and leads to each field.

use toml_edit::DocumentMut;

/// The first free id of the form `base-2`, `base-3`... among `taken`.
fn free_id<'a>(base: &str, taken: impl Iterator<Item = &'a str> + Clone) -> String {
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken.clone().any(|t| t == id))
        .unwrap_or_else(|| base.to_owned())
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
    let id = free_id("turn", ids.iter().map(String::as_str));
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
        free_id("reply", taken.iter().map(String::as_str))
    };
    reply_fields(&id, goto)
}

fn reply_fields(id: &str, goto: &str) -> String {
    format!(
        "id = \"{id}\"\ngrade = \"acceptable\"\n{}{}goto = \"{goto}\"\n",
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
    let id = free_id("ending", ids.iter().map(String::as_str));
    let fields = format!(
        "id = \"{id}\"\noutcome = \"resolved\"\n{}{}",
        empty_text("text"),
        empty_text("debrief"),
    );
    (id, fields)
}
