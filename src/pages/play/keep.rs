//! Keeping the call (see the play page's documentation): every reporter hears of each move, and
//! the reply clock and the call clock of the unfinished call are kept whenever they stop, start
//! or are extended, and when the page is hidden or goes away. Never on a timer tick.

use gloo::events::EventListener;
use yew::prelude::*;

use super::Phase;
use super::report::Page;
use crate::call::Call;
use crate::lms::Moment;
use crate::platform;

/// After every move: every reporter hears it (local progress keeps the call, records a
/// finished one; an LMS gets the move).
#[hook]
pub fn use_progress(page: &Page) {
    let progress_key = match &*page.phase {
        Phase::Calling(call) => Some((call.state.history().len(), call.is_over())),
        _ => None,
    };
    let page = page.clone();
    use_effect_with(progress_key, move |key| {
        let (Some((moves, _)), Phase::Calling(call)) = (key, &*page.phase) else {
            return;
        };
        if !page.own && *moves > 0 {
            page.report(Moment::Moved { call });
        }
        // An ended call stays on the call screen for its hang-up moment, which leads on to the
        // debrief (`use_debrief_mark`).
    });
}

/// The clocks of the unfinished call kept whenever they stop, start or are extended, and when
/// the page is hidden (`visibilitychange`) or goes away (`pagehide`, saved straight from the
/// latest call with the clocks read then), or the trainee leaves the call screen in the app.
#[hook]
pub fn use_clock_keeping(page: &Page) {
    let calling = match &*page.phase {
        Phase::Calling(call) if !page.own => Some(call.clone()),
        _ => None,
    };
    let latest = use_mut_ref(|| None::<Call>);
    let is_calling = calling.is_some();
    {
        let latest = latest.clone();
        let page = page.clone();
        let clock_key = calling.as_ref().map(|call| {
            (
                call.state.history().len(),
                call.clock.is_running(),
                call.call_clock.is_running(),
                call.extensions,
            )
        });
        use_effect_with((calling, clock_key), move |(calling, clock_key)| {
            *latest.borrow_mut() = calling.clone();
            if let (Some(call), Some(_)) = (calling, clock_key) {
                page.report(Moment::Clock { call });
            }
        });
    }
    let page = page.clone();
    use_effect_with(is_calling, move |calling| {
        let keep = move |leaving: bool| {
            if let Some(call) = latest.borrow().as_ref() {
                let moment = if leaving {
                    Moment::Leaving { call: Some(call) }
                } else {
                    Moment::Clock { call }
                };
                page.report(moment);
            }
        };
        let on_leave = keep.clone();
        let listeners = calling.then(|| {
            let window = web_sys::window();
            let document = window.as_ref().and_then(|w| w.document());
            let on_hide = keep.clone();
            (
                window.map(|w| EventListener::new(&w, "pagehide", move |_| keep(true))),
                document.map(|d| {
                    EventListener::new(&d, "visibilitychange", move |_| {
                        if platform::is_hidden() {
                            on_hide(false);
                        }
                    })
                }),
            )
        });
        // Leaving the call screen inside the app (another route, the catalog) keeps the clock
        // as it is then, so that coming back never gives the time back.
        move || {
            if listeners.is_some() {
                on_leave(false);
            }
            drop(listeners);
        }
    });
}
