//! A hidden tab stops the call's clocks (said to the call when the screen opens and whenever
//! the tab is hidden or shown again); a voice still speaking stops when the call screen goes.

use gloo::events::EventListener;
use yew::prelude::*;

use crate::call::CallAction;
use crate::platform;

/// Tells the call whether the tab is hidden, now and on every change.
#[hook]
pub fn use_hidden_tab(on_action: Callback<CallAction>) {
    use_effect_with((), move |_| {
        let on_action_now = on_action.clone();
        on_action_now.emit(CallAction::SetHidden {
            hidden: platform::is_hidden(),
            now: platform::now_ms(),
        });
        let listener = web_sys::window()
            .and_then(|w| w.document())
            .map(|document| {
                EventListener::new(&document, "visibilitychange", move |_| {
                    on_action.emit(CallAction::SetHidden {
                        hidden: platform::is_hidden(),
                        now: platform::now_ms(),
                    });
                })
            });
        move || {
            drop(listener);
            platform::stop_speaking();
        }
    });
}
