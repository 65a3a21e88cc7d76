//! In-browser checks (wasm-bindgen-test in headless Chromium): what only a real DOM shows.
//!
//! The app is mounted into the test page, driven by clicks, and its effects on the document
//! (`<html lang>`, the title) and on local storage are read back.
#![cfg(target_arch = "wasm32")]

use calmline::i18n::Lang;
use calmline::platform::LANG_KEY;
use calmline::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Mounts the app in a fresh element and lets Yew render and run its effects.
async fn mount(initial_lang: Lang) -> web_sys::Element {
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    yew::Renderer::<App>::with_root_and_props(host.clone(), AppProps { initial_lang }).render();
    settle().await;
    host
}

async fn settle() {
    yew::platform::time::sleep(std::time::Duration::from_millis(30)).await;
}

fn click(host: &web_sys::Element, test_id: &str) {
    host.query_selector(&format!("[data-testid='{test_id}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("no element {test_id}"))
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
}

fn html_lang() -> Option<String> {
    document().document_element().unwrap().get_attribute("lang")
}

#[wasm_bindgen_test]
async fn first_paint_sets_the_document_language() {
    let host = mount(Lang::Pl).await;
    assert_eq!(html_lang().as_deref(), Some("pl"));
    assert!(host.text_content().unwrap().contains("Rozmowy treningowe"));
    host.remove();
}

#[wasm_bindgen_test]
async fn switching_language_redraws_and_is_remembered() {
    storage().remove_item(LANG_KEY).unwrap();
    let host = mount(Lang::En).await;
    assert!(host.text_content().unwrap().contains("Training calls"));

    click(&host, "lang-hu");
    settle().await;

    let text = host.text_content().unwrap();
    assert!(text.contains("Gyakorló hívások"), "{text}");
    assert!(!text.contains("Training calls"), "{text}");
    assert_eq!(html_lang().as_deref(), Some("hu"));
    assert_eq!(storage().get_item(LANG_KEY).unwrap().as_deref(), Some("hu"));
    let pressed = host
        .query_selector("[data-testid='lang-hu']")
        .unwrap()
        .unwrap()
        .get_attribute("aria-pressed");
    assert_eq!(pressed.as_deref(), Some("true"));

    // The saved choice wins over the browser's languages on the next start.
    assert_eq!(calmline::platform::initial_lang(), Lang::Hu);
    storage().remove_item(LANG_KEY).unwrap();
    host.remove();
}

#[wasm_bindgen_test]
async fn a_tampered_saved_language_is_ignored() {
    storage().remove_item(LANG_KEY).unwrap();
    let without_saved_choice = calmline::platform::initial_lang();
    for tampered in ["<img src=x>", "de", "", "p"] {
        storage().set_item(LANG_KEY, tampered).unwrap();
        assert_eq!(
            calmline::platform::initial_lang(),
            without_saved_choice,
            "{tampered}"
        );
    }
    storage().set_item(LANG_KEY, "pl").unwrap();
    assert_eq!(calmline::platform::initial_lang(), Lang::Pl);
    storage().remove_item(LANG_KEY).unwrap();
}
