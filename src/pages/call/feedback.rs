//! Coach feedback on the move just made: its grade, what the trainer says about it, and the
//! button that goes on to the next turn.

use calmline_engine::model::Grade;
use calmline_engine::run::Choice;
use yew::prelude::*;

use crate::call::{Call, CallAction};
use crate::i18n::Locale;
use crate::platform;

/// The feedback panel for the last move of `call`, if there is one.
pub fn coach_feedback(
    locale: &Locale,
    call: &Call,
    on_action: &Callback<CallAction>,
) -> Option<Html> {
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
    let go_on = on_action.reform(|_: MouseEvent| CallAction::Continue {
        now: platform::now_ms(),
    });
    Some(html! {
        <section class={classes!("coach", format!("grade-{}", grade.id()))}
                 aria-labelledby="coach-heading" data-testid="coach-feedback">
            <h2 id="coach-heading">
                <span class={classes!("badge", format!("grade-{}", grade.id()))}>
                    { locale.text(&format!("grade-{}", grade.id())) }
                </span>
                { " " }{ locale.text("coach-heading") }
            </h2>
            <p>{ text }</p>
            <button type="button" id="continue-call" class="button button-primary"
                    data-testid="continue" onclick={go_on}>
                { locale.text("coach-continue") }
            </button>
        </section>
    })
}
