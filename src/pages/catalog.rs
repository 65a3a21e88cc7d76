//! The catalog: the training calls a trainee can pick.
//!
//! The scenario library is not built yet, so the catalog shows its empty state; the count line
//! already goes through the plural rules of each language.

use yew::prelude::*;

use crate::components::use_locale;

/// The catalog page (`#/`).
#[component]
pub fn Catalog() -> Html {
    let locale = use_locale();
    let available: i64 = 0;
    html! {
        <section class="catalog" aria-labelledby="catalog-heading">
            <div class="catalog-head">
                <h1 id="catalog-heading">{ locale.text("catalog-heading") }</h1>
                <p class="catalog-count" data-testid="catalog-count">
                    { locale.count("catalog-count", available) }
                </p>
            </div>
            <div class="empty-state" data-testid="catalog-empty">
                <span class="empty-illustration" aria-hidden="true"></span>
                <h2>{ locale.text("catalog-empty-title") }</h2>
                <p>{ locale.text("catalog-empty-body") }</p>
            </div>
        </section>
    }
}
