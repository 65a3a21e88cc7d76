//! What the trainee sees, drawn from the call's seed and deal: the customer's line variant, the
//! wording and order of the replies on offer, and the reaction the customer says.

use super::events::{Event, Offer};
use super::rules::{At, Choice};
use super::state::{State, Step};
use crate::model::{Scenario, TurnIx};
use crate::random::Stream;
use crate::timer;

/// The line variant the customer uses for `turn` in a call with `seed` (fixed for the whole call:
/// it depends on nothing else). The numbers drawn are defined in [`crate::random`].
pub fn variant(sc: &Scenario, seed: u64, turn: TurnIx) -> u8 {
    let n = sc.turn(turn).lines.len().max(1) as u32;
    Stream::new(seed, u64::from(turn.0) << 1).below(n) as u8
}

/// The wording of a reply the trainee sees in a call with `deal` (fixed for the whole call).
pub fn wording(sc: &Scenario, deal: u64, turn: TurnIx, reply: u8) -> u8 {
    let n = sc.turn(turn).replies[usize::from(reply)]
        .wordings
        .len()
        .max(1) as u32;
    Stream::new(
        deal,
        WORDING_SALT | u64::from(turn.0) << 8 | u64::from(reply),
    )
    .below(n) as u8
}

/// The text of a reply as the trainee with `deal` sees it: its wording for this call.
pub fn wording_text(sc: &Scenario, deal: u64, turn: TurnIx, reply: u8) -> &crate::Text {
    let r = &sc.turn(turn).replies[usize::from(reply)];
    &r.wordings[usize::from(wording(sc, deal, turn, reply)).min(r.wordings.len() - 1)]
}

/// Salts of the wording streams, apart from the line (even) and order (odd, small) salts.
const WORDING_SALT: u64 = 1 << 62;

/// The replies on offer now, shuffled by the deal; `None` unless the call is waiting at a turn.
pub fn offer(sc: &Scenario, state: &State) -> Option<Offer> {
    let core = state.core.as_ref()?;
    let At::Turn(turn) = core.at else {
        return None;
    };
    let mut replies = core.available(sc);
    // The order depends on the deal, the turn and the move number (a turn met again, after a
    // silence or a loop, may show its replies in another order).
    Stream::new(
        state.deal,
        ((state.history.len() as u64) << 17) | (u64::from(turn.0) << 1) | 1,
    )
    .shuffle(&mut replies);
    Some(Offer {
        turn,
        replies,
        limit_ms: timer::limit_ms(sc.turn(turn).time_s, state.timer, 0),
    })
}

/// The reply whose reaction the customer says after `step` (instead of the next turn's line,
/// or before the ending): a reply with a `reaction` whose move set off no trigger.
pub fn reaction_to(sc: &Scenario, step: &Step) -> Option<(TurnIx, u8)> {
    let Choice::Reply(r) = step.choice else {
        return None;
    };
    let has = sc.turn(step.turn).replies[usize::from(r)]
        .reaction
        .is_some();
    (has && step.trigger.is_none()).then_some((step.turn, r))
}

pub(super) fn show_turn(sc: &Scenario, state: &State, events: &mut Vec<Event>) {
    let reaction = state.history.last().and_then(|s| reaction_to(sc, s));
    if let Some((turn, reply)) = reaction {
        events.push(Event::CustomerReacts { turn, reply });
    }
    if let Some(offer) = offer(sc, state) {
        if reaction.is_none() {
            events.push(Event::CustomerSpeaks {
                turn: offer.turn,
                variant: variant(sc, state.seed, offer.turn),
            });
        }
        events.push(Event::Offer(offer));
    } else if let Some(ending) = state.ending() {
        events.push(Event::Ended {
            ending,
            outcome: sc.ending(ending).outcome,
        });
    }
}
