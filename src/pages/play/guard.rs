//! While a call of the library is on, leaving it asks first: another route of the app through
//! the app's own dialog ([`crate::app::guard_leaving`]), which pauses the call, and closing or
//! reloading the tab through the browser's `beforeunload` prompt. The call is kept either way.
//! A trainer's own file is a preview, kept nowhere: the trainer leaves it freely.

use gloo::events::EventListener;
use yew::prelude::*;

use super::report::Page;
use super::{Phase, PhaseAction};
use crate::call::CallAction;
use crate::platform;

/// Guards leaving while the page's call is on.
#[hook]
pub fn use_leave_guard(page: &Page) {
    let in_call = !page.own && matches!(&*page.phase, Phase::Calling(call) if !call.is_over());
    let phase = page.phase.dispatcher();
    use_effect_with(in_call, move |in_call| {
        let on_ask = Callback::from(move |()| {
            let now = platform::now_ms();
            phase.dispatch(PhaseAction::Act(CallAction::SetPaused {
                paused: true,
                now,
            }));
        });
        let unload = in_call.then(|| {
            crate::app::guard_leaving(Some(on_ask));
            web_sys::window().map(|w| {
                EventListener::new_with_options(
                    &w,
                    "beforeunload",
                    gloo::events::EventListenerOptions::enable_prevent_default(),
                    |event| {
                        // The browser asks with its own words; the call is kept anyway.
                        event.prevent_default();
                        let _ = js_sys::Reflect::set(event, &"returnValue".into(), &"".into());
                    },
                )
            })
        });
        move || {
            if unload.is_some() {
                crate::app::guard_leaving(None);
            }
            drop(unload);
        }
    });
}
