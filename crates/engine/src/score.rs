//! Scoring and the debrief: what the call was worth, skill by skill, and what would have been
//! better at each turn.
//!
//! Everything here is recomputed from the recorded moves, so it is the same after a restore and
//! cannot drift from what happened. Response times are reported apart from the skills.

use crate::Skill;
use crate::model::*;
use crate::run::{Choice, Core, State, Step, variant};

/// One skill's result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SkillScore {
    /// The skill.
    pub skill: Skill,
    /// The raw total of the moves made.
    pub raw: i32,
    /// 0..=100 against the best and worst reachable in this scenario.
    pub score: u8,
}

/// Response-time statistics, kept apart from the skills.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Timing {
    /// Replies chosen (not timeouts or ending the call).
    pub replies: u32,
    /// Times the timer ran out.
    pub timeouts: u32,
    /// Mean time to reply, in milliseconds (0 with no replies).
    pub mean_ms: u32,
    /// Median time to reply.
    pub median_ms: u32,
    /// Slowest reply.
    pub max_ms: u32,
}

/// The scores of a call (finished or not).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scorecard {
    /// The skills this scenario scores, in rubric order.
    pub skills: Vec<SkillScore>,
    /// The mean of the skill scores, 0..=100.
    pub overall: u8,
    /// The pass mark applied (the scenario's, or an LMS's override).
    pub pass_mark: u8,
    /// `overall >= pass_mark`.
    pub passed: bool,
    /// Response times.
    pub timing: Timing,
}

/// The raw skill totals of the moves made.
pub fn raw_totals(sc: &Scenario, state: &State) -> [i32; 7] {
    let mut raw = [0i32; 7];
    for step in state.history() {
        let effect = step_effect(sc, step);
        for (total, delta) in raw.iter_mut().zip(effect.skills) {
            *total += delta;
        }
    }
    raw
}

fn step_effect<'a>(sc: &'a Scenario, step: &Step) -> &'a Effect {
    let turn = sc.turn(step.turn);
    match step.choice {
        Choice::Reply(r) => &turn.replies[usize::from(r)].effect,
        Choice::Silence => &turn.silence.effect,
        Choice::HangUp(rule) => &sc.hang_up[usize::from(rule)].effect,
    }
}

/// Scores a call. `pass_mark` overrides the scenario's (an LMS's mastery score), if given.
pub fn scorecard(sc: &Scenario, state: &State, pass_mark: Option<u8>) -> Scorecard {
    let raw = raw_totals(sc, state);
    let skills: Vec<SkillScore> = Skill::ALL
        .into_iter()
        .filter_map(|skill| {
            let r = raw[skill as usize];
            sc.ranges.normalise(skill, r).map(|score| SkillScore {
                skill,
                raw: r,
                score,
            })
        })
        .collect();
    let overall = sc.ranges.overall(&raw);
    let pass_mark = pass_mark.unwrap_or(sc.pass_mark).min(100);
    Scorecard {
        skills,
        overall,
        pass_mark,
        passed: overall >= pass_mark,
        timing: timing(state.history()),
    }
}

fn timing(history: &[Step]) -> Timing {
    let mut times: Vec<u32> = history
        .iter()
        .filter(|s| matches!(s.choice, Choice::Reply(_)))
        .map(|s| s.elapsed_ms)
        .collect();
    let timeouts = history
        .iter()
        .filter(|s| s.choice == Choice::Silence)
        .count() as u32;
    if times.is_empty() {
        return Timing {
            timeouts,
            ..Timing::default()
        };
    }
    times.sort_unstable();
    let n = times.len();
    let sum: u64 = times.iter().map(|&t| u64::from(t)).sum();
    let median = if n % 2 == 1 {
        times[n / 2]
    } else {
        ((u64::from(times[n / 2 - 1]) + u64::from(times[n / 2])) / 2) as u32
    };
    Timing {
        replies: n as u32,
        timeouts,
        mean_ms: (sum / n as u64) as u32,
        median_ms: median,
        max_ms: times[n - 1],
    }
}

/// One turn of the debrief.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DebriefStep {
    /// The turn.
    pub turn: TurnIx,
    /// The line variant the customer used.
    pub variant: u8,
    /// What the trainee did.
    pub choice: Choice,
    /// The grade of what the trainee did (a timeout counts as poor).
    pub grade: Grade,
    /// A better reply that was on offer, when the choice was not the best available.
    pub better: Option<u8>,
    /// Response time in milliseconds.
    pub elapsed_ms: u32,
    /// The mood before and after the move.
    pub mood_before: u8,
    /// The mood after the move.
    pub mood_after: u8,
    /// The trigger the move set off.
    pub trigger: Option<u8>,
}

/// Everything the debrief screen and the LMS report need; text is looked up by the edge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Debrief {
    /// Turn by turn.
    pub steps: Vec<DebriefStep>,
    /// The scores.
    pub scorecard: Scorecard,
    /// The best-scored skills (ties included), if any skill is scored.
    pub strongest: Vec<Skill>,
    /// The lowest-scored skills (ties included).
    pub weakest: Vec<Skill>,
    /// The ending reached, if the call is over.
    pub ending: Option<EndingIx>,
}

/// Builds the debrief of a call by replaying its moves.
pub fn debrief(sc: &Scenario, state: &State, pass_mark: Option<u8>) -> Debrief {
    let mut core = Core::start(sc);
    let mut steps = Vec::new();
    for step in state.history() {
        let turn = sc.turn(step.turn);
        let available = core.available(sc);
        let grade = match step.choice {
            Choice::Reply(r) => turn.replies[usize::from(r)].grade,
            Choice::Silence => Grade::Poor,
            Choice::HangUp(rule) => sc.hang_up[usize::from(rule)].grade,
        };
        let best = available
            .iter()
            .copied()
            .max_by_key(|&r| (turn.replies[usize::from(r)].grade, std::cmp::Reverse(r)));
        let better = best.filter(|&b| turn.replies[usize::from(b)].grade > grade);
        let mood_before = core.mood as u8;
        let mv = match step.choice {
            Choice::Reply(r) => crate::run::Move::Reply(r),
            Choice::Silence => crate::run::Move::Silence,
            Choice::HangUp(_) => crate::run::Move::HangUp,
        };
        if let Some(t) = core.transition(sc, mv) {
            core = t.core;
        }
        steps.push(DebriefStep {
            turn: step.turn,
            variant: variant(sc, state.seed(), step.turn),
            choice: step.choice,
            grade,
            better,
            elapsed_ms: step.elapsed_ms,
            mood_before,
            mood_after: step.mood_after,
            trigger: step.trigger,
        });
    }
    let scorecard = scorecard(sc, state, pass_mark);
    let extreme = |pick_max: bool| -> Vec<Skill> {
        let target = if pick_max {
            scorecard.skills.iter().map(|s| s.score).max()
        } else {
            scorecard.skills.iter().map(|s| s.score).min()
        };
        target.map_or_else(Vec::new, |t| {
            scorecard
                .skills
                .iter()
                .filter(|s| s.score == t)
                .map(|s| s.skill)
                .collect()
        })
    };
    Debrief {
        steps,
        strongest: extreme(true),
        weakest: extreme(false),
        scorecard,
        ending: state.ending(),
    }
}
