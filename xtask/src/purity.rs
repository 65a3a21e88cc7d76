//! The engine-purity check: `crates/engine` must never depend on a web crate.
//!
//! The engine is shared by the browser, the validator and the LMS reporting, and is tested
//! natively; a web dependency would tie it to the browser. The check reads `cargo tree` for
//! every target, so a dependency that only appears under `cfg(target_arch = "wasm32")` is caught
//! too.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result, bail};

use crate::toolchain;

/// Crates the engine may not depend on, directly or through another crate.
const FORBIDDEN: &[&str] = &["yew", "web-sys", "js-sys", "wasm-bindgen", "gloo"];

/// Fails if `calmline-engine` depends on a forbidden crate.
pub fn check(root: &Path) -> Result<()> {
    let out = Command::new(toolchain::cargo_on_path())
        .args([
            "tree",
            "--package",
            "calmline-engine",
            "--edges",
            "normal,build",
            "--target",
            "all",
            "--prefix",
            "none",
            "--format",
            "{p}",
        ])
        .current_dir(root)
        .output()
        .context("running cargo tree")?;
    if !out.status.success() {
        bail!(
            "cargo tree failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let tree = String::from_utf8_lossy(&out.stdout);
    let found = forbidden_in(&tree);
    if !found.is_empty() {
        bail!(
            "crates/engine must stay free of web crates, but depends on: {}",
            found.join(", ")
        );
    }
    eprintln!(
        "engine purity: calmline-engine depends on none of {}",
        FORBIDDEN.join(", ")
    );
    Ok(())
}

/// The forbidden crates named in `cargo tree --prefix none --format {p}` output (one
/// `name vX.Y.Z` per line). A crate of a forbidden family (`gloo-timers`, `yew-router`,
/// `wasm-bindgen-futures`) counts too.
fn forbidden_in(tree: &str) -> Vec<String> {
    let mut found: Vec<String> = tree
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| {
            FORBIDDEN
                .iter()
                .any(|bad| *name == *bad || name.starts_with(&format!("{bad}-")))
        })
        .map(str::to_owned)
        .collect();
    found.sort();
    found.dedup();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pure_tree_passes() {
        let tree = "calmline-engine v0.1.0 (/p/crates/engine)\nserde v1.0.0\nrand v0.10.0\n";
        assert!(forbidden_in(tree).is_empty());
    }

    #[test]
    fn web_crates_and_their_families_are_caught_once_each() {
        let tree = "calmline-engine v0.1.0\ngloo-timers v0.3.0\nweb-sys v0.3.107\n\
                    js-sys v0.3.107\nweb-sys v0.3.107 (*)\nwasm-bindgen-futures v0.4\n";
        assert_eq!(
            forbidden_in(tree),
            ["gloo-timers", "js-sys", "wasm-bindgen-futures", "web-sys"]
        );
    }

    #[test]
    fn similar_names_are_not_mistaken_for_web_crates() {
        assert!(forbidden_in("yewlike v1\nmy-web-sys v1\n").is_empty());
    }
}
