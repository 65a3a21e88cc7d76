//! The on-hold panel's promise: how long the customer was led to expect to wait (the minutes an
//! announced hold said, from the engine's hold rules; a moment after a bare or silent one) and
//! how much of it has passed, as a bar and in words. Past the promise the bar is full, the words
//! say by how much, and the panel is marked, so an overrun is seen before it costs more mood.

use calmline_engine::hold::HoldWay;
use yew::prelude::*;

use super::m_ss;
use crate::i18n::Locale;

/// What the promise line says: the locale key and its arguments' times (`held`/`over`,
/// `promised`), and whether the promise has been broken.
pub fn wording(way: HoldWay, held_ms: u32, promised_ms: u32) -> (&'static str, String, bool) {
    let moment = way != HoldWay::Announced;
    if held_ms > promised_ms {
        let key = if moment {
            "hold-promise-over-moment"
        } else {
            "hold-promise-over"
        };
        (key, m_ss(held_ms - promised_ms), true)
    } else {
        let key = if moment {
            "hold-promise-moment"
        } else {
            "hold-promise"
        };
        (key, m_ss(held_ms), false)
    }
}

/// The promise line and its bar for a hold `way` that has lasted `held_ms` of `promised_ms`.
pub fn view(locale: &Locale, way: HoldWay, held_ms: u32, promised_ms: u32) -> Html {
    let (key, time, over) = wording(way, held_ms, promised_ms);
    let text = locale.text_with(
        key,
        &[
            ("held", time.clone().into()),
            ("over", time.into()),
            ("promised", m_ss(promised_ms).into()),
        ],
    );
    let shown = held_ms.min(promised_ms);
    html! {
        <div class={classes!("hold-promise", over.then_some("is-over"))} data-testid="hold-promise"
             data-promised-ms={promised_ms.to_string()} data-over={over.to_string()}>
            <progress class="hold-promise-bar" max={promised_ms.max(1).to_string()}
                      value={shown.to_string()} aria-hidden="true"></progress>
            <p class="hold-promise-text">{ text }</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use calmline_engine::Lang;

    use super::*;

    #[test]
    fn the_promise_says_what_has_passed_and_then_by_how_much_it_was_broken() {
        assert_eq!(
            wording(HoldWay::Announced, 25_000, 60_000),
            ("hold-promise", "0:25".to_owned(), false)
        );
        assert_eq!(
            wording(HoldWay::Announced, 75_000, 60_000),
            ("hold-promise-over", "0:15".to_owned(), true)
        );
        assert_eq!(
            wording(HoldWay::Silent, 31_000, 30_000),
            ("hold-promise-over-moment", "0:01".to_owned(), true)
        );
        assert!(!wording(HoldWay::Bare, 30_000, 30_000).2);
        let en = Locale::new(Lang::En);
        let text = en.text_with(
            "hold-promise",
            &[("held", "0:25".into()), ("promised", "1:00".into())],
        );
        assert_eq!(text, "0:25 of the 1:00 you promised");
        for lang in [Lang::Pl, Lang::Hu, Lang::En] {
            let locale = Locale::new(lang);
            for key in [
                "hold-promise",
                "hold-promise-moment",
                "hold-promise-over",
                "hold-promise-over-moment",
            ] {
                let text = locale.text_with(
                    key,
                    &[
                        ("held", "0:25".into()),
                        ("over", "0:25".into()),
                        ("promised", "1:00".into()),
                    ],
                );
                assert!(
                    text.contains("0:25") && text.contains("1:00"),
                    "{lang:?}: {text}"
                );
            }
        }
    }
}
