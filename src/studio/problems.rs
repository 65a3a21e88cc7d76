//! The validator's problems with the call, in the interface language, each a button that opens
//! the turn or ending it is about and puts the focus on its field. The count is announced.

use calmline_engine::Severity;
use yew::prelude::*;

use super::{Ask, Shared};
use crate::components::use_locale;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub work: Shared,
    pub on_ask: Callback<Ask>,
}

#[component]
pub fn ProblemsPanel(props: &Props) -> Html {
    let locale = use_locale();
    let lang = locale.lang();
    let problems = props.work.with(|w| w.problems.clone()).unwrap_or_default();
    html! {
        <section class="studio-problems" aria-labelledby="studio-problems-heading" data-testid="studio-problems">
            <h2 id="studio-problems-heading" aria-live="polite" data-count={problems.len().to_string()}>
                { locale.count("studio-problems", problems.len() as i64) }
            </h2>
            if problems.is_empty() {
                <p class="hint">{ locale.text("studio-problems-none") }</p>
            } else {
                <p class="hint">{ locale.text("own-technical") }</p>
                <ol class="diagnostics-list">
                    { for problems.iter().map(|p| {
                        let field = p.field.clone();
                        let on_ask = props.on_ask.clone();
                        let go = Callback::from(move |_: MouseEvent| {
                            if let Some(field) = field.clone() {
                                on_ask.emit(Ask::Field(field));
                            }
                        });
                        let class = match p.diagnostic.severity {
                            Severity::Error => "studio-problem is-error",
                            Severity::Warning => "studio-problem is-warning",
                        };
                        html! {
                            <li {class} data-testid="studio-problem"
                                data-field={p.field.as_ref().map(|f| f.to_string())}>
                                <code>{ p.diagnostic.headline(lang) }</code>
                                if let Some(hint) = p.diagnostic.hint_in(lang) {
                                    <p class="hint">{ hint }</p>
                                }
                                if p.field.is_some() {
                                    <button type="button" class="button button-quiet" onclick={go}>
                                        { locale.text("studio-problems-go") }
                                    </button>
                                }
                            </li>
                        }
                    }) }
                </ol>
            }
        </section>
    }
}
