//! Scoring and the debrief: the verdict of a call, its skills, and what would have been better at
//! each turn.
//!
//! Everything here is recomputed from the recorded moves, so it is the same after a restore and
//! cannot drift from what happened. The verdict comes from [`crate::scale`] (the same rule the
//! analysis checks on every path). Skills are scored at the moments that tested them: at each
//! move, a skill is at stake when the best-graded reply on offer is worth more of it than the
//! weakest option; the trainee earns the part of that stake the move kept (a silence or ending
//! the call, when a better reply was on offer, earns none of it). A skill no move put
//! at stake is "not assessed", never a number; one tested at a single moment keeps its number but
//! is not ranked (see [`EVIDENCE_MOMENTS`]). Response times, time extensions and stops of the
//! reply clock are reported apart from the skills.

use crate::Skill;
use crate::model::*;
use crate::run::{Choice, Core, Move, State, Step};
use crate::scale::{self, Tally, Verdict};
use crate::transcript::{Heard, heard};

/// One skill's result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SkillScore {
    /// The skill.
    pub skill: Skill,
    /// Points of the skill the moves kept, of `possible`.
    pub earned: i32,
    /// Points of the skill that were at stake in the moves made (0: not assessed).
    pub possible: i32,
    /// 0..=100, or `None` when no move of this call tested the skill.
    pub score: Option<u8>,
    /// How many moments (moves and badly done holds) put the skill at stake.
    pub moments: u8,
}

/// The moments a skill must have been tested at before its score says something about the
/// trainee: one silence at the one moment that tested empathy is not a verdict on their empathy.
/// A skill tested fewer times keeps its number but is never called strongest or weakest, and is
/// left out of the skill profile across calls.
pub const EVIDENCE_MOMENTS: u8 = 2;

/// The least a skill must score to be named the trainee's strongest: praise after a call in
/// which every reply fell short would ring false (a 50 in honesty after two harmful replies).
pub const STRONG_SCORE: u8 = 70;

impl SkillScore {
    /// The score, when enough moments tested the skill to rank it ([`EVIDENCE_MOMENTS`]).
    pub fn ranked_score(&self) -> Option<u8> {
        self.score.filter(|_| self.moments >= EVIDENCE_MOMENTS)
    }

    /// Tested, but at fewer moments than a ranking needs.
    pub fn is_thin(&self) -> bool {
        self.score.is_some() && self.moments < EVIDENCE_MOMENTS
    }
}

/// Response-time statistics, kept apart from the skills. Only the trainee's own moves count:
/// moves made for them before they took over ([`State::hand_over`]) are left out.
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
    /// "More time" actions used over the whole call.
    pub extensions: u32,
    /// Moves for which "more time" was used.
    pub extended_moves: u32,
    /// Times the trainee stopped the reply clock (pause, leaving the tab, a reload).
    pub pauses: u32,
    /// Times the customer was put on hold.
    pub holds: u32,
    /// Milliseconds the customer spent on hold, in all.
    pub held_ms: u32,
}

/// The scores of a call (finished or not).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scorecard {
    /// The scenario's skills and any other skill a move tested, in rubric order.
    pub skills: Vec<SkillScore>,
    /// The one number reported: the quality, below the pass mark if the call did not pass.
    pub overall: u8,
    /// The mean points of the moves, uncapped.
    pub quality: u8,
    /// The pass mark applied (the scenario's, or an LMS's override).
    pub pass_mark: u8,
    /// Whether the call passed.
    pub passed: bool,
    /// The whole verdict, with its reasons.
    pub verdict: Verdict,
    /// The grades of the moves and the critical errors.
    pub tally: Tally,
    /// Indices into the history of the moves that were critical errors.
    pub critical: Vec<usize>,
    /// Response times.
    pub timing: Timing,
}

/// One recorded move with what was on offer when it was made.
struct Moment<'a> {
    step: &'a Step,
    /// The replies on offer, in file order.
    offered: Vec<u8>,
    mood_before: u8,
    grade: Grade,
    critical: bool,
    effect: &'a Effect,
}

/// The grade of a move, whether it is a critical error, and its effect.
fn judge(sc: &Scenario, turn: TurnIx, choice: Choice) -> (Grade, bool, &Effect) {
    let turn = sc.turn(turn);
    match choice {
        Choice::Reply(r) => {
            let reply = &turn.replies[usize::from(r)];
            (reply.grade, reply.is_critical(), &reply.effect)
        }
        // A silence is a poor move, never a critical one.
        Choice::Silence => (Grade::Poor, false, &turn.silence.effect),
        // Ending the call the wrong way (a harmful rule) is a critical error.
        Choice::HangUp(rule) => {
            let rule = &sc.hang_up[usize::from(rule)];
            (rule.grade, rule.grade == Grade::Harmful, &rule.effect)
        }
    }
}

#[cfg(feature = "authoring")]
/// The grade of a move made at `turn`, and whether it is a critical error (for the analysis).
pub(crate) fn judge_move(sc: &Scenario, turn: TurnIx, choice: Choice) -> (Grade, bool) {
    let (grade, critical, _) = judge(sc, turn, choice);
    (grade, critical)
}

/// Replays the moves to see what was on offer at each.
fn moments<'a>(sc: &'a Scenario, state: &'a State) -> Vec<Moment<'a>> {
    let mut core = Core::start(sc, state.twists());
    let mut out = Vec::with_capacity(state.history().len());
    for (index, step) in state.history().iter().enumerate() {
        // A hold before this move changed the mood the move was made in.
        if let Some(hold) = state
            .holds()
            .iter()
            .rev()
            .find(|h| usize::from(h.before_move) == index)
        {
            core.mood = i32::from(hold.mood_after);
        }
        // A trainer play-testing from here set the mood and variables by hand.
        if let Some((mood, vars)) = state.by_hand_before(index) {
            core.mood = mood;
            core.vars = vars.to_vec();
        }
        let offered = core.available(sc);
        let (grade, critical, effect) = judge(sc, step.turn, step.choice);
        out.push(Moment {
            step,
            offered,
            mood_before: core.mood.clamp(0, 100) as u8,
            grade,
            critical,
            effect,
        });
        let mv = match step.choice {
            Choice::Reply(r) => Move::Reply(r),
            Choice::Silence => Move::Silence,
            Choice::HangUp(_) => Move::HangUp,
        };
        if let Some(t) = core.transition(sc, mv) {
            core = t.core;
        }
    }
    out
}

/// The tally of a call's moves (the trainee's own: not those made for them,
/// [`State::hand_over`]).
pub fn tally(sc: &Scenario, state: &State) -> Tally {
    state.history()[state.given()..]
        .iter()
        .fold(Tally::default(), |t, step| {
            let (grade, critical, _) = judge(sc, step.turn, step.choice);
            t.with(grade, critical)
        })
}

/// A skill at one moment: (earned, possible).
fn stake(sc: &Scenario, m: &Moment<'_>, skill: Skill) -> (i32, i32) {
    let turn = sc.turn(m.step.turn);
    let delta = |r: u8| turn.replies[usize::from(r)].effect.skill(skill);
    let top = m
        .offered
        .iter()
        .map(|&r| turn.replies[usize::from(r)].grade)
        .max();
    let Some(top) = top else {
        return (0, 0);
    };
    let chosen = m.effect.skill(skill);
    // The model answer: the move itself when it was as good as anything on offer, otherwise the
    // best-graded reply on offer that was worth the most of this skill.
    let model = if m.grade >= top {
        chosen
    } else {
        m.offered
            .iter()
            .filter(|&&r| turn.replies[usize::from(r)].grade == top)
            .map(|&r| delta(r))
            .max()
            .unwrap_or(chosen)
    };
    let weakest = m
        .offered
        .iter()
        .map(|&r| delta(r))
        .chain([chosen])
        .min()
        .unwrap_or(chosen);
    if model <= weakest {
        return (0, 0);
    }
    // Saying nothing or ending the call when a better reply was on offer shows none of the
    // skills that moment tested, even where it cost less of one than the weakest reply.
    let answered = matches!(m.step.choice, Choice::Reply(_));
    if !answered && m.grade < top {
        return (0, model - weakest);
    }
    (chosen.min(model) - weakest, model - weakest)
}

/// Scores a call. `pass_mark` overrides the scenario's (an LMS's mastery score), if given.
pub fn scorecard(sc: &Scenario, state: &State, pass_mark: Option<u8>) -> Scorecard {
    card(sc, state, &moments(sc, state), pass_mark)
}

/// The scores of the trainee's own moves: the moves made for them before they took over
/// ([`State::hand_over`]) are in the debrief, but neither they nor their grades are the
/// trainee's (QA round 4, MA1).
fn card(sc: &Scenario, state: &State, moments: &[Moment<'_>], pass_mark: Option<u8>) -> Scorecard {
    let given = state.given().min(moments.len());
    let own = &moments[given..];
    let skills = Skill::ALL
        .into_iter()
        .filter_map(|skill| {
            let (earned, possible, tested) = own
                .iter()
                .map(|m| stake(sc, m, skill))
                .fold((0, 0, 0u8), |(e, p, n), (de, dp)| {
                    (e + de, p + dp, n.saturating_add(u8::from(dp > 0)))
                });
            // A badly done hold puts points at stake that it does not earn ([`crate::hold`]).
            let possible = possible + hold_stake(state, skill);
            let tested = tested.saturating_add(hold_moments(state, skill));
            let score = (possible > 0).then(|| {
                ((i64::from(earned) * 200 + i64::from(possible)) / (2 * i64::from(possible))) as u8
            });
            (possible > 0 || sc.skills.contains(&skill)).then_some(SkillScore {
                skill,
                earned,
                possible,
                score,
                moments: tested,
            })
        })
        .collect();
    let tally = own
        .iter()
        .fold(Tally::default(), |t, m| t.with(m.grade, m.critical));
    let critical = moments
        .iter()
        .enumerate()
        .skip(given)
        .filter(|(_, m)| m.critical)
        .map(|(i, _)| i)
        .collect();
    let ended = state.ending().map(|e| sc.ending(e).outcome);
    let verdict = scale::verdict(&tally, ended, pass_mark.unwrap_or(sc.pass_mark));
    Scorecard {
        skills,
        overall: verdict.overall,
        quality: verdict.quality,
        pass_mark: verdict.pass_mark,
        passed: verdict.passed,
        verdict,
        tally,
        critical,
        timing: timing(state),
    }
}

/// How many of the call's holds put `skill` at stake.
fn hold_moments(state: &State, skill: Skill) -> u8 {
    let n = state
        .holds()
        .iter()
        .filter(|h| {
            h.skill_costs()
                .into_iter()
                .any(|(s, n)| s == skill && n > 0)
        })
        .count();
    u8::try_from(n).unwrap_or(u8::MAX)
}

/// The points of `skill` that the call's holds put at stake without earning them.
fn hold_stake(state: &State, skill: Skill) -> i32 {
    state
        .holds()
        .iter()
        .flat_map(|h| h.skill_costs())
        .filter(|(s, _)| *s == skill)
        .map(|(_, n)| n)
        .sum()
}

fn timing(state: &State) -> Timing {
    let holds = state.holds().len() as u32;
    let held_ms = state
        .holds()
        .iter()
        .fold(0u32, |sum, h| sum.saturating_add(h.held_ms));
    Timing {
        holds,
        held_ms,
        ..moves_timing(&state.history()[state.given()..])
    }
}

fn moves_timing(history: &[Step]) -> Timing {
    let mut times: Vec<u32> = history
        .iter()
        .filter(|s| matches!(s.choice, Choice::Reply(_)))
        .map(|s| s.elapsed_ms)
        .collect();
    let timeouts = history
        .iter()
        .filter(|s| s.choice == Choice::Silence)
        .count() as u32;
    let extensions = history.iter().map(|s| u32::from(s.extensions)).sum();
    let extended_moves = history.iter().filter(|s| s.extensions > 0).count() as u32;
    let pauses = history.iter().map(|s| u32::from(s.pauses)).sum();
    if times.is_empty() {
        return Timing {
            timeouts,
            extensions,
            extended_moves,
            pauses,
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
        extensions,
        extended_moves,
        pauses,
        ..Timing::default()
    }
}

/// One turn of the debrief.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DebriefStep {
    /// The turn.
    pub turn: TurnIx,
    /// What the customer had just said: the trainee's cue.
    pub heard: Heard,
    /// What the trainee did.
    pub choice: Choice,
    /// The grade of what the trainee did (a timeout counts as poor).
    pub grade: Grade,
    /// The move was a critical error.
    pub critical: bool,
    /// A better reply that was on offer, when the choice was not the best available.
    pub better: Option<u8>,
    /// The replies on offer at that moment, in file order.
    pub offered: Vec<u8>,
    /// Response time in milliseconds.
    pub elapsed_ms: u32,
    /// The move was made for the trainee, not by them (a play-test from a turn,
    /// [`State::hand_over`]): shown, but neither scored nor timed as theirs.
    pub given: bool,
    /// "More time" actions used before this move.
    pub extensions: u8,
    /// Times the reply clock was stopped before this move.
    pub pauses: u8,
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
    /// The best-scored skills (ties included), when the skills tested at enough moments differ
    /// and the best scored at least [`STRONG_SCORE`].
    pub strongest: Vec<Skill>,
    /// The lowest-scored skills (ties included), when the skills tested at enough moments differ.
    pub weakest: Vec<Skill>,
    /// The ending reached, if the call is over.
    pub ending: Option<EndingIx>,
    /// The trainee's deal: which wording of each reply they saw ([`crate::run::wording_text`]).
    pub deal: u64,
    /// The holds of the call, in order (each says its [`crate::hold::Hold::lessons`]).
    pub holds: Vec<crate::hold::Hold>,
}

/// Builds the debrief of a call by replaying its moves.
pub fn debrief(sc: &Scenario, state: &State, pass_mark: Option<u8>) -> Debrief {
    let moments = moments(sc, state);
    let heard = heard(sc, state);
    let steps = moments
        .iter()
        .zip(heard)
        .enumerate()
        .map(|(i, (m, heard))| {
            let turn = sc.turn(m.step.turn);
            let best = m
                .offered
                .iter()
                .copied()
                .max_by_key(|&r| (turn.replies[usize::from(r)].grade, std::cmp::Reverse(r)));
            DebriefStep {
                turn: m.step.turn,
                heard,
                choice: m.step.choice,
                grade: m.grade,
                critical: m.critical,
                better: best.filter(|&b| turn.replies[usize::from(b)].grade > m.grade),
                offered: m.offered.clone(),
                elapsed_ms: m.step.elapsed_ms,
                given: i < state.given(),
                extensions: m.step.extensions,
                pauses: m.step.pauses,
                mood_before: m.mood_before,
                mood_after: m.step.mood_after,
                trigger: m.step.trigger,
            }
        })
        .collect();
    let scorecard = card(sc, state, &moments, pass_mark);
    // Only skills tested often enough are called strongest or weakest.
    let scores: Vec<(Skill, u8)> = scorecard
        .skills
        .iter()
        .filter_map(|s| s.ranked_score().map(|v| (s.skill, v)))
        .collect();
    let max = scores.iter().map(|s| s.1).max();
    let min = scores.iter().map(|s| s.1).min();
    let at = |v: Option<u8>| -> Vec<Skill> {
        if max == min {
            return Vec::new();
        }
        scores
            .iter()
            .filter(|s| Some(s.1) == v)
            .map(|s| s.0)
            .collect()
    };
    Debrief {
        steps,
        strongest: if max >= Some(STRONG_SCORE) {
            at(max)
        } else {
            Vec::new()
        },
        weakest: at(min),
        scorecard,
        ending: state.ending(),
        deal: state.deal(),
        holds: state.holds().to_vec(),
    }
}
