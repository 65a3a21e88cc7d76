//! Native render checks: the app rendered to HTML by Yew's server renderer, no browser needed.
//!
//! These are the fast first line of the UI tests; what needs a real DOM (effects, storage,
//! clicks) is in `tests/web.rs` and the end-to-end tests in `tests/e2e/`.
#![cfg(not(target_arch = "wasm32"))]

use calmline::i18n::Lang;
use calmline::{App, AppProps};

async fn render(initial_lang: Lang) -> String {
    yew::LocalServerRenderer::<App>::with_props(AppProps { initial_lang })
        .hydratable(false)
        .render()
        .await
}

#[tokio::test]
async fn first_screen_is_in_english() {
    let html = render(Lang::En).await;
    assert!(html.contains("CalmLine"), "{html}");
    assert!(html.contains("Training calls"), "{html}");
    assert!(html.contains("No scenarios are available yet"), "{html}");
    assert!(html.contains("No training calls yet"), "{html}");
    assert!(html.contains("Skip to main content"), "{html}");
}

#[tokio::test]
async fn first_screen_is_in_polish() {
    let html = render(Lang::Pl).await;
    assert!(html.contains("Rozmowy treningowe"), "{html}");
    assert!(
        html.contains("Nie ma jeszcze dostępnych scenariuszy"),
        "{html}"
    );
    assert!(html.contains("Przejdź do treści"), "{html}");
    assert!(!html.contains("Training calls"), "English left in: {html}");
}

#[tokio::test]
async fn first_screen_is_in_hungarian() {
    let html = render(Lang::Hu).await;
    assert!(html.contains("Gyakorló hívások"), "{html}");
    assert!(
        html.contains("Még nem érhető el egyetlen forgatókönyv sem"),
        "{html}"
    );
    assert!(html.contains("Ugrás a tartalomra"), "{html}");
    assert!(!html.contains("Training calls"), "English left in: {html}");
}

#[tokio::test]
async fn switcher_marks_only_the_current_language_as_pressed() {
    let html = render(Lang::Hu).await;
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
        let html = render(lang).await;
        for name in ["Polski", "Magyar", "English"] {
            assert!(html.contains(name), "{name} missing in {lang:?}: {html}");
        }
    }
}
