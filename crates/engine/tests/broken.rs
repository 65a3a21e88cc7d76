//! The corpus of broken scenarios: each `tests/broken/<name>.toml` must give exactly the
//! diagnostics in `tests/broken/<name>.expected`, and never a panic.
//!
//! To see what a new case reports, run with `BLESS=1`: the `.expected` files are rewritten, and
//! the diff must be read before committing.

use calmline_engine::validate;

#[path = "support/broken.rs"]
mod broken;

#[test]
fn every_broken_scenario_gives_exactly_the_expected_diagnostics() {
    let files = broken::corpus();
    assert!(files.len() >= 20, "the corpus is missing");
    let bless = std::env::var_os("BLESS").is_some();
    let mut mismatches = Vec::new();
    for (name, path) in files {
        let report = validate(&name, &std::fs::read(&path).expect("read"));
        assert!(
            !report.diagnostics.is_empty(),
            "{name} is broken but passed validation"
        );
        let actual: String = report
            .diagnostics
            .iter()
            .map(|d| format!("{d}\n"))
            .collect();
        let expected_path = path.with_extension("expected");
        if bless {
            std::fs::write(&expected_path, &actual).expect("write");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != actual {
            mismatches.push(format!(
                "--- {name}: expected\n{expected}--- actual\n{actual}"
            ));
        }
    }
    assert!(mismatches.is_empty(), "\n{}", mismatches.join("\n"));
}
