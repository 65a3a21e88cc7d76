//! Every scenario in `scenarios/` is valid, meets the library's quality bar, is named after its
//! id and passes its test plan; the committed JSON Schema is
//! the one the engine generates.

use std::path::PathBuf;

use calmline_engine::quality::library_problems;
use calmline_engine::{catalog, json_schema, plan, validate};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn scenario_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("scenarios"))
        .expect("scenarios/")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            catalog::is_scenario_file(name)
        })
        .collect();
    files.sort();
    files
}

#[test]
fn every_scenario_is_valid_and_passes_its_test_plan() {
    let files = scenario_files();
    assert!(!files.is_empty(), "no scenarios found");
    let mut failures = Vec::new();
    for path in &files {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        let report = validate(&name, &std::fs::read(path).expect("read scenario"));
        let Ok(scenario) = report.clone().into_result() else {
            failures.extend(report.diagnostics.iter().map(ToString::to_string));
            continue;
        };
        failures.extend(
            library_problems(&scenario)
                .into_iter()
                .map(|p| format!("{name}: {p} (library quality bar)")),
        );
        if format!("{}.toml", scenario.id) != name {
            failures.push(format!(
                "{name}: the file must be named after the scenario id, {}.toml (the app loads it by id)",
                scenario.id
            ));
        }
        let plan_path = path.with_extension("plan.toml");
        let Ok(plan_bytes) = std::fs::read(&plan_path) else {
            failures.push(format!("{name}: no test plan at {}", plan_path.display()));
            continue;
        };
        let result = plan::check(&scenario, &plan_path.display().to_string(), &plan_bytes);
        failures.extend(result.diagnostics.iter().map(ToString::to_string));
        // A plan must reach every ending at least once.
        for ending in &scenario.endings {
            let named = String::from_utf8_lossy(&plan_bytes)
                .contains(&format!("ending = \"{}\"", ending.id));
            if !named {
                failures.push(format!(
                    "{name}: the test plan never reaches the ending `{}`",
                    ending.id
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn the_committed_json_schema_is_up_to_date() {
    let committed = std::fs::read_to_string(root().join("docs/scenario.schema.json"))
        .expect("docs/scenario.schema.json");
    assert!(
        committed == json_schema(),
        "docs/scenario.schema.json is stale: run `cargo xtask schema`"
    );
}

#[test]
fn the_committed_catalog_index_lists_every_scenario_as_it_is() {
    let mut entries = Vec::new();
    for path in scenario_files() {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let sc = validate(name, &std::fs::read(&path).expect("read scenario"))
            .into_result()
            .expect("valid scenario");
        entries.push(catalog::Entry::of(name, &sc));
    }
    let committed = std::fs::read(root().join("scenarios").join(catalog::INDEX_FILE))
        .expect("scenarios/index.toml");
    assert!(
        catalog::read("index.toml", &committed) == Ok(entries),
        "scenarios/index.toml is stale: run `cargo xtask catalog`"
    );
}

#[test]
fn the_library_trains_every_skill_three_times_and_teaches_every_technique() {
    let library: Vec<_> = scenario_files()
        .iter()
        .map(|path| {
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            validate(name, &std::fs::read(path).expect("read scenario"))
                .into_result()
                .expect("valid scenario")
        })
        .collect();
    for skill in calmline_engine::Skill::ALL {
        let n = library.iter().filter(|s| s.skills.contains(&skill)).count();
        assert!(n >= 3, "`{skill}` is trained in only {n} scenario(s)");
    }
    for (id, technique) in calmline_engine::model::Technique::ALL {
        assert!(
            library.iter().any(|s| s.techniques.contains(&technique)),
            "no scenario teaches `{id}`"
        );
    }
    let mut types: Vec<_> = library.iter().map(|s| s.customer_type.id()).collect();
    types.sort_unstable();
    types.dedup();
    assert_eq!(types.len(), 8, "one scenario per customer type: {types:?}");
}
