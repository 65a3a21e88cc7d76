//! The studio's benchmark (`cargo xtask bench`): what one edit of the largest library call costs
//! (the edit itself, the validator over the new text, the map read again) and the map's layout
//! of that call and of a generated 60-turn call (issue 15: the validator within 100 ms, the
//! layout under 200 ms; printed, never asserted). Prints divan's timing table.

#[path = "../../engine/tests/support/generate.rs"]
mod generate;

use calmline_studio::draft::FieldValue;
use calmline_studio::{Draft, FieldPath, Map};
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

/// One edit of the largest library call as the studio makes it: the field set, the new text
/// validated (the whole analysis) and the map read again.
#[divan::bench(sample_count = 20)]
fn edit_validate_and_map_largest_call(bencher: Bencher) {
    let (name, text) = largest();
    let mut draft = Draft::open(&text).unwrap();
    let path = FieldPath::parse("turn[0].time").unwrap();
    let mut time = 30;
    bencher.bench_local(|| {
        time = if time == 30 { 31 } else { 30 };
        draft.set(&path, FieldValue::Int(time)).unwrap();
        let checked = calmline_engine::validate(&name, draft.text().as_bytes());
        black_box((checked, Map::read(draft.document(), "en")))
    });
}

/// The same edit with the validator's quicker depth: everything but the verdict of every call
/// (the score ranges and paths that cannot pass come from that deeper pass).
#[divan::bench(sample_count = 20)]
fn edit_validate_playable_and_map_largest_call(bencher: Bencher) {
    let (name, text) = largest();
    let mut draft = Draft::open(&text).unwrap();
    let path = FieldPath::parse("turn[0].time").unwrap();
    let mut time = 30;
    bencher.bench_local(|| {
        time = if time == 30 { 31 } else { 30 };
        draft.set(&path, FieldValue::Int(time)).unwrap();
        let checked = calmline_engine::validate_playable(&name, draft.text().as_bytes());
        black_box((checked, Map::read(draft.document(), "en")))
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
