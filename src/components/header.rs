//! The page header: the CalmLine name (a link home), the settings link and the language
//! switcher.

use yew::prelude::*;

use super::lang_switch::LangSwitch;
use super::use_locale;
use crate::i18n::Lang;
use crate::route::Route;

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
            <a class="brand" href={Route::Catalog.href()}>
                <span class="brand-mark" aria-hidden="true"></span>
                <span class="brand-text">
                    <span class="brand-name">{ locale.text("app-name") }</span>
                    <span class="brand-tagline">{ locale.text("app-tagline") }</span>
                </span>
            </a>
            <nav class="header-tools" aria-label={locale.text("nav-label")}>
                <a class="settings-link" href={Route::Settings.href()} data-testid="settings">
                    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                        <path d="M12 8.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7Zm8.4 4.6-.1-2.2 2-1.6-2-3.4-2.4.9a8 8 0 0 0-1.9-1.1L15.6 3h-4l-.4 2.6a8 8 0 0 0-1.9 1.1L6.9 5.8l-2 3.4 2 1.6a8 8 0 0 0 0 2.2l-2 1.6 2 3.4 2.4-.9a8 8 0 0 0 1.9 1.1l.4 2.6h4l.4-2.6a8 8 0 0 0 1.9-1.1l2.4.9 2-3.4Z" />
                    </svg>
                    <span>{ locale.text("nav-settings") }</span>
                </a>
                <LangSwitch on_change={props.on_lang_change.clone()} />
            </nav>
        </header>
    }
}
