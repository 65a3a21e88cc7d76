//! The conversation on the call screen: the text of each transcript line in the current
//! language, and the transcript's items (the customer's lines, the trainee's, and events such
//! as silences, holds and the end), each named for screen readers.

use calmline_engine::run::wording_text;
use yew::prelude::*;

use super::hold;
use crate::call::{Call, Line};
use crate::i18n::Locale;

/// The text of a transcript line in the current language.
pub fn line_text(locale: &Locale, call: &Call, line: Line) -> String {
    let sc = &call.scenario;
    let reader = locale.reader();
    match line {
        Line::Customer(turn, variant) => sc
            .turn(turn)
            .lines
            .get(usize::from(variant))
            .map(|t| t.get(reader).into_owned())
            .unwrap_or_default(),
        Line::Agent(turn, reply) => wording_text(sc, call.state.deal(), turn, reply)
            .get(reader)
            .into_owned(),
        Line::AgentSilent(_) => locale.text("call-you-silent"),
        Line::CustomerWaits(turn) => sc.turn(turn).silence.line.get(reader).into_owned(),
        Line::CustomerReacts(turn, reply) => sc.turn(turn).replies[usize::from(reply)]
            .reaction
            .as_ref()
            .map(|t| t.get(reader).into_owned())
            .unwrap_or_default(),
        Line::AgentEnded => locale.text("call-you-ended"),
        Line::Hold(index) => hold::line_text(locale, call, index),
    }
}

/// The transcript's items for `lines`; `name` is the customer's.
pub fn transcript_items(locale: &Locale, call: &Call, lines: &[Line], name: &str) -> Html {
    lines
        .iter()
        .map(|&line| {
            let text = line_text(locale, call, line);
            match line {
                Line::Customer(..) | Line::CustomerWaits(_) | Line::CustomerReacts(..) => html! {
                    <li class="bubble bubble-customer" data-testid="customer-line">
                        <span class="visually-hidden">{ name }{ ": " }</span>{ text }
                    </li>
                },
                Line::Agent(..) => html! {
                    <li class="bubble bubble-agent" data-testid="agent-line">
                        <span class="visually-hidden">{ locale.text("call-you") }{ ": " }</span>{ text }
                    </li>
                },
                Line::AgentSilent(_) | Line::AgentEnded | Line::Hold(_) => html! {
                    <li class="bubble bubble-event">{ text }</li>
                },
            }
        })
        .collect()
}
