//! Content-blind players: the strategies a trainee who does not read might try, played through
//! the real engine, to prove that a scenario cannot be passed without reading.
//!
//! The five strategies issue 10 names, and the shortest reply as well (the answer to a library
//! that made weak replies long). Each strategy sees only what a skimming trainee sees (the
//! replies on screen, their length, whether they ask a question, their place on screen or in the
//! file), never grades. The
//! library's quality bar ([`crate::quality`]) requires that none of them passes a call more often
//! than 1 time in 10, in every language and form of address.

use crate::address::Address;
use crate::lang::Lang;
use crate::model::Scenario;
use crate::random::Stream;
use crate::run::{Input, State, offer, step, wording};
use crate::score::scorecard;
use crate::text::Reader;
use crate::timer::TimerMode;

/// A way of choosing replies without reading them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strategy {
    /// Always the longest reply on screen.
    Longest,
    /// Of the two longest replies, the one that asks a question, else the longest.
    LongQuestion,
    /// Always the reply written first in the file (an answer key of positions in the file).
    FirstInFile,
    /// Always the first reply on screen.
    FirstOnScreen,
    /// Any reply on screen, uniformly at random.
    Random,
    /// Always the shortest reply on screen (the counter-strategy to padded weak replies).
    Shortest,
}

impl Strategy {
    /// Every strategy the bar plays.
    pub const ALL: [Strategy; 6] = [
        Strategy::Longest,
        Strategy::LongQuestion,
        Strategy::FirstInFile,
        Strategy::FirstOnScreen,
        Strategy::Random,
        Strategy::Shortest,
    ];

    /// A short name for reports.
    pub const fn id(self) -> &'static str {
        match self {
            Strategy::Longest => "longest",
            Strategy::LongQuestion => "long-question",
            Strategy::FirstInFile => "first-in-file",
            Strategy::FirstOnScreen => "first-on-screen",
            Strategy::Random => "random",
            Strategy::Shortest => "shortest",
        }
    }
}

/// Every reader the bar plays for: each language, and Polish in both forms of address.
pub const READERS: [Reader; 4] = [
    Reader::new(Lang::Pl, Address::Pan),
    Reader::new(Lang::Pl, Address::Pani),
    Reader::new(Lang::Hu, Address::Pan),
    Reader::new(Lang::En, Address::Pan),
];

/// Calls played per strategy and reader.
pub const CALLS: u64 = 50;

/// The most calls of [`CALLS`] a strategy may pass (1 in 10).
pub const MAX_PASSES: u64 = CALLS / 10;

/// How one strategy did for one reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Record {
    /// The strategy.
    pub strategy: Strategy,
    /// The language and form of address.
    pub reader: Reader,
    /// Calls that passed, of [`CALLS`].
    pub passed: u64,
}

/// Plays every strategy for every reader, [`CALLS`] calls each (seeds 0..CALLS, a deal per
/// call as a trainee would get).
pub fn play_all(sc: &Scenario) -> Vec<Record> {
    let mut out = Vec::new();
    for reader in READERS {
        for strategy in Strategy::ALL {
            let passed = (0..CALLS)
                .filter(|&seed| play(sc, strategy, reader, seed))
                .count() as u64;
            out.push(Record {
                strategy,
                reader,
                passed,
            });
        }
    }
    out
}

/// Plays one call; whether it passed.
pub fn play(sc: &Scenario, strategy: Strategy, reader: Reader, seed: u64) -> bool {
    let deal = Stream::new(seed, 0xdea1).next_u32() as u64;
    let mut coin = Stream::new(seed, 0xc01);
    let start = Input::Start {
        seed,
        deal,
        timer: TimerMode::Off,
    };
    let (mut state, _) = step(sc, &State::new(), start);
    for _ in 0..500 {
        let Some(o) = offer(sc, &state) else {
            break;
        };
        let shown = |r: u8| {
            let w = wording(sc, deal, o.turn, r);
            let reply = &sc.turn(o.turn).replies[usize::from(r)];
            reply.wordings[usize::from(w)].get(reader).into_owned()
        };
        let len = |r: u8| shown(r).chars().count();
        let mut by_length = o.replies.clone();
        // Longest first; equal lengths keep the screen order.
        by_length.sort_by_key(|&r| std::cmp::Reverse(len(r)));
        let Some(&first) = o.replies.first() else {
            break;
        };
        let reply = match strategy {
            Strategy::Longest => by_length[0],
            Strategy::LongQuestion => by_length
                .iter()
                .take(2)
                .copied()
                .find(|&r| shown(r).contains('?'))
                .unwrap_or(by_length[0]),
            Strategy::FirstInFile => o.replies.iter().copied().min().unwrap_or(first),
            Strategy::FirstOnScreen => first,
            Strategy::Random => o.replies[coin.below(o.replies.len() as u32) as usize],
            Strategy::Shortest => by_length[by_length.len() - 1],
        };
        let input = Input::Choose {
            reply,
            elapsed_ms: 5_000,
            extensions: 0,
            pauses: 0,
        };
        state = step(sc, &state, input).0;
    }
    state.ending().is_some() && scorecard(sc, &state, None).passed
}
