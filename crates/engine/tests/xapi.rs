//! xAPI and cmi5 statements of a call (crates/engine/src/xapi.rs): the order and the rules of
//! cmi5, stable ids, and the JSON an LRS receives.

use calmline_engine::lms::{Kept, kept, view};
use calmline_engine::model::Grade;
use calmline_engine::xapi::{CMI5_CATEGORY, LaunchMode, Session, Statement, verbs};
use calmline_engine::{Address, Lang, Reader, Scenario, State};
use serde_json::{Value, json};

#[path = "support/calls.rs"]
mod calls;

use calls::shouter;

/// Every state of a call played by `grade`, answering in 4 s.
fn states(sc: &Scenario, grade: Grade) -> Vec<State> {
    calls::states(sc, grade, 4_000)
}

fn actor() -> Value {
    json!({ "objectType": "Agent", "account": { "homePage": "https://lms.example", "name": "learner-7" } })
}

const REGISTRATION: &str = "6f1c2b0e-3a55-4a31-9d7e-0c2f4b5a6d71";

/// Plays a whole session: the statements due after every state, then `terminated`.
fn session(
    sc: &Scenario,
    grade: Grade,
    cmi5: bool,
    mode: LaunchMode,
    mastery: Option<u8>,
) -> Vec<Statement<Value>> {
    let mut s = Session::new(
        "https://calmline.example/au/shouter",
        REGISTRATION,
        cmi5,
        mode,
    );
    s.mastery = mastery.map(|m| f64::from(m) / 100.0);
    s.language = "pl".to_owned();
    let reader = Reader::new(Lang::Pl, Address::Pani);
    let mut out = Vec::new();
    let all = states(sc, grade);
    for state in &all {
        let r = view(sc, state, mastery, reader);
        let k = kept(&r.report);
        out.extend(s.due(&r, &actor(), k, "2026-12-05T10:00:00.0Z", 60_000));
        // Asking again changes nothing: each statement is due once.
        assert!(
            s.due(&r, &actor(), k, "2026-12-05T10:00:01.0Z", 61_000)
                .is_empty()
        );
    }
    out.extend(s.terminate(&actor(), "2026-12-05T10:05:00.0Z", 300_000));
    assert!(
        s.terminate(&actor(), "2026-12-05T10:05:01.0Z", 301_000)
            .is_none(),
        "terminated once"
    );
    out
}

fn verbs_of(statements: &[Statement<Value>]) -> Vec<&str> {
    statements
        .iter()
        .map(|s| s.verb.id.rsplit('/').next().unwrap_or(""))
        .collect()
}

fn uuid_ok(id: &str) -> bool {
    let parts: Vec<&str> = id.split('-').collect();
    parts.iter().map(|p| p.len()).collect::<Vec<_>>() == [8, 4, 4, 4, 12]
        && id.chars().all(|c| c == '-' || c.is_ascii_hexdigit())
        && parts[2].starts_with('4')
        && "89ab".contains(&parts[3][..1])
}

#[test]
fn a_textbook_call_in_cmi5_sends_initialized_answers_completed_passed_terminated() {
    let sc = shouter();
    let statements = session(&sc, Grade::Best, true, LaunchMode::Normal, None);
    let moves = states(&sc, Grade::Best).len() - 1;
    let mut expected = vec!["initialized"];
    expected.extend(std::iter::repeat_n("answered", moves));
    expected.extend(["completed", "passed", "terminated"]);
    assert_eq!(verbs_of(&statements), expected);
    let mut ids = std::collections::HashSet::new();
    for s in &statements {
        assert!(uuid_ok(&s.id), "{}", s.id);
        assert!(ids.insert(s.id.clone()), "ids are unique");
        let json = serde_json::to_value(s).expect("json");
        assert_eq!(json["context"]["registration"], REGISTRATION);
        let categories = json["context"]["contextActivities"]["category"].clone();
        let cmi5 = categories
            .as_array()
            .is_some_and(|c| c.iter().any(|a| a["id"] == CMI5_CATEGORY));
        // cmi5-defined statements carry the cmi5 category; the game's answers do not.
        assert_eq!(cmi5, s.verb.id != verbs::ANSWERED, "{}", s.verb.id);
    }
    let answered = serde_json::to_value(&statements[1]).expect("json");
    let definition = &answered["object"]["definition"];
    assert_eq!(
        definition["type"],
        "http://adlnet.gov/expapi/activities/cmi.interaction"
    );
    assert_eq!(definition["interactionType"], "choice");
    assert!(
        definition["choices"]
            .as_array()
            .is_some_and(|c| c.len() >= 2)
    );
    assert_eq!(
        definition["correctResponsesPattern"][0],
        answered["result"]["response"]
    );
    assert_eq!(answered["result"]["success"], true);
    assert_eq!(answered["result"]["duration"], "PT4S");
    assert_eq!(
        answered["context"]["contextActivities"]["parent"][0]["id"],
        "https://calmline.example/au/shouter"
    );
    let description = definition["choices"][0]["description"]["pl"]
        .as_str()
        .expect("pl");
    assert!(
        !description.contains('{'),
        "Pani pairs resolved: {description}"
    );
    let completed = serde_json::to_value(&statements[moves + 1]).expect("json");
    assert!(
        completed["result"].get("score").is_none(),
        "completed carries no score"
    );
    let passed = serde_json::to_value(&statements[moves + 2]).expect("json");
    assert_eq!(passed["result"]["score"]["scaled"], 1.0);
    assert_eq!(passed["result"]["success"], true);
}

#[test]
fn browse_and_review_send_only_initialized_and_terminated() {
    let sc = shouter();
    for mode in [LaunchMode::Browse, LaunchMode::Review] {
        let statements = session(&sc, Grade::Best, true, mode, None);
        assert_eq!(verbs_of(&statements), ["initialized", "terminated"]);
    }
}

#[test]
fn a_failed_call_reports_a_score_below_the_mastery_score_it_was_launched_with() {
    let sc = shouter();
    let statements = session(&sc, Grade::Harmful, true, LaunchMode::Normal, Some(90));
    let failed = statements
        .iter()
        .find(|s| s.verb.id == verbs::FAILED)
        .expect("failed sent");
    let scaled = failed
        .result
        .as_ref()
        .and_then(|r| r.score.as_ref())
        .expect("score")
        .scaled;
    assert!(scaled < 0.9, "{scaled}");
    assert!(!statements.iter().any(|s| s.verb.id == verbs::PASSED));
}

#[test]
fn one_verdict_per_cmi5_session_and_never_failed_after_passed() {
    let sc = shouter();
    let states = states(&sc, Grade::Best);
    let last = states.last().expect("ended");
    let r = view(&sc, last, None, Reader::new(Lang::En, Address::Pan));
    let fail = Kept {
        passed: false,
        overall: 40,
    };
    let pass = Kept {
        passed: true,
        overall: 90,
    };
    let run = |cmi5: bool, sequence: &[Kept]| {
        let mut s = Session::new(
            "https://calmline.example/au/x",
            REGISTRATION,
            cmi5,
            LaunchMode::Normal,
        );
        let mut verdicts = Vec::new();
        for k in sequence {
            for st in s.due(&r, &actor(), Some(*k), "2026-12-05T10:00:00.0Z", 1) {
                if st.verb.id == verbs::PASSED || st.verb.id == verbs::FAILED {
                    verdicts.push(st.verb.id.rsplit('/').next().unwrap_or("").to_owned());
                }
            }
        }
        verdicts
    };
    assert_eq!(run(true, &[pass, fail]), ["passed"]);
    assert_eq!(
        run(true, &[fail, pass]),
        ["failed"],
        "cmi5: one verdict per session"
    );
    assert_eq!(
        run(false, &[fail, pass]),
        ["failed", "passed"],
        "plain xAPI: a later pass is reported"
    );
    assert_eq!(
        run(false, &[pass, fail]),
        ["passed"],
        "never failed after passed"
    );
}

#[test]
fn the_same_session_sends_the_same_statement_ids_again_after_a_reload() {
    let sc = shouter();
    let first: Vec<String> = session(&sc, Grade::Acceptable, false, LaunchMode::Normal, None)
        .into_iter()
        .map(|s| s.id)
        .collect();
    let again: Vec<String> = session(&sc, Grade::Acceptable, false, LaunchMode::Normal, None)
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(first, again);
    // Another registration (another learner or attempt) never shares an id.
    let mut other = Session::new(
        "https://calmline.example/au/shouter",
        "00000000-0000-4000-8000-000000000000",
        false,
        LaunchMode::Normal,
    );
    let r = view(
        &sc,
        &states(&sc, Grade::Best)[0],
        None,
        Reader::new(Lang::En, Address::Pan),
    );
    let ids: Vec<String> = other
        .due(&r, &actor(), None, "2026-12-05T10:00:00.0Z", 0)
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert!(!first.contains(&ids[0]));
}

/// A cmi5 session as a launch with a context template makes it.
fn cmi5_session(session_id: &str) -> Session {
    let mut s = Session::new(
        "https://calmline.example/call/shouter",
        REGISTRATION,
        true,
        LaunchMode::Normal,
    );
    s.session_id = Some(session_id.to_owned());
    s.grouping = vec!["https://calmline.example/au/publisher".to_owned()];
    s
}

/// Every statement of a whole call played by `grade` in `s` (initialized at launch).
fn play(s: &mut Session, sc: &Scenario, grade: Grade) -> Vec<Statement<Value>> {
    let mut out: Vec<Statement<Value>> = s
        .initialize(&actor(), "2026-12-05T10:00:00.0Z")
        .into_iter()
        .collect();
    for state in &states(sc, grade) {
        let r = view(sc, state, None, Reader::new(Lang::En, Address::Pan));
        out.extend(s.due(
            &r,
            &actor(),
            kept(&r.report),
            "2026-12-05T10:00:00.0Z",
            1_000,
        ));
    }
    out
}

#[test]
fn cmi5_statements_carry_the_session_id_and_the_templates_grouping_plain_xapi_does_not() {
    let sc = shouter();
    let mut s = cmi5_session("a5e1b9a0-1111-4222-8333-444455556666");
    let mut all = play(&mut s, &sc, Grade::Best);
    all.extend(s.terminate(&actor(), "2026-12-05T10:05:00.0Z", 300_000));
    assert_eq!(verbs_of(&all).first(), Some(&"initialized"));
    for st in &all {
        let json = serde_json::to_value(st).expect("json");
        assert_eq!(
            json["context"]["extensions"]["https://w3id.org/xapi/cmi5/context/extensions/sessionid"],
            "a5e1b9a0-1111-4222-8333-444455556666",
            "{}",
            st.verb.id
        );
        assert_eq!(
            json["context"]["contextActivities"]["grouping"][0]["id"],
            "https://calmline.example/au/publisher"
        );
    }
    let mut plain = Session::new(
        "https://calmline.example/call/shouter",
        REGISTRATION,
        false,
        LaunchMode::Normal,
    );
    plain.session_id = Some("a5e1b9a0-1111-4222-8333-444455556666".to_owned());
    for st in play(&mut plain, &sc, Grade::Best) {
        let json = serde_json::to_value(&st).expect("json");
        assert!(
            json["context"].get("extensions").is_none(),
            "no cmi5 extension in plain xAPI"
        );
        assert!(
            json["context"]["contextActivities"]
                .get("category")
                .is_none()
        );
    }
}

#[test]
fn a_new_session_of_the_same_registration_never_reuses_a_statement_id() {
    let sc = shouter();
    let first: Vec<String> = play(&mut cmi5_session("s-1"), &sc, Grade::Best)
        .into_iter()
        .map(|s| s.id)
        .collect();
    let second: Vec<String> = play(&mut cmi5_session("s-2"), &sc, Grade::Best)
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(first.len(), second.len());
    assert!(first.iter().all(|id| !second.contains(id)));
    let again: Vec<String> = play(&mut cmi5_session("s-1"), &sc, Grade::Best)
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(first, again, "the same session gives the same ids");
}

#[test]
fn initialized_at_launch_is_not_sent_again_by_the_first_move() {
    let sc = shouter();
    let mut s = cmi5_session("s-1");
    let statements = play(&mut s, &sc, Grade::Best);
    let initialized = verbs_of(&statements)
        .iter()
        .filter(|v| **v == "initialized")
        .count();
    assert_eq!(initialized, 1);
    assert!(s.initialize(&actor(), "2026-12-05T10:00:00.0Z").is_none());
    assert!(s.terminate(&actor(), "2026-12-05T10:05:00.0Z", 1).is_some());
    assert!(s.is_terminated());
    assert!(
        s.initialize(&actor(), "2026-12-05T10:00:00.0Z").is_none(),
        "nothing after terminated"
    );
}

#[test]
fn a_second_try_in_the_session_reports_its_own_moves_and_no_second_verdict_in_cmi5() {
    let sc = shouter();
    let mut s = cmi5_session("s-1");
    let first = play(&mut s, &sc, Grade::Harmful);
    s.new_try();
    let second = play(&mut s, &sc, Grade::Best);
    let moves = states(&sc, Grade::Best).len() - 1;
    let answered = verbs_of(&second)
        .iter()
        .filter(|v| **v == "answered")
        .count();
    assert_eq!(answered, moves, "every move of the second try is reported");
    let verdicts = |st: &[Statement<Value>]| {
        verbs_of(st)
            .into_iter()
            .filter(|v| *v == "passed" || *v == "failed")
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    assert_eq!(verdicts(&first), ["failed"]);
    assert!(
        verdicts(&second).is_empty(),
        "cmi5: one verdict per session"
    );
    assert!(!verbs_of(&second).contains(&"completed"), "completed once");
}

#[test]
fn a_session_kept_as_its_progress_mid_call_goes_on_where_it_was() {
    let sc = shouter();
    let all = states(&sc, Grade::Best);
    let step = |s: &mut Session, state: &State| {
        let r = view(&sc, state, None, Reader::new(Lang::En, Address::Pan));
        s.due(&r, &actor(), kept(&r.report), "2026-12-05T10:00:00.0Z", 1)
    };
    let mut straight = cmi5_session("s-1");
    let mut first = cmi5_session("s-1");
    let half = all.len() / 2;
    let mut a: Vec<Statement<Value>> = Vec::new();
    let mut b: Vec<Statement<Value>> = Vec::new();
    for state in &all[..half] {
        a.extend(step(&mut straight, state));
        b.extend(step(&mut first, state));
    }
    let kept_text = first.progress();
    // The page reloads: the same launch makes its session again and resumes its progress.
    let mut reloaded = cmi5_session("s-1");
    assert!(reloaded.resume(&kept_text));
    assert_eq!(reloaded, first);
    assert!(
        reloaded
            .initialize(&actor(), "2026-12-05T10:00:00.0Z")
            .is_none()
    );
    // The reload resumes at the same state: nothing is due again.
    assert!(step(&mut reloaded, &all[half - 1]).is_empty());
    for state in &all[half..] {
        a.extend(step(&mut straight, state));
        b.extend(step(&mut reloaded, state));
    }
    let ids = |v: &[Statement<Value>]| v.iter().map(|s| s.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&a), ids(&b));
    assert_eq!(
        verbs_of(&b).iter().filter(|v| **v == "initialized").count(),
        1
    );
    // A verdict and a termination survive too; a damaged text changes nothing.
    assert!(
        straight
            .terminate(&actor(), "2026-12-05T10:05:00.0Z", 1)
            .is_some()
    );
    let mut again = cmi5_session("s-1");
    assert!(again.resume(&straight.progress()));
    assert_eq!(again, straight);
    assert!(again.is_terminated());
    let mut fresh = cmi5_session("s-1");
    for bad in ["", "1 2 3", "x 1 0 0 - 0", "3 1 2 0 7 0", "3 1 2 0 - 0 9"] {
        assert!(!fresh.resume(bad), "{bad:?}");
        assert_eq!(fresh, cmi5_session("s-1"));
    }
}

#[test]
fn more_time_before_a_move_is_a_result_extension_of_its_answer() {
    let sc = shouter();
    // The first move's answered statement, as JSON, with "More time" used `extensions` times.
    let first_answer = |extensions: u8| -> Value {
        let all = calls::states_with(&sc, Grade::Best, 30_000, extensions);
        let mut s = Session::new(
            "https://calmline.example/call/x",
            REGISTRATION,
            false,
            LaunchMode::Normal,
        );
        let r = view(&sc, &all[1], None, Reader::new(Lang::En, Address::Pan));
        let due = s.due(&r, &actor(), None, "2026-12-05T10:00:00.0Z", 1_000);
        let answered: Vec<&Statement<Value>> = due
            .iter()
            .filter(|st| st.verb.id == verbs::ANSWERED)
            .collect();
        assert_eq!(answered.len(), 1);
        serde_json::to_value(answered[0]).expect("JSON")
    };
    let json = first_answer(2);
    assert_eq!(
        json["result"]["extensions"]["https://calmline.example/xapi/extensions/more-time"],
        json!(2)
    );
    let json = first_answer(0);
    assert!(json["result"].get("extensions").is_none(), "{json}");
}
