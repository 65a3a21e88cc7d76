//! The conversation on the call screen: the text of each transcript line in the current
//! language, and the transcript's items (the customer's lines, the trainee's, and events such
//! as silences, holds and the end), each named for screen readers.
//!
//! A hold shows what was said: the trainee's words putting the customer on hold (as soon as the
//! hold starts), the time on hold, the words coming back and the customer's answer
//! ([`hold::words`]). A second silence in a row gets an escalating line, not the same one again.

use calmline_engine::run::wording_text;
use yew::prelude::*;

use super::hold::{self, words};
use crate::call::{Call, Line};
use crate::i18n::Locale;

/// The text of a transcript line in the current language.
pub fn line_text(locale: &Locale, call: &Call, line: Line) -> String {
    let sc = &call.scenario;
    let reader = locale.reader();
    let held = |index: usize| call.state.holds().get(index).copied();
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
        Line::CustomerWaitsAgain(_, n) => locale.text(again_key(n)),
        Line::CustomerReacts(turn, reply) => sc.turn(turn).replies[usize::from(reply)]
            .reaction
            .as_ref()
            .map(|t| t.get(reader).into_owned())
            .unwrap_or_default(),
        Line::AgentEnded => locale.text("call-you-ended"),
        Line::Hold(index) => hold::line_text(locale, call, index),
        Line::HoldBack(index) => held(index)
            .map(|h| words::back(locale, h.thanked))
            .unwrap_or_default(),
        Line::HoldAck(index) => held(index)
            .map(|h| words::answer(locale, &h))
            .unwrap_or_default(),
    }
}

/// The locale key of the customer's line after `n` silences in a row just before this one.
pub fn again_key(n: u8) -> &'static str {
    if n <= 1 {
        "silence-again-1"
    } else {
        "silence-again-more"
    }
}

/// The customer's bubble.
fn customer(name: &str, text: String) -> Html {
    html! {
        <li class="bubble bubble-customer" data-testid="customer-line">
            <span class="visually-hidden">{ name }{ ": " }</span>{ text }
        </li>
    }
}

/// The trainee's bubble; `hold` marks words said around a hold.
fn agent(locale: &Locale, text: String, hold: bool) -> Html {
    html! {
        <li class={classes!("bubble", "bubble-agent", hold.then_some("bubble-hold"))}
            data-testid={if hold { "hold-words" } else { "agent-line" }}>
            <span class="visually-hidden">{ locale.text("call-you") }{ ": " }</span>{ text }
        </li>
    }
}

/// An event of the call (a silence, the wait on hold, the end).
fn event(text: String) -> Html {
    html! { <li class="bubble bubble-event">{ text }</li> }
}

/// What the trainee said putting the customer on hold `way` with `minutes` promised.
fn hold_on(locale: &Locale, way: calmline_engine::hold::HoldWay, minutes: u8) -> Html {
    match words::on(locale, way, minutes) {
        Some(text) => agent(locale, text, true),
        None => event(words::silent_line(locale)),
    }
}

/// The transcript's items for `lines`; `name` is the customer's. While the customer is on hold,
/// what the trainee said to put them there closes the list.
pub fn transcript_items(locale: &Locale, call: &Call, lines: &[Line], name: &str) -> Html {
    let items = lines.iter().map(|&line| {
        let text = line_text(locale, call, line);
        match line {
            Line::Customer(..)
            | Line::CustomerWaits(_)
            | Line::CustomerWaitsAgain(..)
            | Line::CustomerReacts(..)
            | Line::HoldAck(_) => customer(name, text),
            Line::Agent(..) => agent(locale, text, false),
            Line::HoldBack(_) => agent(locale, text, true),
            Line::Hold(index) => {
                let said = call.state.holds().get(index).map(|h| {
                    let minutes = words::minutes(h);
                    hold_on(locale, h.way, minutes)
                });
                html! { <>{ for said }{ event(text) }</> }
            }
            Line::AgentSilent(_) | Line::AgentEnded => event(text),
        }
    });
    let on_hold = call
        .hold
        .map(|h| hold_on(locale, h.way, hold::rules_now(call).minutes));
    html! { <>{ for items }{ for on_hold }</> }
}

#[cfg(test)]
mod tests {
    use calmline_engine::Lang;

    use super::*;

    #[test]
    fn a_repeated_silence_escalates_in_every_language_without_addressing_the_agent() {
        assert_eq!(again_key(1), "silence-again-1");
        assert_eq!(again_key(2), again_key(7));
        for lang in [Lang::Pl, Lang::Hu, Lang::En] {
            let locale = Locale::new(lang);
            let (second, more) = (locale.text(again_key(1)), locale.text(again_key(2)));
            assert!(!second.starts_with("silence-") && !more.starts_with("silence-"));
            assert_ne!(second, more, "{lang:?}");
            for text in [&second, &more] {
                assert!(
                    !text.contains(" Pan") && !text.contains(" Pani"),
                    "{lang:?}: {text}"
                );
            }
        }
    }
}
