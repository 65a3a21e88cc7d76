//! The library's written house rules (docs/glossary.md) that a machine can check in the text of
//! every scenario file: Polish gender pairs whose feminine form changes the stem are written as
//! whole words, and the ellipsis is the one character "…". A native review found "mógła" and
//! "przeszedłaś" shown to trainees who chose "Pani": `mógł{|a}` reads fine in the file and
//! renders wrong.

use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every scenario file's lines that are not comments, with their file name and line number.
fn scenario_lines() -> Vec<(String, usize, String)> {
    let mut out = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("scenarios"))
        .expect("scenarios/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).expect("read scenario");
        for (i, line) in text.lines().enumerate() {
            if !line.trim_start().starts_with('#') {
                out.push((name.clone(), i + 1, line.to_owned()));
            }
        }
    }
    out
}

/// Masculine past forms whose feminine changes the stem: "mógł" / "mogła", "przeszedł" /
/// "przeszła", "wziął" / "wzięła", "niósł" / "niosła". A pair that only appends endings to them
/// (`mógł{|a}`, `pominął{em|am}`) renders a word that does not exist.
const CHANGING_STEMS: [&str; 6] = ["mógł", "szedł", "ął", "niósł", "wiózł", "rósł"];

/// The words (with their place) where a gender pair appends endings to a changing stem.
fn suffix_pairs_on_changing_stems(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (at, _) in line.match_indices('{') {
        // The letters right before the brace: the word the pair's endings are appended to.
        let word_start = line[..at]
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphabetic())
            .last()
            .map_or(at, |(i, _)| i);
        let word = &line[word_start..at];
        if CHANGING_STEMS.iter().any(|stem| word.ends_with(stem)) {
            let end = line[at..].find('}').map_or(line.len(), |i| at + i + 1);
            found.push(line[word_start..end].to_owned());
        }
    }
    found
}

#[test]
fn polish_gender_pairs_write_a_changing_stem_as_two_whole_words() {
    let bad: Vec<String> = scenario_lines()
        .into_iter()
        .flat_map(|(file, n, line)| {
            suffix_pairs_on_changing_stems(&line)
                .into_iter()
                .map(move |pair| format!("{file}:{n}: `{pair}`"))
        })
        .collect();
    assert!(
        bad.is_empty(),
        "write these as whole words, e.g. {{mógł|mogła}}, {{przeszedłeś|przeszłaś}}:\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_check_finds_a_suffix_pair_on_a_changing_stem_and_leaves_whole_words_alone() {
    assert_eq!(
        suffix_pairs_on_changing_stems("Czemu nie mógł{|a} {Pan|Pani} tak zrobić?"),
        ["mógł{|a}"]
    );
    assert_eq!(
        suffix_pairs_on_changing_stems("Chyba pominął{em|am} coś, co przeszedł{eś|aś}."),
        ["pominął{em|am}", "przeszedł{eś|aś}"]
    );
    assert!(suffix_pairs_on_changing_stems("{mógł|mogła}, zrobił{em|am}, {Pan|Pani}").is_empty());
}

#[test]
fn every_ellipsis_is_the_one_character() {
    let bad: Vec<String> = scenario_lines()
        .into_iter()
        .filter(|(_, _, line)| line.contains("..."))
        .map(|(file, n, line)| format!("{file}:{n}: {}", line.trim()))
        .collect();
    assert!(
        bad.is_empty(),
        "use \"…\", not \"...\":\n{}",
        bad.join("\n")
    );
}
