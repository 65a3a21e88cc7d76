//! `cargo xtask test`: every test layer, in the order that fails fastest.
//!
//! Layers: `lint` (rustfmt, clippy native and wasm32, dependency rules between the crates), `native` (`cargo test
//! --workspace`: engine, SSR-rendered components, xtask), `wasm` (wasm-bindgen-test in headless
//! Chromium), `e2e` (release build, its size report, the four LMS packages built and checked,
//! Playwright tests with `node --test`). Each prints its own runner's summary; a failing layer
//! does not stop the others (except that e2e needs the release build), and the command fails if
//! any did.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, Result, bail};

use crate::bootstrap::{self, Needs, Tools};
use crate::toolchain::{self, WASM_TARGET};
use crate::{dist, package, proc, purity};

const LAYERS: &[&str] = &["lint", "native", "wasm", "e2e"];

/// Runs every layer, or only `only`.
pub fn run(root: &Path, only: Option<&str>) -> Result<()> {
    if let Some(layer) = only
        && !LAYERS.contains(&layer)
    {
        bail!(
            "unknown test layer `{layer}` (layers: {})",
            LAYERS.join(", ")
        );
    }
    let tools = if only == Some("native") {
        bootstrap::ensure_xmllint()?;
        None
    } else {
        Some(bootstrap::ensure(root, Needs::ALL)?)
    };

    let mut results: Vec<(&str, Result<()>, f64)> = Vec::new();
    for &layer in LAYERS {
        if only.is_some_and(|o| o != layer) {
            continue;
        }
        eprintln!("\n==> test layer: {layer}");
        let start = Instant::now();
        let result = match (layer, &tools) {
            ("native", _) => native(root),
            (_, None) => unreachable_layer(layer),
            ("lint", Some(tools)) => lint(root, tools),
            ("wasm", Some(tools)) => wasm(root, tools),
            (_, Some(tools)) => e2e(root, tools),
        };
        if let Err(err) = &result {
            eprintln!("layer {layer} failed: {err:#}");
        }
        results.push((layer, result, start.elapsed().as_secs_f64()));
    }

    eprintln!("\n==> summary");
    for (layer, result, seconds) in &results {
        let verdict = if result.is_ok() { "ok" } else { "FAILED" };
        eprintln!("{layer:<8} {verdict:<7} {seconds:>7.1} s");
    }
    let failed = results.iter().filter(|(_, r, _)| r.is_err()).count();
    println!("layers: {} passed, {failed} failed", results.len() - failed);
    if failed > 0 {
        bail!("{failed} test layer(s) failed");
    }
    Ok(())
}

fn unreachable_layer(layer: &str) -> Result<()> {
    bail!("layer {layer} needs the bootstrap, which was skipped")
}

fn cargo() -> Command {
    Command::new(toolchain::cargo_on_path())
}

fn lint(root: &Path, tools: &Tools) -> Result<()> {
    proc::run(cargo().args(["fmt", "--all", "--check"]))?;
    proc::run(cargo().args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--all-features",
        "--",
        "-D",
        "warnings",
    ]))?;
    let mut wasm_clippy = tools.wasm.clippy(root);
    wasm_clippy.args([
        "--package",
        "calmline",
        "--package",
        "calmline-engine",
        "--package",
        "calmline-lms",
        "--package",
        "calmline-verdicts",
        "--package",
        "calmline-web",
        "--target",
        WASM_TARGET,
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]);
    proc::run(&mut wasm_clippy)?;
    // The player as it ships (no `authoring`): what the cfg'd-out code leaves must be clean too.
    let mut player_clippy = tools.wasm.clippy(root);
    player_clippy.args([
        "--package",
        "calmline",
        "--target",
        WASM_TARGET,
        "--lib",
        "--bins",
        "--",
        "-D",
        "warnings",
    ]);
    proc::run(&mut player_clippy)?;
    purity::check(root)
}

fn native(root: &Path) -> Result<()> {
    proc::run(
        cargo()
            .args(["test", "--workspace", "--all-features"])
            .current_dir(root),
    )
}

fn wasm(root: &Path, tools: &Tools) -> Result<()> {
    let chromedriver = tools
        .chromedriver
        .as_ref()
        .context("chromedriver missing")?;
    let webdriver_json = write_webdriver_json(root, tools)?;
    let mut cmd = tools.wasm.cargo(root);
    cmd.args([
        "test",
        "--package",
        "calmline",
        "--target",
        WASM_TARGET,
        "--test",
        "web",
    ])
    .env(
        "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
        &tools.wasm_bindgen_test_runner,
    )
    .env("CHROMEDRIVER", chromedriver)
    .env("WASM_BINDGEN_TEST_WEBDRIVER_JSON", webdriver_json)
    .env("WASM_BINDGEN_TEST_TIMEOUT", "120")
    .current_dir(root);
    proc::run(&mut cmd)
}

/// Chromium flags for a machine with no network and root user (see ../shared/TOOLCHAIN.md);
/// the test runner adds `headless` and `no-sandbox` itself.
fn write_webdriver_json(root: &Path, tools: &Tools) -> Result<std::path::PathBuf> {
    let chromium = tools.chromium.as_ref().context("chromium missing")?;
    let json = format!(
        r#"{{"goog:chromeOptions": {{"binary": "{}", "args": ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]}}}}"#,
        chromium.display()
    );
    let path = root.join("target/webdriver.json");
    std::fs::create_dir_all(root.join("target"))?;
    std::fs::write(&path, json)?;
    Ok(path)
}

fn e2e(root: &Path, tools: &Tools) -> Result<()> {
    dist::build_release(root, tools)?;
    let first = dist::print_sizes(&root.join("dist"))?;
    dist::check_first_load(first, &tools.wasm)?;
    lms_packages(root)?;

    let chromium = tools.chromium.as_ref().context("chromium missing")?;
    let mut files: Vec<String> = std::fs::read_dir(root.join("tests/e2e"))?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".test.mjs"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    files.sort();
    if files.is_empty() {
        bail!("no end-to-end tests found in tests/e2e");
    }
    let plan_seeds = write_plan_seeds(root)?;
    let jobs = std::env::var("CALMLINE_E2E_JOBS").unwrap_or_else(|_| "2".to_owned());
    let mut cmd = Command::new("node");
    cmd.arg("--test")
        .arg("--test-reporter=spec")
        .arg(format!("--test-concurrency={jobs}"))
        .args(&files)
        .env("CALMLINE_DIST", root.join("dist"))
        .env("CALMLINE_ARTIFACTS", root.join("test-artifacts"))
        .env("CHROMIUM", chromium)
        .env("CALMLINE_PLAN_SEEDS", plan_seeds)
        .current_dir(root);
    proc::run(&mut cmd)?;
    web_bench(root, tools)
}

/// The four LMS packages of the release site just built (every scenario, the learner's own
/// language), each read back and checked: SCORM manifests against the official XSDs with
/// `xmllint`, and the checks the XSDs cannot make (`package/check.rs`).
fn lms_packages(root: &Path) -> Result<()> {
    let opts = package::Options::default();
    let packages = package::write_packages(root, &opts)?;
    package::check_all(root, &opts, &packages)
}

/// Writes `target/plan-seeds.json`: for every library scenario, the seed each case of its test
/// plan plays (the first with exactly the case's twists), so that the browser tests replay the
/// same calls through a trainer's link (`seed=`).
pub fn write_plan_seeds(root: &Path) -> Result<std::path::PathBuf> {
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(root.join("scenarios"))? {
        let path = entry?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if !name.ends_with(".toml") || name.ends_with(".plan.toml") || name == "index.toml" {
            continue;
        }
        let bytes = std::fs::read(&path)?;
        let Some(sc) = calmline_engine::validate(name, &bytes).scenario else {
            continue;
        };
        let Ok(plan) = std::fs::read(path.with_extension("plan.toml")) else {
            continue;
        };
        let report = calmline_engine::plan::check(&sc, name, &plan);
        let seeds: Vec<String> = report
            .seeds
            .iter()
            .map(|s| s.map_or("null".to_owned(), |s| s.to_string()))
            .collect();
        entries.push(format!("\"{}\": [{}]", sc.id, seeds.join(", ")));
    }
    entries.sort();
    let path = root.join("target/plan-seeds.json");
    std::fs::create_dir_all(root.join("target"))?;
    std::fs::write(&path, format!("{{\n  {}\n}}\n", entries.join(",\n  ")))?;
    Ok(path)
}

/// The web benchmarks (`tests/bench/web.mjs`, then Lighthouse, `tests/bench/lighthouse.mjs`,
/// then the studio's, `tests/bench/studio.mjs`) on the release build in `dist/`: prints bytes
/// over the wire, time to first render, click to next paint and the studio's edit to next paint
/// in wasm. It asserts nothing.
pub fn web_bench(root: &Path, tools: &Tools) -> Result<()> {
    let chromium = tools.chromium.as_ref().context("chromium missing")?;
    for bench in [
        "tests/bench/web.mjs",
        "tests/bench/lighthouse.mjs",
        "tests/bench/studio.mjs",
    ] {
        proc::run(
            Command::new("node")
                .arg(root.join(bench))
                .env("CALMLINE_DIST", root.join("dist"))
                .env("CHROMIUM", chromium)
                .current_dir(root),
        )?;
    }
    Ok(())
}
