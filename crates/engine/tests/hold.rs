//! Holds (crates/engine/src/hold.rs): what each way of putting the customer on hold costs in mood
//! and skill points, that repeated and overlong holds cost more, that a hold never raises what a
//! call can score (in all eight library calls), that a scenario's `[hold]` and `[turn.hold]`
//! change the costs, and that saves keep holds while old saves still load.

use calmline_engine::hold::{self, HoldWay, Lesson};
use calmline_engine::model::Grade;
use calmline_engine::run::offer;
use calmline_engine::save::{self, Pending};
use calmline_engine::score::{debrief, scorecard};
use calmline_engine::transcript::{Line, transcript};
use calmline_engine::{Event, Input, Scenario, Skill, State, TimerMode, step, validate};

#[path = "support/calls.rs"]
mod calls;

use calls::{shouter, states};

fn start(sc: &Scenario) -> State {
    let input = Input::Start {
        seed: 3,
        deal: 5,
        timer: TimerMode::Standard,
    };
    step(sc, &State::new(), input).0
}

fn held(sc: &Scenario, state: &State, way: HoldWay, held_ms: u32, thanked: bool) -> State {
    let (next, events) = step(
        sc,
        state,
        Input::Hold {
            way,
            held_ms,
            thanked,
        },
    );
    assert!(
        !events.iter().any(|e| matches!(e, Event::Rejected(_))),
        "{events:?}"
    );
    next
}

/// The mood change of one first hold at the start of the shouter call.
fn first_hold_cost(way: HoldWay, held_ms: u32, thanked: bool) -> i32 {
    let sc = shouter();
    let state = start(&sc);
    let after = held(&sc, &state, way, held_ms, thanked);
    i32::from(after.mood(&sc)) - i32::from(state.mood(&sc))
}

/// Plays the best reply at every turn after the holds `before` were made at the first turn.
fn best_call_with(sc: &Scenario, holds: &[(HoldWay, u32, bool)]) -> State {
    let mut state = start(sc);
    for &(way, ms, thanked) in holds {
        state = held(sc, &state, way, ms, thanked);
    }
    while let Some(o) = offer(sc, &state) {
        let turn = sc.turn(o.turn);
        let pick = o
            .replies
            .iter()
            .copied()
            .max_by_key(|&r| (turn.replies[usize::from(r)].grade, std::cmp::Reverse(r)))
            .expect("a reply");
        let input = Input::Choose {
            reply: pick,
            elapsed_ms: 4_000,
            extensions: 0,
            pauses: 0,
        };
        state = step(sc, &state, input).0;
    }
    state
}

#[test]
fn each_way_costs_mood_the_announced_least_the_silent_most() {
    let announced = first_hold_cost(HoldWay::Announced, 40_000, true);
    let bare = first_hold_cost(HoldWay::Bare, 20_000, true);
    let silent = first_hold_cost(HoldWay::Silent, 20_000, true);
    assert_eq!(announced, hold::HoldRules::DEFAULT.announced);
    assert_eq!(bare, hold::HoldRules::DEFAULT.bare);
    assert_eq!(silent, hold::HoldRules::DEFAULT.silent);
    assert!(0 > announced && announced > bare && bare > silent);
    // Not thanking the customer costs more.
    assert_eq!(
        first_hold_cost(HoldWay::Announced, 40_000, false),
        announced + hold::HoldRules::DEFAULT.unthanked
    );
}

#[test]
fn holds_longer_than_promised_and_further_holds_cost_more() {
    let promised = first_hold_cost(HoldWay::Announced, 60_000, true);
    let a_little_over = first_hold_cost(HoldWay::Announced, 60_100, true);
    let a_minute_over = first_hold_cost(HoldWay::Announced, 120_000, true);
    assert_eq!(a_little_over, promised + hold::HoldRules::DEFAULT.overrun);
    assert_eq!(
        a_minute_over,
        promised + 2 * hold::HoldRules::DEFAULT.overrun
    );
    // A bare "please hold" promises a moment: 30 s.
    assert!(
        first_hold_cost(HoldWay::Bare, 45_000, true) < first_hold_cost(HoldWay::Bare, 30_000, true)
    );

    let sc = shouter();
    let mut state = start(&sc);
    let mut costs = Vec::new();
    for _ in 0..3 {
        let next = held(&sc, &state, HoldWay::Announced, 20_000, true);
        costs.push(i32::from(next.mood(&sc)) - i32::from(state.mood(&sc)));
        state = next;
    }
    assert!(costs[0] > costs[1] && costs[1] > costs[2], "{costs:?}");
    assert_eq!(state.holds().len(), 3);
    assert_eq!(state.holds()[2].earlier, 2);
}

#[test]
fn a_hold_is_recorded_with_events_and_stops_nothing_else() {
    let sc = shouter();
    let state = start(&sc);
    let (next, events) = step(
        &sc,
        &state,
        Input::Hold {
            way: HoldWay::Bare,
            held_ms: 12_345,
            thanked: true,
        },
    );
    assert_eq!(events[0], Event::Held { hold: 0 });
    assert!(matches!(events[1], Event::MoodChanged { .. }));
    // No move was made: the same turn waits, with the same replies.
    assert!(next.history().is_empty());
    assert_eq!(next.turn(), state.turn());
    let h = next.holds()[0];
    assert_eq!(
        (h.held_ms, h.before_move, h.way),
        (12_300, 0, HoldWay::Bare)
    );
    // The transcript shows the hold after the customer's line.
    let lines = transcript(&sc, &next);
    assert!(matches!(lines[0], Line::Customer(..)));
    assert_eq!(lines[1], Line::Hold(0));
    // Not before the call starts, not after it ends.
    let input = Input::Hold {
        way: HoldWay::Announced,
        held_ms: 1_000,
        thanked: true,
    };
    assert!(matches!(
        step(&sc, &State::new(), input).1[0],
        Event::Rejected(_)
    ));
    let over = states(&sc, Grade::Best, 3_000)
        .pop()
        .expect("an ended call");
    assert!(over.ending().is_some());
    assert!(matches!(step(&sc, &over, input).1[0], Event::Rejected(_)));
    // At most MAX_HOLDS holds.
    let mut many = start(&sc);
    for _ in 0..hold::MAX_HOLDS {
        many = held(&sc, &many, HoldWay::Announced, 1_000, true);
    }
    assert!(matches!(step(&sc, &many, input).1[0], Event::Rejected(_)));
}

#[test]
fn a_badly_done_hold_costs_skill_points_a_good_one_costs_none() {
    let sc = shouter();
    let clean = scorecard(&sc, &best_call_with(&sc, &[]), None);
    let good = scorecard(
        &sc,
        &best_call_with(&sc, &[(HoldWay::Announced, 50_000, true)]),
        None,
    );
    let silent = scorecard(
        &sc,
        &best_call_with(&sc, &[(HoldWay::Silent, 90_000, false)]),
        None,
    );
    let score = |card: &calmline_engine::score::Scorecard, skill: Skill| {
        card.skills
            .iter()
            .find(|s| s.skill == skill)
            .and_then(|s| s.score)
    };
    // A by-the-book call scores full marks, with or without an announced, kept, thanked hold.
    assert_eq!(good.skills, clean.skills);
    assert!(clean.passed && good.passed);
    for skill in [Skill::Clarity, Skill::Ownership] {
        assert!(
            score(&silent, skill) < score(&clean, skill),
            "{skill:?}: {:?} vs {:?}",
            score(&silent, skill),
            score(&clean, skill)
        );
    }
    // Holds are not graded moves: a hold that does not change the course of the call leaves
    // the tally and the overall score as they were.
    let bare = scorecard(
        &sc,
        &best_call_with(&sc, &[(HoldWay::Bare, 20_000, true)]),
        None,
    );
    assert_eq!((bare.tally, bare.overall), (clean.tally, clean.overall));
    assert!(score(&bare, Skill::Clarity) < score(&clean, Skill::Clarity));
    assert_eq!(
        score(&bare, Skill::Ownership),
        score(&clean, Skill::Ownership)
    );
    assert_eq!(silent.timing.holds, 1);
    assert_eq!(silent.timing.held_ms, 90_000);
    // The debrief lists the hold with its lessons.
    let d = debrief(
        &sc,
        &best_call_with(&sc, &[(HoldWay::Silent, 90_000, false)]),
        None,
    );
    assert_eq!(d.holds.len(), 1);
    assert_eq!(
        d.holds[0].lessons(),
        vec![Lesson::Silent, Lesson::Overran, Lesson::Unthanked]
    );
    let d = debrief(
        &sc,
        &best_call_with(&sc, &[(HoldWay::Announced, 50_000, true)]),
        None,
    );
    assert_eq!(d.holds[0].lessons(), vec![Lesson::WellDone]);
}

#[test]
fn a_hold_never_raises_the_maximum_in_any_library_call() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../scenarios");
    let mut checked = 0;
    for entry in std::fs::read_dir(dir).expect("scenarios") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        if !name.ends_with(".toml") || name.ends_with(".plan.toml") || name == "index.toml" {
            continue;
        }
        let report = validate(&name, &std::fs::read(&path).expect("read"));
        let stats = report.stats.clone().expect("stats");
        let sc = report.into_result().expect("valid");
        let best = stats.passing(&sc).map_or(0, |(_, hi)| hi);
        for ways in [
            vec![],
            vec![(HoldWay::Announced, 30_000, true)],
            vec![(HoldWay::Bare, 50_000, false)],
            vec![
                (HoldWay::Silent, 200_000, false),
                (HoldWay::Silent, 200_000, false),
            ],
        ] {
            let state = best_call_with(&sc, &ways);
            let card = scorecard(&sc, &state, None);
            assert!(card.overall <= best, "{name}: {} > {best}", card.overall);
            for s in &card.skills {
                assert!(s.earned <= s.possible, "{name}: {s:?}");
            }
            // The call still reaches an ending, and replays from its save.
            assert!(state.ending().is_some(), "{name}");
            let saved = save::encode(&sc, &state, Pending::default()).expect("save");
            assert_eq!(
                save::decode(&sc, &saved).expect("restore").0,
                state,
                "{name}"
            );
        }
        let clean = scorecard(&sc, &best_call_with(&sc, &[]), None);
        let good = scorecard(
            &sc,
            &best_call_with(&sc, &[(HoldWay::Announced, 30_000, true)]),
            None,
        );
        assert_eq!(good.skills, clean.skills, "{name}");
        checked += 1;
    }
    assert_eq!(checked, 10);
}

#[test]
fn saves_keep_holds_and_old_saves_still_load() {
    let sc = shouter();
    let plain = states(&sc, Grade::Best, 3_000)[2].clone();
    let old = save::encode(&sc, &plain, Pending::default()).expect("save");
    // A call without holds is saved as before holds existed.
    assert!(old.starts_with("CL3."), "{old}");
    assert_eq!(save::decode(&sc, &old).expect("old").0, plain);

    let state = held(&sc, &plain, HoldWay::Announced, 42_000, true);
    let state = held(&sc, &state, HoldWay::Silent, 5_000, false);
    let pending = Pending {
        elapsed_ms: 4_000,
        extensions: 0,
        pauses: 0,
    };
    let text = save::encode(&sc, &state, pending).expect("save");
    assert!(text.starts_with("CL4."), "{text}");
    assert!(text.contains("_Wa"), "{text}");
    // 5 s is 50 tenths, `1e` in base 36; `U`: no thanks.
    assert!(text.contains("_Ws1eU"), "{text}");
    let (restored, kept) = save::decode(&sc, &text).expect("restore");
    assert_eq!(restored, state);
    assert_eq!(kept, pending);
    // A hold token in a `CL3` save, or a `CL4` save without one, is not what the engine writes.
    let body = |t: &str| t.rsplit_once('.').expect("sum").0.to_owned();
    let seal = |b: String| format!("{b}.{}", save::checksum(&b));
    let as_cl3 = seal(body(&text).replacen("CL4", "CL3", 1));
    assert!(save::decode(&sc, &as_cl3).is_err());
    let as_cl4 = seal(body(&old).replacen("CL3", "CL4", 1));
    assert!(save::decode(&sc, &as_cl4).is_err());
    let bad_way = seal(body(&text).replacen("_Wa", "_Wq", 1));
    assert!(save::decode(&sc, &bad_way).is_err());
}

#[test]
fn a_scenario_changes_what_holds_cost_per_call_and_per_turn() {
    let source = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../scenarios/shouter-late-delivery.toml"
    ))
    .expect("read");
    let first_turn = source.find("\n[[turn]]\n").expect("a turn");
    let (head, rest) = source.split_at(first_turn);
    // A customer who hates waiting, and a first turn where checking is the right move.
    let changed = format!(
        "{head}\n[hold]\nbare = -15\nminutes = 2\n{}",
        rest.replacen(
            "\n[[turn.line]]\n",
            "\nhold = { announced = 0 }\n[[turn.line]]\n",
            1
        )
    );
    let report = validate("hates-waiting.toml", changed.as_bytes());
    let errors: Vec<String> = report.errors().map(ToString::to_string).collect();
    assert!(errors.is_empty(), "{errors:?}");
    let sc = report.into_result().expect("valid");
    let turn = start(&sc).turn().expect("a turn");
    let rules = hold::rules(&sc, turn);
    assert_eq!((rules.announced, rules.bare, rules.minutes), (0, -15, 2));
    assert_eq!(rules.silent, hold::HoldRules::DEFAULT.silent);
    let state = start(&sc);
    // Two minutes promised: 100 s on hold is within the promise, and free at this turn.
    assert_eq!(
        held(&sc, &state, HoldWay::Announced, 100_000, true).mood(&sc),
        state.mood(&sc)
    );
    let bare = held(&sc, &state, HoldWay::Bare, 10_000, true);
    assert_eq!(i32::from(bare.mood(&sc)), i32::from(state.mood(&sc)) - 15);
}

#[test]
fn an_lms_gets_no_interaction_for_a_hold_but_its_cost_in_the_skill_objectives() {
    use calmline_engine::lms::report;
    let sc = shouter();
    let clean = best_call_with(&sc, &[]);
    let bare = best_call_with(&sc, &[(HoldWay::Bare, 20_000, true)]);
    let (a, b) = (report(&sc, &clean, None), report(&sc, &bare, None));
    // One interaction per move, as before: the hold is not one.
    assert_eq!(b.interactions.len(), bare.history().len());
    assert_eq!(a.interactions, b.interactions);
    assert_eq!((a.overall, a.passed), (b.overall, b.passed));
    let objective = |r: &calmline_engine::lms::CallReport, skill: Skill| {
        r.objectives
            .iter()
            .find(|(s, _)| *s == skill)
            .and_then(|(_, v)| *v)
    };
    assert!(objective(&b, Skill::Clarity) < objective(&a, Skill::Clarity));
    // What an LMS keeps of an unfinished call with a hold restores it, hold included.
    let mid = held(&sc, &start(&sc), HoldWay::Announced, 30_000, true);
    let text = save::encode(&sc, &mid, Pending::default()).expect("save");
    assert!(text.len() < 120, "{text}");
    assert_eq!(
        save::decode(&sc, &text).expect("restore").0.holds(),
        mid.holds()
    );
}
