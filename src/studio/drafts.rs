//! Drafts kept in this browser's local storage: each call's text under its own key, saved after
//! every change, and the list of them (`calmline_studio::shelf`). Nothing is uploaded; "clear my
//! data" in the settings removes them with everything else. A browser that cannot keep one (full,
//! private) is said so, and the trainer saves the file instead.

use calmline_studio::shelf::{self, Kept};

const LIST: &str = "calmline.studio.drafts";
const PREFIX: &str = "calmline.studio.draft.";

/// The drafts this browser keeps, newest first.
pub fn list() -> Vec<Kept> {
    let kept = shelf::read(&calmline_web::storage_get(LIST).unwrap_or_default());
    // A name whose text is gone (removed elsewhere) is not offered.
    kept.into_iter()
        .filter(|k| calmline_web::storage_get(&format!("{PREFIX}{}", k.name)).is_some())
        .collect()
}

/// A kept draft's text.
pub fn load(name: &str) -> Option<String> {
    calmline_web::storage_get(&format!("{PREFIX}{name}"))
}

/// Keeps `text` as the draft `name` (`new_call`: `Kept::new_call`); `false` when the browser
/// would not keep it.
pub fn keep(name: &str, text: &str, new_call: bool) -> bool {
    let Some(storage) = calmline_web::local_storage() else {
        return false;
    };
    if storage.set_item(&format!("{PREFIX}{name}"), text).is_err() {
        return false;
    }
    let (list, gone) = shelf::saved(&list(), name, new_call, calmline_web::unix_ms());
    for old in gone {
        let _ = storage.remove_item(&format!("{PREFIX}{old}"));
    }
    storage.set_item(LIST, &shelf::write(&list)).is_ok()
}

/// Forgets the draft `name`; returns it (its place in the list and its text), so that the
/// delete can be undone.
pub fn forget(name: &str) -> Option<(Kept, String)> {
    let list = list();
    let gone = list
        .iter()
        .find(|k| k.name == name)
        .cloned()
        .zip(load(name));
    calmline_web::storage_remove(&format!("{PREFIX}{name}"));
    calmline_web::storage_set(LIST, &shelf::write(&shelf::without(&list, name)));
    gone
}

/// Gives a forgotten draft back exactly: its text under its name, in its place in the list.
pub fn restore(kept: &Kept, text: &str) -> bool {
    let Some(storage) = calmline_web::local_storage() else {
        return false;
    };
    storage
        .set_item(&format!("{PREFIX}{}", kept.name), text)
        .is_ok()
        && storage
            .set_item(LIST, &shelf::write(&shelf::restored(&list(), kept)))
            .is_ok()
}

/// Keeps what is being typed when the page goes away (QA m4: text typed into a field and the
/// tab closed was lost, as a change is made when the field is left). When the page is hidden
/// (another tab or app, the tab closed, a phone locked) the focused field is left, which makes
/// its change and keeps the draft, before the browser may discard the page.
#[yew::hook]
pub fn use_keep_on_leave() {
    yew::use_effect_with((), |_| {
        let listener = web_sys::window()
            .and_then(|w| w.document())
            .map(|document| {
                let target = document.clone();
                gloo::events::EventListener::new(&target, "visibilitychange", move |_| {
                    if document.visibility_state() != web_sys::VisibilityState::Hidden {
                        return;
                    }
                    if let Some(field) = document.active_element().and_then(|e| {
                        wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()
                    }) {
                        let _ = field.blur();
                    }
                })
            });
        move || drop(listener)
    });
}
