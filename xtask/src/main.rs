//! `cargo xtask`: CalmLine's automation, in Rust so that it runs the same on every machine.
//!
//! The README's two commands are `cargo xtask serve` and `cargo xtask test`. Both first run the
//! bootstrap, which installs whatever this machine lacks (and skips what it has), so a fresh
//! clone needs nothing but a Rust toolchain.

mod bootstrap;
mod compile;
mod csp;
mod deferred_module;
mod dist;
mod first_paint;
mod lms_module;
mod module;
mod offline;
mod package;
mod proc;
mod purity;
mod test;
mod toolchain;
mod validate;
mod verdicts_module;

use std::path::PathBuf;

use anyhow::{Result, bail};

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  serve        install what is missing, build, serve on http://127.0.0.1:8080 with live reload
  test [LAYER] install what is missing, then run every test layer (or one: lint, native,
               wasm, e2e)
  dist         release build into dist/ and print every file's size (raw / gzip / brotli)
  package [--format scorm12|scorm2004|cmi5|xapi|all] [--scenario ID] [--lang pl|hu|en]
          [--timer off|relaxed|standard|strict] [--mode coach|exam] [--pass-mark N] [--out DIR]
               release build, then the LMS packages (zip files, target/packages by default),
               each checked (xmllint against the SCORM XSDs); see docs/lms-packages.md
  bootstrap    only install what is missing
  check-engine fail if a crate breaks the dependency rules (the engine on a web crate, the
               player on the LMS runtime, the runtime on Yew)
  validate [--library] [FILES]  check scenarios (all of scenarios/ by default) and run their
               test plans; --library holds FILES outside scenarios/ to the library's quality bar
  catalog      write scenarios/index.toml (the catalog the browser lists) from the scenarios
  schema       write docs/scenario.schema.json (the scenario format, for editors)
  plan-seeds   write target/plan-seeds.json (the seed of every test-plan case), which the
               browser tests read; `test e2e` writes it too
  bench        run the benchmarks: the engine (parse + validate a 10,000-turn scenario; one
               step), the studio (one edit of the largest call, validated and mapped; the
               map's layout of it and of a generated 60-turn call) and the web app (bytes over the wire, first render, click to next paint),
               then what the LMS runtime costs the first load (a second build without it;
               fails over its budget of 10 KB brotli)
";

fn main() {
    if let Err(err) = run() {
        eprintln!("error: {err:#}");
        std::process::exit(1);
    }
}

fn run() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = project_root();
    std::env::set_current_dir(&root)?;
    match args.first().map(String::as_str) {
        Some("serve") => {
            let tools = bootstrap::ensure(&root, bootstrap::Needs::BUILD)?;
            dist::serve(&root, &tools)
        }
        Some("dist") => {
            let tools = bootstrap::ensure(&root, bootstrap::Needs::BUILD)?;
            dist::build_release(&root, &tools)?;
            dist::print_sizes(&root.join("dist"))?;
            Ok(())
        }
        Some("package") => {
            let tools = bootstrap::ensure(&root, bootstrap::Needs::PACKAGE)?;
            package::run(&root, &tools, &args[1..])
        }
        Some("test") => test::run(&root, args.get(1).map(String::as_str)),
        Some("bootstrap") => bootstrap::ensure(&root, bootstrap::Needs::ALL).map(|_| ()),
        Some("check-engine") => purity::check(&root),
        Some("validate") => validate::run(&root, &args[1..]),
        Some("catalog") => validate::write_catalog(&root),
        Some("schema") => validate::write_schema(&root),
        Some("plan-seeds") => test::write_plan_seeds(&root).map(|path| {
            println!("{}", path.display());
        }),
        Some("bench") => {
            proc::run(std::process::Command::new("cargo").args([
                "bench",
                "-p",
                "calmline-engine",
                "--bench",
                "engine",
            ]))?;
            proc::run(std::process::Command::new("cargo").args([
                "bench",
                "-p",
                "calmline-studio",
                "--bench",
                "studio",
            ]))?;
            let tools = bootstrap::ensure(&root, bootstrap::Needs::ALL)?;
            dist::build_release(&root, &tools)?;
            dist::print_sizes(&root.join("dist"))?;
            test::web_bench(&root, &tools)?;
            dist::lms_cost(&root, &tools).map(drop)
        }
        Some("help" | "--help" | "-h") | None => {
            print!("{USAGE}");
            Ok(())
        }
        Some(other) => bail!("unknown command `{other}`\n\n{USAGE}"),
    }
}

/// The workspace root (the parent of `xtask/`).
fn project_root() -> PathBuf {
    let manifest_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest_dir
        .parent()
        .map(PathBuf::from)
        .unwrap_or(manifest_dir)
}
