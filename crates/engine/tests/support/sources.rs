//! The engine's Rust source files, for the tests that read the code itself (the import graph,
//! the author messages it records).

use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, at any depth.
pub fn collect_rs(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a source directory") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            collect_rs(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}
