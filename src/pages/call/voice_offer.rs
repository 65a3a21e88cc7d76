//! The customer's voice, offered once: on the first call where the browser has a voice for the
//! interface's language and the voice is off, a small dismissible question ("Turn on the
//! customer's voice?" Yes / Not now). The answer is remembered (its own storage key, cleared
//! with the trainee's other data); "Yes" turns the voice setting on.

use gloo::events::EventListener;
use yew::prelude::*;

use super::sound;
use crate::components::use_locale;
use crate::context::use_app;
use crate::platform;
use crate::settings::Settings;

/// The local-storage key remembering that the voice was offered.
pub const OFFERED_KEY: &str = "calmline.voice-offered";

/// The offer, when it is due.
#[component]
pub fn VoiceOffer() -> Html {
    let locale = use_locale();
    let app = use_app();
    let lang = locale.lang();
    let due = !app.settings.voice && platform::storage_get(OFFERED_KEY).is_none();
    // The browser's voices may load after the page: look again when they change.
    let available = use_state(|| sound::has_voice(lang));
    {
        let available = available.clone();
        use_effect_with((due, lang), move |(due, lang)| {
            let lang = *lang;
            let listener = (*due)
                .then(|| web_sys::window().and_then(|w| w.speech_synthesis().ok()))
                .flatten()
                .map(|synth| {
                    available.set(sound::has_voice(lang));
                    EventListener::new(&synth, "voiceschanged", move |_| {
                        available.set(sound::has_voice(lang));
                    })
                });
            move || drop(listener)
        });
    }
    let answered = use_state(|| false);
    if !due || !*available || *answered {
        return Html::default();
    }
    let answer = |yes: bool| {
        let answered = answered.clone();
        let settings = app.settings;
        let set = app.set_settings.reform(move |on: bool| Settings {
            voice: on,
            ..settings
        });
        Callback::from(move |_: MouseEvent| {
            platform::storage_set(OFFERED_KEY, "1");
            answered.set(true);
            if yes {
                set.emit(true);
            }
        })
    };
    html! {
        <aside class="voice-offer" data-testid="voice-offer" aria-labelledby="voice-offer-text">
            <p id="voice-offer-text">{ locale.text("voice-offer") }</p>
            <div class="voice-offer-actions">
                <button type="button" class="button button-primary" data-testid="voice-offer-yes"
                        onclick={answer(true)}>{ locale.text("voice-offer-yes") }</button>
                <button type="button" class="button button-quiet" data-testid="voice-offer-no"
                        onclick={answer(false)}>{ locale.text("voice-offer-no") }</button>
            </div>
        </aside>
    }
}
