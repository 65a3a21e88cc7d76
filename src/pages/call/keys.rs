//! The number keys choose the reply shown at that position (not while typing in a field, nor with a
//! modifier held).

use gloo::events::{EventListener, EventListenerOptions};
use yew::prelude::*;

use crate::call::CallAction;
use crate::platform;

/// Listens for the digit keys while `accepts` (the replies are on screen and nothing else asks
/// for an answer).
#[hook]
pub fn use_reply_keys(accepts: bool, replies: Vec<u8>, on_action: Callback<CallAction>) {
    use_effect_with((accepts, replies), move |(accepts, replies)| {
        let accepts = *accepts;
        let replies = replies.clone();
        let listener = web_sys::window()
            .and_then(|w| w.document())
            .map(|document| {
                let options = EventListenerOptions::enable_prevent_default();
                EventListener::new_with_options(&document, "keydown", options, move |event| {
                    use wasm_bindgen::JsCast;
                    let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    if !accepts || event.ctrl_key() || event.alt_key() || event.meta_key() {
                        return;
                    }
                    let typing = event
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
                        .is_some_and(|el| {
                            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                        });
                    if typing {
                        return;
                    }
                    let Some(position) = event.key().parse::<usize>().ok().filter(|n| *n >= 1)
                    else {
                        return;
                    };
                    if let Some(&reply) = replies.get(position - 1) {
                        event.prevent_default();
                        on_action.emit(CallAction::Choose {
                            reply,
                            now: platform::now_ms(),
                        });
                    }
                })
            });
        move || drop(listener)
    });
}
