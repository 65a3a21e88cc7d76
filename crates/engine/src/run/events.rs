//! What goes into `step` and what comes out: the inputs, the reasons for refusing one, the
//! events for the edge to show, and the offer of replies.

use crate::model::{EndingIx, Grade, Outcome, TurnIx};
use crate::timer::TimerMode;

/// What the trainee (or the clock, or the edge) does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// Starts the call.
    Start {
        /// The customer's seed: line variants and twists (a trainer's link may fix it, so that
        /// a whole group meets the same customer). The same seeds and inputs give the same call.
        seed: u64,
        /// The trainee's deal: the order of the replies and their wordings (drawn afresh for
        /// every call, so that no answer key of positions or texts works).
        deal: u64,
        /// The timer mode for the whole call.
        timer: TimerMode,
    },
    /// The trainee chose a reply of the current turn.
    Choose {
        /// The reply's index in the turn (as in the scenario file, not as shown).
        reply: u8,
        /// Milliseconds the trainee took.
        elapsed_ms: u32,
        /// "More time" actions used at this turn (see [`Step::extensions`]).
        ///
        /// [`Step::extensions`]: super::Step::extensions
        extensions: u8,
        /// Times the clock was stopped at this turn (see [`Step::pauses`]).
        ///
        /// [`Step::pauses`]: super::Step::pauses
        pauses: u8,
    },
    /// The reply timer ran out (after the time of the turn plus its extensions).
    TimerExpired {
        /// "More time" actions used at this turn.
        extensions: u8,
        /// Times the clock was stopped at this turn.
        pauses: u8,
    },
    /// The trainee ended the call.
    EndCall {
        /// Milliseconds into the current turn.
        elapsed_ms: u32,
        /// "More time" actions used at this turn.
        extensions: u8,
        /// Times the clock was stopped at this turn.
        pauses: u8,
    },
    /// The trainee had put the customer on hold and is back (given when the hold ends; the
    /// reply clock was stopped meanwhile). See [`crate::hold`].
    Hold {
        /// How the customer was put on hold.
        way: crate::hold::HoldWay,
        /// How long the customer waited, in milliseconds.
        held_ms: u32,
        /// Whether the trainee thanked the customer for waiting.
        thanked: bool,
    },
    /// Asks for the events that show the current situation again (after restoring a save).
    Resume,
}

/// Why an input was refused; the state is unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rejection {
    /// The call has not started.
    NotStarted,
    /// The call has already started.
    AlreadyStarted,
    /// The call is over.
    Ended,
    /// That reply does not exist or is not offered now.
    NotOffered,
    /// The timer is off in this call, so it cannot run out.
    NoTimer,
}

impl Rejection {
    /// A stable name for messages (kept apart from `Debug`, which a size-tuned release build
    /// compiles to nothing).
    pub const fn id(self) -> &'static str {
        match self {
            Rejection::NotStarted => "not-started",
            Rejection::AlreadyStarted => "already-started",
            Rejection::Ended => "ended",
            Rejection::NotOffered => "not-offered",
            Rejection::NoTimer => "no-timer",
        }
    }
}

/// What happened, for the edge to show. Carries indices only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// The customer says a line of a turn (variant index into [`Turn::lines`]).
    ///
    /// [`Turn::lines`]: crate::model::Turn::lines
    CustomerSpeaks {
        /// The turn.
        turn: TurnIx,
        /// Which line variant.
        variant: u8,
    },
    /// The customer reacts to the trainee's reply with its reaction, instead of the next
    /// turn's usual line (or as their last words before the ending).
    CustomerReacts {
        /// The turn of the reply.
        turn: TurnIx,
        /// The reply index.
        reply: u8,
    },
    /// The customer reacts to silence with the turn's silence line.
    CustomerWaits {
        /// The turn whose silence line is said.
        turn: TurnIx,
    },
    /// The replies on offer, in the order to show them, and the time to choose.
    Offer(Offer),
    /// The trainee's reply was taken.
    Replied {
        /// The turn.
        turn: TurnIx,
        /// The reply index.
        reply: u8,
        /// Its grade.
        grade: Grade,
    },
    /// The timer ran out.
    TimedOut {
        /// The turn.
        turn: TurnIx,
    },
    /// The customer's mood changed.
    MoodChanged {
        /// Before.
        from: u8,
        /// After.
        to: u8,
    },
    /// An automatic event fired (index into [`Scenario::triggers`]).
    ///
    /// [`Scenario::triggers`]: crate::model::Scenario::triggers
    Triggered {
        /// The trigger.
        trigger: u8,
    },
    /// The trainee ended the call (index into [`Scenario::hang_up`]).
    ///
    /// [`Scenario::hang_up`]: crate::model::Scenario::hang_up
    AgentEndedCall {
        /// The rule that applied.
        rule: u8,
    },
    /// The customer was on hold (index into [`State::holds`]); a [`Event::MoodChanged`]
    /// follows when the mood changed.
    ///
    /// [`State::holds`]: super::State::holds
    Held {
        /// The hold.
        hold: usize,
    },
    /// The call is over.
    Ended {
        /// The ending.
        ending: EndingIx,
        /// Its outcome.
        outcome: Outcome,
    },
    /// The input was refused and nothing changed.
    Rejected(Rejection),
}

/// The replies to show for a turn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    /// The turn.
    pub turn: TurnIx,
    /// Reply indices in the order to show them (varies with the seed).
    pub replies: Vec<u8>,
    /// The time to answer in this call's timer mode, without extensions; `None` if untimed.
    pub limit_ms: Option<u32>,
}
