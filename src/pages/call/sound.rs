//! What the call sounds like: the phone's ring (a short tone synthesized with Web Audio, no
//! audio file) and the customer's voice (the browser's speech synthesis) with a signal when a
//! line has been said, so that the call screen delivers the line then.
//!
//! Web Audio is not among the `web-sys` features this crate enables, so it goes through
//! `Reflect`, as [`super::reveal`] does for a few other browser calls. Everything here fails
//! quietly: no sound is ever worth an error.

use calmline_engine::Lang;
use js_sys::{Array, Function, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The longest a spoken line may hold the call up (a voice that never says it has finished).
pub const SPEECH_CAP_MS: u32 = 20_000;

fn get(target: &JsValue, key: &str) -> Option<JsValue> {
    Reflect::get(target, &JsValue::from_str(key)).ok()
}

fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Option<JsValue> {
    let f = get(target, method)?.dyn_into::<Function>().ok()?;
    f.apply(target, &args.iter().collect::<Array>()).ok()
}

/// A phone ringing: one double ring now; call [`Ringer::ring`] again for the next. Closed when
/// dropped.
pub struct Ringer {
    context: JsValue,
}

impl Ringer {
    /// A ringer, if the browser has Web Audio.
    pub fn new() -> Option<Ringer> {
        let window: JsValue = web_sys::window()?.into();
        let class = get(&window, "AudioContext")
            .filter(|c| !c.is_undefined())
            .or_else(|| get(&window, "webkitAudioContext").filter(|c| !c.is_undefined()))?
            .dyn_into::<Function>()
            .ok()?;
        let context = Reflect::construct(&class, &Array::new()).ok()?;
        Some(Ringer { context })
    }

    /// One double ring (two short bursts of a soft two-tone, as a desk phone rings).
    pub fn ring(&self) {
        let Some(now) = get(&self.context, "currentTime").and_then(|t| t.as_f64()) else {
            return;
        };
        for (start, length) in [(0.0, 0.4), (0.6, 0.4)] {
            for frequency in [440.0, 480.0] {
                self.tone(now + start, length, frequency);
            }
        }
    }

    fn tone(&self, at: f64, length: f64, frequency: f64) -> Option<()> {
        let oscillator = call(&self.context, "createOscillator", &[])?;
        let gain = call(&self.context, "createGain", &[])?;
        let param = |node: &JsValue, name: &str| get(node, name);
        let frequency_param = param(&oscillator, "frequency")?;
        Reflect::set(&frequency_param, &"value".into(), &frequency.into()).ok()?;
        let volume = param(&gain, "gain")?;
        call(&volume, "setValueAtTime", &[0.0.into(), at.into()]);
        call(
            &volume,
            "linearRampToValueAtTime",
            &[0.08.into(), (at + 0.03).into()],
        );
        call(
            &volume,
            "setValueAtTime",
            &[0.08.into(), (at + length - 0.05).into()],
        );
        call(
            &volume,
            "linearRampToValueAtTime",
            &[0.0.into(), (at + length).into()],
        );
        call(&oscillator, "connect", std::slice::from_ref(&gain));
        call(&gain, "connect", &[get(&self.context, "destination")?]);
        call(&oscillator, "start", &[at.into()]);
        call(&oscillator, "stop", &[(at + length).into()]);
        Some(())
    }
}

impl Drop for Ringer {
    fn drop(&mut self) {
        call(&self.context, "close", &[]);
    }
}

/// Whether the browser has a voice for `lang` (the list may still be loading at first).
pub fn has_voice(lang: Lang) -> bool {
    voice_for(lang).is_some()
}

fn voice_for(lang: Lang) -> Option<web_sys::SpeechSynthesisVoice> {
    // Outside a browser (server-side rendering in native tests) there is no voice.
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    let synth = web_sys::window()?.speech_synthesis().ok()?;
    synth.get_voices().iter().find_map(|v| {
        let voice: web_sys::SpeechSynthesisVoice = v.unchecked_into();
        let tag = voice.lang().to_ascii_lowercase();
        tag.starts_with(lang.code()).then_some(voice)
    })
}

/// Says `text` in `lang` and calls `done` once it has been said (or failed). Returns `false`
/// (and never calls `done`) when there is no voice for the language, so that the caller times
/// the line instead.
pub fn say(text: &str, lang: Lang, done: impl FnOnce() + 'static) -> bool {
    let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
        return false;
    };
    let Some(voice) = voice_for(lang) else {
        return false;
    };
    let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(text) else {
        return false;
    };
    synth.cancel();
    utterance.set_voice(Some(&voice));
    utterance.set_lang(voice.lang().as_str());
    let done = std::cell::Cell::new(Some(done));
    let finished = Closure::<dyn FnMut()>::new(move || {
        if let Some(done) = done.take() {
            done();
        }
    });
    let handler: &Function = finished.as_ref().unchecked_ref();
    utterance.set_onend(Some(handler));
    utterance.set_onerror(Some(handler));
    // The utterance keeps the handler as long as it lives; one small closure per line.
    finished.forget();
    synth.speak(&utterance);
    true
}
