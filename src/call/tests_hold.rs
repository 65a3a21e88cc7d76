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
    // Back from hold the customer is re-engaged: the reply clock starts again in full.
    assert!(left < back.limit_ms().expect("timed"));
    assert_eq!(
        back.remaining_ms(43_000.0),
        back.limit_ms().map(|l| l - 1_000)
    );
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

#[test]
fn the_hold_menu_stops_the_reply_clock_and_hides_the_replies() {
    let call = Call::start(scenario(), (1, 1), TimerMode::Standard, Mode::Exam, 0.0);
    let limit = call.limit_ms().expect("timed");
    // 20 s into the reply the trainee opens the menu and reads it for a minute.
    let menu = call.apply(CallAction::HoldMenu {
        open: true,
        now: 20_000.0,
    });
    assert!(menu.hold_menu && !menu.accepts_replies() && menu.awaits_reply());
    assert_eq!(menu.remaining_ms(80_000.0), Some(limit - 20_000));
    assert_eq!(menu.apply(CallAction::Expire { now: 1e7 }), menu);
    // Opening it is no pause of the trainee's.
    assert_eq!(menu.pauses, 0);
    // Closing it runs the clock again from where it stopped.
    let closed = menu.apply(CallAction::HoldMenu {
        open: false,
        now: 80_000.0,
    });
    assert!(!closed.hold_menu && closed.accepts_replies());
    assert_eq!(closed.remaining_ms(81_000.0), Some(limit - 21_000));
    // A way chosen from the menu puts the customer on hold and closes the menu.
    let held = menu.apply(CallAction::StartHold {
        way: HoldWay::Announced,
        now: 80_000.0,
    });
    assert!(held.hold.is_some() && !held.hold_menu);
    let back = held.apply(CallAction::EndHold {
        thanked: true,
        now: 95_000.0,
    });
    assert_eq!(back.remaining_ms(95_000.0), Some(limit));
    // The menu cannot open while no reply is awaited.
    let paused = call.apply(CallAction::SetPaused {
        paused: true,
        now: 1_000.0,
    });
    let open = CallAction::HoldMenu {
        open: true,
        now: 2_000.0,
    };
    assert_eq!(paused.apply(open), paused);
}

#[test]
fn the_call_clock_counts_the_whole_call_and_never_goes_back() {
    let call =
        Call::start(scenario(), (1, 1), TimerMode::Standard, Mode::Coach, 0.0).paced(true, 0.0);
    let mut times = vec![call.call_clock.elapsed_ms(0.0)];
    let call = call.apply(CallAction::Delivered { now: 2_000.0 });
    times.push(call.call_clock.elapsed_ms(5_000.0));
    let r = reply(&call, "let-vent");
    let call = call.apply(CallAction::Choose {
        reply: r,
        now: 5_000.0,
    });
    assert!(call.feedback_open);
    times.push(call.call_clock.elapsed_ms(5_000.0));
    // Reading the coach's feedback is call time too.
    times.push(call.call_clock.elapsed_ms(15_000.0));
    let call = call
        .apply(CallAction::Continue { now: 15_000.0 })
        .apply(CallAction::Delivered { now: 17_000.0 });
    times.push(call.call_clock.elapsed_ms(17_000.0));
    // A timeout.
    let at = 17_000.0 + f64::from(call.limit_ms().expect("timed"));
    let call = call.apply(CallAction::Expire { now: at });
    assert_eq!(call.state.history().len(), 2);
    times.push(call.call_clock.elapsed_ms(at));
    times.push(call.call_clock.elapsed_ms(at + 1_000.0));
    assert!(times.windows(2).all(|w| w[0] <= w[1]), "{times:?}");
    assert_eq!(times.last(), Some(&((at + 1_000.0) as u32)));
    // Paused and hidden, it stops.
    let paused = call.apply(CallAction::SetPaused {
        paused: true,
        now: at + 1_000.0,
    });
    assert_eq!(
        paused.call_clock.elapsed_ms(at + 60_000.0),
        (at + 1_000.0) as u32
    );
    let hidden = call.apply(CallAction::SetHidden {
        hidden: true,
        now: at + 1_000.0,
    });
    assert_eq!(
        hidden.call_clock.elapsed_ms(at + 60_000.0),
        (at + 1_000.0) as u32
    );
    // Over, it stops too.
    let ended = call.apply(CallAction::EndCall { now: at + 2_000.0 });
    assert!(ended.is_over());
    assert_eq!(
        ended.call_clock.elapsed_ms(at + 60_000.0),
        (at + 2_000.0) as u32
    );
}

#[test]
fn a_resumed_call_clock_goes_on_from_the_reply_times_saved() {
    let call = Call::start(scenario(), (1, 1), TimerMode::Standard, Mode::Exam, 0.0);
    let r = reply(&call, "let-vent");
    let call = call.apply(CallAction::Choose {
        reply: r,
        now: 7_000.0,
    });
    let pending = Pending {
        elapsed_ms: 3_000,
        ..Pending::default()
    };
    let resumed = Call::resume(
        call.scenario.clone(),
        call.state.clone(),
        Mode::Exam,
        pending,
        100.0,
    );
    assert_eq!(resumed.call_clock.elapsed_ms(100.0), 10_000);
}
