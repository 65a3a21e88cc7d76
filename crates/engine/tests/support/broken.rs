//! The corpus of broken scenarios (`tests/broken/*.toml`), shared by the test of their exact
//! diagnostics and the test that renders every diagnostic in Polish and Hungarian.

use std::path::PathBuf;

/// Every file of the corpus as (file name, path), sorted by name.
pub fn corpus() -> Vec<(String, PathBuf)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/broken");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/broken")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_owned();
            (name, path)
        })
        .collect()
}
