//! What a call reports to a learning management system, decided from the engine's state alone.
//!
//! SCORM 1.2, SCORM 2004, cmi5 and a plain xAPI launch all report the same facts: one interaction
//! per move (reply, silence or ending the call), one objective per skill of the rubric, the score
//! and the verdict. This module computes them, purely, so that every adapter (local progress,
//! SCORM, xAPI) plugs into one seam and the mapping is tested natively. The formats of each data
//! model are in [`crate::scorm`].
//!
//! Decisions (docs/scoring.md explains the scoring they rest on):
//! - **Results**: a best reply is `correct`; an acceptable one `neutral` (not what the model
//!   answer does, but nothing a quality manager would mark wrong); poor and harmful replies are
//!   `incorrect`. A silence is a poor move; ending the call has the grade of its hang-up rule.
//! - **Score**: raw 0..100 is the call's overall score, scaled is raw / 100. A call that fails
//!   reports below the pass mark in force, which is the LMS's mastery score when it sets one
//!   (rule 4 of the scoring), so an LMS that decides pass/fail from the score agrees.
//! - **Retries in one attempt**: every try's moves are reported, and the verdict kept is the best
//!   ([`keep`]): a pass is never overwritten by a later fail.

use serde::{Deserialize, Serialize};

use crate::Skill;
use crate::model::{Grade, Scenario, TurnIx};
use crate::run::{Choice, State, wording_text};
use crate::score::debrief;
use crate::text::Reader;

/// How a move is reported in an interaction's `result`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Verdict {
    /// The best reply on offer.
    Correct,
    /// Acceptable: not the model answer, not a mistake.
    Neutral,
    /// Poor or harmful.
    Incorrect,
}

impl Verdict {
    /// The result a move of `grade` reports.
    pub fn of(grade: Grade) -> Verdict {
        match grade {
            Grade::Best => Verdict::Correct,
            Grade::Acceptable => Verdict::Neutral,
            Grade::Poor | Grade::Harmful => Verdict::Incorrect,
        }
    }
}

/// One move of the call, as an interaction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interaction {
    /// The move's place in the call, from 0.
    pub index: usize,
    /// The turn answered.
    pub turn: TurnIx,
    /// The turn's id, for the interaction id.
    pub turn_id: String,
    /// What the learner did: the reply id, `silence` or `hang-up`.
    pub response: String,
    /// The reply ids on offer at that moment, in file order (the choices), and the best one.
    pub choices: Vec<String>,
    /// The id of the best reply on offer (the correct response), if the turn has one on offer.
    pub correct: Option<String>,
    /// The result.
    pub verdict: Verdict,
    /// Whether it was a critical error.
    pub critical: bool,
    /// Milliseconds from the replies being shown to the move.
    pub latency_ms: u32,
    /// "More time" used at this turn.
    pub extensions: u8,
    /// The reply, if it was one (for a description in the learner's language).
    pub reply: Option<u8>,
}

/// What a call reports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CallReport {
    /// One per move, in order.
    pub interactions: Vec<Interaction>,
    /// Each skill of the scenario with its score (`None`: not assessed by this call).
    pub objectives: Vec<(Skill, Option<u8>)>,
    /// Whether the call has ended.
    pub ended: bool,
    /// The one number reported (below the pass mark when the call did not pass).
    pub overall: u8,
    /// Whether the call passed.
    pub passed: bool,
    /// The pass mark applied (the scenario's, or an LMS's override).
    pub pass_mark: u8,
}

/// The report of a call so far. `mastery` is the LMS's mastery score (0..=100), which replaces
/// the scenario's pass mark.
pub fn report(sc: &Scenario, state: &State, mastery: Option<u8>) -> CallReport {
    let debrief = debrief(sc, state, mastery);
    let interactions: Vec<Interaction> = debrief
        .steps
        .iter()
        .enumerate()
        .map(|(index, step)| {
            let turn = sc.turn(step.turn);
            let offered: Vec<u8> = step.offered.clone();
            let choices = offered
                .iter()
                .map(|&r| turn.replies[usize::from(r)].id.clone())
                .collect();
            let correct = offered
                .iter()
                .copied()
                .filter(|&r| turn.replies[usize::from(r)].grade == Grade::Best)
                .map(|r| turn.replies[usize::from(r)].id.clone())
                .next();
            let (response, reply) = match step.choice {
                Choice::Reply(r) => (turn.replies[usize::from(r)].id.clone(), Some(r)),
                Choice::Silence => ("silence".to_owned(), None),
                Choice::HangUp(_) => ("hang-up".to_owned(), None),
            };
            Interaction {
                index,
                turn: step.turn,
                turn_id: turn.id.clone(),
                response,
                choices,
                correct,
                verdict: Verdict::of(step.grade),
                critical: step.critical,
                latency_ms: step.elapsed_ms,
                extensions: step.extensions,
                reply,
            }
        })
        .collect();
    let card = debrief.scorecard;
    let objectives = card.skills.iter().map(|s| (s.skill, s.score)).collect();
    CallReport {
        interactions,
        objectives,
        ended: state.ending().is_some(),
        overall: card.overall,
        passed: card.passed,
        pass_mark: card.pass_mark,
    }
}

/// A call as the LMS runtime sees it: plain data, so that it crosses from the player to the
/// LMS runtime (a module of its own that only an LMS launch loads) as JSON, and everything the
/// adapters report is decided from it without the scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CallView {
    /// The scenario's id.
    pub scenario: String,
    /// The report of the call so far.
    pub report: CallReport,
    /// The id of the turn waiting for an answer, if the call goes on.
    pub turn: Option<String>,
    /// For each interaction, the wording of each of its choices (in the order of `choices`)
    /// as the trainee read it: descriptions for the LMS.
    pub texts: Vec<Vec<String>>,
    /// The language of `texts` (`pl`, `hu`, `en`).
    pub lang: String,
}

impl CallView {
    /// The wording of `reply` (a reply id) as offered in interaction `i`, if it was offered.
    pub fn text(&self, i: &Interaction, reply: &str) -> Option<&str> {
        let at = i.choices.iter().position(|c| c == reply)?;
        self.texts.get(i.index)?.get(at).map(String::as_str)
    }
}

/// The call as the LMS runtime sees it, with the pass mark in force (`mastery`) and the
/// wordings in the reader's language.
pub fn view(sc: &Scenario, state: &State, mastery: Option<u8>, reader: Reader) -> CallView {
    let report = report(sc, state, mastery);
    let texts = report
        .interactions
        .iter()
        .map(|i| {
            let turn = sc.turn(i.turn);
            i.choices
                .iter()
                .map(|id| {
                    turn.replies
                        .iter()
                        .position(|r| &r.id == id)
                        .map(|r| {
                            wording_text(sc, state.deal(), i.turn, r as u8)
                                .get(reader)
                                .into_owned()
                        })
                        .unwrap_or_default()
                })
                .collect()
        })
        .collect();
    CallView {
        scenario: sc.id.clone(),
        turn: state.turn().map(|t| sc.turn(t).id.clone()),
        report,
        texts,
        lang: reader.lang.code().to_owned(),
    }
}

/// The verdict an LMS keeps across the tries of one attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kept {
    /// Whether some try passed.
    pub passed: bool,
    /// The overall score reported (below the pass mark when no try passed).
    pub overall: u8,
}

/// The better of what was kept and a finished try: a pass beats a fail (a pass is never
/// overwritten), and between two of the same verdict the higher score wins.
pub fn keep(previous: Option<Kept>, latest: Kept) -> Kept {
    match previous {
        None => latest,
        Some(p) if p.passed != latest.passed => {
            if p.passed {
                p
            } else {
                latest
            }
        }
        Some(p) => Kept {
            passed: p.passed,
            overall: p.overall.max(latest.overall),
        },
    }
}

/// What a finished call keeps.
pub fn kept(report: &CallReport) -> Option<Kept> {
    report.ended.then_some(Kept {
        passed: report.passed,
        overall: report.overall,
    })
}
