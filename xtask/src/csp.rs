//! The Content Security Policy of the built pages, set in each page as a `<meta>` element.
//!
//! No 'unsafe-inline' and no 'unsafe-eval': the page's own inline scripts (the language and
//! loading-sign script of `index.html`, Trunk's module loader) are allowed by their SHA-256
//! hashes, computed here after Trunk's build, so any other inline script is refused; WebAssembly
//! compiles under 'wasm-unsafe-eval'. Styles come from the site's stylesheets and the first
//! screen's inlined `<style>` (by its hash, `first_paint.rs`); the app sets data-driven sizes
//! through the CSSOM (`src/components/styled.rs`), never a `style` attribute.
//!
//! `connect-src` is the one directive that cannot be just 'self': an xAPI or cmi5 launch sends
//! statements to the Learning Record Store the LMS names at launch time (cmi5's `endpoint`,
//! the xAPI package's configured LRS), which may be any HTTPS origin; plain HTTP only to this
//! machine (a trainer's or a test's local LRS). `frame-ancestors` cannot be set from a
//! `<meta>` (LMSs embed the player in frames anyway).

use base64::Engine as _;
use sha2::{Digest, Sha256};

use anyhow::{Result, ensure};

/// Every directive but `script-src` and `style-src`, which carry hashes.
const DIRECTIVES: &[&str] = &[
    "default-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
];

/// The bodies of `html`'s inline `<element>`s, in order (one with a `src` is not inline).
fn inline_bodies<'a>(html: &'a str, element: &str) -> Vec<&'a str> {
    let (open, close) = (format!("<{element}"), format!("</{element}>"));
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(&open) {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else {
            break;
        };
        let tag = &after[..open_end];
        let body_start = open_end + 1;
        let Some(end) = after[body_start..].find(&close) else {
            break;
        };
        if !tag.contains(" src=") {
            out.push(&after[body_start..body_start + end]);
        }
        rest = &after[body_start + end..];
    }
    out
}

/// The inline scripts' bodies of `html`, in order (a `<script>` with a `src` is not inline).
pub fn inline_scripts(html: &str) -> Vec<&str> {
    inline_bodies(html, "script")
}

/// The inline `<style>` elements' bodies of `html`, in order.
pub fn inline_styles(html: &str) -> Vec<&str> {
    inline_bodies(html, "style")
}

/// `'self'` and the hash of each body, after `directive`'s name and fixed sources.
fn hashed(directive: &str, bodies: &[&str]) -> String {
    let mut out = String::from(directive);
    for body in bodies {
        let hash =
            base64::engine::general_purpose::STANDARD.encode(Sha256::digest(body.as_bytes()));
        out.push_str(&format!(" 'sha256-{hash}'"));
    }
    out
}

/// The policy for a page with these inline scripts and styles.
pub fn policy(scripts: &[&str], styles: &[&str]) -> String {
    let mut all: Vec<String> = DIRECTIVES.iter().map(|d| (*d).to_owned()).collect();
    all.insert(1, hashed("script-src 'self' 'wasm-unsafe-eval'", scripts));
    all.insert(2, hashed("style-src 'self'", styles));
    all.join("; ")
}

/// `html` with its policy as the first element of `<head>`, so that it covers everything after.
pub fn apply(html: &str) -> Result<String> {
    ensure!(
        !html.contains("http-equiv=\"Content-Security-Policy\""),
        "the page has a policy already"
    );
    ensure!(
        !html.contains(" style=\""),
        "the page has an inline style attribute, which the policy would refuse"
    );
    let head = html.find("<head>").map(|i| i + "<head>".len());
    let Some(head) = head else {
        anyhow::bail!("the page has no <head>");
    };
    let meta = format!(
        "\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{}\" />",
        policy(&inline_scripts(html), &inline_styles(html))
    );
    Ok(format!("{}{meta}{}", &html[..head], &html[head..]))
}

/// Applies the policy to the page at `path`.
pub fn apply_to(path: &std::path::Path) -> Result<()> {
    let html = std::fs::read_to_string(path)?;
    std::fs::write(path, apply(&html)?)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_scripts_are_hashed_and_nothing_unsafe_is_allowed() {
        let page = "<html><head><meta charset=\"utf-8\" /><script src=\"a.js\"></script>\
                    <script>var a = 1;</script></head><body>\
                    <script type=\"module\">import x from './x.js';</script></body></html>";
        assert_eq!(
            inline_scripts(page),
            ["var a = 1;", "import x from './x.js';"]
        );
        let out = apply(page).unwrap();
        let policy = out
            .split("content=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .unwrap();
        // sha256("var a = 1;"), as `openssl dgst -sha256 -binary | base64` gives it.
        assert!(
            policy.contains("'sha256-+dZ6udsWxNVoGfScAq7t5IIF5UJb4F6RhjbN6oe1p4w='"),
            "{policy}"
        );
        assert_eq!(policy.matches("'sha256-").count(), 2);
        assert!(!policy.contains("unsafe-inline") && !policy.contains("'unsafe-eval'"));
        assert!(policy.contains("'wasm-unsafe-eval'"));
        assert!(policy.contains("style-src 'self';"), "{policy}");
        // An inline style element is allowed by its hash, and only it.
        let styled =
            apply("<html><head><style>p{margin:0}</style></head><body></body></html>").unwrap();
        assert_eq!(inline_styles(&styled), ["p{margin:0}"]);
        let style_src = styled
            .split("style-src")
            .nth(1)
            .unwrap()
            .split(';')
            .next()
            .unwrap();
        assert_eq!(style_src.matches("'sha256-").count(), 1, "{style_src}");
        assert!(!style_src.contains("unsafe"));
        assert!(
            out.find("Content-Security-Policy") < out.find("<script"),
            "the policy comes first"
        );
        // A page with an inline style attribute is refused: the policy would break it.
        assert!(apply("<html><head></head><body><p style=\"x\"></p></body></html>").is_err());
    }
}
