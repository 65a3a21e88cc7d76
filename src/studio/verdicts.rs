//! Every call's verdict, kept live: the validator's deepest pass (every way through the call,
//! scored) says what passing and failing calls score, how long calls are, which endings a
//! passing call reaches, and whether the call meets the library's quality bar. It takes a
//! moment on a large call (about half a second on the largest library call), so it runs a
//! second after the last change rather than on every one, says meanwhile that an edit made it
//! old, and runs at once when the trainer asks. Only a check the trainer asked for is read out
//! (a screen reader would otherwise hear the whole list after every edit).

use std::time::Duration;

use calmline_studio::Verdicts;
use yew::prelude::*;

use super::Shared;
use crate::components::use_locale;

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
            lines.push(if v.below_library_bar.is_empty() {
                locale.text("studio-verdicts-bar-met")
            } else {
                locale.count(
                    "studio-verdicts-bar-not-met",
                    v.below_library_bar.len() as i64,
                )
            });
            // Where it falls short, in the trainer's language (advice: a trainer's own call
            // need not meet the bar).
            let bar: Vec<String> = v
                .below_library_bar
                .iter()
                .map(|m| super::problems::say(&locale, m))
                .collect();
            html! {
                <>
                    <ul data-testid="studio-verdicts-result">
                        { for lines.into_iter().map(|l| html! { <li>{ l }</li> }) }
                    </ul>
                    if !bar.is_empty() {
                        // A trainer's small call misses many of them: a long list starts closed.
                        <details class="studio-bar" data-testid="studio-verdicts-bar" open={bar.len() <= 3}>
                            <summary>{ locale.text("studio-verdicts-bar-show") }</summary>
                            <ul>
                                { for bar.into_iter().map(|l| html! { <li>{ l }</li> }) }
                            </ul>
                        </details>
                    }
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
