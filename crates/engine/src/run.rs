//! Playing a call: the run state, the inputs, the events, and `step`.
//!
//! `step(&scenario, &state, input) -> (state, events)` is the whole interface. The state is small
//! and cloneable; events carry indices (turn, reply, ending), never text, so the edge renders them
//! in whatever language is current. The Markov part of the state (`Core`) is shared with the
//! analysis, which explores every reachable `Core` with the same `transition` the game uses: the
//! validator's verdicts and the game's behaviour cannot drift apart.

mod events;
mod rules;
mod show;
mod state;

use crate::model::Scenario;
use crate::timer::{self, TimerMode};
pub use events::{Event, Input, Offer, Rejection};
pub use rules::{At, Choice};
pub(crate) use rules::{Core, Move};
use show::show_turn;
pub use show::{offer, reaction_to, variant, wording, wording_text};
pub use state::{State, Step};

pub(crate) fn tenths(ms: u32) -> u32 {
    ms.min(3_600_000) / 100 * 100
}

/// Plays one input. Never panics: an input that does not fit the state is answered with
/// [`Event::Rejected`] and the state unchanged.
pub fn step(sc: &Scenario, state: &State, input: Input) -> (State, Vec<Event>) {
    let reject = |why| (state.clone(), vec![Event::Rejected(why)]);
    let Some(core) = state.core.as_ref() else {
        return match input {
            Input::Start { seed, deal, timer } => {
                let next = State {
                    core: Some(Core::start(sc, crate::twist::for_seed(sc, seed))),
                    seed,
                    deal,
                    timer,
                    history: Vec::new(),
                    holds: Vec::new(),
                    given: 0,
                    by_hand: None,
                };
                let mut events = Vec::new();
                show_turn(sc, &next, &mut events);
                (next, events)
            }
            _ => reject(Rejection::NotStarted),
        };
    };
    let At::Turn(turn) = core.at else {
        return match input {
            Input::Resume => {
                let mut events = Vec::new();
                show_turn(sc, state, &mut events);
                (state.clone(), events)
            }
            Input::Start { .. } => reject(Rejection::AlreadyStarted),
            _ => reject(Rejection::Ended),
        };
    };
    // Extensions exist only with a timer: with the timer off they are recorded as 0, and with
    // it on they are capped at `timer::MAX_EXTENSIONS` (what the clock could have granted).
    let extensions = |n: u8| match state.timer {
        TimerMode::Off => 0,
        _ => n.min(timer::MAX_EXTENSIONS),
    };
    let (mv, elapsed_ms, extensions, pauses) = match input {
        // Response times are kept to a tenth of a second (what a save holds), at most an hour.
        Input::Start { .. } => return reject(Rejection::AlreadyStarted),
        Input::Resume => {
            let mut events = Vec::new();
            show_turn(sc, state, &mut events);
            return (state.clone(), events);
        }
        Input::Hold {
            way,
            held_ms,
            thanked,
        } => {
            if state.holds.len() >= crate::hold::MAX_HOLDS {
                return reject(Rejection::NotOffered);
            }
            let hold = crate::hold::record(
                sc,
                turn,
                &state.holds,
                state.history.len(),
                core.mood,
                (way, tenths(held_ms), thanked),
            );
            let mut next = state.clone();
            if let Some(c) = next.core.as_mut() {
                c.mood = i32::from(hold.mood_after);
            }
            next.holds.push(hold);
            let mut events = vec![Event::Held {
                hold: next.holds.len() - 1,
            }];
            if hold.mood_after != hold.mood_before {
                events.push(Event::MoodChanged {
                    from: hold.mood_before,
                    to: hold.mood_after,
                });
            }
            return (next, events);
        }
        Input::Choose {
            reply,
            elapsed_ms,
            extensions: n,
            pauses,
        } => (
            Move::Reply(reply),
            tenths(elapsed_ms),
            extensions(n),
            pauses.min(timer::MAX_PAUSES),
        ),
        Input::TimerExpired {
            extensions: n,
            pauses,
        } => {
            let n = extensions(n);
            match timer::limit_ms(sc.turn(turn).time_s, state.timer, n) {
                Some(limit) => (Move::Silence, limit, n, pauses.min(timer::MAX_PAUSES)),
                None => return reject(Rejection::NoTimer),
            }
        }
        Input::EndCall {
            elapsed_ms,
            extensions: n,
            pauses,
        } => (
            Move::HangUp,
            tenths(elapsed_ms),
            extensions(n),
            pauses.min(timer::MAX_PAUSES),
        ),
    };
    let Some(t) = core.transition(sc, mv) else {
        return reject(Rejection::NotOffered);
    };
    let mut events = Vec::new();
    match t.choice {
        Choice::Reply(reply) => events.push(Event::Replied {
            turn,
            reply,
            grade: sc.turn(turn).replies[usize::from(reply)].grade,
        }),
        Choice::Silence => events.push(Event::TimedOut { turn }),
        Choice::HangUp(rule) => events.push(Event::AgentEndedCall { rule }),
    }
    if t.core.mood != core.mood {
        events.push(Event::MoodChanged {
            from: core.mood as u8,
            to: t.core.mood as u8,
        });
    }
    if t.choice == Choice::Silence {
        events.push(Event::CustomerWaits { turn });
    }
    if let Some(trigger) = t.trigger {
        events.push(Event::Triggered { trigger });
    }
    let mut history = state.history.clone();
    history.push(Step {
        turn,
        choice: t.choice,
        elapsed_ms,
        extensions,
        pauses,
        mood_after: t.core.mood as u8,
        trigger: t.trigger,
    });
    let next = State {
        core: Some(t.core),
        seed: state.seed,
        deal: state.deal,
        timer: state.timer,
        history,
        holds: state.holds.clone(),
        given: state.given,
        by_hand: state.by_hand.clone(),
    };
    // After a silence the customer waits on the same turn without repeating the line.
    if t.choice == Choice::Silence && next.turn() == Some(turn) {
        if let Some(offer) = offer(sc, &next) {
            events.push(Event::Offer(offer));
        }
    } else {
        show_turn(sc, &next, &mut events);
    }
    (next, events)
}
