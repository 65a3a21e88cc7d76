//! Entry point of the browser build: reads what the browser knows, loads the interface text it
//! needs and mounts the app.

use calmline::i18n::Locale;

fn main() {
    let startup = calmline::platform::startup();
    #[cfg(feature = "bundled-locales")]
    {
        let locale = Locale::new(startup.lang);
        mount(startup, locale);
    }
    // The player carries no interface text: the trainee's language is fetched first (the
    // loading sign stays meanwhile), the others after the first screen.
    #[cfg(not(feature = "bundled-locales"))]
    wasm_bindgen_futures::spawn_local(async move {
        let lang = startup.lang;
        match calmline::platform::fetch_locale(lang).await {
            Ok(source) => mount(startup, Locale::empty(lang).with_source(lang, source)),
            Err(_) => calmline::platform::boot_failed(),
        }
    });
}

fn mount(startup: calmline::platform::Startup, locale: Locale) {
    yew::Renderer::<calmline::App>::with_props(calmline::AppProps { startup, locale }).render();
}
