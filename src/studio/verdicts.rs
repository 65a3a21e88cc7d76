//! Every call's verdict, kept live: the validator's deepest pass (every way through the call,
//! scored) says what passing and failing calls score, how long calls are, which endings a
//! passing call reaches, and whether the call meets the library's quality bar. It takes a
//! moment on a large call (about half a second on the largest library call, several on a
//! phone), so it runs in a Web Worker of its own (`crates/verdicts`, `assets/verdicts-worker.js`)
//! and the page never stops for it; where no worker can run (a build without it, a worker that
//! failed) it runs on the page, as before. It runs a second after the last change rather than
//! on every one, says meanwhile that an edit made it old, and runs at once when the trainer
//! asks. Only a check the trainer asked for is read out (a screen reader would otherwise hear
//! the whole list after every edit).

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

use calmline_engine::Msg;
use calmline_engine::quality::Concern;
use calmline_studio::Verdicts;
use wasm_bindgen::JsCast;
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
    /// Running, the last result kept on show meanwhile (QA round 4, mi-k: the panel emptied
    /// and filled again at every check).
    Running(Option<Rc<(u32, Option<Verdicts>)>>),
    /// Done for the call at this revision; `None`: it had errors.
    Done(u32, Option<Verdicts>),
}

/// How long the call must stay unchanged before its verdict is checked again by itself.
const SETTLE_MS: u32 = 1_000;

/// The worker's script, under the release's version of the check (`None`: a build without
/// the worker, such as the tests' own).
fn worker_url() -> Option<String> {
    option_env!("CALMLINE_VERDICTS_VERSION").map(|v| format!("verdicts/worker.js?v={v}"))
}

/// The worker that runs the checks, once made, with what listens to it; stopped with the panel.
struct Checker {
    worker: web_sys::Worker,
    /// The revision last sent: an answer about an older one is left out (the newer is coming).
    latest: Rc<Cell<u32>>,
    _listeners: [gloo::events::EventListener; 2],
}

impl Drop for Checker {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

/// Where checks run: `Some` a worker, `None` not tried yet, `Err` the page (no worker could be
/// made, or it failed).
type Runner = Rc<RefCell<Option<Result<Checker, ()>>>>;

/// Runs the check of `work` and shows its result in `check`: in the worker, or on the page.
fn start(check: &UseStateHandle<Check>, work: &Shared, runner: &Runner) {
    let last = match &**check {
        Check::Done(rev, v) => Some(Rc::new((*rev, v.clone()))),
        Check::Running(last) => last.clone(),
        Check::NotYet => None,
    };
    check.set(Check::Running(last));
    if post(check, work, runner) {
        return;
    }
    on_page(check, work);
}

/// The check run on the page, after "checking" has been drawn.
fn on_page(check: &UseStateHandle<Check>, work: &Shared) {
    let check = check.clone();
    let work = work.clone();
    yew::platform::spawn_local(async move {
        yew::platform::time::sleep(Duration::from_millis(30)).await;
        let verdicts = work.with(|w| w.verdicts()).flatten();
        check.set(Check::Done(work.rev(), verdicts));
    });
}

/// Sends the call to the worker (made on the first check); `false` when there is none.
fn post(check: &UseStateHandle<Check>, work: &Shared, runner: &Runner) -> bool {
    if runner.borrow().is_none() {
        let made = worker_url()
            .and_then(|url| make(&url, check, work, runner))
            .ok_or(());
        *runner.borrow_mut() = Some(made);
    }
    let kept = runner.borrow();
    let Some(Ok(checker)) = kept.as_ref() else {
        return false;
    };
    let Some((name, text)) = work.with(|w| (w.name.clone(), w.draft.text().to_owned())) else {
        return false;
    };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"rev".into(), &work.rev().into());
    let _ = js_sys::Reflect::set(&message, &"name".into(), &name.into());
    let _ = js_sys::Reflect::set(&message, &"text".into(), &text.into());
    checker.latest.set(work.rev());
    checker.worker.post_message(&message).is_ok()
}

/// The worker, answering into `check`; on a failure it is given up and the check runs on the
/// page (this one, and every one after).
fn make(
    url: &str,
    check: &UseStateHandle<Check>,
    work: &Shared,
    runner: &Runner,
) -> Option<Checker> {
    let options = web_sys::WorkerOptions::new();
    options.set_type(web_sys::WorkerType::Module);
    let worker = web_sys::Worker::new_with_options(url, &options).ok()?;
    let give_up = {
        // Weak: the worker's listeners live in the runner.
        let (check, work, runner) = (check.clone(), work.clone(), Rc::downgrade(runner));
        move || {
            let gone = runner
                .upgrade()
                .and_then(|r| r.borrow_mut().replace(Err(())));
            // Dropped (and the worker stopped) after this listener has returned.
            yew::platform::spawn_local(async move { drop(gone) });
            on_page(&check, &work);
        }
    };
    let latest = Rc::new(Cell::new(0));
    let answered = {
        let check = check.clone();
        let latest = latest.clone();
        let give_up = give_up.clone();
        gloo::events::EventListener::new(&worker, "message", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
                return;
            };
            let data = event.data();
            let field = |key: &str| js_sys::Reflect::get(&data, &key.into()).ok();
            let rev = field("rev").and_then(|r| r.as_f64()).map(|r| r as u32);
            let json = field("json").and_then(|j| j.as_string());
            match (rev, json.map(|j| calmline_studio::verdicts::from_json(&j))) {
                (Some(rev), Some(Ok(_))) if rev < latest.get() => {}
                (Some(rev), Some(Ok(verdicts))) => check.set(Check::Done(rev, verdicts)),
                _ => give_up(),
            }
        })
    };
    let failed = gloo::events::EventListener::new(&worker, "error", move |_| give_up());
    Some(Checker {
        worker,
        latest,
        _listeners: [answered, failed],
    })
}

#[component]
pub fn VerdictsPanel(props: &Props) -> Html {
    let locale = use_locale();
    let check = use_state(|| Check::NotYet);
    let runner: Runner = use_mut_ref(|| None);
    // Whether the trainer asked for the last check (only then is it read out).
    let asked = use_state(|| false);
    {
        let check = check.clone();
        let asked = asked.clone();
        let work = props.work.clone();
        let runner = runner.clone();
        use_effect_with(props.work.rev(), move |_| {
            let timer = gloo::timers::callback::Timeout::new(SETTLE_MS, move || {
                asked.set(false);
                start(&check, &work, &runner);
            });
            move || drop(timer)
        });
    }
    let run = {
        let check = check.clone();
        let asked = asked.clone();
        let work = props.work.clone();
        let runner = runner.clone();
        Callback::from(move |_: MouseEvent| {
            asked.set(true);
            start(&check, &work, &runner);
        })
    };
    let state = match &*check {
        Check::NotYet => "not-yet",
        Check::Running(_) => "running",
        Check::Done(rev, _) if *rev != props.work.rev() => "stale",
        Check::Done(..) => "done",
    };
    let result = match &*check {
        Check::NotYet => html! {},
        Check::Running(last) => html! {
            <>
                <p>{ locale.text("studio-verdicts-checking") }</p>
                if let Some(last) = last {
                    { shown(&locale, last.0, last.1.as_ref(), props.work.rev()) }
                }
            </>
        },
        Check::Done(rev, v) => shown(&locale, *rev, v.as_ref(), props.work.rev()),
    };
    html! {
        <section class="studio-verdicts" aria-labelledby="studio-verdicts-heading" data-testid="studio-verdicts" data-check={state}>
            <h2 id="studio-verdicts-heading">{ locale.text("studio-verdicts") }</h2>
            <button type="button" class="button" data-testid="studio-verdicts-check"
                    disabled={matches!(*check, Check::Running(_))} onclick={run}>
                { locale.text("studio-verdicts-check") }
            </button>
            <div aria-live={if *asked { "polite" } else { "off" }}>{ result }</div>
        </section>
    }
}

/// A check's result for the call at revision `rev` (`None`: it had errors), marked old when the
/// call is at `now` since.
fn shown(locale: &Locale, rev: u32, verdicts: Option<&Verdicts>, now: u32) -> Html {
    let Some(v) = verdicts else {
        return html! { <p class="error-panel">{ locale.text("studio-verdicts-errors") }</p> };
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
    let mut lines = Vec::new();
    if rev != now {
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
            &[("paths", locale.whole(v.paths).into())],
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
    let bar = bar_groups(locale, &v.below_library_bar);
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
                super::say::say_once_per_versions(locale, &of_concern),
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
