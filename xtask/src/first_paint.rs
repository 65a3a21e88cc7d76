//! The player's first paint, made after Trunk's release build: a first screen that needs no
//! WebAssembly, in the trainee's language (ARCHITECTURE.md, "First paint").
//!
//! - The catalog and a trainer's link's briefing frame are rendered natively in every language
//!   by the app's own components (the `prerender` binary, `src/prerender.rs`) and put into the
//!   page as `<template id="first-<screen>-<lang>">`; the page's first script copies the one for
//!   the trainee's language and address into the loading sign before the first paint, and the
//!   app replaces it, finished, in one frame (`src/boot.rs`).
//! - A trainer's link shows its frame at once, then its call's own briefing, rendered here for
//!   every call and language into `first/<id>-<lang>.html`, which the first script fetches
//!   beside the module and puts in the frame's place (until the app replaces it).
//! - The stylesheets are joined here (Trunk's SCSS support would download a compiler): those the
//!   first screens use are inlined in one `<style>` (allowed by its hash, `csp.rs`), the rest
//!   joined into one `later-<hash>.css` that the first script adds without blocking the paint.
//! - The release's content version (locales and compiled calls) is named on `<html>`: the app
//!   and the page's preloads fetch every file under it (`src/fetch.rs`).

use std::path::Path;

use anyhow::{Context, Result, bail, ensure};

use crate::{lms_module, proc, toolchain};

/// The stylesheets (by their name in `styles/`) that the first screens need, inlined; the
/// others load after the first paint. Their order in the page is kept.
pub const FIRST_STYLES: [&str; 6] = [
    "base", "shell", "catalog", "briefing", "progress", "trainer",
];

/// Renders the first screens into `target/site/first` (the `prerender` binary) and returns
/// `(id, html)` for each template.
fn render(root: &Path) -> Result<Vec<(String, String)>> {
    let out = root.join("target").join("site").join("first");
    let index = root.join("target/site/scenarios/index.clc");
    proc::run(
        std::process::Command::new(toolchain::cargo_on_path())
            .args([
                "run",
                "--quiet",
                "-p",
                "calmline",
                "--bin",
                "prerender",
                "--all-features",
                "--",
            ])
            .arg(&index)
            .arg(&out)
            .current_dir(root),
    )?;
    write_calls(&out, &root.join("dist").join("first"))?;
    let mut templates = Vec::new();
    for lang in calmline_engine::Lang::ALL {
        for screen in ["catalog", "briefing"] {
            let name = format!("{screen}-{}", lang.code());
            let path = out.join(format!("{name}.html"));
            let html = std::fs::read_to_string(&path)
                .with_context(|| format!("reading {}", path.display()))?;
            templates.push((format!("first-{name}"), without_test_ids(&html)));
        }
    }
    Ok(templates)
}

/// Copies each call's prerendered briefing (`call-<id>-<lang>.html` in `rendered`) to
/// `<dist_first>/<id>-<lang>.html`, without test ids; refuses an inline style attribute, which
/// the page's policy would block.
fn write_calls(rendered: &Path, dist_first: &Path) -> Result<()> {
    std::fs::create_dir_all(dist_first)?;
    for entry in std::fs::read_dir(rendered)? {
        let path = entry?.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let Some(call) = name.strip_prefix("call-") else {
            continue;
        };
        let html = std::fs::read_to_string(&path)?;
        ensure!(
            !has_style_attribute(&html),
            "{name} has an inline style attribute"
        );
        std::fs::write(dist_first.join(call), without_test_ids(&html))?;
    }
    Ok(())
}

/// The ids of the calls with a prerendered briefing in `dist_first` (`<id>-<lang>.html`).
fn first_calls(dist_first: &Path) -> Result<Vec<String>> {
    let mut ids = Vec::new();
    for entry in std::fs::read_dir(dist_first)? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if let Some((id, _)) = name.trim_end_matches(".html").rsplit_once('-')
            && !ids.iter().any(|known| known == id)
        {
            ids.push(id.to_owned());
        }
    }
    ids.sort();
    Ok(ids)
}

/// Whether a tag of `html` has a `style` attribute (escaped text that shows one does not count).
pub fn has_style_attribute(html: &str) -> bool {
    html.split('<')
        .skip(1)
        .any(|tag| tag.split('>').next().is_some_and(|t| t.contains(" style=")))
}

/// `html` without its `data-testid` attributes: the prerendered screen looks and reads the
/// same, but only the live app's elements carry test ids, so a test that waits for one waits
/// for the app (the first screen's own tests find it by its text and classes).
pub fn without_test_ids(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find(" data-testid=\"") {
        out.push_str(&rest[..start]);
        let value = &rest[start + " data-testid=\"".len()..];
        rest = value.find('"').map_or("", |end| &value[end + 1..]);
    }
    out.push_str(rest);
    out
}

/// A stylesheet link of Trunk's output: `<link rel="stylesheet" href="./<name>-<hash>.css" …/>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StyleLink {
    /// The whole tag, as it stands in the page.
    pub tag: String,
    /// The file, relative to `dist/`.
    pub file: String,
    /// The stylesheet's name in `styles/` (the file name without Trunk's hash).
    pub name: String,
}

/// Every tag of `html` that starts with `open` (through its `>`), in order.
pub fn tags<'a>(html: &'a str, open: &str) -> Vec<&'a str> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(open) {
        let after = &rest[start..];
        let Some(end) = after.find('>') else { break };
        found.push(&after[..=end]);
        rest = &after[end + 1..];
    }
    found
}

/// Trunk's stylesheet links in `html`, in order.
pub fn style_links(html: &str) -> Vec<StyleLink> {
    const OPEN: &str = "<link rel=\"stylesheet\" href=\"";
    tags(html, OPEN)
        .into_iter()
        .map(|tag| {
            let href = &tag[OPEN.len()..];
            let file = href[..href.find('"').unwrap_or(href.len())]
                .trim_start_matches("./")
                .to_owned();
            let stem = file.trim_end_matches(".css");
            let name = stem
                .rsplit_once('-')
                .map_or(stem, |(name, _)| name)
                .to_owned();
            StyleLink {
                tag: tag.to_owned(),
                file,
                name,
            }
        })
        .collect()
}

/// What the page becomes: `html` (Trunk's output) with the first screens' styles inlined
/// (`first_css`), the later styles' file named (`later_file`), the content version and the
/// calls with a prerendered briefing (`calls`) named, and the templates at the end of `<head>`.
pub fn compose(
    html: &str,
    links: &[StyleLink],
    first_css: &str,
    later_file: &str,
    version: &str,
    calls: &[String],
    templates: &[(String, String)],
) -> Result<String> {
    let Some(first) = links.first() else {
        bail!("the page has no stylesheet links to join");
    };
    let mut page = html.replacen(&first.tag, &format!("<style>{first_css}</style>"), 1);
    for link in &links[1..] {
        page = page.replacen(&link.tag, "", 1);
    }
    let dev = r#"data-content-version="dev""#;
    ensure!(page.contains(dev), "the page has no {dev}");
    page = page.replacen(
        dev,
        &format!(
            r#"data-content-version="{version}" data-later-styles="{later_file}" data-first-calls="{}""#,
            calls.join(" ")
        ),
        1,
    );
    // In `<head>`: nothing of them is painted, and the loading sign and the script that shows
    // one of them come first in `<body>`, so the first paint is already the screen.
    let head_end = page.find("</head>").context("the page has no </head>")?;
    let mut inserted = String::new();
    for (id, html) in templates {
        ensure!(!html.contains("</template>"), "{id} holds a </template>");
        inserted.push_str(&format!("  <template id=\"{id}\">{html}</template>\n  "));
    }
    page.insert_str(head_end, &inserted);
    Ok(page)
}

/// The release's content version: a hash of every language's text and every compiled call.
fn content_version(dist: &Path) -> Result<String> {
    let mut all = Vec::new();
    for dir in ["locales", "scenarios"] {
        let mut files: Vec<_> = std::fs::read_dir(dist.join(dir))
            .with_context(|| format!("reading dist/{dir}"))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ftl" || x == "clc"))
            .collect();
        files.sort();
        for file in files {
            all.extend(std::fs::read(&file)?);
        }
    }
    Ok(format!("{:016x}", lms_module::fnv(&all)))
}

/// Makes `dist/index.html`'s first paint (see the module's doc); returns the content version.
pub fn apply(root: &Path) -> Result<String> {
    let dist = root.join("dist");
    let page = dist.join("index.html");
    let html = std::fs::read_to_string(&page).context("reading dist/index.html")?;
    let links = style_links(&html);
    let (mut first_css, mut later_css) = (String::new(), String::new());
    for link in &links {
        let css = std::fs::read_to_string(dist.join(&link.file))
            .with_context(|| format!("reading dist/{}", link.file))?;
        let into = if FIRST_STYLES.contains(&link.name.as_str()) {
            &mut first_css
        } else {
            &mut later_css
        };
        into.push_str(&css);
        into.push('\n');
        std::fs::remove_file(dist.join(&link.file))?;
    }
    ensure!(
        !first_css.contains("</style"),
        "a stylesheet holds </style>, which would end the inlined styles"
    );
    let later_file = format!("later-{:016x}.css", lms_module::fnv(later_css.as_bytes()));
    std::fs::write(dist.join(&later_file), &later_css)?;
    let version = content_version(&dist)?;
    let templates = render(root)?;
    let html = compose(
        &html,
        &links,
        &first_css,
        &later_file,
        &version,
        &first_calls(&dist.join("first"))?,
        &templates,
    )?;
    std::fs::write(&page, html)?;
    println!(
        "first paint: {} first screens prerendered, {} of {} stylesheets inlined, content version {version}",
        templates.len(),
        links
            .iter()
            .filter(|l| FIRST_STYLES.contains(&l.name.as_str()))
            .count(),
        links.len()
    );
    Ok(version)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<html lang=\"en\" data-content-version=\"dev\"><head>\
        <link rel=\"stylesheet\" href=\"./base-0a1b.css\" integrity=\"sha384-x\"/>\
        <link rel=\"stylesheet\" href=\"./call-2c3d.css\" integrity=\"sha384-y\"/>\
        </head><body><div id=\"boot\"></div><script>pick();</script></body></html>";

    #[test]
    fn a_style_attribute_is_found_in_tags_only() {
        assert!(has_style_attribute(r#"<p style="x">a</p>"#));
        assert!(!has_style_attribute(
            r#"<textarea>&lt;iframe style="x"&gt;</textarea>"#
        ));
    }

    #[test]
    fn test_ids_are_left_to_the_live_app() {
        assert_eq!(
            without_test_ids(r#"<a data-testid="card" href="x">A</a><p data-testid="b">B</p>"#),
            r#"<a href="x">A</a><p>B</p>"#
        );
    }

    #[test]
    fn trunks_stylesheet_links_are_found_with_their_names() {
        let links = style_links(PAGE);
        assert_eq!(links.len(), 2);
        assert_eq!(links[0].file, "base-0a1b.css");
        assert_eq!(links[0].name, "base");
        assert_eq!(links[1].name, "call");
        assert!(links[1].tag.starts_with("<link") && links[1].tag.ends_with("/>"));
    }

    #[test]
    fn the_page_gets_inlined_styles_the_version_and_the_templates_in_its_head() {
        let links = style_links(PAGE);
        let templates = vec![(
            "first-catalog-pl".to_owned(),
            "<main>Rozmowy</main>".to_owned(),
        )];
        let calls = vec!["late-delivery".to_owned()];
        let css = "body{margin:0}";
        let page = compose(PAGE, &links, css, "later-9.css", "abc", &calls, &templates).unwrap();
        assert!(
            page.contains("<head><style>body{margin:0}</style>"),
            "{page}"
        );
        assert!(!page.contains("rel=\"stylesheet\""), "{page}");
        assert!(page.contains(
            r#"data-content-version="abc" data-later-styles="later-9.css" data-first-calls="late-delivery""#
        ));
        // The templates in <head>, so the loading sign and its script come first in <body>.
        let template =
            page.find("<template id=\"first-catalog-pl\"><main>Rozmowy</main></template>");
        assert!(
            template.is_some() && template < page.find("</head>"),
            "{page}"
        );
        // A template that would end early is refused, and so is a page without styles.
        let bad = vec![("first-x".to_owned(), "</template>".to_owned())];
        assert!(compose(PAGE, &links, "", "l.css", "v", &[], &bad).is_err());
        let bare = "<html><head></head><body><script></script></body></html>";
        assert!(compose(bare, &[], "", "l", "v", &[], &[]).is_err());
    }
}
