//! The rule book of a call: where it is (`At`), what the trainee did (`Choice`), and `Core`, the
//! part of the run state that decides what can happen next, with `Core::transition`, the one
//! rule the game and the analysis both follow.

use crate::model::{Condition, Effect, EndingIx, ReplyRef, Scenario, Target, TurnIx, VarOp};

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
