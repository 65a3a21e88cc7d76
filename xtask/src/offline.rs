//! The service worker's precache list and version (`assets/sw.js`, copied to `dist/sw.js` by
//! Trunk), written after the release build: every file the player needs to play every call
//! with no network, and a version that changes whenever one of them does, so that browsers
//! install the new release beside the old one.

use std::path::Path;

use anyhow::{Context, Result};
use calmline_studio::package::worker;

use crate::package::site_files;

/// Writes the precache list and version into `dist/sw.js` (the rule is
/// `calmline_studio::package::worker`, which the studio's player package follows too).
/// `content_version` is the query the page fetches the interface text and the compiled calls
/// with (`locales/<lang>.ftl?v=<version>`, `scenarios/<id>.clc?v=<version>`, `src/fetch.rs`) and
/// the calls' first briefings (`first/<id>-<lang>.html?v=<version>`, fetched by the page's
/// first script).
pub fn write_worker(dist: &Path, content_version: &str) -> Result<()> {
    let mut urls = Vec::new();
    let mut all = Vec::new();
    for path in site_files(dist)?
        .into_iter()
        .filter(|p| worker::precached(p))
    {
        all.extend(std::fs::read(dist.join(&path)).with_context(|| format!("reading {path}"))?);
        urls.push(worker::url(&path, content_version));
    }
    let version = format!("{:016x}", worker::fnv(&all));
    let file = dist.join("sw.js");
    let source = std::fs::read_to_string(&file).context("reading dist/sw.js")?;
    std::fs::write(&file, worker::fill(&source, &version, &urls)?)?;
    println!(
        "service worker: {} files precached, version {version}",
        urls.len() + 1
    );
    Ok(())
}
