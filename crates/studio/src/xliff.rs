//! Translation through XLIFF 2.0, the exchange format of translation tools: a trainer sends a
//! call's texts in one language to a translator (or a translation agency's tool) and reads the
//! translations back into the file, field by field, without anyone editing TOML.
//!
//! What a file's texts become, and why:
//!
//! - **Which texts.** Every table whose keys are languages (`pl`, `hu`, `en`) and whose values
//!   are strings or lists of strings, wherever it is: dotted keys, a `[x.text]` table or an
//!   inline table read the same. They are exported in the file's order.
//! - **One unit per wording.** A reply's list of wordings (and each customer line variant, a
//!   table of its own in `[[turn.line]]`) gives one `<unit>` each, so a translation tool shows
//!   and matches each on its own; a note says "wording 2 of 3".
//! - **Names and ids.** A unit's `name` is the studio's path of the text, plus the wording's
//!   position for a list: `turn[2].reply[0].text[1]`, `turn[0].line[1]`, `title`. Import finds
//!   the field by this name alone (it is core XLIFF, which tools keep), so it needs nothing but
//!   the file. The `id` must be an XML name token (no `[` or `]`), so it is the same path spelled
//!   `u-turn-2-reply-0-text-1` (made unique with a suffix in the rare case two paths spell
//!   alike); it is only there because XLIFF requires it.
//! - **Forms of address as plain text.** Polish writes the forms that depend on the trainee's
//!   gender as `{masculine|feminine}` (`{Pan|Pani}`, `sprawdził{em|am}`); they stay in the text
//!   as written, and a note explains the convention on every unit where it matters. Inline codes
//!   (`<ph>`, `<pc>`) would protect the braces, but XLIFF lets a translator keep or drop the codes
//!   of the source, not add new ones: translating English into Polish is exactly where the pairs
//!   must be *written*, and Hungarian or English must drop them. Plain text lets the translator
//!   write the forms of the target language, round-trips byte for byte, and the studio's
//!   validator checks every pair the moment the translation is read in.
//! - **States.** A unit whose target language has text comes with that `<target>` and
//!   `state="translated"`; one without it has no `<target>` and `state="initial"`. Import takes
//!   every non-blank target, whatever its state (tools differ in when they change it).
//! - **Exact text.** `xml:space="preserve"` and `canResegment="no"` on the `<file>` ask tools to
//!   keep whitespace and one segment per unit; a carriage return is written as `&#13;` and a
//!   character XML cannot hold as XLIFF's `<cp hex="…"/>`, so every string comes back as it was.
//!
//! - [`export`]: the XLIFF document for one language pair.
//! - [`import`]: the edits an XLIFF document makes to the file, or what is wrong with it.

mod export;
mod import;

pub use export::export;
pub use import::{Imported, Unknown, XliffError, import};

use calmline_engine::Lang;
use toml_edit::{DocumentMut, Item};

use crate::draft::item;
use crate::path::{FieldPath, Step};

/// The namespace of XLIFF 2.0 (also of the core of 2.1 and 2.2).
const NS: &str = "urn:oasis:names:tc:xliff:document:2.0";

/// One piece to translate: a text (a table of languages) and, when its languages are lists of
/// wordings, which wording.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Piece {
    pub(crate) text: FieldPath,
    pub(crate) wording: Option<usize>,
}

impl Piece {
    /// The unit's `name`: the text's path, and the wording's position for a list.
    pub(crate) fn name(&self) -> String {
        match self.wording {
            Some(i) => self.text.clone().index(i).to_string(),
            None => self.text.to_string(),
        }
    }

    /// The piece a unit's `name` stands for in `doc`, if it is still there: the text itself, or
    /// a position in its lists that one of its languages has (or that follows a list's end).
    fn find(doc: &DocumentMut, name: &FieldPath) -> Option<Piece> {
        let root = doc.as_item();
        if item(root, name).is_some_and(is_text) {
            return Some(Piece {
                text: name.clone(),
                wording: None,
            });
        }
        let (Step::Index(i), parent) = name.0.split_last()? else {
            return None;
        };
        let text = FieldPath(parent.to_vec());
        let longest = longest(item(root, &text).filter(|t| is_text(t))?)?;
        (*i < longest).then_some(Piece {
            text,
            wording: Some(*i),
        })
    }

    /// The path of this piece's value in `lang`, in the shape that language has in `doc`: a
    /// position in its list (`text.hu[1]`), or the single string (`text.hu`) when it is one or
    /// missing and this is the first wording (a second one then makes it a list).
    pub(crate) fn value_path(&self, doc: &DocumentMut, lang: Lang) -> FieldPath {
        let path = self.text.clone().key(lang.code());
        let is_list = item(doc.as_item(), &path).is_some_and(|v| v.as_array().is_some());
        match (self.wording, is_list) {
            (None | Some(0), false) => path,
            (wording, _) => path.index(wording.unwrap_or(0)),
        }
    }

    /// This piece's text in `lang`, if `doc` has one.
    pub(crate) fn read<'a>(&self, doc: &'a DocumentMut, lang: Lang) -> Option<&'a str> {
        item(doc.as_item(), &self.value_path(doc, lang))?.as_str()
    }
}

/// The number of wordings of the text `item` in its longest language (a single string is one).
fn longest(item: &Item) -> Option<usize> {
    item.as_table_like()?
        .iter()
        .map(|(_, v)| v.as_array().map_or(1, |a| a.len()))
        .max()
}

/// Whether `item` is a text: a table of languages, each a string or a list of strings.
fn is_text(item: &Item) -> bool {
    let Some(table) = item.as_table_like() else {
        return false;
    };
    !table.is_empty()
        && table.iter().all(|(key, value)| {
            Lang::ALL.iter().any(|l| l.code() == key)
                && (value.as_str().is_some()
                    || value
                        .as_array()
                        .is_some_and(|a| a.iter().all(|v| v.as_str().is_some())))
        })
}

/// The paths of every text in `doc`, in the file's order.
fn texts(doc: &DocumentMut) -> Vec<FieldPath> {
    fn walk(at: &Item, path: FieldPath, out: &mut Vec<FieldPath>) {
        if is_text(at) {
            out.push(path);
        } else if let Some(table) = at.as_table_like() {
            for (key, child) in table.iter() {
                // A key a path cannot spell is no field of a scenario.
                if FieldPath::parse(key).is_some_and(|p| p.0.len() == 1) {
                    walk(child, path.clone().key(key), out);
                }
            }
        } else {
            let len = at
                .as_array_of_tables()
                .map(|a| a.len())
                .or_else(|| at.as_array().map(|a| a.len()))
                .unwrap_or(0);
            for i in 0..len {
                if let Some(child) = at.get(i) {
                    walk(child, path.clone().index(i), out);
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(doc.as_item(), FieldPath::default(), &mut out);
    out
}

/// Every piece of `doc` in any language, in the file's order: a text whose languages are all
/// single strings is one piece; one with a list in some language gives a piece per wording of
/// its longest language.
pub(crate) fn every_piece(doc: &DocumentMut) -> Vec<Piece> {
    let mut out = Vec::new();
    for text in texts(doc) {
        let Some(at) = item(doc.as_item(), &text) else {
            continue;
        };
        let lists = at
            .as_table_like()
            .is_some_and(|t| t.iter().any(|(_, v)| v.as_array().is_some()));
        if lists {
            let n = longest(at).unwrap_or(0);
            out.extend((0..n).map(|i| Piece {
                text: text.clone(),
                wording: Some(i),
            }));
        } else {
            out.push(Piece {
                text,
                wording: None,
            });
        }
    }
    out
}

/// Every piece of `doc` that has text in `source`, in the file's order.
fn pieces(doc: &DocumentMut, source: Lang) -> Vec<Piece> {
    let mut out = Vec::new();
    for text in texts(doc) {
        let value = item(doc.as_item(), &text.clone().key(source.code()));
        match value.and_then(Item::as_array) {
            Some(list) => out.extend(
                list.iter()
                    .enumerate()
                    .filter(|(_, v)| v.as_str().is_some())
                    .map(|(i, _)| Piece {
                        text: text.clone(),
                        wording: Some(i),
                    }),
            ),
            None if value.and_then(Item::as_str).is_some() => {
                out.push(Piece {
                    text,
                    wording: None,
                });
            }
            None => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "\
title.pl = \"Tytuł\"
title.en = \"Title\"
level = { en = 3 }

[[turn]]
id = \"opening\"
line = [{ pl = \"A\", en = \"B\" }, { en = \"C\" }]
text.pl = [\"Jeden\", \"Dwa\"]
text.en = \"One\"

[turn.silence.line]
pl = \"Cisza\"
";

    fn path(text: &str) -> FieldPath {
        FieldPath::parse(text).unwrap()
    }

    #[test]
    fn every_text_is_found_in_order_whatever_its_layout() {
        let doc: DocumentMut = FILE.parse().unwrap();
        let found: Vec<String> = texts(&doc).iter().map(ToString::to_string).collect();
        assert_eq!(
            found,
            [
                "title",
                "turn[0].line[0]",
                "turn[0].line[1]",
                "turn[0].text",
                "turn[0].silence.line"
            ]
        );
        let names: Vec<String> = pieces(&doc, Lang::Pl).iter().map(Piece::name).collect();
        assert_eq!(
            names,
            [
                "title",
                "turn[0].line[0]",
                "turn[0].text[0]",
                "turn[0].text[1]",
                "turn[0].silence.line"
            ]
        );
    }

    #[test]
    fn a_name_finds_its_piece_and_the_value_path_follows_the_language_shape() {
        let doc: DocumentMut = FILE.parse().unwrap();
        let first = Piece::find(&doc, &path("turn[0].text[0]")).unwrap();
        assert_eq!(first.value_path(&doc, Lang::Pl), path("turn[0].text.pl[0]"));
        assert_eq!(first.value_path(&doc, Lang::En), path("turn[0].text.en"));
        assert_eq!(first.read(&doc, Lang::En), Some("One"));
        let second = Piece::find(&doc, &path("turn[0].text[1]")).unwrap();
        assert_eq!(
            second.value_path(&doc, Lang::En),
            path("turn[0].text.en[1]")
        );
        assert_eq!(second.read(&doc, Lang::En), None);
        let line = Piece::find(&doc, &path("turn[0].line[1]")).unwrap();
        assert_eq!(line.wording, None);
        assert_eq!(line.value_path(&doc, Lang::Hu), path("turn[0].line[1].hu"));
        for gone in [
            "turn[0].text[2]",
            "turn[1].text",
            "title[1]",
            "level",
            "turn[0].id",
        ] {
            assert_eq!(Piece::find(&doc, &path(gone)), None, "{gone}");
        }
    }
}
