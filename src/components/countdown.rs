//! The reply countdown and its controls, apart so that the clock can stay pinned in the call's
//! top bar while the controls sit by the replies. [`Countdown`] draws the seconds left as a
//! number and a shrinking ring; [`TimerControls`] offers "more time" (WCAG 2.2.1: the time can be
//! extended) and pause, both only when the reply is timed (while paused, the call's pause card
//! resumes). The parent owns the clock; these only
//! draw it, so they render natively too.

use yew::prelude::*;

use super::use_locale;

/// Properties of [`Countdown`].
#[derive(Properties, PartialEq)]
pub struct CountdownProps {
    /// Milliseconds left; `None` when the timer is off.
    pub remaining_ms: Option<u32>,
    /// The whole time for this reply, with extensions.
    pub limit_ms: Option<u32>,
    /// Whether the warning threshold is passed.
    pub warning: bool,
    /// The call is over: no countdown at all (never "no time limit", which would read as if the
    /// timer setting had changed).
    #[prop_or_default]
    pub ended: bool,
}

/// Seconds left as shown: rounded up, so "0" only when time is really up.
pub fn seconds_shown(remaining_ms: u32) -> u32 {
    remaining_ms.div_ceil(1000)
}

/// The countdown: a ring and the seconds left, or "no time limit".
#[component]
pub fn Countdown(props: &CountdownProps) -> Html {
    let locale = use_locale();
    if props.ended {
        return Html::default();
    }
    match (props.remaining_ms, props.limit_ms) {
        (Some(remaining), Some(limit)) => {
            let seconds = seconds_shown(remaining);
            let fraction = if limit == 0 {
                0.0
            } else {
                remaining as f32 / limit as f32
            };
            let circumference = 2.0 * std::f32::consts::PI * 20.0;
            let dash = format!("{:.1} {circumference:.1}", circumference * fraction);
            html! {
                <div class={classes!("timer", props.warning.then_some("is-warning"))}
                     data-testid="timer" data-remaining-ms={remaining.to_string()}>
                    <svg viewBox="0 0 48 48" aria-hidden="true" focusable="false">
                        <circle class="timer-track" cx="24" cy="24" r="20" />
                        <circle class="timer-ring" cx="24" cy="24" r="20" stroke-dasharray={dash} />
                    </svg>
                    <span class="timer-seconds">
                        <span class="visually-hidden">
                            { locale.text("timer-label") }{ " " }
                            { locale.count("seconds-left", i64::from(seconds)) }
                        </span>
                        <span aria-hidden="true">
                            { locale.text_with("seconds-short", &[("value", i64::from(seconds).into())]) }
                        </span>
                    </span>
                </div>
            }
        }
        _ => html! {
            <div class="timer is-off" data-testid="timer">
                <span class="timer-seconds">{ locale.text("timer-off-short") }</span>
            </div>
        },
    }
}

/// Properties of [`TimerControls`].
#[derive(Properties, PartialEq)]
pub struct TimerControlsProps {
    /// Whether the reply is timed; without a limit there is nothing to extend or pause.
    pub timed: bool,
    /// Why more time cannot be asked for now (said to screen readers beside the disabled
    /// button); `None` when it can.
    #[prop_or_default]
    pub no_extension: Option<String>,
    /// Whether the call is paused.
    pub paused: bool,
    /// Asks for more time.
    pub on_extend: Callback<()>,
    /// Pauses or resumes.
    pub on_pause: Callback<bool>,
}

/// "More time" and pause, shown only while the reply is timed (a paused call stays timed).
#[component]
pub fn TimerControls(props: &TimerControlsProps) -> Html {
    let locale = use_locale();
    if !props.timed {
        return Html::default();
    }
    let pause_label = locale.text("call-pause");
    let on_pause = {
        let paused = props.paused;
        props.on_pause.reform(move |_: MouseEvent| !paused)
    };
    let on_extend = props.on_extend.reform(|_: MouseEvent| ());
    html! {
        <>
            <button type="button" class="button button-quiet" data-testid="more-time"
                    disabled={props.no_extension.is_some()} onclick={on_extend}
                    aria-describedby={props.no_extension.is_some().then_some("more-time-why")}>
                { locale.text("timer-more") }
            </button>
            if let Some(why) = &props.no_extension {
                <span id="more-time-why" class="visually-hidden" data-testid="more-time-why">
                    { why.clone() }
                </span>
            }
            // While paused, the pause card's own button resumes: one "Resume", not two.
            if !props.paused {
                <button type="button" class="button button-quiet" data-testid="pause"
                        aria-pressed="false" onclick={on_pause}>
                    { pause_label }
                </button>
            }
        </>
    }
}
