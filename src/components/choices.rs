//! The timer, feedback and form-of-address choices as radio groups, shared by the briefing (for
//! one call, or asked before the first Polish call) and the settings (the default), so both offer
//! the same options with the same words.

use calmline_engine::{Address, TimerMode};
use yew::prelude::*;

use super::use_locale;
use crate::settings::Mode;

/// One radio option with a title and a hint.
fn option(
    name: &'static str,
    value: &'static str,
    checked: bool,
    test_id: String,
    (title, hint): (String, String),
    onchange: Callback<Event>,
) -> Html {
    html! {
        <label class="option">
            <input type="radio" {name} {value} {checked} data-testid={test_id} {onchange} />
            <span class="option-text">
                <span class="option-title">{ title }</span>
                <span class="option-hint">{ hint }</span>
            </span>
        </label>
    }
}

/// Properties of [`TimerChoice`] and [`ModeChoice`].
#[derive(Properties, PartialEq)]
pub struct ChoiceProps<T: PartialEq> {
    /// The option chosen now.
    pub value: T,
    /// Called with the option the trainee picks.
    pub on_change: Callback<T>,
    /// Put before each option's `data-testid` (`timer-relaxed`, `setting-timer-relaxed`).
    #[prop_or_default]
    pub test_prefix: AttrValue,
}

/// The reply timer: off, relaxed, standard, strict.
#[component]
pub fn TimerChoice(props: &ChoiceProps<TimerMode>) -> Html {
    let locale = use_locale();
    html! {
        <fieldset class="options">
            <legend>{ locale.text("timer-heading") }</legend>
            { for TimerMode::ALL.into_iter().map(|t| option(
                "timer",
                t.id(),
                props.value == t,
                format!("{}timer-{}", props.test_prefix, t.id()),
                (locale.text(&format!("timer-{}", t.id())), locale.text(&format!("timer-{}-hint", t.id()))),
                props.on_change.reform(move |_| t),
            )) }
        </fieldset>
    }
}

/// Coach or exam.
#[component]
pub fn ModeChoice(props: &ChoiceProps<Mode>) -> Html {
    let locale = use_locale();
    html! {
        <fieldset class="options">
            <legend>{ locale.text("mode-heading") }</legend>
            { for Mode::ALL.into_iter().map(|m| option(
                "mode",
                m.id(),
                props.value == m,
                format!("{}mode-{}", props.test_prefix, m.id()),
                (locale.text(&format!("mode-{}", m.id())), locale.text(&format!("mode-{}-hint", m.id()))),
                props.on_change.reform(move |_| m),
            )) }
        </fieldset>
    }
}

/// Properties of [`AddressChoice`].
#[derive(Properties, PartialEq)]
pub struct AddressProps {
    /// The form chosen, if any.
    pub value: Option<Address>,
    /// Called with the form the trainee picks.
    pub on_change: Callback<Address>,
    /// Put before each option's `data-testid`.
    #[prop_or_default]
    pub test_prefix: AttrValue,
}

/// How Polish customers address the trainee: Pan or Pani.
#[component]
pub fn AddressChoice(props: &AddressProps) -> Html {
    let locale = use_locale();
    html! {
        <fieldset class="options" aria-describedby={format!("{}address-hint", props.test_prefix)}>
            <legend>{ locale.text("address-heading") }</legend>
            <p class="hint" id={format!("{}address-hint", props.test_prefix)}>{ locale.text("address-hint") }</p>
            { for Address::ALL.into_iter().map(|a| html! {
                <label class="option">
                    <input type="radio" name={format!("{}address", props.test_prefix)} value={a.id()}
                           id={format!("{}address-{}", props.test_prefix, a.id())}
                           checked={props.value == Some(a)}
                           data-testid={format!("{}address-{}", props.test_prefix, a.id())}
                           onchange={props.on_change.reform(move |_| a)} />
                    <span class="option-text">
                        <span class="option-title">{ locale.text(&format!("address-{}", a.id())) }</span>
                        <span class="option-hint" lang="pl">{ locale.text(&format!("address-{}-hint", a.id())) }</span>
                    </span>
                </label>
            }) }
        </fieldset>
    }
}
