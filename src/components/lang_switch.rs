//! The PL / HU / EN switcher.
//!
//! Each button shows the short code and, for screen readers, the language's own name spoken
//! in that language (`lang` on the button), so that a Hungarian trainee who landed on the
//! Polish interface still hears "Magyar". The visible code stays part of the accessible name
//! (WCAG 2.5.3, label in name).

use yew::prelude::*;

use super::use_locale;
use crate::i18n::Lang;

/// Properties of [`LangSwitch`].
#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    /// Called with the language picked.
    pub on_change: Callback<Lang>,
}

/// A group of toggle buttons, one per language; the current one is pressed.
#[component]
pub fn LangSwitch(props: &LangSwitchProps) -> Html {
    let locale = use_locale();
    let current = locale.lang();
    html! {
        <div class="lang-switch" role="group" aria-label={locale.text("lang-switch-label")}
             data-testid="lang-switch">
            { for Lang::ALL.into_iter().map(|lang| {
                let onclick = props.on_change.reform(move |_: MouseEvent| lang);
                let pressed = lang == current;
                html! {
                    <button type="button" lang={lang.code()}
                            data-testid={format!("lang-{}", lang.code())}
                            aria-pressed={pressed.to_string()}
                            class={classes!("lang-option", pressed.then_some("is-current"))}
                            {onclick}>
                        <span>{ locale.text(&format!("language-code-{}", lang.code())) }</span>
                        <span class="visually-hidden">{ " " }{ locale.text(&format!("language-name-{}", lang.code())) }</span>
                    </button>
                }
            }) }
        </div>
    }
}
