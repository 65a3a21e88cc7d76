//! Where the keyboard goes when a screen arrives, and where it is left alone.
//!
//! A screen's arrival (its heading takes the focus, the page goes to its top) runs in an effect,
//! after the screen is drawn. Yew's scheduler yields to the browser when a render takes longer
//! than a frame, so on a slow phone the effect can run after the trainee has already clicked
//! into a box of the new screen and begun typing. Taking the focus then would send the rest of
//! what they type nowhere; so a screen that finds the keyboard in a field of its own page
//! leaves it (and the scroll) where the trainee put it.

use wasm_bindgen::JsCast;

use super::document;

/// Moves keyboard focus to the element with this id, if there is one.
pub fn focus(id: &str) {
    if let Some(el) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Starts a new screen: scrolls to the top and moves focus to `id` (a heading or the main
/// area), so that sighted, keyboard and screen-reader users all start at its beginning;
/// unless the trainee is already typing in a field of the page that holds `id` (see the
/// module's documentation).
pub fn start_screen(id: &str) {
    let Some(doc) = document() else {
        return;
    };
    let Some(el) = doc
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
        return;
    };
    if typing_within(&doc, &el) {
        return;
    }
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
    if !el.has_attribute("tabindex") {
        let _ = el.set_attribute("tabindex", "-1");
    }
    let _ = el.focus();
}

/// Whether the focused element is a field to type or choose in (the app's fields are
/// `input`, `textarea` and `select`; its buttons are `button`s), on the page (`#main`) that
/// holds `el`, or in `el` itself outside one.
fn typing_within(doc: &web_sys::Document, el: &web_sys::HtmlElement) -> bool {
    let Some(active) = doc.active_element() else {
        return false;
    };
    let page = doc
        .get_element_by_id("main")
        .filter(|main| main.contains(Some(el)))
        .unwrap_or_else(|| el.clone().into());
    page.contains(Some(&active))
        && matches!(active.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
}
