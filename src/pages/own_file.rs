//! A trainer's own scenario file (`#/own`): pick a `.toml` file from the computer, see every
//! problem in it with its `file:line:column` and a hint (the same validator as `cargo xtask
//! validate`, in the interface language; the command line prints them in English), or, when it
//! is valid, its summary and a button to play it at once.
//!
//! The file never leaves the browser. Text from the file is only ever shown as text.

use std::rc::Rc;

use calmline_engine::{Diagnostic, Lang, validate};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::call::SharedScenario;
use crate::components::{use_locale, use_title};
use crate::pages::play::Play;
use crate::route::Route;

/// The largest file read, in bytes (the validator refuses bigger ones anyway).
const MAX_BYTES: f64 = 16.0 * 1024.0 * 1024.0;

/// What the trainer's file turned out to be.
#[derive(Debug, Clone, PartialEq)]
enum Checked {
    /// Nothing picked yet.
    Empty,
    /// Being read.
    Reading,
    /// The file could not be read at all.
    Unreadable(String),
    /// The file's errors (and warnings), rendered when shown, so a change of language
    /// re-renders them.
    Invalid(String, Vec<Diagnostic>),
    /// Valid: the scenario, how many of its endings some call passes through (when the verdicts
    /// were analysed), and the warnings (it plays, but its scoring would not be signed).
    Valid(SharedScenario, Option<usize>, Vec<Diagnostic>),
}

/// The file a trainer picked in a file input (its `change` event).
pub fn picked_file(e: &Event) -> Option<web_sys::File> {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .and_then(|input| input.files())
        .and_then(|files| files.get(0))
}

/// The validator's diagnostics in `lang`: `file:line:column: severity: …` and the hint.
pub fn diagnostics(problems: &[Diagnostic], lang: Lang) -> Html {
    html! {
        <ol class="diagnostics-list">
            { for problems.iter().map(|d| html! {
                <li data-testid="own-problem">
                    <code>{ d.headline(lang) }</code>
                    if let Some(hint) = d.hint_in(lang) {
                        <p class="hint">{ hint }</p>
                    }
                </li>
            }) }
        </ol>
    }
}

/// The page for a trainer's own scenario file.
#[component]
pub fn OwnFile() -> Html {
    let locale = use_locale();
    use_title(locale.text("own-heading"));
    let checked = use_state(|| Checked::Empty);
    let playing = use_state(|| false);

    let onchange = {
        let checked = checked.clone();
        let playing = playing.clone();
        Callback::from(move |e: Event| {
            let Some(file) = picked_file(&e) else {
                return;
            };
            playing.set(false);
            let name = file.name();
            if file.size() > MAX_BYTES {
                checked.set(Checked::Unreadable(name));
                return;
            }
            checked.set(Checked::Reading);
            let checked = checked.clone();
            yew::platform::spawn_local(async move {
                let bytes = match JsFuture::from(file.array_buffer()).await {
                    Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                    Err(_) => {
                        checked.set(Checked::Unreadable(name));
                        return;
                    }
                };
                let report = validate(&name, &bytes);
                let passing = report
                    .stats
                    .as_ref()
                    .filter(|s| s.verdicts)
                    .map(|s| s.endings_that_pass());
                let warnings = report.diagnostics.clone();
                let next = match report.into_result() {
                    Ok(sc) => Checked::Valid(SharedScenario(Rc::new(sc)), passing, warnings),
                    Err(problems) => Checked::Invalid(name, problems),
                };
                checked.set(next);
            });
        })
    };

    if *playing && let Checked::Valid(sc, ..) = &*checked {
        return html! { <Play id={sc.id.clone()} scenario={Some(sc.clone())} /> };
    }

    let result = match &*checked {
        Checked::Empty => html! {},
        Checked::Reading => html! { <p role="status">{ locale.text("own-reading") }</p> },
        Checked::Unreadable(name) => html! {
            <div class="error-panel" role="alert" data-testid="own-unreadable">
                <p>{ locale.text_with("own-unreadable", &[("file", name.clone().into())]) }</p>
            </div>
        },
        Checked::Invalid(name, problems) => html! {
            <div class="error-panel" role="alert" data-testid="own-problems">
                <h2>{ locale.count("own-problems", problems.len() as i64) }</h2>
                <p class="hint">{ locale.text_with("own-problems-hint", &[("file", name.clone().into())]) }</p>
                <p class="hint">{ locale.text("own-technical") }</p>
                { diagnostics(problems, locale.lang()) }
            </div>
        },
        Checked::Valid(sc, passing, warnings) => {
            let play = {
                let playing = playing.clone();
                Callback::from(move |_: MouseEvent| playing.set(true))
            };
            let replies: usize = sc.turns.iter().map(|t| t.replies.len()).sum();
            html! {
                <div class="valid-panel" data-testid="own-valid">
                    <h2>{ sc.title.get(locale.reader()).into_owned() }</h2>
                    <p>{ locale.text_with("own-valid", &[
                        ("turns", (sc.turns.len() as i64).into()),
                        ("replies", (replies as i64).into()),
                        ("endings", (sc.endings.len() as i64).into()),
                    ]) }</p>
                    if let Some(passing) = passing {
                        <p data-testid="own-passing">{ locale.text_with("own-passing", &[
                            ("passing", (*passing as i64).into()),
                            ("endings", (sc.endings.len() as i64).into()),
                        ]) }</p>
                    }
                    if !warnings.is_empty() {
                        <div class="warning-panel" data-testid="own-warnings">
                            <h3>{ locale.count("own-warnings", warnings.len() as i64) }</h3>
                            <p class="hint">{ locale.text("own-technical") }</p>
                            { diagnostics(warnings, locale.lang()) }
                        </div>
                    }
                    <button type="button" class="button button-primary" data-testid="own-play" onclick={play}>
                        { locale.text("own-play") }
                    </button>
                </div>
            }
        }
    };

    html! {
        <section class="own-file" aria-labelledby="own-heading" data-testid="own-file">
            <nav class="crumbs"><a href={Route::Catalog.href()}>{ locale.text("back-to-catalog") }</a></nav>
            <h1 id="own-heading">{ locale.text("own-heading") }</h1>
            <p class="lead">{ locale.text("own-lead") }</p>
            <p><a href={Route::Studio.href()} data-testid="own-to-studio">{ locale.text("studio-open-editor") }</a></p>
            <label class="file-pick">
                <span>{ locale.text("own-pick") }</span>
                <input type="file" accept=".toml,text/plain" data-testid="own-input" {onchange} />
            </label>
            <div aria-live="polite">{ result }</div>
        </section>
    }
}
