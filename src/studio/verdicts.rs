//! Every call's verdict, kept live: the validator's deepest pass (every way through the call,
//! scored) says what passing and failing calls score, how long calls are, which endings a
//! passing call reaches, and whether the call meets the library's quality bar. It takes a
//! moment on a large call (about half a second on the largest library call), so it runs a
//! second after the last change rather than on every one, says meanwhile that an edit made it
//! old, and runs at once when the trainer asks. Only a check the trainer asked for is read out
//! (a screen reader would otherwise hear the whole list after every edit).

use std::time::Duration;

use calmline_engine::Msg;
use calmline_engine::quality::Concern;
use calmline_studio::Verdicts;
use yew::prelude::*;

use super::Shared;
use crate::components::use_locale;
use crate::i18n::Locale;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub work: Shared,
}

/// Where the check is.
#[derive(Clone, PartialEq)]
enum Check {
    NotYet,
    Running,
    /// Done for the call at this revision; `None`: it had errors.
    Done(u32, Option<Verdicts>),
}

/// How long the call must stay unchanged before its verdict is checked again by itself.
const SETTLE_MS: u32 = 1_000;

/// Runs the check of `work` and shows its result in `check`.
fn start(check: &UseStateHandle<Check>, work: &Shared) {
    check.set(Check::Running);
    let check = check.clone();
    let work = work.clone();
    yew::platform::spawn_local(async move {
        // Let "checking" be drawn before the work holds the page.
        yew::platform::time::sleep(Duration::from_millis(30)).await;
        let verdicts = work.with(|w| w.verdicts()).flatten();
        check.set(Check::Done(work.rev(), verdicts));
    });
}

#[component]
pub fn VerdictsPanel(props: &Props) -> Html {
    let locale = use_locale();
    let check = use_state(|| Check::NotYet);
    // Whether the trainer asked for the last check (only then is it read out).
    let asked = use_state(|| false);
    {
        let check = check.clone();
        let asked = asked.clone();
        let work = props.work.clone();
        use_effect_with(props.work.rev(), move |_| {
            let timer = gloo::timers::callback::Timeout::new(SETTLE_MS, move || {
                asked.set(false);
                start(&check, &work);
            });
            move || drop(timer)
        });
    }
    let run = {
        let check = check.clone();
        let asked = asked.clone();
        let work = props.work.clone();
        Callback::from(move |_: MouseEvent| {
            asked.set(true);
            start(&check, &work);
        })
    };
    let state = match &*check {
        Check::NotYet => "not-yet",
        Check::Running => "running",
        Check::Done(rev, _) if *rev != props.work.rev() => "stale",
        Check::Done(..) => "done",
    };
    let range = |key: &str, (low, high): (u8, u8)| {
        locale.text_with(
            key,
            &[
                ("low", i64::from(low).into()),
                ("high", i64::from(high).into()),
            ],
        )
    };
    let result = match &*check {
        Check::NotYet => html! {},
        Check::Running => html! { <p>{ locale.text("studio-verdicts-checking") }</p> },
        Check::Done(_, None) => {
            html! { <p class="error-panel">{ locale.text("studio-verdicts-errors") }</p> }
        }
        Check::Done(rev, Some(v)) => {
            let mut lines = Vec::new();
            if rev != &props.work.rev() {
                lines.push(locale.text("studio-verdicts-stale"));
            }
            if v.exact {
                lines.push(match v.passing {
                    Some(r) => range("studio-verdicts-passing", r),
                    None => locale.text("studio-verdicts-none-pass"),
                });
                lines.push(match v.failing {
                    Some(r) => range("studio-verdicts-failing", r),
                    None => locale.text("studio-verdicts-none-fail"),
                });
                lines.push(locale.text_with(
                    "studio-verdicts-endings",
                    &[
                        ("passing", (v.endings_passing as i64).into()),
                        ("endings", (v.endings as i64).into()),
                    ],
                ));
                lines.push(locale.text_with(
                    "studio-verdicts-paths",
                    &[("paths", (v.paths as f64).into())],
                ));
            } else {
                lines.push(locale.text("studio-verdicts-bounds"));
            }
            lines.push(locale.text_with(
                "studio-verdicts-length",
                &[
                    ("shortest", i64::from(v.shortest).into()),
                    ("longest", i64::from(v.longest).into()),
                ],
            ));
            let bar = bar_groups(&locale, &v.below_library_bar);
            let missed: usize = bar.iter().map(|(_, checks)| checks.len()).sum();
            lines.push(if missed == 0 {
                locale.text("studio-verdicts-bar-met")
            } else {
                locale.count("studio-verdicts-bar-not-met", missed as i64)
            });
            html! {
                <>
                    <ul data-testid="studio-verdicts-result">
                        { for lines.into_iter().map(|l| html! { <li>{ l }</li> }) }
                    </ul>
                    <BarChecks groups={bar} />
                </>
            }
        }
    };
    html! {
        <section class="studio-verdicts" aria-labelledby="studio-verdicts-heading" data-testid="studio-verdicts" data-check={state}>
            <h2 id="studio-verdicts-heading">{ locale.text("studio-verdicts") }</h2>
            <button type="button" class="button" data-testid="studio-verdicts-check"
                    disabled={*check == Check::Running} onclick={run}>
                { locale.text("studio-verdicts-check") }
            </button>
            <div aria-live={if *asked { "polite" } else { "off" }}>{ result }</div>
        </section>
    }
}

/// Where the call falls short of the library's bar, in the trainer's language, by concern (the
/// most important first, empty ones left out), a check that holds alike for several versions
/// of the call said once.
fn bar_groups(locale: &Locale, below: &[Msg]) -> Vec<(Concern, Vec<String>)> {
    Concern::ALL
        .into_iter()
        .map(|concern| {
            let of_concern: Vec<&Msg> =
                below.iter().filter(|m| Concern::of(m) == concern).collect();
            (
                concern,
                super::problems::say_once_per_versions(locale, &of_concern),
            )
        })
        .filter(|(_, lines)| !lines.is_empty())
        .collect()
}

#[derive(Properties, PartialEq)]
struct BarProps {
    /// Where the call falls short of the library's bar ([`bar_groups`]).
    groups: Vec<(Concern, Vec<String>)>,
}

/// Where the call falls short of the library's bar under a plain heading per concern (QA round 2,
/// MA4): whether the best reply can be found without reading first, since then the score means
/// nothing; each closed unless the checks are few (QA round 3). It is advice: a trainer's own
/// call need not meet the bar.
#[component]
fn BarChecks(props: &BarProps) -> Html {
    let locale = use_locale();
    let few = props
        .groups
        .iter()
        .map(|(_, lines)| lines.len())
        .sum::<usize>()
        <= 3;
    let groups = props.groups.iter().map(|(concern, lines)| {
        let heading = locale.count(
            &format!("studio-verdicts-group-{}", concern.id()),
            lines.len() as i64,
        );
        html! {
            <details class="studio-quality-group" data-testid="studio-verdicts-group" data-concern={concern.id()}
                     open={few}>
                <summary>{ heading }</summary>
                <ul>{ for lines.iter().map(|l| html! { <li>{ l.clone() }</li> }) }</ul>
            </details>
        }
    });
    html! {
        if !props.groups.is_empty() {
            <div class="studio-quality" data-testid="studio-verdicts-bar">{ for groups }</div>
        }
    }
}
