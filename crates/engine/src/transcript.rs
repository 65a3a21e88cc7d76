//! The conversation of a call as lines, from its recorded moves: the one place that knows when
//! the customer speaks a turn's line and when, after a silence, the customer only reacts to it.
//!
//! The call screen shows these lines and the debrief quotes them, so both read the conversation
//! the same way. Lines carry ids; the edge looks up the text in the current language.
//!
//! A hold is three lines where it happened: the agent's words putting the customer on hold, the
//! agent's words coming back, and the customer's answer to that return, so a hold is heard as
//! part of the call. A second silence in a row at a turn gets its own line
//! ([`Line::CustomerWaitsAgain`]), so the customer never repeats the silence line word for word.

use crate::model::{Scenario, TurnIx};
use crate::run::{Choice, State, reaction_to, variant};

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
    /// The customer reacts to another silence in a row at the same turn: not the turn's silence
    /// line word for word again, but a line that escalates (generic, in the locales); the number
    /// is how many silences at this turn came just before this one (1 for the second).
    CustomerWaitsAgain(TurnIx, u8),
    /// The customer reacts to a reply of a turn (its `reaction`), instead of the next turn's
    /// line or before the ending.
    CustomerReacts(TurnIx, u8),
    /// The trainee ended the call.
    AgentEnded,
    /// The trainee put the customer on hold (index into [`crate::run::State::holds`]): the
    /// words of its way ([`crate::hold::HoldWay`]), then the wait.
    Hold(usize),
    /// The trainee came back from that hold (with thanks or without).
    HoldBack(usize),
    /// The customer answers the return from that hold (by its way and whether it overran).
    HoldAck(usize),
}

/// What the customer said last before a move: what the trainee was answering.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Heard {
    /// The turn's line, in this variant.
    Line(u8),
    /// The turn's silence line (the trainee had let the timer run out at this turn).
    SilenceLine,
    /// The reaction to a reply of the previous turn (turn, reply), said instead of the line.
    Reaction(TurnIx, u8),
}

impl Heard {
    /// The line it is in the transcript.
    pub fn line(self, turn: TurnIx) -> Line {
        match self {
            Heard::Line(v) => Line::Customer(turn, v),
            Heard::SilenceLine => Line::CustomerWaits(turn),
            Heard::Reaction(t, r) => Line::CustomerReacts(t, r),
        }
    }
}

/// What the customer said last before each recorded move, in order.
pub fn heard(sc: &Scenario, state: &State) -> Vec<Heard> {
    let mut out = Vec::with_capacity(state.history().len());
    let mut previous: Option<&crate::run::Step> = None;
    for step in state.history() {
        // Only a silence leaves the customer at the same turn, reacting instead of speaking.
        out.push(match previous {
            Some(p) if p.turn == step.turn && p.choice == Choice::Silence => Heard::SilenceLine,
            Some(p) => match reaction_to(sc, p) {
                Some((t, r)) => Heard::Reaction(t, r),
                None => Heard::Line(variant(sc, state.seed(), step.turn)),
            },
            None => Heard::Line(variant(sc, state.seed(), step.turn)),
        });
        previous = Some(step);
    }
    out
}

/// The customer's answer to the silence at move `index`: the turn's silence line the first
/// time, an escalating line for each further silence in a row at the same turn.
fn waits(state: &State, index: usize) -> Line {
    let history = state.history();
    let turn = history[index].turn;
    let before = history[..index]
        .iter()
        .rev()
        .take_while(|s| s.turn == turn && s.choice == Choice::Silence)
        .count();
    match u8::try_from(before).unwrap_or(u8::MAX) {
        0 => Line::CustomerWaits(turn),
        n => Line::CustomerWaitsAgain(turn, n),
    }
}

/// The conversation so far, line by line.
pub fn transcript(sc: &Scenario, state: &State) -> Vec<Line> {
    let mut lines = Vec::new();
    if !state.is_started() {
        return lines;
    }
    let heard = heard(sc, state);
    // The holds before the move at `index` (after the customer's line the trainee answered).
    let holds_before = |index: usize, lines: &mut Vec<Line>| {
        for (i, hold) in state.holds().iter().enumerate() {
            if usize::from(hold.before_move) == index {
                lines.extend([Line::Hold(i), Line::HoldBack(i), Line::HoldAck(i)]);
            }
        }
    };
    for (index, (step, heard)) in state.history().iter().zip(heard).enumerate() {
        // The silence line was already added right after the silence itself.
        if heard != Heard::SilenceLine {
            lines.push(heard.line(step.turn));
        }
        holds_before(index, &mut lines);
        match step.choice {
            Choice::Reply(r) => lines.push(Line::Agent(step.turn, r)),
            Choice::Silence => {
                lines.push(Line::AgentSilent(step.turn));
                lines.push(waits(state, index));
            }
            Choice::HangUp(_) => lines.push(Line::AgentEnded),
        }
    }
    let last = state.history().last();
    let reaction = last.and_then(|s| reaction_to(sc, s));
    if let Some(turn) = state.turn() {
        let waiting = last.is_some_and(|s| s.turn == turn && s.choice == Choice::Silence);
        if !waiting {
            lines.push(match reaction {
                Some((t, r)) => Line::CustomerReacts(t, r),
                None => Line::Customer(turn, variant(sc, state.seed(), turn)),
            });
        }
        holds_before(state.history().len(), &mut lines);
    } else if let Some((t, r)) = reaction {
        lines.push(Line::CustomerReacts(t, r));
    }
    lines
}
