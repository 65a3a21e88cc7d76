//! A play-test from a turn whose mood the trainer set by hand: the mood chart steps from what
//! the way there left to the value set, and nothing else on the page says why. A note under the
//! chart says it (QA round 5, mi-b). Only a play-test has moves played for the trainee
//! (`DebriefStep::given`), so a trainee's debrief never shows it.

use calmline_engine::score::DebriefStep;
use yew::prelude::*;

use crate::i18n::Locale;

/// The note under the mood chart, when the mood was set by hand.
pub fn note(locale: &Locale, steps: &[DebriefStep]) -> Html {
    let Some((was, set)) = by_hand(steps) else {
        return html! {};
    };
    let said = locale.text_with(
        "debrief-mood-set",
        &[
            ("was", i64::from(was).into()),
            ("mood", i64::from(set).into()),
        ],
    );
    html! { <p class="hint" data-testid="mood-set">{ said }</p> }
}

/// The mood the way there left and the mood the trainer's own part started at, when the two
/// differ: the mood was set by hand.
pub fn by_hand(steps: &[DebriefStep]) -> Option<(u8, u8)> {
    at(steps).map(|(k, set)| (steps[k - 1].mood_after, set))
}

/// After how many moves the mood was set by hand, and to what: where the mood chart steps to it
/// dashed.
pub fn at(steps: &[DebriefStep]) -> Option<(usize, u8)> {
    steps
        .windows(2)
        .position(|w| w[0].given && !w[1].given && w[0].mood_after != w[1].mood_before)
        .map(|i| (i + 1, steps[i + 1].mood_before))
}

#[cfg(test)]
mod tests {
    use super::*;
    use calmline_engine::model::{Grade, TurnIx};
    use calmline_engine::run::Choice;
    use calmline_engine::transcript::Heard;

    fn step(given: bool, before: u8, after: u8) -> DebriefStep {
        DebriefStep {
            turn: TurnIx(0),
            heard: Heard::Line(0),
            choice: Choice::Reply(0),
            grade: Grade::Best,
            critical: false,
            better: None,
            offered: Vec::new(),
            elapsed_ms: 0,
            given,
            extensions: 0,
            pauses: 0,
            mood_before: before,
            mood_after: after,
            trigger: None,
        }
    }

    #[test]
    fn a_mood_set_by_hand_is_told_only_where_the_trainers_part_starts() {
        let way = [step(true, 40, 34), step(true, 34, 31)];
        let mine = |before| {
            [
                way[0].clone(),
                way[1].clone(),
                step(false, before, before + 5),
            ]
        };
        assert_eq!(by_hand(&mine(45)), Some((31, 45)));
        assert_eq!(by_hand(&mine(31)), None, "the mood the way left");
        // A trainee's call: no move played for them.
        let call = [step(false, 40, 50), step(false, 60, 65)];
        assert_eq!(by_hand(&call), None);
    }
}
