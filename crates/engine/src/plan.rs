//! Test plans: data-driven checks that trainers and developers write beside each scenario.
//!
//! A plan (`scenarios/<id>.plan.toml`) lists cases; each plays a list of moves and names the
//! ending and scores it must reach. One test function runs every plan, and `cargo xtask validate`
//! runs them too, so a change to a scenario that breaks an intended path is caught at once.
//!
//! ```toml
//! [[case]]
//! name = "textbook call"
//! seed = 7                    # optional: line variants, reply order and wordings
//! twists = ["keeps-insulting"] # optional: the twists that happen (default: none)
//! timer = "standard"          # optional: off, relaxed, standard, strict
//! moves = ["opening.let-vent", "vent.paraphrase", "details.silence", "details.own-mistake"]
//! ending = "resolved"
//! passed = true               # required: the verdict
//! overall = 88                # optional: exact overall score (capped below the pass mark on a fail)
//! quality = 88                # optional: exact quality of the moves (uncapped)
//! critical = 0                # optional: how many critical errors
//! scores = { empathy = 100, clarity = "not-assessed" }  # optional: exact skill scores
//! ```
//!
//! Every ending must be reached by at least one case, so that each ending's verdict is pinned,
//! and every twist must happen in some case and not happen in another. A case plays the first
//! seed from `seed` on whose twists are exactly the ones it lists.

use crate::diag::{Msg, Problems, msg};
use crate::model::{EndingIx, Scenario};
use crate::reader::{self, Obj, Value};
use crate::run::{Input, State, step};
use crate::score::scorecard;
use crate::timer::TimerMode;
use crate::{Diagnostic, Event, Skill};

/// How a plan writes a skill that the call did not assess.
const NOT_ASSESSED: &str = "not-assessed";

const CASE_KEYS: &[&str] = &[
    "name", "seed", "twists", "timer", "moves", "ending", "passed", "overall", "quality",
    "critical", "scores",
];

/// The outcome of checking a plan.
#[derive(Debug, Clone)]
pub struct PlanReport {
    /// How many cases the plan has.
    pub cases: usize,
    /// The seed each case played, in plan order (`None` for a case that could not start): the
    /// first seed from its `seed` on with exactly its twists, for replaying it elsewhere.
    pub seeds: Vec<Option<u64>>,
    /// Every failure or problem in the plan, located in the plan file.
    pub diagnostics: Vec<Diagnostic>,
}

/// Runs every case of a plan against a (valid) scenario.
pub fn check(sc: &Scenario, file: &str, bytes: &[u8]) -> PlanReport {
    let mut p = Problems::default();
    let Some(source) = reader::decode(bytes, &mut p) else {
        return PlanReport {
            cases: 0,
            seeds: Vec::new(),
            diagnostics: p.into_diagnostics(file, ""),
        };
    };
    let doc = reader::parse(source, &mut p);
    let root = Obj {
        span: (0, 0),
        table: doc.get_ref(),
    };
    reader::check_keys(&mut p, root, &["case"], &msg!("diag-what-plan"));
    let mut cases = 0;
    let mut reached = vec![false; sc.endings.len()];
    let (mut on, mut off) = (0u8, 0u8);
    let mut seeds = Vec::new();
    match root
        .get("case")
        .and_then(|v| reader::array(&mut p, v, &msg!("diag-what-field", key = "case")))
    {
        None if p.is_empty() => p.hinted(
            0..0,
            msg!("diag-plan-no-case"),
            msg!("diag-plan-no-case-hint"),
        ),
        None => {}
        Some(items) => {
            for item in items {
                if let Some(case) = reader::obj(&mut p, item, &msg!("diag-what-a-case")) {
                    cases += 1;
                    if let Some((e, twists)) = run_case(sc, case, &mut p, &mut seeds) {
                        reached[usize::from(e.0)] = true;
                        on |= twists;
                        off |= !twists;
                    }
                }
            }
        }
    }
    if cases > 0 {
        for (ending, _) in sc.endings.iter().zip(&reached).filter(|(_, r)| !**r) {
            p.hinted(
                0..0,
                msg!("diag-plan-ending-unreached", ending = &ending.id),
                msg!("diag-plan-ending-unreached-hint"),
            );
        }
        for (i, twist) in sc.twists.iter().enumerate() {
            for (seen, message, hint) in [
                (
                    on,
                    msg!("diag-plan-twist-never-on", twist = &twist.id),
                    msg!("diag-plan-twist-never-on-hint", twist = &twist.id),
                ),
                (
                    off,
                    msg!("diag-plan-twist-never-off", twist = &twist.id),
                    msg!("diag-plan-twist-never-off-hint"),
                ),
            ] {
                if seen & 1 << i == 0 {
                    p.hinted(0..0, message, hint);
                }
            }
        }
    }
    PlanReport {
        cases,
        seeds,
        diagnostics: p.into_diagnostics(file, source),
    }
}

/// Runs one case; the ending it reached and its twists, if it ended where the case says.
fn run_case(
    sc: &Scenario,
    case: Obj<'_, '_>,
    p: &mut Problems,
    seeds: &mut Vec<Option<u64>>,
) -> Option<(EndingIx, u8)> {
    seeds.push(None);
    reader::check_keys(p, case, CASE_KEYS, &msg!("diag-what-a-case"));
    let name = case
        .get("name")
        .and_then(|v| reader::string(p, v, &msg!("diag-what-field", key = "name")))
        .map_or_else(
            || msg!("diag-what-case-unnamed"),
            |name| msg!("diag-what-case", name = name),
        );
    let seed = case
        .get("seed")
        .and_then(|v| reader::int(p, v, &msg!("diag-what-field", key = "seed"), 0, i64::MAX))
        .unwrap_or(0) as u64;
    let timer = case
        .get("timer")
        .and_then(|v| {
            let s = reader::string(p, v, &msg!("diag-what-field", key = "timer"))?;
            let mode = TimerMode::from_id(&s);
            if mode.is_none() {
                p.hinted(
                    v.span(),
                    msg!("diag-plan-timer", timer = s),
                    msg!("diag-plan-timer-hint"),
                );
            }
            mode
        })
        .unwrap_or_default();
    let moves = reader::required(p, case, "moves", &name, "[\"opening.reply-id\"]")
        .and_then(|v| reader::array(p, v, &msg!("diag-what-field", key = "moves")))?;
    let twists = case
        .get("twists")
        .map_or(Some(0), |v| twist_bits(sc, v, p))?;
    let Some(seed) = crate::twist::seed_for(sc, twists, seed) else {
        p.error(case.span(), msg!("diag-plan-no-seed", case = &name));
        return None;
    };
    if let Some(slot) = seeds.last_mut() {
        *slot = Some(seed);
    }
    let start = Input::Start {
        seed,
        deal: seed,
        timer,
    };
    let (mut state, _) = step(sc, &State::new(), start);
    for mv in moves {
        if !play(sc, &mut state, mv, &name, p) {
            return None;
        }
    }
    check_result(sc, &state, case, &name, p).map(|e| (e, twists))
}

/// Reads a case's `twists` as bits.
fn twist_bits(sc: &Scenario, value: &Value<'_>, p: &mut Problems) -> Option<u8> {
    let mut bits = 0;
    for item in reader::array(p, value, &msg!("diag-what-field", key = "twists"))? {
        let id = reader::string(p, item, &msg!("diag-what-a-twist-id"))?;
        match sc.twists.iter().position(|t| t.id == id) {
            Some(i) => bits |= 1 << i,
            None => {
                let known: Vec<&str> = sc.twists.iter().map(|t| t.id.as_str()).collect();
                p.hinted(
                    item.span(),
                    msg!("diag-plan-no-twist", twist = id),
                    if known.is_empty() {
                        msg!("diag-plan-no-twists-hint")
                    } else {
                        msg!("diag-plan-its-twists", twists = known.join(", "))
                    },
                );
                return None;
            }
        }
    }
    Some(bits)
}

/// Plays one `turn.reply` move; false (with a problem recorded) if it cannot be played.
fn play(sc: &Scenario, state: &mut State, mv: &Value<'_>, name: &Msg, p: &mut Problems) -> bool {
    let Some(text) = reader::string(p, mv, &msg!("diag-what-a-move")) else {
        return false;
    };
    let Some((turn_id, reply_id)) = text.split_once('.') else {
        p.hinted(
            mv.span(),
            msg!("diag-plan-not-a-move", case = name, text = &text),
            msg!("diag-plan-not-a-move-hint"),
        );
        return false;
    };
    let Some(current) = state.turn() else {
        p.error(mv.span(), msg!("diag-plan-over", case = name, text = &text));
        return false;
    };
    let current_id = &sc.turn(current).id;
    if current_id != turn_id {
        p.error(
            mv.span(),
            msg!(
                "diag-plan-wrong-turn",
                case = name,
                current = current_id,
                turn = turn_id
            ),
        );
        return false;
    }
    let input = match reply_id {
        "silence" => Input::TimerExpired {
            extensions: 0,
            pauses: 0,
        },
        "hang-up" => Input::EndCall {
            elapsed_ms: 3_000,
            extensions: 0,
            pauses: 0,
        },
        id => match sc.turn(current).replies.iter().position(|r| r.id == id) {
            Some(r) => Input::Choose {
                reply: r as u8,
                elapsed_ms: 3_000,
                extensions: 0,
                pauses: 0,
            },
            None => {
                p.error(
                    mv.span(),
                    msg!(
                        "diag-plan-no-reply",
                        case = name,
                        turn = turn_id,
                        reply = id
                    ),
                );
                return false;
            }
        },
    };
    let (next, events) = step(sc, state, input);
    if let Some(Event::Rejected(why)) = events.iter().find(|e| matches!(e, Event::Rejected(_))) {
        p.error(
            mv.span(),
            msg!(
                "diag-plan-rejected",
                case = name,
                text = &text,
                why = why.id()
            ),
        );
        return false;
    }
    *state = next;
    true
}

fn check_result(
    sc: &Scenario,
    state: &State,
    case: Obj<'_, '_>,
    name: &Msg,
    p: &mut Problems,
) -> Option<EndingIx> {
    let card = scorecard(sc, state, None);
    let expected = reader::required(p, case, "ending", name, "\"resolved\"")?;
    let ending_id = reader::string(p, expected, &msg!("diag-what-field", key = "ending"))?;
    let reached = state.ending().map(|e| sc.ending(e).id.clone());
    let mut pinned = None;
    if reached.as_deref() != Some(ending_id.as_str()) {
        let got = reached.map_or_else(
            || {
                msg!(
                    "diag-plan-still-at",
                    turn = state.turn().map_or("?", |t| sc.turn(t).id.as_str())
                )
            },
            |e| msg!("diag-plan-ended-at", ending = e),
        );
        if sc.ending_ix(&ending_id).is_none() {
            p.error(
                expected.span(),
                msg!("diag-plan-no-ending", case = name, ending = &ending_id),
            );
        } else {
            p.error(
                expected.span(),
                msg!(
                    "diag-plan-wrong-ending",
                    case = name,
                    ending = &ending_id,
                    got = got
                ),
            );
        }
    } else {
        pinned = state.ending();
    }
    match reader::required(p, case, "passed", name, "false") {
        None => pinned = None,
        Some(v) => match v.get_ref().as_bool() {
            Some(want) if card.passed != want => p.error(
                v.span(),
                msg!(
                    "diag-plan-passed",
                    case = name,
                    got = card.passed.to_string(),
                    want = want.to_string()
                ),
            ),
            Some(_) => {}
            None => p.error(v.span(), msg!("diag-plan-passed-bool")),
        },
    }
    for (key, got) in [
        ("overall", i64::from(card.overall)),
        ("quality", i64::from(card.quality)),
        ("critical", card.critical.len() as i64),
    ] {
        if let Some(v) = case.get(key) {
            if let Some(want) = reader::int(p, v, &msg!("diag-what-field", key = key), 0, 100) {
                if got != want {
                    p.error(
                        v.span(),
                        msg!(
                            "diag-plan-number",
                            case = name,
                            key = key,
                            got = got,
                            want = want
                        ),
                    );
                }
            }
        }
    }
    if let Some(v) = case.get("scores") {
        let scores = reader::obj(p, v, &msg!("diag-what-field", key = "scores"))?;
        for (key, value) in scores.entries() {
            let Ok(skill) = key.get_ref().parse::<Skill>() else {
                p.error(
                    key.span(),
                    msg!("diag-plan-unknown-skill", skill = key.get_ref().as_ref()),
                );
                continue;
            };
            let want = if value.get_ref().as_str() == Some(NOT_ASSESSED) {
                None
            } else {
                match reader::int(p, value, &msg!("diag-what-a-score"), 0, 100) {
                    Some(n) => Some(n as u8),
                    None => continue,
                }
            };
            let got = card
                .skills
                .iter()
                .find(|s| s.skill == skill)
                .and_then(|s| s.score);
            if got != want {
                let show =
                    |s: Option<u8>| s.map_or_else(|| NOT_ASSESSED.to_owned(), |n| n.to_string());
                p.error(
                    value.span(),
                    msg!(
                        "diag-plan-score",
                        case = name,
                        skill = skill.id(),
                        got = show(got),
                        want = show(want)
                    ),
                );
            }
        }
    }
    pinned
}
