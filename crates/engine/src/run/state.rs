//! The state of one call (`State`) and the record of its moves (`Step`), with what the edge may
//! read of them.

use super::rules::{At, Choice, Core};
use crate::model::{EndingIx, Scenario, TurnIx};
use crate::timer::TimerMode;

/// One move of a call, as recorded for the debrief and the save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// The turn answered.
    pub turn: TurnIx,
    /// What the trainee did.
    pub choice: Choice,
    /// Milliseconds from the replies being shown to the choice (for a timeout, the limit
    /// including the extensions).
    pub elapsed_ms: u32,
    /// "More time" actions used at this turn before the move (0 when the timer is off; at most
    /// [`timer::MAX_EXTENSIONS`]).
    ///
    /// [`timer::MAX_EXTENSIONS`]: crate::timer::MAX_EXTENSIONS
    pub extensions: u8,
    /// Times the trainee stopped the reply clock at this turn before the move: "Pause", or
    /// leaving the tab (at most [`timer::MAX_PAUSES`]; the clock is read, never gamed, but a
    /// trainer sees how often it was stopped).
    ///
    /// [`timer::MAX_PAUSES`]: crate::timer::MAX_PAUSES
    pub pauses: u8,
    /// The customer's mood after the move.
    pub mood_after: u8,
    /// The trigger the move set off, if any.
    pub trigger: Option<u8>,
}

/// The state of one call. Small and cloneable; restore it from a save with [`crate::save`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    pub(crate) core: Option<Core>,
    pub(crate) seed: u64,
    pub(crate) deal: u64,
    pub(crate) timer: TimerMode,
    pub(crate) history: Vec<Step>,
    /// The holds of the call, in order ([`crate::hold`]).
    pub(crate) holds: Vec<crate::hold::Hold>,
    /// How many of the first moves were made for the trainee, not by them ([`State::hand_over`]).
    /// Not kept in a save: only a play-test, which is never saved, has any.
    pub(crate) given: u16,
    /// The mood and variables set by hand ([`State::set_by_hand`]), before which move, so that
    /// a replay of the moves (the debrief's) meets the call as it was played. Not kept in a save
    /// either.
    pub(crate) by_hand: Option<ByHand>,
}

/// The customer's mood and the call's variables as a trainer set them before a move.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ByHand {
    pub(crate) before_move: usize,
    pub(crate) mood: i32,
    pub(crate) vars: Vec<i32>,
}

impl Default for State {
    fn default() -> Self {
        State::new()
    }
}

impl State {
    /// A call that has not started.
    pub fn new() -> State {
        State {
            core: None,
            seed: 0,
            deal: 0,
            timer: TimerMode::Standard,
            history: Vec::new(),
            holds: Vec::new(),
            given: 0,
            by_hand: None,
        }
    }

    /// Whether the call has started.
    pub fn is_started(&self) -> bool {
        self.core.is_some()
    }

    /// The turn waiting for an answer, if the call is on.
    pub fn turn(&self) -> Option<TurnIx> {
        match self.core.as_ref()?.at {
            At::Turn(t) => Some(t),
            At::Ended(_) => None,
        }
    }

    /// The ending, once the call is over.
    pub fn ending(&self) -> Option<EndingIx> {
        match self.core.as_ref()?.at {
            At::Ended(e) => Some(e),
            At::Turn(_) => None,
        }
    }

    /// The customer's mood, 0..=100 (the starting mood before the call starts).
    pub fn mood(&self, sc: &Scenario) -> u8 {
        self.core.as_ref().map_or(sc.customer.mood, |c| c.mood) as u8
    }

    /// The moves so far.
    pub fn history(&self) -> &[Step] {
        &self.history
    }

    /// How many of the first moves were made for the trainee ([`State::hand_over`]).
    pub fn given(&self) -> usize {
        usize::from(self.given).min(self.history.len())
    }

    /// This call handed over to the trainee at this point, as a trainer play-testing from a
    /// turn takes over a call played there for them: the moves so far stay in the record (the
    /// debrief shows the way a trainee would have come), but they are not the trainee's, so
    /// neither their grades nor their times count in the scores ([`crate::score`]).
    pub fn hand_over(&self) -> State {
        State {
            given: u16::try_from(self.history.len()).unwrap_or(u16::MAX),
            ..self.clone()
        }
    }

    /// The seed of this call: the customer's line variants and twists.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// The trainee's deal in this call: the order of the replies and their wordings.
    pub fn deal(&self) -> u64 {
        self.deal
    }

    /// The twists that happen in this call (bits by index into [`Scenario::twists`]).
    pub fn twists(&self) -> u8 {
        self.core.as_ref().map_or(0, |c| c.twists)
    }

    /// The timer mode of this call.
    pub fn timer(&self) -> TimerMode {
        self.timer
    }

    /// The holds so far, in order.
    pub fn holds(&self) -> &[crate::hold::Hold] {
        &self.holds
    }

    /// How many times the customer has already waited in silence.
    pub fn silences(&self) -> u8 {
        self.core.as_ref().map_or(0, |c| c.silences)
    }

    /// The variables' values, indexed like [`Scenario::vars`] (all 0 before the call starts).
    pub fn vars(&self, sc: &Scenario) -> Vec<i32> {
        self.core
            .as_ref()
            .map_or_else(|| vec![0; sc.vars.len()], |c| c.vars.clone())
    }

    /// This call with the customer's mood and the variables set by hand, as a trainer sets them
    /// to play-test a turn in a state of their choosing: the mood kept within 0..=100, `vars`
    /// by index (values past the call's variables ignored, missing ones kept). The moves so far
    /// stay in the record, and the debrief replays them with the mood and variables set here.
    /// `None` unless the call is waiting at a turn.
    pub fn set_by_hand(&self, mood: i32, vars: &[i32]) -> Option<State> {
        let core = self.core.as_ref().filter(|c| matches!(c.at, At::Turn(_)))?;
        let mut core = core.clone();
        core.mood = mood.clamp(0, 100);
        for (slot, value) in core.vars.iter_mut().zip(vars) {
            *slot = *value;
        }
        let by_hand = ByHand {
            before_move: self.history.len(),
            mood: core.mood,
            vars: core.vars.clone(),
        };
        Some(State {
            core: Some(core),
            by_hand: Some(by_hand),
            ..self.clone()
        })
    }

    /// The mood and variables set by hand before move `index`, if they were.
    pub(crate) fn by_hand_before(&self, index: usize) -> Option<(i32, &[i32])> {
        self.by_hand
            .as_ref()
            .filter(|h| h.before_move == index)
            .map(|h| (h.mood, h.vars.as_slice()))
    }
}
