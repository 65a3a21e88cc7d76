//! The conversation of a call as lines, from its recorded moves: the one place that knows when
//! the customer speaks a turn's line and when, after a silence, the customer only reacts to it.
//!
//! The call screen shows these lines and the debrief quotes them, so both read the conversation
//! the same way. Lines carry ids; the edge looks up the text in the current language.

use crate::model::{Scenario, TurnIx};
use crate::run::{Choice, State, variant};

/// One line of the conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    /// The customer says a turn's line (variant index into [`crate::model::Turn::lines`]).
    Customer(TurnIx, u8),
    /// The trainee said a reply of a turn.
    Agent(TurnIx, u8),
    /// The trainee said nothing in time.
    AgentSilent(TurnIx),
    /// The customer reacts to the silence (the turn's silence line).
    CustomerWaits(TurnIx),
    /// The trainee ended the call.
    AgentEnded,
}

/// What the customer said last before a move: what the trainee was answering.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Heard {
    /// The turn's line, in this variant.
    Line(u8),
    /// The turn's silence line (the trainee had let the timer run out at this turn).
    SilenceLine,
}

impl Heard {
    /// The line it is in the transcript.
    pub fn line(self, turn: TurnIx) -> Line {
        match self {
            Heard::Line(v) => Line::Customer(turn, v),
            Heard::SilenceLine => Line::CustomerWaits(turn),
        }
    }
}

/// What the customer said last before each recorded move, in order.
pub fn heard(sc: &Scenario, state: &State) -> Vec<Heard> {
    let mut out = Vec::with_capacity(state.history().len());
    let mut previous = None;
    for step in state.history() {
        // Only a silence leaves the customer at the same turn, reacting instead of speaking.
        out.push(if previous == Some((step.turn, Choice::Silence)) {
            Heard::SilenceLine
        } else {
            Heard::Line(variant(sc, state.seed(), step.turn))
        });
        previous = Some((step.turn, step.choice));
    }
    out
}

/// The conversation so far, line by line.
pub fn transcript(sc: &Scenario, state: &State) -> Vec<Line> {
    let mut lines = Vec::new();
    if !state.is_started() {
        return lines;
    }
    let heard = heard(sc, state);
    for (step, heard) in state.history().iter().zip(heard) {
        // The silence line was already added right after the silence itself.
        if heard != Heard::SilenceLine {
            lines.push(heard.line(step.turn));
        }
        match step.choice {
            Choice::Reply(r) => lines.push(Line::Agent(step.turn, r)),
            Choice::Silence => {
                lines.push(Line::AgentSilent(step.turn));
                lines.push(Line::CustomerWaits(step.turn));
            }
            Choice::HangUp(_) => lines.push(Line::AgentEnded),
        }
    }
    if let Some(turn) = state.turn() {
        let waiting = state
            .history()
            .last()
            .is_some_and(|s| s.turn == turn && s.choice == Choice::Silence);
        if !waiting {
            lines.push(Line::Customer(turn, variant(sc, state.seed(), turn)));
        }
    }
    lines
}
