//! Every scenario in `scenarios/` is valid, meets the library's quality bar, is named after its
//! id and passes its test plan; the committed JSON Schema is
//! the one the engine generates.

use std::path::PathBuf;
use std::sync::OnceLock;

use calmline_engine::diag::render;
use calmline_engine::model::Grade;
use calmline_engine::quality::library_problems;
use calmline_engine::{Report, catalog, json_schema, plan, scale, validate};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The validator's report on every library file, computed once for all the tests here (the
/// analysis of every call takes a while).
fn reports() -> &'static [(String, Report)] {
    static REPORTS: OnceLock<Vec<(String, Report)>> = OnceLock::new();
    REPORTS.get_or_init(|| {
        scenario_files()
            .iter()
            .map(|path| {
                let name = path
                    .file_name()
                    .and_then(|n| n.to_str())
                    .unwrap_or_default()
                    .to_owned();
                let report = validate(&name, &std::fs::read(path).expect("read scenario"));
                (name, report)
            })
            .collect()
    })
}

fn report(name: &str) -> Report {
    reports()
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, r)| r.clone())
        .expect("a library file")
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
        let name = file_name(path);
        // The library's files may have no warnings: each is an error here.
        let report = report(&name).for_library();
        let Ok(scenario) = report.clone().into_result() else {
            failures.extend(report.diagnostics.iter().map(ToString::to_string));
            continue;
        };
        failures.extend(library_problems(&scenario).into_iter().map(|p| {
            format!(
                "{name}: {} (library quality bar)",
                render(calmline_engine::Lang::En, &p)
            )
        }));
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
        // The plan must also reach every ending and pin its verdict (plan::check says so).
        let result = plan::check(&scenario, &plan_path.display().to_string(), &plan_bytes);
        failures.extend(result.diagnostics.iter().map(ToString::to_string));
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Every call a scenario allows, explored exactly (every reachable situation, paths counted by
/// dynamic programming), gets a verdict a call-centre quality manager would sign.
#[test]
fn every_path_of_every_scenario_gets_a_verdict_a_quality_manager_would_sign() {
    let mut failures = Vec::new();
    let mut table = vec![format!(
        "{:<34} {:>11} {:>5} {:>13} {:>13} {:>22}",
        "scenario", "paths", "best", "highest fail", "lowest pass", "best quality of a fail"
    )];
    for path in scenario_files() {
        let name = file_name(&path);
        let report = report(&name);
        let stats = report.stats.clone().expect("analysed");
        let sc = report.into_result().expect("valid scenario");
        if !stats.exact {
            failures.push(format!(
                "{name}: the analysis fell back to approximate bounds"
            ));
            continue;
        }
        let mut fail = |why: String| failures.push(format!("{name}: {why}"));
        let mut by_the_book = false;
        for &(tally, ending, calls) in &stats.tallies {
            let outcome = sc.ending(ending).outcome;
            let v = scale::verdict(&tally, Some(outcome), sc.pass_mark);
            let n = tally.len();
            let (best, poor, harmful) = (
                tally.count(Grade::Best),
                tally.count(Grade::Poor),
                tally.count(Grade::Harmful),
            );
            let what = format!(
                "{calls} call(s) to `{}` with {tally:?} score {} (passed: {})",
                sc.ending(ending).id,
                v.overall,
                v.passed
            );
            let good = outcome.can_pass();
            if good && best == n {
                by_the_book = true;
                if !(v.passed && v.overall == 100) {
                    fail(format!(
                        "only best moves to a good ending must score 100 and pass: {what}"
                    ));
                }
            }
            if good && poor + harmful == 0 && !v.passed {
                fail(format!(
                    "only best or acceptable moves to a good ending must pass: {what}"
                ));
            }
            if good && poor * 2 > n && v.passed {
                fail(format!("mostly poor moves must fail: {what}"));
            }
            if (!good || tally.critical > 0) && (v.passed || v.overall >= v.pass_mark) {
                fail(format!(
                    "a bad ending or a critical error must fail below the pass mark: {what}"
                ));
            }
            if v.passed != (v.overall >= v.pass_mark) {
                fail(format!("the overall score contradicts the verdict: {what}"));
            }
        }
        if !by_the_book {
            fail("no call of only best moves reaches a good ending".to_owned());
        }
        // Whatever twists the seed brings, the textbook call is still possible.
        for (bits, ok) in stats.by_the_book.iter().enumerate() {
            if !ok {
                fail(format!(
                    "with the twists {:?}, no call of only best moves reaches a good ending",
                    calmline_engine::twist::names(&sc, bits as u8)
                ));
            }
        }
        let best = stats
            .tallies
            .iter()
            .map(|(t, e, _)| scale::verdict(t, Some(sc.ending(*e).outcome), sc.pass_mark).overall);
        let show = |v: Option<u8>| v.map_or_else(|| "-".to_owned(), |v| v.to_string());
        table.push(format!(
            "{:<34} {:>11} {:>5} {:>13} {:>13} {:>22}",
            sc.id,
            stats.paths,
            show(best.max()),
            show(stats.failing(&sc).map(|r| r.1)),
            show(stats.passing(&sc).map(|r| r.0)),
            show(stats.best_failing_quality(&sc)),
        ));
    }
    println!("{}", table.join("\n"));
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
        let sc = report(name).into_result().expect("valid scenario");
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
            report(name).into_result().expect("valid scenario")
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
    assert_eq!(
        types.len(),
        calmline_engine::model::CustomerType::ALL.len(),
        "one scenario per customer type: {types:?}"
    );
}

/// Nobody passes a library call without reading: five content-blind strategies, 50 calls each,
/// in every language and form of address. Run with `--nocapture` to see the table.
#[test]
fn no_content_blind_strategy_passes_a_library_call_more_than_once_in_ten() {
    use calmline_engine::quality::reader_name;
    use calmline_engine::strategy::{CALLS, MAX_PASSES, play_all};
    let mut failures = Vec::new();
    for path in scenario_files() {
        let name = file_name(&path);
        let Some(sc) = report(&name).scenario else {
            failures.push(format!("{name}: does not load"));
            continue;
        };
        let records = play_all(&sc);
        let cells: Vec<String> = records
            .iter()
            .map(|r| {
                format!(
                    "{} {}: {}",
                    r.strategy.id(),
                    reader_name(r.reader),
                    r.passed
                )
            })
            .collect();
        println!("{name}: passes of {CALLS}: {}", cells.join(", "));
        failures.extend(records.iter().filter(|r| r.passed > MAX_PASSES).map(|r| {
            format!(
                "{name}: \"{}\" passes {} of {CALLS} calls in {}",
                r.strategy.id(),
                r.passed,
                reader_name(r.reader)
            )
        }));
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// The file name of a scenario path.
fn file_name(path: &std::path::Path) -> String {
    path.file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_owned()
}
