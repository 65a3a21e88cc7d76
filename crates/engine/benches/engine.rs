//! The engine benchmark (`cargo xtask bench`): parsing and validating a generated 10,000-turn
//! scenario, a hand-written one, and single steps of a call. Prints divan's timing table.

#[path = "../tests/support/generate.rs"]
mod generate;

use calmline_engine::{Input, Scenario, State, TimerMode, step, validate};
use divan::{Bencher, black_box};

fn main() {
    let big = generate::scenario(10_000, 5);
    println!("generated scenario: 10,000 turns, {} bytes", big.len());
    divan::main();
}

fn shouter() -> Vec<u8> {
    std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../scenarios/shouter-late-delivery.toml"
    ))
    .expect("the shouter scenario")
}

fn valid(bytes: &[u8]) -> Scenario {
    validate("bench.toml", bytes)
        .into_result()
        .expect("a valid scenario")
}

/// Parse + validate (including the whole analysis) of a 10,000-turn scenario.
#[divan::bench(sample_count = 10)]
fn validate_10000_turns(bencher: Bencher) {
    let source = generate::scenario(10_000, 5);
    bencher.bench(|| validate("big.toml", black_box(source.as_bytes())));
}

/// Parse + validate of the hand-written shouter scenario.
#[divan::bench]
fn validate_shouter(bencher: Bencher) {
    let bytes = shouter();
    bencher.bench(|| validate("shouter.toml", black_box(&bytes)));
}

/// One step (choosing the first offered reply) in the middle of a 10,000-turn scenario.
#[divan::bench(sample_count = 10)]
fn step_in_10000_turns(bencher: Bencher) {
    let sc = valid(generate::scenario(10_000, 5).as_bytes());
    let (mut state, _) = step(
        &sc,
        &State::new(),
        Input::Start {
            seed: 1,
            deal: 1,
            timer: TimerMode::Standard,
        },
    );
    for _ in 0..50 {
        let (next, _) = step(
            &sc,
            &state,
            Input::Choose {
                reply: 0,
                elapsed_ms: 2_000,
                extensions: 0,
                pauses: 0,
            },
        );
        state = next;
    }
    bencher.bench(|| {
        step(
            &sc,
            black_box(&state),
            Input::Choose {
                reply: 0,
                elapsed_ms: 2_000,
                extensions: 0,
                pauses: 0,
            },
        )
    });
}

/// One step of the shouter call.
#[divan::bench]
fn step_shouter(bencher: Bencher) {
    let sc = valid(&shouter());
    let (state, _) = step(
        &sc,
        &State::new(),
        Input::Start {
            seed: 1,
            deal: 1,
            timer: TimerMode::Standard,
        },
    );
    bencher.bench(|| {
        step(
            &sc,
            black_box(&state),
            Input::Choose {
                reply: 0,
                elapsed_ms: 2_000,
                extensions: 0,
                pauses: 0,
            },
        )
    });
}
