//! The library compiled for the player (`target/site/scenarios/`, which Trunk copies to
//! `dist/scenarios/`): every scenario validated as the library's tests hold it (an error stops
//! the build), then written in the compact form the player reads
//! ([`calmline_engine::compiled`]), with the catalog built from the same scenarios. The TOML
//! sources go beside them, for trainers who download a call to adapt it; the player never
//! reads them. The interface text goes to `target/site/locales/` (one file per language).

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use calmline_engine::{catalog, compiled, validate};

use crate::validate::library_files;

/// Where the compiled library is written.
pub fn site_scenarios(root: &Path) -> PathBuf {
    root.join("target").join("site").join("scenarios")
}

/// Validates and compiles every scenario and the catalog into [`site_scenarios`].
pub fn library(root: &Path) -> Result<()> {
    let out = site_scenarios(root);
    if out.exists() {
        std::fs::remove_dir_all(&out).with_context(|| format!("clearing {}", out.display()))?;
    }
    std::fs::create_dir_all(&out)?;
    let mut entries = Vec::new();
    for (name, bytes) in library_files(root)? {
        let report = validate(&name, &bytes).for_library();
        let sc = match report.into_result() {
            Ok(sc) => sc,
            Err(problems) => {
                for p in &problems {
                    eprintln!("{p}");
                }
                bail!("{name} is not valid, so it cannot be published (run `cargo xtask validate`)")
            }
        };
        std::fs::write(
            out.join(compiled::file_name(&sc.id)),
            compiled::scenario_to_bytes(&sc),
        )?;
        std::fs::write(out.join(&name), &bytes)?;
        entries.push(catalog::Entry::of(&name, &sc));
    }
    // The TOML catalog too, for the tools and tests that read the published library.
    let index = root.join("scenarios").join(catalog::INDEX_FILE);
    std::fs::copy(&index, out.join(catalog::INDEX_FILE))
        .with_context(|| format!("copying {}", index.display()))?;
    std::fs::write(
        out.join(compiled::INDEX_FILE),
        compiled::catalog_to_bytes(&entries),
    )?;
    locales(root)?;
    println!(
        "compiled {} scenario(s) and the catalog into {}",
        entries.len(),
        out.display()
    );
    Ok(())
}

/// Where the player's interface text is written, one file per language.
pub fn site_locales(root: &Path) -> PathBuf {
    root.join("target").join("site").join("locales")
}

/// Copies `locales/<lang>/main.ftl` to `target/site/locales/<lang>.ftl`, which the player
/// fetches (the validator's `author.ftl` stays with the studio, which compiles it in).
fn locales(root: &Path) -> Result<()> {
    let out = site_locales(root);
    std::fs::create_dir_all(&out)?;
    for lang in calmline_engine::Lang::ALL {
        let from = root.join("locales").join(lang.code()).join("main.ftl");
        std::fs::copy(&from, out.join(format!("{}.ftl", lang.code())))
            .with_context(|| format!("copying {}", from.display()))?;
    }
    Ok(())
}
