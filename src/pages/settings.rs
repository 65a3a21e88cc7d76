//! Settings (`#/settings`): language, timer mode, coach or exam, voice, reduced motion. Every
//! change is saved at once; a trainer's link may still override timer and mode for its calls.

use calmline_engine::TimerMode;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::use_locale;
use crate::context::use_app;
use crate::i18n::Lang;
use crate::route::Route;
use crate::settings::{Mode, Settings};

/// The settings page.
#[component]
pub fn SettingsPage() -> Html {
    let locale = use_locale();
    let app = use_app();
    let s = app.settings;
    let set = app.set_settings.clone();

    let radio = |name: &'static str,
                 value: &'static str,
                 label: String,
                 hint: Option<String>,
                 checked: bool,
                 next: Settings| {
        let set = set.clone();
        let onchange = Callback::from(move |_: Event| set.emit(next));
        html! {
            <label class="option">
                <input type="radio" {name} {value} {checked} {onchange}
                       data-testid={format!("setting-{name}-{value}")} />
                <span class="option-text">
                    <span class="option-title">{ label }</span>
                    if let Some(hint) = hint {
                        <span class="option-hint">{ hint }</span>
                    }
                </span>
            </label>
        }
    };
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
            <fieldset class="options">
                <legend>{ locale.text("timer-heading") }</legend>
                { for TimerMode::ALL.into_iter().map(|t| radio(
                    "timer", t.id(),
                    locale.text(&format!("timer-{}", t.id())),
                    Some(locale.text(&format!("timer-{}-hint", t.id()))),
                    s.timer == t, Settings { timer: t, ..s },
                )) }
            </fieldset>
            <fieldset class="options">
                <legend>{ locale.text("mode-heading") }</legend>
                { for Mode::ALL.into_iter().map(|m| radio(
                    "mode", m.id(),
                    locale.text(&format!("mode-{}", m.id())),
                    Some(locale.text(&format!("mode-{}-hint", m.id()))),
                    s.mode == m, Settings { mode: m, ..s },
                )) }
            </fieldset>
            <fieldset class="options">
                <legend>{ locale.text("settings-comfort") }</legend>
                { toggle("voice", locale.text("settings-voice"), s.voice, |s, on| Settings { voice: on, ..s }) }
                <p class="hint">{ locale.text("settings-voice-hint") }</p>
                { toggle("motion", locale.text("settings-motion"), s.reduce_motion, |s, on| Settings { reduce_motion: on, ..s }) }
            </fieldset>
            <p class="hint" role="status">{ locale.text("settings-saved") }</p>
        </section>
    }
}
