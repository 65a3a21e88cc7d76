//! A ready player with the trainer's call in it, for a trainer who cannot host a scenario file
//! for a shared link (issue 15, item 7): the files of one zip, made in the browser from the
//! release the studio is served with (the studio's page writes the zip: `src/studio/package.rs`).
//! Unpacked onto any static web server (an intranet, GitHub Pages,
//! Netlify…) it is the player as trainees know it, offline after one visit, with one call in
//! its catalog: the trainer's, compiled as `cargo xtask dist` compiles the library.
//!
//! The player's files are the ones its service worker precaches ([`worker::listed`]), minus
//! what the package replaces: the library's compiled calls and catalog, and the prerendered
//! library screens (`first/`, the catalog templates in the page). Its page and worker get a
//! content version of their own, so a browser that knew an earlier package at the same address
//! takes the new call, never a cached one. The page is marked as a package (`data-package`), so
//! the player does not offer the studio it does not carry. The files are deterministic: the
//! same call and player give the same bytes, in the same order.

pub mod worker;

use std::fmt;

use calmline_engine::{Scenario, catalog::Entry, compiled};

/// What went wrong while making a package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackageError {
    /// The studio is not served from a release build (`cargo xtask dist`), whose worker lists
    /// the player's files: a development server has none to copy.
    NotARelease,
    /// A player file the worker names is missing from what was fetched.
    Missing(String),
    /// The player's page or worker is not shaped as this studio expects.
    Unexpected(String),
}

impl fmt::Display for PackageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PackageError::NotARelease => write!(f, "the player is not a release build"),
            PackageError::Missing(path) => write!(f, "{path} is missing"),
            PackageError::Unexpected(what) => write!(f, "{what}"),
        }
    }
}

impl From<worker::Unfillable> for PackageError {
    fn from(e: worker::Unfillable) -> Self {
        PackageError::Unexpected(e.to_string())
    }
}

/// The player's page and service worker, which the package rewrites.
pub const PAGE: &str = "index.html";
pub const WORKER: &str = "sw.js";
/// The web app manifest the page names, which the worker does not precache (the browser fetches
/// it when installing).
pub const MANIFEST: &str = "manifest.webmanifest";
/// The read-me at the package's root, in the trainer's language.
pub const README: &str = "README.txt";

/// The files of the player to fetch (paths relative to the player's folder), read from its
/// service worker's source: every file it precaches but the library's calls, catalog and
/// prerendered briefings, which the package replaces; and the worker and the manifest.
pub fn player_files(worker_source: &str) -> Result<Vec<String>, PackageError> {
    let (files, version) = worker::listed(worker_source)?;
    if version.is_none() || !files.iter().any(|f| f == PAGE) {
        return Err(PackageError::NotARelease);
    }
    let mut files: Vec<String> = files.into_iter().filter(|f| !library(f)).collect();
    for more in [WORKER, MANIFEST] {
        if !files.iter().any(|f| f == more) {
            files.push(more.to_owned());
        }
    }
    Ok(files)
}

/// Whether a release file belongs to the library rather than to the player.
fn library(path: &str) -> bool {
    path.starts_with("scenarios/") || path.starts_with("first/")
}

/// The trainer's call as the package carries it.
pub struct Call<'a> {
    /// The file name it is saved under (`my-call.toml`).
    pub file: &'a str,
    /// The file's text, as saved.
    pub text: &'a str,
    /// The call, validated.
    pub scenario: &'a Scenario,
}

/// The package's files (path, bytes): the player's (`fetched`, as [`player_files`] named
/// them) with `call` as its only call and `readme` at its root.
pub fn build(
    call: &Call,
    fetched: &[(String, Vec<u8>)],
    readme: &str,
) -> Result<Vec<(String, Vec<u8>)>, PackageError> {
    let get = |path: &str| {
        fetched
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, bytes)| bytes.as_slice())
            .ok_or_else(|| PackageError::Missing(path.to_owned()))
    };
    let sc = call.scenario;
    let mut content: Vec<(String, Vec<u8>)> = vec![
        (
            format!("scenarios/{}", compiled::INDEX_FILE),
            compiled::catalog_to_bytes(&[Entry::of(call.file, sc)]),
        ),
        (
            format!("scenarios/{}", compiled::file_name(&sc.id)),
            compiled::scenario_to_bytes(sc),
        ),
    ];
    // The content version: the interface text and the compiled calls, as xtask hashes them.
    let mut hashed: Vec<&(String, Vec<u8>)> = fetched
        .iter()
        .filter(|(p, _)| p.starts_with("locales/"))
        .chain(content.iter())
        .collect();
    hashed.sort_by(|a, b| a.0.cmp(&b.0));
    let version = worker::version(hashed.iter().map(|(_, b)| b.as_slice()));
    let page_text = std::str::from_utf8(get(PAGE)?)
        .map_err(|_| PackageError::Unexpected(format!("{PAGE} is not UTF-8")))?;
    let page = package_page(page_text, &version, &sc.id)?;
    // Every file of the package, in a stable order: the player's as fetched, then the call's.
    let mut files: Vec<(String, Vec<u8>)> = fetched
        .iter()
        .filter(|(p, _)| p != WORKER && p != PAGE)
        .cloned()
        .collect();
    files.push((PAGE.to_owned(), page.into_bytes()));
    files.append(&mut content);
    files.sort_by(|a, b| a.0.cmp(&b.0));
    let precached: Vec<&(String, Vec<u8>)> =
        files.iter().filter(|(p, _)| worker::precached(p)).collect();
    let worker_version = worker::version(precached.iter().map(|(_, b)| b.as_slice()));
    let urls: Vec<String> = precached
        .iter()
        .map(|(p, _)| worker::url(p, &version))
        .collect();
    let worker_text = std::str::from_utf8(get(WORKER)?)
        .map_err(|_| PackageError::Unexpected(format!("{WORKER} is not UTF-8")))?;
    files.push((
        WORKER.to_owned(),
        worker::fill(worker_text, &worker_version, &urls)?.into_bytes(),
    ));
    files.push((
        format!("scenarios/{}", call.file),
        call.text.as_bytes().to_vec(),
    ));
    files.push((README.to_owned(), readme.as_bytes().to_vec()));
    Ok(files)
}

/// The player's page as a package serves it: the content version and the package's call named,
/// no prerendered library briefings, and no prerendered catalog (it shows the library's calls;
/// the loading sign shows until the package's own catalog is in).
pub fn package_page(page: &str, version: &str, id: &str) -> Result<String, PackageError> {
    let mut page = set_attribute(page, "data-content-version", version)?;
    page = set_attribute(&page, "data-first-calls", "")?;
    let html = page
        .find("<html")
        .ok_or_else(|| PackageError::Unexpected(format!("{PAGE} has no <html>")))?;
    page.insert_str(html + "<html".len(), &format!(" data-package=\"{id}\""));
    while let Some(start) = page.find("<template id=\"first-catalog-") {
        let end = page[start..]
            .find("</template>")
            .map(|e| start + e + "</template>".len())
            .ok_or_else(|| PackageError::Unexpected(format!("{PAGE} has an unclosed template")))?;
        page.replace_range(start..end, "");
    }
    Ok(page)
}

/// `page` with the value of its first `name="…"` attribute replaced by `value`.
fn set_attribute(page: &str, name: &str, value: &str) -> Result<String, PackageError> {
    let open = format!("{name}=\"");
    let start = page
        .find(&open)
        .ok_or_else(|| PackageError::Unexpected(format!("{PAGE} has no {name}")))?
        + open.len();
    let end = start
        + page[start..]
            .find('"')
            .ok_or_else(|| PackageError::Unexpected(format!("{PAGE} has no {name}")))?;
    Ok(format!("{}{value}{}", &page[..start], &page[end..]))
}

#[cfg(test)]
mod tests;
