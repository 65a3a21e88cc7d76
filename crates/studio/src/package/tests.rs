use calmline_engine::{compiled, validate};

use super::*;

const CALL: &str = "shouter-late-delivery";

fn library_call() -> (String, Scenario) {
    let path = format!("{}/../../scenarios/{CALL}.toml", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).unwrap();
    let sc = validate(&format!("{CALL}.toml"), text.as_bytes())
        .into_result()
        .unwrap();
    (text, sc)
}

/// A release's files as `cargo xtask dist` leaves them, small: the page (with the library's
/// prerendered screens), module, styles, text, the library and its worker.
fn release() -> Vec<(String, Vec<u8>)> {
    let page = "<!doctype html>\n<html lang=\"en\" data-content-version=\"old1\" data-later-styles=\"later-1.css\" data-first-calls=\"a b\"><head>\n\
        <template id=\"first-catalog-pl\"><h1>Katalog</h1><a>A</a></template>\n  \
        <template id=\"first-briefing-pl\"><h1>Rozmowa</h1></template>\n  \
        <template id=\"first-catalog-en\"><h1>Catalog</h1></template>\n</head><body></body></html>\n";
    let mut files: Vec<(String, Vec<u8>)> = [
        ("index.html", page),
        ("calmline-1_bg.wasm", "\0asm module"),
        ("calmline-1.js", "export default 1;"),
        ("later-1.css", "p{}"),
        ("manifest.webmanifest", "{}"),
        ("locales/en.ftl", "a = b"),
        ("locales/pl.ftl", "a = c"),
        ("locales/hu.ftl", "a = d"),
        ("first/a-pl.html", "<p>a</p>"),
        ("scenarios/index.clc", "library catalog"),
        ("scenarios/a.clc", "library call"),
    ]
    .into_iter()
    .map(|(p, t)| (p.to_owned(), t.as_bytes().to_vec()))
    .collect();
    // As in a release, the worker does not precache the manifest.
    let urls: Vec<String> = files
        .iter()
        .filter(|(p, _)| p != MANIFEST)
        .map(|(p, _)| worker::url(p, "old1"))
        .collect();
    let source = "const VERSION = 'dev';\nconst PRECACHE = [];\nself.go = VERSION;\n";
    files.push((
        WORKER.to_owned(),
        worker::fill(source, "w1", &urls).unwrap().into_bytes(),
    ));
    files
}

/// What the studio fetches: the files [`player_files`] names, from `release`.
fn fetched(release: &[(String, Vec<u8>)]) -> Vec<(String, Vec<u8>)> {
    let worker =
        std::str::from_utf8(&release.iter().find(|(p, _)| p == WORKER).unwrap().1).unwrap();
    player_files(worker)
        .unwrap()
        .into_iter()
        .map(|path| release.iter().find(|(p, _)| *p == path).unwrap().clone())
        .collect()
}

fn text<'a>(files: &'a [(String, Vec<u8>)], path: &str) -> &'a str {
    std::str::from_utf8(
        &files
            .iter()
            .find(|(p, _)| p == path)
            .unwrap_or_else(|| panic!("{path}"))
            .1,
    )
    .unwrap()
}

fn package(text: &str, sc: &Scenario) -> Vec<(String, Vec<u8>)> {
    let call = Call {
        file: "my-call.toml",
        text,
        scenario: sc,
    };
    build(&call, &fetched(&release()), "Read me").unwrap()
}

#[test]
fn the_player_files_are_what_the_worker_precaches_but_the_library_with_the_worker_and_manifest() {
    let files = fetched(&release());
    let names: Vec<&str> = files.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        names,
        [
            "index.html",
            "calmline-1_bg.wasm",
            "calmline-1.js",
            "later-1.css",
            "locales/en.ftl",
            "locales/pl.ftl",
            "locales/hu.ftl",
            "sw.js",
            "manifest.webmanifest"
        ]
    );
}

#[test]
fn a_package_is_the_player_with_the_call_as_its_only_call() {
    let (source, sc) = library_call();
    let files = package(&source, &sc);
    let mut names: Vec<&str> = files.iter().map(|(p, _)| p.as_str()).collect();
    names.sort_unstable();
    assert_eq!(
        names,
        [
            "README.txt",
            "calmline-1.js",
            "calmline-1_bg.wasm",
            "index.html",
            "later-1.css",
            "locales/en.ftl",
            "locales/hu.ftl",
            "locales/pl.ftl",
            "manifest.webmanifest",
            "scenarios/index.clc",
            "scenarios/my-call.toml",
            &format!("scenarios/{CALL}.clc"),
            "sw.js",
        ]
    );
    let get = |path: &str| &files.iter().find(|(p, _)| p == path).unwrap().1;
    // The catalog names the call alone; the compiled call is the call.
    let entries = compiled::catalog_from_bytes(get("scenarios/index.clc")).unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(
        (entries[0].id.as_str(), entries[0].file.as_str()),
        (CALL, "my-call.toml")
    );
    assert_eq!(entries[0].title, sc.title);
    let played = compiled::scenario_from_bytes(get(&format!("scenarios/{CALL}.clc"))).unwrap();
    assert_eq!(
        compiled::scenario_to_bytes(&played),
        compiled::scenario_to_bytes(&sc)
    );
    // The source as saved, the player's files as fetched, the read-me as given.
    assert_eq!(text(&files, "scenarios/my-call.toml"), source);
    assert_eq!(get("calmline-1_bg.wasm"), b"\0asm module");
    assert_eq!(text(&files, "README.txt"), "Read me");
}

#[test]
fn the_page_names_its_own_content_and_shows_no_library_screen() {
    let (source, sc) = library_call();
    let files = package(&source, &sc);
    let page = text(&files, "index.html");
    let version = page
        .split("data-content-version=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    assert_eq!(version.len(), 16, "{page}");
    assert_ne!(version, "old1");
    assert!(page.contains("data-first-calls=\"\""), "{page}");
    assert!(
        page.contains(&format!("<html data-package=\"{CALL}\" lang=\"en\"")),
        "{page}"
    );
    assert!(!page.contains("first-catalog"), "{page}");
    assert!(!page.contains("Katalog"), "{page}");
    assert!(
        page.contains("<template id=\"first-briefing-pl\"><h1>Rozmowa</h1></template>"),
        "{page}"
    );
    // The worker precaches exactly the package's player files and call, under that version.
    let worker = text(&files, "sw.js");
    let (listed, listed_version) = worker::listed(worker).unwrap();
    assert_eq!(listed_version.as_deref(), Some(version));
    let mut expected: Vec<&str> = files
        .iter()
        .map(|(p, _)| p.as_str())
        .filter(|p| worker::precached(p))
        .collect();
    expected.sort_unstable();
    let mut listed: Vec<&str> = listed.iter().map(String::as_str).collect();
    listed.sort_unstable();
    assert_eq!(listed, expected);
    assert!(!worker.contains("const VERSION = 'w1';"), "{worker}");
    assert!(worker.ends_with("self.go = VERSION;\n"), "{worker}");
}

#[test]
fn the_same_call_gives_the_same_bytes_and_a_changed_call_a_new_version() {
    let (source, sc) = library_call();
    let first = package(&source, &sc);
    assert_eq!(first, package(&source, &sc));
    let changed = source.replacen(
        &format!("version = {}", sc.version),
        &format!("version = {}", sc.version + 1),
        1,
    );
    let sc2 = validate(&format!("{CALL}.toml"), changed.as_bytes())
        .into_result()
        .unwrap();
    let version = |files: &[(String, Vec<u8>)]| {
        text(files, "index.html")
            .split("data-content-version=\"")
            .nth(1)
            .unwrap()[..16]
            .to_owned()
    };
    assert_ne!(version(&first), version(&package(&changed, &sc2)));
}

#[test]
fn a_development_build_or_a_missing_file_is_said_plainly() {
    assert_eq!(
        player_files("const VERSION = 'dev';\nconst PRECACHE = [];"),
        Err(PackageError::NotARelease)
    );
    assert!(matches!(
        player_files("nothing here"),
        Err(PackageError::Unexpected(_))
    ));
    let (source, sc) = library_call();
    let call = Call {
        file: "my-call.toml",
        text: &source,
        scenario: &sc,
    };
    let mut files = fetched(&release());
    files.retain(|(p, _)| p != "sw.js");
    assert_eq!(
        build(&call, &files, "").unwrap_err(),
        PackageError::Missing("sw.js".to_owned())
    );
}
