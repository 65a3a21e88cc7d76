//! The dependency rules between the crates, read from `cargo tree` for every target (so a
//! dependency that only appears under `cfg(target_arch = "wasm32")` is caught too):
//! - `crates/engine` never depends on a web crate: it is shared by the browser, the validator
//!   and the LMS runtime, and tested natively; nor does `crates/studio`, the studio's core;
//! - the player (`calmline`) never links the LMS runtime (`crates/lms`): that is a module of its
//!   own, loaded only by a launch from an LMS package, so that nobody else downloads it; nor the
//!   studio's verdicts worker (`crates/verdicts`), a module of its own too;
//! - the player (`calmline` without its `authoring` feature) carries no TOML reader: it plays the
//!   compiled calls that `cargo xtask dist` validated, and none of the studio's core;
//! - the LMS runtime carries no UI framework, so that an LMS launch downloads little more; the
//!   verdicts worker neither, nor anything of a page.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result, bail};

use crate::toolchain;

/// Each crate, what it may not depend on (directly or through another crate), and why.
const RULES: &[(&str, &[&str], &str)] = &[
    (
        "calmline-engine",
        &["yew", "web-sys", "js-sys", "wasm-bindgen", "gloo"],
        "must stay free of web crates",
    ),
    (
        "calmline",
        &["calmline-lms"],
        "must not link the LMS runtime, which only an LMS launch loads",
    ),
    (
        "calmline",
        &[
            "toml",
            "toml_parser",
            "calmline-studio",
            "rust-sugiyama",
            "zip",
        ],
        "reads the library's compiled calls only (the studio, built with `authoring`, reads TOML)",
    ),
    (
        "calmline-lms",
        &["yew", "toml", "toml_parser"],
        "must stay small: no UI framework, no TOML reader",
    ),
    (
        "calmline-studio",
        &["yew", "web-sys", "js-sys", "wasm-bindgen", "gloo"],
        "must stay free of web crates",
    ),
    (
        "calmline",
        &["calmline-verdicts"],
        "must not link the studio's verdicts worker, a module of its own",
    ),
    (
        "calmline-verdicts",
        &["yew", "web-sys", "gloo"],
        "must stay small: a worker with no UI and no page to touch",
    ),
];

/// Fails if a crate depends on what [`RULES`] forbid it.
pub fn check(root: &Path) -> Result<()> {
    for (package, forbidden, why) in RULES {
        check_one(root, package, forbidden, why)?;
    }
    Ok(())
}

fn check_one(root: &Path, package: &str, forbidden: &[&str], why: &str) -> Result<()> {
    // The two places the code is built for: this machine (tests, tools) and the browser. Each
    // is asked on its own: `--target all` would join a dependency that one target takes (zip's
    // getrandom, only off wasm32) with what that dependency takes on the other (getrandom's
    // wasm-bindgen, only on wasm32), a chain no build ever links.
    let mut tree = String::new();
    for target in [None, Some("wasm32-unknown-unknown")] {
        let mut cmd = Command::new(toolchain::cargo_on_path());
        cmd.args([
            "tree",
            "--package",
            package,
            "--edges",
            "normal,build",
            "--prefix",
            "none",
            "--format",
            "{p}",
        ]);
        if let Some(target) = target {
            cmd.args(["--target", target]);
        }
        let out = cmd
            .current_dir(root)
            .output()
            .context("running cargo tree")?;
        if !out.status.success() {
            bail!(
                "cargo tree failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        tree.push_str(&String::from_utf8_lossy(&out.stdout));
    }
    let found = forbidden_in(&tree, forbidden);
    if !found.is_empty() {
        bail!("{package} {why}, but depends on: {}", found.join(", "));
    }
    eprintln!(
        "dependency rules: {package} depends on none of {}",
        forbidden.join(", ")
    );
    Ok(())
}

/// The forbidden crates named in `cargo tree --prefix none --format {p}` output (one
/// `name vX.Y.Z` per line). A crate of a forbidden family (`gloo-timers`, `yew-router`,
/// `wasm-bindgen-futures`) counts too.
fn forbidden_in(tree: &str, forbidden: &[&str]) -> Vec<String> {
    let mut found: Vec<String> = tree
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| {
            forbidden
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
        assert!(forbidden_in(tree, RULES[0].1).is_empty());
    }

    #[test]
    fn web_crates_and_their_families_are_caught_once_each() {
        let tree = "calmline-engine v0.1.0\ngloo-timers v0.3.0\nweb-sys v0.3.107\n\
                    js-sys v0.3.107\nweb-sys v0.3.107 (*)\nwasm-bindgen-futures v0.4\n";
        assert_eq!(
            forbidden_in(tree, RULES[0].1),
            ["gloo-timers", "js-sys", "wasm-bindgen-futures", "web-sys"]
        );
    }

    #[test]
    fn similar_names_are_not_mistaken_for_web_crates() {
        assert!(forbidden_in("yewlike v1\nmy-web-sys v1\n", RULES[0].1).is_empty());
    }

    #[test]
    fn the_player_linking_the_lms_runtime_is_caught() {
        let tree = "calmline v0.1.0\ncalmline-engine v0.1.0\ncalmline-lms v0.1.0\n";
        assert_eq!(forbidden_in(tree, RULES[1].1), ["calmline-lms"]);
        assert!(forbidden_in("calmline v0.1.0\ncalmline-web v0.1.0\n", RULES[1].1).is_empty());
    }
}
