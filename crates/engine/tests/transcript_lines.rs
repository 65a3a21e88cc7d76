//! The transcript's lines around holds and repeated silences (crates/engine/src/transcript.rs):
//! a hold is heard as the agent's words, the agent coming back and the customer's answer; a
//! second silence in a row at a turn is a line of its own, not the silence line again.

use calmline_engine::hold::HoldWay;
use calmline_engine::run::Choice;
use calmline_engine::transcript::{Line, transcript};
use calmline_engine::{Input, Scenario, State, TimerMode, step};

#[path = "support/calls.rs"]
#[allow(dead_code)]
mod calls;

use calls::shouter;

fn start(sc: &Scenario) -> State {
    let input = Input::Start {
        seed: 3,
        deal: 5,
        timer: TimerMode::Standard,
    };
    step(sc, &State::new(), input).0
}

fn silence(sc: &Scenario, state: &State) -> State {
    let input = Input::TimerExpired {
        extensions: 0,
        pauses: 0,
    };
    step(sc, state, input).0
}

#[test]
fn a_hold_is_its_words_the_return_and_the_customers_answer() {
    let sc = shouter();
    let state = start(&sc);
    let input = Input::Hold {
        way: HoldWay::Announced,
        held_ms: 20_000,
        thanked: true,
    };
    let (held, _) = step(&sc, &state, input);
    let lines = transcript(&sc, &held);
    assert!(matches!(lines[0], Line::Customer(..)), "{lines:?}");
    assert_eq!(
        lines[1..],
        [Line::Hold(0), Line::HoldBack(0), Line::HoldAck(0)]
    );
}

#[test]
fn a_second_silence_in_a_row_escalates_instead_of_repeating() {
    let sc = shouter();
    let first = silence(&sc, &start(&sc));
    let turn = first.history()[0].turn;
    let lines = transcript(&sc, &first);
    assert_eq!(
        lines[1..],
        [Line::AgentSilent(turn), Line::CustomerWaits(turn)],
        "the first silence gets the turn's own line"
    );
    let second = silence(&sc, &first);
    let steps = second.history();
    assert_eq!(steps.len(), 2);
    assert_eq!((steps[1].turn, steps[1].choice), (turn, Choice::Silence));
    let lines = transcript(&sc, &second);
    assert_eq!(
        lines[1..],
        [
            Line::AgentSilent(turn),
            Line::CustomerWaits(turn),
            Line::AgentSilent(turn),
            Line::CustomerWaitsAgain(turn, 1),
        ],
    );
}
