//! What a call reports to an LMS (crates/engine/src/lms.rs, scorm.rs), checked against the
//! limits of the SCORM specifications themselves (an LMS runtime may be more lenient).

use calmline_engine::lms::{Kept, Verdict, keep, kept, report, view};
use calmline_engine::model::Grade;
use calmline_engine::scorm::{Moment, Version, interaction, session_time, status};
use calmline_engine::{Address, Input, Lang, Reader, Scenario, State, TimerMode, step};

#[path = "support/calls.rs"]
mod calls;

use calls::shouter;

/// The last state of a call played by `grade` (see `calls::states`), answering in 7.25 s.
fn play(sc: &Scenario, grade: Grade) -> State {
    calls::states(sc, grade, 7_250).pop().expect("a state")
}

fn identifier_ok(s: &str) -> bool {
    !s.is_empty() && s.len() <= 255 && s.chars().all(|c| c.is_ascii_graphic())
}

#[test]
fn a_textbook_call_reports_every_reply_correct_and_passes_at_100() {
    let sc = shouter();
    let state = play(&sc, Grade::Best);
    let r = report(&sc, &state, None);
    assert!(r.ended);
    assert_eq!(r.interactions.len(), state.history().len());
    assert!(r.interactions.iter().all(|i| i.verdict == Verdict::Correct));
    assert!(
        r.interactions
            .iter()
            .all(|i| i.correct.as_ref() == Some(&i.response))
    );
    let k = kept(&r).expect("ended");
    assert_eq!(
        k,
        Kept {
            passed: true,
            overall: 100
        }
    );
    for v in [Version::V12, Version::V2004] {
        let values = status(v, &r, Some(k));
        let get = |key: &str| {
            values
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.as_str())
        };
        match v {
            Version::V12 => {
                assert_eq!(get("cmi.core.lesson_status"), Some("passed"));
                assert_eq!(get("cmi.core.score.raw"), Some("100"));
                assert_eq!(get("cmi.core.exit"), Some(""));
            }
            Version::V2004 => {
                assert_eq!(get("cmi.success_status"), Some("passed"));
                assert_eq!(get("cmi.completion_status"), Some("completed"));
                assert_eq!(get("cmi.score.scaled"), Some("1"));
                assert_eq!(get("cmi.exit"), Some("normal"));
            }
        }
        // One objective per skill of the scenario.
        let objectives = values
            .iter()
            .filter(|(k, _)| k.ends_with(".id") && k.starts_with("cmi.objectives."))
            .count();
        assert_eq!(objectives, sc.skills.len().max(r.objectives.len()));
    }
}

#[test]
fn interactions_keep_each_versions_vocabulary_and_limits() {
    let sc = shouter();
    for grade in [Grade::Best, Grade::Acceptable, Grade::Poor, Grade::Harmful] {
        let state = play(&sc, grade);
        let seen = view(&sc, &state, None, Reader::new(Lang::Pl, Address::Pani));
        let r = &seen.report;
        let mut ids = std::collections::HashSet::new();
        for (n, i) in r.interactions.iter().enumerate() {
            let at = Moment {
                try_number: 2,
                n,
                at_unix_ms: 1_767_262_530_250,
            };
            let v12 = interaction(Version::V12, &seen, i, at);
            let v04 = interaction(Version::V2004, &seen, i, at);
            for values in [&v12, &v04] {
                assert_eq!(values[0].0, format!("cmi.interactions.{n}.id"), "id first");
                assert!(identifier_ok(&values[0].1), "{}", values[0].1);
                assert!(
                    ids.insert((values[0].1.clone(), values == &v12)),
                    "unique ids"
                );
            }
            let get = |vs: &Vec<(String, String)>, k: &str| {
                vs.iter()
                    .find(|(key, _)| key.ends_with(k))
                    .map(|(_, v)| v.clone())
            };
            let response = get(&v12, ".student_response").expect("response");
            assert!(identifier_ok(&response));
            let result12 = get(&v12, ".result").expect("result");
            assert!(["correct", "wrong", "neutral"].contains(&result12.as_str()));
            let result04 = get(&v04, ".result").expect("result");
            assert!(["correct", "incorrect", "neutral"].contains(&result04.as_str()));
            // The engine keeps response times to a tenth of a second: 7.25 s is 7.2 s.
            assert_eq!(get(&v12, ".latency").as_deref(), Some("00:00:07.20"));
            assert_eq!(get(&v04, ".latency").as_deref(), Some("PT7.2S"));
            assert_eq!(get(&v12, ".time").as_deref(), Some("10:15:30"));
            assert_eq!(
                get(&v04, ".timestamp").as_deref(),
                Some("2026-01-01T10:15:30.2Z")
            );
            if let Some(d) = get(&v04, ".description") {
                assert!(d.chars().count() <= 250);
                assert!(!d.contains('{'), "Polish pairs resolved: {d}");
            }
            assert!(
                get(&v12, ".description").is_none(),
                "1.2 has no description"
            );
        }
    }
}

#[test]
fn a_failing_call_reports_below_any_mastery_score_the_lms_sets() {
    let sc = shouter();
    let state = play(&sc, Grade::Harmful);
    for mastery in [None, Some(30), Some(70), Some(95)] {
        let r = report(&sc, &state, mastery);
        let k = kept(&r).expect("ended");
        assert!(!k.passed);
        assert!(
            k.overall < mastery.unwrap_or(sc.pass_mark),
            "{mastery:?}: {k:?}"
        );
        let values = status(Version::V2004, &r, Some(k));
        assert!(values.contains(&("cmi.success_status".into(), "failed".into())));
    }
    assert!(
        report(&sc, &state, None)
            .interactions
            .iter()
            .any(|i| i.critical && i.verdict == Verdict::Incorrect)
    );
}

#[test]
fn a_call_in_progress_is_incomplete_and_suspended_unless_a_try_was_kept() {
    let sc = shouter();
    let start = Input::Start {
        seed: 1,
        deal: 1,
        timer: TimerMode::Off,
    };
    let (state, _) = step(&sc, &State::new(), start);
    let r = report(&sc, &state, None);
    assert!(!r.ended && r.interactions.is_empty());
    let v12 = status(Version::V12, &r, None);
    assert!(v12.contains(&("cmi.core.lesson_status".into(), "incomplete".into())));
    assert!(v12.contains(&("cmi.core.exit".into(), "suspend".into())));
    // A second try after a pass: the pass stays while the new try runs.
    let passed = Kept {
        passed: true,
        overall: 88,
    };
    let v04 = status(Version::V2004, &r, Some(passed));
    assert!(v04.contains(&("cmi.success_status".into(), "passed".into())));
    assert!(v04.contains(&("cmi.exit".into(), "suspend".into())));
    assert_eq!(session_time(Version::V12, 61_000).1, "0000:01:01.00");
    assert_eq!(session_time(Version::V2004, 61_000).1, "PT1M1S");
}

#[test]
fn the_lms_keeps_the_best_try_and_never_overwrites_a_pass() {
    let pass = |overall| Kept {
        passed: true,
        overall,
    };
    let fail = |overall| Kept {
        passed: false,
        overall,
    };
    assert_eq!(keep(None, fail(40)), fail(40));
    assert_eq!(keep(Some(pass(72)), fail(64)), pass(72));
    assert_eq!(keep(Some(fail(64)), pass(70)), pass(70));
    assert_eq!(keep(Some(fail(40)), fail(55)), fail(55));
    assert_eq!(keep(Some(pass(90)), pass(75)), pass(90));
}
