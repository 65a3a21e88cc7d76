//! The learning path that leads the catalog: every call from the easiest to the hardest, a
//! clear "Start here" for a new trainee, and the next call suggested without jumping ahead: the
//! first step until it is played, then the open level, where the trainee's weakest skill picks
//! among the calls not passed (the rule in full on [`suggest`]), with the reason in plain words.
//! Each step says "Passed", "Not passed" (with the best score), "Unfinished" or "Not played yet".
//!
//! The order and the suggestion are pure functions of the catalog, the scores
//! ([`crate::progress`]) and the skill record ([`crate::record`]), tested natively; the
//! component only draws them.

use calmline_engine::Skill;
use calmline_engine::catalog::Entry;
use yew::prelude::*;

use crate::components::use_locale;
use crate::progress::Progress;
use crate::record::SkillRecord;
use crate::route::Route;

/// The calls in the order of the path: easy to hard, ties by id.
pub fn path_order(entries: &[Entry]) -> Vec<&Entry> {
    let mut path: Vec<&Entry> = entries.iter().collect();
    path.sort_by(|a, b| (a.difficulty, &a.id).cmp(&(b.difficulty, &b.id)));
    path
}

/// Why a call is suggested next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// The first call of the path has not been played to an ending yet: start here.
    StartHere,
    /// It trains the weakest skill measured so far, at this latest score.
    Weakest(Skill, u8),
    /// The first call of the path not passed yet (no weak skill is trained by a call at its
    /// level).
    NextOnPath,
}

/// The call to take next, or `None` when every call has been passed.
///
/// The rule, so that the path never jumps ahead:
/// 1. While the first call of the path ("Start here") has not been played to an ending, it is
///    the suggestion, whatever else was played.
/// 2. Otherwise the suggestion stays at the level (difficulty) of the first call not passed
///    yet: only the calls not passed at that level are candidates, never a harder one while an
///    easier call is open.
/// 3. Among the candidates the weakest skill decides (lowest latest score, see
///    [`SkillRecord::ranked`]; a skill at full marks is not weak): the candidate that names it
///    earliest in its skills (a scenario lists the skills it is most about first), then the
///    earlier on the path.
/// 4. If no candidate trains a weak skill, the first call not passed.
pub fn suggest<'a>(
    entries: &'a [Entry],
    progress: &Progress,
    skills: &SkillRecord,
) -> Option<(&'a Entry, Reason)> {
    let path = path_order(entries);
    let open: Vec<(usize, &Entry)> = path
        .iter()
        .copied()
        .enumerate()
        .filter(|(_, e)| !progress.get(&e.id).is_some_and(|r| r.passed))
        .collect();
    let first = open.first().map(|(_, e)| *e)?;
    if let Some(start) = path.first()
        && progress.get(&start.id).is_none()
    {
        return Some((start, Reason::StartHere));
    }
    let near: Vec<(usize, &Entry)> = open
        .iter()
        .copied()
        .filter(|(_, e)| e.difficulty == first.difficulty)
        .collect();
    let weak = skills
        .ranked()
        .into_iter()
        .filter(|s| skills.get(*s).is_some_and(|m| m.latest < 100));
    for skill in weak {
        let best = near
            .iter()
            .filter_map(|(i, e)| Some((e.skills.iter().position(|s| *s == skill)?, *i, *e)))
            .min_by_key(|(rank, i, _)| (*rank, *i));
        if let (Some((_, _, e)), Some(mark)) = (best, skills.get(skill)) {
            return Some((e, Reason::Weakest(skill, mark.latest)));
        }
    }
    Some((first, Reason::NextOnPath))
}

/// Properties of [`Path`].
#[derive(Properties, PartialEq)]
pub struct PathProps {
    /// The catalog.
    pub entries: Vec<Entry>,
    /// The scores.
    pub progress: Progress,
    /// The skill record.
    pub skills: SkillRecord,
    /// The ids of the unfinished calls.
    pub unfinished: Vec<String>,
}

/// The path: the suggested call, then every step easy to hard with the trainee's status.
#[component]
pub fn Path(props: &PathProps) -> Html {
    let locale = use_locale();
    let reader = locale.reader();
    let suggestion = suggest(&props.entries, &props.progress, &props.skills);
    let fresh = matches!(suggestion, Some((_, Reason::StartHere)));
    let next_id = suggestion.map(|(e, _)| e.id.clone());

    let next = match suggestion {
        Some((e, reason)) => {
            let reason = match reason {
                Reason::StartHere => locale.text("path-reason-start"),
                Reason::Weakest(skill, score) => locale.text_with(
                    "path-reason-skill",
                    &[
                        (
                            "skill",
                            locale.text(&format!("skill-{}", skill.id())).into(),
                        ),
                        ("score", i64::from(score).into()),
                    ],
                ),
                Reason::NextOnPath => locale.text("path-reason-order"),
            };
            let label = if fresh {
                "path-start-here"
            } else {
                "path-next"
            };
            html! {
                <div class="path-next" data-testid="path-next" data-id={e.id.clone()}>
                    <span class="path-next-tag">{ locale.text(label) }</span>
                    <p class="path-next-title">{ e.title.get(reader).into_owned() }</p>
                    <p class="path-next-reason" data-testid="path-reason">{ reason }</p>
                    <p class="path-next-meta">
                        { locale.text(&format!("difficulty-{}", e.difficulty.id())) }
                        { " · " }
                        { locale.count("minutes", i64::from(e.minutes)) }
                    </p>
                    <a class="button path-next-go" href={Route::Play(e.id.clone()).href()}>
                        { locale.text(if fresh && props.progress.0.is_empty() { "path-go-first" } else { "path-go" }) }
                    </a>
                </div>
            }
        }
        None => html! {
            <div class="path-next is-done" data-testid="path-done">
                <span class="path-done-mark" aria-hidden="true"></span>
                <p class="path-next-title">{ locale.text("path-done") }</p>
            </div>
        },
    };

    let steps = path_order(&props.entries).into_iter().enumerate().map(|(i, e)| {
        let record = props.progress.get(&e.id);
        let passed = record.is_some_and(|r| r.passed);
        let unfinished = props.unfinished.contains(&e.id);
        let is_next = next_id.as_deref() == Some(e.id.as_str());
        let (state, status) = if passed {
            ("is-passed", locale.text("path-step-passed"))
        } else if unfinished {
            ("is-unfinished", locale.text("path-step-unfinished"))
        } else if let Some(record) = record {
            // Played to an ending and not passed: said so, with the best score if there is one.
            let status = match record.best {
                Some(best) => locale.text_with(
                    "path-step-failed",
                    &[("score", i64::from(best).into())],
                ),
                None => locale.text("path-step-failed-plain"),
            };
            ("is-failed", status)
        } else {
            ("is-new", locale.text("card-not-played"))
        };
        html! {
            <li class={classes!("path-step", state, is_next.then_some("is-next"))}
                data-testid="path-step" data-id={e.id.clone()}
                aria-current={is_next.then_some("step")}>
                <span class="path-dot" aria-hidden="true">
                    if !passed { { i + 1 } }
                </span>
                <a class="path-step-title" href={Route::Play(e.id.clone()).href()}>
                    { e.title.get(reader).into_owned() }
                </a>
                <span class="path-step-info">
                    <span class={classes!("badge", format!("difficulty-{}", e.difficulty.id()))}>
                        { locale.text(&format!("difficulty-{}", e.difficulty.id())) }
                    </span>
                    <span class="path-step-status" data-testid="path-status">{ status }</span>
                    if is_next && fresh {
                        <span class="path-tag" data-testid="path-start">{ locale.text("path-start-here") }</span>
                    }
                </span>
            </li>
        }
    });

    html! {
        <section class="path" aria-labelledby="path-heading" data-testid="path">
            <h2 id="path-heading">{ locale.text("path-heading") }</h2>
            <p class="path-lead">{ locale.text("path-lead") }</p>
            <div class="path-layout">
                { next }
                <ol class="path-steps">{ for steps }</ol>
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use calmline_engine::Text;
    use calmline_engine::model::{CustomerType, Difficulty};

    fn entry(id: &str, difficulty: Difficulty, skills: &[Skill]) -> Entry {
        Entry {
            id: id.into(),
            file: format!("{id}.toml"),
            version: 1,
            title: Text::new(id, id, id),
            summary: Text::new("a", "b", "c"),
            customer_type: CustomerType::Lost,
            difficulty,
            minutes: 5,
            skills: skills.to_vec(),
            techniques: vec![],
            pass_mark: 60,
        }
    }

    fn library() -> Vec<Entry> {
        use Difficulty::*;
        use Skill::*;
        vec![
            entry("zeta-hard", Hard, &[Boundaries, Calm]),
            entry("beta-medium", Medium, &[Clarity, Listening]),
            entry("alpha-medium", Medium, &[Listening, Boundaries]),
            entry("omega-easy", Easy, &[Empathy, Clarity, Calm]),
            entry("delta-easy", Easy, &[Calm, Listening]),
        ]
    }

    fn ids(path: Vec<&Entry>) -> Vec<&str> {
        path.into_iter().map(|e| e.id.as_str()).collect()
    }

    #[test]
    fn the_path_goes_from_easy_to_hard_ties_by_id() {
        assert_eq!(
            ids(path_order(&library())),
            [
                "delta-easy",
                "omega-easy",
                "alpha-medium",
                "beta-medium",
                "zeta-hard"
            ]
        );
    }

    #[test]
    fn a_new_trainee_starts_with_the_easiest_call() {
        let lib = library();
        let (e, reason) = suggest(&lib, &Progress::default(), &SkillRecord::default()).unwrap();
        assert_eq!((e.id.as_str(), reason), ("delta-easy", Reason::StartHere));
    }

    #[test]
    fn start_here_stays_the_suggestion_until_it_is_played() {
        // QA 12 #7: a later call passed and another failed do not skip the first step.
        let lib = library();
        let progress = Progress::default()
            .with_result("omega-easy", 90, true)
            .with_result("zeta-hard", 64, false);
        let skills = SkillRecord::default().with_call([(Skill::Boundaries, 20)]);
        let (e, reason) = suggest(&lib, &progress, &skills).unwrap();
        assert_eq!((e.id.as_str(), reason), ("delta-easy", Reason::StartHere));
        // Played and failed: it is the first call not passed, so still next, now on the path.
        let progress = progress.with_result("delta-easy", 40, false);
        let (e, reason) = suggest(&lib, &progress, &skills).unwrap();
        assert_eq!((e.id.as_str(), reason), ("delta-easy", Reason::NextOnPath));
    }

    #[test]
    fn the_weakest_skill_decides_only_among_the_calls_at_the_open_level() {
        let lib = library();
        let progress = Progress::default().with_result("delta-easy", 55, false);
        let skills = SkillRecord::default().with_call([
            (Skill::Calm, 70),
            (Skill::Listening, 40),
            (Skill::Empathy, 90),
        ]);
        // Listening is weakest and alpha-medium names it first, but an easy call is still
        // open: among the easy ones delta-easy trains listening (omega-easy does not).
        let (e, reason) = suggest(&lib, &progress, &skills).unwrap();
        assert_eq!(
            (e.id.as_str(), reason),
            ("delta-easy", Reason::Weakest(Skill::Listening, 40))
        );
        // With delta-easy passed, omega-easy is the only easy call left; it trains calm.
        let progress = progress.with_result("delta-easy", 90, true);
        let (e, reason) = suggest(&lib, &progress, &skills).unwrap();
        assert_eq!(
            (e.id.as_str(), reason),
            ("omega-easy", Reason::Weakest(Skill::Calm, 70))
        );
        // The easy level passed: among the medium calls, the one naming listening first.
        let progress = progress.with_result("omega-easy", 90, true);
        let (e, reason) = suggest(&lib, &progress, &skills).unwrap();
        assert_eq!(
            (e.id.as_str(), reason),
            ("alpha-medium", Reason::Weakest(Skill::Listening, 40))
        );
        let progress = progress.with_result("alpha-medium", 90, true);
        let (e, _) = suggest(&lib, &progress, &skills).unwrap();
        assert_eq!(e.id, "beta-medium");
        // Only the hard call is left: it trains calm.
        let progress = progress.with_result("beta-medium", 90, true);
        let (e, reason) = suggest(&lib, &progress, &skills).unwrap();
        assert_eq!(
            (e.id.as_str(), reason),
            ("zeta-hard", Reason::Weakest(Skill::Calm, 70))
        );
    }

    #[test]
    fn without_a_call_for_a_weak_skill_the_path_goes_on_and_ends() {
        let lib = library();
        let skills = SkillRecord::default().with_call([(Skill::Ownership, 20)]);
        let progress = Progress::default().with_result("delta-easy", 80, true);
        let (e, reason) = suggest(&lib, &progress, &skills).unwrap();
        assert_eq!((e.id.as_str(), reason), ("omega-easy", Reason::NextOnPath));
        // Full marks everywhere: nothing is weak, the path goes on.
        let perfect = SkillRecord::default().with_call([(Skill::Calm, 100)]);
        let (e, reason) = suggest(&lib, &progress, &perfect).unwrap();
        assert_eq!((e.id.as_str(), reason), ("omega-easy", Reason::NextOnPath));
        let all = lib
            .iter()
            .fold(Progress::default(), |p, e| p.with_result(&e.id, 90, true));
        assert_eq!(suggest(&lib, &all, &skills), None);
        assert_eq!(
            suggest(&[], &Progress::default(), &SkillRecord::default()),
            None
        );
    }
}
