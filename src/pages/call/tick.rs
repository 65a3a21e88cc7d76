//! The page clock as the call screen last read it: read again on a short interval while the
//! reply clock runs, to redraw the countdown and to report that time is up. Rendering never reads
//! the browser: before the first effect the time is 0 (the countdown then shows the whole time).

use gloo::timers::callback::Interval;
use yew::prelude::*;

use crate::call::{Call, CallAction};
use crate::platform;

/// How often the page clock is read while the reply clock runs, in ms.
const EVERY_MS: u32 = 200;

/// The page clock, redrawn while `call`'s reply clock runs; `Expire` when its time is up.
#[hook]
pub fn use_page_clock(call: &Call, on_action: Callback<CallAction>) -> f64 {
    let now = use_state(|| 0.0_f64);
    {
        let now = now.clone();
        use_effect_with(call.clone(), move |call| {
            now.set(platform::now_ms());
            let interval = (call.clock.is_running() && call.limit_ms().is_some()).then(|| {
                let call = call.clone();
                Interval::new(EVERY_MS, move || {
                    let t = platform::now_ms();
                    now.set(t);
                    if call.remaining_ms(t) == Some(0) {
                        on_action.emit(CallAction::Expire { now: t });
                    }
                })
            });
            move || drop(interval)
        });
    }
    *now
}
