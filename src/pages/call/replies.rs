//! The replies on offer at the turn, one button each in the order dealt to the trainee, each
//! with the number key that chooses it ([`super::keys`]).

use calmline_engine::run::wording_text;
use yew::prelude::*;

use crate::call::{Call, CallAction};
use crate::components::use_locale;
use crate::platform;

/// Properties of [`Replies`].
#[derive(Properties, PartialEq)]
pub struct RepliesProps {
    /// The call, at a turn that takes a reply.
    pub call: Call,
    /// Chooses a reply.
    pub on_action: Callback<CallAction>,
}

/// "Your reply" and the reply buttons.
#[component]
pub fn Replies(props: &RepliesProps) -> Html {
    let locale = use_locale();
    let reader = locale.reader();
    let call = &props.call;
    let sc = &call.scenario;
    let turn = call.state.turn();
    let moves = call.state.history().len();
    let reply_buttons = call.replies().into_iter().enumerate().map(|(i, r)| {
        let reply_turn = turn.expect("replies only at a turn");
        let onclick = props
            .on_action
            .reform(move |_: MouseEvent| CallAction::Choose {
                reply: r,
                now: platform::now_ms(),
            });
        // A new button for every move, so that nothing of the last tap (focus, a touch screen's
        // hover) carries over to the reply now under the finger.
        html! {
            <li key={format!("{moves}-{r}")}>
                <button type="button" class="reply" data-testid="reply"
                        aria-keyshortcuts={(i + 1).to_string()} {onclick}>
                    <kbd class="reply-key" aria-hidden="true">{ i + 1 }</kbd>
                    <span class="reply-text">{ wording_text(sc, call.state.deal(), reply_turn, r).get(reader).into_owned() }</span>
                </button>
            </li>
        }
    });
    html! {
        <div class="replies-wrap">
            <h2 id="replies" class="replies-heading" tabindex="-1">{ locale.text("call-your-reply") }</h2>
            <ul class="replies" aria-labelledby="replies">
                { for reply_buttons }
            </ul>
        </div>
    }
}
