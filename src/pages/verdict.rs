//! Why a call passed or did not: the ending, each critical error with its turn and the better
//! reply, the quality of the moves against the pass mark, and the grades of the moves.
//!
//! A trainer and an LMS act on the verdict, so the debrief spells out every reason the engine
//! used (`calmline_engine::scale`), in the trainee's language, instead of a bare number.
//!
//! The headline says the verdict with its main reason the way a quality manager would sign it:
//! "Passed: 92 out of 100", or "Not passed: critical error" (an automatic fail), "Not passed:
//! the customer hung up" (an ending that cannot pass), "Not passed: below the pass mark". A
//! failed call's points line carries no success mark, and a capped score is explained as the
//! automatic fail it is.
//!
//! A pass is celebrated: a badge with a burst of confetti (CSS shapes, still under reduced
//! motion) and a headline, announced once to a screen reader.

use std::rc::Rc;

use calmline_engine::model::Grade;
use calmline_engine::run::{Choice, wording_text};
use calmline_engine::score::Debrief;
use yew::prelude::*;

use crate::call::SharedScenario;
use crate::components::use_locale;

/// Why a call did not pass, the strongest reason first (an automatic fail before the points).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailReason {
    /// A critical error (a harmful reply): an automatic fail.
    Critical,
    /// An ending that cannot pass: an automatic fail.
    Ending,
    /// The points of the moves stayed below the pass mark.
    Points,
}

/// Why the call did not pass, `None` if it passed.
pub fn fail_reason(d: &Debrief) -> Option<FailReason> {
    let v = &d.scorecard.verdict;
    if v.passed {
        None
    } else if !d.scorecard.critical.is_empty() {
        Some(FailReason::Critical)
    } else if !v.good_ending {
        Some(FailReason::Ending)
    } else {
        Some(FailReason::Points)
    }
}

/// The first letter in lower case, for an outcome's name inside a sentence.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The debrief's headline: the verdict and its main reason, in one line.
pub fn headline(
    locale: &crate::i18n::Locale,
    sc: &calmline_engine::Scenario,
    d: &Debrief,
) -> String {
    let v = &d.scorecard.verdict;
    match fail_reason(d) {
        None => locale.text_with(
            "debrief-headline-passed",
            &[("score", i64::from(v.overall).into())],
        ),
        Some(FailReason::Critical) => locale.text("debrief-headline-critical"),
        Some(FailReason::Ending) => {
            let outcome = d
                .ending
                .map(|e| sc.ending(e).outcome.id())
                .unwrap_or("unresolved");
            locale.text_with(
                "debrief-headline-ending",
                &[(
                    "outcome",
                    lower_first(&locale.text(&format!("outcome-{outcome}"))).into(),
                )],
            )
        }
        Some(FailReason::Points) => locale.text("debrief-headline-points"),
    }
}

/// Properties of [`Verdict`].
#[derive(Properties, PartialEq)]
pub struct VerdictProps {
    /// The scenario.
    pub scenario: SharedScenario,
    /// The debrief of the finished call.
    pub debrief: Rc<Debrief>,
}

/// The reasons for the verdict, as a list.
#[component]
pub fn Verdict(props: &VerdictProps) -> Html {
    let locale = use_locale();
    let app = use_context::<crate::context::AppContext>();
    let reader = locale.reader();
    let sc = &props.scenario;
    // Whether another call of the catalog is still to pass: not so for the last one, for a
    // player package with one call in it, or for a call that is not on the trainee's path at
    // all (a studio play-test, a trainer's shared file: QA round 3, mi-n).
    let next = app.as_ref().is_some_and(|app| match &app.catalog {
        crate::context::CatalogState::Ready(entries) => {
            entries.iter().any(|e| e.id == sc.id)
                && entries
                    .iter()
                    .any(|e| e.id != sc.id && !app.progress.get(&e.id).is_some_and(|r| r.passed))
        }
        _ => false,
    });
    let d = &props.debrief;
    let card = &d.scorecard;
    let v = &card.verdict;

    let ending = d.ending.map(|e| sc.ending(e));
    let outcome = ending.map(|e| locale.text(&format!("outcome-{}", e.outcome.id())));
    let ending_reason = outcome.map(|outcome| {
        let (class, key) = if v.good_ending {
            ("is-met", "debrief-why-ending-good")
        } else {
            ("is-unmet", "debrief-why-ending-bad")
        };
        html! {
            <li class={class} data-testid="verdict-ending">
                { locale.text_with(key, &[("outcome", outcome.into())]) }
            </li>
        }
    });

    let critical = card.critical.iter().filter_map(|&i| {
        let step = d.steps.get(i)?;
        let said = match step.choice {
            Choice::Reply(r) => wording_text(sc, d.deal, step.turn, r)
                .get(reader)
                .into_owned(),
            Choice::Silence => locale.text("call-you-silent"),
            Choice::HangUp(_) => locale.text("call-you-ended"),
        };
        let better = step
            .better
            .map(|b| wording_text(sc, d.deal, step.turn, b).get(reader).into_owned());
        Some(html! {
            <li class="is-unmet" data-testid="verdict-critical">
                { locale.text_with("debrief-why-critical", &[
                    ("number", ((i + 1) as i64).into()),
                    ("said", said.into()),
                ]) }
                if let Some(better) = better {
                    <br />
                    { locale.text_with("debrief-why-critical-better", &[("better", better.into())]) }
                }
            </li>
        })
    });

    let quality_key = if v.quality_enough {
        "debrief-why-quality-enough"
    } else {
        "debrief-why-quality-short"
    };
    let tally = [Grade::Best, Grade::Acceptable, Grade::Poor, Grade::Harmful]
        .into_iter()
        .map(|g| {
            format!(
                "{}: {}",
                locale.text(&format!("grade-{}", g.id())),
                card.tally.count(g)
            )
        })
        .collect::<Vec<_>>()
        .join(" · ");

    html! {
        <section class={classes!("verdict", if v.passed { "is-pass" } else { "is-fail" })}
                 aria-labelledby="verdict-heading" data-testid="verdict">
            if v.passed {
                <Celebration score={v.overall} mark={v.pass_mark} {next} />
            }
            <h2 id="verdict-heading">
                { locale.text(if v.passed { "debrief-verdict-passed-heading" } else { "debrief-verdict-failed-heading" }) }
            </h2>
            <ul class="verdict-reasons">
                { for ending_reason }
                if card.critical.is_empty() {
                    <li class="is-met" data-testid="verdict-no-critical">{ locale.text("debrief-why-no-critical") }</li>
                } else {
                    { for critical }
                }
                // A success mark only on a call that passed: on a failed call good points are
                // a fact, not a success.
                <li class={if !v.quality_enough { "is-unmet" } else if v.passed { "is-met" } else { "is-info" }}
                    data-testid="verdict-quality">
                    { locale.text_with(quality_key, &[
                        ("quality", i64::from(v.quality).into()),
                        ("mark", i64::from(v.pass_mark).into()),
                    ]) }
                </li>
            </ul>
            if !v.passed && v.quality > v.overall {
                <p class="verdict-capped" data-testid="verdict-capped">
                    { locale.text_with(
                        if fail_reason(d) == Some(FailReason::Critical) { "debrief-why-capped-critical" } else { "debrief-why-capped-ending" },
                        &[
                            ("overall", i64::from(v.overall).into()),
                            ("quality", i64::from(v.quality).into()),
                            ("mark", i64::from(v.pass_mark).into()),
                        ],
                    ) }
                </p>
            }
            <p class="verdict-tally" data-testid="move-tally">
                <span class="verdict-tally-label">{ locale.text("debrief-moves-heading") }{ ": " }</span>
                { tally }
            </p>
        </section>
    }
}

/// Properties of [`Celebration`].
#[derive(Properties, PartialEq)]
struct CelebrationProps {
    /// The call's score.
    score: u8,
    /// The pass mark applied.
    mark: u8,
    /// Another call of the catalog is still to pass.
    next: bool,
}

/// The celebration of a pass: a badge in a burst of confetti, a headline and a line. The
/// drawing is decoration (hidden from screen readers); the pass is announced once, by a polite
/// live region filled after it is on the page (a region rendered with its text is often not
/// read).
#[component]
fn Celebration(props: &CelebrationProps) -> Html {
    let locale = use_locale();
    let announce = locale.text_with(
        "verdict-celebrate-announce",
        &[("score", i64::from(props.score).into())],
    );
    let announced = use_state(String::new);
    {
        let announced = announced.clone();
        use_effect_with((), move |_| announced.set(announce));
    }
    html! {
        <div class="celebration" data-testid="celebration">
            <div class="celebration-art" aria-hidden="true">
                { for (0..12).map(|i| html! { <span class={format!("confetti confetti-{i}")}></span> }) }
                <span class="celebration-badge"><span class="celebration-check"></span></span>
            </div>
            <div class="celebration-text">
                <p class="celebration-title">{ locale.text("verdict-celebrate-title") }</p>
                <p class="celebration-body">{ locale.text_with(if props.next { "verdict-celebrate-body" } else { "verdict-celebrate-body-last" }, &[
                    ("score", i64::from(props.score).into()),
                    ("mark", i64::from(props.mark).into()),
                ]) }</p>
            </div>
            <p class="visually-hidden" role="status" data-testid="celebration-announce">{ (*announced).clone() }</p>
        </div>
    }
}
