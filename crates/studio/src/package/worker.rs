//! The service worker's precache list and version, as one rule for both places that write
//! them: `cargo xtask dist` (the release, `xtask/src/offline.rs`) and the studio's player
//! package ([`super`]), which lists its own call instead of the library's. The worker's source
//! (`assets/sw.js`) holds `const VERSION = '…';` and `const PRECACHE = […];`, filled in here.

use std::fmt;

/// FNV-1a, 64 bits: a version that changes whenever the bytes hashed do.
pub fn fnv(bytes: &[u8]) -> u64 {
    hash([bytes])
}

/// The version of a set of files: [`fnv`] over their bytes one after the other, as 16 hex digits.
pub fn version<'a>(files: impl IntoIterator<Item = &'a [u8]>) -> String {
    format!("{:016x}", hash(files))
}

fn hash<'a>(parts: impl IntoIterator<Item = &'a [u8]>) -> u64 {
    parts
        .into_iter()
        .flatten()
        .fold(0xcbf2_9ce4_8422_2325, |h, b| {
            (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
        })
}

/// Whether the service worker caches this file of the site: the player's page, module, styles,
/// icon, manifest, interface text, catalog and compiled calls; not the studio, the LMS runtime
/// (an LMS serves its own files), the TOML sources, a package's read-me or the worker itself.
pub fn precached(path: &str) -> bool {
    let elsewhere = ["studio/", "lms/"];
    !elsewhere.iter().any(|dir| path.starts_with(dir))
        && !path.ends_with(".toml")
        && !path.ends_with(".txt")
        && path != "sw.js"
}

/// The address the page fetches `path` at: the interface text, the compiled calls and the
/// calls' first briefings carry the content version (`?v=`, `src/fetch.rs`), the rest is
/// named by its own hash already.
pub fn url(path: &str, content_version: &str) -> String {
    let versioned = ["locales/", "first/"].iter().any(|d| path.starts_with(d));
    if versioned || path.ends_with(".clc") {
        format!("{path}?v={content_version}")
    } else {
        path.to_owned()
    }
}

/// What the worker's source lacks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unfillable(pub &'static str);

impl fmt::Display for Unfillable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the service worker has no `{}`", self.0)
    }
}

impl std::error::Error for Unfillable {}

const VERSION: (&str, &str) = ("const VERSION = '", "';");
const PRECACHE: (&str, &str) = ("const PRECACHE = [", "];");

/// The byte range of the text between `open` and the first `close` after it.
fn inside(
    source: &str,
    (open, close): (&'static str, &'static str),
) -> Result<(usize, usize), Unfillable> {
    let start = source.find(open).ok_or(Unfillable(open))? + open.len();
    let end = start + source[start..].find(close).ok_or(Unfillable(close))?;
    Ok((start, end))
}

/// `source` with its version and precache list replaced by `version` and `urls` (`./`, the
/// page's own address, first). Works on the source as written (`'dev'`, an empty list) and on
/// a release's worker alike.
pub fn fill(source: &str, version: &str, urls: &[String]) -> Result<String, Unfillable> {
    let (start, end) = inside(source, VERSION)?;
    let source = format!("{}{version}{}", &source[..start], &source[end..]);
    let (start, end) = inside(&source, PRECACHE)?;
    let list: String = std::iter::once("./")
        .chain(urls.iter().map(String::as_str))
        .map(|u| format!("\n  '{u}',"))
        .collect();
    Ok(format!("{}{list}\n{}", &source[..start], &source[end..]))
}

/// The files a release's worker precaches (their paths, without `./` or the `?v=` query), and
/// the content version the page asks for them with (`None` when nothing carries one).
pub fn listed(source: &str) -> Result<(Vec<String>, Option<String>), Unfillable> {
    let (start, end) = inside(source, PRECACHE)?;
    let mut version = None;
    let files = source[start..end]
        .split(',')
        .filter_map(|item| {
            let item = item.trim().trim_matches('\'');
            (!item.is_empty() && item != "./").then_some(item)
        })
        .map(|item| match item.split_once("?v=") {
            Some((path, v)) => {
                version = Some(v.to_owned());
                path.to_owned()
            }
            None => item.to_owned(),
        })
        .collect();
    Ok((files, version))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str =
        "// the worker\nconst VERSION = 'dev';\nconst PRECACHE = [];\nself.x = VERSION;\n";

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
            "README.txt",
            "sw.js",
        ] {
            assert!(!precached(path), "{path}");
        }
    }

    #[test]
    fn the_text_and_the_calls_carry_the_content_version_and_named_files_do_not() {
        assert_eq!(url("locales/pl.ftl", "ab"), "locales/pl.ftl?v=ab");
        assert_eq!(url("scenarios/x.clc", "ab"), "scenarios/x.clc?v=ab");
        assert_eq!(url("first/x-pl.html", "ab"), "first/x-pl.html?v=ab");
        assert_eq!(url("calmline-1a_bg.wasm", "ab"), "calmline-1a_bg.wasm");
    }

    #[test]
    fn a_filled_worker_lists_what_it_was_given_and_can_be_filled_again() {
        let urls = vec!["index.html".to_owned(), url("scenarios/x.clc", "c1")];
        let once = fill(SOURCE, "v1", &urls).unwrap();
        assert!(once.contains("const VERSION = 'v1';"), "{once}");
        assert!(
            once.contains(
                "const PRECACHE = [\n  './',\n  'index.html',\n  'scenarios/x.clc?v=c1',\n];"
            ),
            "{once}"
        );
        assert!(once.ends_with("self.x = VERSION;\n"));
        assert_eq!(
            listed(&once).unwrap(),
            (
                vec!["index.html".to_owned(), "scenarios/x.clc".to_owned()],
                Some("c1".to_owned())
            )
        );
        let twice = fill(&once, "v2", &urls[..1]).unwrap();
        assert_eq!(twice, fill(SOURCE, "v2", &urls[..1]).unwrap());
        assert_eq!(listed(SOURCE).unwrap(), (vec![], None));
    }

    #[test]
    fn a_worker_without_its_version_or_list_is_refused() {
        assert_eq!(
            fill("const PRECACHE = [];", "v", &[]),
            Err(Unfillable(VERSION.0))
        );
        assert_eq!(
            listed("const VERSION = 'dev';"),
            Err(Unfillable(PRECACHE.0))
        );
    }
}
