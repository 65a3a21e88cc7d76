//! The moment a call ends, on the call screen: the last line stays, then "the line goes dead"
//! (the customer hung up, or the call ended, with what happened in the engine's words) and a
//! button, which has the focus, to the debrief. The moment stays until that button is pressed:
//! no time limit on reading it (WCAG 2.2.1), nor a focus jump under a screen reader.
//!
//! In coach mode the move that ended the call (the final reply, a silence the customer gave up
//! on, ending the call) gets its coach comment here, before the way on to the debrief: coach
//! mode promises a comment after every reply, and the decisive one matters most.

use yew::prelude::*;

use super::feedback;
use crate::call::Call;
use crate::components::use_locale;
use crate::platform;
use crate::settings::Mode;

/// Properties of [`HangUp`].
#[derive(Properties, PartialEq)]
pub struct HangUpProps {
    /// The ended call.
    pub call: Call,
    /// Goes to the debrief.
    pub on_debrief: Callback<Call>,
}

/// "The line goes dead."
#[component]
pub fn HangUp(props: &HangUpProps) -> Html {
    let locale = use_locale();
    let call = &props.call;
    let sc = &call.scenario;
    let Some(ending) = call.ending() else {
        return Html::default();
    };
    let ending = sc.ending(ending);
    let hung_up = ending.outcome == calmline_engine::model::Outcome::CustomerHungUp;
    use_effect_with((), move |_| platform::focus("to-debrief"));
    let go = {
        let call = call.clone();
        props.on_debrief.reform(move |_: MouseEvent| call.clone())
    };
    let name = sc.customer.name.get(locale.reader()).into_owned();
    let title = if hung_up {
        locale.text_with("hangup-customer", &[("name", name.into())])
    } else {
        locale.text("hangup-ended")
    };
    let coach = (call.mode == Mode::Coach)
        .then(|| feedback::final_feedback(&locale, call))
        .flatten();
    let described = if coach.is_some() {
        "hangup-title hangup-what final-coach-heading final-coach-heading-text"
    } else {
        "hangup-title hangup-what"
    };
    html! {
        <div class="hangup" data-testid="hangup" data-outcome={if hung_up { "hung-up" } else { "ended" }}>
            <p class="hangup-line" aria-hidden="true"></p>
            <h2 id="hangup-title" class="hangup-title">{ title }</h2>
            <p id="hangup-what" class="hangup-what">{ ending.text.get(locale.reader()).into_owned() }</p>
            { for coach }
            <button type="button" id="to-debrief" class="button button-primary" data-testid="to-debrief"
                    aria-describedby={described} onclick={go}>
                { locale.text("hangup-to-debrief") }
            </button>
        </div>
    }
}
