//! What an address that leads nowhere shows: a way back, never a blank page.

use yew::prelude::*;

use crate::components::{use_locale, use_title};
use crate::route::Route;

/// The page for an unknown address.
#[component]
pub fn NotFound() -> Html {
    let locale = use_locale();
    use_title(locale.text("not-found-title"));
    html! {
        <div class="error-panel" data-testid="not-found">
            <h1>{ locale.text("not-found-title") }</h1>
            <p>{ locale.text("not-found-body") }</p>
            <a class="button" href={Route::Catalog.href()}>{ locale.text("back-to-catalog") }</a>
        </div>
    }
}
