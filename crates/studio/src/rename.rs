//! Renaming a turn or an ending: every place the file names it, found by the shape of the
//! format (which keys hold a turn's or an ending's id), so that a rename never leaves a `goto`
//! behind.

use crate::draft::{Draft, FieldValue};
use crate::path::{FieldPath, Step};
use crate::place::Places;

/// Keys whose value is the id of a turn or an ending.
const TARGETS: [&str; 4] = ["goto", "ending", "gives_up", "start"];
/// Keys whose list holds `turn.reply` references (`moves` in a test plan, which may also end on
/// `turn.silence` or `turn.hang-up`).
const REFS: [&str; 3] = ["said", "not_said", "moves"];

/// The edits that rename `old` to `new` in `draft` (`places` are its values).
pub fn edits(draft: &Draft, places: &Places, old: &str, new: &str) -> Vec<(FieldPath, FieldValue)> {
    let mut out = Vec::new();
    for field in &places.fields {
        let Some(FieldValue::Text(value)) = draft.get(&field.path) else {
            continue;
        };
        let steps = &field.path.0;
        let key = steps.iter().rev().find_map(|s| match s {
            Step::Key(k) => Some(k.as_str()),
            Step::Index(_) => None,
        });
        let own_id = matches!(steps.as_slice(), [Step::Key(k), Step::Index(_), Step::Key(id)] if (k == "turn" || k == "ending") && id == "id");
        let renamed = if (own_id || key.is_some_and(|k| TARGETS.contains(&k))) && value == old {
            Some(new.to_owned())
        } else if key.is_some_and(|k| REFS.contains(&k)) {
            value
                .strip_prefix(&format!("{old}."))
                .map(|reply| format!("{new}.{reply}"))
        } else {
            None
        };
        if let Some(renamed) = renamed {
            out.push((field.path.clone(), FieldValue::Text(renamed)));
        }
    }
    out
}
