//! The debrief's holds: each time the customer was put on hold, how, for how long and what it
//! did to the mood, with what to do instead ([`calmline_engine::hold::Hold::lessons`]). Shown
//! only for a call with holds (helper D's part of the debrief). Each hold quotes what was said
//! around it, as the call's transcript showed it: the trainee's words putting the customer on
//! hold, coming back, and the customer's answer ([`crate::pages::call::hold::words`]).

use calmline_engine::hold::{Hold, Lesson};
use yew::prelude::*;

use crate::components::use_locale;
use crate::i18n::Locale;
use crate::pages::call::hold::{m_ss, words};

/// What was said around `hold`: the trainee's words on and back, then the customer's answer.
fn said(locale: &Locale, hold: &Hold) -> Html {
    let you = locale.text("call-you");
    let line = |who: &str, text: String| {
        html! {
            <li class="debrief-hold-said" data-testid="hold-said">
                <span class="debrief-hold-who">{ who }{ ": " }</span>{ text }
            </li>
        }
    };
    let on = match words::on(locale, hold.way, words::minutes(hold)) {
        Some(text) => line(&you, text),
        None => {
            html! { <li class="debrief-hold-said" data-testid="hold-said">{ words::silent_line(locale) }</li> }
        }
    };
    html! {
        <ul class="debrief-hold-words">
            { on }
            { line(&you, words::back(locale, hold.thanked)) }
            { line(&locale.text("debrief-hold-customer"), words::answer(locale, hold)) }
        </ul>
    }
}

/// Properties of [`Holds`].
#[derive(Properties, PartialEq)]
pub struct HoldsProps {
    /// The holds of the call, in order.
    pub holds: Vec<Hold>,
}

/// The holds of a call, each with its feedback; nothing for a call without holds.
#[component]
pub fn Holds(props: &HoldsProps) -> Html {
    let locale = use_locale();
    if props.holds.is_empty() {
        return Html::default();
    }
    let items = props.holds.iter().enumerate().map(|(i, hold)| {
        let summary = locale.text_with(
            "debrief-hold-item",
            &[
                ("number", (i as i64 + 1).into()),
                ("move", (i64::from(hold.before_move) + 1).into()),
                (
                    "way",
                    locale
                        .text(&format!("debrief-hold-way-{}", hold.way.id()))
                        .into(),
                ),
                ("time", m_ss(hold.held_ms).into()),
                ("before", i64::from(hold.mood_before).into()),
                ("after", i64::from(hold.mood_after).into()),
            ],
        );
        let lessons = hold.lessons().into_iter().map(|lesson| {
            let key = format!("debrief-hold-lesson-{}", lesson.id());
            let text = locale.text_with(&key, &[("promised", m_ss(hold.promised_ms).into())]);
            let good = lesson == Lesson::WellDone;
            html! {
                <li class={classes!("debrief-hold-lesson", good.then_some("is-good"))}
                    data-testid="hold-lesson" data-lesson={lesson.id()}>{ text }</li>
            }
        });
        html! {
            <li class="debrief-hold" data-testid="debrief-hold" data-way={hold.way.id()}>
                <p class="debrief-hold-summary">{ summary }</p>
                { said(&locale, hold) }
                <ul class="debrief-hold-lessons">{ for lessons }</ul>
            </li>
        }
    });
    html! {
        <section class="debrief-holds" aria-labelledby="holds-heading" data-testid="debrief-holds">
            <h2 id="holds-heading">{ locale.text("debrief-holds-heading") }</h2>
            <ol class="debrief-hold-list">{ for items }</ol>
        </section>
    }
}
