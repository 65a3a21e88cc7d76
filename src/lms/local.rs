//! The trainee's own progress in this browser, as one reporter among others: the unfinished call
//! is kept after every move and whenever its reply clock changes (so a reload resumes it where it
//! was), a finished call is recorded in the scores and kept for its debrief.

use calmline_engine::{save, score};
use yew::Callback;

use super::{Moment, Reporter, Scene};
use crate::call::Call;
use crate::platform;
use crate::progress::{SavedCall, call_key, last_key};
use crate::record::SkillRecord;

/// Reports to local storage and the app's scores.
pub struct Local {
    /// Records a finished call: (scenario id, overall score, passed).
    pub record: Callback<(String, u8, bool)>,
}

impl Reporter for Local {
    fn hear(&mut self, moment: Moment<'_>, scene: &Scene) -> f64 {
        match moment {
            Moment::Started {
                call,
                resumed: false,
            } => {
                platform::storage_remove(&call_key(&call.scenario.id));
            }
            Moment::Moved { call } if call.is_over() => {
                let id = &call.scenario.id;
                let card = score::scorecard(&call.scenario, &call.state, scene.pass_mark);
                self.record.emit((id.clone(), card.overall, card.passed));
                SkillRecord::save_call(&card);
                platform::storage_remove(&call_key(id));
                if let Some(kept) = encode(call, scene.now) {
                    platform::storage_set(&last_key(id), &kept);
                }
            }
            Moment::Moved { call } | Moment::Clock { call } => keep_unfinished(call, scene.now),
            Moment::Leaving { call: Some(call) } => keep_unfinished(call, scene.now),
            Moment::Started { .. } | Moment::Leaving { call: None } | Moment::Finished => {}
        }
        0.0
    }
}

/// The stored form of a call with its reply clock at `now`, and the coach feedback waiting to
/// be read (so that a reload shows it again).
pub fn encode(call: &Call, now: f64) -> Option<String> {
    let save = save::encode(&call.scenario, &call.state, call.pending(now))?;
    Some(
        SavedCall {
            mode: call.mode,
            save,
            feedback: call.feedback_open && !call.is_over(),
        }
        .encode(),
    )
}

/// Keeps an unfinished call with its reply clock at `now`, so that a reload resumes the turn
/// with the time and extensions already used. A finished call is kept by the move that ends it.
fn keep_unfinished(call: &Call, now: f64) {
    if call.is_over() {
        return;
    }
    if let Some(kept) = encode(call, now) {
        platform::storage_set(&call_key(&call.scenario.id), &kept);
    }
}
