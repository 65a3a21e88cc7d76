//! The call screen: the customer's face and mood, the conversation so far, the countdown, the
//! replies (the number keys choose), pause, more time and ending the call. Coach mode shows the
//! feedback on each move before the next reply.
//!
//! The reply clock lives in [`Call`]; this screen only reads the page's clock on a short
//! interval to redraw the countdown and to report that time is up. The tab being hidden pauses
//! the clock. New customer lines arrive in a live region; a timer warning is announced once.
//!
//! Layout: one compact bar (face, name, mood, call clock, reply timer) that a phone pins to the
//! top, the conversation, the timer's controls (more time, pause: reachable without scrolling
//! past the replies), the replies, then ending the call by the thumb. When the replies appear,
//! [`reveal`] scrolls the customer's newest line into view below the bar and brings the replies
//! up as far as they fit.
//!
//! A call that feels like one: the phone rings first ([`ring`]), the call clock runs from the
//! pick-up ([`clock`]), each customer line is said before the replies come ([`deliver`],
//! [`sound`]), the voice is offered once ([`voice_offer`]) and the end of the call is a moment
//! of its own before the debrief ([`hangup`]).
//!
//! The screen is the composition of its pieces: the hooks [`tick`] (the page clock, time up),
//! [`hidden`] (a hidden tab stops the clock), [`keys`], [`placing`] (focus and view follow the
//! call) and [`deliver`]; the parts [`bar`], [`waiting`] (speaking, paused), [`feedback`],
//! [`hangup`], [`timer_tools`], [`replies`], [`hold`] and [`end`] (ending the call).

mod bar;
mod clock;
mod deliver;
mod end;
mod feedback;
mod hangup;
mod hidden;
pub mod hold;
mod keys;
mod lines;
mod placing;
mod replies;
mod reveal;
pub mod ring;
mod sound;
mod tick;
mod timer_tools;
mod voice_offer;
mod waiting;

use calmline_engine::{TimerMode, timer};
use yew::prelude::*;

use self::bar::CallBar;
use self::end::EndCall;
use self::hangup::HangUp;
pub use self::lines::line_text;
use self::replies::Replies;
use self::timer_tools::TimerTools;
use self::voice_offer::VoiceOffer;
use self::waiting::{Paused, Speaking};

use crate::call::{Call, CallAction};
use crate::components::{use_locale, use_title};
use crate::context::use_app;

/// Properties of [`CallScreen`].
#[derive(Properties, PartialEq)]
pub struct CallScreenProps {
    /// The call.
    pub call: Call,
    /// Moves and controls.
    pub on_action: Callback<CallAction>,
    /// Goes on from the ended call to its debrief.
    #[prop_or_default]
    pub on_debrief: Callback<Call>,
}

/// The call screen.
#[component]
pub fn CallScreen(props: &CallScreenProps) -> Html {
    let locale = use_locale();
    let app = use_app();
    let call = &props.call;
    let sc = &call.scenario;
    let name = sc.customer.name.get(locale.reader()).into_owned();
    let confirm_end = use_state(|| false);
    use_title(locale.text_with("call-heading", &[("name", name.clone().into())]));

    // Redraw the countdown while the clock runs, and report when time is up.
    let now = tick::use_page_clock(call, props.on_action.clone());
    // A hidden tab stops the clock.
    hidden::use_hidden_tab(props.on_action.clone());
    // The number keys choose the reply shown at that position; not while the trainee is deciding
    // whether to end the call.
    keys::use_reply_keys(
        call.accepts_replies() && !*confirm_end,
        call.replies(),
        props.on_action.clone(),
    );
    // While the customer speaks, the "speaking" sign and its skip button are placed instead.
    let speaking = call.speaking && !call.feedback_open;
    // Focus follows the call: the feedback's button in coach mode, else the replies.
    placing::use_placing(call, speaking);

    let transcript = call.transcript();
    let (said, saying) = transcript.split_at(deliver::shown_lines(&transcript, call.speaking));
    let saying_text = saying
        .iter()
        .map(|&l| line_text(&locale, call, l))
        .collect::<Vec<_>>()
        .join(" ");
    deliver::use_delivery(
        call,
        saying_text,
        app.settings.voice,
        locale.lang(),
        props.on_action.clone(),
    );
    // The warning text appears in a live region when time runs short and stays until the next
    // turn, so it is announced once per turn.
    let remaining = call.remaining_ms(now);
    let warning = match (call.limit_ms(), remaining) {
        (Some(limit), Some(remaining)) => timer::is_warning(limit, limit - remaining),
        _ => false,
    };
    end::use_question_focus(*confirm_end);

    let log = lines::transcript_items(&locale, call, said, &name);
    let feedback = call
        .feedback_open
        .then(|| feedback::coach_feedback(&locale, call, &props.on_action))
        .flatten();
    let show_replies = call.accepts_replies() && call.state.turn().is_some();
    let timed = call.state.timer() != TimerMode::Off && !call.is_over();
    let over = call.is_over();
    let on_ask = {
        let confirm_end = confirm_end.clone();
        Callback::from(move |asking: bool| confirm_end.set(asking))
    };
    let on_action = props.on_action.clone();

    html! {
        <section class="call" aria-labelledby="call-heading" data-testid="call">
            <h1 id="call-heading" class="visually-hidden">
                { locale.text_with("call-heading", &[("name", name.clone().into())]) }
            </h1>
            <CallBar call={call.clone()} {remaining} {warning} {speaking} />
            <div class="visually-hidden" aria-live="assertive" data-testid="timer-announcement">
                // Only while the reply clock runs: not on hold, paused or after the turn.
                if warning && call.clock.is_running() {
                    { locale.text("timer-warning") }
                }
            </div>
            <VoiceOffer />
            <div role="log" aria-live="polite" aria-label={locale.text("call-transcript")}>
                <ol class="transcript">{ log }</ol>
            </div>
            if speaking && !over {
                <Speaking name={name.clone()} on_action={on_action.clone()} />
            }
            if call.paused && !over {
                <Paused on_action={on_action.clone()} />
            }
            { for feedback }
            if over && !call.feedback_open {
                <HangUp call={call.clone()} on_debrief={props.on_debrief.clone()} />
            }
            if timed {
                <TimerTools call={call.clone()} {now} on_action={on_action.clone()} />
            }
            if show_replies {
                <Replies call={call.clone()} on_action={on_action.clone()} />
            }
            // The hold button by the replies, or the on-hold panel in their place (helper D).
            <hold::HoldControls call={call.clone()} on_action={on_action.clone()} />
            if !over {
                <EndCall asking={*confirm_end} {on_ask} {on_action} />
            }
        </section>
    }
}
