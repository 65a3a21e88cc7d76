//! Building a WebAssembly module of its own beside the app (the LMS runtime, the studio's
//! verdicts worker): a `cdylib` crate built with the same toolchain, size-tuned profile,
//! wasm-bindgen and wasm-opt as the player, into a folder Trunk then copies next to a page.

use std::path::Path;

use anyhow::{Context, Result};

use crate::bootstrap::Tools;
use crate::proc;
use crate::toolchain::WASM_TARGET;

/// Builds `package` (release, `wasm-opt -Oz`) into `out` (emptied first) as
/// `<crate_name>.js` and `<crate_name>_bg.wasm`; returns its version, a hash of the module, for
/// the URLs it is loaded from.
pub fn build(root: &Path, tools: &Tools, package: &str, out: &Path) -> Result<String> {
    let name = package.replace('-', "_");
    let mut cargo = tools.wasm.cargo(root);
    tools.wasm.size_tuned(&mut cargo);
    cargo.current_dir(root).args([
        "build",
        "--release",
        "--offline",
        "-p",
        package,
        "--target",
        WASM_TARGET,
    ]);
    proc::run(&mut cargo)?;
    let built = root
        .join("target/web")
        .join(WASM_TARGET)
        .join(format!("release/{name}.wasm"));
    if out.exists() {
        std::fs::remove_dir_all(out).with_context(|| format!("clearing {}", out.display()))?;
    }
    let mut bindgen = tools.wasm.command("wasm-bindgen", root);
    bindgen
        .args(["--target", "web", "--no-typescript", "--out-name", &name])
        .arg("--out-dir")
        .arg(out)
        .arg(&built);
    proc::run(&mut bindgen)?;
    let module = out.join(format!("{name}_bg.wasm"));
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
