//! One SCORM attempt kept by the game (crates/engine/src/attempt.rs): `suspend_data` within each
//! version's limit, one interaction per move without gaps whatever the LMS refuses or fails, the
//! best try kept, and what was not taken sent again.

use std::collections::BTreeMap;

use calmline_engine::attempt::{Attempt, Sent, Suspend};
use calmline_engine::lms::{CallView, Kept, view};
use calmline_engine::model::Grade;
use calmline_engine::scorm::{Version, suspend_limit};
use calmline_engine::{Address, Lang, Reader, State};

#[path = "support/calls.rs"]
mod calls;

use calls::{shouter, states, states_with};

const AT: u64 = 1_767_262_530_250;

/// The call as the LMS runtime sees it, read in English.
fn seen(sc: &calmline_engine::Scenario, state: &State) -> CallView {
    view(sc, state, None, Reader::new(Lang::En, Address::Pan))
}

/// A stand-in LMS data model: takes values while `up`, refuses the elements in `refuse`.
#[derive(Default)]
struct Lms {
    data: BTreeMap<String, String>,
    up: bool,
    refuse: Vec<String>,
    calls: usize,
}

impl Lms {
    fn working() -> Lms {
        Lms {
            up: true,
            ..Lms::default()
        }
    }

    fn set(&mut self, k: &str, v: &str) -> Sent {
        self.calls += 1;
        if !self.up {
            return Sent::Failed;
        }
        if self.refuse.iter().any(|r| k.ends_with(r.as_str())) {
            return Sent::Refused;
        }
        self.data.insert(k.to_owned(), v.to_owned());
        Sent::Accepted
    }

    fn get(&self, k: &str) -> Option<&str> {
        self.data.get(k).map(String::as_str)
    }

    fn interaction_ids(&self) -> Vec<String> {
        (0..)
            .map_while(|n| self.get(&format!("cmi.interactions.{n}.id")))
            .map(str::to_owned)
            .collect()
    }

    fn count(&self) -> usize {
        self.data
            .keys()
            .filter(|k| k.starts_with("cmi.interactions.") && k.ends_with(".id"))
            .count()
    }
}

fn send(a: &mut Attempt, lms: &mut Lms) -> bool {
    a.send(&mut |k, v| lms.set(k, v))
}

/// Plays a whole call of `grade` into the attempt as a new try, sending after every move.
fn play(a: &mut Attempt, lms: &mut Lms, grade: Grade) -> Vec<State> {
    let sc = shouter();
    let all = states(&sc, grade, 4_000);
    a.start(&seen(&sc, &all[0]), AT, Some("v2 exam CALL 1".into()));
    send(a, lms);
    for s in &all[1..] {
        a.moved(&seen(&sc, s), AT, Some("v2 exam CALL 2".into()));
        send(a, lms);
    }
    all
}

#[test]
fn suspend_data_reads_back_and_never_exceeds_the_limit() {
    let s = Suspend {
        try_number: 3,
        stored: 17,
        reported: 4,
        kept: Some(Kept {
            passed: true,
            overall: 82,
        }),
        call: Some("v2 exam CL3.x.1.2.3 abc".into()),
    };
    let line = s.encode(4096);
    assert_eq!(line, "CA1 3 17 4 p82 v2 exam CL3.x.1.2.3 abc");
    assert_eq!(Suspend::decode(&line), Some(s.clone()));
    // Too long a call is left out, never cut.
    let long = Suspend {
        call: Some("x".repeat(5_000)),
        ..s.clone()
    };
    let line = long.encode(suspend_limit(Version::V12));
    assert!(line.len() <= 4096);
    assert_eq!(Suspend::decode(&line).unwrap().call, None);
    assert!(long.encode(suspend_limit(Version::V2004)).len() > 5_000);
    for bad in [
        "",
        "CA2 1 1 1 - -",
        "CA1 x 1 1 - -",
        "CA1 1 1 1 p101 -",
        "CA1 1 1 1 q5 -",
    ] {
        assert_eq!(Suspend::decode(bad), None, "{bad}");
    }
    let none = Suspend::default().encode(64_000);
    assert_eq!(none, "CA1 0 0 0 - -");
    assert_eq!(Suspend::decode(&none), Some(Suspend::default()));
}

#[test]
fn a_whole_call_sends_one_interaction_per_move_in_order_then_the_verdict() {
    for v in [Version::V12, Version::V2004] {
        let mut a = Attempt::new(v, Some(0), None);
        let mut lms = Lms::working();
        let all = play(&mut a, &mut lms, Grade::Best);
        let moves = all.last().unwrap().history().len();
        let ids = lms.interaction_ids();
        assert_eq!(ids.len(), moves);
        assert_eq!(lms.count(), moves, "no gaps");
        assert!(ids[0].starts_with("t1-m1-"), "{ids:?}");
        assert!(!a.is_pending());
        let (status, exit) = match v {
            Version::V12 => ("cmi.core.lesson_status", "cmi.core.exit"),
            Version::V2004 => ("cmi.success_status", "cmi.exit"),
        };
        assert_eq!(lms.get(status), Some("passed"));
        assert_eq!(
            lms.get(exit),
            Some(if v == Version::V12 { "" } else { "normal" })
        );
        let data = Suspend::decode(lms.get("cmi.suspend_data").unwrap()).unwrap();
        assert_eq!(data.try_number, 1);
        assert_eq!(data.stored, moves);
        assert_eq!(data.call, None, "a finished call is not resumed");
        assert!(data.kept.unwrap().passed);
    }
}

#[test]
fn what_the_lms_did_not_take_is_sent_again_at_the_same_index() {
    let sc = shouter();
    let all = states(&sc, Grade::Acceptable, 3_000);
    let mut a = Attempt::new(Version::V2004, Some(2), None);
    let mut lms = Lms::working();
    a.start(&seen(&sc, &all[0]), AT, None);
    assert!(send(&mut a, &mut lms));
    lms.up = false;
    a.moved(&seen(&sc, &all[1]), AT, Some("v2 exam C1".into()));
    assert!(!send(&mut a, &mut lms));
    a.moved(&seen(&sc, &all[2]), AT, Some("v2 exam C2".into()));
    assert!(!send(&mut a, &mut lms));
    assert!(a.is_pending());
    assert_eq!(a.stored(), 2);
    // Only what was accepted is said to be stored.
    assert_eq!(a.suspend().reported, 0);
    lms.up = true;
    assert!(send(&mut a, &mut lms));
    assert_eq!(
        lms.get("cmi.interactions.2.id").map(|s| &s[..6]),
        Some("t1-m1-")
    );
    assert_eq!(
        lms.get("cmi.interactions.3.id").map(|s| &s[..6]),
        Some("t1-m2-")
    );
    assert_eq!(lms.get("cmi.interactions.4.id"), None);
    let data = Suspend::decode(lms.get("cmi.suspend_data").unwrap()).unwrap();
    assert_eq!((data.stored, data.reported), (4, 2));
    assert_eq!(data.call.as_deref(), Some("v2 exam C2"));
    assert!(!a.is_pending());
    // Nothing waits: a send sets only suspend_data again.
    let before = lms.calls;
    assert!(send(&mut a, &mut lms));
    assert_eq!(lms.calls - before, 1);
}

#[test]
fn a_refused_value_never_blocks_and_a_refused_id_leaves_no_gap() {
    let sc = shouter();
    let all = states(&sc, Grade::Best, 3_000);
    let mut a = Attempt::new(Version::V2004, Some(0), None);
    let mut lms = Lms::working();
    lms.refuse = vec![".description".into()];
    a.start(&seen(&sc, &all[0]), AT, None);
    a.moved(&seen(&sc, &all[1]), AT, None);
    assert!(send(&mut a, &mut lms));
    assert_eq!(a.stored(), 1);
    lms.refuse = vec![".id".into()];
    a.moved(&seen(&sc, &all[2]), AT, None);
    assert!(send(&mut a, &mut lms));
    assert_eq!(a.stored(), 1, "the refused interaction took no index");
    lms.refuse.clear();
    a.moved(&seen(&sc, &all[3]), AT, None);
    assert!(send(&mut a, &mut lms));
    assert!(
        lms.get("cmi.interactions.1.id")
            .unwrap()
            .starts_with("t1-m3-")
    );
}

#[test]
fn a_pass_is_never_overwritten_by_a_later_fail_and_every_try_is_reported() {
    for v in [Version::V12, Version::V2004] {
        let mut a = Attempt::new(v, Some(0), None);
        let mut lms = Lms::working();
        let first = play(&mut a, &mut lms, Grade::Best);
        let skills = |lms: &Lms| -> Vec<Option<String>> {
            (0..6)
                .map(|n| {
                    lms.get(&format!("cmi.objectives.{n}.score.raw"))
                        .map(str::to_owned)
                })
                .collect()
        };
        let after_the_pass = skills(&lms);
        assert!(after_the_pass.iter().any(Option::is_some));
        let second = play(&mut a, &mut lms, Grade::Harmful);
        // The skills stay those of the kept (passed) try, through the later try and its fail.
        assert_eq!(skills(&lms), after_the_pass);
        let n1 = first.last().unwrap().history().len();
        let n2 = second.last().unwrap().history().len();
        let ids = lms.interaction_ids();
        assert_eq!(ids.len(), n1 + n2);
        assert!(ids[n1].starts_with("t2-m1-"), "{ids:?}");
        let (status, raw) = match v {
            Version::V12 => ("cmi.core.lesson_status", "cmi.core.score.raw"),
            Version::V2004 => ("cmi.success_status", "cmi.score.raw"),
        };
        assert_eq!(lms.get(status), Some("passed"));
        assert_eq!(lms.get(raw), Some("100"));
        assert_eq!(
            a.kept(),
            Some(Kept {
                passed: true,
                overall: 100
            })
        );
    }
}

#[test]
fn a_resumed_attempt_carries_on_the_call_and_sends_what_was_not_accepted() {
    let sc = shouter();
    let all = states(&sc, Grade::Best, 3_000);
    let mut a = Attempt::new(Version::V12, Some(0), None);
    let mut lms = Lms::working();
    a.start(&seen(&sc, &all[0]), AT, None);
    a.moved(&seen(&sc, &all[1]), AT, Some("v2 exam ONE".into()));
    a.moved(&seen(&sc, &all[2]), AT, Some("v2 exam TWO".into()));
    assert!(send(&mut a, &mut lms));
    a.leave(true);
    assert!(send(&mut a, &mut lms));
    assert_eq!(lms.get("cmi.core.exit"), Some("suspend"));
    // A new session: the LMS hands back what it has; a third move was made but never taken.
    let data = Suspend::decode(lms.get("cmi.suspend_data").unwrap()).unwrap();
    assert_eq!(data.call.as_deref(), Some("v2 exam TWO"));
    let mut b = Attempt::new(Version::V12, Some(2), Some(&data));
    assert_eq!(b.call(), Some("v2 exam TWO"));
    b.resume(&seen(&sc, &all[3]), AT, Some("v2 exam THREE".into()));
    assert!(send(&mut b, &mut lms));
    let ids = lms.interaction_ids();
    assert_eq!(ids.len(), 3);
    assert!(ids[2].starts_with("t1-m3-"), "{ids:?}");
    // Leaving with nothing kept and no call still suspends; a kept verdict exits normally.
    let mut c = Attempt::new(Version::V2004, Some(0), None);
    c.leave(false);
    let mut lms = Lms::working();
    send(&mut c, &mut lms);
    assert_eq!(lms.get("cmi.exit"), Some("suspend"));
    c.finish();
    c.session(61_000);
    send(&mut c, &mut lms);
    assert_eq!(lms.get("cmi.exit"), Some("normal"));
    assert_eq!(lms.get("cmi.session_time"), Some("PT1M1S"));
}

#[test]
fn more_time_on_a_move_is_an_interaction_of_its_own_right_after_it() {
    let sc = shouter();
    let all = states_with(&sc, Grade::Best, 30_000, 2);
    for v in [Version::V12, Version::V2004] {
        let mut a = Attempt::new(v, Some(0), None);
        let mut lms = Lms::working();
        a.start(&seen(&sc, &all[0]), AT, Some("v2 exam CALL 1".into()));
        a.moved(&seen(&sc, &all[1]), AT, Some("v2 exam CALL 2".into()));
        assert!(send(&mut a, &mut lms));
        let ids = lms.interaction_ids();
        assert_eq!(ids.len(), 2, "{v:?}: {ids:?}");
        assert_eq!(ids[1], format!("{}-more-time", ids[0]));
        assert_eq!(lms.get("cmi.interactions.1.type"), Some("numeric"));
        let response = match v {
            Version::V12 => "cmi.interactions.1.student_response",
            Version::V2004 => "cmi.interactions.1.learner_response",
        };
        assert_eq!(lms.get(response), Some("2"));
        assert_eq!(lms.get("cmi.interactions.1.result"), Some("neutral"));
        // The extension interaction does not count as a move: a resume re-sends nothing.
        assert_eq!(a.suspend().reported, 1);
    }
}
