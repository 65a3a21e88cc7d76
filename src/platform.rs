//! The browser edge: local storage, the document, the URL, the clock and speech (fetching the
//! site's files is in [`crate::fetch`]).
//!
//! Every call here may fail (storage disabled, no window in a worker, a tampered value, no
//! speech voices); each failure degrades to a default and never stops the app. Components call
//! these functions only from effects and callbacks, never while rendering, so that they also
//! render natively.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::{Lang, negotiate};
use crate::progress::{PROGRESS_KEY, Progress};
use crate::route::Route;
use crate::settings::{LinkOptions, SETTINGS_KEY, Settings};

mod focus;
pub use focus::{focus, start_screen};

/// The local-storage key of the trainee's explicit language choice.
pub const LANG_KEY: &str = "calmline.lang";

/// The language to start in: saved choice, link, browser languages, English.
pub fn initial_lang() -> Lang {
    negotiate(
        storage_get(LANG_KEY).as_deref(),
        link_param("lang").as_deref(),
        &browser_languages(),
    )
}

/// Something the app noticed at start-up or later and tells the trainee about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The link had parameters whose values the app does not know: (name, value) each. One
    /// notice for all of them, in plain words for the trainee, the parameters listed for a
    /// trainer.
    BadLink(Vec<(String, String)>),
    /// The saved settings were damaged and were reset.
    SettingsReset,
    /// The saved scores were damaged and were reset.
    ProgressReset,
    /// The saved scores came from an earlier scoring model: best scores and passes were reset,
    /// the completions kept.
    ScoresFromOldModel,
    /// An unfinished call could not be restored (the engine's reason id).
    CallNotRestored(String),
    /// An unfinished call was restored after a reload.
    CallResumed,
    /// The browser keeps nothing: progress lives only until the tab is closed.
    StorageUnavailable,
    /// "Clear my data" deleted everything CalmLine kept (said once, after its reload).
    DataCleared,
    /// A new release is installed and waits for the trainee to take it (with a reload button);
    /// it stays from screen to screen until taken or dismissed.
    UpdateReady,
}

/// Everything read from the browser before the first paint.
#[derive(Debug, Clone, PartialEq)]
pub struct Startup {
    /// The interface language.
    pub lang: Lang,
    /// The saved settings.
    pub settings: Settings,
    /// The saved scores.
    pub progress: Progress,
    /// The options in the link.
    pub link: LinkOptions,
    /// The screen in the address.
    pub route: Route,
    /// What to tell the trainee straight away.
    pub notices: Vec<Notice>,
}

impl Default for Startup {
    fn default() -> Self {
        Startup {
            lang: Lang::En,
            settings: Settings::default(),
            progress: Progress::default(),
            link: LinkOptions::default(),
            route: Route::Catalog,
            notices: Vec::new(),
        }
    }
}

/// Reads the language, settings, scores, link and route; damaged stored values are reset.
pub fn startup() -> Startup {
    let mut notices = Vec::new();
    if local_storage().is_none() {
        notices.push(Notice::StorageUnavailable);
    }
    let settings = match storage_get(SETTINGS_KEY) {
        None => Settings::default(),
        Some(stored) => Settings::decode(&stored).unwrap_or_else(|| {
            notices.push(Notice::SettingsReset);
            storage_remove(SETTINGS_KEY);
            Settings::default()
        }),
    };
    let progress = match storage_get(PROGRESS_KEY) {
        None => Progress::default(),
        Some(stored) => Progress::decode(&stored)
            .or_else(|| {
                let migrated = Progress::from_v1(&stored)?;
                notices.push(Notice::ScoresFromOldModel);
                storage_set(PROGRESS_KEY, &migrated.encode());
                Some(migrated)
            })
            .unwrap_or_else(|| {
                notices.push(Notice::ProgressReset);
                storage_remove(PROGRESS_KEY);
                Progress::default()
            }),
    };
    if tab_take(CLEARED_KEY).is_some() {
        notices.push(Notice::DataCleared);
    }
    let link = LinkOptions::read(link_param);
    if !link.rejected.is_empty() {
        notices.push(Notice::BadLink(link.rejected.clone()));
    }
    show_reduced_motion(settings.reduce_motion);
    Startup {
        lang: initial_lang(),
        settings,
        progress,
        link,
        route: Route::launch(&current_hash(), &current_search()),
        notices,
    }
}

/// Reads the link's options again, with the notice about values it does not know, for an
/// address that changed before the app mounted.
pub fn read_link_again(startup: &mut Startup) {
    let link = LinkOptions::read(link_param);
    startup.notices.retain(|n| !matches!(n, Notice::BadLink(_)));
    if !link.rejected.is_empty() {
        startup.notices.push(Notice::BadLink(link.rejected.clone()));
    }
    startup.link = link;
}

/// Remembers an explicit language choice across reloads (silently skipped when storage is off).
pub fn save_lang(lang: Lang) {
    storage_set(LANG_KEY, lang.code());
}

/// Makes the document follow the interface language: `<html lang>` (for screen readers,
/// hyphenation and fonts).
pub fn show_language(lang: Lang) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang.code());
    }
}

/// The window title (each screen names itself, WCAG 2.4.2).
pub fn set_title(title: &str) {
    if let Some(document) = document() {
        document.set_title(title);
    }
}

/// Turns animations off (a class on `<html>`) whatever the system asks, or leaves it to the
/// system's `prefers-reduced-motion`.
pub fn show_reduced_motion(reduce: bool) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.class_list().toggle_with_force("reduce-motion", reduce);
    }
}

pub use calmline_web::{
    link_param, local_storage, now_ms, storage_get, storage_remove, storage_set, tab_get, tab_set,
    unix_ms,
};

/// Forgets everything CalmLine keeps in this browser: every local-storage key with the
/// `calmline.` prefix and this tab's session storage (launch tokens, the debrief mark). For
/// shared training-room computers.
pub fn clear_my_data() {
    if let Some(storage) = local_storage() {
        let len = storage.length().unwrap_or(0);
        let ours: Vec<String> = (0..len)
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|k| k.starts_with(crate::progress::KEY_PREFIX))
            .collect();
        for key in ours {
            let _ = storage.remove_item(&key);
        }
    }
    if let Some(session) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = session.clear();
    }
}

/// The tab's mark that "clear my data" has just run, read (and removed) after its reload.
pub const CLEARED_KEY: &str = "calmline.cleared";

/// A value this tab kept, removed as it is read.
fn tab_take(key: &str) -> Option<String> {
    let session = web_sys::window().and_then(|w| w.session_storage().ok().flatten())?;
    let value = session.get_item(key).ok().flatten();
    let _ = session.remove_item(key);
    value
}

/// Loads the page again from its address without the hash, on a clean catalog.
pub fn reload_to_catalog() {
    if let Some(w) = web_sys::window() {
        let l = w.location();
        let _ = l.set_hash("#/");
        let _ = l.reload();
    }
}

/// The address of the page without its hash (`https://host/path/`), for links to share.
pub fn page_url() -> String {
    web_sys::window()
        .and_then(|w| {
            let l = w.location();
            Some(format!(
                "{}{}{}",
                l.origin().ok()?,
                l.pathname().ok()?,
                l.search().ok()?
            ))
        })
        .unwrap_or_default()
}

/// The query of the address (`?lms=scorm12&scenario=…`), empty if none.
pub fn current_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The location hash (`#/play/x?lang=hu`), empty if there is none.
pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Goes to a screen (the hash changes; the app follows the `hashchange` event).
pub fn navigate(route: &Route) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&route.href());
    }
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

fn browser_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut languages: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|value| value.as_string())
        .collect();
    if languages.is_empty() {
        languages.extend(navigator.language());
    }
    languages
}

/// A seed for a new call.
pub fn random_seed() -> u64 {
    (js_sys::Math::random() * 4_294_967_296.0) as u64
}

/// Whether the tab is hidden (the reply timer stops then).
pub fn is_hidden() -> bool {
    document().is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden)
}

/// Leaves the player for the trainer's own-file page in the studio (an old `#/own` link).
#[cfg(not(feature = "authoring"))]
pub fn open_studio(route: &crate::route::Route) {
    if let Some(w) = web_sys::window() {
        // The link's parameters go along (a shared call's `src`, its language and timer).
        let hash = current_hash();
        let query = hash.find('?').map_or("", |at| &hash[at..]);
        let _ = w
            .location()
            .replace(&format!("{}{query}", route.in_studio()));
    }
}

/// Puts text on the clipboard; `false` if the browser refused (no permission, no clipboard).
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    JsFuture::from(promise).await.is_ok()
}

pub use crate::fetch::{FetchError, fetch_bytes, fetch_locale};

/// The interface text could not be loaded before the first screen (offline on a first visit):
/// the loading sign says so in the trainee's language, with a way to try again
/// (`calmlineBootFailed` of `index.html`'s first script, which knows the words).
pub fn boot_failed() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(say) = js_sys::Reflect::get(&window, &"calmlineBootFailed".into())
        && let Ok(say) = say.dyn_into::<js_sys::Function>()
    {
        let _ = say.call0(&window);
    }
}

/// Whether a new release is installed and waiting (`calmlineUpdateWaiting`, set by the page's
/// first script when the service worker has one).
pub fn update_waiting() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"calmlineUpdateWaiting".into()).ok())
        .is_some_and(|v| v.is_truthy())
}

/// Takes the waiting release: the page's first script activates it and reloads.
pub fn apply_update() {
    let Some(window) = web_sys::window() else {
        return;
    };
    match js_sys::Reflect::get(&window, &"calmlineUpdate".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    {
        Some(update) => {
            let _ = update.call0(&window);
        }
        None => {
            let _ = window.location().reload();
        }
    }
}

/// A site file that arrived but could not be read: which file, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fault {
    /// The file, as fetched (`scenarios/index.clc`).
    pub file: String,
    /// Why it could not be read.
    pub error: calmline_engine::compiled::CompiledError,
}

/// Says `text` aloud in `lang` with a voice of that language, if the browser has one; does
/// nothing otherwise (no voice of the wrong language, no error).
pub fn speak(text: &str, lang: Lang) {
    let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
        return;
    };
    synth.cancel();
    // The browser's own list holds only voices, so no run-time type check is needed.
    let voice = synth.get_voices().iter().find_map(|v| {
        let voice: web_sys::SpeechSynthesisVoice = v.unchecked_into();
        let tag = voice.lang().to_ascii_lowercase();
        tag.starts_with(lang.code()).then_some(voice)
    });
    let Some(voice) = voice else {
        return;
    };
    if let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(text) {
        utterance.set_voice(Some(&voice));
        utterance.set_lang(voice.lang().as_str());
        synth.speak(&utterance);
    }
}

/// Stops speaking.
pub fn stop_speaking() {
    if let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) {
        synth.cancel();
    }
}
