//! What a phase does when it comes on screen: it starts at its top with the focus on its
//! heading, and a debrief marks the tab, so that a reload comes back to it (the mark,
//! [`crate::progress::debrief_key`], stays until the trainee leaves the debrief).

use yew::prelude::*;

use super::Phase;
use crate::platform;
use crate::progress::debrief_key;

/// Each phase starts at its top, with focus on its heading, once the scenario is `loaded`.
#[hook]
pub fn use_phase_start(phase: &Phase, loaded: bool) {
    let phase_kind = match phase {
        Phase::Briefing => "briefing-heading",
        Phase::Ringing(_) => "pick-up",
        Phase::Calling(_) => "replies",
        Phase::Debrief(..) => "debrief-heading",
    };
    use_effect_with((phase_kind, loaded), |(id, loaded)| {
        if *loaded {
            platform::start_screen(id);
        }
    });
}

/// The debrief on screen is marked in the tab, so that a reload comes back to it; leaving it
/// (another try, another route) removes the mark. The hang-up moment counts: a reload then
/// shows the debrief it leads to. A trainer's `own` file is never marked.
#[hook]
pub fn use_debrief_mark(id: &str, phase: &Phase, own: bool) {
    let on_debrief = !own
        && match phase {
            Phase::Debrief(..) => true,
            Phase::Calling(call) => call.is_over(),
            _ => false,
        };
    use_effect_with((id.to_owned(), on_debrief), |(id, on)| {
        let key = debrief_key(id);
        if *on {
            platform::tab_set(&key, "1");
        }
        let on = *on;
        move || {
            if on {
                platform::tab_set(&key, "");
            }
        }
    });
}
