//! The compiled form the player reads: every library call and the catalog come back from it
//! exactly as the validator loaded them, and a file of another version or a damaged one is
//! refused with its reason, never misread.

use std::path::PathBuf;

use calmline_engine::compiled::{self, CompiledError, FORMAT, MAGIC};
use calmline_engine::{catalog, validate};

fn scenarios_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../scenarios")
}

fn library() -> Vec<calmline_engine::Scenario> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(scenarios_dir()).expect("scenarios/") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if !catalog::is_scenario_file(name) {
            continue;
        }
        let sc = validate(name, &std::fs::read(&path).expect("read"))
            .into_result()
            .expect("valid");
        out.push(sc);
    }
    assert!(out.len() >= 10, "the library has its calls");
    out
}

#[test]
fn every_library_call_round_trips_through_its_compiled_form() {
    for sc in library() {
        let bytes = compiled::scenario_to_bytes(&sc);
        assert!(bytes.starts_with(MAGIC), "{}", sc.id);
        let back = compiled::scenario_from_bytes(&bytes).expect("decodes");
        // Structural equality through the full Debug form (the model has no PartialEq): every
        // text of every language, every condition, effect and index.
        assert_eq!(format!("{back:?}"), format!("{sc:?}"), "{}", sc.id);
        assert_eq!(compiled::scenario_to_bytes(&back), bytes, "{}", sc.id);
        let toml = std::fs::read(scenarios_dir().join(format!("{}.toml", sc.id))).unwrap();
        assert!(
            bytes.len() < toml.len(),
            "{}: compiled {} bytes, TOML {}",
            sc.id,
            bytes.len(),
            toml.len()
        );
    }
}

#[test]
fn the_catalog_round_trips_through_its_compiled_form() {
    let index = std::fs::read(scenarios_dir().join(catalog::INDEX_FILE)).unwrap();
    let entries = catalog::read(catalog::INDEX_FILE, &index).expect("index reads");
    let bytes = compiled::catalog_to_bytes(&entries);
    assert_eq!(compiled::catalog_from_bytes(&bytes).unwrap(), entries);
}

#[test]
fn a_file_of_another_form_version_or_damaged_is_refused_with_its_reason() {
    let sc = &library()[0];
    let bytes = compiled::scenario_to_bytes(sc);
    // Not compiled at all: the TOML source, or nothing.
    assert_eq!(
        compiled::scenario_from_bytes(b"id = \"x\"").unwrap_err(),
        CompiledError::NotCompiled
    );
    assert_eq!(
        compiled::scenario_from_bytes(&[]).unwrap_err(),
        CompiledError::NotCompiled
    );
    // Another version of the form.
    let mut other = bytes.clone();
    other[MAGIC.len()..MAGIC.len() + 2].copy_from_slice(&(FORMAT + 1).to_le_bytes());
    assert_eq!(
        compiled::scenario_from_bytes(&other).unwrap_err(),
        CompiledError::Version
    );
    // Cut short, or with bytes after the end.
    for cut in [
        MAGIC.len() + 1,
        MAGIC.len() + 2,
        bytes.len() / 2,
        bytes.len() - 1,
    ] {
        assert_eq!(
            compiled::scenario_from_bytes(&bytes[..cut]).unwrap_err(),
            CompiledError::Damaged,
            "cut at {cut}"
        );
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert_eq!(
        compiled::scenario_from_bytes(&longer).unwrap_err(),
        CompiledError::Damaged
    );
    // A catalog is not a scenario.
    let catalog = compiled::catalog_to_bytes(&[]);
    assert!(compiled::scenario_from_bytes(&catalog).is_err());
}
