//! What the studio's integration tests share: the library's calls, read from `scenarios/`.

use std::path::PathBuf;

/// Every call of the library: its file name and text.
pub fn library() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../scenarios");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.ends_with(".toml") && !name.ends_with(".plan.toml") && name != "index.toml"
        })
        .collect();
    files.sort();
    assert!(files.len() >= 8, "the library: {files:?}");
    files
        .into_iter()
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect()
}

/// Where two texts first differ, with a little of each.
#[allow(dead_code)]
pub fn where_apart(a: &str, b: &str) -> String {
    let at = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    let near = |s: &str| {
        s.get(at.saturating_sub(40)..(at + 40).min(s.len()))
            .unwrap_or("")
            .to_owned()
    };
    format!("byte {at}: {:?} / {:?}", near(a), near(b))
}

/// The ids of the tables in the list `list` (`turn`, `ending`) of a draft.
#[allow(dead_code)]
pub fn ids(draft: &calmline_studio::Draft, list: &str) -> Vec<String> {
    draft
        .document()
        .get(list)
        .and_then(|t| t.as_array_of_tables())
        .map(|t| {
            t.iter()
                .filter_map(|t| t.get("id")?.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}
