//! Play-testing the call being written: from its start, or from any turn, reached along the
//! shortest way a trainee could take (`calmline_studio::playtest`, tested natively), so the
//! trainer lands there with that way's mood, variables and twists, and the debrief is the one a
//! trainee on that way would see. The player's `Play` goes on from that state; as with every
//! trainer's own file, nothing of a play-test touches the trainee's scores or saved calls.

use std::rc::Rc;

use calmline_engine::model::TurnIx;
use calmline_engine::{State, validate_playable};
use calmline_studio::Work;

use crate::call::SharedScenario;
use crate::platform;

/// Why a play-test did not start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotPlayed {
    /// The call has errors.
    Invalid,
    /// No call reaches this turn.
    Unreached(String),
}

/// What a play-test plays: the call, and the state to go on from (`None`: from the start).
#[derive(Clone, PartialEq)]
pub struct PlayTest {
    pub scenario: SharedScenario,
    pub from: Option<Rc<State>>,
}

/// The call to play, from its start or from the turn `from` (its id).
pub fn start(work: &Work, from: Option<&str>) -> Result<PlayTest, NotPlayed> {
    let sc = validate_playable(&work.name, work.draft.text().as_bytes())
        .into_result()
        .map_err(|_| NotPlayed::Invalid)?;
    let state = match from.filter(|id| *id != sc.turn(sc.start).id) {
        None => None,
        Some(from) => {
            let unreached = || NotPlayed::Unreached(from.to_owned());
            let turn = sc
                .turns
                .iter()
                .position(|t| t.id == from)
                .ok_or_else(unreached)?;
            let seed = platform::random_seed();
            let deal = seed.rotate_left(17);
            let reached = calmline_studio::playtest::route_to(&sc, TurnIx(turn as u16), seed, deal);
            Some(Rc::new(reached.ok_or_else(unreached)?.0))
        }
    };
    Ok(PlayTest {
        scenario: SharedScenario(Rc::new(sc)),
        from: state,
    })
}
