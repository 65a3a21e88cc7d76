//! Reads a translated XLIFF 2.0 document back as edits to the file: each unit's name says which
//! text (and wording) it fills, its target is the new value in the document's target language.
//! It only reads: the studio applies the edits as one step to undo, and its validator then
//! checks them (a broken `{masculine|feminine}` pair, a wording too few) like any other edit.

use std::fmt;

use calmline_engine::Lang;
use roxmltree::{Document, Node};
use toml_edit::DocumentMut;

use super::{NS, Piece};
use crate::draft::FieldValue;
use crate::path::FieldPath;

/// What an XLIFF document does to the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// The language of its targets (`trgLang`).
    pub lang: Lang,
    /// The name of the file it was exported from (`<file original>`), if it says.
    pub original: Option<String>,
    /// The value of every unit with a target, in the document's order: `title.hu`,
    /// `turn[2].reply[0].text.hu[1]`. A value may not be in the file yet (a missing translation,
    /// a second wording): the studio puts those in (`Draft::put_all`).
    pub edits: Vec<(FieldPath, FieldValue)>,
    /// Units read.
    pub units: usize,
    /// Edits that give a field another value than it has (or one it does not have yet).
    pub changed: usize,
    /// Units without a target, or with a blank one: left out.
    pub empty: usize,
    /// Units naming a text this file no longer has (a reply taken out since the export).
    pub unknown: Vec<Unknown>,
}

/// A unit naming a text the file does not have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unknown {
    pub id: String,
    /// The text's path as the unit names it.
    pub name: String,
    /// Where the unit starts in the XLIFF document.
    pub line: u32,
}

/// Why an XLIFF document was not read (nothing of it is taken). Each kind is a variant, so the
/// page can say it in the trainer's language; lines and columns count from 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum XliffError {
    /// Not well-formed XML: the parser's message (English).
    NotXml {
        message: String,
        line: u32,
        column: u32,
    },
    /// The document's element is not `<xliff>`.
    NotXliff {
        found: String,
        line: u32,
        column: u32,
    },
    /// An XLIFF of another version than 2 (1.2, for example).
    WrongVersion {
        found: String,
        line: u32,
        column: u32,
    },
    /// `<xliff version="2.0">` outside XLIFF 2's namespace.
    WrongNamespace {
        found: String,
        line: u32,
        column: u32,
    },
    /// No `trgLang`: nothing says which language the translations are in.
    NoTargetLanguage { line: u32, column: u32 },
    /// A `trgLang` that is not Polish, Hungarian or English.
    OtherTargetLanguage {
        found: String,
        line: u32,
        column: u32,
    },
    /// A unit whose `name` is missing or is no field path: which text it fills is unknown.
    UnitWithoutField { id: String, line: u32, column: u32 },
    /// A `<cp hex="…"/>` that is no character.
    BadCodePoint { hex: String, line: u32, column: u32 },
}

impl XliffError {
    /// Where in the XLIFF document: line and column.
    pub fn position(&self) -> (u32, u32) {
        match self {
            Self::NotXml { line, column, .. }
            | Self::NotXliff { line, column, .. }
            | Self::WrongVersion { line, column, .. }
            | Self::WrongNamespace { line, column, .. }
            | Self::NoTargetLanguage { line, column }
            | Self::OtherTargetLanguage { line, column, .. }
            | Self::UnitWithoutField { line, column, .. }
            | Self::BadCodePoint { line, column, .. } => (*line, *column),
        }
    }
}

impl fmt::Display for XliffError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (line, column) = self.position();
        write!(f, "line {line}, column {column}: ")?;
        match self {
            Self::NotXml { message, .. } => write!(f, "not well-formed XML: {message}"),
            Self::NotXliff { found, .. } => {
                write!(
                    f,
                    "not an XLIFF document: its element is <{found}>, not <xliff>"
                )
            }
            Self::WrongVersion { found, .. } => {
                write!(f, "XLIFF version \"{found}\": only XLIFF 2.0 is read")
            }
            Self::WrongNamespace { found, .. } if found.is_empty() => {
                write!(f, "<xliff> has no namespace; XLIFF 2.0's is {NS}")
            }
            Self::WrongNamespace { found, .. } => {
                write!(f, "<xliff> is in namespace {found}, not XLIFF 2.0's {NS}")
            }
            Self::NoTargetLanguage { .. } => {
                write!(
                    f,
                    "no trgLang: the language of the translations is not said"
                )
            }
            Self::OtherTargetLanguage { found, .. } => {
                write!(
                    f,
                    "trgLang \"{found}\": translations are read into pl, hu or en"
                )
            }
            Self::UnitWithoutField { id, .. } => {
                let like = "title or turn[0].line[1]";
                write!(
                    f,
                    "unit \"{id}\" names no field (a name is a path such as {like})"
                )
            }
            Self::BadCodePoint { hex, .. } => write!(f, "<cp hex=\"{hex}\"/> is no character"),
        }
    }
}

impl std::error::Error for XliffError {}

/// The edits `xliff` makes to `doc` in its target language, or why it cannot be read. Reads
/// XLIFF 2.0 (and 2.1 or 2.2, whose core is the same); units may be in groups.
pub fn import(doc: &DocumentMut, xliff: &str) -> Result<Imported, XliffError> {
    let xml = Document::parse(xliff).map_err(|e| XliffError::NotXml {
        message: e.to_string(),
        line: e.pos().row,
        column: e.pos().col,
    })?;
    let at = |node: Node| {
        let pos = xml.text_pos_at(node.range().start);
        (pos.row, pos.col)
    };
    let root = xml.root_element();
    let (line, column) = at(root);
    if root.tag_name().name() != "xliff" {
        let found = root.tag_name().name().to_owned();
        return Err(XliffError::NotXliff {
            found,
            line,
            column,
        });
    }
    let version = root.attribute("version").unwrap_or_default();
    if !matches!(version, "2.0" | "2.1" | "2.2") {
        let found = version.to_owned();
        return Err(XliffError::WrongVersion {
            found,
            line,
            column,
        });
    }
    if root.tag_name().namespace() != Some(NS) {
        let found = root.tag_name().namespace().unwrap_or_default().to_owned();
        return Err(XliffError::WrongNamespace {
            found,
            line,
            column,
        });
    }
    let tag = root
        .attribute("trgLang")
        .ok_or(XliffError::NoTargetLanguage { line, column })?;
    let lang = Lang::from_tag(tag).ok_or_else(|| XliffError::OtherTargetLanguage {
        found: tag.to_owned(),
        line,
        column,
    })?;
    let mut out = Imported {
        lang,
        original: (root.children())
            .find(|n| n.has_tag_name((NS, "file")))
            .and_then(|f| f.attribute("original"))
            .map(str::to_owned),
        edits: Vec::new(),
        units: 0,
        changed: 0,
        empty: 0,
        unknown: Vec::new(),
    };
    for unit in root.descendants().filter(|n| n.has_tag_name((NS, "unit"))) {
        out.units += 1;
        let id = unit.attribute("id").unwrap_or_default();
        let (line, column) = at(unit);
        let Some(name) = unit.attribute("name").and_then(FieldPath::parse) else {
            let id = id.to_owned();
            return Err(XliffError::UnitWithoutField { id, line, column });
        };
        let Some(piece) = Piece::find(doc, &name) else {
            out.unknown.push(Unknown {
                id: id.to_owned(),
                name: name.to_string(),
                line,
            });
            continue;
        };
        let text = translation(unit, &at)?;
        let Some(text) = text.filter(|t| !t.trim().is_empty()) else {
            out.empty += 1;
            continue;
        };
        if piece.read(doc, lang) != Some(text.as_str()) {
            out.changed += 1;
        }
        out.edits
            .push((piece.value_path(doc, lang), FieldValue::Text(text)));
    }
    Ok(out)
}

/// The unit's translation: the targets of its segments in order (an ignorable part without one
/// keeps its source); `None` when a segment has no target.
fn translation(unit: Node, at: &impl Fn(Node) -> (u32, u32)) -> Result<Option<String>, XliffError> {
    let mut text = String::new();
    for part in unit
        .children()
        .filter(|n| n.has_tag_name((NS, "segment")) || n.has_tag_name((NS, "ignorable")))
    {
        let child = |name| part.children().find(|n| n.has_tag_name((NS, name)));
        match child("target") {
            Some(target) => inline(target, &mut text, at)?,
            None if part.has_tag_name((NS, "ignorable")) => {
                if let Some(source) = child("source") {
                    inline(source, &mut text, at)?;
                }
            }
            None => return Ok(None),
        }
    }
    Ok(Some(text))
}

/// Appends the text of inline content: its text, `<cp/>` as its character, the text inside
/// annotations (`<mrk>`, `<pc>`); codes without text (`<ph/>`, `<sc/>`, `<ec/>`, `<sm/>`, `<em/>`,
/// which an export never writes) add nothing.
fn inline(
    node: Node,
    out: &mut String,
    at: &impl Fn(Node) -> (u32, u32),
) -> Result<(), XliffError> {
    for child in node.children() {
        if child.is_text() {
            out.push_str(child.text().unwrap_or_default());
        } else if child.has_tag_name((NS, "cp")) {
            let hex = child.attribute("hex").unwrap_or_default();
            let c = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32);
            let Some(c) = c.filter(|_| hex.bytes().all(|b| b.is_ascii_hexdigit())) else {
                let (line, column) = at(child);
                let hex = hex.to_owned();
                return Err(XliffError::BadCodePoint { hex, line, column });
            };
            out.push(c);
        } else if child.has_tag_name((NS, "mrk")) || child.has_tag_name((NS, "pc")) {
            inline(child, out, at)?;
        }
    }
    Ok(())
}
