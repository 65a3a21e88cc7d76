//! The call reducer's tests: the clocks, more time, coach feedback, pacing, holds and resuming,
//! each driven through [`Call::apply`] with times given by the test.

use calmline_engine::run::Choice;

use super::*;

pub(super) fn scenario() -> SharedScenario {
    let bytes = include_bytes!("../../crates/engine/tests/fixtures/late-delivery-v1.toml");
    let sc = calmline_engine::validate("fixture", bytes).into_result();
    SharedScenario(Rc::new(sc.expect("the fixture is valid")))
}

pub(super) fn reply(call: &Call, id: &str) -> u8 {
    let turn = call.state.turn().expect("on a turn");
    call.scenario
        .turn(turn)
        .replies
        .iter()
        .position(|r| r.id == id)
        .expect("reply") as u8
}

pub(super) fn turn_id(call: &Call) -> String {
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
    let pause = |c: &Call, paused: bool, now: f64| c.apply(CallAction::SetPaused { paused, now });
    let hide = |c: &Call, hidden: bool, now: f64| c.apply(CallAction::SetHidden { hidden, now });
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
    let (state, pending) = calmline_engine::save::decode(&call.scenario, &saved).expect("restores");
    // The reload happens much later on the page clock; the call resumes paused.
    let resumed = Call::resume(call.scenario.clone(), state, Mode::Exam, pending, 500_000.0).apply(
        CallAction::SetPaused {
            paused: true,
            now: 500_000.0,
        },
    );
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
