//! Coach feedback on the move just made: its grade, what the trainer says about it, and the
//! button that goes on to the next turn. The move that ends the call gets the same feedback on
//! the call's end card ([`super::hangup`]), without the button: coach mode promises a comment
//! after every reply, the decisive one included.

use calmline_engine::model::Grade;
use calmline_engine::run::Choice;
use yew::prelude::*;

use crate::call::{Call, CallAction};
use crate::i18n::Locale;
use crate::platform;

/// The grade and the trainer's words on the last move of `call`, if there is one.
pub fn last_move(locale: &Locale, call: &Call) -> Option<(Grade, String)> {
    let sc = &call.scenario;
    let reader = locale.reader();
    let step = call.state.history().last().copied()?;
    let turn = sc.turn(step.turn);
    let (grade, text) = match step.choice {
        Choice::Reply(r) => {
            let reply = &turn.replies[usize::from(r)];
            (
                reply.grade,
                reply.feedback.as_ref().map(|f| f.get(reader).into_owned()),
            )
        }
        Choice::Silence => (
            Grade::Poor,
            Some(turn.silence.feedback.get(reader).into_owned()),
        ),
        Choice::HangUp(rule) => {
            let rule = &sc.hang_up[usize::from(rule)];
            (rule.grade, Some(rule.feedback.get(reader).into_owned()))
        }
    };
    let text = text.unwrap_or_else(|| locale.text("feedback-best-default"));
    Some((grade, text))
}

/// The feedback card on the last move; `id` names its heading, `after` follows the words.
fn card(locale: &Locale, call: &Call, id: &'static str, after: Html) -> Option<Html> {
    let (grade, text) = last_move(locale, call)?;
    Some(html! {
        <section class={classes!("coach", format!("grade-{}", grade.id()))}
                 aria-labelledby={id} data-testid="coach-feedback" data-grade={grade.id()}>
            <h2 {id}>
                <span class={classes!("badge", format!("grade-{}", grade.id()))}>
                    { locale.text(&format!("grade-{}", grade.id())) }
                </span>
                { " " }{ locale.text("coach-heading") }
            </h2>
            <p id={format!("{id}-text")}>{ text }</p>
            { after }
        </section>
    })
}

/// The feedback panel for the last move of `call`, if there is one.
pub fn coach_feedback(
    locale: &Locale,
    call: &Call,
    on_action: &Callback<CallAction>,
) -> Option<Html> {
    let go_on = on_action.reform(|_: MouseEvent| CallAction::Continue {
        now: platform::now_ms(),
    });
    let button = html! {
        <button type="button" id="continue-call" class="button button-primary"
                data-testid="continue" onclick={go_on}>
            { locale.text("coach-continue") }
        </button>
    };
    card(locale, call, "coach-heading", button)
}

/// The feedback on the move that ended the call, for its end card (no button: the end card's
/// own button goes on to the debrief).
pub fn final_feedback(locale: &Locale, call: &Call) -> Option<Html> {
    card(locale, call, "final-coach-heading", Html::default())
}
