//! The call clock: how long the trainee has been on the phone (mm:ss), in the call bar next to
//! the reply timer. It runs from the pick-up while the call is on and stops while it is paused
//! or the tab hidden.
//!
//! A reload does not keep the exact call time: a resumed call's clock starts from the time its
//! replies took (the reply clock of each move, and of the unanswered turn), which leaves out the
//! customer's speaking and any coach feedback read, so it is a little short, never too long.

use gloo::timers::callback::Interval;
use yew::prelude::*;

use crate::call::{Call, Clock};
use crate::components::use_locale;
use crate::platform;

/// `mm:ss` (minutes go past 59 rather than adding hours: no training call is that long).
pub fn mm_ss(ms: u32) -> String {
    let s = ms / 1000;
    format!("{:02}:{:02}", s / 60, s % 60)
}

/// The call time a call already has when its screen opens (see the module documentation).
pub fn time_so_far(call: &Call, now: f64) -> u32 {
    let moves: u32 = call.state.history().iter().map(|s| s.elapsed_ms).sum();
    moves.saturating_add(call.pending(now).elapsed_ms)
}

/// Properties of [`CallClock`].
#[derive(Properties, PartialEq)]
pub struct CallClockProps {
    /// The call time when the screen opened.
    pub start_ms: u32,
    /// Whether the call is running (not paused, not hidden, not over).
    pub running: bool,
}

/// The call time, redrawn every half second while it runs.
#[component]
pub fn CallClock(props: &CallClockProps) -> Html {
    let locale = use_locale();
    let clock = {
        let (start, running) = (props.start_ms, props.running);
        use_mut_ref(move || Clock::with_elapsed(platform::now_ms(), start, running))
    };
    let tick = use_state(|| 0_u32);
    {
        let clock = clock.clone();
        let tick = tick.clone();
        use_effect_with(props.running, move |running| {
            clock.borrow_mut().set_running(*running, platform::now_ms());
            let redraw = running.then(|| {
                Interval::new(500, move || {
                    tick.set(clock.borrow().elapsed_ms(platform::now_ms()))
                })
            });
            move || drop(redraw)
        });
    }
    let elapsed = clock.borrow().elapsed_ms(platform::now_ms());
    html! {
        <p class="call-clock" data-testid="call-clock" data-elapsed-ms={elapsed.to_string()}>
            <span class="visually-hidden">{ locale.text("call-clock-label") }{ " " }</span>
            <span class="call-clock-time">{ mm_ss(elapsed) }</span>
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::mm_ss;

    #[test]
    fn call_time_reads_as_minutes_and_seconds() {
        assert_eq!(mm_ss(0), "00:00");
        assert_eq!(mm_ss(59_999), "00:59");
        assert_eq!(mm_ss(61_000), "01:01");
        assert_eq!(mm_ss(3_600_000), "60:00");
    }
}
