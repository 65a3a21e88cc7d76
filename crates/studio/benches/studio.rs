//! The studio's benchmark (`cargo xtask bench`): what one edit of the largest library call costs
//! (the edit itself; all the studio does after it; the validator's deepest pass) and the map's
//! layout of that call and of a generated 60-turn call (issue 15: the validator within 100 ms, the
//! layout under 200 ms; printed, never asserted). Prints divan's timing table.

#[path = "../../engine/tests/support/generate.rs"]
mod generate;

use calmline_studio::draft::FieldValue;
use calmline_studio::{Draft, FieldPath, Map, Work};
use divan::{Bencher, black_box};

fn main() {
    let (name, text) = largest();
    let map = Map::read(Draft::open(&text).unwrap().document(), "en");
    println!(
        "largest library call: {name}, {} bytes, {} nodes, {} edges",
        text.len(),
        map.nodes.len(),
        map.edges.len()
    );
    let generated = Map::read(
        Draft::open(&generate::scenario(60, 5)).unwrap().document(),
        "en",
    );
    println!(
        "generated call: 60 turns, {} nodes, {} edges",
        generated.nodes.len(),
        generated.edges.len()
    );
    divan::main();
}

/// The library's largest scenario file.
fn largest() -> (String, String) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scenarios");
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "toml")
                && !p.to_string_lossy().ends_with(".plan.toml")
                && !p.ends_with("index.toml")
        })
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .max_by_key(|(_, text)| text.len())
        .unwrap()
}

const SIZE: (f64, f64) = (176.0, 72.0);

/// Laying out the largest library call's map.
#[divan::bench]
fn layout_largest_library_call(bencher: Bencher) {
    let (_, text) = largest();
    let map = Map::read(Draft::open(&text).unwrap().document(), "en");
    bencher.bench(|| black_box(&map).layout(|_| SIZE, 24.0));
}

/// Laying out a generated 60-turn call's map.
#[divan::bench]
fn layout_generated_60_turns(bencher: Bencher) {
    let text = generate::scenario(60, 5);
    let map = Map::read(Draft::open(&text).unwrap().document(), "en");
    bencher.bench(|| black_box(&map).layout(|_| SIZE, 24.0));
}

/// One edit of the largest library call as the studio makes it (`Work::edit`): the field set,
/// the new text validated as far as playing needs, the map read and laid out again, the places
/// of every value found again.
#[divan::bench(sample_count = 20)]
fn studio_edit_largest_call(bencher: Bencher) {
    let (name, text) = largest();
    let mut work = Work::open(&name, &text, "en").unwrap();
    let path = FieldPath::parse("turn[0].time").unwrap();
    let mut time = 30;
    bencher.bench_local(|| {
        time = if time == 30 { 31 } else { 30 };
        black_box(work.edit(&path, FieldValue::Int(time)).unwrap())
    });
}

/// The edit alone: the field set and the file printed.
#[divan::bench(sample_count = 20)]
fn edit_largest_call(bencher: Bencher) {
    let (_, text) = largest();
    let mut draft = Draft::open(&text).unwrap();
    let path = FieldPath::parse("turn[0].time").unwrap();
    let mut time = 30;
    bencher.bench_local(|| {
        time = if time == 30 { 31 } else { 30 };
        black_box(draft.set(&path, FieldValue::Int(time)).unwrap())
    });
}

/// The validator's deepest pass over the largest call (the verdict of every call: score ranges,
/// endings no passing call reaches), which the studio does not yet run on every edit.
#[divan::bench(sample_count = 10)]
fn verdicts_of_largest_call(bencher: Bencher) {
    let (name, text) = largest();
    bencher.bench(|| calmline_engine::validate(&name, black_box(text.as_bytes())));
}

/// The validator as the studio runs it on every edit (`validate_playable`: parse, check, every
/// way through the call followed as far as playing needs) of the largest call.
#[divan::bench(sample_count = 20)]
fn validate_playable_largest_call(bencher: Bencher) {
    let (name, text) = largest();
    bencher.bench(|| calmline_engine::validate_playable(&name, black_box(text.as_bytes())));
}

/// Where every value of the largest call is (what takes a problem or a click to its field).
#[divan::bench(sample_count = 20)]
fn places_of_largest_call(bencher: Bencher) {
    let (_, text) = largest();
    bencher.bench(|| calmline_studio::Places::read(black_box(&text)));
}

/// The map of the largest call read from its document.
#[divan::bench(sample_count = 20)]
fn map_of_largest_call(bencher: Bencher) {
    let (_, text) = largest();
    let draft = Draft::open(&text).unwrap();
    bencher.bench(|| Map::read(black_box(draft.document()), "en"));
}
