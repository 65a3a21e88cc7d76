//! Edits that change the file's shape: a value that is not there yet (a missing translation, a
//! second wording, a reply's `critical` mark), a new turn, reply, line or ending, and taking one
//! out. Like [`Draft::set`] they go through `toml_edit`, so every other byte stays where it was,
//! and each is one step to undo that gives back the exact text.
//!
//! New things are written the way the library's files write them: a language key goes beside
//! its siblings in the order `pl`, `hu`, `en`; a value pushed onto a list takes the layout of the
//! list's last value; a new table goes after the last one of its kind.

use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, Value};

use super::{Draft, EditError, FieldValue, item_mut};
use crate::path::{FieldPath, Step};

/// The order languages are written in, in every library file.
const LANGS: [&str; 3] = ["pl", "hu", "en"];

impl Draft {
    /// Sets every field of `edits`, adding the ones that are not there yet, as one step to undo;
    /// all or none. A missing key is added to its table (a missing text table is made as dotted
    /// keys: `reaction.pl = "..."`); a list grows by one at its end; a single text becomes a
    /// list when its second wording is put (`text.hu[1]`). Returns whether the file changed.
    pub fn put_all(&mut self, edits: &[(FieldPath, FieldValue)]) -> Result<bool, EditError> {
        self.change(|doc| {
            for (path, value) in edits {
                put(doc.as_item_mut(), &path.0, path, value)?;
            }
            Ok(())
        })
    }

    /// Adds a table to the list of tables at `list` (`turn`, `turn[2].reply`, `ending`), made
    /// from `fields`, a TOML text of its keys (`id = "new"\ngrade = "good"\n...`). The list is
    /// made when the file has none yet. Returns the new table's position in its list.
    pub fn add_table(&mut self, list: &FieldPath, fields: &str) -> Result<usize, EditError> {
        self.insert_table(list, usize::MAX, fields)
    }

    /// Like [`Draft::add_table`], the new table at position `at` of its list (at its end when
    /// the list is shorter), written in the file just before the table it goes before.
    pub fn insert_table(
        &mut self,
        list: &FieldPath,
        at: usize,
        fields: &str,
    ) -> Result<usize, EditError> {
        let mut table = fields
            .parse::<DocumentMut>()
            .map_err(|e| EditError::Malformed(e.message().to_owned()))?
            .as_table()
            .clone();
        forget_positions(&mut table);
        table.decor_mut().set_prefix("\n");
        let mut placed = 0;
        self.change(|doc| {
            let (parent, key) = split_last_key(list)?;
            let holder = item_mut(doc.as_item_mut(), &parent)
                .and_then(Item::as_table_like_mut)
                .ok_or_else(|| EditError::Missing(parent.clone()))?;
            let slot = holder
                .entry(&key)
                .or_insert(Item::ArrayOfTables(ArrayOfTables::new()));
            let tables = slot
                .as_array_of_tables_mut()
                .ok_or_else(|| EditError::NotAValue(list.clone()))?;
            // Written where the table it goes before was (the same position, and ahead of it
            // in the list); at the end, with no position, after the one before it.
            let place = at.min(tables.len());
            let mut table = table.clone();
            if let Some(next) = tables.get(place).and_then(Table::position) {
                table.set_position(Some(next));
            }
            tables.insert(place, table);
            placed = place;
            Ok(())
        })?;
        Ok(placed)
    }

    /// Takes out the field, table or list entry at `path` (a reply, a turn, a wording, a
    /// translation). Whatever referred to it is left for the validator to point at.
    pub fn remove(&mut self, path: &FieldPath) -> Result<(), EditError> {
        let (last, parent) = path
            .0
            .split_last()
            .ok_or_else(|| EditError::Missing(path.clone()))?;
        let parent = FieldPath(parent.to_vec());
        self.change(|doc| {
            let holder = item_mut(doc.as_item_mut(), &parent)
                .ok_or_else(|| EditError::Missing(path.clone()))?;
            let gone = match (last, holder) {
                (Step::Key(key), Item::Value(Value::InlineTable(table))) => {
                    // The last value's space before the closing brace goes to the one before it.
                    let is_last = table.iter().last().is_some_and(|(k, _)| k == key.as_str());
                    let closing = table.get(key).and_then(|v| v.decor().suffix().cloned());
                    let gone = remove_key(table, key);
                    if let (true, Some(closing), Some((_, last))) =
                        (is_last, closing, table.iter_mut().last())
                    {
                        last.decor_mut().set_suffix(closing);
                    }
                    gone
                }
                (Step::Key(key), holder) => holder
                    .as_table_like_mut()
                    .is_some_and(|t| remove_key(t, key)),
                (Step::Index(i), Item::ArrayOfTables(tables)) if *i < tables.len() => {
                    tables.remove(*i);
                    true
                }
                (Step::Index(i), Item::Value(Value::Array(list))) if *i < list.len() => {
                    let gone = list.remove(*i);
                    if *i == 0
                        && let Some(first) = list.get_mut(0)
                    {
                        // The new first value starts where the old one did.
                        *first.decor_mut() = gone.decor().clone();
                    }
                    true
                }
                _ => false,
            };
            gone.then_some(())
                .ok_or_else(|| EditError::Missing(path.clone()))
        })?;
        Ok(())
    }

    /// Makes several edits one step to undo, all or none: when `edits` fails, the file and its
    /// history are as they were before it.
    pub fn batch<T>(
        &mut self,
        edits: impl FnOnce(&mut Self) -> Result<T, EditError>,
    ) -> Result<T, EditError> {
        let (text, doc, undo, redo) = (
            self.text.clone(),
            self.doc.clone(),
            self.undo.len(),
            self.redo.clone(),
        );
        match edits(self) {
            Ok(out) => {
                self.undo.truncate(undo);
                if self.text != text {
                    self.undo.push(text);
                    self.redo.clear();
                } else {
                    self.redo = redo;
                }
                Ok(out)
            }
            Err(e) => {
                self.undo.truncate(undo);
                (self.text, self.doc, self.redo) = (text, doc, redo);
                Err(e)
            }
        }
    }

    /// Runs `edit` on a copy of the file and keeps it as one step when it succeeds and changes
    /// something; a failed edit leaves the file and its history as they were.
    pub(super) fn change(
        &mut self,
        edit: impl FnOnce(&mut DocumentMut) -> Result<(), EditError>,
    ) -> Result<bool, EditError> {
        let mut doc = self.doc.clone();
        edit(&mut doc)?;
        let text = doc.to_string();
        if text == self.text {
            return Ok(false);
        }
        self.doc = doc;
        self.undo.push(std::mem::replace(&mut self.text, text));
        self.redo.clear();
        Ok(true)
    }
}

/// Puts `value` at `rest` under `at`, making what is missing on the way.
fn put(
    at: &mut Item,
    rest: &[Step],
    whole: &FieldPath,
    value: &FieldValue,
) -> Result<(), EditError> {
    let refuse = || EditError::NotHere(whole.clone());
    match (rest, at) {
        ([], Item::Value(old)) => {
            if !same_kind(old, value) {
                return Err(EditError::WrongKind(whole.clone()));
            }
            let mut new = to_value(value);
            *new.decor_mut() = old.decor().clone();
            *old = new;
            Ok(())
        }
        ([], _) => Err(EditError::NotAValue(whole.clone())),
        ([Step::Key(key)], Item::Value(Value::InlineTable(table))) if table.get(key).is_none() => {
            // A new last value takes the space before the closing brace from the one before it:
            // `{ a = 1, b = 2 }`, not `{ a = 1 , b = 2 }`.
            let closing = table.iter_mut().last().and_then(|(_, last)| {
                let suffix = last.decor().suffix().cloned();
                last.decor_mut().set_suffix("");
                suffix
            });
            put_in_table(table, rest, whole, value)?;
            if let (Some(closing), Some(new)) = (closing, table.get_mut(key)) {
                new.decor_mut().set_suffix(closing);
            }
            Ok(())
        }
        ([Step::Key(_), ..], at) => put_in_table(
            at.as_table_like_mut().ok_or_else(refuse)?,
            rest,
            whole,
            value,
        ),
        ([Step::Index(i), tail @ ..], Item::ArrayOfTables(tables)) => {
            put_in_table(tables.get_mut(*i).ok_or_else(refuse)?, tail, whole, value)
        }
        ([Step::Index(i)], Item::Value(Value::Array(list))) if *i < list.len() => {
            let mut slot = Item::Value(list.get(*i).cloned().ok_or_else(refuse)?);
            put(&mut slot, &[], whole, value)?;
            if let Item::Value(v) = slot {
                list.replace_formatted(*i, v);
            }
            Ok(())
        }
        ([Step::Index(i)], Item::Value(Value::Array(list))) if *i == list.len() => {
            let mut new = to_value(value);
            let last = list.iter().last().and_then(|v| v.decor().prefix());
            let prefix = last.and_then(|p| p.as_str()).unwrap_or("");
            new.decor_mut().set_prefix(if list.is_empty() {
                ""
            } else {
                prefix_or_space(prefix)
            });
            list.push_formatted(new);
            Ok(())
        }
        ([Step::Index(0)], at @ Item::Value(Value::String(_))) => put(at, &[], whole, value),
        ([Step::Index(1)], Item::Value(old @ Value::String(_))) => {
            let FieldValue::Text(_) = value else {
                return Err(EditError::WrongKind(whole.clone()));
            };
            let decor = old.decor().clone();
            let mut first = old.clone();
            first.decor_mut().clear();
            let mut second = to_value(value);
            second.decor_mut().set_prefix(" ");
            let mut list = toml_edit::Array::new();
            list.push_formatted(first);
            list.push_formatted(second);
            let mut new = Value::Array(list);
            *new.decor_mut() = decor;
            *old = new;
            Ok(())
        }
        _ => Err(refuse()),
    }
}

/// Puts `value` at `rest`, which starts with a key of `table`.
fn put_in_table(
    table: &mut dyn toml_edit::TableLike,
    rest: &[Step],
    whole: &FieldPath,
    value: &FieldValue,
) -> Result<(), EditError> {
    let refuse = || EditError::NotHere(whole.clone());
    let Some((Step::Key(key), tail)) = rest.split_first() else {
        return Err(refuse());
    };
    if table.get(key).is_none() {
        let new = match tail.first() {
            None => Item::Value(to_value(value)),
            Some(Step::Key(_)) => {
                let mut dotted = Table::new();
                dotted.set_dotted(true);
                Item::Table(dotted)
            }
            // A list that is not there yet starts with its first item (a new condition's
            // `said = ["turn.reply"]`).
            Some(Step::Index(0)) => Item::Value(Value::Array(toml_edit::Array::new())),
            Some(Step::Index(_)) => return Err(refuse()),
        };
        insert_in_order(table, key, new);
        if tail.is_empty() {
            return Ok(());
        }
    }
    put(table.get_mut(key).ok_or_else(refuse)?, tail, whole, value)
}

/// The prefix of a value pushed after one with `prefix`: a multi-line list keeps its line break
/// and indent (not the comment before it, which belongs to the line above); a one-line list, one
/// space.
fn prefix_or_space(prefix: &str) -> &str {
    prefix.rfind('\n').map_or(" ", |at| &prefix[at..])
}

pub(super) fn same_kind(old: &Value, value: &FieldValue) -> bool {
    matches!(
        (old, value),
        (Value::String(_), FieldValue::Text(_))
            | (Value::Integer(_), FieldValue::Int(_))
            | (Value::Boolean(_), FieldValue::Bool(_))
    )
}

pub(super) fn to_value(value: &FieldValue) -> Value {
    match value {
        FieldValue::Text(text) => Value::from(text.as_str()),
        FieldValue::Int(n) => Value::from(*n),
        FieldValue::Bool(b) => Value::from(*b),
    }
}

/// The order a reply's, a silence's and a rule's values are written in, as in the library's
/// files: a value put back goes where it was, not after the feedback (QA round 5, mi-f).
const RULE_ORDER: [&str; 11] = [
    "when", "grade", "critical", "text", "reaction", "feedback", "mood", "skills", "add", "set",
    "goto",
];

/// Adds `key` to `table`, before the first key that comes after it in the order the library
/// writes them in: a language among `pl`, `hu`, `en`; a reply's or a rule's value in
/// [`RULE_ORDER`]. Anything else goes last. The keys from there on are taken out and put back
/// after it, with their own layout.
fn insert_in_order(table: &mut dyn toml_edit::TableLike, key: &str, item: Item) {
    let order: &[&str] = if LANGS.contains(&key) {
        &LANGS
    } else {
        &RULE_ORDER
    };
    let after: &[&str] = order
        .iter()
        .position(|k| *k == key)
        .map_or(&[], |at| &order[at + 1..]);
    let keys: Vec<String> = table.iter().map(|(k, _)| k.to_owned()).collect();
    let later: Vec<String> = keys
        .iter()
        .position(|k| after.contains(&k.as_str()))
        .map_or_else(Vec::new, |from| keys[from..].to_vec());
    let first = keys.first();
    let moved: Vec<_> = later
        .iter()
        .filter_map(|l| {
            let key = table.key(l)?.clone();
            table.remove(l).map(|item| (key, item))
        })
        .collect();
    let takes_the_top =
        first.is_some() && moved.first().map(|(k, _)| k.get()) == first.map(String::as_str);
    table.insert(key, item);
    if takes_the_top
        && let Some((old, _)) = moved.first()
        && let (Some(prefix), Some(mut new)) =
            (old.leaf_decor().prefix().cloned(), table.key_mut(key))
    {
        // The blank lines and comments above the first key stay at the top.
        new.leaf_decor_mut().set_prefix(prefix);
    }
    for (i, (key, item)) in moved.into_iter().enumerate() {
        let name = key.get().to_owned();
        table.insert(&name, item);
        if let Some(mut slot) = table.key_mut(&name) {
            *slot.leaf_decor_mut() = key.leaf_decor().clone();
            *slot.dotted_decor_mut() = key.dotted_decor().clone();
            if takes_the_top && i == 0 {
                slot.leaf_decor_mut().set_prefix("");
            }
        }
    }
}

/// Takes `key` out of `table`; when it was the first key, the blank lines and comments above it
/// stay, above the key that is now first.
fn remove_key(table: &mut dyn toml_edit::TableLike, key: &str) -> bool {
    let first = table.iter().next().map(|(k, _)| k.to_owned());
    let prefix = table
        .key(key)
        .and_then(|k| k.leaf_decor().prefix().cloned());
    if table.remove(key).is_none() {
        return false;
    }
    let next = table.iter().next().map(|(k, _)| k.to_owned());
    if first.as_deref() == Some(key)
        && let (Some(next), Some(prefix)) = (next, prefix)
        && let Some(mut slot) = table.key_mut(&next)
    {
        slot.leaf_decor_mut().set_prefix(prefix);
    }
    true
}

/// A table made from a snippet has the snippet's positions, which would sort it among the
/// file's first tables: without them it is written after the table before it.
fn forget_positions(table: &mut Table) {
    table.set_position(None);
    for (_, item) in table.iter_mut() {
        match item {
            Item::Table(t) => forget_positions(t),
            Item::ArrayOfTables(list) => list.iter_mut().for_each(forget_positions),
            _ => {}
        }
    }
}

fn split_last_key(path: &FieldPath) -> Result<(FieldPath, String), EditError> {
    match path.0.split_last() {
        Some((Step::Key(key), parent)) => Ok((FieldPath(parent.to_vec()), key.clone())),
        _ => Err(EditError::NotHere(path.clone())),
    }
}

#[cfg(test)]
mod tests;
