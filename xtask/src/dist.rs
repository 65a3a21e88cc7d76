//! Building and serving the static site with Trunk, and the size report.
//!
//! Trunk always runs offline here (`--offline=true`): dependencies are fetched with cargo first,
//! and wasm-bindgen / wasm-opt are the pinned ones that the bootstrap put on `PATH`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result};

use crate::bootstrap::Tools;
use crate::toolchain::WASM_TARGET;
use crate::{compile, lms_module, proc};

/// Fetches every dependency (including, with build-std, the standard library's own), so that
/// the offline Trunk run finds them.
fn fetch(root: &Path, tools: &Tools) -> Result<()> {
    let mut cmd = tools.wasm.cargo(root);
    cmd.args(["fetch", "--target", WASM_TARGET])
        .current_dir(root);
    proc::run(&mut cmd)
}

fn trunk(root: &Path, tools: &Tools) -> Command {
    let mut cmd = Command::new(&tools.trunk);
    tools.wasm.configure(&mut cmd, root);
    cmd.current_dir(root);
    cmd
}

/// The player's features: the LMS runtime's loader, and no bundled interface text (it fetches
/// the trainee's language). The studio and the tests keep the defaults.
const PLAYER_FEATURES: [&str; 3] = ["--no-default-features", "--features", "lms"];

/// Where the studio is built (`studio.html`, with the `authoring` feature); `index.html` copies
/// it to `dist/studio/`.
pub fn studio_dir(root: &Path) -> PathBuf {
    root.join("target").join("site").join("studio")
}

/// The studio's page, made from `index.html` (so the two never drift apart): the same app with
/// the `authoring` feature, without the files only the player copies (the library, the LMS
/// runtime, the studio itself), titled for trainers, with the studio's own styles and its
/// verdicts worker. Written next to `index.html` as
/// `studio.html` (ignored by git), since Trunk resolves the styles relative to the page.
pub fn studio_page(index: &str) -> Result<String> {
    let rust = r#"<link data-trunk rel="rust" data-bin="calmline""#;
    anyhow::ensure!(index.contains(rust), "index.html has no `{rust}`");
    let mut page = String::with_capacity(index.len());
    for line in index.lines() {
        let copied = line.contains(r#"rel="copy-dir""#);
        if !copied {
            page.push_str(line);
            page.push('\n');
        }
    }
    let last_sheet = r#"<link data-trunk rel="css" href="styles/trainer.css" />"#;
    anyhow::ensure!(
        page.contains(last_sheet),
        "index.html has no `{last_sheet}`"
    );
    Ok(page
        .replace(rust, &format!(r#"{rust} data-cargo-features="authoring""#))
        .replace(
            last_sheet,
            &format!(
                "{last_sheet}\n    <link data-trunk rel=\"css\" href=\"styles/studio.css\" />\n    \
                 <!-- The verdicts worker (crates/verdicts, built by `cargo xtask` into \
                 target/verdicts). -->\n    {VERDICTS_COPY}"
            ),
        )
        .replace("<title>CalmLine</title>", "<title>CalmLine Studio</title>")
        .replacen("<html lang=\"en\"", "<html lang=\"en\" data-bundled", 1))
}

/// The studio page's only copied folder: its verdicts worker ([`crate::verdicts_module`]).
const VERDICTS_COPY: &str = r#"<link data-trunk rel="copy-dir" href="target/verdicts" />"#;

/// Builds the studio: the same app with the `authoring` feature (the validator, its messages
/// and the trainer's own-file page), from [`studio_page`] into [`studio_dir`].
fn build_studio(root: &Path, tools: &Tools, lms: &str, release: bool) -> Result<()> {
    let index = std::fs::read_to_string(root.join("index.html")).context("reading index.html")?;
    std::fs::write(root.join("studio.html"), studio_page(&index)?)?;
    let verdicts = crate::verdicts_module::build(root, tools)?;
    let mut build = trunk(root, tools);
    if release {
        tools.wasm.size_tuned(&mut build);
    }
    build
        .env("CALMLINE_LMS_VERSION", lms)
        .env("CALMLINE_VERDICTS_VERSION", verdicts)
        .args(["build", "studio.html", "--offline=true", "--dist"])
        .arg(studio_dir(root));
    if release {
        build.arg("--release");
    }
    proc::run(&mut build)
}

/// `trunk serve`: builds in debug mode, serves on 127.0.0.1:8080, rebuilds and reloads the page
/// on every change (of the player: the compiled library, the studio and the LMS runtime are
/// built once, at the start).
pub fn serve(root: &Path, tools: &Tools) -> Result<()> {
    fetch(root, tools)?;
    compile::library(root)?;
    let lms = lms_module::build(root, tools)?;
    build_studio(root, tools, &lms, false)?;
    eprintln!("serving CalmLine on http://127.0.0.1:8080 (Ctrl+C stops)");
    proc::run(
        trunk(root, tools)
            .env("CALMLINE_LMS_VERSION", lms)
            .args(["serve", "--offline=true"])
            .args(PLAYER_FEATURES),
    )
}

/// `trunk build --release` into `dist/` (size-tuned profile and `wasm-opt -Oz`): the library
/// validated and compiled ([`compile::library`]), the LMS runtime, the studio, then the player,
/// which copies the three in.
pub fn build_release(root: &Path, tools: &Tools) -> Result<()> {
    fetch(root, tools)?;
    compile::library(root)?;
    let lms = lms_module::build(root, tools)?;
    build_studio(root, tools, &lms, true)?;
    let mut build = trunk(root, tools);
    tools.wasm.size_tuned(&mut build);
    proc::run(
        build
            .env("CALMLINE_LMS_VERSION", lms)
            .args(["build", "--release", "--offline=true"])
            .args(PLAYER_FEATURES),
    )?;
    let version = crate::first_paint::apply(root)?;
    let page = root.join("dist").join("index.html");
    std::fs::write(
        &page,
        crate::deferred_module::defer(&std::fs::read_to_string(&page)?)?,
    )?;
    crate::offline::write_worker(&root.join("dist"), &version)?;
    // Each page's policy, once nothing will change its inline scripts any more.
    crate::csp::apply_to(&root.join("dist").join("index.html"))?;
    crate::csp::apply_to(&root.join("dist").join("studio").join("index.html"))?;
    Ok(())
}

/// The most the player's first load may weigh, brotli, built with the size-tuned flags
/// ([`crate::toolchain::WasmToolchain::size_tuned`]): a ratchet, lowered as the player gets
/// leaner (issue 14 aims at 120 KB); bytes are deterministic, so it is asserted.
pub const FIRST_LOAD_BUDGET_BROTLI: usize = 320 * 1024;

/// The same budget for a toolchain that cannot take the size flags (rustup's stable wasm32):
/// the flags save about 18 KB.
pub const FIRST_LOAD_BUDGET_PLAIN_BROTLI: usize = FIRST_LOAD_BUDGET_BROTLI + 20 * 1024;

/// The most the page alone may weigh, brotli: the first screen needs nothing else (the catalog
/// and the briefing frame in three languages, their styles, the first script).
pub const FIRST_PAINT_BUDGET_BROTLI: usize = 24 * 1024;

/// Fails when the first paint or the first load is over its budget for this toolchain.
pub fn check_first_load(sizes: Sizes, wasm: &crate::toolchain::WasmToolchain) -> Result<()> {
    let (first, paint) = (sizes.first_load, sizes.first_paint);
    println!("first-paint budget (brotli): {paint} of {FIRST_PAINT_BUDGET_BROTLI} bytes");
    anyhow::ensure!(
        paint <= FIRST_PAINT_BUDGET_BROTLI,
        "the page (first paint) is {paint} bytes brotli, over its budget of \
         {FIRST_PAINT_BUDGET_BROTLI}"
    );
    let budget = if *wasm == crate::toolchain::WasmToolchain::DebianBuildStd {
        FIRST_LOAD_BUDGET_BROTLI
    } else {
        FIRST_LOAD_BUDGET_PLAIN_BROTLI
    };
    println!("first-load budget (brotli): {first} of {budget} bytes");
    anyhow::ensure!(
        first <= budget,
        "the first load is {first} bytes brotli, over its budget of {budget}"
    );
    Ok(())
}

/// The most LMS support may add to the player's first load.
pub const LMS_BUDGET_BROTLI: usize = 10 * 1024;

/// What LMS support costs the first load, in brotli bytes: the release site in `dist/` against
/// the same site built without the `lms` feature (`target/dist-without-lms`; the player is
/// otherwise the same, embedding and local progress included). The LMS runtime itself
/// (`lms/`, loaded only by a launch from an LMS package, while its briefing shows) is not part
/// of the first load; its size is printed beside. Fails above [`LMS_BUDGET_BROTLI`].
pub fn lms_cost(root: &Path, tools: &Tools) -> Result<usize> {
    let without = root.join("target").join("dist-without-lms");
    let mut build = trunk(root, tools);
    tools.wasm.size_tuned(&mut build);
    proc::run(
        build
            .args([
                "build",
                "--release",
                "--offline=true",
                "--no-default-features",
                "--dist",
            ])
            .arg(&without),
    )?;
    let first_load = |dir: &Path| -> Result<usize> { Ok(first_load_bytes(&measure(dir)?)) };
    let with = first_load(&root.join("dist"))?;
    let bare = first_load(&without)?;
    let cost = with.saturating_sub(bare);
    let runtime: usize = measure(&root.join("dist"))?
        .iter()
        .filter(|f| f.path.starts_with("lms/"))
        .map(|f| f.brotli)
        .sum();
    println!(
        "LMS support on the first load (brotli): {cost} bytes ({with} with it, {bare} without; \
         budget {LMS_BUDGET_BROTLI})"
    );
    println!(
        "LMS runtime, loaded only by an LMS launch while its briefing shows (brotli): {runtime} \
         bytes"
    );
    anyhow::ensure!(
        cost <= LMS_BUDGET_BROTLI,
        "LMS support costs the first load {cost} bytes brotli, over its budget of \
         {LMS_BUDGET_BROTLI}"
    );
    Ok(cost)
}

/// Whether a file of the site is part of the first load whatever the language: everything but
/// the scenario files, which load when a call is opened (the catalog index loads at once), a
/// call's prerendered briefing (`first/`, fetched only for a trainer's link to it), the
/// LMS runtime, which only a launch from an LMS package loads, the studio, and the interface
/// text, of which one language loads first ([`first_load_bytes`]).
pub fn is_first_load(path: &str) -> bool {
    let later = ["scenarios/", "lms/", "studio/", "locales/", "first/"];
    path == "scenarios/index.clc" || !later.iter().any(|dir| path.starts_with(dir))
}

/// The first load in brotli bytes: [`is_first_load`]'s files and the largest language's text
/// (the others come after the first screen).
pub fn first_load_bytes(files: &[FileSize]) -> usize {
    let text = files
        .iter()
        .filter(|f| f.path.starts_with("locales/"))
        .map(|f| f.brotli)
        .max()
        .unwrap_or(0);
    files
        .iter()
        .filter(|f| is_first_load(&f.path))
        .map(|f| f.brotli)
        .sum::<usize>()
        + text
}

/// One file of the site and what it weighs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileSize {
    /// Path relative to `dist/`.
    pub path: String,
    /// Bytes on disk.
    pub raw: usize,
    /// Bytes with gzip level 9.
    pub gzip: usize,
    /// Bytes with brotli quality 11.
    pub brotli: usize,
}

/// Measures every file under `dir`.
pub fn measure(dir: &Path) -> Result<Vec<FileSize>> {
    let mut files = Vec::new();
    collect_files(dir, &mut files)?;
    files.sort();
    files
        .into_iter()
        .map(|file| {
            let bytes =
                std::fs::read(&file).with_context(|| format!("reading {}", file.display()))?;
            Ok(FileSize {
                path: file
                    .strip_prefix(dir)
                    .unwrap_or(&file)
                    .to_string_lossy()
                    .into_owned(),
                raw: bytes.len(),
                gzip: gzip_len(&bytes)?,
                brotli: brotli_len(&bytes)?,
            })
        })
        .collect()
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    for entry in std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry?.path();
        if path.is_dir() {
            collect_files(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

fn gzip_len(bytes: &[u8]) -> Result<usize> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes)?;
    Ok(encoder.finish()?.len())
}

fn brotli_len(bytes: &[u8]) -> Result<usize> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params)?;
    Ok(out.len())
}

/// Prints the size table of `dir` and returns the brotli size of the first load.
pub fn print_sizes(dir: &Path) -> Result<Sizes> {
    let files = measure(dir)?;
    println!("{}", size_table(&files));
    let first = first_load_bytes(&files);
    let paint = files
        .iter()
        .find(|f| f.path == "index.html")
        .map_or(0, |f| f.brotli);
    println!(
        "first paint (brotli): {paint} bytes, the page alone (the first screen prerendered in \
         every language, its styles inlined; no WebAssembly needed)"
    );
    let later: usize = files.iter().map(|f| f.brotli).sum::<usize>() - first;
    println!(
        "first load (brotli): {first} bytes, with the largest language's text; later: the other \
         languages after the first screen, each scenario file when its call is opened, the LMS \
         runtime on an LMS launch, the studio when a trainer opens it ({later} bytes for all)"
    );
    Ok(Sizes {
        first_paint: paint,
        first_load: first,
    })
}

/// What the player's first visit weighs, brotli.
#[derive(Debug, Clone, Copy)]
pub struct Sizes {
    /// The page alone: enough for the first screen ([`crate::first_paint`]).
    pub first_paint: usize,
    /// Everything until the app has taken over ([`first_load_bytes`]).
    pub first_load: usize,
}

fn size_table(files: &[FileSize]) -> String {
    let width = files.iter().map(|f| f.path.len()).max().unwrap_or(0).max(5);
    let mut table = format!(
        "{:<width$} {:>10} {:>10} {:>10}\n",
        "file", "raw", "gzip", "brotli"
    );
    let (mut raw, mut gzip, mut brotli) = (0, 0, 0);
    for f in files {
        table += &format!(
            "{:<width$} {:>10} {:>10} {:>10}\n",
            f.path, f.raw, f.gzip, f.brotli
        );
        raw += f.raw;
        gzip += f.gzip;
        brotli += f.brotli;
    }
    table += &format!(
        "{:<width$} {:>10} {:>10} {:>10}",
        "total (bytes)", raw, gzip, brotli
    );
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compressed_sizes_are_smaller_for_repetitive_text() {
        let text = "CalmLine ".repeat(1000);
        let bytes = text.as_bytes();
        assert!(gzip_len(bytes).unwrap() < bytes.len() / 10);
        assert!(brotli_len(bytes).unwrap() < bytes.len() / 10);
    }

    #[test]
    fn scenario_files_are_not_part_of_the_first_load() {
        assert!(is_first_load("index.html"));
        assert!(is_first_load("calmline-1a2b.wasm"));
        assert!(is_first_load("scenarios/index.clc"));
        assert!(!is_first_load("scenarios/index.toml"));
        assert!(!is_first_load("scenarios/shouter-late-delivery.clc"));
        assert!(!is_first_load("scenarios/shouter-late-delivery.toml"));
        assert!(!is_first_load("studio/index.html"));
        assert!(!is_first_load("locales/pl.ftl"));
        let file = |path: &str, brotli| FileSize {
            path: path.to_owned(),
            raw: 0,
            gzip: 0,
            brotli,
        };
        let files = [
            file("index.html", 10),
            file("locales/pl.ftl", 7),
            file("locales/hu.ftl", 9),
            file("locales/en.ftl", 5),
            file("scenarios/a.clc", 100),
        ];
        assert_eq!(
            first_load_bytes(&files),
            19,
            "the page and the largest language"
        );
    }

    #[test]
    fn the_studio_page_is_the_player_page_with_authoring_and_without_the_copied_files() {
        let index =
            std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../index.html"))
                .unwrap();
        let studio = studio_page(&index).unwrap();
        assert!(studio.contains(r#"data-cargo-features="authoring""#));
        assert!(studio.contains("<title>CalmLine Studio</title>"));
        assert!(
            studio.contains("<html lang=\"en\" data-bundled "),
            "the studio carries its text"
        );
        // Only the studio's own worker is copied: not the player's library, LMS runtime or studio.
        let copied: Vec<&str> = studio.lines().filter(|l| l.contains("copy-dir")).collect();
        assert_eq!(copied, [format!("    {VERDICTS_COPY}")], "{studio}");
        assert!(
            studio.contains(r#"href="styles/studio.css""#),
            "the studio's own styles"
        );
        assert!(
            !index.contains("studio.css"),
            "the player carries none of them"
        );
        // Everything else is the player's page: the styles and the boot sign.
        for line in index
            .lines()
            .filter(|l| l.contains("rel=\"css\"") || l.contains("boot"))
        {
            assert!(studio.contains(line), "{line}");
        }
        assert!(!is_first_load("lms/calmline_lms_bg.wasm"));
    }

    #[test]
    fn the_table_sums_every_column() {
        let files = [
            FileSize {
                path: "a.wasm".into(),
                raw: 100,
                gzip: 50,
                brotli: 40,
            },
            FileSize {
                path: "index.html".into(),
                raw: 10,
                gzip: 9,
                brotli: 8,
            },
        ];
        let table = size_table(&files);
        let last = table.lines().last().unwrap();
        assert_eq!(
            last.split_whitespace().collect::<Vec<_>>(),
            ["total", "(bytes)", "110", "59", "48"]
        );
    }
}
