//! The browser edge: local storage, the document and the URL.
//!
//! Every call here may fail (storage disabled, no window in a worker, a tampered value); each
//! failure degrades to a default and never stops the app. Components call these functions only
//! from effects and callbacks, never while rendering, so that they also render natively.

use crate::i18n::{Lang, negotiate};
use crate::link;

/// The local-storage key of the trainee's explicit language choice.
pub const LANG_KEY: &str = "calmline.lang";

/// The language to start in: saved choice, link, browser languages, English.
pub fn initial_lang() -> Lang {
    negotiate(
        storage_get(LANG_KEY).as_deref(),
        link_param("lang").as_deref(),
        &browser_languages(),
    )
}

/// Remembers an explicit language choice across reloads (silently skipped when storage is off).
pub fn save_lang(lang: Lang) {
    storage_set(LANG_KEY, lang.code());
}

/// Makes the document follow the interface language: `<html lang>` (for screen readers,
/// hyphenation and fonts) and the window title.
pub fn show_language(lang: Lang, title: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
    document.set_title(title);
}

/// A parameter of the current link (see [`link::param`]).
pub fn link_param(key: &str) -> Option<String> {
    let location = web_sys::window()?.location();
    let search = location.search().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    link::param(&search, &hash, key)
}

fn browser_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut languages: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|value| value.as_string())
        .collect();
    if languages.is_empty() {
        languages.extend(navigator.language());
    }
    languages
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn storage_get(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

fn storage_set(key: &str, value: &str) {
    if let Some(storage) = local_storage() {
        // A full or disabled storage only means the choice is not remembered.
        let _ = storage.set_item(key, value);
    }
}
