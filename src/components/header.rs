//! The page header: the CalmLine name, the tagline and the language switcher.

use yew::prelude::*;

use super::lang_switch::LangSwitch;
use super::use_locale;
use crate::i18n::Lang;

/// Properties of [`Header`].
#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// Called with the language the trainee picks.
    pub on_lang_change: Callback<Lang>,
}

/// The header shown above every page.
#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let locale = use_locale();
    html! {
        <header class="site-header">
            <div class="brand">
                <span class="brand-mark" aria-hidden="true"></span>
                <div>
                    <p class="brand-name">{ locale.text("app-name") }</p>
                    <p class="brand-tagline">{ locale.text("app-tagline") }</p>
                </div>
            </div>
            <LangSwitch on_change={props.on_lang_change.clone()} />
        </header>
    }
}
