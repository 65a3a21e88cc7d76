//! The page footer: what the trainee should know about their data.

use yew::prelude::*;

use super::use_locale;

/// The footer shown below every page.
#[component]
pub fn Footer() -> Html {
    let locale = use_locale();
    html! {
        <footer class="site-footer">
            <p>{ locale.text("footer-privacy") }</p>
        </footer>
    }
}
