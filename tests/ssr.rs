//! Native render checks: every screen rendered to HTML by Yew's server renderer in every
//! language, no browser needed.
//!
//! These are the fast first line of the UI tests: each screen must render, be in the right
//! language, and show no message id in place of a missing translation. What needs a real DOM
//! (effects, storage, clicks, timers) is in `tests/web.rs` and the end-to-end tests in
//! `tests/e2e/`.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/fixture.rs"]
mod fixture;

use std::rc::Rc;

use calmline::call::{Call, CallAction};
use calmline::context::AppContext;
use calmline::i18n::{Lang, Locale, message_ids};
use calmline::pages::briefing::Briefing;
use calmline::pages::call::CallScreen;
use calmline::pages::debrief::Debrief;
#[cfg(feature = "authoring")]
use calmline::pages::own_file::OwnFile;
use calmline::pages::settings::SettingsPage;
use calmline::progress::Progress;
use calmline::settings::{LinkOptions, Mode, Settings};
use calmline::{App, AppProps};
use calmline_engine::TimerMode;
use yew::prelude::*;

fn reply(call: &Call, id: &str) -> u8 {
    let turn = call.state.turn().expect("on a turn");
    call.scenario
        .turn(turn)
        .replies
        .iter()
        .position(|r| r.id == id)
        .expect("reply") as u8
}

/// A call two replies in, in coach mode, with the feedback on the second reply open.
fn call_in_progress() -> Call {
    let call = Call::start(
        fixture::scenario(),
        (7, 7),
        TimerMode::Standard,
        Mode::Coach,
        0.0,
    );
    let call = call.apply(CallAction::Choose {
        reply: reply(&call, "let-vent"),
        now: 3_000.0,
    });
    let call = call.apply(CallAction::Continue { now: 4_000.0 });
    call.apply(CallAction::Choose {
        reply: reply(&call, "cut-in"),
        now: 9_000.0,
    })
}

fn finished_call() -> Call {
    let call = call_in_progress().apply(CallAction::EndCall { now: 10_000.0 });
    assert!(call.is_over());
    call
}

#[derive(Clone, PartialEq)]
enum Screen {
    Briefing,
    /// Opened from `?timer=strict&mode=exam&seed=7&lock=1` by a trainee whose settings say no
    /// timer and coach mode, with a record kept from the earlier scoring model.
    LockedBriefing,
    Call(Box<Call>),
    Debrief,
    Settings,
    #[cfg(feature = "authoring")]
    OwnFile,
}

#[derive(Properties, PartialEq)]
struct HostProps {
    lang: Lang,
    screen: Screen,
}

/// One screen inside a locale, as the app would frame it.
#[component]
fn Host(props: &HostProps) -> Html {
    let locale = Locale::new(props.lang);
    let sc = fixture::scenario();
    let screen = match &props.screen {
        Screen::Briefing => html! {
            <Briefing scenario={sc} on_start={Callback::noop()} on_show_last={Callback::noop()} />
        },
        Screen::LockedBriefing => {
            let context = AppContext {
                settings: Settings {
                    timer: TimerMode::Off,
                    mode: Mode::Coach,
                    ..Settings::default()
                },
                link: Rc::new(LinkOptions {
                    timer: Some(TimerMode::Strict),
                    mode: Some(Mode::Exam),
                    seed: Some(7),
                    lock: true,
                    ..LinkOptions::default()
                }),
                progress: Rc::new(
                    Progress::from_v1(&format!("v1 {}:90:3:1", sc.id)).expect("a v1 record"),
                ),
                ..AppContext::detached()
            };
            html! {
                <ContextProvider<AppContext> {context}>
                    <Briefing scenario={sc} on_start={Callback::noop()} on_show_last={Callback::noop()} />
                </ContextProvider<AppContext>>
            }
        }
        Screen::Call(call) => {
            html! { <CallScreen call={(**call).clone()} on_action={Callback::noop()} /> }
        }
        Screen::Debrief => {
            let call = finished_call();
            html! {
                <Debrief scenario={call.scenario.clone()} state={Rc::new(call.state.clone())}
                         mode={Mode::Exam} on_retry={Callback::noop()} />
            }
        }
        Screen::Settings => html! { <SettingsPage /> },
        #[cfg(feature = "authoring")]
        Screen::OwnFile => html! { <OwnFile /> },
    };
    html! { <ContextProvider<Locale> context={locale}>{ screen }</ContextProvider<Locale>> }
}

async fn render(lang: Lang, screen: Screen) -> String {
    yew::LocalServerRenderer::<Host>::with_props(HostProps { lang, screen })
        .hydratable(false)
        .render()
        .await
}

async fn render_app(lang: Lang) -> String {
    yew::LocalServerRenderer::<App>::with_props(AppProps::in_lang(lang))
        .hydratable(false)
        .render()
        .await
}

/// The visible text of some HTML (tags dropped), for checks that must ignore attributes.
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// Message ids showing as text mean a translation is missing (the locale falls back to the id).
fn leaked_ids(html: &str) -> Vec<String> {
    let text = text_of(html);
    let words: Vec<&str> = text.split_whitespace().collect();
    message_ids(include_str!("../locales/en/main.ftl"))
        .into_iter()
        .filter(|id| id.contains('-') && words.contains(&id.as_str()))
        .collect()
}

fn all_screens() -> Vec<Screen> {
    vec![
        Screen::Briefing,
        Screen::LockedBriefing,
        Screen::Call(Box::new(call_in_progress())),
        Screen::Debrief,
        Screen::Settings,
        #[cfg(feature = "authoring")]
        Screen::OwnFile,
    ]
}

#[tokio::test]
async fn every_screen_renders_in_every_language_without_missing_text() {
    for lang in Lang::ALL {
        for screen in all_screens() {
            let html = render(lang, screen).await;
            assert!(
                leaked_ids(&html).is_empty(),
                "{lang:?}: {:?} in {html}",
                leaked_ids(&html)
            );
        }
        let html = render_app(lang).await;
        assert!(leaked_ids(&html).is_empty(), "{lang:?}: {html}");
    }
}

#[tokio::test]
async fn the_first_screen_is_in_the_chosen_language() {
    let en = render_app(Lang::En).await;
    assert!(
        en.contains("Training calls") && en.contains("Skip to main content"),
        "{en}"
    );
    assert!(en.contains("Loading the training calls"), "{en}");
    let pl = render_app(Lang::Pl).await;
    assert!(
        pl.contains("Rozmowy treningowe") && pl.contains("Przejdź do treści"),
        "{pl}"
    );
    assert!(!pl.contains("Training calls"), "English left in: {pl}");
    let hu = render_app(Lang::Hu).await;
    assert!(
        hu.contains("Gyakorlóhívások") && hu.contains("Ugrás a tartalomra"),
        "{hu}"
    );
    assert!(!hu.contains("Training calls"), "English left in: {hu}");
}

#[tokio::test]
async fn the_briefing_offers_every_timer_mode_and_both_feedback_modes() {
    let html = render(Lang::Hu, Screen::Briefing).await;
    for id in [
        "timer-off",
        "timer-relaxed",
        "timer-standard",
        "timer-strict",
        "mode-coach",
        "mode-exam",
        "start-call",
    ] {
        assert!(
            html.contains(&format!("data-testid=\"{id}\"")),
            "{id}: {html}"
        );
    }
    assert!(
        html.contains("Kovács Gábor"),
        "the Hungarian customer name: {html}"
    );
    assert!(
        html.contains("65 pont"),
        "the pass mark with its unit: {html}"
    );
}

#[tokio::test]
async fn a_locked_link_states_the_trainers_choices_instead_of_offering_them() {
    for (lang, heading, strict, exam, reset) in [
        (
            Lang::En,
            "Set by your trainer",
            "Strict",
            "Exam",
            "Best score: none yet under the new scoring",
        ),
        (
            Lang::Pl,
            "Ustawione przez prowadzącego szkolenie",
            "Wymagający",
            "Egzamin",
            "Najlepszy wynik: brak (nowa punktacja)",
        ),
        (
            Lang::Hu,
            "Az oktatód állította be",
            "Szigorú",
            "Vizsga",
            "Legjobb eredmény: az új pontozással még nincs",
        ),
    ] {
        let html = render(lang, Screen::LockedBriefing).await;
        assert!(leaked_ids(&html).is_empty(), "{lang:?}: {html}");
        assert!(html.contains("data-testid=\"locked-choices\""), "{html}");
        assert!(
            html.contains("data-testid=\"locked-timer\" data-value=\"strict\""),
            "{html}"
        );
        assert!(
            html.contains("data-testid=\"locked-mode\" data-value=\"exam\""),
            "{html}"
        );
        let text = text_of(&html);
        for want in [heading, strict, exam, reset] {
            assert!(text.contains(want), "{lang:?}: {want:?} in {text}");
        }
        // Nothing to change: no timer or mode options (the saved settings, no timer and coach
        // mode, are not offered either).
        for id in [
            "timer-off",
            "timer-relaxed",
            "timer-standard",
            "timer-strict",
            "mode-coach",
            "mode-exam",
        ] {
            assert!(
                !html.contains(&format!("data-testid=\"{id}\"")),
                "{id}: {html}"
            );
        }
        // Re-sharing keeps the trainer's seed and lock; both boxes start ticked.
        let share = format!(
            "#/play/{}?lang={}&timer=strict&mode=exam&seed=7&lock=1",
            fixture::scenario().id,
            lang.code()
        );
        let share = share.replace('&', "&amp;");
        assert!(html.contains(&format!("value=\"{share}\"")), "{html}");
        for id in ["share-same-call", "share-lock"] {
            let input = html
                .split("<input")
                .find(|i| i.contains(&format!("data-testid=\"{id}\"")))
                .unwrap_or_else(|| panic!("no {id} in {html}"));
            assert!(input.contains("checked"), "{id}: {input}");
        }
    }
    // Without a lock the choices are offered, and the share link has no lock.
    let html = render(Lang::En, Screen::Briefing).await;
    assert!(!html.contains("locked-choices"), "{html}");
    assert!(!html.contains("lock=1"), "{html}");
}

#[tokio::test]
async fn the_call_screen_shows_the_conversation_and_the_coachs_feedback() {
    let call = call_in_progress();
    let html = render(Lang::En, Screen::Call(Box::new(call.clone()))).await;
    // The opening, the story after the first reply, and the next question.
    assert_eq!(
        html.matches("data-testid=\"customer-line\"").count(),
        3,
        "{html}"
    );
    assert_eq!(
        html.matches("data-testid=\"agent-line\"").count(),
        2,
        "{html}"
    );
    assert!(html.contains("data-testid=\"coach-feedback\""), "{html}");
    assert!(
        html.contains("Poor"),
        "the grade of the interruption: {html}"
    );
    // While the feedback is open, the next replies wait.
    assert!(!html.contains("data-testid=\"reply\""), "{html}");
    let going_on = call.apply(CallAction::Continue { now: 12_000.0 });
    let html = render(Lang::Pl, Screen::Call(Box::new(going_on.clone()))).await;
    assert_eq!(
        html.matches("data-testid=\"reply\"").count(),
        going_on.replies().len(),
        "{html}"
    );
    assert!(
        html.contains("aria-valuenow=") && html.contains("data-testid=\"timer\""),
        "{html}"
    );
    assert!(html.contains("Zakończ rozmowę"), "{html}");
}

#[tokio::test]
async fn the_debrief_scores_every_skill_and_reviews_every_move() {
    let call = finished_call();
    let card = calmline_engine::score::scorecard(&call.scenario, &call.state, None);
    let html = render(Lang::En, Screen::Debrief).await;
    assert_eq!(
        html.matches("data-testid=\"skill-score\"").count(),
        card.skills.len(),
        "{html}"
    );
    assert_eq!(
        html.matches("data-testid=\"review-step\"").count(),
        call.state.history().len(),
        "{html}"
    );
    assert!(
        html.contains(&format!("data-score=\"{}\"", card.overall)),
        "{html}"
    );
    assert!(html.contains("data-outcome=\"agent-hung-up\""), "{html}");
    assert!(html.contains("What would have worked better"), "{html}");
    // The verdict says why: a bad ending, and hanging up on a polite customer is a critical
    // error named with its turn; the score is below the pass mark.
    assert!(!card.passed && card.overall < card.pass_mark, "{card:?}");
    assert!(html.contains("Why this call did not pass"), "{html}");
    assert!(
        html.contains("A call that ends this way cannot pass"),
        "{html}"
    );
    assert_eq!(
        html.matches("data-testid=\"verdict-critical\"").count(),
        card.critical.len(),
        "{html}"
    );
    assert!(html.contains("Critical error in reply 3"), "{html}");
    assert!(html.contains("data-testid=\"move-tally\""), "{html}");
    assert!(html.contains("You did not ask for more time."), "{html}");
    assert!(html.contains("You never stopped the clock."), "{html}");
    let hu = render(Lang::Hu, Screen::Debrief).await;
    assert!(
        hu.contains("Kiértékelés") && hu.contains("Vigyázz magadra"),
        "{hu}"
    );
}

#[tokio::test]
async fn switcher_marks_only_the_current_language_as_pressed() {
    let html = render_app(Lang::Hu).await;
    for (code, pressed) in [("pl", false), ("hu", true), ("en", false)] {
        let button = html
            .split("<button")
            .find(|b| b.contains(&format!("data-testid=\"lang-{code}\"")))
            .unwrap_or_else(|| panic!("no button for {code} in {html}"));
        assert!(
            button.contains(&format!("aria-pressed=\"{pressed}\"")),
            "{code}: {button}"
        );
        assert!(button.contains(&format!("lang=\"{code}\"")), "{button}");
    }
}

#[tokio::test]
async fn switcher_names_each_language_in_its_own_words() {
    // Whatever the interface language, the trainee can find their own language.
    for lang in Lang::ALL {
        let html = render_app(lang).await;
        for name in ["Polski", "Magyar", "English"] {
            assert!(html.contains(name), "{name} missing in {lang:?}: {html}");
        }
    }
}

#[tokio::test]
async fn a_polish_briefing_asks_for_pan_or_pani_before_the_first_call_and_no_other_does() {
    let pl = render(Lang::Pl, Screen::Briefing).await;
    for id in ["address-pan", "address-pani", "address-needed"] {
        assert!(pl.contains(&format!("data-testid=\"{id}\"")), "{id}: {pl}");
    }
    let start = pl
        .split("data-testid=\"start-call\"")
        .next()
        .and_then(|before| before.rsplit("<button").next())
        .unwrap_or_default()
        .to_owned()
        + pl.split("data-testid=\"start-call\"")
            .nth(1)
            .unwrap_or_default()
            .split('>')
            .next()
            .unwrap_or_default();
    assert!(
        start.contains("disabled"),
        "start waits for the answer: {start}"
    );
    assert!(text_of(&pl).contains("Jak klienci mają się do Ciebie zwracać"));
    for lang in [Lang::Hu, Lang::En] {
        let html = render(lang, Screen::Briefing).await;
        assert!(!html.contains("address-needed"), "{lang}: {html}");
        assert!(!html.contains("data-testid=\"address-pan\""), "{lang}");
    }
}

/// The first screens `cargo xtask dist` puts in the page (src/prerender.rs): the app's own
/// catalog with every card, and the briefing's frame, in each language; a damaged catalog is
/// refused rather than painted empty.
#[cfg(feature = "prerender")]
#[tokio::test]
async fn the_prerendered_first_screens_are_the_apps_own_in_every_language() {
    use calmline::prerender::{FirstScreen, render, render_call};
    use calmline_engine::catalog::Entry;
    use calmline_engine::compiled;

    let sc = fixture::scenario();
    let index = compiled::catalog_to_bytes(&[Entry::of("fixture.toml", &sc)]);
    for (lang, heading, loading) in [
        (Lang::Pl, "Rozmowy treningowe", "Wczytywanie rozmowy"),
        (Lang::Hu, "Gyakorlóhívások", "A hívás betöltése"),
        (Lang::En, "Training calls", "Loading the call"),
    ] {
        let catalog = render(lang, FirstScreen::Catalog, &index).await.unwrap();
        assert!(catalog.contains(heading), "{lang:?}: {catalog}");
        assert!(
            catalog.contains(sc.title.raw(lang)),
            "{lang:?}: no card in {catalog}"
        );
        assert!(
            leaked_ids(&catalog).is_empty(),
            "{lang:?}: {:?}",
            leaked_ids(&catalog)
        );
        let frame = render(lang, FirstScreen::Briefing, &index).await.unwrap();
        assert!(
            frame.contains("class=\"site-header\"") && frame.contains(loading),
            "{lang:?}: {frame}"
        );
        assert!(
            !frame.contains(heading),
            "the frame is not the catalog: {frame}"
        );
    }
    assert!(
        render(Lang::En, FirstScreen::Catalog, b"not a catalog")
            .await
            .is_err()
    );
    // A trainer's link's call: its own briefing, as the live app shows it first.
    let call = compiled::scenario_to_bytes(&sc);
    let briefing = render_call(Lang::Pl, &index, &sc.id, &call).await.unwrap();
    assert!(briefing.contains("id=\"briefing-heading\""), "{briefing}");
    assert!(briefing.contains(sc.title.raw(Lang::Pl)), "{briefing}");
    assert!(
        render_call(Lang::Pl, &index, &sc.id, b"damaged")
            .await
            .is_err()
    );
}
