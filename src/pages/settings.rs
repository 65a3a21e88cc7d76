//! Settings (`#/settings`): language, timer mode, coach or exam, how Polish customers address
//! the trainee, voice, reduced motion. Every
//! change is saved at once; a trainer's link may still override timer and mode for its calls.
//!
//! "Clear my data", for shared training-room computers, forgets everything CalmLine keeps in
//! this browser after a confirmation, then reloads on a clean catalog that says so. The
//! interface language stays: a language the trainee chose is saved again, and one that came
//! from the browser or the link comes back from them after the reload.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::choices::{AddressChoice, ModeChoice, TimerChoice};
use crate::components::{use_locale, use_title};
use crate::context::use_app;
use crate::i18n::Lang;
use crate::platform;
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
                            <span class="option-title">{ locale.text(&format!("language-name-{}", lang.code())) }</span>
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
            <ClearData />
        </section>
    }
}

/// "Clear my data": asks once, in place, then clears and reloads.
#[component]
fn ClearData() -> Html {
    let locale = use_locale();
    let asking = use_state(|| false);
    // Focus follows the question (not on the page's first paint, where the heading has it).
    let first = use_mut_ref(|| true);
    use_effect_with(*asking, move |asking| {
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            return;
        }
        platform::focus(if *asking {
            "clear-data-cancel"
        } else {
            "clear-data"
        });
    });
    let ask = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(true))
    };
    let cancel = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(false))
    };
    let clear = Callback::from(|_: MouseEvent| {
        let chosen = platform::storage_get(platform::LANG_KEY);
        platform::clear_my_data();
        if let Some(lang) = chosen {
            platform::storage_set(platform::LANG_KEY, &lang);
        }
        platform::tab_set(platform::CLEARED_KEY, "1");
        platform::reload_to_catalog();
    });
    html! {
        <section class="clear-data" aria-labelledby="clear-data-heading">
            <h2 id="clear-data-heading">{ locale.text("settings-clear-heading") }</h2>
            <p class="hint">{ locale.text("settings-clear-hint") }</p>
            if *asking {
                <div class="clear-data-confirm" role="group" aria-labelledby="clear-data-question"
                     data-testid="clear-data-confirm">
                    <p id="clear-data-question"><strong>{ locale.text("settings-clear-question") }</strong></p>
                    <div class="actions">
                        <button type="button" id="clear-data-cancel" class="button" onclick={cancel}
                                data-testid="clear-data-cancel">
                            { locale.text("settings-clear-cancel") }
                        </button>
                        <button type="button" class="button button-danger" onclick={clear}
                                data-testid="clear-data-yes">
                            { locale.text("settings-clear-yes") }
                        </button>
                    </div>
                </div>
            } else {
                <button type="button" id="clear-data" class="button" onclick={ask}
                        data-testid="clear-data">
                    { locale.text("settings-clear") }
                </button>
            }
        </section>
    }
}
