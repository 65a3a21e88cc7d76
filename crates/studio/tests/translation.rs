//! The translate view's rows against every call of the library: every language of every text
//! (each wording) is a cell holding the file's value, there are as many rows as an XLIFF export
//! has units, and a translation taken out puts its row first and is written back in its place.

mod support;

use calmline_engine::Lang;
use calmline_studio::draft::FieldValue;
use calmline_studio::translation::{missing_first, rows};
use calmline_studio::{Draft, Places, blueprint, xliff};
use support::library;

#[test]
fn every_text_of_every_library_call_is_a_cell_with_its_value() {
    for (name, text) in library() {
        let draft = Draft::open(&text).unwrap();
        let rows = rows(draft.document());
        assert!(rows.len() > 20, "{name}: {} rows", rows.len());
        let cells: Vec<_> = rows.iter().flat_map(|r| r.cells.iter()).collect();
        let places = Places::read(&text).unwrap();
        let mut texts = 0;
        for field in &places.fields {
            if blueprint::text_of(&field.path).is_none() {
                continue;
            }
            let Some(FieldValue::Text(value)) = draft.get(&field.path) else {
                continue;
            };
            texts += 1;
            let cell = cells.iter().find(|c| c.path == field.path);
            let cell = cell.unwrap_or_else(|| panic!("{name}: {} has no cell", field.path));
            assert_eq!(
                cell.value.as_deref(),
                Some(value.as_str()),
                "{name}: {}",
                field.path
            );
        }
        assert_eq!(
            texts,
            cells.len(),
            "{name}: every cell is a text of the file"
        );
        assert!(
            rows.iter().all(|r| !r.is_incomplete()),
            "{name} is translated"
        );
        for (source, target) in [
            (Lang::Pl, Lang::Hu),
            (Lang::En, Lang::Hu),
            (Lang::Hu, Lang::En),
        ] {
            let units = xliff::export(draft.document(), &name, source, target)
                .matches("<unit ")
                .count();
            assert_eq!(units, rows.len(), "{name}: {source}→{target}");
        }
    }
}

#[test]
fn a_translation_taken_out_comes_first_and_is_written_back_in_its_place() {
    let (name, text) = library().swap_remove(0);
    let line = text
        .lines()
        .find(|l| l.starts_with("feedback.hu = "))
        .unwrap();
    let gap = text.replacen(&format!("{line}\n"), "", 1);
    let mut draft = Draft::open(&gap).unwrap();
    let sorted = missing_first(rows(draft.document()), &[]);
    let first = &sorted[0];
    assert!(first.is_incomplete(), "{name}");
    assert!(sorted[1..].iter().all(|r| !r.is_incomplete()), "{name}");
    let hu = &first.cells[Lang::Hu.index()];
    assert_eq!(hu.value, None);
    let value = line["feedback.hu = ".len()..].trim_matches('"').to_owned();
    assert!(!value.contains('\\'), "a plain string: {value}");
    assert!(
        draft
            .put_all(&[(hu.path.clone(), FieldValue::Text(value))])
            .unwrap()
    );
    assert_eq!(draft.text(), text, "{name}: written back where it was");
    assert!(draft.undo());
    assert_eq!(draft.text(), gap, "one step to undo");
}
