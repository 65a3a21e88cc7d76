//! Where things are in the file's text: every single value with its path and byte range, so
//! that a problem the validator reports at a line and column opens the field it is about, and
//! the map can mark the turn or ending that holds it.

use std::ops::Range;

use toml_edit::{Document, Item, Key, Table, Value};

use crate::path::{FieldPath, Step};

/// One value of the file: its path, the bytes from its key (when it has one) to its end, and
/// the bytes of the value alone.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub path: FieldPath,
    pub whole: Range<usize>,
    pub value: Range<usize>,
}

/// Every value of a file, in file order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Places {
    pub fields: Vec<Field>,
}

impl Places {
    /// The places of `text`; `None` when it is not TOML.
    pub fn read(text: &str) -> Option<Self> {
        let doc = Document::parse(text).ok()?;
        let mut fields = Vec::new();
        table(doc.as_table(), &FieldPath::default(), &mut fields);
        fields.sort_by_key(|f| f.whole.start);
        Some(Self { fields })
    }

    /// The field a problem at `offset` is about: the one whose key or value holds it, else the
    /// first one after it (a problem reported at a table's header is about what follows), else
    /// the last one.
    pub fn field_at(&self, offset: usize) -> Option<&FieldPath> {
        self.fields
            .iter()
            .find(|f| f.whole.contains(&offset) || f.whole.start >= offset)
            .or(self.fields.last())
            .map(|f| &f.path)
    }
}

/// The turn or ending (`turn[3]`, `ending[0]`) a field belongs to, when it belongs to one.
pub fn node_of(path: &FieldPath) -> Option<FieldPath> {
    match path.0.as_slice() {
        [Step::Key(key), Step::Index(i), ..] if key == "turn" || key == "ending" => {
            Some(FieldPath::default().key(key).index(*i))
        }
        _ => None,
    }
}

/// The byte offset of a 1-based `line` and `column` (in characters), as the validator reports
/// them; past the end, the end.
pub fn offset(text: &str, line: usize, column: usize) -> usize {
    let start = if line <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(i, _)| i + 1)
    };
    let rest = &text[start..];
    start
        + rest
            .char_indices()
            .nth(column.saturating_sub(1))
            .map_or(rest.len(), |(i, _)| i)
}

fn table(table: &Table, path: &FieldPath, out: &mut Vec<Field>) {
    for (key, item) in table.iter() {
        let here = path.clone().key(key);
        let key_start = table.key(key).and_then(Key::span).map(|s| s.start);
        match item {
            Item::Table(inner) => self::table(inner, &here, out),
            Item::ArrayOfTables(all) => {
                for (i, inner) in all.iter().enumerate() {
                    self::table(inner, &here.clone().index(i), out);
                }
            }
            Item::Value(v) => value(v, &here, key_start, out),
            Item::None => {}
        }
    }
}

fn value(v: &Value, path: &FieldPath, key_start: Option<usize>, out: &mut Vec<Field>) {
    match v {
        Value::Array(array) => {
            for (i, v) in array.iter().enumerate() {
                value(v, &path.clone().index(i), None, out);
            }
        }
        Value::InlineTable(inline) => {
            for (key, v) in inline.iter() {
                let start = inline.key(key).and_then(Key::span).map(|s| s.start);
                value(v, &path.clone().key(key), start, out);
            }
        }
        _ => {
            if let Some(span) = v.span() {
                out.push(Field {
                    path: path.clone(),
                    whole: key_start.unwrap_or(span.start)..span.end,
                    value: span,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "id = \"x\"\n\n[[turn]]\nid = \"a\"\ntext.pl = [\n  \"Źdźbło\",\n]\nskills = { calm = 2 }\n\n[[ending]]\nid = \"end\"\n";

    #[test]
    fn every_value_has_its_path_and_bytes() {
        let places = Places::read(FILE).unwrap();
        let paths: Vec<String> = places.fields.iter().map(|f| f.path.to_string()).collect();
        assert_eq!(
            paths,
            [
                "id",
                "turn[0].id",
                "turn[0].text.pl[0]",
                "turn[0].skills.calm",
                "ending[0].id"
            ]
        );
        for f in &places.fields {
            assert!(
                FILE[f.whole.clone()].ends_with(&FILE[f.value.clone()]),
                "{}",
                f.path
            );
        }
        assert_eq!(&FILE[places.fields[3].whole.clone()], "calm = 2");
    }

    #[test]
    fn a_line_and_column_lead_to_the_field_and_its_node() {
        let places = Places::read(FILE).unwrap();
        let at = |line, column| {
            places
                .field_at(offset(FILE, line, column))
                .unwrap()
                .to_string()
        };
        assert_eq!(at(1, 1), "id");
        assert_eq!(at(6, 4), "turn[0].text.pl[0]", "inside the Polish text");
        assert_eq!(at(3, 1), "turn[0].id", "a table's header: what follows");
        assert_eq!(at(8, 12), "turn[0].skills.calm");
        assert_eq!(at(99, 1), "ending[0].id", "past the end: the last");
        let node = node_of(&FieldPath::parse("turn[0].text.pl[0]").unwrap()).unwrap();
        assert_eq!(node.to_string(), "turn[0]");
        assert_eq!(node_of(&FieldPath::parse("customer.mood").unwrap()), None);
    }

    #[test]
    fn offsets_count_characters_not_bytes() {
        assert_eq!(offset("ab\nźdź = 1\n", 2, 3), 3 + "źd".len());
        assert_eq!(offset("ab", 1, 99), 2);
        assert_eq!(offset("ab", 5, 1), 2);
    }
}
