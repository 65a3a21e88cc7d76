//! The two moments the call waits on: while the customer speaks, a "speaking" sign with a
//! button that skips to the end of the line; while the call is paused, a card whose button
//! resumes it (the pause control itself hides then: one "Resume", not two).

use yew::prelude::*;

use crate::call::CallAction;
use crate::components::use_locale;
use crate::platform;

/// Properties of [`Speaking`].
#[derive(Properties, PartialEq)]
pub struct SpeakingProps {
    /// The customer's name.
    pub name: String,
    /// Delivers the line at once.
    pub on_action: Callback<CallAction>,
}

/// "… is speaking", and the skip button.
#[component]
pub fn Speaking(props: &SpeakingProps) -> Html {
    let locale = use_locale();
    let skip = props
        .on_action
        .reform(|_: MouseEvent| CallAction::Delivered {
            now: platform::now_ms(),
        });
    html! {
        <div class="speaking" data-testid="speaking">
            <p id="speaking-text" class="speaking-text">
                <span class="speaking-dots" aria-hidden="true"><span></span><span></span><span></span></span>
                { locale.text_with("call-speaking", &[("name", props.name.clone().into())]) }
            </p>
            <button type="button" id="skip-speaking" class="button button-quiet" data-testid="skip-speaking"
                    aria-describedby="speaking-text" onclick={skip}>{ locale.text("call-speaking-skip") }</button>
        </div>
    }
}

/// Properties of [`Paused`].
#[derive(Properties, PartialEq)]
pub struct PausedProps {
    /// Resumes the call.
    pub on_action: Callback<CallAction>,
}

/// The pause card.
#[component]
pub fn Paused(props: &PausedProps) -> Html {
    let locale = use_locale();
    let resume = props
        .on_action
        .reform(|_: MouseEvent| CallAction::SetPaused {
            paused: false,
            now: platform::now_ms(),
        });
    html! {
        <div class="paused-panel" data-testid="paused">
            <h2>{ locale.text("call-paused-title") }</h2>
            <p>{ locale.text("call-paused-body") }</p>
            <button type="button" id="resume-call" class="button button-primary"
                    data-testid="resume" onclick={resume}>{ locale.text("call-resume") }</button>
        </div>
    }
}
