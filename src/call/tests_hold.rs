//! The call reducer's tests of pacing (a line said before the replies open) and holds (their
//! own clock, what pausing and ending the call do to them).

use super::tests::{reply, scenario};
use super::*;

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
