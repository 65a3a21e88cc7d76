//! Before a play-test from a turn (issue 15, item 5): the trainer sees the way the call took to
//! get there and the state it left (the customer's mood, the call's variables), and may set
//! those by hand to try the turn in a state of their choosing (a mood just above a trigger's
//! threshold, a variable a condition reads), then starts the play-test or goes back to editing.

use yew::prelude::*;

use super::playtest::{PlayTest, Setup};
use crate::components::use_locale;

#[derive(Properties, PartialEq)]
pub struct SetupProps {
    pub setup: Setup,
    pub on_start: Callback<PlayTest>,
    pub on_cancel: Callback<()>,
}

/// A number field's value, if it holds a whole number.
fn whole(input: &web_sys::HtmlInputElement) -> Option<i32> {
    input.value().trim().parse().ok()
}

/// The way to the turn, the mood and variables as fields, "Start" and "Back to editing".
#[component]
pub fn PlaySetup(props: &SetupProps) -> Html {
    let locale = use_locale();
    let sc = &props.setup.scenario;
    let state = &props.setup.state;
    let mood_ref = use_node_ref();
    let var_refs = use_memo(sc.vars.len(), |n| {
        (0..*n).map(|_| NodeRef::default()).collect::<Vec<_>>()
    });
    let wrong = use_state(|| false);
    {
        // The keyboard lands on the panel's heading, as on any screen that replaces another.
        use_effect_with((), |_| crate::platform::focus("studio-setup-heading"));
    }
    let on_submit = {
        let (setup, on_start, wrong) = (props.setup.clone(), props.on_start.clone(), wrong.clone());
        let (mood_ref, var_refs) = (mood_ref.clone(), var_refs.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let mood = mood_ref
                .cast::<web_sys::HtmlInputElement>()
                .and_then(|i| whole(&i));
            let vars: Option<Vec<i32>> = var_refs
                .iter()
                .map(|r| {
                    r.cast::<web_sys::HtmlInputElement>()
                        .and_then(|i| whole(&i))
                })
                .collect();
            match (mood, vars) {
                (Some(mood), Some(vars)) if (0..=100).contains(&mood) => {
                    on_start.emit(setup.start(mood, &vars))
                }
                _ => wrong.set(true),
            }
        })
    };
    let cancel = {
        let on_cancel = props.on_cancel.clone();
        Callback::from(move |_: MouseEvent| on_cancel.emit(()))
    };
    let silence = locale.text("studio-setup-silence");
    let way = props.setup.way.iter().map(|step| {
        let (turn, reply) = step.rsplit_once('.').unwrap_or((step.as_str(), ""));
        let reply = if reply == "silence" {
            silence.clone()
        } else {
            reply.to_owned()
        };
        html! { <li>{ format!("{turn} › {reply}") }</li> }
    });
    let values = state.vars(sc);
    let vars = sc.vars.iter().zip(values).zip(var_refs.iter()).enumerate().map(|(i, ((name, value), node))| {
        let id = format!("studio-setup-var-{i}");
        html! {
            <p class="studio-field">
                <label for={id.clone()}>{ name.clone() }</label>
                <input type="number" id={id.clone()} step="1" value={value.to_string()} ref={node.clone()}
                    data-testid="studio-setup-var" />
            </p>
        }
    });
    html! {
        <section class="studio studio-setup" aria-labelledby="studio-setup-heading" data-testid="studio-setup">
            <h1 id="studio-setup-heading" tabindex="-1">
                { locale.text_with("studio-setup-heading", &[("id", props.setup.turn.clone().into())]) }
            </h1>
            <p class="lead">{ locale.text("studio-setup-lead") }</p>
            <h2>{ locale.text("studio-setup-way") }</h2>
            <ol class="studio-setup-way" data-testid="studio-setup-way">{ for way }</ol>
            <form onsubmit={on_submit} novalidate=true>
                <p class="studio-field">
                    <label for="studio-setup-mood">{ locale.text("studio-setup-mood") }</label>
                    <input type="number" id="studio-setup-mood" min="0" max="100" step="1" ref={mood_ref}
                        value={state.mood(sc).to_string()} aria-describedby="studio-setup-mood-hint"
                        data-testid="studio-setup-mood" />
                    <span class="hint" id="studio-setup-mood-hint">{ locale.text("studio-setup-mood-hint") }</span>
                </p>
                if !sc.vars.is_empty() {
                    <fieldset class="studio-setup-vars">
                        <legend>{ locale.text("studio-setup-vars") }</legend>
                        { for vars }
                    </fieldset>
                }
                if *wrong {
                    <p class="error-panel" role="alert" data-testid="studio-setup-wrong">{ locale.text("studio-setup-wrong") }</p>
                }
                <p class="studio-actions">
                    <button type="submit" class="button button-primary" data-testid="studio-setup-start">{ locale.text("studio-setup-start") }</button>
                    <button type="button" class="button" data-testid="studio-setup-cancel" onclick={cancel}>{ locale.text("studio-back-to-editing") }</button>
                </p>
            </form>
        </section>
    }
}
