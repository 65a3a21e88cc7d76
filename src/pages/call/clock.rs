//! The call clock: how long the trainee has been on the phone (mm:ss), in the call bar next to
//! the reply timer. It runs from the pick-up while the call is on and stops while it is paused
//! or the tab hidden.
//!
//! The time is the call reducer's call clock ([`Call::call_clock`]): it never goes back across
//! turns, and a reload resumes it exactly where it stood (its time is kept with the saved call).

use gloo::timers::callback::Interval;
use yew::prelude::*;

use crate::call::Clock;
use crate::components::use_locale;
use crate::platform;

/// `mm:ss` (minutes go past 59 rather than adding hours: no training call is that long).
pub fn mm_ss(ms: u32) -> String {
    let s = ms / 1000;
    format!("{:02}:{:02}", s / 60, s % 60)
}

/// Properties of [`CallClock`].
#[derive(Properties, PartialEq)]
pub struct CallClockProps {
    /// The call clock (running or stopped).
    pub clock: Clock,
}

/// The call time, redrawn every half second while it runs.
#[component]
pub fn CallClock(props: &CallClockProps) -> Html {
    let locale = use_locale();
    let tick = use_state(|| 0_u32);
    {
        let tick = tick.clone();
        let clock = props.clock;
        use_effect_with(clock, move |clock| {
            let clock = *clock;
            let redraw = clock.is_running().then(|| {
                Interval::new(500, move || tick.set(clock.elapsed_ms(platform::now_ms())))
            });
            move || drop(redraw)
        });
    }
    let elapsed = props.clock.elapsed_ms(platform::now_ms());
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
