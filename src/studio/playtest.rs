//! Play-testing the call being written: from its start, or from any turn, reached along the
//! shortest way a trainee could take (`calmline_studio::playtest`, tested natively), along the
//! best replies or the weakest, so the trainer lands there with that way's mood, variables and
//! twists, and the debrief is the one a trainee on that way would see. Before it starts the trainer may set the customer's mood and
//! the call's variables by hand (`play_setup.rs`). The player's `Play` goes on from that state;
//! as with every trainer's own file, nothing of a play-test touches the trainee's scores or
//! saved calls.

use std::rc::Rc;

use calmline_engine::model::TurnIx;
use calmline_engine::{State, validate_playable};
use calmline_studio::Work;
use calmline_studio::playtest::{Prefer, route_to};

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

/// A play-test from a turn, before it starts: the ways there a trainee could take (the best
/// replies, and the weakest, when they differ), each with the state it leaves and its moves
/// listed for the trainer, who picks one and may change its mood and variables by hand
/// (`play_setup.rs`).
#[derive(Clone, PartialEq)]
pub struct Setup {
    pub scenario: SharedScenario,
    /// The turn's id.
    pub turn: String,
    /// The ways there, the best first; the weakest only when it is another way.
    pub routes: Rc<Vec<Route>>,
}

/// One way to the turn: which it is, the state it leaves, its moves (`turn.reply` or
/// `turn.silence`).
#[derive(Clone, PartialEq)]
pub struct Route {
    pub prefer: Prefer,
    pub state: Rc<State>,
    pub way: Vec<String>,
}

impl Route {
    /// The play-test along this way, with the customer's `mood` and the variables `vars` set by
    /// hand.
    pub fn start(&self, scenario: &SharedScenario, mood: i32, vars: &[i32]) -> PlayTest {
        let from = self.state.set_by_hand(mood, vars).map(Rc::new);
        PlayTest {
            scenario: scenario.clone(),
            from: from.or_else(|| Some(self.state.clone())),
        }
    }
}

/// The call to play from its start.
pub fn start(work: &Work) -> Result<PlayTest, NotPlayed> {
    let sc = valid(work)?;
    Ok(PlayTest {
        scenario: SharedScenario(Rc::new(sc)),
        from: None,
    })
}

/// The call, ready to be played from the turn `from` (its id): from the start when that is
/// the call's first turn, otherwise a [`Setup`] to confirm.
pub fn from_turn(work: &Work, from: &str) -> Result<Result<Setup, PlayTest>, NotPlayed> {
    let sc = valid(work)?;
    if from == sc.turn(sc.start).id {
        return start(work).map(Err);
    }
    let unreached = || NotPlayed::Unreached(from.to_owned());
    let turn = sc
        .turns
        .iter()
        .position(|t| t.id == from)
        .ok_or_else(unreached)?;
    let seed = platform::random_seed();
    let deal = seed.rotate_left(17);
    let mut routes: Vec<Route> = Vec::new();
    for prefer in Prefer::ALL {
        let Some((state, way)) = route_to(&sc, TurnIx(turn as u16), seed, deal, prefer) else {
            continue;
        };
        if routes.iter().all(|r| r.way != way) {
            let state = Rc::new(state);
            routes.push(Route { prefer, state, way });
        }
    }
    if routes.is_empty() {
        return Err(unreached());
    }
    Ok(Ok(Setup {
        scenario: SharedScenario(Rc::new(sc)),
        turn: from.to_owned(),
        routes: Rc::new(routes),
    }))
}

fn valid(work: &Work) -> Result<calmline_engine::Scenario, NotPlayed> {
    validate_playable(&work.name, work.draft.text().as_bytes())
        .into_result()
        .map_err(|_| NotPlayed::Invalid)
}
