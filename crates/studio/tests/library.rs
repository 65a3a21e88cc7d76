//! The studio's core against every call of the library: each opens byte for byte, every single
//! value in it can be edited with only that value's bytes changing, and undo gives the file back
//! exactly; each has a whole map (no dangling target, nothing unreachable) whose layout keeps
//! nodes apart. A broken file's map shows what is wrong.

#[path = "../../engine/tests/support/generate.rs"]
mod generate;
mod support;

use calmline_studio::draft::FieldValue;
use calmline_studio::map::EdgeKind;
use calmline_studio::{Draft, FieldPath, Map, NodeKind, Places};
use support::{library, where_apart};

#[test]
fn every_library_file_opens_and_prints_byte_for_byte() {
    for (name, text) in library() {
        let draft = Draft::open(&text).unwrap();
        assert_eq!(draft.text(), text, "{name}");
        assert!(draft.keeps_layout(), "{name}");
        let printed = draft.document().to_string();
        assert!(
            printed == text,
            "{name}: printed differently from {}",
            where_apart(&printed, &text)
        );
    }
}

#[test]
fn every_value_of_every_library_file_edits_alone_and_undoes_exactly() {
    let mut edited = 0;
    for (name, text) in library() {
        let mut draft = Draft::open(&text).unwrap();
        let all = Places::read(&text).unwrap().fields;
        assert!(all.len() > 200, "{name}: {} values", all.len());
        // Every value of the first file; every 20th of the others (the same code path, a
        // shorter run), always including the first and the last.
        let stride = if edited == 0 { 1 } else { 20 };
        for (n, field) in all.iter().enumerate() {
            if n % stride != 0 && n != all.len() - 1 {
                continue;
            }
            let (path, span) = (&field.path, &field.value);
            let new = match draft.get(path).unwrap_or_else(|| panic!("{name}: {path}")) {
                FieldValue::Text(s) => FieldValue::Text(format!("{s} (edited: \"ą\" ő)")),
                FieldValue::Int(i) => FieldValue::Int(if i == 7 { 8 } else { 7 }),
                FieldValue::Bool(b) => FieldValue::Bool(!b),
            };
            assert_eq!(draft.set(path, new.clone()), Ok(true), "{name}: {path}");
            let after = draft.text();
            // Only the value's own bytes changed.
            let tail = &text[span.end..];
            assert!(
                after.starts_with(&text[..span.start]) && after.ends_with(tail),
                "{name}: {path} at {span:?}: other bytes changed, from {}",
                where_apart(after, &text)
            );
            let written = &after[span.start..after.len() - tail.len()];
            let reread: toml_edit::Value = written
                .parse()
                .unwrap_or_else(|e| panic!("{name}: {path}: {written}: {e}"));
            assert_eq!(draft.get(path), Some(new), "{name}: {path}");
            assert_eq!(reread.to_string().trim(), written.trim(), "{name}: {path}");
            assert!(draft.undo(), "{name}: {path}");
            assert!(draft.text() == text, "{name}: {path}: undo");
            edited += 1;
        }
    }
    assert!(edited > 1500, "{edited} edits");
}

#[test]
fn every_library_call_has_a_whole_map_laid_out_without_overlaps() {
    for (name, text) in library() {
        let draft = Draft::open(&text).unwrap();
        for lang in ["pl", "hu", "en"] {
            let map = Map::read(draft.document(), lang);
            let turns = map
                .nodes
                .iter()
                .filter(|n| n.kind == NodeKind::Turn)
                .count();
            assert_eq!(turns, text.matches("\n[[turn]]").count(), "{name}");
            assert_eq!(
                map.nodes.len() - turns,
                text.matches("\n[[ending]]").count(),
                "{name}"
            );
            assert_eq!(map.dangling().count(), 0, "{name}");
            assert!(map.nodes.iter().all(|n| !n.unreachable), "{name}");
            assert!(
                map.nodes.iter().all(|n| !n.text.is_empty()),
                "{name}: every node has its text in {lang}"
            );
            assert!(
                map.nodes.iter().all(|n| !n.text.contains('{')),
                "{name}: a Polish address pair shows as one form in {lang}"
            );
            assert!(map.nodes[0].start);
        }
        let map = Map::read(draft.document(), "en");
        let size = |_: &calmline_studio::Node| (160.0, 60.0);
        let layout = map.layout(size, 24.0);
        assert_apart(&name, &layout, (160.0, 60.0));
        // The first turn is in the top layer.
        assert!(
            layout.centres[0].1 <= 30.0 + 1e-6,
            "{name}: the start is on top: {:?}",
            layout.centres[0]
        );
    }
}

fn assert_apart(name: &str, layout: &calmline_studio::Layout, (w, h): (f64, f64)) {
    for (i, a) in layout.centres.iter().enumerate() {
        assert!(
            a.0 - w / 2.0 >= -1e-6 && a.0 + w / 2.0 <= layout.width + 1e-6,
            "{name}: node {i} at {a:?} in width {}",
            layout.width
        );
        assert!(
            a.1 - h / 2.0 >= -1e-6 && a.1 + h / 2.0 <= layout.height + 1e-6,
            "{name}: node {i} at {a:?} in height {}",
            layout.height
        );
        for (j, b) in layout.centres.iter().enumerate().skip(i + 1) {
            let overlap = (a.0 - b.0).abs() < w && (a.1 - b.1).abs() < h;
            assert!(!overlap, "{name}: nodes {i} {a:?} and {j} {b:?} overlap");
        }
    }
}

#[test]
fn a_generated_sixty_turn_call_is_laid_out_apart() {
    let text = generate::scenario(60, 5);
    let draft = Draft::open(&text).unwrap();
    let map = Map::read(draft.document(), "en");
    assert_eq!(
        map.nodes
            .iter()
            .filter(|n| n.kind == NodeKind::Turn)
            .count(),
        60
    );
    let layout = map.layout(|_| (160.0, 60.0), 24.0);
    assert_apart("generated", &layout, (160.0, 60.0));
}

#[test]
fn hang_up_rules_are_numbered_in_file_order_apart_from_the_customer_giving_up() {
    for (name, text) in library() {
        let draft = Draft::open(&text).unwrap();
        let map = Map::read(draft.document(), "en");
        let rules: Vec<(usize, bool)> = map
            .edges
            .iter()
            .filter_map(|e| match e.kind {
                EdgeKind::HangUp { rule, conditional } => Some((rule, conditional)),
                _ => None,
            })
            .collect();
        assert!(!rules.is_empty(), "{name}");
        for (i, (rule, conditional)) in rules.iter().enumerate() {
            assert_eq!(*rule, i + 1, "{name}");
            // The format's rule: the last one has no condition, every other one has one.
            assert_eq!(*conditional, i + 1 < rules.len(), "{name} rule {rule}");
        }
        let gives_up = map
            .edges
            .iter()
            .filter(|e| e.kind == EdgeKind::GivesUp)
            .count();
        assert_eq!(
            gives_up,
            usize::from(text.contains("\ngives_up = ")),
            "{name}"
        );
    }
}

#[test]
fn a_broken_call_shows_its_dangling_target_and_what_no_call_reaches() {
    let (_, text) = library()
        .into_iter()
        .find(|(n, _)| n == "shouter-late-delivery.toml")
        .unwrap();
    let mut draft = Draft::open(&text).unwrap();
    let map = Map::read(draft.document(), "pl");
    // Send every way into the second turn somewhere that does not exist.
    let second = map.nodes[1].id.clone();
    let into: Vec<FieldPath> = map
        .edges
        .iter()
        .filter(|e| e.target == second)
        .map(|e| e.field())
        .collect();
    assert!(!into.is_empty());
    for field in &into {
        draft
            .set(field, FieldValue::Text("no-such-turn".into()))
            .unwrap();
    }
    let broken = Map::read(draft.document(), "pl");
    assert_eq!(broken.dangling().count(), into.len());
    assert!(
        broken
            .dangling()
            .all(|e| e.target == "no-such-turn" && e.to.is_none())
    );
    assert!(
        broken.nodes[1].unreachable,
        "the second turn, now reached by nothing"
    );
    assert!(!broken.nodes[0].unreachable);
    // The validator's errors open the very fields that were broken.
    let report = calmline_engine::validate("shouter.toml", draft.text().as_bytes());
    let places = Places::read(draft.text()).unwrap();
    let errors: Vec<String> = report
        .diagnostics
        .iter()
        .filter(|d| d.severity == calmline_engine::Severity::Error)
        .map(|d| {
            let at = calmline_studio::place::offset(draft.text(), d.line, d.column);
            places.field_at(at).unwrap().to_string()
        })
        .collect();
    assert!(!errors.is_empty());
    for error in &errors {
        assert!(
            into.iter().any(|p| error.starts_with(&p.to_string())),
            "{error} is one of the broken fields: {into:?}"
        );
    }
    // Undo all of it: the map is whole again.
    while draft.undo() {}
    assert_eq!(draft.text(), text);
    assert_eq!(Map::read(draft.document(), "pl"), map);
}

#[test]
fn an_edited_library_file_still_passes_the_validator() {
    for (name, text) in library() {
        let mut draft = Draft::open(&text).unwrap();
        // A Polish text and a reply's timing changed, as a trainer would.
        let feedback = FieldPath::parse("turn[0].reply[0].feedback.pl").unwrap();
        let Some(FieldValue::Text(old)) = draft.get(&feedback) else {
            panic!("{name}: {feedback}");
        };
        draft
            .set(
                &feedback,
                FieldValue::Text(format!("{old} Spróbuj jeszcze raz.")),
            )
            .unwrap();
        draft
            .set(
                &FieldPath::parse("turn[0].time").unwrap(),
                FieldValue::Int(30),
            )
            .unwrap();
        let report = calmline_engine::validate(&name, draft.text().as_bytes());
        let errors: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.severity == calmline_engine::Severity::Error)
            .map(|d| d.headline(calmline_engine::Lang::En))
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
        assert!(report.scenario.is_some(), "{name}");
    }
}

#[test]
fn renaming_any_turn_or_ending_of_a_library_call_keeps_it_valid_and_undoes_in_one_step() {
    for (name, text) in library() {
        let mut work = calmline_studio::Work::open(&name, &text, "en").unwrap();
        let ids: Vec<String> = work.map.nodes.iter().map(|n| n.id.clone()).collect();
        // A few of each file: the start, a turn in the middle, the last turn, an ending.
        let turns = work
            .map
            .nodes
            .iter()
            .filter(|n| n.kind == NodeKind::Turn)
            .count();
        for i in [0, turns / 2, turns - 1, turns] {
            let old = &ids[i];
            let new = format!("{old}-renamed");
            assert!(work.rename(old, &new).unwrap() >= 2, "{name}: {old}");
            assert_eq!(
                work.errors(),
                0,
                "{name}: {old} -> {new}: {:?}",
                work.problems.first().map(|p| &p.diagnostic.message)
            );
            assert_eq!(work.map.nodes[i].id, new);
            assert_eq!(work.map.dangling().count(), 0, "{name}: {old}");
            assert!(work.undo());
            assert!(work.draft.text() == text, "{name}: {old}: undo");
        }
    }
}
