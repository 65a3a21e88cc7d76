//! The studio's keyboard shortcuts for its own history: Ctrl+Z undoes the last change to the
//! call, Ctrl+Shift+Z and Ctrl+Y redo it (⌘ instead of Ctrl on a Mac). Not while typing in a
//! text field: there the browser's own undo of the typing applies, and the change is made to
//! the call only when the field is left. The toolbar's Undo and Redo say so in their titles.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What a key pressed with Ctrl (or ⌘) held asks: `Some(true)` undo, `Some(false)` redo.
fn history_key(key: &str, shift: bool) -> Option<bool> {
    match (key.to_ascii_lowercase().as_str(), shift) {
        ("z", false) => Some(true),
        ("z", true) | ("y", false) => Some(false),
        _ => None,
    }
}

/// Whether `el` is a field the trainer types text into.
fn typing_in(el: &web_sys::HtmlElement) -> bool {
    match el.tag_name().as_str() {
        "TEXTAREA" => true,
        "INPUT" => !matches!(
            el.get_attribute("type").unwrap_or_default().as_str(),
            "checkbox" | "radio" | "button" | "submit" | "reset" | "file"
        ),
        _ => el.is_content_editable(),
    }
}

/// Listens for the history shortcuts while the editor is shown: `on_history` gets `true` to
/// undo, `false` to redo.
#[hook]
pub fn use_history_keys(on_history: Callback<bool>) {
    use_effect_with(on_history, move |on_history| {
        let on_history = on_history.clone();
        let listener = web_sys::window()
            .and_then(|w| w.document())
            .map(|document| {
                let options = EventListenerOptions::enable_prevent_default();
                EventListener::new_with_options(&document, "keydown", options, move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    if !(event.ctrl_key() || event.meta_key()) || event.alt_key() {
                        return;
                    }
                    let Some(undo) = history_key(&event.key(), event.shift_key()) else {
                        return;
                    };
                    let typing = event
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
                        .is_some_and(|el| typing_in(&el));
                    if !typing {
                        event.prevent_default();
                        on_history.emit(undo);
                    }
                })
            });
        move || drop(listener)
    });
}

#[cfg(test)]
mod tests {
    use super::history_key;

    #[test]
    fn ctrl_z_undoes_and_ctrl_shift_z_or_ctrl_y_redo() {
        assert_eq!(history_key("z", false), Some(true));
        assert_eq!(history_key("Z", true), Some(false));
        assert_eq!(history_key("y", false), Some(false));
        assert_eq!(history_key("y", true), None);
        assert_eq!(history_key("s", false), None);
    }
}
