//! The phases of the play page (briefing, ringing, the call, the debrief) and the one reducer
//! that moves between them, so that every piece of the page changes the phase the same way.

use std::rc::Rc;

use calmline_engine::State;
use yew::prelude::*;

use crate::call::{Call, CallAction};
use crate::pages::briefing::CallChoice;
use crate::settings::Mode;

/// Where the trainee is in the call.
// One phase lives at a time, in the page's reducer: the size of the call's variant costs nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Phase {
    /// Reading the briefing.
    Briefing,
    /// The phone rings: caller ID and "Pick up" (a new call, never a resumed one).
    Ringing(CallChoice),
    /// On the phone.
    Calling(Call),
    /// Reading the debrief of a finished call.
    Debrief(Rc<State>, Mode),
}

/// What changes the phase.
// Dispatched once per event, never stored: the size of the call's variant costs nothing.
#[allow(clippy::large_enum_variant)]
pub enum PhaseAction {
    /// The phone rings for a new call.
    Ring(CallChoice),
    /// A call starts or resumes.
    Begin(Call),
    /// Something happens in the call.
    Act(CallAction),
    /// The debrief of this finished call.
    ShowDebrief(Rc<State>, Mode),
    /// Back to the briefing.
    Brief,
}

impl Reducible for Phase {
    type Action = PhaseAction;

    fn reduce(self: Rc<Self>, action: PhaseAction) -> Rc<Self> {
        match (action, &*self) {
            (PhaseAction::Ring(choice), _) => Rc::new(Phase::Ringing(choice)),
            (PhaseAction::Begin(call), _) => Rc::new(Phase::Calling(call)),
            (PhaseAction::Act(action), Phase::Calling(call)) => {
                let next = call.apply(action);
                if &next == call {
                    self
                } else {
                    Rc::new(Phase::Calling(next))
                }
            }
            (PhaseAction::Act(_), _) => self,
            (PhaseAction::ShowDebrief(state, mode), _) => Rc::new(Phase::Debrief(state, mode)),
            (PhaseAction::Brief, _) => Rc::new(Phase::Briefing),
        }
    }
}
