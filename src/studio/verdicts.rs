//! Every call's verdict, on request: the validator's deepest pass (every way through the call,
//! scored) says what passing and failing calls score, how long calls are, which endings a
//! passing call reaches, and whether the call meets the library's quality bar. It takes a
//! moment on a large call, so it runs when the trainer asks, and says when an edit made it old.

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

#[component]
pub fn VerdictsPanel(props: &Props) -> Html {
    let locale = use_locale();
    let check = use_state(|| Check::NotYet);
    let run = {
        let check = check.clone();
        let work = props.work.clone();
        Callback::from(move |_: MouseEvent| {
            check.set(Check::Running);
            let check = check.clone();
            let work = work.clone();
            yew::platform::spawn_local(async move {
                // Let "checking" be drawn before the work holds the page.
                yew::platform::time::sleep(Duration::from_millis(30)).await;
                let verdicts = work.with(|w| w.verdicts()).flatten();
                check.set(Check::Done(work.rev(), verdicts));
            });
        })
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
                .map(|m| calmline_engine::diag::render(locale.lang(), m))
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
        <section class="studio-verdicts" aria-labelledby="studio-verdicts-heading" data-testid="studio-verdicts">
            <h2 id="studio-verdicts-heading">{ locale.text("studio-verdicts") }</h2>
            <button type="button" class="button" data-testid="studio-verdicts-check"
                    disabled={*check == Check::Running} onclick={run}>
                { locale.text("studio-verdicts-check") }
            </button>
            <div aria-live="polite">{ result }</div>
        </section>
    }
}
