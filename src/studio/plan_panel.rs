//! The call's test plan beside it: the trainer opens `<call>.plan.toml`, renames then keep it in
//! step (`calmline_studio::plan`), its cases are played against the call as it is when asked
//! (each failure with its line and column in the plan), and it is saved back like the call.

use calmline_engine::{Diagnostic, validate_playable};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use super::{Ask, Shared, save};
use crate::components::use_locale;
use crate::pages::own_file::{diagnostics, picked_file};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub work: Shared,
    pub on_ask: Callback<Ask>,
}

/// The plan's cases as last played.
#[derive(Clone, PartialEq)]
enum Played {
    NotYet,
    /// The call has errors, so its cases cannot be played.
    CallInvalid,
    /// At this revision of the work: how many cases, and what failed.
    Done(u32, usize, Vec<Diagnostic>),
}

#[component]
pub fn PlanPanel(props: &Props) -> Html {
    let locale = use_locale();
    let played = use_state(|| Played::NotYet);
    let plan = props
        .work
        .with(|w| w.plan.as_ref().map(|p| (p.name.clone(), p.changed())))
        .flatten();
    let onchange = {
        let on_ask = props.on_ask.clone();
        let played = played.clone();
        Callback::from(move |e: Event| {
            let Some(file) = picked_file(&e) else { return };
            let on_ask = on_ask.clone();
            played.set(Played::NotYet);
            yew::platform::spawn_local(async move {
                if let Ok(buffer) = JsFuture::from(file.array_buffer()).await {
                    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
                    let text = String::from_utf8_lossy(&bytes).into_owned();
                    on_ask.emit(Ask::Plan(file.name(), text));
                }
            });
        })
    };
    let play = {
        let work = props.work.clone();
        let played = played.clone();
        Callback::from(move |_: MouseEvent| {
            let result = work.with(|w| {
                let plan = w.plan.as_ref()?;
                // Playing needs what the call plays with, not the deepest pass.
                let sc = validate_playable(&w.name, w.draft.text().as_bytes())
                    .into_result()
                    .ok()?;
                let report = plan.check(&sc);
                Some((report.cases, report.diagnostics))
            });
            played.set(match result.flatten() {
                Some((cases, failures)) => Played::Done(work.rev(), cases, failures),
                None => Played::CallInvalid,
            });
        })
    };
    let download = {
        let work = props.work.clone();
        Callback::from(move |_: MouseEvent| {
            work.with(|w| {
                if let Some(plan) = &w.plan {
                    save::download(&plan.name, plan.text());
                }
            });
        })
    };
    let result = match &*played {
        Played::NotYet => html! {},
        Played::CallInvalid => {
            html! { <p class="error-panel">{ locale.text("studio-plan-call-invalid") }</p> }
        }
        Played::Done(rev, cases, failures) => html! {
            <div data-testid="studio-plan-result">
                if *rev != props.work.rev() {
                    <p class="hint">{ locale.text("studio-verdicts-stale") }</p>
                }
                if failures.is_empty() {
                    <p>{ locale.text_with("studio-plan-passed", &[("cases", (*cases as i64).into())]) }</p>
                } else {
                    <p>{ locale.text_with("studio-plan-failed", &[("cases", (*cases as i64).into()), ("failures", (failures.len() as i64).into())]) }</p>
                    { diagnostics(failures, locale.lang()) }
                }
            </div>
        },
    };
    html! {
        <section class="studio-plan" aria-labelledby="studio-plan-heading" data-testid="studio-plan">
            <h2 id="studio-plan-heading">{ locale.text("studio-plan") }</h2>
            if let Some((name, changed)) = plan {
                <p>{ locale.text_with("studio-plan-open", &[("file", name.into())]) }</p>
                <p class="studio-actions">
                    <button type="button" class="button" data-testid="studio-plan-play" onclick={play}>{ locale.text("studio-plan-play") }</button>
                    <button type="button" class="button" data-testid="studio-plan-save" onclick={download}>
                        { locale.text(if changed { "studio-plan-save-changed" } else { "studio-plan-save" }) }
                    </button>
                </p>
                <div aria-live="polite">{ result }</div>
            } else {
                <p class="hint">{ locale.text("studio-plan-why") }</p>
                <label class="file-pick">
                    <span>{ locale.text("studio-plan-pick") }</span>
                    <input type="file" accept=".toml,text/plain" data-testid="studio-plan-file" {onchange} />
                </label>
            }
        </section>
    }
}
