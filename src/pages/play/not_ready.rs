//! What the play page shows until its scenario is ready: a loading sign, or why it cannot be
//! played (no such file, the file unreachable with a retry, or the file damaged or from another
//! version), each with the way back to the catalog.

use yew::prelude::*;

use super::Load;
use crate::components::use_locale;
use crate::route::Route;

/// Properties of [`NotReady`].
#[derive(Properties, PartialEq)]
pub struct NotReadyProps {
    /// The scenario id from the route.
    pub id: String,
    /// How far loading got (anything but ready).
    pub load: Load,
    /// Fetches the file again.
    pub on_retry: Callback<()>,
}

/// The loading sign or the problem with the scenario file.
#[component]
pub fn NotReady(props: &NotReadyProps) -> Html {
    let locale = use_locale();
    let back = html! {
        <a class="button" href={Route::Catalog.href()}>{ locale.text("back-to-catalog") }</a>
    };
    match &props.load {
        Load::Loading | Load::Ready(_) => {
            html! { <p class="loading" role="status">{ locale.text("play-loading") }</p> }
        }
        Load::Missing => html! {
            <div class="error-panel" role="alert" data-testid="scenario-missing">
                <h1>{ locale.text("play-missing-title") }</h1>
                <p>{ locale.text_with("play-missing-body", &[("id", props.id.clone().into())]) }</p>
                { back }
            </div>
        },
        Load::Unreachable => html! {
            <div class="error-panel" role="alert" data-testid="scenario-unreachable">
                <h1>{ locale.text("play-unreachable-title") }</h1>
                <p>{ locale.text("play-unreachable-body") }</p>
                <div class="actions">
                    <button type="button" class="button button-primary" data-testid="retry-load"
                            onclick={props.on_retry.reform(|_: MouseEvent| ())}>
                        { locale.text("retry") }
                    </button>
                    { back }
                </div>
            </div>
        },
        Load::Invalid(fault) => html! {
            <div class="error-panel" role="alert" data-testid="scenario-invalid">
                <h1>{ locale.text("play-invalid-title") }</h1>
                <p>{ locale.text("play-invalid-body") }</p>
                <p class="diagnostics">{ crate::components::fault_text(&locale, fault) }</p>
                { back }
            </div>
        },
    }
}
