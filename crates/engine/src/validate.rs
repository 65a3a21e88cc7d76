//! The validator: one call that reads a scenario file and says everything wrong with it.
//!
//! Used by `cargo xtask validate`, by the tests, and by the browser for a scenario a trainer
//! loads. It never panics, whatever the bytes: empty, binary, truncated, huge or deeply nested.

use std::fmt;

use crate::analysis::{self, Depth, Finding, Stats};
use crate::diag::{Msg, Problems, Severity, msg};
use crate::model::*;
use crate::scale::{PASS_MARK_MAX, PASS_MARK_MIN};
use crate::{Diagnostic, Lang, load, reader};

/// What the validator found in one file.
#[derive(Debug, Clone)]
pub struct Report {
    /// The scenario, when it could be built (it may still have diagnostics).
    pub scenario: Option<Scenario>,
    /// What the analysis found out about the scenario, when it was built.
    pub stats: Option<Stats>,
    /// Every problem, in file order.
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    /// The scenario if it has no error (warnings allowed).
    pub fn into_result(self) -> Result<Scenario, Vec<Diagnostic>> {
        match self.scenario {
            Some(s) if self.errors().next().is_none() => Ok(s),
            _ => Err(self.diagnostics),
        }
    }

    /// The errors (not the warnings).
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
    }

    /// The report held to the library's standard: every warning is an error.
    pub fn for_library(mut self) -> Report {
        for d in &mut self.diagnostics {
            d.severity = Severity::Error;
        }
        self
    }

    /// A one-scenario summary for authors, if the scenario was built.
    pub fn summary(&self) -> Option<Summary<'_>> {
        Some(Summary(self.scenario.as_ref()?, self.stats.as_ref()?))
    }
}

/// Loads and checks a scenario file, the verdict of every call included. `file` is only used to
/// name the file in diagnostics.
pub fn validate(file: &str, bytes: &[u8]) -> Report {
    validate_to(file, bytes, Depth::Verdicts)
}

/// Loads and checks a scenario file as far as playing it needs: everything but the verdicts of
/// every call, which the library's tests already prove. Fast enough to run as a call opens.
pub fn validate_playable(file: &str, bytes: &[u8]) -> Report {
    validate_to(file, bytes, Depth::Playable)
}

fn validate_to(file: &str, bytes: &[u8], depth: Depth) -> Report {
    let mut p = Problems::default();
    let Some(source) = reader::decode(bytes, &mut p) else {
        let diagnostics = p.into_diagnostics(file, "");
        return Report {
            scenario: None,
            stats: None,
            diagnostics,
        };
    };
    let (scenario, spans) = load::read(source, &mut p);
    let stats = scenario.as_ref().map(|sc| {
        check_points(&mut p, sc, &spans);
        check_pass_mark(&mut p, sc, &spans);
        check_forms(&mut p, sc, &spans, source);
        let analysis = analysis::analyse(sc, depth);
        for finding in &analysis.findings {
            locate(&mut p, sc, &spans, finding);
        }
        analysis.stats
    });
    Report {
        scenario,
        stats,
        diagnostics: p.into_diagnostics(file, source),
    }
}

/// Polish words that depend on the trainee's form of address need both forms.
/// Each is reported at the word itself where it can be found (in its turn's silence, its turn or
/// its ending), so that the studio goes to the very text (QA round 2, mi1).
fn check_forms(p: &mut Problems, sc: &Scenario, spans: &load::Spans, source: &str) {
    // A turn's or an ending's texts are written after its id, before the next one's (QA round 3,
    // mi-a: a word in an ending's debrief was reported at the ending's id).
    let node = |id: &std::ops::Range<usize>| {
        let next = spans
            .turns
            .iter()
            .chain(&spans.endings)
            .map(|r| r.start)
            .filter(|&start| start > id.start)
            .min()
            .unwrap_or(source.len());
        id.start..next
    };
    for u in crate::forms::unpaired(sc) {
        // A hang-up rule's feedback is found in that rule, though named with its ending (QA
        // round 4, mi-a: it led to the ending's id).
        let rule = u.hang_up.and_then(|i| spans.hang_ups.get(i).cloned());
        let (span, whose) = match (u.turn, u.ending) {
            (Some(t), _) => (
                u.silence
                    .then(|| spans.silences.get(&t.0).cloned())
                    .flatten()
                    .or_else(|| spans.turns.get(usize::from(t.0)).map(node)),
                msg!("diag-what-turn", id = &sc.turn(t).id),
            ),
            (None, Some(e)) => (
                spans.endings.get(usize::from(e.0)).map(node),
                msg!("diag-what-ending", id = &sc.ending(e).id),
            ),
            (None, None) => (None, msg!("diag-what-the-scenario")),
        };
        let span = rule.or(span).map(|region| word_in(source, region, &u.word));
        p.warning(
            span.unwrap_or(0..0),
            msg!(
                "diag-unpaired",
                whose = whose,
                place = u.place,
                word = u.word
            ),
            msg!("diag-unpaired-hint"),
        );
    }
}

/// Where `word` is first written as a whole word in `region` of `source`; the region when it
/// is not there as written.
fn word_in(source: &str, region: std::ops::Range<usize>, word: &str) -> std::ops::Range<usize> {
    let Some(text) = source.get(region.clone()) else {
        return region;
    };
    let letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(word)
        .find(|(at, _)| {
            !letter(text[..*at].chars().next_back())
                && !letter(text[at + word.len()..].chars().next())
        })
        .map_or(region.clone(), |(at, _)| {
            region.start + at..region.start + at + word.len()
        })
}

/// Within a turn, a better grade must never be worth fewer points (the sum of its skill changes)
/// than a worse one; the silence counts as a poor move of the turn.
fn check_points(p: &mut Problems, sc: &Scenario, spans: &load::Spans) {
    for (t, turn) in sc.turns.iter().enumerate() {
        let t16 = t as u16;
        let sum = |e: &Effect| e.skills.iter().sum::<i32>();
        let mut moves: Vec<(Msg, Grade, i32, std::ops::Range<usize>)> = turn
            .replies
            .iter()
            .enumerate()
            .map(|(r, reply)| {
                let span = spans
                    .reply_grades
                    .get(&(t16, r as u8))
                    .cloned()
                    .unwrap_or(0..0);
                (
                    msg!("diag-what-move-reply", turn = &turn.id, reply = &reply.id),
                    reply.grade,
                    sum(&reply.effect),
                    span,
                )
            })
            .collect();
        moves.push((
            msg!("diag-what-move-silence", turn = &turn.id),
            Grade::Poor,
            sum(&turn.silence.effect),
            spans.silences.get(&t16).cloned().unwrap_or(0..0),
        ));
        for (name, grade, points, span) in &moves {
            for (other, worse, more, _) in &moves {
                if grade > worse && points < more {
                    p.warning(
                        span.clone(),
                        msg!(
                            "diag-points-order",
                            name = name,
                            grade = grade.id(),
                            points = *points,
                            other = other,
                            worse = worse.id(),
                            more = *more
                        ),
                        msg!("diag-points-order-hint"),
                    );
                }
            }
        }
    }
}

/// The pass mark must lie where the scoring guarantees hold (docs/scoring.md).
fn check_pass_mark(p: &mut Problems, sc: &Scenario, spans: &load::Spans) {
    if !(PASS_MARK_MIN..=PASS_MARK_MAX).contains(&sc.pass_mark) {
        p.warning(
            spans.pass_mark.clone(),
            msg!(
                "diag-pass-mark",
                mark = sc.pass_mark,
                min = PASS_MARK_MIN,
                max = PASS_MARK_MAX
            ),
            msg!(
                "diag-pass-mark-hint",
                min = PASS_MARK_MIN,
                max = PASS_MARK_MAX
            ),
        );
    }
}

fn locate(p: &mut Problems, sc: &Scenario, spans: &load::Spans, finding: &Finding) {
    let turn_span = |t: TurnIx| spans.turns.get(usize::from(t.0)).cloned().unwrap_or(0..0);
    match finding {
        Finding::UnreachableTurn(t) => p.hinted(
            turn_span(*t),
            msg!("diag-unreachable-turn", turn = &sc.turn(*t).id),
            msg!("diag-unreachable-turn-hint"),
        ),
        Finding::UnreachableEnding(e) => p.hinted(
            spans.endings.get(usize::from(e.0)).cloned().unwrap_or(0..0),
            msg!("diag-unreachable-ending", ending = &sc.ending(*e).id),
            msg!("diag-unreachable-ending-hint"),
        ),
        Finding::Cycle { from, reply, to } => {
            let span = match reply {
                Some(r) => spans.reply_gotos.get(&(from.0, *r)).cloned(),
                None => spans.silence_gotos.get(&from.0).cloned(),
            }
            .unwrap_or_else(|| turn_span(*from));
            let what = match reply {
                Some(r) => msg!(
                    "diag-what-cycle-reply",
                    turn = &sc.turn(*from).id,
                    reply = &sc.turn(*from).replies[usize::from(*r)].id
                ),
                None => msg!("diag-what-cycle-silence", turn = &sc.turn(*from).id),
            };
            p.hinted(
                span,
                msg!("diag-cycle", what = what, turn = &sc.turn(*to).id),
                msg!("diag-cycle-hint"),
            );
        }
        Finding::NoReply(t) => p.hinted(
            turn_span(*t),
            msg!("diag-no-reply-available", turn = &sc.turn(*t).id),
            msg!("diag-no-reply-available-hint"),
        ),
        Finding::NothingPasses => p.hinted(
            spans.pass_mark.clone(),
            msg!("diag-nothing-passes"),
            msg!("diag-nothing-passes-hint"),
        ),
        Finding::NothingPassesWith(bits) => {
            let names = crate::twist::names(sc, *bits);
            p.hinted(
                spans.pass_mark.clone(),
                msg!(
                    "diag-nothing-passes-with",
                    count = names.len(),
                    twists = names.join("`, `")
                ),
                msg!("diag-nothing-passes-with-hint"),
            )
        }
        Finding::EndingNeverPasses(e) => p.warning(
            spans.endings.get(usize::from(e.0)).cloned().unwrap_or(0..0),
            msg!(
                "diag-ending-never-passes",
                ending = &sc.ending(*e).id,
                outcome = sc.ending(*e).outcome.id()
            ),
            msg!("diag-ending-never-passes-hint"),
        ),
        Finding::SkillNotScored(skill) => p.hinted(
            // At the skill's own item, so that each such problem goes to its own place.
            spans
                .skill_items
                .get(skill)
                .cloned()
                .unwrap_or_else(|| spans.skills.clone()),
            msg!("diag-skill-not-scored", skill = skill.id()),
            msg!("diag-skill-not-scored-hint"),
        ),
        Finding::Approximate => p.warning(
            0..0,
            msg!(
                "diag-approximate",
                states = analysis::STATE_BUDGET,
                tallies = analysis::TALLY_BUDGET
            ),
            msg!("diag-approximate-hint"),
        ),
    }
}

/// The author's overview of a valid scenario, printed by `cargo xtask validate`.
pub struct Summary<'a>(&'a Scenario, &'a Stats);

impl fmt::Display for Summary<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Summary(sc, stats) = *self;
        let replies: usize = sc.turns.iter().map(|t| t.replies.len()).sum();
        write!(
            f,
            "{} v{} \"{}\": {} turns, {} replies, {} endings; calls of {} to {} moves",
            sc.id,
            sc.version,
            sc.title.raw(Lang::En),
            sc.turns.len(),
            replies,
            sc.endings.len(),
            stats.shortest,
            stats.longest,
        )?;
        if !stats.exact {
            return f.write_str(" (approximate: too big to explore exactly)");
        }
        if !stats.verdicts {
            return Ok(());
        }
        let range = |r: Option<(u8, u8)>| {
            r.map_or_else(|| "none".to_owned(), |(lo, hi)| format!("{lo} to {hi}"))
        };
        write!(
            f,
            "\n  {} distinct calls; {} of {} endings can pass; pass mark {}; passing calls score {}, failing calls {} (the quality of their moves up to {})",
            stats.paths,
            stats.endings_that_pass(),
            sc.endings.len(),
            sc.pass_mark,
            range(stats.passing(sc)),
            range(stats.failing(sc)),
            stats
                .best_failing_quality(sc)
                .map_or_else(|| "-".to_owned(), |q| q.to_string()),
        )?;
        for (ending, e) in sc.endings.iter().zip(&stats.endings) {
            write!(
                f,
                "\n  ending `{}` ({}): {} calls, {} pass, scores {}",
                ending.id,
                ending.outcome.id(),
                e.paths,
                e.passing,
                range(e.scores)
            )?;
        }
        Ok(())
    }
}
