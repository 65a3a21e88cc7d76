//! Test plans: data-driven checks that trainers and developers write beside each scenario.
//!
//! A plan (`scenarios/<id>.plan.toml`) lists cases; each plays a list of moves and names the
//! ending and scores it must reach. One test function runs every plan, and `cargo xtask validate`
//! runs them too, so a change to a scenario that breaks an intended path is caught at once.
//!
//! ```toml
//! [[case]]
//! name = "textbook call"
//! seed = 7                    # optional: line variants and reply order
//! timer = "standard"          # optional: off, relaxed, standard, strict
//! moves = ["opening.let-vent", "vent.paraphrase", "details.silence", "details.own-mistake"]
//! ending = "resolved"
//! overall = 88                # optional: exact overall score
//! passed = true               # optional
//! scores = { empathy = 100 }  # optional: exact skill scores
//! ```

use crate::diag::Problems;
use crate::model::Scenario;
use crate::reader::{self, Obj, Value};
use crate::run::{Input, State, step};
use crate::score::scorecard;
use crate::timer::TimerMode;
use crate::{Diagnostic, Event, Skill};

const CASE_KEYS: &[&str] = &[
    "name", "seed", "timer", "moves", "ending", "overall", "passed", "scores",
];

/// The outcome of checking a plan.
#[derive(Debug, Clone)]
pub struct PlanReport {
    /// How many cases the plan has.
    pub cases: usize,
    /// Every failure or problem in the plan, located in the plan file.
    pub diagnostics: Vec<Diagnostic>,
}

/// Runs every case of a plan against a (valid) scenario.
pub fn check(sc: &Scenario, file: &str, bytes: &[u8]) -> PlanReport {
    let mut p = Problems::default();
    let Some(source) = reader::decode(bytes, &mut p) else {
        return PlanReport {
            cases: 0,
            diagnostics: p.into_diagnostics(file, ""),
        };
    };
    let doc = reader::parse(source, &mut p);
    let root = Obj {
        span: (0, 0),
        table: doc.get_ref(),
    };
    reader::check_keys(&mut p, root, &["case"], "a test plan");
    let mut cases = 0;
    match root
        .get("case")
        .and_then(|v| reader::array(&mut p, v, "`case`"))
    {
        None if p.is_empty() => p.hinted(
            0..0,
            "the plan has no `[[case]]`",
            "add at least one case per ending",
        ),
        None => {}
        Some(items) => {
            for item in items {
                if let Some(case) = reader::obj(&mut p, item, "a case") {
                    cases += 1;
                    run_case(sc, case, &mut p);
                }
            }
        }
    }
    PlanReport {
        cases,
        diagnostics: p.into_diagnostics(file, source),
    }
}

fn run_case(sc: &Scenario, case: Obj<'_, '_>, p: &mut Problems) {
    reader::check_keys(p, case, CASE_KEYS, "a case");
    let name = case
        .get("name")
        .and_then(|v| reader::string(p, v, "`name`"))
        .unwrap_or_else(|| "unnamed case".to_owned());
    let seed = case
        .get("seed")
        .and_then(|v| reader::int(p, v, "`seed`", 0, i64::MAX))
        .unwrap_or(0) as u64;
    let timer = case
        .get("timer")
        .and_then(|v| {
            let s = reader::string(p, v, "`timer`")?;
            let mode = TimerMode::from_id(&s);
            if mode.is_none() {
                p.hinted(
                    v.span(),
                    format!("unknown timer mode `{s}`"),
                    "use off, relaxed, standard or strict",
                );
            }
            mode
        })
        .unwrap_or_default();
    let Some(moves) = reader::required(
        p,
        case,
        "moves",
        &format!("case \"{name}\""),
        "[\"opening.reply-id\"]",
    )
    .and_then(|v| reader::array(p, v, "`moves`")) else {
        return;
    };
    let (mut state, _) = step(sc, &State::new(), Input::Start { seed, timer });
    for mv in moves {
        if !play(sc, &mut state, mv, &name, p) {
            return;
        }
    }
    check_result(sc, &state, case, &name, p);
}

/// Plays one `turn.reply` move; false (with a problem recorded) if it cannot be played.
fn play(sc: &Scenario, state: &mut State, mv: &Value<'_>, name: &str, p: &mut Problems) -> bool {
    let Some(text) = reader::string(p, mv, "a move") else {
        return false;
    };
    let Some((turn_id, reply_id)) = text.split_once('.') else {
        p.hinted(
            mv.span(),
            format!("case \"{name}\": `{text}` is not a move"),
            "write `turn-id.reply-id`, `turn-id.silence` or `turn-id.hang-up`",
        );
        return false;
    };
    let Some(current) = state.turn() else {
        p.error(
            mv.span(),
            format!("case \"{name}\": the call is already over before `{text}`"),
        );
        return false;
    };
    let current_id = &sc.turn(current).id;
    if current_id != turn_id {
        p.error(
            mv.span(),
            format!("case \"{name}\": the call is at turn `{current_id}`, not `{turn_id}`"),
        );
        return false;
    }
    let input = match reply_id {
        "silence" => Input::TimerExpired { extensions: 0 },
        "hang-up" => Input::EndCall {
            elapsed_ms: 3_000,
            extensions: 0,
        },
        id => match sc.turn(current).replies.iter().position(|r| r.id == id) {
            Some(r) => Input::Choose {
                reply: r as u8,
                elapsed_ms: 3_000,
                extensions: 0,
            },
            None => {
                p.error(
                    mv.span(),
                    format!("case \"{name}\": turn `{turn_id}` has no reply `{id}`"),
                );
                return false;
            }
        },
    };
    let (next, events) = step(sc, state, input);
    if let Some(Event::Rejected(why)) = events.iter().find(|e| matches!(e, Event::Rejected(_))) {
        p.error(
            mv.span(),
            format!("case \"{name}\": `{text}` is not possible here ({why:?})"),
        );
        return false;
    }
    *state = next;
    true
}

fn check_result(sc: &Scenario, state: &State, case: Obj<'_, '_>, name: &str, p: &mut Problems) {
    let card = scorecard(sc, state, None);
    let Some(expected) = reader::required(
        p,
        case,
        "ending",
        &format!("case \"{name}\""),
        "\"resolved\"",
    ) else {
        return;
    };
    let Some(ending_id) = reader::string(p, expected, "`ending`") else {
        return;
    };
    let reached = state.ending().map(|e| sc.ending(e).id.clone());
    if reached.as_deref() != Some(ending_id.as_str()) {
        let got = reached.map_or_else(
            || {
                format!(
                    "still at turn `{}`",
                    state.turn().map_or("?", |t| sc.turn(t).id.as_str())
                )
            },
            |e| format!("ended at `{e}`"),
        );
        if sc.ending_ix(&ending_id).is_none() {
            p.error(
                expected.span(),
                format!("case \"{name}\": the scenario has no ending `{ending_id}`"),
            );
        } else {
            p.error(
                expected.span(),
                format!("case \"{name}\": expected ending `{ending_id}`, but the call {got}"),
            );
        }
    }
    if let Some(v) = case.get("overall") {
        if let Some(want) = reader::int(p, v, "`overall`", 0, 100) {
            if i64::from(card.overall) != want {
                p.error(
                    v.span(),
                    format!(
                        "case \"{name}\": overall score is {}, expected {want}",
                        card.overall
                    ),
                );
            }
        }
    }
    if let Some(v) = case.get("passed") {
        if let Some(want) = v.get_ref().as_bool() {
            if card.passed != want {
                p.error(
                    v.span(),
                    format!(
                        "case \"{name}\": passed is {}, expected {want}",
                        card.passed
                    ),
                );
            }
        } else {
            p.error(v.span(), "`passed` must be true or false");
        }
    }
    if let Some(v) = case.get("scores") {
        let Some(scores) = reader::obj(p, v, "`scores`") else {
            return;
        };
        for (key, value) in scores.entries() {
            let Ok(skill) = key.get_ref().parse::<Skill>() else {
                p.error(key.span(), format!("unknown skill `{}`", key.get_ref()));
                continue;
            };
            let Some(want) = reader::int(p, value, "a score", 0, 100) else {
                continue;
            };
            match card.skills.iter().find(|s| s.skill == skill) {
                Some(s) if i64::from(s.score) == want => {}
                Some(s) => p.error(
                    value.span(),
                    format!(
                        "case \"{name}\": `{skill}` scored {}, expected {want}",
                        s.score
                    ),
                ),
                None => p.error(
                    value.span(),
                    format!("case \"{name}\": `{skill}` is not scored in this scenario"),
                ),
            }
        }
    }
}
