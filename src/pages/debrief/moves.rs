//! What the trainee did at each step of the call, as the debrief's list says it: the reply's
//! words (or silence, or ending the call), the feedback on it, and times in seconds.

use calmline_engine::Scenario;
use calmline_engine::run::{Choice, wording_text};
use calmline_engine::score::DebriefStep;

use crate::i18n::Locale;

/// Seconds with one decimal, in the locale's words.
pub fn seconds(locale: &Locale, ms: u32) -> String {
    locale.text_with(
        "seconds-short",
        &[("value", locale.tenths(ms / 100).into())],
    )
}

/// What the trainee did at a step, and the feedback on it.
pub fn move_texts(
    locale: &Locale,
    sc: &Scenario,
    deal: u64,
    step: &DebriefStep,
) -> (String, Option<String>) {
    let reader = locale.reader();
    let turn = sc.turn(step.turn);
    match step.choice {
        Choice::Reply(r) => {
            let reply = &turn.replies[usize::from(r)];
            (
                wording_text(sc, deal, step.turn, r)
                    .get(reader)
                    .into_owned(),
                reply.feedback.as_ref().map(|f| f.get(reader).into_owned()),
            )
        }
        Choice::Silence => (
            locale.text("call-you-silent"),
            Some(turn.silence.feedback.get(reader).into_owned()),
        ),
        Choice::HangUp(rule) => (
            locale.text("call-you-ended"),
            Some(
                sc.hang_up[usize::from(rule)]
                    .feedback
                    .get(reader)
                    .into_owned(),
            ),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn seconds_are_shown_with_the_local_decimal_separator() {
        assert_eq!(seconds(&Locale::new(Lang::En), 4_321), "4.3 s");
        assert_eq!(seconds(&Locale::new(Lang::Pl), 4_321), "4,3 s");
        assert_eq!(seconds(&Locale::new(Lang::Hu), 12_000), "12,0 mp");
    }
}
