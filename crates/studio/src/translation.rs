//! The translate view's table: every text of a call with its three languages side by side, one
//! row per text and wording, found by the same walk as the XLIFF export (`xliff`), so a row is
//! exactly what a translator gets as a unit. Rows with a language missing or empty come first.

use calmline_engine::Lang;
use toml_edit::DocumentMut;

use crate::blueprint::lone_wording;
use crate::path::FieldPath;
use crate::xliff::every_piece;

/// One language of a row: where its value is (or would be written) and what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub lang: Lang,
    /// The value's path in the shape the file has (`turn[0].reply[1].text.hu[1]`): set when
    /// `value` is there, put (`Draft::put_all`) when it is not.
    pub path: FieldPath,
    /// The text, `None` when the file does not have it yet.
    pub value: Option<String>,
}

impl Cell {
    /// Whether this language is still to write: missing or blank.
    pub fn is_missing(&self) -> bool {
        self.value.as_deref().is_none_or(|v| v.trim().is_empty())
    }
}

/// One text, or one wording of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The name an XLIFF unit of it has: `turn[2].reply[0].text[1]`, `title`.
    pub name: String,
    /// The text (a table of languages): `turn[2].reply[0].text`.
    pub text: FieldPath,
    /// Which wording, when the text is a list of more than one wording.
    pub wording: Option<usize>,
    /// Polish, Hungarian, English ([`Lang::ALL`]'s order).
    pub cells: [Cell; 3],
}

impl Row {
    /// Whether some language of it is still to write.
    pub fn is_incomplete(&self) -> bool {
        self.cells.iter().any(Cell::is_missing)
    }
}

/// Every text and wording of `doc`, in the file's order.
pub fn rows(doc: &DocumentMut) -> Vec<Row> {
    let rows: Vec<Row> = every_piece(doc)
        .into_iter()
        .map(|piece| Row {
            name: piece.name(),
            cells: Lang::ALL.map(|lang| Cell {
                lang,
                path: piece.value_path(doc, lang),
                value: piece.read(doc, lang).map(str::to_owned),
            }),
            text: piece.text,
            wording: piece.wording,
        })
        .collect();
    // A list of one wording is shown as the text itself (QA m6).
    let paths: Vec<FieldPath> = rows
        .iter()
        .flat_map(|r| r.cells.iter().map(|c| c.path.clone()))
        .collect();
    rows.into_iter()
        .map(|mut row| {
            if row.cells.iter().any(|c| lone_wording(&paths, &c.path)) {
                row.wording = None;
            }
            row
        })
        .collect()
}

/// `rows` with the incomplete ones first, each group in the file's order. A row named in
/// `pinned` stays among the first too: the view pins the rows that were incomplete when it was
/// shown, so a row does not jump away from under the trainer the moment they fill it in.
pub fn missing_first(rows: Vec<Row>, pinned: &[String]) -> Vec<Row> {
    let (mut first, rest): (Vec<Row>, Vec<Row>) = rows
        .into_iter()
        .partition(|r| r.is_incomplete() || pinned.contains(&r.name));
    first.extend(rest);
    first
}

/// The pair of languages to offer first for an export to translators: into the language with
/// the most texts still to write, from the one with the fewest (Polish, then English, on a tie);
/// Polish into English when nothing is missing.
pub fn suggested_pair(rows: &[Row]) -> (Lang, Lang) {
    let missing = |lang: Lang| {
        rows.iter()
            .filter(|r| r.cells[lang.index()].is_missing())
            .count()
    };
    let target = Lang::ALL
        .into_iter()
        .max_by_key(|l| (missing(*l), *l == Lang::En))
        .filter(|l| missing(*l) > 0)
        .unwrap_or(Lang::En);
    let source = [Lang::Pl, Lang::En, Lang::Hu]
        .into_iter()
        .filter(|l| *l != target)
        .min_by_key(|l| missing(*l))
        .unwrap_or(Lang::Pl);
    (source, target)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "\
title.pl = \"Tytuł\"
title.hu = \"Cím\"
title.en = \"Title\"

[[turn]]
id = \"opening\"
line = [{ pl = \"A\", hu = \"B\", en = \"C\" }, { pl = \"D\", en = \"E\" }]

[[turn.reply]]
text.pl = [\"Jeden\", \"Dwa\"]
text.hu = [\"Egy\", \"Kettő\"]
text.en = \"One\"
feedback.pl = \"Dobrze\"
feedback.hu = \"\"
feedback.en = \"Good\"
";

    fn names(rows: &[Row]) -> Vec<&str> {
        rows.iter().map(|r| r.name.as_str()).collect()
    }

    #[test]
    fn every_text_and_wording_is_a_row_with_its_languages_in_the_file_shape() {
        let doc: DocumentMut = FILE.parse().unwrap();
        let rows = rows(&doc);
        assert_eq!(
            names(&rows),
            [
                "title",
                "turn[0].line[0]",
                "turn[0].line[1]",
                "turn[0].reply[0].text[0]",
                "turn[0].reply[0].text[1]",
                "turn[0].reply[0].feedback",
            ]
        );
        let second = &rows[4];
        assert_eq!(second.wording, Some(1));
        let paths: Vec<String> = second.cells.iter().map(|c| c.path.to_string()).collect();
        assert_eq!(
            paths,
            [
                "turn[0].reply[0].text.pl[1]",
                "turn[0].reply[0].text.hu[1]",
                "turn[0].reply[0].text.en[1]"
            ]
        );
        assert_eq!(second.cells[1].value.as_deref(), Some("Kettő"));
        assert_eq!(second.cells[2].value, None, "English has one wording");
        assert_eq!(
            rows[3].cells[2].path.to_string(),
            "turn[0].reply[0].text.en"
        );
        assert_eq!(rows[3].cells[2].value.as_deref(), Some("One"));
        let incomplete: Vec<bool> = rows.iter().map(Row::is_incomplete).collect();
        assert_eq!(incomplete, [false, false, true, false, true, true]);
    }

    #[test]
    fn missing_or_empty_languages_come_first_then_the_file_order_and_pinned_rows_stay() {
        let doc: DocumentMut = FILE.parse().unwrap();
        let sorted = missing_first(rows(&doc), &[]);
        assert_eq!(
            names(&sorted),
            [
                "turn[0].line[1]",
                "turn[0].reply[0].text[1]",
                "turn[0].reply[0].feedback",
                "title",
                "turn[0].line[0]",
                "turn[0].reply[0].text[0]",
            ]
        );
        let pinned = missing_first(rows(&doc), &["turn[0].line[0]".to_owned()]);
        assert_eq!(
            &names(&pinned)[..4],
            [
                "turn[0].line[0]",
                "turn[0].line[1]",
                "turn[0].reply[0].text[1]",
                "turn[0].reply[0].feedback",
            ]
        );
    }

    #[test]
    fn a_text_left_with_one_wording_is_no_numbered_wording() {
        let doc: DocumentMut = "[[turn]]\nid = \"a\"\n[[turn.reply]]\ntext.pl = [\"Jeden\"]\ntext.hu = \"Egy\"\ntext.en = [\"One\"]\n"
            .parse()
            .unwrap();
        let rows = rows(&doc);
        assert_eq!(names(&rows), ["turn[0].reply[0].text[0]"]);
        assert_eq!(rows[0].wording, None);
    }

    #[test]
    fn the_export_offered_first_is_into_the_language_with_the_most_gaps() {
        let full = "title.pl = \"A\"\ntitle.hu = \"B\"\ntitle.en = \"C\"\nsummary.pl = \"D\"\nsummary.hu = \"E\"\nsummary.en = \"F\"\n";
        let pair = |text: &str| suggested_pair(&rows(&text.parse::<DocumentMut>().unwrap()));
        assert_eq!(pair(full), (Lang::Pl, Lang::En));
        assert_eq!(
            pair(&full.replace("title.hu = \"B\"\n", "")),
            (Lang::Pl, Lang::Hu)
        );
        let no_polish = full
            .replace("title.pl = \"A\"\n", "")
            .replace("summary.pl = \"D\"\n", "");
        assert_eq!(pair(&no_polish), (Lang::En, Lang::Pl));
    }
}
