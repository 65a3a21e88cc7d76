//! Ending the call by the trainee, at the thumb below the replies: a button, then the question
//! "end the call now?", which takes the focus when it opens and answers yes or no. While it is
//! asked, the number keys choose no reply.

use yew::prelude::*;

use crate::call::CallAction;
use crate::components::use_locale;
use crate::platform;

/// Properties of [`EndCall`].
#[derive(Properties, PartialEq)]
pub struct EndCallProps {
    /// Whether the question is open.
    pub asking: bool,
    /// Opens (`true`) or closes the question.
    pub on_ask: Callback<bool>,
    /// Ends the call.
    pub on_action: Callback<CallAction>,
}

/// The end-call button, or the question.
#[component]
pub fn EndCall(props: &EndCallProps) -> Html {
    let locale = use_locale();
    let ask_end = props.on_ask.reform(|_: MouseEvent| true);
    let keep_talking = props.on_ask.reform(|_: MouseEvent| false);
    let end_now = props.on_action.reform(|_: MouseEvent| CallAction::EndCall {
        now: platform::now_ms(),
    });
    html! {
        <div class="call-tools">
            if props.asking {
                <div class="confirm-end" role="group" aria-label={locale.text("call-end-confirm")}>
                    <p>{ locale.text("call-end-confirm") }</p>
                    <button type="button" id="confirm-end-yes" class="button button-danger" data-testid="confirm-end"
                            onclick={end_now}>{ locale.text("call-end-yes") }</button>
                    <button type="button" class="button button-quiet"
                            onclick={keep_talking}>{ locale.text("call-end-no") }</button>
                </div>
            } else {
                <button type="button" class="button button-danger end-call" data-testid="end-call"
                        onclick={ask_end}>{ locale.text("call-end") }</button>
            }
        </div>
    }
}

/// The question takes the focus when it opens.
#[hook]
pub fn use_question_focus(asking: bool) {
    use_effect_with(asking, |open| {
        if *open {
            platform::focus("confirm-end-yes");
        }
    });
}
