//! `cargo xtask validate [FILES]` and `cargo xtask schema`: the scenario author's tools.
//!
//! `validate` checks every scenario (all of `scenarios/` by default), prints each problem as
//! `file:line:column: error: …` with a hint, a summary per valid scenario, and runs the test plan
//! beside it (`<name>.plan.toml`). It fails if anything is wrong. `schema` writes the JSON Schema
//! of the format to `docs/scenario.schema.json` for editors.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use calmline_engine::diag::render;
use calmline_engine::model::{Scenario, Technique};
use calmline_engine::quality::library_problems;
use calmline_engine::{Skill, catalog, plan, validate};

/// The scenario files under `scenarios/`, sorted (test plans excluded).
pub fn scenario_files(root: &Path) -> Result<Vec<PathBuf>> {
    let dir = root.join("scenarios");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            catalog::is_scenario_file(name)
        })
        .collect();
    files.sort();
    Ok(files)
}

/// Every scenario file under `scenarios/` (see [`scenario_files`]) as (file name, bytes).
pub fn library_files(root: &Path) -> Result<Vec<(String, Vec<u8>)>> {
    scenario_files(root)?
        .into_iter()
        .map(|path| {
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_owned();
            let bytes =
                std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
            Ok((name, bytes))
        })
        .collect()
}

/// Validates `files` (or every scenario) and runs their plans.
///
/// `--library` holds every file to the library's quality bar, wherever it lies (for drafts written
/// outside `scenarios/`); files in `scenarios/` are always held to it.
pub fn run(root: &Path, args: &[String]) -> Result<()> {
    let force_bar = args.iter().any(|a| a == "--library");
    let files: Vec<&String> = args.iter().filter(|a| *a != "--library").collect();
    let whole_library = files.is_empty();
    let files: Vec<PathBuf> = if whole_library {
        scenario_files(root)?
    } else {
        files.iter().map(PathBuf::from).collect()
    };
    let library_dir = root.join("scenarios").canonicalize().ok();
    let mut library: Vec<Scenario> = Vec::new();
    if files.is_empty() {
        bail!("no scenario files to validate");
    }
    let mut problems = 0usize;
    for path in &files {
        let shown = path
            .strip_prefix(root)
            .unwrap_or(path)
            .display()
            .to_string();
        let bytes = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(err) => {
                println!("{shown}: error: cannot read the file: {err}");
                problems += 1;
                continue;
            }
        };
        let in_library = force_bar
            || library_dir.is_some()
                && path
                    .canonicalize()
                    .ok()
                    .and_then(|p| p.parent().map(PathBuf::from))
                    == library_dir;
        // The library's own files may have no warnings: every one is an error there.
        let report = validate(&shown, &bytes);
        let report = if in_library {
            report.for_library()
        } else {
            report
        };
        for d in &report.diagnostics {
            println!("{d}");
        }
        problems += report.errors().count();
        let Some(summary) = report.summary() else {
            continue;
        };
        let mut bar = Vec::new();
        if let (true, Some(scenario)) = (in_library, &report.scenario) {
            bar = library_problems(scenario);
            for problem in &bar {
                let problem = render(calmline_engine::Lang::En, problem);
                println!(
                    "{shown}: error: {problem} (library quality bar, crates/engine/src/quality.rs)"
                );
            }
            problems += bar.len();
            print_bar(&shown, scenario);
        }
        let verdict = if report.errors().next().is_none() && bar.is_empty() {
            "ok"
        } else {
            "summary"
        };
        println!("{shown}: {verdict}: {summary}");
        let plan_path = path.with_extension("plan.toml");
        let plan_shown = plan_path
            .strip_prefix(root)
            .unwrap_or(&plan_path)
            .display()
            .to_string();
        match (std::fs::read(&plan_path), &report.scenario) {
            (Ok(plan_bytes), Some(scenario)) if report.errors().next().is_none() => {
                let result = plan::check(scenario, &plan_shown, &plan_bytes);
                for d in &result.diagnostics {
                    println!("{d}");
                }
                problems += result.diagnostics.len();
                if result.diagnostics.is_empty() {
                    println!("{plan_shown}: ok: {} cases passed", result.cases);
                }
            }
            (Err(_), _) => {
                println!(
                    "{plan_shown}: error: the scenario has no test plan\n  hint: add one case per ending (see docs/scenario-format.md)"
                );
                problems += 1;
            }
            _ => {}
        }
        if let Some(scenario) = report.scenario {
            library.push(scenario);
        }
    }
    if whole_library {
        print_coverage(&library);
    }
    if problems > 0 {
        bail!("{problems} problem(s) in {} file(s)", files.len());
    }
    println!("{} scenario(s) valid", files.len());
    Ok(())
}

/// The catalog index of every valid scenario in `scenarios/`, as `cargo xtask catalog` writes it.
pub fn catalog_index(root: &Path) -> Result<String> {
    let mut entries = Vec::new();
    for (name, bytes) in library_files(root)? {
        match validate(&name, &bytes).into_result() {
            Ok(sc) => entries.push(catalog::Entry::of(&name, &sc)),
            Err(problems) => bail!(
                "{name} is not valid, so it cannot be listed (run `cargo xtask validate`): {}",
                problems
                    .first()
                    .map(ToString::to_string)
                    .unwrap_or_default()
            ),
        }
    }
    Ok(catalog::write(&entries))
}

/// Writes `scenarios/index.toml`.
pub fn write_catalog(root: &Path) -> Result<()> {
    let path = root.join("scenarios").join(catalog::INDEX_FILE);
    std::fs::write(&path, catalog_index(root)?)?;
    println!("wrote {}", path.display());
    Ok(())
}

/// Where the JSON Schema lives.
pub fn schema_path(root: &Path) -> PathBuf {
    root.join("docs").join("scenario.schema.json")
}

/// Writes the JSON Schema.
pub fn write_schema(root: &Path) -> Result<()> {
    let path = schema_path(root);
    std::fs::create_dir_all(path.parent().unwrap_or(root))?;
    std::fs::write(&path, calmline_engine::json_schema())?;
    println!("wrote {}", path.display());
    Ok(())
}

/// Prints which scenario trains which skill and teaches which technique.
fn print_coverage(library: &[Scenario]) {
    let width = library
        .iter()
        .map(|s| s.id.len())
        .max()
        .unwrap_or(8)
        .max(10);
    println!("\ncoverage: skills x scenarios");
    print!("{:width$}", "");
    for skill in Skill::ALL {
        print!(" {:>10}", skill.id());
    }
    println!();
    for sc in library {
        print!("{:width$}", sc.id);
        for skill in Skill::ALL {
            print!(
                " {:>10}",
                if sc.skills.contains(&skill) { "x" } else { "." }
            );
        }
        println!();
    }
    print!("{:width$}", "scenarios");
    for skill in Skill::ALL {
        print!(
            " {:>10}",
            library.iter().filter(|s| s.skills.contains(&skill)).count()
        );
    }
    println!("\n\ncoverage: techniques x scenarios");
    for (id, technique) in Technique::ALL {
        let users: Vec<&str> = library
            .iter()
            .filter(|s| s.techniques.contains(&technique))
            .map(|s| s.id.as_str())
            .collect();
        let list = if users.is_empty() {
            "-".to_owned()
        } else {
            users.join(", ")
        };
        println!("{id:<22} {:>2}  {list}", users.len());
    }
}

/// The numbers of the library's quality bar for one scenario: where the best reply stands by
/// length, the grade medians, and how often each content-blind strategy passes.
fn print_bar(shown: &str, sc: &calmline_engine::Scenario) {
    use calmline_engine::quality::{lengths, reader_name};
    use calmline_engine::strategy::{self, Strategy};
    for lang in calmline_engine::Lang::ALL {
        let s = lengths(sc, lang);
        let pct = |n: usize| n * 100 / s.turns.max(1);
        // Best first, as authors read it.
        let medians: Vec<String> = (0..4)
            .rev()
            .filter_map(|g| {
                s.medians[g].map(|m| format!("{} {m:.0}", calmline_engine::quality::grade_name(g)))
            })
            .collect();
        println!(
            "{shown}: bar: {}: best reply longest in {}/{} turns ({} %), one of the two longest in {}/{} ({} %), shortest in {}/{} ({} %), one of the two shortest in {}/{} ({} %); median characters: {}",
            lang.code(),
            s.longest,
            s.turns,
            pct(s.longest),
            s.top_two,
            s.turns,
            pct(s.top_two),
            s.shortest,
            s.turns,
            pct(s.shortest),
            s.bottom_two,
            s.turns,
            pct(s.bottom_two),
            medians.join(", ")
        );
    }
    let records = strategy::play_all(sc);
    for st in Strategy::ALL {
        let cells: Vec<String> = records
            .iter()
            .filter(|r| r.strategy == st)
            .map(|r| format!("{} {}", reader_name(r.reader), r.passed))
            .collect();
        println!(
            "{shown}: bar: strategy {}: passes of {}: {}",
            st.id(),
            strategy::CALLS,
            cells.join(", ")
        );
    }
}
