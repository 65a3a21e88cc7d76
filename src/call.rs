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
//!
//! Two clocks: the reply clock of the turn ([`Call::clock`]) and the call clock
//! ([`Call::call_clock`]), the whole call from the pick-up, which never goes back and stops only
//! while the call is paused or the tab hidden (kept with the saved call, so a reload resumes it
//! exactly: [`Call::with_call_time`]; a call saved without it resumes from the reply times saved).
//!
//! Hold: while the trainee reads the hold menu ([`CallAction::HoldMenu`]) the reply clock stops
//! and the replies are hidden (nothing can be banked); on hold it stays stopped. Coming back
//! restarts the reply clock with the turn's full time: the customer has just been re-engaged
//! and a fair answer needs the whole time again (the reply time recorded then counts from the
//! return).

use std::rc::Rc;

use calmline_engine::hold::HoldWay;
use calmline_engine::model::EndingIx;
use calmline_engine::run::offer;
use calmline_engine::save::Pending;
// The conversation as lines: the engine's rule, shared with the debrief.
pub use calmline_engine::transcript::{Line, transcript};
use calmline_engine::{Input, Scenario, State, TimerMode, step, timer};

use crate::settings::Mode;

mod action;
mod clock;
pub use action::CallAction;
pub use clock::Clock;

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
    /// The call clock: the whole call from the pick-up (stops only while paused or hidden).
    pub call_clock: Clock,
    /// The hold menu is open (the reply clock waits, the replies are hidden).
    pub hold_menu: bool,
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
        let so_far: u32 = state.history().iter().map(|s| s.elapsed_ms).sum();
        let so_far = so_far.saturating_add(pending.elapsed_ms);
        Call {
            scenario,
            state,
            mode,
            extensions,
            pauses,
            clock: Clock::with_elapsed(now, pending.elapsed_ms, true),
            call_clock: Clock::with_elapsed(now, so_far, true),
            hold_menu: false,
            paused: false,
            hidden: false,
            feedback_open: false,
            hold: None,
            speaking: false,
            paced: false,
        }
    }

    /// Sets the call clock to `call_ms` at `now`, running or stopped as it was: a call resumed
    /// from a save that kept the call clock goes on exactly where it stood.
    pub fn with_call_time(mut self, call_ms: u32, now: f64) -> Call {
        self.call_clock = Clock::with_elapsed(now, call_ms, self.call_clock.is_running());
        self
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
        self.awaits_reply() && !self.hold_menu
    }

    /// Whether a reply is awaited (the replies or the hold menu are on offer).
    pub fn awaits_reply(&self) -> bool {
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
            CallAction::StartHold { way, now } if self.awaits_reply() => {
                next.hold_menu = false;
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
            CallAction::HoldMenu { open, now } if !open || self.awaits_reply() => {
                next.hold_menu = open;
                next.sync_clock(now);
            }
            CallAction::Stalled { ms } if !self.is_over() => {
                next.clock.credit(ms);
                next.call_clock.credit(ms);
            }
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
            self.hold_menu = false;
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
        // Back from hold, the customer is re-engaged: the reply clock starts again in full.
        if !self.is_over() && self.hold.is_none() {
            self.clock = Clock::new(now, false);
        }
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
            && !self.hold_menu
            && !self.is_over();
        self.clock.set_running(running, now);
        self.call_clock
            .set_running(!self.paused && !self.hidden && !self.is_over(), now);
        if let Some(hold) = self.hold.as_mut() {
            hold.clock.set_running(!self.paused && !self.hidden, now);
        }
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_hold;
