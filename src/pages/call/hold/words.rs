//! What is said around a hold, in the current language: the agent's words putting the customer
//! on hold (the way the trainee chose), the agent's words coming back (with thanks or without),
//! and the customer's answer to that return. The call's transcript and the debrief's holds
//! show the same words, so a hold is heard as part of the conversation, not only timed.
//!
//! The customer's answer is generic, by the way of holding (the locales' `hold-ack-*`): a calm
//! "Yes, I'm here." after an announced hold, a weary one after a bare "please hold", an annoyed
//! "Hello? Finally." after a silent one, and "Finally." after any hold longer than the customer
//! was led to expect.

use calmline_engine::hold::{Hold, HoldWay};

use crate::i18n::Locale;

/// The agent's words putting the customer on hold `way`, promising `minutes` (announced only),
/// as offered in the hold menu (in quotation marks, or a description for a silent hold).
pub fn offer(locale: &Locale, way: HoldWay, minutes: u8) -> String {
    locale.text_with(
        &format!("hold-say-{}", way.id()),
        &[("minutes", i64::from(minutes).into())],
    )
}

/// The minutes a recorded hold promised (what its announcement said).
pub fn minutes(hold: &Hold) -> u8 {
    u8::try_from(hold.promised_ms / 60_000)
        .unwrap_or(u8::MAX)
        .max(1)
}

/// What the agent said putting the customer on hold `way`, as a transcript line: `Some` words
/// without their quotation marks, or `None` for a hold without a word ([`silent_line`]).
pub fn on(locale: &Locale, way: HoldWay, minutes: u8) -> Option<String> {
    (way != HoldWay::Silent).then(|| unquote(&offer(locale, way, minutes)).to_owned())
}

/// The transcript's event for a hold without a word.
pub fn silent_line(locale: &Locale) -> String {
    locale.text("hold-line-silent")
}

/// What the agent said coming back, without quotation marks.
pub fn back(locale: &Locale, thanked: bool) -> String {
    let key = if thanked {
        "hold-back-thanks"
    } else {
        "hold-back-plain"
    };
    unquote(&locale.text(key)).to_owned()
}

/// The id of the customer's answer to the return from `hold` (`hold-ack-<id>`).
pub fn answer_id(hold: &Hold) -> &'static str {
    match hold.way {
        HoldWay::Silent => "silent",
        _ if hold.held_ms > hold.promised_ms => "late",
        way => way.id(),
    }
}

/// What the customer says when the agent comes back from `hold`.
pub fn answer(locale: &Locale, hold: &Hold) -> String {
    locale.text(&format!("hold-ack-{}", answer_id(hold)))
}

/// `text` without the quotation marks around it (English “…”, Polish and Hungarian „…”).
pub fn unquote(text: &str) -> &str {
    text.trim()
        .trim_start_matches(['“', '„', '"'])
        .trim_end_matches(['”', '"'])
}

#[cfg(test)]
mod tests {
    use calmline_engine::Lang;

    use super::*;

    fn hold(way: HoldWay, held_ms: u32, promised_ms: u32) -> Hold {
        Hold {
            turn: calmline_engine::model::TurnIx(0),
            before_move: 0,
            way,
            held_ms,
            thanked: true,
            earlier: 0,
            promised_ms,
            mood_before: 50,
            mood_after: 48,
        }
    }

    #[test]
    fn the_customer_answers_by_the_way_and_a_late_return() {
        let en = Locale::new(Lang::En);
        let announced = hold(HoldWay::Announced, 40_000, 60_000);
        assert_eq!(answer(&en, &announced), "Yes, I'm here.");
        let late = hold(HoldWay::Announced, 70_000, 60_000);
        assert_eq!(answer_id(&late), "late");
        assert_eq!(
            answer_id(&hold(HoldWay::Bare, 10_000, 30_000)),
            "bare",
            "a bare hold kept short"
        );
        assert_eq!(
            answer(&en, &hold(HoldWay::Silent, 5_000, 30_000)),
            "Hello? Finally."
        );
        for lang in [Lang::Pl, Lang::Hu, Lang::En] {
            let locale = Locale::new(lang);
            for id in ["announced", "bare", "silent", "late"] {
                let key = format!("hold-ack-{id}");
                assert_ne!(locale.text(&key), key, "{lang:?}");
            }
            assert_ne!(silent_line(&locale), "hold-line-silent");
        }
    }

    #[test]
    fn the_agents_words_are_shown_without_quotation_marks() {
        for lang in [Lang::Pl, Lang::Hu, Lang::En] {
            let locale = Locale::new(lang);
            for thanked in [true, false] {
                let words = back(&locale, thanked);
                assert!(
                    !words.starts_with(['“', '„']) && !words.ends_with('”'),
                    "{words}"
                );
                assert!(words.len() > 5, "{words}");
            }
            let said = on(&locale, HoldWay::Announced, 2).expect("words");
            assert!(said.contains('2') && !said.ends_with('”'), "{said}");
            assert_eq!(on(&locale, HoldWay::Silent, 1), None);
        }
        assert_eq!(unquote("„Proszę czekać.”"), "Proszę czekać.");
        assert_eq!(minutes(&hold(HoldWay::Announced, 0, 120_000)), 2);
    }
}
