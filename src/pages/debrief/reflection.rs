//! The debrief's record of the call and the trainee's reflection: who (the LMS learner or a
//! name typed for the printout), when, which call and which attempt, and the notes of this
//! attempt, with the notes of earlier attempts kept read-only.
//!
//! The call's version and its variant (the customer's seed, which picks the wordings) identify
//! the call for a trainer; they mean nothing to a trainee, so they appear only on paper, the
//! variant as "version.seed" under a plain label, never as "seed".
//!
//! Printing the debrief (`styles/debrief.css`, `@media print`) turns this into a record a trainer
//! can file: the notes are printed as text, not as form fields.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::use_locale;
use crate::platform;
use crate::progress::{REFLECTION_PREFIX, Reflection, ReflectionEntry, Reflections, iso_date};
use crate::settings::Mode;

/// The tab's key of the name typed for the printout (kept for the tab only: shared computers).
const NAME_KEY: &str = "calmline.print-name";

/// The reflections of a scenario, with an entry for `attempt` dated when first shown.
#[hook]
pub fn use_reflections(id: &str, attempt: u32) -> UseStateHandle<Reflections> {
    let list = use_state(Reflections::default);
    {
        let list = list.clone();
        let key = format!("{REFLECTION_PREFIX}{id}");
        use_effect_with((key, attempt), move |(key, attempt)| {
            let stored = platform::storage_get(key);
            let mut read = stored
                .as_deref()
                .and_then(Reflections::decode)
                .unwrap_or_default();
            if read.get(*attempt).is_none() {
                read = read.with(ReflectionEntry {
                    attempt: *attempt,
                    date_ms: platform::unix_ms(),
                    notes: Reflection::default(),
                });
                platform::storage_set(key, &read.encode());
            }
            list.set(read);
        });
    }
    list
}

/// Properties of [`Record`].
#[derive(Properties, PartialEq)]
pub struct RecordProps {
    /// The learner's name from the LMS, if any.
    pub learner: Option<String>,
    /// The attempt.
    pub attempt: u32,
    /// When the attempt's debrief was first shown (Unix ms), 0 if unknown.
    pub date_ms: u64,
    /// The scenario's version.
    pub version: u32,
    /// The customer's seed.
    pub seed: u64,
    /// Coach or exam.
    pub mode: Mode,
}

/// Who, when, which call and which attempt, and the print button.
#[component]
pub fn Record(props: &RecordProps) -> Html {
    let locale = use_locale();
    let typed = use_state(String::new);
    {
        let typed = typed.clone();
        use_effect_with((), move |_| {
            if let Some(name) = platform::tab_get(NAME_KEY) {
                typed.set(name);
            }
        });
    }
    let on_name = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                platform::tab_set(NAME_KEY, &input.value());
                typed.set(input.value());
            }
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let date = if props.date_ms == 0 {
        "—".to_owned()
    } else {
        iso_date(props.date_ms)
    };
    let row = |label: &str, value: String, test: &'static str| {
        html! {
            <div class={classes!("record-item", (test == "record-seed").then_some("print-only"))}>
                <dt>{ locale.text(label) }</dt>
                <dd data-testid={test}>{ value }</dd>
            </div>
        }
    };
    html! {
        <section class="record" aria-labelledby="record-heading" data-testid="record">
            <h2 id="record-heading">{ locale.text("debrief-record-heading") }</h2>
            <dl class="record-list">
                if let Some(name) = &props.learner {
                    { row("debrief-record-name", name.clone(), "record-name") }
                } else {
                    <div class="record-item record-name-field">
                        <dt><label for="record-name-input">{ locale.text("debrief-record-name") }</label></dt>
                        <dd>
                            <input id="record-name-input" type="text" autocomplete="name" value={(*typed).clone()}
                                   oninput={on_name} data-testid="record-name-input"
                                   aria-describedby="record-name-hint" />
                            <span class="print-only" data-testid="record-name">{ (*typed).clone() }</span>
                            <span class="hint screen-only" id="record-name-hint">{ locale.text("debrief-record-name-hint") }</span>
                        </dd>
                    </div>
                }
                { row("debrief-record-date", date, "record-date") }
                { row("debrief-record-attempt", props.attempt.to_string(), "record-attempt") }
                { row("debrief-record-seed", format!("{}.{}", props.version, props.seed), "record-seed") }
                { row("debrief-record-mode", locale.text(&format!("mode-{}", props.mode.id())), "record-mode") }
            </dl>
            <button type="button" class="button screen-only" data-testid="print" onclick={print}>
                { locale.text("debrief-print") }
            </button>
        </section>
    }
}

/// Properties of [`ReflectionBox`].
#[derive(Properties, PartialEq)]
pub struct ReflectionBoxProps {
    /// The scenario id.
    pub id: String,
    /// This attempt.
    pub attempt: u32,
    /// The reflections of every attempt.
    pub list: UseStateHandle<Reflections>,
}

/// What went well and what to change on this attempt, kept as the trainee types; the earlier
/// attempts' notes below, read-only and collapsed.
#[component]
pub fn ReflectionBox(props: &ReflectionBoxProps) -> Html {
    let locale = use_locale();
    let key = format!("{REFLECTION_PREFIX}{}", props.id);
    let current = props
        .list
        .get(props.attempt)
        .cloned()
        .unwrap_or(ReflectionEntry {
            attempt: props.attempt,
            ..ReflectionEntry::default()
        });
    let edit = |first: bool| {
        let list = props.list.clone();
        let key = key.clone();
        let current = current.clone();
        Callback::from(move |e: InputEvent| {
            let Some(value) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
                .map(|t| t.value())
            else {
                return;
            };
            let mut entry = list
                .get(current.attempt)
                .cloned()
                .unwrap_or(current.clone());
            if first {
                entry.notes.went_well = value;
            } else {
                entry.notes.to_change = value;
            }
            let next = list.with(entry);
            platform::storage_set(&key, &next.encode());
            list.set(next);
        })
    };
    let others = props.list.others(props.attempt);
    let attempt_label = |e: &ReflectionEntry| {
        let date = if e.date_ms == 0 {
            String::new()
        } else {
            iso_date(e.date_ms)
        };
        locale.text_with(
            "reflection-attempt",
            &[
                ("number", i64::from(e.attempt).into()),
                ("date", date.into()),
            ],
        )
    };
    html! {
        <section class="reflection" aria-labelledby="reflection-heading">
            <h2 id="reflection-heading">{ locale.text("reflection-heading") }</h2>
            <p class="hint screen-only">{ locale.text("reflection-hint") }</p>
            <label for="went-well">{ locale.text("reflection-went-well") }</label>
            <textarea id="went-well" data-testid="reflection-went-well" rows="3"
                      value={current.notes.went_well.clone()} oninput={edit(true)} />
            <p class="print-only print-text" data-testid="print-went-well">{ current.notes.went_well.clone() }</p>
            <label for="to-change">{ locale.text("reflection-to-change") }</label>
            <textarea id="to-change" data-testid="reflection-to-change" rows="3"
                      value={current.notes.to_change.clone()} oninput={edit(false)} />
            <p class="print-only print-text" data-testid="print-to-change">{ current.notes.to_change.clone() }</p>
            if !others.is_empty() {
                <details class="reflection-history" data-testid="reflection-history">
                    <summary>{ locale.count("reflection-earlier", others.len() as i64) }</summary>
                    { for others.iter().map(|e| html! {
                        <article class="reflection-earlier" data-testid="reflection-earlier"
                                 data-attempt={e.attempt.to_string()}>
                            <h3>{ attempt_label(e) }</h3>
                            <p class="reflection-q">{ locale.text("reflection-went-well") }</p>
                            <p class="reflection-a">{ e.notes.went_well.clone() }</p>
                            <p class="reflection-q">{ locale.text("reflection-to-change") }</p>
                            <p class="reflection-a">{ e.notes.to_change.clone() }</p>
                        </article>
                    }) }
                </details>
            }
        </section>
    }
}
