//! The reply timer's controls on the call screen, "more time" and pause, placed where they can
//! be reached without scrolling past the replies. "More time" works only while the reply clock
//! runs, so that it can never be banked; why it is unavailable is given to screen readers.

use yew::prelude::*;

use crate::call::{Call, CallAction, NoExtension};
use crate::components::countdown::TimerControls;
use crate::components::use_locale;
use crate::platform;

/// Properties of [`TimerTools`].
#[derive(Properties, PartialEq)]
pub struct TimerToolsProps {
    /// The call, timed and not over.
    pub call: Call,
    /// The page clock as last read (0 before the first reading).
    pub now: f64,
    /// Asks for more time, pauses and resumes.
    pub on_action: Callback<CallAction>,
}

/// "More time" and pause for a timed call.
#[component]
pub fn TimerTools(props: &TimerToolsProps) -> Html {
    let locale = use_locale();
    let call = &props.call;
    let on_extend = props.on_action.reform(|()| CallAction::Extend {
        now: platform::now_ms(),
    });
    // (Before the first reading `now` is 0, which only makes the button look available for that
    // first render.)
    let no_extension = call.extension(props.now).err().map(|why| match why {
        NoExtension::UsedUp => locale.text("timer-more-used-up"),
        NoExtension::Untimed | NoExtension::Stopped | NoExtension::TimeUp => {
            locale.text("timer-more-stopped")
        }
    });
    let on_pause = props
        .on_action
        .reform(|paused: bool| CallAction::SetPaused {
            paused,
            now: platform::now_ms(),
        });
    html! {
        <div class="call-tools call-timer-tools" data-testid="timer-tools">
            <TimerControls timed=true {no_extension} paused={call.paused} {on_extend} {on_pause} />
        </div>
    }
}
