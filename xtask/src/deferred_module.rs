//! The player's module asked for once the first screen is painted, not beside it
//! (ARCHITECTURE.md, "First paint").
//!
//! Trunk's page imports the module's glue in a `<script type="module">` and preloads the glue,
//! its snippets and the WebAssembly from `<head>`, so all of them (about 270 KB brotli) start
//! with the page and share a weak connection with what the first screen needs: a trainer's
//! link's briefing arrives later, and Lighthouse's simulated load counts every request that
//! ends before the largest paint as holding that paint up. The first screen needs none of them
//! (it is prerendered). So after Trunk's build:
//! - the preload links are moved into `<template id="module-preloads">`, which the page's first
//!   script puts into `<head>` when the first screen has been painted (the catalog: the next
//!   frame; a trainer's link: its briefing in place), together with its own early fetches;
//! - the module script waits for that moment (`window.calmlineFirstScreen`, a promise the first
//!   script makes) and imports the glue then.
//!
//! The studio's page keeps Trunk's form: it has no prerendered first screen.

use anyhow::{Result, ensure};

/// The template the page's first script takes the preload links from.
pub const PRELOADS_TEMPLATE: &str = "module-preloads";

/// Trunk's preload tags of the module: its glue and snippets (`modulepreload`) and the
/// WebAssembly (`preload` as `fetch`).
fn preload_tags(html: &str) -> Vec<&str> {
    crate::first_paint::tags(html, "<link ")
        .into_iter()
        .filter(|tag| {
            tag.contains(r#"rel="modulepreload""#)
                || (tag.contains(r#"rel="preload""#) && tag.contains(r#"type="application/wasm""#))
        })
        .collect()
}

/// `html` (Trunk's release page) with its module asked for after the first paint (see the
/// module's doc). Fails when the page is not in the form Trunk writes it.
pub fn defer(html: &str) -> Result<String> {
    let tags = preload_tags(html);
    ensure!(
        tags.iter().any(|t| t.contains("application/wasm")),
        "the page has no preload of its WebAssembly"
    );
    let import = html
        .find("import init, * as bindings from '")
        .map(|at| {
            let from = &html[at..];
            &from[..from.find(";\n").map_or(0, |end| end + 2)]
        })
        .filter(|line| !line.is_empty());
    let Some(import) = import else {
        anyhow::bail!("the page has no `import init, * as bindings from '…';` line");
    };
    let glue = import
        .trim_start_matches("import init, * as bindings from ")
        .trim_end_matches(";\n");
    let waiting = format!(
        "await window.calmlineFirstScreen;\nconst bindings = await import({glue});\nconst init = bindings.default;\n"
    );
    let template = format!(
        "<template id=\"{PRELOADS_TEMPLATE}\">{}</template>",
        tags.concat()
    );
    let mut page = html.replacen(import, &waiting, 1);
    for tag in &tags {
        page = page.replacen(tag, "", 1);
    }
    let head_end = page.find("</head>").unwrap_or(0);
    ensure!(head_end > 0, "the page has no </head>");
    page.insert_str(head_end, &template);
    Ok(page)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<html><head><script type=\"module\">\n\
        import init, * as bindings from './app-1.js';\n\
        const wasm = await init({ module_or_path: './app-2_bg.wasm' });\n\
        window.wasmBindings = bindings;\n</script>\n\
        <link rel=\"stylesheet\" href=\"later.css\">\
        <link rel=\"modulepreload\" href=\"./app-1.js\" integrity=\"sha384-a\">\
        <link rel=\"modulepreload\" href=\"./snippets/x/inline0.js\" integrity=\"sha384-b\">\
        <link rel=\"preload\" href=\"./app-2_bg.wasm\" integrity=\"sha384-c\" as=\"fetch\" type=\"application/wasm\">\
        </head><body></body></html>";

    #[test]
    fn the_module_waits_for_the_first_screen_and_its_preloads_move_into_a_template() {
        let page = defer(PAGE).unwrap();
        assert!(!page.contains("import init"));
        assert!(page.contains(
            "await window.calmlineFirstScreen;\nconst bindings = await import('./app-1.js');\nconst init = bindings.default;\nconst wasm = await init("
        ));
        let template = page.find("<template id=\"module-preloads\">").unwrap();
        let head_end = page.find("</head>").unwrap();
        assert!(template < head_end);
        // Every preload is in the template (with its integrity), none outside it; other links
        // stay where they were.
        for tag in ["sha384-a", "sha384-b", "sha384-c"] {
            assert_eq!(page.matches(tag).count(), 1, "{tag}");
            assert!(page.find(tag).unwrap() > template, "{tag}");
        }
        assert!(page.find("later.css").unwrap() < template);
    }

    #[test]
    fn a_page_not_in_trunks_form_is_refused() {
        assert!(defer("<html><head></head></html>").is_err());
        let no_import = PAGE.replace("import init, * as bindings from", "import init from");
        assert!(defer(&no_import).is_err());
    }
}
