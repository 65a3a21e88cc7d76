//! Fetching the site's own files: the interface text, the catalog and the compiled calls.
//!
//! Each is fetched under the release's content version (`?v=<version>`, the
//! `data-content-version` of `<html>` that `cargo xtask dist` writes), so that a release never
//! mixes its files with an older one's cached copy, the service worker's precache answers them
//! by their exact address, and the requests that `index.html`'s first script preloads (the
//! trainee's language, the catalog, the call a trainer's link names) are the very ones the app
//! asks for, handed over by the browser instead of fetched twice (ARCHITECTURE.md, "First
//! paint"). Under `trunk serve` and in the studio the version is "dev": those fetches revalidate
//! with the server every time instead.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::Lang;

/// Why a file could not be fetched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// The server answered with this HTTP status.
    Status(u16),
    /// No answer (offline, blocked).
    Network,
}

/// The version of a source checkout, `trunk serve` and the studio.
const DEV: &str = "dev";

/// The release's content version named by the page, or "dev" (also natively, where there is no
/// page: the server-side rendering of `src/prerender.rs`).
pub fn content_version() -> String {
    if cfg!(not(target_arch = "wasm32")) {
        return DEV.to_owned();
    }
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("data-content-version"))
        .unwrap_or_else(|| DEV.to_owned())
}

/// A request started: the browser fetches while other work (or other requests) go on.
pub struct Pending(Option<JsFuture>);

/// Starts fetching a file next to the page (`locales/…`, `scenarios/…`), under the release's
/// version.
pub fn start(path: &str) -> Pending {
    start_with(path, false)
}

/// [`start`], or with `fresh` checked with the server whatever the browser keeps (a retry after
/// a failed or damaged file).
fn start_with(path: &str, fresh: bool) -> Pending {
    start_at(path, &content_version(), fresh)
}

/// Starts fetching a file as `version` (this release's, or an older one's that the service
/// worker keeps for an unfinished call).
pub fn start_at(path: &str, version: &str, fresh: bool) -> Pending {
    let init = web_sys::RequestInit::new();
    init.set_cache(if fresh || version == DEV {
        web_sys::RequestCache::NoCache
    } else {
        web_sys::RequestCache::Default
    });
    let url = format!("{path}?v={version}");
    Pending(web_sys::window().map(|w| JsFuture::from(w.fetch_with_str_and_init(&url, &init))))
}

impl Pending {
    /// The file's bytes once it has arrived.
    pub async fn bytes(self) -> Result<Vec<u8>, FetchError> {
        let response = self.0.ok_or(FetchError::Network)?.await;
        let response: web_sys::Response = response
            .map_err(|_| FetchError::Network)?
            .dyn_into()
            .map_err(|_| FetchError::Network)?;
        if !response.ok() {
            return Err(FetchError::Status(response.status()));
        }
        let buffer = JsFuture::from(response.array_buffer().map_err(|_| FetchError::Network)?)
            .await
            .map_err(|_| FetchError::Network)?;
        Ok(js_sys::Uint8Array::new(&buffer).to_vec())
    }

    /// The file as UTF-8 text once it has arrived.
    pub async fn text(self) -> Result<String, FetchError> {
        String::from_utf8(self.bytes().await?).map_err(|_| FetchError::Network)
    }
}

/// Fetches a file next to the page (`scenarios/…`) as bytes; `fresh` when the trainee retries
/// after a failure (see [`start_with`]).
pub async fn fetch_bytes(path: &str, fresh: bool) -> Result<Vec<u8>, FetchError> {
    start_with(path, fresh).bytes().await
}

/// Where the interface text of `lang` is, next to the player.
pub fn locale_path(lang: Lang) -> String {
    format!("locales/{}.ftl", lang.code())
}

/// The interface text of `lang`.
pub async fn fetch_locale(lang: Lang) -> Result<String, FetchError> {
    start(&locale_path(lang)).text().await
}
