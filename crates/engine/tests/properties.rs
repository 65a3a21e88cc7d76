//! Properties that hold for any valid scenario and any way of playing it, and for any bytes
//! given to the validator.

#[path = "support/generate.rs"]
mod generate;

use calmline_engine::run::offer;
use calmline_engine::save;
use calmline_engine::score::scorecard;
use calmline_engine::{Input, Scenario, State, TimerMode, step, validate};
use proptest::prelude::*;

fn scenario(turns: usize, seed: u64) -> Scenario {
    let source = generate::scenario(turns, seed);
    match validate("generated.toml", source.as_bytes()).into_result() {
        Ok(sc) => sc,
        Err(diagnostics) => panic!("generated scenario is invalid:\n{diagnostics:#?}\n{source}"),
    }
}

fn shouter() -> Vec<u8> {
    std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/late-delivery-v1.toml"
    ))
    .expect("read")
}

/// Plays a call, each move picked by `picks`: mostly an offered reply, sometimes a timeout or
/// ending the call, with 0 to 12 extensions (the engine caps them). Returns the states after
/// every move.
fn play(sc: &Scenario, seed: u64, timer: TimerMode, picks: &[u16]) -> Vec<State> {
    let (mut state, _) = step(
        sc,
        &State::new(),
        Input::Start {
            seed,
            deal: seed,
            timer,
        },
    );
    let mut states = vec![state.clone()];
    for &pick in picks {
        let Some(offer) = offer(sc, &state) else {
            break;
        };
        let input = match pick % 20 {
            0 => Input::EndCall {
                elapsed_ms: u32::from(pick) * 7,
                extensions: (pick % 13) as u8,
                pauses: (pick % 7) as u8,
            },
            1 | 2 if timer != TimerMode::Off => Input::TimerExpired {
                extensions: (pick % 13) as u8,
                pauses: (pick % 7) as u8,
            },
            _ => Input::Choose {
                reply: offer.replies[usize::from(pick) % offer.replies.len()],
                elapsed_ms: u32::from(pick) * 13,
                extensions: (pick % 13) as u8,
                pauses: (pick % 7) as u8,
            },
        };
        let (next, events) = step(sc, &state, input);
        assert!(
            !events
                .iter()
                .any(|e| matches!(e, calmline_engine::Event::Rejected(_))),
            "a move chosen from the offer was rejected: {input:?} {events:?}"
        );
        state = next;
        states.push(state.clone());
    }
    states
}

fn timer_mode() -> impl Strategy<Value = TimerMode> {
    prop::sample::select(TimerMode::ALL.to_vec())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn random_play_ends_within_the_longest_path_and_the_analysis_knew_its_verdict(
        turns in 2usize..20, shape in any::<u64>(), seed in any::<u64>(), timer in timer_mode(),
        picks in prop::collection::vec(any::<u16>(), 0..200),
    ) {
        let source = generate::scenario(turns, shape);
        let report = validate("generated.toml", source.as_bytes());
        let stats = report.stats.clone().expect("analysed");
        let report_warns_approximate = report
            .diagnostics
            .iter()
            .any(|d| d.message.contains("too big to explore"));
        let sc = report.into_result().expect("valid");
        // Too big to explore exactly, the analysis says so and bounds the length instead.
        prop_assert!(stats.exact || report_warns_approximate, "an approximate analysis must say so");
        let states = play(&sc, seed, timer, &picks);
        let last = states.last().unwrap();
        prop_assert!(last.history().len() as u32 <= stats.longest);
        if picks.len() >= stats.longest as usize {
            prop_assert!(last.ending().is_some(), "the call must have ended after {} moves", picks.len());
        }
        for state in &states {
            let card = scorecard(&sc, state, None);
            prop_assert!(card.overall <= 100 && card.quality <= 100);
            prop_assert!(card.skills.iter().all(|s| s.score.is_none_or(|v| v <= 100)));
            prop_assert_eq!(card.passed, card.overall >= card.pass_mark);
            if state.ending().is_none() {
                prop_assert!(!card.passed);
            }
        }
        if let (Some(ending), true) = (last.ending(), stats.exact) {
            // The analysis saw this very call: its tally and ending are among the ones it found.
            // The analysis keeps only whether some move was critical.
            let mut tally = calmline_engine::score::tally(&sc, last);
            tally.critical = tally.critical.min(1);
            prop_assert!(stats.tallies.iter().any(|(t, e, n)| *t == tally && *e == ending && *n > 0),
                "{tally:?} at {ending:?} was not found by the analysis");
        }
    }

    #[test]
    fn save_and_restore_round_trip_at_every_move(
        shape in any::<u64>(), seed in any::<u64>(), timer in timer_mode(),
        picks in prop::collection::vec(any::<u16>(), 0..60),
    ) {
        let sc = scenario(20, shape);
        for state in play(&sc, seed, timer, &picks) {
            let pending = save::Pending { elapsed_ms: u32::from(picks.len() as u16) * 700, extensions: (seed % 11) as u8, pauses: (seed % 40) as u8 };
            let saved = save::encode(&sc, &state, pending).expect("started");
            prop_assert!(saved.len() <= save::MAX_LEN);
            let (restored, kept) = save::decode(&sc, &saved).expect("restores");
            let again = save::encode(&sc, &restored, kept);
            prop_assert_eq!(restored, state);
            prop_assert_eq!(again, Some(saved));
        }
    }

    #[test]
    fn the_same_seed_and_inputs_give_the_same_call(
        shape in any::<u64>(), seed in any::<u64>(), picks in prop::collection::vec(any::<u16>(), 0..40),
    ) {
        let sc = scenario(12, shape);
        prop_assert_eq!(play(&sc, seed, TimerMode::Standard, &picks), play(&sc, seed, TimerMode::Standard, &picks));
    }

    #[test]
    fn the_validator_never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let report = validate("noise.toml", &bytes);
        prop_assert!(report.scenario.is_some() || !report.diagnostics.is_empty(), "a rejected file must say why");
        for d in &report.diagnostics {
            prop_assert!(d.line >= 1 && d.column >= 1);
        }
    }

    #[test]
    fn the_validator_never_panics_on_damaged_scenarios(cut in any::<prop::sample::Index>(), flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..8)) {
        let mut bytes = shouter();
        for (at, byte) in flips {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        bytes.truncate(cut.index(bytes.len() + 1));
        let report = validate("damaged.toml", &bytes);
        for d in &report.diagnostics {
            prop_assert!(d.line >= 1 && d.column >= 1);
            prop_assert!(!d.message.is_empty());
        }
    }
}

#[test]
fn the_longest_possible_call_of_the_shouter_fits_a_scorm_1_2_suspend_data() {
    let sc = validate("shouter.toml", &shouter())
        .into_result()
        .expect("valid");
    // Walk the longest call: at each turn take the move that keeps the call going longest, with
    // the slowest possible answer, and check the save of every prefix.
    let (mut state, _) = step(
        &sc,
        &State::new(),
        Input::Start {
            seed: u64::MAX,
            deal: u64::MAX,
            timer: TimerMode::Relaxed,
        },
    );
    let mut longest = 0;
    while let Some(o) = offer(&sc, &state) {
        let mut best: Option<(usize, State)> = None;
        for input in o
            .replies
            .iter()
            .map(|&r| Input::Choose {
                reply: r,
                elapsed_ms: 3_600_000,
                extensions: calmline_engine::timer::MAX_EXTENSIONS,
                pauses: 0,
            })
            .chain([Input::TimerExpired {
                extensions: calmline_engine::timer::MAX_EXTENSIONS,
                pauses: 0,
            }])
        {
            let (next, _) = step(&sc, &state, input);
            let remaining = remaining_moves(&sc, &next);
            if best.as_ref().is_none_or(|(n, _)| remaining > *n) {
                best = Some((remaining, next));
            }
        }
        state = best.expect("a move").1;
        longest = longest.max(
            save::encode(
                &sc,
                &state,
                save::Pending {
                    elapsed_ms: 3_600_000,
                    extensions: calmline_engine::timer::MAX_EXTENSIONS,
                    pauses: 0,
                },
            )
            .expect("save")
            .len(),
        );
    }
    assert!(longest < 400, "a whole call saves in {longest} characters");
}

/// The most moves still possible from `state` (depth-first; the shouter is small).
fn remaining_moves(sc: &Scenario, state: &State) -> usize {
    let Some(o) = offer(sc, state) else { return 0 };
    o.replies
        .iter()
        .map(|&r| Input::Choose {
            reply: r,
            elapsed_ms: 1,
            extensions: 0,
            pauses: 0,
        })
        .chain([Input::TimerExpired {
            extensions: 0,
            pauses: 0,
        }])
        .map(|input| 1 + remaining_moves(sc, &step(sc, state, input).0))
        .max()
        .unwrap_or(0)
}
