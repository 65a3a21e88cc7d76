//! Focus and view follow the call: after each move the replies (or, in coach mode, the
//! feedback's button) take the focus and [`super::reveal`] places the page; a paused call or a
//! line being said puts its own card in view instead; the hang-up moment places itself.
//!
//! The page is placed a task later, once the screen is drawn, and placed again shortly after
//! (on a new screen twice more), since the screen's own start, which scrolls to the top, may
//! come after the first; placing is idempotent, so a later one changes nothing when the first
//! held. The last one marks the call section as placed once the scrolling ends.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::reveal;
use crate::call::Call;

/// Places the call screen for `call`; `speaking` whether the "speaking" sign is on screen.
#[hook]
pub fn use_placing(call: &Call, speaking: bool) {
    let moves = call.state.history().len();
    let first_placing = use_mut_ref(|| true);
    // A call that has just ended shows its hang-up moment, which takes the focus: no placing.
    let ended = call.is_over() && !call.feedback_open;
    use_effect_with(
        (moves, call.feedback_open, call.paused, ended, speaking),
        move |&(moves, feedback, paused, ended, speaking)| {
            let place = move || {
                if feedback {
                    reveal::reveal_feedback()
                } else {
                    reveal::reveal_turn()
                }
            };
            let delays: &[u32] = if std::mem::replace(&mut *first_placing.borrow_mut(), false) {
                &[0, 150, 500]
            } else {
                &[0, 150]
            };
            let placing = if ended {
                Vec::new()
            } else if paused || speaking {
                // A resumed or paused call opens at its live point: the newest line and the
                // pause card; a line being said shows its sign.
                reveal::focus_quietly(if paused {
                    "resume-call"
                } else {
                    "skip-speaking"
                });
                delays
                    .iter()
                    .map(|&ms| {
                        Timeout::new(ms, move || {
                            reveal::reveal_live(paused);
                        })
                    })
                    .collect()
            } else {
                reveal::focus_quietly(if feedback { "continue-call" } else { "replies" });
                let last = delays.len() - 1;
                delays
                    .iter()
                    .enumerate()
                    .map(|(i, &ms)| {
                        Timeout::new(ms, move || {
                            let target = place();
                            if i == last {
                                reveal::mark_placed(moves, feedback, target);
                            }
                        })
                    })
                    .collect()
            };
            move || drop(placing)
        },
    );
}
