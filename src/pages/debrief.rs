//! The debrief: it opens with the verdict (the headline "Passed" or "Not passed" with its main
//! reason, which takes the focus on arrival; the score, the outcome and the reasons), then the
//! skills and the mood over the call as charts, every turn reviewed with its feedback and the
//! better reply, reflections kept locally per attempt, the record of the call for printing (the
//! call's version and variant only on paper), a self-care tip, and the ways on (retry, next
//! call, catalog).
//!
//! Everything shown is recomputed by the engine from the recorded moves, so the debrief of a
//! call is the same after a reload or in another language.

use std::rc::Rc;

use calmline_engine::State;
use calmline_engine::run::{Choice, wording_text};
use calmline_engine::score::debrief;
use calmline_engine::transcript::Heard;
use yew::prelude::*;

use crate::call::SharedScenario;
use crate::components::charts::{MoodChart, MoodPoint, SkillChart};
use crate::components::{use_locale, use_title};
use crate::context::{CatalogState, use_app};
use crate::lms::{LmsStatus, Moment, Scene};

use crate::route::Route;
use crate::settings::Mode;

use super::verdict::{Verdict, headline};

mod holds;
mod mood_set;
mod moves;
mod reflection;
use moves::{move_texts, seconds};
use reflection::{Record, ReflectionBox, use_reflections};

/// Properties of [`Debrief`].
#[derive(Properties, PartialEq)]
pub struct DebriefProps {
    /// The scenario.
    pub scenario: SharedScenario,
    /// The finished call.
    pub state: Rc<State>,
    /// The mode it was played in.
    pub mode: Mode,
    /// Back to the briefing for another try.
    pub on_retry: Callback<()>,
}

/// The debrief screen.
#[component]
pub fn Debrief(props: &DebriefProps) -> Html {
    let locale = use_locale();
    let app = use_app();
    let sc = &props.scenario;
    let reader = locale.reader();
    use_title(format!(
        "{} · {}",
        locale.text("debrief-heading"),
        sc.title.get(reader)
    ));
    let d = Rc::new(debrief(sc, &props.state, app.pass_mark()));
    // The attempt is the call's number among the scenario's completed calls (recorded before
    // the debrief shows).
    let attempt = app.progress.get(&sc.id).map_or(1, |r| r.completions.max(1));
    let reflections = use_reflections(&sc.id, attempt);
    let date_ms = reflections.get(attempt).map_or(0, |e| e.date_ms);
    let card = &d.scorecard;
    // The call has ended: notices about it (resumed, a bad link's settings) go.
    {
        let ended = app.call_ended.clone();
        use_effect_with((), move |_| ended.emit(()));
    }

    let ending = d.ending.map(|e| sc.ending(e));
    let outcome = ending.map(|e| e.outcome.id()).unwrap_or("unresolved");

    // An LMS launch is one call (its SCO or AU): no way on to another call from here.
    let next = match &app.catalog {
        _ if app.link.lms.is_some() => None,
        CatalogState::Ready(entries) if entries.len() > 1 => entries
            .iter()
            .position(|e| e.id == sc.id)
            .map(|i| entries[(i + 1) % entries.len()].id.clone()),
        _ => None,
    };

    let points: Vec<MoodPoint> = d
        .steps
        .iter()
        .enumerate()
        .map(|(i, s)| MoodPoint {
            mood: s.mood_after,
            grade: s.grade,
            title: locale.text_with(
                "debrief-marker",
                &[
                    ("number", ((i + 1) as i64).into()),
                    (
                        "grade",
                        locale.text(&format!("grade-{}", s.grade.id())).into(),
                    ),
                    ("mood", i64::from(s.mood_after).into()),
                ],
            ),
        })
        .collect();

    let skill_names = |skills: &[calmline_engine::Skill]| {
        skills
            .iter()
            .map(|s| locale.text(&format!("skill-{}", s.id())))
            .collect::<Vec<_>>()
            .join(", ")
    };

    let review = d.steps.iter().enumerate().map(|(i, step)| {
        let turn = sc.turn(step.turn);
        let said = match step.heard {
            Heard::SilenceLine => turn.silence.line.get(reader).into_owned(),
            Heard::Reaction(t, r) => sc.turn(t).replies[usize::from(r)]
                .reaction
                .as_ref()
                .map(|x| x.get(reader).into_owned())
                .unwrap_or_default(),
            Heard::Line(v) => turn
                .lines
                .get(usize::from(v))
                .map(|t| t.get(reader).into_owned())
                .unwrap_or_default(),
        };
        let (did, feedback) = move_texts(&locale, sc, d.deal, step);
        // A move made for a trainer play-testing from a turn is shown, not coached (QA round 4).
        let better = step.better.filter(|_| !step.given).map(|b| {
            let reply = &turn.replies[usize::from(b)];
            html! {
                <div class="better">
                    <p class="better-label">{ locale.text("debrief-better") }</p>
                    <blockquote>{ wording_text(sc, d.deal, step.turn, b).get(reader).into_owned() }</blockquote>
                    if let Some(f) = &reply.feedback {
                        <p class="better-why">{ f.get(reader).into_owned() }</p>
                    }
                </div>
            }
        });
        // A move made for a trainer play-testing from a turn has no time of theirs.
        let time = if step.given {
            locale.text("debrief-given")
        } else if step.choice == Choice::Silence {
            locale.text_with("debrief-time", &[("time", locale.text("debrief-timed-out").into())])
        } else {
            locale.text_with("debrief-time", &[("time", seconds(&locale, step.elapsed_ms).into())])
        };
        let extended = (step.extensions > 0)
            .then(|| locale.count("debrief-step-extensions", i64::from(step.extensions)));
        let stopped = (step.pauses > 0)
            .then(|| locale.count("debrief-step-pauses", i64::from(step.pauses)));
        html! {
            <li class={classes!("review-step", format!("grade-{}", step.grade.id()), step.given.then_some("is-given"))} data-testid="review-step"
                id={format!("move-{}", i + 1)}>
                <p class="review-number">{ locale.text_with("debrief-turn", &[("number", ((i + 1) as i64).into())]) }</p>
                <p class="review-customer"><span class="who">{ sc.customer.name.get(reader).into_owned() }{ ": " }</span>{ said }</p>
                <p class="review-agent">
                    <span class="who">{ locale.text(if step.given { "debrief-given-who" } else { "call-you" }) }{ ": " }</span>{ did }
                    { " " }
                    <span class={classes!("badge", format!("grade-{}", step.grade.id()))}>
                        { locale.text(&format!("grade-{}", step.grade.id())) }
                    </span>
                    if step.critical && step.given {
                        // Played for the trainer: marked, but grey and said not to count, as the
                        // verdict does not count it (QA round 5, mi-b).
                        { " " }
                        <span class="badge badge-critical-given" data-testid="critical-badge-given">
                            { locale.text("debrief-critical-given") }
                        </span>
                    } else if step.critical {
                        { " " }
                        <span class="badge badge-critical" data-testid="critical-badge">
                            { locale.text("debrief-critical-badge") }
                        </span>
                    }
                </p>
                if !step.given {
                    <p class="review-feedback">
                        { feedback.unwrap_or_else(|| locale.text("feedback-best-default")) }
                    </p>
                }
                { for better }
                <p class="review-meta">
                    { time }
                    if let Some(extended) = extended {
                        { " · " }{ extended }
                    }
                    if let Some(stopped) = stopped {
                        { " · " }{ stopped }
                    }
                    { " · " }
                    { locale.text_with("debrief-mood-change", &[
                        ("from", i64::from(step.mood_before).into()),
                        ("to", i64::from(step.mood_after).into()),
                    ]) }
                </p>
            </li>
        }
    });

    let retry = props.on_retry.reform(|_: MouseEvent| ());
    // Launched from an LMS: finishing closes the session there (cmi5 returns to the LMS).
    // Finish closes the session of an LMS that answered; once closed, a retry would not be
    // recorded, so neither is offered.
    let closed = app.lms.status == LmsStatus::Closed;
    let connected = matches!(app.lms.status, LmsStatus::Saved | LmsStatus::Kept);
    let finish = (app.link.lms.is_some() && connected).then(|| {
        let app = app.clone();
        let reader = locale.reader();
        Callback::from(move |_: MouseEvent| {
            let scene = Scene::now(reader, app.pass_mark());
            app.reporters.hear(Moment::Finished, &scene);
        })
    });
    let timing = card.timing;

    html! {
        <section class="debrief" aria-labelledby="debrief-heading" data-testid="debrief">
            <nav class="crumbs"><a href={Route::Catalog.href()}>{ locale.text("back-to-catalog") }</a></nav>
            <p class="eyebrow">{ sc.title.get(reader).into_owned() }{ " · " }{ locale.text(&format!("mode-{}", props.mode.id())) }</p>
            // The heading names the screen and says the verdict: focus lands here on arrival.
            <h1 id="debrief-heading">
                <span class="debrief-kicker">{ locale.text("debrief-heading") }</span>
                <span class="visually-hidden">{ ": " }</span>
                <span class="debrief-headline" data-testid="verdict-headline">{ headline(&locale, sc, &d) }</span>
            </h1>
            <div class="debrief-summary">
                <div class={classes!("score", if card.passed { "is-pass" } else { "is-fail" })}>
                    <p class="score-number" data-testid="debrief-score" data-score={card.overall.to_string()}>
                        { card.overall }<span class="score-max">{ "/100" }</span>
                    </p>
                    <p class={classes!("badge", if card.passed { "badge-pass" } else { "badge-fail" })}
                       data-testid="pass-fail">
                        { locale.text(if card.passed { "debrief-passed" } else { "debrief-failed" }) }
                    </p>
                    <p class="score-mark">{ locale.text_with("debrief-pass-mark", &[("points", locale.count("points", i64::from(card.pass_mark)).into())]) }</p>
                </div>
                <div class={classes!("outcome", format!("outcome-{outcome}"))} data-testid="outcome"
                     data-outcome={outcome}>
                    <p class="outcome-kind">{ locale.text(&format!("outcome-{outcome}")) }</p>
                    if let Some(e) = ending {
                        <p class="outcome-text">{ e.text.get(reader).into_owned() }</p>
                        <p class="outcome-debrief">{ e.debrief.get(reader).into_owned() }</p>
                    }
                </div>
            </div>
            <Verdict scenario={props.scenario.clone()} debrief={d.clone()} />

            <div class="debrief-grid">
                <section aria-labelledby="skills-heading">
                    <h2 id="skills-heading">{ locale.text("debrief-skills-heading") }</h2>
                    <SkillChart skills={card.skills.clone()} />
                    if !d.strongest.is_empty() {
                        <p>{ locale.text_with("debrief-strongest", &[("skills", skill_names(&d.strongest).into())]) }</p>
                    }
                    if !d.weakest.is_empty() {
                        <p>{ locale.text_with("debrief-weakest", &[("skills", skill_names(&d.weakest).into())]) }</p>
                    }
                    if card.skills.iter().any(|s| s.score.is_none()) {
                        <p class="hint">{ locale.text("debrief-not-assessed-hint") }</p>
                    }
                    if card.skills.iter().any(|s| s.is_thin()) {
                        <p class="hint">{ locale.text("debrief-thin-hint") }</p>
                    }
                </section>
                <section aria-labelledby="mood-heading">
                    <h2 id="mood-heading">{ locale.text("debrief-mood-heading") }</h2>
                    <MoodChart start={u8::try_from(sc.customer.mood.clamp(0, 100)).unwrap_or(50)} {points}
                               set={mood_set::at(&d.steps)} />
                    { mood_set::note(&locale, &d.steps) }
                    <p class="legend">
                        <span class="legend-item grade-best">{ locale.text("grade-best") }</span>
                        <span class="legend-item grade-acceptable">{ locale.text("grade-acceptable") }</span>
                        <span class="legend-item grade-poor">{ locale.text("grade-poor") }</span>
                        <span class="legend-item grade-harmful">{ locale.text("grade-harmful") }</span>
                    </p>
                    <h3>{ locale.text("debrief-timing-heading") }</h3>
                    <p data-testid="timing">
                        if timing.replies > 0 {
                            { locale.text_with("debrief-timing", &[
                                ("mean", seconds(&locale, timing.mean_ms).into()),
                                ("median", seconds(&locale, timing.median_ms).into()),
                                ("replies", i64::from(timing.replies).into()),
                            ]) }
                            { " " }
                        }
                        { locale.count("debrief-timeouts", i64::from(timing.timeouts)) }
                    </p>
                    <p data-testid="extensions">
                        if timing.extensions == 0 {
                            { locale.text("debrief-no-extensions") }
                        } else {
                            { locale.text_with("debrief-extensions", &[
                                ("count", i64::from(timing.extensions).into()),
                                ("moves", i64::from(timing.extended_moves).into()),
                            ]) }
                        }
                    </p>
                    <p data-testid="pauses">
                        { locale.count("debrief-pauses", i64::from(timing.pauses)) }
                    </p>
                </section>
            </div>

            <section aria-labelledby="review-heading">
                <h2 id="review-heading">{ locale.text("debrief-review-heading") }</h2>
                <ol class="review">{ for review }</ol>
            </section>
            // Each hold with its feedback (helper D).
            <holds::Holds holds={d.holds.clone()} />

            <ReflectionBox id={sc.id.clone()} {attempt} list={reflections.clone()} />
            <Record learner={app.lms.learner.clone()} {attempt} {date_ms} version={sc.version}
                    seed={props.state.seed()} mode={props.mode} />

            if let Some(tip) = &sc.self_care {
                <aside class="self-care" aria-labelledby="self-care-heading">
                    <h2 id="self-care-heading">{ locale.text("debrief-self-care") }</h2>
                    <p>{ tip.get(reader).into_owned() }</p>
                </aside>
            }

            if let Some(finish) = finish {
                <div class="lms-finish">
                    <button type="button" class="button button-primary" data-testid="lms-finish"
                            onclick={finish} aria-describedby="lms-finish-hint">
                        { locale.text("lms-finish") }
                    </button>
                    <p class="hint" id="lms-finish-hint">{ locale.text("lms-finish-hint") }</p>
                </div>
            }
            <div class="actions">
                if !closed {
                    <button type="button" class="button button-primary" data-testid="retry" onclick={retry}>
                        { locale.text("debrief-retry") }
                    </button>
                }
                if let Some(next) = next {
                    <a class="button" data-testid="next-scenario" href={Route::Play(next).href()}>
                        { locale.text("debrief-next") }
                    </a>
                }
                <a class="button button-quiet" href={Route::Catalog.href()}>{ locale.text("back-to-catalog") }</a>
            </div>
        </section>
    }
}
