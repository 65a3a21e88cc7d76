//! Settings (`#/settings`): language, timer mode, coach or exam, how Polish customers address
//! the trainee, voice, reduced motion. Every
//! change is saved at once; a trainer's link may still override timer and mode for its calls.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::choices::{AddressChoice, ModeChoice, TimerChoice};
use crate::components::{use_locale, use_title};
use crate::context::use_app;
use crate::i18n::Lang;
use crate::route::Route;
use crate::settings::Settings;

/// The settings page.
#[component]
pub fn SettingsPage() -> Html {
    let locale = use_locale();
    use_title(locale.text("settings-heading"));
    let app = use_app();
    let s = app.settings;
    let set = app.set_settings.clone();

    let toggle = |id: &'static str,
                  label: String,
                  checked: bool,
                  apply: fn(Settings, bool) -> Settings| {
        let set = set.clone();
        let onchange = Callback::from(move |e: Event| {
            let on = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .is_some_and(|i| i.checked());
            set.emit(apply(s, on));
        });
        html! {
            <label class="toggle">
                <input type="checkbox" {id} {checked} {onchange} data-testid={format!("setting-{id}")} />
                <span>{ label }</span>
            </label>
        }
    };

    html! {
        <section class="settings" aria-labelledby="settings-heading" data-testid="settings-page">
            <nav class="crumbs"><a href={Route::Catalog.href()}>{ locale.text("back-to-catalog") }</a></nav>
            <h1 id="settings-heading">{ locale.text("settings-heading") }</h1>
            <fieldset class="options">
                <legend>{ locale.text("lang-switch-label") }</legend>
                { for Lang::ALL.into_iter().map(|lang| {
                    let set_lang = app.set_lang.clone();
                    let onchange = Callback::from(move |_: Event| set_lang.emit(lang));
                    html! {
                        <label class="option" lang={lang.code()}>
                            <input type="radio" name="lang" value={lang.code()} checked={locale.lang() == lang}
                                   {onchange} data-testid={format!("setting-lang-{}", lang.code())} />
                            <span class="option-title">{ locale.text_in(lang, "language-self-name") }</span>
                        </label>
                    }
                }) }
            </fieldset>
            <TimerChoice value={s.timer} test_prefix="setting-"
                         on_change={set.reform(move |timer| Settings { timer, ..s })} />
            <ModeChoice value={s.mode} test_prefix="setting-"
                        on_change={set.reform(move |mode| Settings { mode, ..s })} />
            <AddressChoice value={s.address} test_prefix="setting-"
                           on_change={set.reform(move |a| Settings { address: Some(a), ..s })} />
            <fieldset class="options">
                <legend>{ locale.text("settings-comfort") }</legend>
                { toggle("voice", locale.text("settings-voice"), s.voice, |s, on| Settings { voice: on, ..s }) }
                <p class="hint">{ locale.text("settings-voice-hint") }</p>
                { toggle("motion", locale.text("settings-motion"), s.reduce_motion, |s, on| Settings { reduce_motion: on, ..s }) }
                <p class="hint">{ locale.text("settings-motion-hint") }</p>
            </fieldset>
            <p class="hint" role="status">{ locale.text("settings-saved") }</p>
        </section>
    }
}
