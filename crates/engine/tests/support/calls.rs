//! A library call and a way to play it by grade, for the tests of what a call reports.

use calmline_engine::model::Grade;
use calmline_engine::run::offer;
use calmline_engine::{Input, Scenario, State, TimerMode, step, validate};

/// The shouter scenario of the library.
pub fn shouter() -> Scenario {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../scenarios/shouter-late-delivery.toml"
    ))
    .expect("read");
    validate("shouter-late-delivery.toml", &bytes)
        .into_result()
        .expect("valid")
}

/// Every state of a call (seed 3, deal 5) that takes, at each turn, the first reply of `grade`
/// on offer (else the first on offer), answering after `elapsed_ms` without more time.
pub fn states(sc: &Scenario, grade: Grade, elapsed_ms: u32) -> Vec<State> {
    states_with(sc, grade, elapsed_ms, 0)
}

/// [`states`] with "More time" used `extensions` times at every turn.
pub fn states_with(sc: &Scenario, grade: Grade, elapsed_ms: u32, extensions: u8) -> Vec<State> {
    let start = Input::Start {
        seed: 3,
        deal: 5,
        timer: TimerMode::Standard,
    };
    let (mut state, _) = step(sc, &State::new(), start);
    let mut out = vec![state.clone()];
    while let Some(o) = offer(sc, &state) {
        let turn = sc.turn(o.turn);
        let pick = o
            .replies
            .iter()
            .copied()
            .filter(|&r| turn.replies[usize::from(r)].grade == grade)
            .min()
            .unwrap_or(o.replies[0]);
        let input = Input::Choose {
            reply: pick,
            elapsed_ms,
            extensions,
            pauses: 0,
        };
        state = step(sc, &state, input).0;
        out.push(state.clone());
    }
    out
}
