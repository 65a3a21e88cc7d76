//! The trainer's file, edited in place: every edit goes through `toml_edit`, which keeps the
//! file's comments, order and layout, and replaces only the value an edit names (its own
//! whitespace and comments kept), so a saved file differs from the opened one exactly where the
//! trainer changed something. Undo and redo keep the whole text of each step, so undoing an
//! edit gives back the very bytes it started from.

use std::fmt;

use toml_edit::{DocumentMut, Item, Value};

use crate::path::{FieldPath, Step};

mod grow;
mod prune;

/// The value of one field as the forms show and set it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldValue {
    Text(String),
    Int(i64),
    Bool(bool),
}

/// Why an edit was not made (the file is left as it was).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    /// No field at this path.
    Missing(FieldPath),
    /// The path names a table or a list, not a single value.
    NotAValue(FieldPath),
    /// The field holds another kind of value (text, number, yes/no) than the edit gives.
    WrongKind(FieldPath),
    /// Nothing can be added at this path (its parent is not a table or a list, or the
    /// position is past the list's end).
    NotHere(FieldPath),
    /// What was to be added is not TOML (a bug in the caller: the forms write it).
    Malformed(String),
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Missing(path) => write!(f, "{path}: no such field"),
            Self::NotAValue(path) => write!(f, "{path}: not a single value"),
            Self::WrongKind(path) => write!(f, "{path}: holds another kind of value"),
            Self::NotHere(path) => write!(f, "{path}: nothing can be added here"),
            Self::Malformed(message) => write!(f, "not TOML: {message}"),
        }
    }
}

/// A file that is not TOML at all: where and what (the map and forms need a parsed file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenError {
    /// Byte range of the problem in the text.
    pub span: Option<std::ops::Range<usize>>,
    /// The parser's message (English; the studio shows the validator's localized one beside it).
    pub message: String,
}

/// A scenario file being edited, with its history.
#[derive(Debug, Clone)]
pub struct Draft {
    doc: DocumentMut,
    /// Whether the file prints back byte for byte (see [`Draft::keeps_layout`]).
    keeps_layout: bool,
    text: String,
    undo: Vec<String>,
    redo: Vec<String>,
}

impl Draft {
    /// Opens `text` as it is; nothing in it is reformatted.
    pub fn open(text: &str) -> Result<Self, OpenError> {
        let doc = parse(text)?;
        Ok(Self {
            keeps_layout: doc.to_string() == text,
            doc,
            text: text.to_owned(),
            undo: Vec::new(),
            redo: Vec::new(),
        })
    }

    /// The file as it would be saved now.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Whether a save keeps every line where the author put it. The one layout `toml_edit`
    /// cannot keep is a table's dotted keys interleaved with another's (`feedback.pl`,
    /// `reaction.pl`, `feedback.en`): the first edit groups them (`feedback.en` moves up),
    /// without losing a value or a comment. The studio says so before the first edit.
    pub fn keeps_layout(&self) -> bool {
        self.keeps_layout
    }

    /// The parsed file, for reading (the map, the forms).
    pub fn document(&self) -> &DocumentMut {
        &self.doc
    }

    /// The file name the call goes under: its id, as the library's files are named
    /// (`crushed-parcel.toml`), once it has a valid one; `fallback` before that.
    pub fn file_name(&self, fallback: &str) -> String {
        match self.get(&FieldPath::default().key("id")) {
            Some(FieldValue::Text(id)) if calmline_engine::is_id(&id) => format!("{id}.toml"),
            _ => fallback.to_owned(),
        }
    }

    /// The value at `path`, when it is a single text, number or yes/no.
    pub fn get(&self, path: &FieldPath) -> Option<FieldValue> {
        read(item(self.doc.as_item(), path)?)
    }

    /// Sets the field at `path` to `value`, keeping the whitespace and comments around it.
    /// Returns whether the file changed (the same value again changes nothing and is not a step
    /// to undo).
    pub fn set(&mut self, path: &FieldPath, value: FieldValue) -> Result<bool, EditError> {
        self.change(|doc| set_in(doc, path, &value))
    }

    /// Sets several fields as one edit (one step to undo), all or none: the first that cannot
    /// be set leaves the file as it was. Returns whether the file changed.
    pub fn set_all(&mut self, edits: &[(FieldPath, FieldValue)]) -> Result<bool, EditError> {
        self.change(|doc| {
            edits
                .iter()
                .try_for_each(|(path, value)| set_in(doc, path, value))
        })
    }

    /// Goes back one edit; `false` when there is none.
    pub fn undo(&mut self) -> bool {
        Self::step(
            &mut self.undo,
            &mut self.redo,
            &mut self.text,
            &mut self.doc,
        )
    }

    /// Does again the edit last undone; `false` when there is none.
    pub fn redo(&mut self) -> bool {
        Self::step(
            &mut self.redo,
            &mut self.undo,
            &mut self.text,
            &mut self.doc,
        )
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    fn step(
        from: &mut Vec<String>,
        to: &mut Vec<String>,
        text: &mut String,
        doc: &mut DocumentMut,
    ) -> bool {
        let Some(earlier) = from.pop() else {
            return false;
        };
        // Every text in the history was made from a parsed document, so it parses again.
        let Ok(parsed) = parse(&earlier) else {
            from.push(earlier);
            return false;
        };
        *doc = parsed;
        to.push(std::mem::replace(text, earlier));
        true
    }
}

fn parse(text: &str) -> Result<DocumentMut, OpenError> {
    text.parse::<DocumentMut>().map_err(|e| OpenError {
        span: e.span(),
        message: e.message().to_owned(),
    })
}

/// Replaces the single value at `path`, which must be there and of the same kind; the same
/// value again is left as written (a literal string stays literal).
fn set_in(doc: &mut DocumentMut, path: &FieldPath, value: &FieldValue) -> Result<(), EditError> {
    let found = item(doc.as_item(), path).ok_or_else(|| EditError::Missing(path.clone()))?;
    let Item::Value(old) = found else {
        return Err(EditError::NotAValue(path.clone()));
    };
    if !grow::same_kind(old, value) {
        return Err(match old {
            Value::Array(_) | Value::InlineTable(_) => EditError::NotAValue(path.clone()),
            _ => EditError::WrongKind(path.clone()),
        });
    }
    if read(found).as_ref() == Some(value) {
        return Ok(());
    }
    let mut new = grow::to_value(value);
    let Some(Item::Value(slot)) = item_mut(doc.as_item_mut(), path) else {
        return Err(EditError::Missing(path.clone()));
    };
    *new.decor_mut() = slot.decor().clone();
    *slot = new;
    Ok(())
}

/// A single text, number or yes/no as the forms show it.
fn read(found: &Item) -> Option<FieldValue> {
    match found {
        Item::Value(Value::String(s)) => Some(FieldValue::Text(s.value().clone())),
        Item::Value(Value::Integer(i)) => Some(FieldValue::Int(*i.value())),
        Item::Value(Value::Boolean(b)) => Some(FieldValue::Bool(*b.value())),
        _ => None,
    }
}

/// The item at `path`, without creating anything on the way (`toml_edit`'s own `get_mut` would
/// add an empty entry for a missing key).
pub(crate) fn item<'a>(root: &'a Item, path: &FieldPath) -> Option<&'a Item> {
    path.0.iter().try_fold(root, |at, step| match step {
        Step::Key(key) => at.get(key.as_str()),
        Step::Index(index) => at.get(*index),
    })
}

pub(crate) fn item_mut<'a>(root: &'a mut Item, path: &FieldPath) -> Option<&'a mut Item> {
    item(root, path)?;
    path.0.iter().try_fold(root, |at, step| match step {
        Step::Key(key) => at.get_mut(key.as_str()),
        Step::Index(index) => at.get_mut(*index),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "# A call\nid = \"late\"   # keep me\ntime = 25\n\n[[turn]]\nid = \"opening\"\ntext.pl = [\n  \"Jeden\",   # first\n  \"Dwa\",\n]\nfeedback.en = 'Quoted'\n";

    fn path(text: &str) -> FieldPath {
        FieldPath::parse(text).unwrap()
    }

    #[test]
    fn an_edit_changes_only_its_value_and_undo_gives_the_file_back() {
        let mut draft = Draft::open(FILE).unwrap();
        assert_eq!(draft.text(), FILE);
        assert!(
            draft
                .set(&path("id"), FieldValue::Text("early".into()))
                .unwrap()
        );
        assert_eq!(draft.text(), FILE.replace("\"late\"", "\"early\""));
        assert!(
            draft
                .set(&path("turn[0].text.pl[0]"), FieldValue::Text("Raz".into()))
                .unwrap()
        );
        assert!(draft.text().contains("  \"Raz\",   # first\n"));
        assert!(draft.set(&path("time"), FieldValue::Int(30)).unwrap());
        assert!(draft.text().contains("time = 30\n"));
        assert!(draft.undo() && draft.undo() && draft.undo());
        assert_eq!(draft.text(), FILE);
        assert!(!draft.undo());
        assert!(draft.redo());
        assert_eq!(
            draft.get(&path("id")),
            Some(FieldValue::Text("early".into()))
        );
    }

    #[test]
    fn the_same_value_again_is_no_step_and_a_new_edit_ends_redo() {
        let mut draft = Draft::open(FILE).unwrap();
        assert!(!draft.set(&path("time"), FieldValue::Int(25)).unwrap());
        assert!(!draft.can_undo());
        draft.set(&path("time"), FieldValue::Int(26)).unwrap();
        draft.undo();
        assert!(draft.can_redo());
        draft.set(&path("time"), FieldValue::Int(27)).unwrap();
        assert!(!draft.can_redo());
    }

    #[test]
    fn several_fields_set_at_once_are_one_step_or_nothing() {
        let mut draft = Draft::open(FILE).unwrap();
        let both = [
            (path("id"), FieldValue::Text("early".into())),
            (path("time"), FieldValue::Int(9)),
        ];
        assert_eq!(draft.set_all(&both), Ok(true));
        assert!(draft.text().contains("\"early\"") && draft.text().contains("time = 9"));
        assert!(draft.undo());
        assert_eq!(draft.text(), FILE);
        assert!(!draft.can_undo());
        let broken = [
            (path("id"), FieldValue::Text("late2".into())),
            (path("nothing"), FieldValue::Int(1)),
        ];
        assert_eq!(
            draft.set_all(&broken),
            Err(EditError::Missing(path("nothing")))
        );
        assert_eq!(draft.text(), FILE);
        assert_eq!(draft.document().to_string(), FILE);
        assert!(
            draft.can_redo(),
            "a refused edit keeps what there was to redo"
        );
    }

    #[test]
    fn a_wrong_edit_is_refused_and_changes_nothing() {
        let mut draft = Draft::open(FILE).unwrap();
        let cases = [
            (
                "nothing",
                FieldValue::Int(1),
                EditError::Missing(path("nothing")),
            ),
            (
                "turn[0].nothing",
                FieldValue::Int(1),
                EditError::Missing(path("turn[0].nothing")),
            ),
            (
                "turn[3].id",
                FieldValue::Int(1),
                EditError::Missing(path("turn[3].id")),
            ),
            (
                "turn",
                FieldValue::Int(1),
                EditError::NotAValue(path("turn")),
            ),
            (
                "turn[0].text.pl",
                FieldValue::Text("x".into()),
                EditError::NotAValue(path("turn[0].text.pl")),
            ),
            (
                "time",
                FieldValue::Text("x".into()),
                EditError::WrongKind(path("time")),
            ),
        ];
        for (at, value, error) in cases {
            assert_eq!(draft.set(&path(at), value), Err(error), "{at}");
            assert_eq!(draft.text(), FILE, "{at}");
            assert_eq!(draft.document().to_string(), FILE, "{at}");
        }
    }

    #[test]
    fn interleaved_dotted_keys_are_the_one_layout_not_kept_and_it_is_said() {
        let text = "feedback.pl = \"a\"\nreaction.pl = \"b\"\nfeedback.en = \"c\"\n";
        let mut draft = Draft::open(text).unwrap();
        assert!(!draft.keeps_layout());
        assert_eq!(draft.text(), text, "nothing changes before an edit");
        draft
            .set(&path("reaction.pl"), FieldValue::Text("d".into()))
            .unwrap();
        assert_eq!(
            draft.text(),
            "feedback.pl = \"a\"\nfeedback.en = \"c\"\nreaction.pl = \"d\"\n"
        );
        assert!(Draft::open(FILE).unwrap().keeps_layout());
    }

    #[test]
    fn a_file_that_is_not_toml_says_where() {
        let error = Draft::open("id = \"x\"\ntime = = 3\n").unwrap_err();
        let span = error.span.unwrap();
        assert!(span.start >= 9, "{span:?}");
        assert!(!error.message.is_empty());
    }
}
