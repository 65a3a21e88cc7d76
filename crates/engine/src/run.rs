//! Playing a call: the run state, the inputs, the events, and `step`.
//!
//! `step(&scenario, &state, input) -> (state, events)` is the whole interface. The state is small
//! and cloneable; events carry indices (turn, reply, ending), never text, so the edge renders them
//! in whatever language is current. The Markov part of the state (`Core`) is shared with the
//! analysis, which explores every reachable `Core` with the same `transition` the game uses: the
//! validator's verdicts and the game's behaviour cannot drift apart.

use crate::model::*;
use crate::random::Stream;
use crate::timer::{self, TimerMode};

/// Where the call is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum At {
    /// Waiting for the trainee's answer to this turn.
    Turn(TurnIx),
    /// Over.
    Ended(EndingIx),
}

/// What the trainee did at a turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Choice {
    /// Chose the reply at this index of the turn.
    Reply(u8),
    /// Let the timer run out.
    Silence,
    /// Ended the call; the index of the hang-up rule that applied.
    HangUp(u8),
}

/// A move as the analysis sees it (before the hang-up rule is known).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Move {
    Reply(u8),
    Silence,
    HangUp,
}

/// The part of the run state that decides what can happen next.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Core {
    pub at: At,
    pub mood: i32,
    pub vars: Vec<i32>,
    pub silences: u8,
    /// Bit per trigger that has fired.
    pub fired: u64,
    /// Bit per tracked reply (one that some condition refers to) that was chosen.
    pub said: u64,
    /// The twists that happen in this call (bits by index into [`Scenario::twists`]).
    pub twists: u8,
}

/// The result of one transition.
pub(crate) struct Transition {
    pub core: Core,
    pub choice: Choice,
    pub trigger: Option<u8>,
}

impl Core {
    pub fn start(sc: &Scenario, twists: u8) -> Core {
        Core {
            at: At::Turn(sc.start),
            mood: sc.customer.mood,
            vars: vec![0; sc.vars.len()],
            silences: 0,
            fired: 0,
            said: 0,
            twists,
        }
    }

    pub fn holds(&self, sc: &Scenario, c: &Condition) -> bool {
        let said = |r: &ReplyRef| tracked_bit(sc, *r).is_some_and(|bit| self.said & bit != 0);
        c.twist & !self.twists == 0
            && c.not_twist & self.twists == 0
            && c.mood_below.is_none_or(|m| self.mood < m)
            && c.mood_at_least.is_none_or(|m| self.mood >= m)
            && c.said.iter().all(said)
            && !c.not_said.iter().any(said)
            && c.var_at_least
                .iter()
                .all(|(v, n)| self.vars[usize::from(v.0)] >= *n)
            && c.var_below
                .iter()
                .all(|(v, n)| self.vars[usize::from(v.0)] < *n)
    }

    /// The replies of the current turn whose conditions hold, in file order.
    pub fn available(&self, sc: &Scenario) -> Vec<u8> {
        let At::Turn(t) = self.at else {
            return Vec::new();
        };
        sc.turn(t)
            .replies
            .iter()
            .enumerate()
            .filter(|(_, r)| self.holds(sc, &r.when))
            .map(|(i, _)| i as u8)
            .collect()
    }

    fn apply(&mut self, effect: &Effect) {
        self.mood = (self.mood + effect.mood).clamp(0, 100);
        for op in &effect.vars {
            match *op {
                VarOp::Set(v, n) => self.vars[usize::from(v.0)] = n,
                VarOp::Add(v, n) => {
                    let slot = &mut self.vars[usize::from(v.0)];
                    *slot = slot.saturating_add(n).clamp(-1_000_000, 1_000_000);
                }
            }
        }
    }

    /// Moves to `target`, unless a trigger fires first.
    fn go(&mut self, sc: &Scenario, target: Target) -> Option<u8> {
        if let Target::Turn(_) = target {
            for (i, trigger) in sc.triggers.iter().enumerate().take(64) {
                let bit = 1u64 << i;
                if self.fired & bit == 0 && self.holds(sc, &trigger.when) {
                    self.fired |= bit;
                    self.at = at(trigger.goto);
                    return Some(i as u8);
                }
            }
        }
        self.at = at(target);
        None
    }

    /// What `mv` leads to; `None` if it is not possible now.
    pub fn transition(&self, sc: &Scenario, mv: Move) -> Option<Transition> {
        let At::Turn(t) = self.at else {
            return None;
        };
        let turn = sc.turn(t);
        let mut next = self.clone();
        match mv {
            Move::Reply(r) => {
                let reply = turn.replies.get(usize::from(r))?;
                if !self.holds(sc, &reply.when) {
                    return None;
                }
                next.apply(&reply.effect);
                if let Some(bit) = tracked_bit(sc, ReplyRef { turn: t, reply: r }) {
                    next.said |= bit;
                }
                let trigger = next.go(sc, reply.goto);
                Some(Transition {
                    core: next,
                    choice: Choice::Reply(r),
                    trigger,
                })
            }
            Move::Silence => {
                next.apply(&turn.silence.effect);
                next.silences = next.silences.saturating_add(1);
                let trigger = if next.silences > sc.customer.patience {
                    next.at = At::Ended(sc.customer.gives_up);
                    None
                } else {
                    next.go(sc, turn.silence.goto.unwrap_or(Target::Turn(t)))
                };
                Some(Transition {
                    core: next,
                    choice: Choice::Silence,
                    trigger,
                })
            }
            Move::HangUp => {
                let (i, rule) = sc
                    .hang_up
                    .iter()
                    .enumerate()
                    .find(|(_, rule)| self.holds(sc, &rule.when))?;
                next.apply(&rule.effect);
                next.at = At::Ended(rule.ending);
                Some(Transition {
                    core: next,
                    choice: Choice::HangUp(i as u8),
                    trigger: None,
                })
            }
        }
    }
}

fn at(target: Target) -> At {
    match target {
        Target::Turn(t) => At::Turn(t),
        Target::Ending(e) => At::Ended(e),
    }
}

/// The bit of a reply that conditions refer to; `None` for replies nobody asks about.
pub(crate) fn tracked_bit(sc: &Scenario, r: ReplyRef) -> Option<u64> {
    sc.tracked.iter().position(|t| *t == r).map(|i| 1u64 << i)
}

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
    pub extensions: u8,
    /// Times the trainee stopped the reply clock at this turn before the move: "Pause", or
    /// leaving the tab (at most [`timer::MAX_PAUSES`]; the clock is read, never gamed, but a
    /// trainer sees how often it was stopped).
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
}

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
        extensions: u8,
        /// Times the clock was stopped at this turn (see [`Step::pauses`]).
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

/// What happened, for the edge to show. Carries indices only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// The customer says a line of a turn (variant index into [`Turn::lines`]).
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
    Triggered {
        /// The trigger.
        trigger: u8,
    },
    /// The trainee ended the call (index into [`Scenario::hang_up`]).
    AgentEndedCall {
        /// The rule that applied.
        rule: u8,
    },
    /// The customer was on hold (index into [`State::holds`]); a [`Event::MoodChanged`]
    /// follows when the mood changed.
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

fn show_turn(sc: &Scenario, state: &State, events: &mut Vec<Event>) {
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
