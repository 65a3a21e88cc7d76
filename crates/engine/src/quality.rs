//! The library's quality bar: rules for the scenarios shipped in `scenarios/`, beyond what makes
//! a file valid (a trainer's own quick scenario need not meet them).
//!
//! A shipped call takes 4 to 8 minutes, has at least 12 turns with 3 or 4 replies each, line
//! variants, at least three endings of different kinds and a self-care tip. Above all it cannot
//! be passed without reading, in any language: the best reply is not given away by its length,
//! its place or its wording cues ([`text_problems`]), the customer reacts to weaker replies, the
//! replies have several wordings, and no content-blind strategy passes ([`crate::strategy`]).

use crate::Lang;
use crate::model::{Grade, Scenario, Turn};
use crate::strategy::{self, MAX_PASSES};
use crate::text::Reader;

/// Fewest turns in a library scenario.
pub const MIN_TURNS: usize = 12;
/// Fewest turns with more than one line variant.
pub const MIN_VARIED_TURNS: usize = 4;
/// Fewest distinct outcomes among the endings.
pub const MIN_OUTCOMES: usize = 3;
/// The largest share of turns (per cent) where the best reply may be the longest (or the
/// shortest).
pub const MAX_LONGEST_PERCENT: usize = 35;
/// The largest share of turns (per cent) where the best reply may be one of the two longest (or
/// of the two shortest).
pub const MAX_TOP_TWO_PERCENT: usize = 60;
/// The largest share of turns (per cent) where the best reply may come first in the file.
pub const MAX_FIRST_PERCENT: usize = 35;
/// The least a grade's median length may be, in per cent of another grade's.
pub const MIN_MEDIAN_PERCENT: usize = 80;
/// The least share of weaker replies (per cent) the customer reacts to in their own way.
pub const MIN_REACTING_PERCENT: usize = 50;

/// A wording cue a skimming trainee could take for the mark of the best reply: its name and, per
/// language in [`Lang::ALL`] order, lower-case fragments that show it.
type Cue = (&'static str, [&'static [&'static str]; 3]);

/// The cues the bar looks for.
pub const CUES: [Cue; 4] = [
    ("a question mark", [&["?"], &["?"], &["?"]]),
    (
        "an apology",
        [
            &["przeprasz", "przeprosi"],
            &["elnézés", "sajnálom", "bocsánat"],
            &["sorry", "apologi"],
        ],
    ),
    (
        "a hedge (\"I may be wrong\")",
        [
            &[
                "mogę się mylić",
                "może się mylę",
                "jeśli się mylę",
                "proszę mnie poprawić",
            ],
            &["lehet, hogy tévedek", "ha tévedek", "javítson ki"],
            &[
                "i may be wrong",
                "i might be wrong",
                "i could be wrong",
                "correct me",
            ],
        ],
    ),
    (
        "a summary",
        [
            &["podsumow"],
            &["összefoglal"],
            &["to sum up", "recap", "summaris", "summariz"],
        ],
    ),
];

/// Every way `sc` falls short of the library's bar, as sentences naming the turn where useful.
pub fn library_problems(sc: &Scenario) -> Vec<String> {
    let mut out = shape_problems(sc);
    out.extend(text_problems(sc));
    out.extend(flow_problems(sc));
    for r in strategy::play_all(sc) {
        if r.passed > MAX_PASSES {
            out.push(format!(
                "the content-blind strategy \"{}\" passes {} of {} calls in {}: at most {MAX_PASSES} may",
                r.strategy.id(),
                r.passed,
                strategy::CALLS,
                reader_name(r.reader)
            ));
        }
    }
    out
}

/// A reader as reports name it: `pl (Pani)`, `hu`.
pub fn reader_name(r: Reader) -> String {
    match r.lang {
        Lang::Pl => format!(
            "pl ({})",
            if r.address.id() == "pan" {
                "Pan"
            } else {
                "Pani"
            }
        ),
        lang => lang.code().to_owned(),
    }
}

/// Length, turns, replies, variants, endings, self-care.
fn shape_problems(sc: &Scenario) -> Vec<String> {
    let mut out = Vec::new();
    if !(4..=8).contains(&sc.minutes) {
        out.push(format!(
            "a library call takes 4 to 8 minutes, not {}",
            sc.minutes
        ));
    }
    if sc.turns.len() < MIN_TURNS {
        out.push(format!(
            "a library call has at least {MIN_TURNS} turns, not {}",
            sc.turns.len()
        ));
    }
    for turn in &sc.turns {
        if !(3..=4).contains(&turn.replies.len()) {
            out.push(format!(
                "turn `{}` has {} replies; library turns have 3 or 4",
                turn.id,
                turn.replies.len()
            ));
        }
    }
    let varied = sc.turns.iter().filter(|t| t.lines.len() > 1).count();
    if varied < MIN_VARIED_TURNS {
        out.push(format!(
            "only {varied} turns have line variants; at least {MIN_VARIED_TURNS} should"
        ));
    }
    let mut outcomes: Vec<_> = sc.endings.iter().map(|e| e.outcome.id()).collect();
    outcomes.sort_unstable();
    outcomes.dedup();
    if outcomes.len() < MIN_OUTCOMES {
        out.push(format!(
            "the endings have {} kinds of outcome; at least {MIN_OUTCOMES} are needed",
            outcomes.len()
        ));
    }
    if sc.self_care.is_none() {
        out.push("the scenario has no `self_care` tip".to_owned());
    }
    out
}

/// How the best reply compares with the others in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct LengthStats {
    /// The language.
    pub lang: Lang,
    /// Turns with a best reply.
    pub turns: usize,
    /// Of those, turns where the best reply is the longest.
    pub longest: usize,
    /// Of those, turns where the best reply is one of the two longest.
    pub top_two: usize,
    /// Of those, turns where the best reply is the shortest.
    pub shortest: usize,
    /// Of those, turns where the best reply is one of the two shortest.
    pub bottom_two: usize,
    /// The median length (characters, mean over wordings) of each grade, by [`Grade`] order
    /// (harmful, poor, acceptable, best); `None` for a grade no reply has.
    pub medians: [Option<f64>; 4],
}

/// The mean length of a reply's wordings in `lang` (Polish pairs read as Pan).
fn length(reply: &crate::model::Reply, lang: Lang) -> f64 {
    let reader = Reader::new(lang, crate::Address::Pan);
    let total: usize = reply
        .wordings
        .iter()
        .map(|w| w.get(reader).chars().count())
        .sum();
    total as f64 / reply.wordings.len().max(1) as f64
}

fn turns_with_best(sc: &Scenario) -> impl Iterator<Item = &Turn> {
    sc.turns
        .iter()
        .filter(|t| t.replies.iter().any(|r| r.grade == Grade::Best))
}

/// The length statistics of `sc` in `lang`.
pub fn lengths(sc: &Scenario, lang: Lang) -> LengthStats {
    let (mut turns, mut longest, mut top_two, mut shortest, mut bottom_two) = (0, 0, 0, 0, 0);
    for t in turns_with_best(sc) {
        turns += 1;
        let mut order: Vec<usize> = (0..t.replies.len()).collect();
        order.sort_by(|&a, &b| length(&t.replies[b], lang).total_cmp(&length(&t.replies[a], lang)));
        let best = |i: usize| t.replies[i].grade == Grade::Best;
        longest += usize::from(order.first().is_some_and(|&i| best(i)));
        top_two += usize::from(order.iter().take(2).any(|&i| best(i)));
        shortest += usize::from(order.last().is_some_and(|&i| best(i)));
        bottom_two += usize::from(order.iter().rev().take(2).any(|&i| best(i)));
    }
    let mut medians = [None; 4];
    for (g, slot) in medians.iter_mut().enumerate() {
        let mut ls: Vec<f64> = sc
            .turns
            .iter()
            .flat_map(|t| &t.replies)
            .filter(|r| r.grade as usize == g)
            .map(|r| length(r, lang))
            .collect();
        ls.sort_by(f64::total_cmp);
        *slot = match ls.len() {
            0 => None,
            n if n % 2 == 1 => Some(ls[n / 2]),
            n => Some((ls[n / 2 - 1] + ls[n / 2]) / 2.0),
        };
    }
    LengthStats {
        lang,
        turns,
        longest,
        top_two,
        shortest,
        bottom_two,
        medians,
    }
}

/// Lengths, medians and wording cues in every language.
fn text_problems(sc: &Scenario) -> Vec<String> {
    let mut out = Vec::new();
    for lang in Lang::ALL {
        let s = lengths(sc, lang);
        let code = lang.code();
        for (count, what, max) in [
            (s.longest, "the longest", MAX_LONGEST_PERCENT),
            (s.top_two, "one of the two longest", MAX_TOP_TWO_PERCENT),
            (s.shortest, "the shortest", MAX_LONGEST_PERCENT),
            (s.bottom_two, "one of the two shortest", MAX_TOP_TWO_PERCENT),
        ] {
            if count * 100 > s.turns * max {
                out.push(format!(
                    "{code}: the best reply is {what} in {count} of {} turns (at most {max} %): vary the lengths so that length says nothing about the grade",
                    s.turns
                ));
            }
        }
        let known: Vec<(usize, f64)> = s
            .medians
            .iter()
            .enumerate()
            .filter_map(|(g, m)| m.map(|m| (g, m)))
            .collect();
        let low = known.iter().min_by(|a, b| a.1.total_cmp(&b.1));
        let high = known.iter().max_by(|a, b| a.1.total_cmp(&b.1));
        if let (Some(&(lo_g, lo)), Some(&(hi_g, hi))) = (low, high) {
            if lo * 100.0 < hi * MIN_MEDIAN_PERCENT as f64 {
                out.push(format!(
                    "{code}: the median {} reply has {lo:.0} characters and the median {} one {hi:.0}: grades must be within 20 % of each other",
                    grade_name(lo_g),
                    grade_name(hi_g)
                ));
            }
        }
        for (name, fragments) in CUES {
            let has = |r: &crate::model::Reply| {
                r.wordings.iter().any(|w| {
                    let text = w.raw(lang).to_lowercase();
                    fragments[lang.index()].iter().any(|f| text.contains(f))
                })
            };
            let replies = sc.turns.iter().flat_map(|t| &t.replies);
            let best = replies
                .clone()
                .filter(|r| r.grade == Grade::Best && has(r))
                .count();
            let weaker = replies.filter(|r| r.grade != Grade::Best && has(r)).count();
            if best > weaker {
                out.push(format!(
                    "{code}: {name} is in {best} best replies but only {weaker} weaker ones: weaker replies must use it at least as often"
                ));
            }
        }
    }
    let firsts = turns_with_best(sc)
        .filter(|t| t.replies[0].grade == Grade::Best)
        .count();
    let turns = turns_with_best(sc).count();
    if firsts * 100 > turns * MAX_FIRST_PERCENT {
        out.push(format!(
            "the best reply comes first in the file in {firsts} of {turns} turns (at most {MAX_FIRST_PERCENT} %)"
        ));
    }
    out
}

/// The id of the grade at `g` in [`Grade`] order (harmful first).
pub fn grade_name(g: usize) -> &'static str {
    ["harmful", "poor", "acceptable", "best"][g.min(3)]
}

/// Wordings and reactions: the customer answers what was said, and no answer key of texts works.
fn flow_problems(sc: &Scenario) -> Vec<String> {
    let mut out = Vec::new();
    let (mut weaker, mut reacting) = (0, 0);
    let mut reactions: Vec<&str> = Vec::new();
    for t in &sc.turns {
        let best_gotos: Vec<_> = t
            .replies
            .iter()
            .filter(|r| r.grade == Grade::Best)
            .map(|r| r.goto)
            .collect();
        for r in &t.replies {
            if r.grade == Grade::Best {
                if r.wordings.len() < 2 {
                    out.push(format!(
                        "the best reply `{}.{}` has one wording; give it two or more",
                        t.id, r.id
                    ));
                }
                continue;
            }
            weaker += 1;
            if r.reaction.is_some() || !best_gotos.contains(&r.goto) {
                reacting += 1;
            }
            if let Some(reaction) = &r.reaction {
                let en = reaction.raw(Lang::En);
                if reactions.contains(&en) {
                    out.push(format!(
                        "the reaction to `{}.{}` is used for another reply too: write each reaction for its reply",
                        t.id, r.id
                    ));
                }
                reactions.push(en);
            }
        }
        let varied_weak = t
            .replies
            .iter()
            .any(|r| r.grade != Grade::Best && r.wordings.len() > 1);
        if !varied_weak {
            out.push(format!(
                "turn `{}`: no weaker reply has two or more wordings",
                t.id
            ));
        }
    }
    if reacting * 100 < weaker * MIN_REACTING_PERCENT {
        out.push(format!(
            "the customer reacts in their own way to {reacting} of {weaker} weaker replies (a `reaction`, or another next turn than the best reply's): at least {MIN_REACTING_PERCENT} % should"
        ));
    }
    out
}
