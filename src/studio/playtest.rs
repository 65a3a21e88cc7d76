//! Play-testing the call being written: from its start, or from any turn, reached along the
//! shortest way a trainee could take (`calmline_studio::playtest`, tested natively), so the
//! trainer lands there with that way's mood, variables and twists, and the debrief is the one a
//! trainee on that way would see. The call at the turn is handed to the player as a kept
//! unfinished call, which the player resumes (paused, with its notice), exactly as after a reload.

use std::rc::Rc;

use calmline_engine::model::TurnIx;
use calmline_engine::save::{self, Pending};
use calmline_engine::validate_playable;
use calmline_studio::Work;

use crate::call::SharedScenario;
use crate::platform;
use crate::progress::{SavedCall, call_key};
use crate::settings::Mode;

/// Why a play-test did not start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotPlayed {
    /// The call has errors.
    Invalid,
    /// No call reaches this turn.
    Unreached(String),
}

/// The call to play, from its start or from the turn `from` (its id). Whatever unfinished
/// play-test of the call was kept is dropped first, so "from the start" really starts.
pub fn start(work: &Work, from: Option<&str>) -> Result<SharedScenario, NotPlayed> {
    let sc = validate_playable(&work.name, work.draft.text().as_bytes())
        .into_result()
        .map_err(|_| NotPlayed::Invalid)?;
    let key = call_key(&sc.id);
    platform::storage_remove(&key);
    if let Some(from) = from.filter(|id| *id != sc.turn(sc.start).id) {
        let turn = sc
            .turns
            .iter()
            .position(|t| t.id == from)
            .ok_or_else(|| NotPlayed::Unreached(from.to_owned()))?;
        let seed = platform::random_seed();
        let reached = calmline_studio::playtest::route_to(
            &sc,
            TurnIx(turn as u16),
            seed,
            seed.rotate_left(17),
        );
        let (state, _) = reached.ok_or_else(|| NotPlayed::Unreached(from.to_owned()))?;
        let kept = save::encode(&sc, &state, Pending::default())
            .map(|save| {
                SavedCall {
                    mode: Mode::Coach,
                    save,
                    feedback: false,
                }
                .encode()
            })
            .ok_or_else(|| NotPlayed::Unreached(from.to_owned()))?;
        platform::storage_set(&key, &kept);
    }
    Ok(SharedScenario(Rc::new(sc)))
}

/// Back to editing: the play-test's unfinished call is not kept (it would come back as the
/// trainee's own next time).
pub fn stop(sc: &SharedScenario) {
    platform::storage_remove(&call_key(&sc.id));
}
