//! The validator: one call that reads a scenario file and says everything wrong with it.
//!
//! Used by `cargo xtask validate`, by the tests, and by the browser for a scenario a trainer
//! loads. It never panics, whatever the bytes: empty, binary, truncated, huge or deeply nested.

use std::fmt;

use crate::analysis::{self, Finding};
use crate::diag::Problems;
use crate::model::*;
use crate::{Diagnostic, Lang, load, reader};

/// What the validator found in one file.
#[derive(Debug, Clone)]
pub struct Report {
    /// The scenario, when it could be built (it may still have diagnostics).
    pub scenario: Option<Scenario>,
    /// Every problem, in file order.
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    /// The scenario if there is nothing wrong with it.
    pub fn into_result(self) -> Result<Scenario, Vec<Diagnostic>> {
        match self.scenario {
            Some(s) if self.diagnostics.is_empty() => Ok(s),
            _ => Err(self.diagnostics),
        }
    }

    /// A one-scenario summary for authors, if the scenario was built.
    pub fn summary(&self) -> Option<Summary<'_>> {
        self.scenario.as_ref().map(Summary)
    }
}

/// Loads and checks a scenario file. `file` is only used to name the file in diagnostics.
pub fn validate(file: &str, bytes: &[u8]) -> Report {
    let mut p = Problems::default();
    let Some(source) = reader::decode(bytes, &mut p) else {
        let diagnostics = p.into_diagnostics(file, "");
        return Report {
            scenario: None,
            diagnostics,
        };
    };
    let (scenario, spans) = load::read(source, &mut p);
    let scenario = scenario.map(|mut sc| {
        let analysis = analysis::analyse(&sc);
        for finding in &analysis.findings {
            locate(&mut p, &sc, &spans, finding);
        }
        sc.ranges = analysis.ranges;
        sc
    });
    Report {
        scenario,
        diagnostics: p.into_diagnostics(file, source),
    }
}

fn locate(p: &mut Problems, sc: &Scenario, spans: &load::Spans, finding: &Finding) {
    let turn_span = |t: TurnIx| spans.turns.get(usize::from(t.0)).cloned().unwrap_or(0..0);
    match finding {
        Finding::UnreachableTurn(t) => p.hinted(
            turn_span(*t),
            format!("turn `{}` can never be reached", sc.turn(*t).id),
            "lead to it with a reply's `goto`, or remove it",
        ),
        Finding::UnreachableEnding(e) => p.hinted(
            spans.endings.get(usize::from(e.0)).cloned().unwrap_or(0..0),
            format!("ending `{}` can never be reached", sc.ending(*e).id),
            "lead to it with a `goto`, a trigger or a `[[hang_up]]` rule, or remove it",
        ),
        Finding::Cycle { from, reply, to } => {
            let span = match reply {
                Some(r) => spans.reply_gotos.get(&(from.0, *r)).cloned(),
                None => spans.silence_gotos.get(&from.0).cloned(),
            }
            .unwrap_or_else(|| turn_span(*from));
            let what = match reply {
                Some(r) => format!(
                    "reply `{}.{}`",
                    sc.turn(*from).id,
                    sc.turn(*from).replies[usize::from(*r)].id
                ),
                None => format!("the silence of turn `{}`", sc.turn(*from).id),
            };
            p.hinted(
                span,
                format!("{what} leads back to turn `{}`: this path never ends", sc.turn(*to).id),
                "a call must always move on towards an ending; give the repeated situation a turn of its own",
            );
        }
        Finding::NoReply(t) => p.hinted(
            turn_span(*t),
            format!(
                "in some calls no reply of turn `{}` is available",
                sc.turn(*t).id
            ),
            "give at least one reply no `when`, or make the conditions cover every case",
        ),
        Finding::PassMarkUnreachable { best } => p.hinted(
            spans.pass_mark.clone(),
            format!(
                "the pass mark {} cannot be reached: the best possible call scores {best}",
                sc.pass_mark
            ),
            format!("lower `pass_mark` to at most {best}, or reward the best replies more"),
        ),
        Finding::SkillNotScored(skill) => p.hinted(
            spans.skills.clone(),
            format!("`skills` lists `{skill}`, but no move changes it"),
            "score it in some replies' `skills`, or remove it from the list",
        ),
    }
}

/// The author's overview of a valid scenario, printed by `cargo xtask validate`.
pub struct Summary<'a>(&'a Scenario);

impl fmt::Display for Summary<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sc = self.0;
        let replies: usize = sc.turns.iter().map(|t| t.replies.len()).sum();
        let r = &sc.ranges;
        write!(
            f,
            "{} v{} \"{}\": {} turns, {} replies, {} endings; calls of {} to {} moves; overall score {} to {} (pass mark {}){}",
            sc.id,
            sc.version,
            sc.title.get(Lang::En),
            sc.turns.len(),
            replies,
            sc.endings.len(),
            r.shortest,
            r.longest,
            r.worst_overall,
            r.best_overall,
            sc.pass_mark,
            if r.exact {
                ""
            } else {
                " (approximate: too big to explore exactly)"
            }
        )
    }
}
