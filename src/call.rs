//! A call in progress, as the call screen sees it: the engine's state plus what only the screen
//! knows (the reply clock, pauses, time extensions, feedback waiting to be read in coach mode).
//!
//! Everything here is pure: times come in as milliseconds from the page's monotonic clock, so
//! the reducer is tested natively and the timer is measured from the clock, never by counting
//! ticks. The engine decides everything about the call itself; this only feeds it inputs.

use std::rc::Rc;

use calmline_engine::model::{EndingIx, TurnIx};
use calmline_engine::run::{Choice, offer, variant};
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
        Clock {
            started_ms: now,
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
    /// The trainee asked for more time.
    Extend,
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
    /// The trainee has read the coach's feedback and goes on.
    Continue {
        /// The clock now.
        now: f64,
    },
}

/// One line of the conversation so far, in ids (text is looked up in the current language).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    /// The customer says a turn's line (variant index).
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
    /// The reply clock of this turn.
    pub clock: Clock,
    /// Paused by the trainee.
    pub paused: bool,
    /// The tab is hidden.
    pub hidden: bool,
    /// Coach mode: the feedback on the last move is shown and the clock waits for it.
    pub feedback_open: bool,
}

impl Call {
    /// Starts a new call at `now`.
    pub fn start(
        scenario: SharedScenario,
        seed: u64,
        timer: TimerMode,
        mode: Mode,
        now: f64,
    ) -> Call {
        let (state, _) = step(&scenario, &State::new(), Input::Start { seed, timer });
        Call::resume(scenario, state, mode, now)
    }

    /// Goes on with a restored state at `now` (the interrupted turn's clock starts afresh).
    pub fn resume(scenario: SharedScenario, state: State, mode: Mode, now: f64) -> Call {
        Call {
            scenario,
            state,
            mode,
            extensions: 0,
            clock: Clock::new(now, true),
            paused: false,
            hidden: false,
            feedback_open: false,
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
        !self.is_over() && !self.paused && !self.feedback_open
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
                next.play(Input::Choose { reply, elapsed_ms }, now);
            }
            CallAction::Expire { now }
                if self.accepts_replies() && !self.hidden && self.remaining_ms(now) == Some(0) =>
            {
                next.play(Input::TimerExpired, now);
            }
            CallAction::EndCall { now } if !self.is_over() => {
                let elapsed_ms = self.clock.elapsed_ms(now);
                next.play(Input::EndCall { elapsed_ms }, now);
            }
            CallAction::Extend if timer::can_extend(self.extensions) => next.extensions += 1,
            CallAction::SetPaused { paused, now } => {
                next.paused = paused;
                next.sync_clock(now);
            }
            CallAction::SetHidden { hidden, now } => {
                next.hidden = hidden;
                next.sync_clock(now);
            }
            CallAction::Continue { now } => {
                next.feedback_open = false;
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
            self.feedback_open = self.mode == Mode::Coach && !self.is_over();
            self.clock = Clock::new(now, false);
            self.sync_clock(now);
        }
    }

    fn sync_clock(&mut self, now: f64) {
        let running = !self.paused && !self.hidden && !self.feedback_open && !self.is_over();
        self.clock.set_running(running, now);
    }
}

/// The conversation of a call as lines, from its recorded moves.
pub fn transcript(sc: &Scenario, state: &State) -> Vec<Line> {
    let mut lines = Vec::new();
    if !state.is_started() {
        return lines;
    }
    let history = state.history();
    let mut said_line_of = None;
    let say = |lines: &mut Vec<Line>, turn: TurnIx, said: &mut Option<TurnIx>| {
        if *said != Some(turn) {
            lines.push(Line::Customer(turn, variant(sc, state.seed(), turn)));
            *said = Some(turn);
        }
    };
    for step in history {
        say(&mut lines, step.turn, &mut said_line_of);
        match step.choice {
            Choice::Reply(r) => lines.push(Line::Agent(step.turn, r)),
            Choice::Silence => {
                lines.push(Line::AgentSilent(step.turn));
                lines.push(Line::CustomerWaits(step.turn));
            }
            Choice::HangUp(_) => lines.push(Line::AgentEnded),
        }
        // Only a silence can leave the customer waiting at the same turn without a new line.
        if step.choice != Choice::Silence {
            said_line_of = None;
        }
    }
    if let Some(turn) = state.turn() {
        say(&mut lines, turn, &mut said_line_of);
    }
    lines
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
        let call = Call::start(scenario(), 1, TimerMode::Standard, Mode::Coach, 0.0);
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
        let call = Call::start(scenario(), 1, TimerMode::Standard, Mode::Exam, 0.0);
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
        let call = Call::start(scenario(), 1, TimerMode::Standard, Mode::Exam, 0.0);
        // 25 s at the opening in the standard mode; a stale expiry is ignored.
        assert_eq!(call.apply(CallAction::Expire { now: 24_000.0 }), call);
        let extended = call.apply(CallAction::Extend);
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
        let call = Call::start(scenario(), 1, TimerMode::Standard, Mode::Exam, 0.0);
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
        let mut call = Call::start(scenario(), 1, TimerMode::Strict, Mode::Exam, 0.0);
        for _ in 0..20 {
            call = call.apply(CallAction::Extend);
        }
        assert_eq!(call.extensions, timer::MAX_EXTENSIONS);
        let untimed = Call::start(scenario(), 1, TimerMode::Off, Mode::Exam, 0.0);
        assert_eq!(untimed.remaining_ms(1e9), None);
        assert_eq!(untimed.apply(CallAction::Expire { now: 1e9 }), untimed);
    }

    #[test]
    fn the_transcript_follows_the_moves() {
        let call = Call::start(scenario(), 3, TimerMode::Standard, Mode::Exam, 0.0);
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
}
