//! Building the LMS runtime (`crates/lms`): a WebAssembly module of its own that only a launch
//! from an LMS package loads, so that the player carries none of the SCORM, cmi5 and xAPI code.
//! It is built before Trunk runs, with the same toolchain, profile, wasm-bindgen and wasm-opt
//! as the player, into `target/lms/`, which `index.html` copies to `lms/` next to the page.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::bootstrap::Tools;
use crate::proc;
use crate::toolchain::WASM_TARGET;

/// Where the built module and its glue go (copied by Trunk into `dist/lms/`).
pub fn out_dir(root: &Path) -> PathBuf {
    root.join("target").join("lms")
}

/// Builds the module (release, `wasm-opt -Oz`) into [`out_dir`]; returns its version, a hash
/// of the module, which the player puts in the URLs it loads it from (`CALMLINE_LMS_VERSION`).
pub fn build(root: &Path, tools: &Tools) -> Result<String> {
    let mut cargo = tools.wasm.cargo(root);
    tools.wasm.size_tuned(&mut cargo);
    cargo.current_dir(root).args([
        "build",
        "--release",
        "--offline",
        "-p",
        "calmline-lms",
        "--target",
        WASM_TARGET,
    ]);
    proc::run(&mut cargo)?;
    let built = root
        .join("target/web")
        .join(WASM_TARGET)
        .join("release/calmline_lms.wasm");
    let out = out_dir(root);
    if out.exists() {
        std::fs::remove_dir_all(&out).with_context(|| format!("clearing {}", out.display()))?;
    }
    let mut bindgen = tools.wasm.command("wasm-bindgen", root);
    bindgen
        .args([
            "--target",
            "web",
            "--no-typescript",
            "--out-name",
            "calmline_lms",
        ])
        .arg("--out-dir")
        .arg(&out)
        .arg(&built);
    proc::run(&mut bindgen)?;
    let module = out.join("calmline_lms_bg.wasm");
    let mut opt = tools.wasm.command("wasm-opt", root);
    opt.args([
        "-Oz",
        "--enable-bulk-memory",
        "--enable-nontrapping-float-to-int",
        "--enable-sign-ext",
        "--enable-mutable-globals",
        "--enable-reference-types",
        "--enable-multivalue",
    ])
    .arg(&module)
    .arg("-o")
    .arg(&module);
    proc::run(&mut opt)?;
    let bytes = std::fs::read(&module).with_context(|| format!("reading {}", module.display()))?;
    Ok(format!("{:016x}", fnv(&bytes)))
}

/// FNV-1a, 64 bits: a version that changes whenever the module does.
pub use calmline_studio::package::worker::fnv;
