//! In-browser checks (wasm-bindgen-test in headless Chromium): what only a real DOM shows.
//!
//! The app is mounted into the test page, driven by clicks, and its effects on the document
//! (`<html lang>`, the title) and on local storage are read back.
#![cfg(target_arch = "wasm32")]

#[path = "support/fixture.rs"]
mod fixture;

use calmline::call::{Call, CallAction};
use calmline::i18n::Lang;
use calmline::pages::call::CallScreen;
use calmline::pages::play::{Phase, PhaseAction};
use calmline::platform::{LANG_KEY, Notice};
use calmline::progress::PROGRESS_KEY;
use calmline::settings::{Mode, SETTINGS_KEY};
use calmline::{App, AppProps};
use calmline_engine::TimerMode;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// A component mounted in its own element; `done` unmounts it (so that no listener of one test
/// outlives it) and removes the element.
struct Mounted<C: BaseComponent> {
    host: web_sys::Element,
    handle: yew::AppHandle<C>,
}

impl<C: BaseComponent> std::ops::Deref for Mounted<C> {
    type Target = web_sys::Element;

    fn deref(&self) -> &web_sys::Element {
        &self.host
    }
}

impl<C: BaseComponent> Mounted<C> {
    fn done(self) {
        self.handle.destroy();
        self.host.remove();
    }
}

async fn mount_with<C: BaseComponent>(props: C::Properties) -> Mounted<C> {
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let handle = yew::Renderer::<C>::with_root_and_props(host.clone(), props).render();
    settle().await;
    Mounted { host, handle }
}

/// Mounts the app in a fresh element and lets Yew render and run its effects.
async fn mount(initial_lang: Lang) -> Mounted<App> {
    mount_with::<App>(AppProps::in_lang(initial_lang)).await
}

async fn settle() {
    yew::platform::time::sleep(std::time::Duration::from_millis(30)).await;
}

/// Waits until `ready` holds, up to ten seconds (Yew runs effects after rendering, later on a
/// loaded machine than the 30 ms of [`settle`]); the caller asserts what it waited for.
async fn settle_until(ready: impl Fn() -> bool) {
    for _ in 0..1000 {
        if ready() {
            return;
        }
        yew::platform::time::sleep(std::time::Duration::from_millis(10)).await;
    }
}

fn click(host: &web_sys::Element, test_id: &str) {
    host.query_selector(&format!("[data-testid='{test_id}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("no element {test_id}"))
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
}

fn html_lang() -> Option<String> {
    document().document_element().unwrap().get_attribute("lang")
}

#[wasm_bindgen_test]
async fn first_paint_sets_the_document_language() {
    let host = mount(Lang::Pl).await;
    settle_until(|| html_lang().as_deref() == Some("pl")).await;
    assert_eq!(html_lang().as_deref(), Some("pl"));
    assert!(host.text_content().unwrap().contains("Rozmowy treningowe"));
    host.done();
}

#[wasm_bindgen_test]
async fn switching_language_redraws_and_is_remembered() {
    storage().remove_item(LANG_KEY).unwrap();
    let host = mount(Lang::En).await;
    assert!(host.text_content().unwrap().contains("Training calls"));

    click(&host, "lang-hu");
    settle_until(|| html_lang().as_deref() == Some("hu")).await;

    let text = host.text_content().unwrap();
    assert!(text.contains("Gyakorlóhívások"), "{text}");
    assert!(!text.contains("Training calls"), "{text}");
    assert_eq!(html_lang().as_deref(), Some("hu"));
    assert_eq!(storage().get_item(LANG_KEY).unwrap().as_deref(), Some("hu"));
    let pressed = host
        .query_selector("[data-testid='lang-hu']")
        .unwrap()
        .unwrap()
        .get_attribute("aria-pressed");
    assert_eq!(pressed.as_deref(), Some("true"));

    // The saved choice wins over the browser's languages on the next start.
    assert_eq!(calmline::platform::initial_lang(), Lang::Hu);
    storage().remove_item(LANG_KEY).unwrap();
    host.done();
}

#[wasm_bindgen_test]
async fn a_tampered_saved_language_is_ignored() {
    storage().remove_item(LANG_KEY).unwrap();
    let without_saved_choice = calmline::platform::initial_lang();
    for tampered in ["<img src=x>", "de", "", "p"] {
        storage().set_item(LANG_KEY, tampered).unwrap();
        assert_eq!(
            calmline::platform::initial_lang(),
            without_saved_choice,
            "{tampered}"
        );
    }
    storage().set_item(LANG_KEY, "pl").unwrap();
    assert_eq!(calmline::platform::initial_lang(), Lang::Pl);
    storage().remove_item(LANG_KEY).unwrap();
}

#[wasm_bindgen_test]
async fn damaged_saved_data_is_reset_with_a_notice() {
    storage().set_item(SETTINGS_KEY, "v1 timer=warp").unwrap();
    storage().set_item(PROGRESS_KEY, "v1 a:999:x").unwrap();
    let startup = calmline::platform::startup();
    assert!(
        startup.notices.contains(&Notice::SettingsReset),
        "{:?}",
        startup.notices
    );
    assert!(
        startup.notices.contains(&Notice::ProgressReset),
        "{:?}",
        startup.notices
    );
    assert_eq!(startup.settings, Default::default());
    assert_eq!(storage().get_item(SETTINGS_KEY).unwrap(), None);
    assert_eq!(storage().get_item(PROGRESS_KEY).unwrap(), None);
    // The app shows the notices instead of failing.
    let locale = calmline::i18n::Locale::new(startup.lang);
    let host = mount_with::<App>(AppProps {
        startup,
        locale,
        catalog: calmline::context::CatalogState::Loading,
    })
    .await;
    assert_eq!(
        host.query_selector_all("[data-testid='notice']")
            .unwrap()
            .length(),
        2
    );
    host.done();
}

#[derive(Properties, PartialEq)]
struct CallHostProps {
    timer: TimerMode,
}

/// The call screen driven by the play page's own reducer.
#[component]
fn CallHost(props: &CallHostProps) -> Html {
    let timer = props.timer;
    let phase = use_reducer(move || {
        Phase::Calling(Call::start(
            fixture::scenario(),
            (5, 5),
            timer,
            Mode::Exam,
            calmline::platform::now_ms(),
        ))
    });
    let on_action = {
        let phase = phase.dispatcher();
        Callback::from(move |action: CallAction| phase.dispatch(PhaseAction::Act(action)))
    };
    let Phase::Calling(call) = &*phase else {
        return html! {};
    };
    html! {
        <>
            <CallScreen call={call.clone()} {on_action} />
            <p data-testid="moves">{ call.state.history().len() }</p>
        </>
    }
}

async fn mount_call(timer: TimerMode) -> Mounted<CallHost> {
    mount_with::<CallHost>(CallHostProps { timer }).await
}

fn attr(host: &web_sys::Element, test_id: &str, name: &str) -> String {
    host.query_selector(&format!("[data-testid='{test_id}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("no element {test_id}"))
        .get_attribute(name)
        .unwrap_or_default()
}

async fn wait(ms: u64) {
    yew::platform::time::sleep(std::time::Duration::from_millis(ms)).await;
}

#[wasm_bindgen_test]
async fn the_countdown_follows_the_clock_and_stops_when_paused() {
    let host = mount_call(TimerMode::Standard).await;
    wait(700).await;
    let running: u32 = attr(&host, "timer", "data-remaining-ms").parse().unwrap();
    assert!((22_000..=24_700).contains(&running), "{running}");
    click(&host, "pause");
    settle().await;
    assert!(
        host.query_selector("[data-testid='paused']")
            .unwrap()
            .is_some()
    );
    assert!(
        host.query_selector("[data-testid='reply']")
            .unwrap()
            .is_none(),
        "replies hidden while paused"
    );
    // More time cannot be banked while the clock is stopped; the reason is there for screen
    // readers. (The timer controls follow the pause in a later render on a loaded machine.)
    let more_disabled = || {
        host.query_selector("[data-testid='more-time']")
            .unwrap()
            .is_some_and(|more| more.has_attribute("disabled"))
    };
    settle_until(more_disabled).await;
    let paused: u32 = attr(&host, "timer", "data-remaining-ms").parse().unwrap();
    let more = host
        .query_selector("[data-testid='more-time']")
        .unwrap()
        .unwrap();
    assert!(more.has_attribute("disabled"), "no more time while paused");
    assert_eq!(
        attr(&host, "more-time", "aria-describedby"),
        "more-time-why"
    );
    assert!(
        host.query_selector("#more-time-why")
            .unwrap()
            .is_some_and(|why| !why.text_content().unwrap_or_default().is_empty())
    );
    wait(600).await;
    assert_eq!(
        attr(&host, "timer", "data-remaining-ms")
            .parse::<u32>()
            .unwrap(),
        paused
    );
    click(&host, "resume");
    wait(600).await;
    let resumed: u32 = attr(&host, "timer", "data-remaining-ms").parse().unwrap();
    assert!(resumed < paused, "{resumed} < {paused}");
    // More time adds 20 seconds to this reply, once the controls have followed the resume (on
    // a loaded machine in a later render than the clock: a click before that meets a disabled
    // button).
    settle_until(|| !more_disabled()).await;
    click(&host, "more-time");
    let remaining = || -> u32 { attr(&host, "timer", "data-remaining-ms").parse().unwrap() };
    settle_until(|| remaining() > resumed + 19_000).await;
    let extended = remaining();
    assert!(extended > resumed + 19_000, "{extended} vs {resumed}");
    host.done();
}

#[wasm_bindgen_test]
async fn a_chosen_reply_joins_the_conversation_and_the_next_turn_follows() {
    // Keys 1 to 4 are driven by real key presses in tests/e2e/call.test.mjs.
    let host = mount_call(TimerMode::Off).await;
    assert!(host.text_content().unwrap().contains("No time limit"));
    let first_reply = host
        .query_selector("[data-testid='reply'] .reply-text")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    click(&host, "reply");
    settle().await;
    let moves = host
        .query_selector("[data-testid='moves']")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert_eq!(moves, "1", "{}", host.inner_html());
    let said = host
        .query_selector("[data-testid='agent-line']")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(said.ends_with(&first_reply), "{said} / {first_reply}");
    assert_eq!(
        host.query_selector_all("[data-testid='customer-line']")
            .unwrap()
            .length(),
        2
    );
    host.done();
}

/// A screen that arrives after the trainee has clicked into one of its boxes (Yew yields to the
/// browser between drawing a screen and its effects) leaves the keyboard in that box; with the
/// keyboard on a button, or in a box outside that screen's page, the screen takes it.
#[wasm_bindgen_test]
fn a_late_screen_start_leaves_a_box_being_typed_in_alone() {
    let host = document().create_element("div").unwrap();
    host.set_inner_html(
        "<input id='t-outside' type='text'>\
         <main id='main'><h1 id='t-heading'>Debrief</h1>\
         <textarea id='t-notes'></textarea><button id='t-button'>Go</button></main>",
    );
    document().body().unwrap().append_child(&host).unwrap();
    let active = || {
        document()
            .active_element()
            .map(|a| a.id())
            .unwrap_or_default()
    };

    calmline::platform::focus("t-notes");
    calmline::platform::start_screen("t-heading");
    assert_eq!(active(), "t-notes");

    calmline::platform::focus("t-button");
    calmline::platform::start_screen("t-heading");
    assert_eq!(active(), "t-heading");

    calmline::platform::focus("t-outside");
    calmline::platform::start_screen("t-heading");
    assert_eq!(active(), "t-heading");
    host.remove();
}
