//! Building the studio's verdicts worker (`crates/verdicts`, `assets/verdicts-worker.js`): the
//! validator's deepest pass in a Web Worker, so the studio's page never stops for it. Built
//! before the studio's Trunk run into `target/verdicts/`, which the studio's page copies to
//! `studio/verdicts/`; the player never loads it.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::bootstrap::Tools;

/// Where the module, its glue and the worker's script go.
pub fn out_dir(root: &Path) -> PathBuf {
    root.join("target").join("verdicts")
}

/// Builds the module and puts the worker's script beside it (`worker.js`); returns the version
/// the studio loads it under (`CALMLINE_VERDICTS_VERSION`), a hash of both.
pub fn build(root: &Path, tools: &Tools) -> Result<String> {
    let out = out_dir(root);
    let module = crate::module::build(root, tools, "calmline-verdicts", &out)?;
    let script = root.join("assets").join("verdicts-worker.js");
    let text = std::fs::read(&script).with_context(|| format!("reading {}", script.display()))?;
    std::fs::write(out.join("worker.js"), &text)?;
    Ok(format!(
        "{:016x}",
        crate::module::fnv(format!("{module}{:016x}", crate::module::fnv(&text)).as_bytes())
    ))
}
