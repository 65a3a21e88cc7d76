//! The learning path that leads the catalog: every call from the easiest to the hardest, a
//! clear "Start here" for a new trainee, and the next call suggested by the trainee's weakest
//! skill with the reason in plain words.
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
    /// Nothing played yet: the first call of the path.
    StartHere,
    /// It trains the weakest skill measured so far, at this latest score.
    Weakest(Skill, u8),
    /// The first call of the path not passed yet (no weak skill is trained by a call left).
    NextOnPath,
}

/// The call to take next, or `None` when every call has been passed.
///
/// The weakest skill first (lowest latest score, see [`SkillRecord::ranked`]); among the calls
/// not passed yet that train it, the one that names it earliest in its skills (a scenario lists
/// the skills it is most about first), then the easier one. If no call left trains a measured
/// skill below full marks, the first call of the path not passed.
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
    if progress.0.is_empty() && skills.0.is_empty() {
        return Some((first, Reason::StartHere));
    }
    // A skill at full marks in its latest call is not weak: the path goes on instead.
    let weak = skills
        .ranked()
        .into_iter()
        .filter(|s| skills.get(*s).is_some_and(|m| m.latest < 100));
    for skill in weak {
        let best = open
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
                        { locale.text(if fresh { "path-go-first" } else { "path-go" }) }
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
        } else if let Some(best) = record.and_then(|r| r.best) {
            (
                "is-tried",
                locale.text_with("path-step-best", &[("score", i64::from(best).into())]),
            )
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
    fn the_weakest_skill_picks_the_call_that_trains_it_best() {
        let lib = library();
        let progress = Progress::default().with_result("delta-easy", 55, false);
        let skills = SkillRecord::default().with_call([
            (Skill::Calm, 70),
            (Skill::Listening, 40),
            (Skill::Empathy, 90),
        ]);
        // Listening is weakest: alpha-medium names it first (delta-easy only second).
        let (e, reason) = suggest(&lib, &progress, &skills).unwrap();
        assert_eq!(
            (e.id.as_str(), reason),
            ("alpha-medium", Reason::Weakest(Skill::Listening, 40))
        );
        // Once it is passed, the next calls that train listening name it second: the easier
        // one first.
        let progress = progress.with_result("alpha-medium", 90, true);
        let (e, _) = suggest(&lib, &progress, &skills).unwrap();
        assert_eq!(e.id, "delta-easy");
        let progress = progress.with_result("delta-easy", 90, true);
        let (e, _) = suggest(&lib, &progress, &skills).unwrap();
        assert_eq!(e.id, "beta-medium");
        // A passed call is never suggested; with every listening call passed, the next weakest
        // skill (calm) leads to the call that names it first, though it is harder.
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
