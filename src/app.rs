//! The root component: holds the interface language and frames every page.
//!
//! The language is chosen before mounting (see `platform::initial_lang`) and passed in as a
//! prop, so the first paint is already in the right language and the component renders
//! natively for tests. The locale is shared with every component through a context.

use yew::prelude::*;

use crate::components::footer::Footer;
use crate::components::header::Header;
use crate::i18n::{Lang, Locale};
use crate::pages::catalog::Catalog;
use crate::platform;

/// Properties of [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The language of the first paint.
    pub initial_lang: Lang,
}

/// The whole app: header with the language switcher, the current page, footer.
#[component]
pub fn App(props: &AppProps) -> Html {
    let locale = use_state(|| Locale::new(props.initial_lang));

    let on_lang_change = {
        let locale = locale.clone();
        Callback::from(move |lang: Lang| {
            platform::save_lang(lang);
            locale.set(locale.with_lang(lang));
        })
    };

    use_effect_with((*locale).clone(), |locale| {
        platform::show_language(locale.lang(), &locale.text("app-name"));
    });

    html! {
        <ContextProvider<Locale> context={(*locale).clone()}>
            <a class="skip-link" href="#main">{ locale.text("skip-to-content") }</a>
            <Header {on_lang_change} />
            <main id="main" class="page" tabindex="-1">
                <Catalog />
            </main>
            <Footer />
        </ContextProvider<Locale>>
    }
}
