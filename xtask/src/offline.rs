//! The service worker's precache list and version (`assets/sw.js`, copied to `dist/sw.js` by
//! Trunk), written after the release build: every file the player needs to play every call
//! with no network, and a version that changes whenever one of them does, so that browsers
//! install the new release beside the old one.

use std::path::Path;

use anyhow::{Context, Result, ensure};

use crate::lms_module::fnv;
use crate::package::site_files;

/// Whether the service worker caches this file of `dist/`: the player's page, module, styles,
/// icon, manifest, interface text, catalog and compiled calls; not the studio, the LMS runtime
/// (an LMS serves its own files), the TOML sources or the worker itself.
pub fn precached(path: &str) -> bool {
    let elsewhere = ["studio/", "lms/"];
    !elsewhere.iter().any(|dir| path.starts_with(dir))
        && !path.ends_with(".toml")
        && path != "sw.js"
}

/// Writes the precache list and version into `dist/sw.js`. `content_version` is the query the
/// page fetches the interface text and the compiled calls with (`locales/<lang>.ftl?v=<version>`,
/// `scenarios/<id>.clc?v=<version>`, `src/fetch.rs`) and the calls' first briefings
/// (`first/<id>-<lang>.html?v=<version>`, fetched by the page's first script).
pub fn write_worker(dist: &Path, content_version: &str) -> Result<()> {
    let mut urls = vec!["./".to_owned()];
    let mut all = Vec::new();
    for path in site_files(dist)?.into_iter().filter(|p| precached(p)) {
        all.extend(std::fs::read(dist.join(&path)).with_context(|| format!("reading {path}"))?);
        let versioned = ["locales/", "first/"].iter().any(|d| path.starts_with(d));
        urls.push(if versioned || path.ends_with(".clc") {
            format!("{path}?v={content_version}")
        } else {
            path
        });
    }
    let version = format!("{:016x}", fnv(&all));
    let file = dist.join("sw.js");
    let source = std::fs::read_to_string(&file).context("reading dist/sw.js")?;
    let (dev_version, dev_list) = ("const VERSION = 'dev';", "const PRECACHE = [];");
    ensure!(
        source.contains(dev_version) && source.contains(dev_list),
        "dist/sw.js has no `{dev_version}` and `{dev_list}` to fill in"
    );
    let list = urls
        .iter()
        .map(|u| format!("  '{u}',"))
        .collect::<Vec<_>>()
        .join("\n");
    let source = source
        .replace(dev_version, &format!("const VERSION = '{version}';"))
        .replace(dev_list, &format!("const PRECACHE = [\n{list}\n];"));
    std::fs::write(&file, source)?;
    println!(
        "service worker: {} files precached, version {version}",
        urls.len()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_worker_caches_the_player_and_every_call_but_not_the_studio_or_the_lms_runtime() {
        for path in [
            "index.html",
            "calmline-1a2b_bg.wasm",
            "base-3c.css",
            "favicon.svg",
            "manifest.webmanifest",
            "locales/pl.ftl",
            "scenarios/index.clc",
            "scenarios/shouter-late-delivery.clc",
            "first/shouter-late-delivery-pl.html",
        ] {
            assert!(precached(path), "{path}");
        }
        for path in [
            "studio/index.html",
            "lms/calmline_lms_bg.wasm",
            "scenarios/shouter-late-delivery.toml",
            "scenarios/index.toml",
            "sw.js",
        ] {
            assert!(!precached(path), "{path}");
        }
    }
}
