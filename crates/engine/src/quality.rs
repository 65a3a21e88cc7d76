//! The library's quality bar: rules for the scenarios shipped in `scenarios/`, beyond what makes
//! a file valid (a trainer's own quick scenario need not meet them).
//!
//! A shipped call takes 4 to 8 minutes, has at least 12 turns with 3 or 4 replies each, line
//! variants, at least three endings of different kinds, a self-care tip, and no tell-tale pattern
//! that gives the best reply away (always the longest, or always first in the file).

use crate::Lang;
use crate::model::{Grade, Scenario};

/// Fewest turns in a library scenario.
pub const MIN_TURNS: usize = 12;
/// Fewest turns with more than one line variant.
pub const MIN_VARIED_TURNS: usize = 4;
/// Fewest distinct outcomes among the endings.
pub const MIN_OUTCOMES: usize = 3;
/// The largest share of turns (percent) where the best reply may be the longest one, or first.
pub const MAX_TELLTALE_PERCENT: usize = 60;

/// Every way `sc` falls short of the library's bar, as sentences naming the turn where useful.
pub fn library_problems(sc: &Scenario) -> Vec<String> {
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
    let with_best: Vec<_> = sc
        .turns
        .iter()
        .filter(|t| t.replies.iter().any(|r| r.grade == Grade::Best))
        .collect();
    if !with_best.is_empty() {
        let longest = with_best
            .iter()
            .filter(|t| {
                let len = |i: usize| t.replies[i].text.get(Lang::En).chars().count();
                let max = (0..t.replies.len()).max_by_key(|&i| len(i)).unwrap_or(0);
                t.replies[max].grade == Grade::Best
            })
            .count();
        let first = with_best
            .iter()
            .filter(|t| t.replies[0].grade == Grade::Best)
            .count();
        for (count, what) in [(longest, "the longest"), (first, "the first in the file")] {
            if count * 100 > with_best.len() * MAX_TELLTALE_PERCENT {
                out.push(format!(
                    "the best reply is {what} in {count} of {} turns: vary it (at most {MAX_TELLTALE_PERCENT} %)",
                    with_best.len()
                ));
            }
        }
    }
    out
}
