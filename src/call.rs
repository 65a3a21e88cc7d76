//! A call in progress, as the call screen sees it: the engine's state plus what only the screen
//! knows (the reply clock, pauses, time extensions, feedback waiting to be read in coach mode).
//!
//! Everything here is pure: times come in as milliseconds from the page's monotonic clock, so
//! the reducer is tested natively and the timer is measured from the clock, never by counting
//! ticks. The engine decides everything about the call itself; this only feeds it inputs.
//!
//! Time cannot be banked: "more time" is taken only while the reply clock runs (not paused, not
//! hidden, not while coach feedback is open, not after the end, not once time is up), and the
//! extensions of a turn go to the engine with its move, which records them. The clock of the
//! unanswered turn ([`Call::pending`]) is saved with the call, so a reload resumes it where it
//! was instead of at full time ([`Call::resume`]).

use std::rc::Rc;

use calmline_engine::hold::HoldWay;
use calmline_engine::model::EndingIx;
#[cfg(test)]
use calmline_engine::run::Choice;
use calmline_engine::run::offer;
use calmline_engine::save::Pending;
// The conversation as lines: the engine's rule, shared with the debrief.
pub use calmline_engine::transcript::{Line, transcript};
use calmline_engine::{Input, Scenario, State, TimerMode, step, timer};

use crate::settings::Mode;

/// A loaded scenario shared by the screens; two are equal when they are the same load, so
/// components compare it in constant time.
#[derive(Debug, Clone)]
pub struct SharedScenario(pub Rc<Scenario>);

impl PartialEq for SharedScenario {
    fn eq(&self, other: &SharedScenario) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for SharedScenario {
    type Target = Scenario;

    fn deref(&self) -> &Scenario {
        &self.0
    }
}

/// The reply clock of the current turn: elapsed time excluding pauses.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Clock {
    started_ms: f64,
    paused_since: Option<f64>,
    paused_total_ms: f64,
}

impl Clock {
    /// A clock started at `now`, running or stopped.
    pub fn new(now: f64, running: bool) -> Clock {
        Clock::with_elapsed(now, 0, running)
    }

    /// A clock that has already run `elapsed_ms` by `now` (a turn resumed after a reload).
    pub fn with_elapsed(now: f64, elapsed_ms: u32, running: bool) -> Clock {
        Clock {
            started_ms: now - f64::from(elapsed_ms),
            paused_since: (!running).then_some(now),
            paused_total_ms: 0.0,
        }
    }

    /// Milliseconds the clock has run by `now`.
    pub fn elapsed_ms(&self, now: f64) -> u32 {
        let until = self.paused_since.unwrap_or(now);
        (until - self.started_ms - self.paused_total_ms).clamp(0.0, f64::from(u32::MAX)) as u32
    }

    /// Whether it is running.
    pub fn is_running(&self) -> bool {
        self.paused_since.is_none()
    }

    /// Runs or stops it at `now` (no change if it already is so).
    pub fn set_running(&mut self, running: bool, now: f64) {
        match (running, self.paused_since) {
            (true, Some(since)) => {
                self.paused_total_ms += (now - since).max(0.0);
                self.paused_since = None;
            }
            (false, None) => self.paused_since = Some(now),
            _ => {}
        }
    }

    /// Gives back `ms` the page could not be used (a synchronous LMS call that blocked it): a
    /// running clock is moved on by that much; a stopped one was not counting anyway.
    pub fn credit(&mut self, ms: f64) {
        if self.paused_since.is_none() && ms > 0.0 {
            self.started_ms += ms;
        }
    }
}

/// What the trainee or the page does to the call.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CallAction {
    /// A reply was chosen (index in the turn, as in the scenario file).
    Choose {
        /// The reply.
        reply: u8,
        /// The clock now.
        now: f64,
    },
    /// The countdown reached zero.
    Expire {
        /// The clock now.
        now: f64,
    },
    /// The trainee ended the call.
    EndCall {
        /// The clock now.
        now: f64,
    },
    /// The trainee asked for more time (taken only while the reply clock runs).
    Extend {
        /// The clock now.
        now: f64,
    },
    /// The trainee paused or resumed the call.
    SetPaused {
        /// Paused or not.
        paused: bool,
        /// The clock now.
        now: f64,
    },
    /// The tab was hidden or shown again.
    SetHidden {
        /// Hidden or not.
        hidden: bool,
        /// The clock now.
        now: f64,
    },
    /// The trainee puts the customer on hold (only while a reply is awaited): the reply clock
    /// stops, the hold's clock starts.
    StartHold {
        /// How.
        way: HoldWay,
        /// The clock now.
        now: f64,
    },
    /// The trainee comes back to the customer: the engine records the hold.
    EndHold {
        /// Whether the trainee thanks the customer for waiting.
        thanked: bool,
        /// The clock now.
        now: f64,
    },
    /// The trainee has read the coach's feedback and goes on.
    Continue {
        /// The clock now.
        now: f64,
    },
    /// The page was blocked for `ms` (a slow synchronous LMS commit): the reply clock gives
    /// that time back, so reporting never eats into the trainee's time.
    Stalled {
        /// How long the page was blocked.
        ms: f64,
    },
    /// The customer's newest line has been delivered (said, or its speaking time is over, or
    /// the trainee skipped it): the replies and the reply clock may start (helper A, call feel).
    Delivered {
        /// The clock now.
        now: f64,
    },
}

/// The customer is on hold: how, and the hold's own clock (it runs while the game is not paused
/// and the tab is shown, as the reply clock does).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OnHold {
    /// How the trainee put the customer on hold.
    pub way: HoldWay,
    /// Time on hold so far.
    pub clock: Clock,
}

/// Why "more time" cannot be asked for now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoExtension {
    /// The call has no timer, or is over.
    Untimed,
    /// The reply clock is stopped (paused, hidden tab, coach feedback open).
    Stopped,
    /// Every extension of this reply has been used.
    UsedUp,
    /// The time is already up.
    TimeUp,
}

/// A call in progress or just ended.
#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    /// The scenario.
    pub scenario: SharedScenario,
    /// The engine's state.
    pub state: State,
    /// Coach or exam.
    pub mode: Mode,
    /// "More time" used at this turn.
    pub extensions: u8,
    /// Times the trainee stopped the running reply clock at this turn (pause, leaving the tab,
    /// a reload): recorded with the move, so that a trainer sees it.
    pub pauses: u8,
    /// The reply clock of this turn.
    pub clock: Clock,
    /// Paused by the trainee.
    pub paused: bool,
    /// The tab is hidden.
    pub hidden: bool,
    /// Coach mode: the feedback on the last move is shown and the clock waits for it.
    pub feedback_open: bool,
    /// The customer is on hold (not kept by a save: a reload ends the hold unrecorded).
    pub hold: Option<OnHold>,
    /// The customer is still saying their newest line: no replies, the reply clock waits
    /// (set by each move and at the start, cleared by [`CallAction::Delivered`]; a resumed call
    /// starts delivered).
    pub speaking: bool,
    /// Whether new lines are delivered with a delay at all ([`Call::paced`]).
    pub paced: bool,
}

impl Call {
    /// Starts a new call at `now`: `seed` is the customer's (a trainer's link may fix it),
    /// `deal` the trainee's own reply order and wordings.
    pub fn start(
        scenario: SharedScenario,
        (seed, deal): (u64, u64),
        timer: TimerMode,
        mode: Mode,
        now: f64,
    ) -> Call {
        let start = Input::Start { seed, deal, timer };
        let (state, _) = step(&scenario, &State::new(), start);
        Call::resume(scenario, state, mode, Pending::default(), now)
    }

    /// The customer takes time to say each new line (the call screen delivers it): from now on
    /// every move leaves the customer speaking, and `opening` says whether the line on screen
    /// is still to be said (a new call) or was said already (a resumed one).
    pub fn paced(mut self, opening: bool, now: f64) -> Call {
        self.paced = true;
        self.speaking = opening && !self.is_over();
        self.sync_clock(now);
        self
    }

    /// Goes on with a restored state at `now`; the interrupted turn's clock goes on from the
    /// time and the extensions it had used (`pending`, from the save), running.
    pub fn resume(
        scenario: SharedScenario,
        state: State,
        mode: Mode,
        pending: Pending,
        now: f64,
    ) -> Call {
        let extensions = if state.timer() == TimerMode::Off {
            0
        } else {
            pending.extensions.min(timer::MAX_EXTENSIONS)
        };
        let pauses = pending.pauses.min(timer::MAX_PAUSES);
        Call {
            scenario,
            state,
            mode,
            extensions,
            pauses,
            clock: Clock::with_elapsed(now, pending.elapsed_ms, true),
            paused: false,
            hidden: false,
            feedback_open: false,
            hold: None,
            speaking: false,
            paced: false,
        }
    }

    /// Shows again the coach feedback that was open when the call was kept (a reload during
    /// it): the reply clock waits for it as before. Only a coached call with a move to comment
    /// on has any; otherwise the call is unchanged.
    pub fn reopen_feedback(mut self, now: f64) -> Call {
        if self.mode == Mode::Coach && !self.state.history().is_empty() && !self.is_over() {
            self.feedback_open = true;
            self.sync_clock(now);
        }
        self
    }

    /// The reply clock of the current turn at `now`, as a save keeps it.
    pub fn pending(&self, now: f64) -> Pending {
        if self.is_over() {
            return Pending::default();
        }
        Pending {
            elapsed_ms: self.clock.elapsed_ms(now),
            extensions: self.extensions,
            pauses: self.pauses,
        }
    }

    /// Whether "more time" can be asked for at `now`, and if not, why.
    pub fn extension(&self, now: f64) -> Result<(), NoExtension> {
        if self.limit_ms().is_none() {
            Err(NoExtension::Untimed)
        } else if !self.clock.is_running() {
            Err(NoExtension::Stopped)
        } else if !timer::can_extend(self.extensions) {
            Err(NoExtension::UsedUp)
        } else if self.remaining_ms(now) == Some(0) {
            Err(NoExtension::TimeUp)
        } else {
            Ok(())
        }
    }

    /// Whether the call is over.
    pub fn is_over(&self) -> bool {
        self.state.ending().is_some()
    }

    /// The ending, once over.
    pub fn ending(&self) -> Option<EndingIx> {
        self.state.ending()
    }

    /// The time to reply at this turn (with extensions), or `None` when untimed or over.
    pub fn limit_ms(&self) -> Option<u32> {
        let turn = self.state.turn()?;
        timer::limit_ms(
            self.scenario.turn(turn).time_s,
            self.state.timer(),
            self.extensions,
        )
    }

    /// Time left at `now`, when timed.
    pub fn remaining_ms(&self, now: f64) -> Option<u32> {
        self.limit_ms()
            .map(|limit| timer::remaining_ms(limit, self.clock.elapsed_ms(now)))
    }

    /// Whether the replies can be chosen now.
    pub fn accepts_replies(&self) -> bool {
        !self.is_over()
            && !self.paused
            && !self.feedback_open
            && !self.speaking
            && self.hold.is_none()
    }

    /// Milliseconds the customer has been on hold by `now` (0 when not on hold).
    pub fn held_ms(&self, now: f64) -> u32 {
        self.hold.map_or(0, |h| h.clock.elapsed_ms(now))
    }

    /// The replies on offer now, in the order to show them.
    pub fn replies(&self) -> Vec<u8> {
        offer(&self.scenario, &self.state).map_or_else(Vec::new, |o| o.replies)
    }

    /// The conversation so far.
    pub fn transcript(&self) -> Vec<Line> {
        transcript(&self.scenario, &self.state)
    }

    /// Applies an action; the engine is asked only for moves that fit the call's situation.
    pub fn apply(&self, action: CallAction) -> Call {
        let mut next = self.clone();
        match action {
            CallAction::Choose { reply, now } if self.accepts_replies() => {
                let elapsed_ms = self.clock.elapsed_ms(now);
                let (extensions, pauses) = (self.extensions, self.pauses);
                next.play(
                    Input::Choose {
                        reply,
                        elapsed_ms,
                        extensions,
                        pauses,
                    },
                    now,
                );
            }
            CallAction::Expire { now }
                if self.accepts_replies() && !self.hidden && self.remaining_ms(now) == Some(0) =>
            {
                let (extensions, pauses) = (self.extensions, self.pauses);
                next.play(Input::TimerExpired { extensions, pauses }, now);
            }
            CallAction::EndCall { now } if !self.is_over() => {
                // A customer on hold hears the agent come back (without thanks) before the end.
                next.end_hold(false, now);
                let elapsed_ms = self.clock.elapsed_ms(now);
                let (extensions, pauses) = (self.extensions, self.pauses);
                next.play(
                    Input::EndCall {
                        elapsed_ms,
                        extensions,
                        pauses,
                    },
                    now,
                );
            }
            CallAction::Extend { now } if self.extension(now).is_ok() => next.extensions += 1,
            CallAction::SetPaused { paused, now } => {
                next.paused = paused;
                next.sync_clock(now);
                next.count_stop(self);
            }
            CallAction::SetHidden { hidden, now } => {
                next.hidden = hidden;
                next.sync_clock(now);
                next.count_stop(self);
            }
            CallAction::StartHold { way, now } if self.accepts_replies() => {
                next.hold = Some(OnHold {
                    way,
                    clock: Clock::new(now, !self.hidden),
                });
                next.sync_clock(now);
            }
            CallAction::EndHold { thanked, now } => next.end_hold(thanked, now),
            CallAction::Continue { now } => {
                next.feedback_open = false;
                next.sync_clock(now);
            }
            CallAction::Stalled { ms } if !self.is_over() => next.clock.credit(ms),
            CallAction::Delivered { now } => {
                next.speaking = false;
                next.sync_clock(now);
            }
            _ => {}
        }
        next
    }

    fn play(&mut self, input: Input, now: f64) {
        let (state, _events) = step(&self.scenario, &self.state, input);
        if state == self.state {
            return;
        }
        let moved_on = state.history().len() != self.state.history().len();
        self.state = state;
        if moved_on {
            self.extensions = 0;
            self.pauses = 0;
            self.feedback_open = self.mode == Mode::Coach && !self.is_over();
            self.speaking = self.paced && !self.is_over();
            self.clock = Clock::new(now, false);
            self.sync_clock(now);
        }
    }

    /// Records the hold, if the customer is on one, and takes the call off hold.
    fn end_hold(&mut self, thanked: bool, now: f64) {
        let Some(hold) = self.hold.take() else {
            return;
        };
        let input = Input::Hold {
            way: hold.way,
            held_ms: hold.clock.elapsed_ms(now),
            thanked,
        };
        self.play(input, now);
        self.sync_clock(now);
    }

    /// Counts a stop of the reply clock that the trainee caused (pause or leaving the tab) while
    /// a reply was awaited; coach feedback and the end of the call do not count.
    fn count_stop(&mut self, before: &Call) {
        // The clock runs only while a reply is awaited.
        if before.clock.is_running() && !self.clock.is_running() {
            self.pauses = self.pauses.saturating_add(1).min(timer::MAX_PAUSES);
        }
    }

    fn sync_clock(&mut self, now: f64) {
        let running = !self.paused
            && !self.hidden
            && !self.feedback_open
            && !self.speaking
            && self.hold.is_none()
            && !self.is_over();
        self.clock.set_running(running, now);
        if let Some(hold) = self.hold.as_mut() {
            hold.clock.set_running(!self.paused && !self.hidden, now);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scenario() -> SharedScenario {
        let bytes = include_bytes!("../crates/engine/tests/fixtures/late-delivery-v1.toml");
        let sc = calmline_engine::validate("fixture", bytes).into_result();
        SharedScenario(Rc::new(sc.expect("the fixture is valid")))
    }

    fn reply(call: &Call, id: &str) -> u8 {
        let turn = call.state.turn().expect("on a turn");
        call.scenario
            .turn(turn)
            .replies
            .iter()
            .position(|r| r.id == id)
            .expect("reply") as u8
    }

    fn turn_id(call: &Call) -> String {
        call.state
            .turn()
            .map(|t| call.scenario.turn(t).id.clone())
            .unwrap_or_default()
    }

    #[test]
    fn a_stall_is_given_back_to_a_running_clock_only() {
        let mut c = Clock::new(0.0, true);
        c.credit(2_000.0);
        assert_eq!(c.elapsed_ms(3_000.0), 1_000);
        c.set_running(false, 3_000.0);
        c.credit(5_000.0);
        assert_eq!(c.elapsed_ms(9_000.0), 1_000);
    }

    #[test]
    fn the_clock_excludes_pauses() {
        let mut c = Clock::new(1_000.0, true);
        assert_eq!(c.elapsed_ms(3_000.0), 2_000);
        c.set_running(false, 3_000.0);
        assert_eq!(c.elapsed_ms(60_000.0), 2_000);
        c.set_running(true, 60_000.0);
        c.set_running(true, 61_000.0);
        assert_eq!(c.elapsed_ms(61_500.0), 3_500);
    }

    #[test]
    fn a_reply_is_timed_from_the_clock_and_coach_mode_waits_for_the_feedback() {
        let call = Call::start(scenario(), (1, 1), TimerMode::Standard, Mode::Coach, 0.0);
        let r = reply(&call, "let-vent");
        let call = call.apply(CallAction::Choose {
            reply: r,
            now: 4_321.0,
        });
        assert_eq!(call.state.history()[0].elapsed_ms, 4_300);
        assert_eq!(turn_id(&call), "vent");
        assert!(call.feedback_open && !call.accepts_replies());
        // Reading the feedback does not eat the reply time.
        assert_eq!(call.remaining_ms(90_000.0), Some(30_000));
        let call = call.apply(CallAction::Continue { now: 90_000.0 });
        assert_eq!(call.remaining_ms(95_000.0), Some(25_000));
    }

    #[test]
    fn exam_mode_goes_straight_on() {
        let call = Call::start(scenario(), (1, 1), TimerMode::Standard, Mode::Exam, 0.0);
        let r = reply(&call, "let-vent");
        let call = call.apply(CallAction::Choose {
            reply: r,
            now: 1_000.0,
        });
        assert!(!call.feedback_open && call.accepts_replies());
        assert_eq!(call.remaining_ms(6_000.0), Some(25_000));
    }

    #[test]
    fn the_timer_expires_only_when_time_is_really_up() {
        let call = Call::start(scenario(), (1, 1), TimerMode::Standard, Mode::Exam, 0.0);
        // 25 s at the opening in the standard mode; a stale expiry is ignored.
        assert_eq!(call.apply(CallAction::Expire { now: 24_000.0 }), call);
        let extended = call.apply(CallAction::Extend { now: 1_000.0 });
        assert_eq!(extended.remaining_ms(25_000.0), Some(20_000));
        assert_eq!(
            extended.apply(CallAction::Expire { now: 25_000.0 }),
            extended
        );
        let after = call.apply(CallAction::Expire { now: 25_000.0 });
        assert_eq!(after.state.history().len(), 1);
        assert_eq!(
            after.transcript()[1..],
            [
                Line::AgentSilent(after.state.history()[0].turn),
                Line::CustomerWaits(after.state.history()[0].turn)
            ]
        );
    }

    #[test]
    fn a_paused_or_hidden_call_keeps_its_time() {
        let call = Call::start(scenario(), (1, 1), TimerMode::Standard, Mode::Exam, 0.0);
        let paused = call.apply(CallAction::SetPaused {
            paused: true,
            now: 5_000.0,
        });
        assert!(!paused.accepts_replies());
        assert_eq!(paused.remaining_ms(500_000.0), Some(20_000));
        assert_eq!(paused.apply(CallAction::Expire { now: 500_000.0 }), paused);
        let hidden = call
            .apply(CallAction::SetHidden {
                hidden: true,
                now: 5_000.0,
            })
            .apply(CallAction::SetHidden {
                hidden: false,
                now: 65_000.0,
            });
        assert_eq!(hidden.remaining_ms(66_000.0), Some(19_000));
    }

    #[test]
    fn more_time_is_limited() {
        let mut call = Call::start(scenario(), (1, 1), TimerMode::Strict, Mode::Exam, 0.0);
        for _ in 0..20 {
            call = call.apply(CallAction::Extend { now: 0.0 });
        }
        assert_eq!(call.extensions, timer::MAX_EXTENSIONS);
        assert_eq!(call.extension(0.0), Err(NoExtension::UsedUp));
        let untimed = Call::start(scenario(), (1, 1), TimerMode::Off, Mode::Exam, 0.0);
        assert_eq!(untimed.remaining_ms(1e9), None);
        assert_eq!(untimed.apply(CallAction::Expire { now: 1e9 }), untimed);
        assert_eq!(untimed.extension(0.0), Err(NoExtension::Untimed));
        assert_eq!(untimed.apply(CallAction::Extend { now: 0.0 }), untimed);
    }

    #[test]
    fn more_time_cannot_be_banked_while_the_clock_is_stopped() {
        let call = Call::start(scenario(), (1, 1), TimerMode::Standard, Mode::Coach, 0.0);
        // Paused: refused, and still refused after resuming for nothing to be banked.
        let paused = call.apply(CallAction::SetPaused {
            paused: true,
            now: 1_000.0,
        });
        assert_eq!(paused.extension(2_000.0), Err(NoExtension::Stopped));
        assert_eq!(paused.apply(CallAction::Extend { now: 2_000.0 }), paused);
        // A hidden tab: refused.
        let hidden = call.apply(CallAction::SetHidden {
            hidden: true,
            now: 1_000.0,
        });
        assert_eq!(hidden.apply(CallAction::Extend { now: 2_000.0 }), hidden);
        // Coach feedback open: refused, so nothing carries over to the next turn.
        let r = reply(&call, "let-vent");
        let feedback = call.apply(CallAction::Choose {
            reply: r,
            now: 3_000.0,
        });
        assert!(feedback.feedback_open);
        assert_eq!(feedback.extension(4_000.0), Err(NoExtension::Stopped));
        assert_eq!(
            feedback.apply(CallAction::Extend { now: 4_000.0 }),
            feedback
        );
        let next = feedback.apply(CallAction::Continue { now: 5_000.0 });
        assert_eq!(next.extensions, 0);
        assert_eq!(next.extension(5_000.0), Ok(()));
        // Time up: too late to extend; the expiry goes through.
        assert_eq!(next.extension(35_000.0), Err(NoExtension::TimeUp));
        // Over: refused.
        let over = next.apply(CallAction::EndCall { now: 6_000.0 });
        assert!(over.is_over());
        assert_eq!(over.apply(CallAction::Extend { now: 7_000.0 }), over);
    }

    #[test]
    fn stopping_the_clock_is_counted_and_recorded_with_the_move() {
        let call = Call::start(scenario(), (1, 1), TimerMode::Strict, Mode::Coach, 0.0);
        let pause =
            |c: &Call, paused: bool, now: f64| c.apply(CallAction::SetPaused { paused, now });
        let hide =
            |c: &Call, hidden: bool, now: f64| c.apply(CallAction::SetHidden { hidden, now });
        let call = pause(&call, true, 1_000.0);
        // Pausing again, or hiding the tab while paused, stops nothing more.
        let call = hide(&pause(&call, true, 1_500.0), true, 1_600.0);
        let call = pause(&hide(&call, false, 1_700.0), false, 2_000.0);
        let call = hide(&hide(&call, true, 3_000.0), false, 9_000.0);
        assert_eq!(call.pauses, 2);
        assert_eq!(call.pending(9_500.0).pauses, 2);
        let r = reply(&call, "let-vent");
        let call = call.apply(CallAction::Choose {
            reply: r,
            now: 9_500.0,
        });
        assert_eq!(call.state.history()[0].pauses, 2);
        assert_eq!(call.pauses, 0, "a new turn starts with none");
        // Coach feedback stops the clock by itself: pausing while it is open counts nothing.
        assert!(call.feedback_open);
        let call = pause(&call, true, 10_000.0);
        assert_eq!(call.pauses, 0);
        // A restored turn keeps what it had.
        let pending = Pending {
            elapsed_ms: 1_000,
            extensions: 0,
            pauses: 4,
        };
        let again = Call::resume(
            call.scenario.clone(),
            call.state.clone(),
            Mode::Exam,
            pending,
            0.0,
        );
        assert_eq!(again.pauses, 4);
    }

    #[test]
    fn extensions_go_to_the_engine_with_each_move_and_are_recorded() {
        let call = Call::start(scenario(), (1, 1), TimerMode::Standard, Mode::Exam, 0.0);
        let call = call
            .apply(CallAction::Extend { now: 1_000.0 })
            .apply(CallAction::Extend { now: 2_000.0 });
        let r = reply(&call, "let-vent");
        let call = call.apply(CallAction::Choose {
            reply: r,
            now: 40_000.0,
        });
        assert_eq!(call.state.history()[0].extensions, 2);
        assert_eq!(call.state.history()[0].elapsed_ms, 40_000);
        assert_eq!(call.extensions, 0, "a new turn starts without extensions");
        // A timeout after one extension lasts the turn's time plus 20 s.
        let call = call.apply(CallAction::Extend { now: 41_000.0 });
        let limit = call.limit_ms().expect("timed");
        let call = call.apply(CallAction::Expire {
            now: 40_000.0 + f64::from(limit),
        });
        let step = call.state.history()[1];
        assert_eq!(step.choice, Choice::Silence);
        assert_eq!((step.elapsed_ms, step.extensions), (limit, 1));
        let call = call
            .apply(CallAction::Extend { now: 100_000.0 })
            .apply(CallAction::EndCall { now: 101_000.0 });
        assert_eq!(call.state.history()[2].extensions, 1);
    }

    #[test]
    fn a_resumed_call_keeps_the_time_and_extensions_already_used() {
        let call = Call::start(scenario(), (1, 1), TimerMode::Strict, Mode::Exam, 0.0);
        // 15 s at the opening on the strict timer; one extension, then 9 s used.
        let call = call.apply(CallAction::Extend { now: 1_000.0 });
        let pending = call.pending(9_000.0);
        assert_eq!(
            pending,
            Pending {
                elapsed_ms: 9_000,
                extensions: 1,
                pauses: 0
            }
        );
        let saved =
            calmline_engine::save::encode(&call.scenario, &call.state, pending).expect("started");
        let (state, pending) =
            calmline_engine::save::decode(&call.scenario, &saved).expect("restores");
        // The reload happens much later on the page clock; the call resumes paused.
        let resumed = Call::resume(call.scenario.clone(), state, Mode::Exam, pending, 500_000.0)
            .apply(CallAction::SetPaused {
                paused: true,
                now: 500_000.0,
            });
        assert_eq!(resumed.extensions, 1);
        assert_eq!(
            resumed.remaining_ms(900_000.0),
            Some(15_000 + 20_000 - 9_000)
        );
        let running = resumed.apply(CallAction::SetPaused {
            paused: false,
            now: 900_000.0,
        });
        assert_eq!(running.remaining_ms(901_000.0), Some(25_000));
        // Time already used counts: the rest runs out on time.
        let out = running.apply(CallAction::Expire {
            now: 900_000.0 + 26_000.0,
        });
        assert_eq!(out.state.history()[0].choice, Choice::Silence);
        assert_eq!(out.state.history()[0].extensions, 1);
        // A finished call has no pending clock.
        let over = out.apply(CallAction::EndCall { now: 1e6 });
        assert_eq!(over.pending(2e6), Pending::default());
    }

    #[test]
    fn feedback_kept_over_a_reload_is_shown_again_and_the_clock_waits() {
        let call = Call::start(scenario(), (1, 1), TimerMode::Standard, Mode::Coach, 0.0);
        let r = reply(&call, "let-vent");
        let call = call.apply(CallAction::Choose {
            reply: r,
            now: 2_000.0,
        });
        assert!(call.feedback_open);
        let pending = call.pending(50_000.0);
        assert_eq!(
            pending.elapsed_ms, 0,
            "reading the feedback uses no reply time"
        );
        let back = Call::resume(
            call.scenario.clone(),
            call.state.clone(),
            Mode::Coach,
            pending,
            0.0,
        )
        .reopen_feedback(0.0);
        assert!(back.feedback_open && !back.accepts_replies());
        assert_eq!(back.remaining_ms(100_000.0), Some(30_000));
        let on = back.apply(CallAction::Continue { now: 100_000.0 });
        assert_eq!(on.remaining_ms(101_000.0), Some(29_000));
        // No feedback at the opening, nor in an exam.
        let fresh = Call::start(scenario(), (1, 1), TimerMode::Standard, Mode::Coach, 0.0);
        assert_eq!(fresh.clone().reopen_feedback(0.0), fresh);
        let exam = Call::resume(
            call.scenario.clone(),
            call.state.clone(),
            Mode::Exam,
            pending,
            0.0,
        );
        assert_eq!(exam.clone().reopen_feedback(0.0), exam);
    }

    #[test]
    fn a_paced_call_waits_for_each_line_to_be_delivered() {
        let call =
            Call::start(scenario(), (1, 1), TimerMode::Standard, Mode::Exam, 0.0).paced(true, 0.0);
        assert!(call.speaking && !call.accepts_replies());
        // The customer speaks for 2 s: none of it is reply time.
        let call = call.apply(CallAction::Delivered { now: 2_000.0 });
        assert!(call.accepts_replies());
        assert_eq!(call.remaining_ms(3_000.0), Some(24_000));
        let r = reply(&call, "let-vent");
        let call = call.apply(CallAction::Choose {
            reply: r,
            now: 3_000.0,
        });
        assert!(call.speaking && !call.accepts_replies());
        assert_eq!(call.apply(CallAction::Expire { now: 1e6 }), call);
        assert_eq!(call.remaining_ms(50_000.0), call.limit_ms());
        let call = call.apply(CallAction::Delivered { now: 50_000.0 });
        assert_eq!(
            call.remaining_ms(51_000.0),
            call.limit_ms().map(|l| l - 1_000)
        );
        // A resumed call has its line said already.
        let resumed = Call::resume(
            call.scenario.clone(),
            call.state.clone(),
            Mode::Exam,
            Pending::default(),
            0.0,
        )
        .paced(false, 0.0);
        assert!(!resumed.speaking && resumed.accepts_replies());
    }

    #[test]
    fn the_transcript_follows_the_moves() {
        let call = Call::start(scenario(), (3, 3), TimerMode::Standard, Mode::Exam, 0.0);
        let opening = call.state.turn().unwrap();
        let call = call.apply(CallAction::Choose {
            reply: reply(&call, "let-vent"),
            now: 1.0,
        });
        let vent = call.state.turn().unwrap();
        let call = call.apply(CallAction::EndCall { now: 2.0 });
        assert!(call.is_over());
        let lines = call.transcript();
        assert_eq!(lines.len(), 4, "{lines:?}");
        assert!(matches!(lines[0], Line::Customer(t, _) if t == opening));
        assert!(matches!(lines[1], Line::Agent(t, _) if t == opening));
        assert!(matches!(lines[2], Line::Customer(t, _) if t == vent));
        assert_eq!(lines[3], Line::AgentEnded);
        // Nothing more can happen to an ended call.
        assert_eq!(call.apply(CallAction::EndCall { now: 3.0 }), call);
    }
    #[test]
    fn a_hold_stops_the_reply_clock_runs_its_own_and_is_recorded_on_return() {
        let call = Call::start(scenario(), (1, 1), TimerMode::Standard, Mode::Exam, 0.0);
        let left = call.remaining_ms(2_000.0).expect("timed");
        let mood = call.state.mood(&call.scenario);
        let call = call.apply(CallAction::StartHold {
            way: HoldWay::Announced,
            now: 2_000.0,
        });
        assert!(call.hold.is_some() && !call.accepts_replies());
        // The reply clock waits; the hold's clock runs; time never runs out on hold.
        assert_eq!(call.remaining_ms(40_000.0), Some(left));
        assert_eq!(call.held_ms(42_000.0), 40_000);
        assert_eq!(call.apply(CallAction::Expire { now: 1e7 }), call);
        assert_eq!(call.extension(10_000.0), Err(NoExtension::Stopped));
        // A second hold cannot start on top of the first.
        let again = call.apply(CallAction::StartHold {
            way: HoldWay::Silent,
            now: 5_000.0,
        });
        assert_eq!(again, call);
        let back = call.apply(CallAction::EndHold {
            thanked: true,
            now: 42_000.0,
        });
        assert!(back.hold.is_none() && back.accepts_replies());
        let hold = back.state.holds()[0];
        assert_eq!(
            (hold.way, hold.held_ms, hold.thanked),
            (HoldWay::Announced, 40_000, true)
        );
        assert!(back.state.mood(&back.scenario) < mood);
        assert!(back.state.history().is_empty());
        // The reply clock goes on from where it stopped.
        assert_eq!(back.remaining_ms(43_000.0), Some(left - 1_000));
    }

    #[test]
    fn pausing_stops_the_hold_clock_and_ending_the_call_records_the_hold() {
        let call = Call::start(scenario(), (1, 1), TimerMode::Standard, Mode::Exam, 0.0);
        let call = call
            .apply(CallAction::StartHold {
                way: HoldWay::Silent,
                now: 0.0,
            })
            .apply(CallAction::SetPaused {
                paused: true,
                now: 10_000.0,
            })
            .apply(CallAction::SetPaused {
                paused: false,
                now: 30_000.0,
            });
        // Stopping a clock that was already stopped for the hold is not a pause of the reply.
        assert_eq!(call.pauses, 0);
        assert_eq!(call.held_ms(40_000.0), 20_000);
        let ended = call.apply(CallAction::EndCall { now: 40_000.0 });
        assert!(ended.is_over() && ended.hold.is_none());
        let hold = ended.state.holds()[0];
        assert_eq!(
            (hold.held_ms, hold.thanked, hold.before_move),
            (20_000, false, 0)
        );
    }

    #[test]
    fn no_hold_while_the_replies_are_not_open() {
        let call = Call::start(scenario(), (1, 1), TimerMode::Standard, Mode::Coach, 0.0);
        let r = reply(&call, "let-vent");
        let coached = call.apply(CallAction::Choose {
            reply: r,
            now: 1_000.0,
        });
        assert!(coached.feedback_open);
        let start = CallAction::StartHold {
            way: HoldWay::Bare,
            now: 2_000.0,
        };
        assert_eq!(coached.apply(start), coached);
        let paused = call.apply(CallAction::SetPaused {
            paused: true,
            now: 500.0,
        });
        assert_eq!(paused.apply(start), paused);
        // Coming back when not on hold changes nothing.
        let back = CallAction::EndHold {
            thanked: true,
            now: 3_000.0,
        };
        assert_eq!(call.apply(back), call);
    }
}
