//! Before a play-test from a turn (issue 15, item 5): the trainer sees the way the call took to
//! get there and may change it (`play_way.rs`), sees the state it left (the customer's mood,
//! the call's variables), and may set those by hand to try the turn in a state of their
//! choosing (a mood just above a trigger's threshold, a variable a condition reads), then starts
//! the play-test or goes back to editing. A value that is not a whole number in range is said at once, beside its field.

use yew::prelude::*;

use super::play_way::WayPicker;
use super::playtest::{PlayTest, Route, Setup};
use crate::components::use_locale;

#[derive(Properties, PartialEq)]
pub struct SetupProps {
    pub setup: Setup,
    pub on_start: Callback<PlayTest>,
    pub on_cancel: Callback<()>,
}

/// A field's text, if it is a whole number.
fn whole(text: &str) -> Option<i32> {
    text.trim().parse().ok()
}

/// What the fields start as on a way that left `state`: its mood, then each variable.
fn typed_of(sc: &calmline_engine::Scenario, state: &calmline_engine::State) -> Vec<String> {
    std::iter::once(i32::from(state.mood(sc)))
        .chain(state.vars(sc))
        .map(|v| v.to_string())
        .collect()
}

/// The way to the turn, the mood and variables as fields, "Start" and "Back to editing".
#[component]
pub fn PlaySetup(props: &SetupProps) -> Html {
    let locale = use_locale();
    let sc = &props.setup.scenario;
    // The way taken; when it changes, the fields start again from what it left (`on_way`), not
    // from what was typed for another.
    let current = use_state(|| props.setup.routes[0].clone());
    let route = &*current;
    // What the fields hold, as typed (the mood first, then each variable): kept in the
    // component, so that a render (a value marked wrong as its field is left) never puts back
    // the way's value over what the trainer typed.
    let typed = use_state(|| typed_of(sc, &props.setup.routes[0].state));
    // The fields not holding a whole number in range: the mood (`None`) or a variable.
    let wrong = use_state(Vec::<Option<usize>>::new);
    // Where the keyboard goes after this render (with a count, so the same field twice moves it
    // twice): first the panel's heading, as on any screen that replaces another; after a
    // refused "Start", the first value to mend.
    let focus_to = use_state(|| (0u32, "studio-setup-heading".to_owned()));
    use_effect_with((*focus_to).clone(), |(_, id)| crate::platform::focus(id));
    let check = {
        let (wrong, typed) = (wrong.clone(), typed.clone());
        move || -> Result<(i32, Vec<i32>), String> {
            let mood = whole(&typed[0]).filter(|m| (0..=100).contains(m));
            let vars: Vec<Option<i32>> = typed[1..].iter().map(|v| whole(v)).collect();
            let bad: Vec<Option<usize>> = mood
                .is_none()
                .then_some(None)
                .into_iter()
                .chain(
                    vars.iter()
                        .enumerate()
                        .filter(|(_, v)| v.is_none())
                        .map(|(i, _)| Some(i)),
                )
                .collect();
            let first = bad.first().map(|at| {
                at.map_or_else(
                    || "studio-setup-mood".to_owned(),
                    |i| format!("studio-setup-var-{i}"),
                )
            });
            if *wrong != bad {
                wrong.set(bad);
            }
            match (mood, vars.into_iter().collect::<Option<Vec<i32>>>()) {
                (Some(mood), Some(vars)) => Ok((mood, vars)),
                _ => Err(first.unwrap_or_default()),
            }
        }
    };
    let on_submit = {
        let (scenario, route, on_start, check) = (
            sc.clone(),
            route.clone(),
            props.on_start.clone(),
            check.clone(),
        );
        let focus_to = focus_to.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match check() {
                Ok((mood, vars)) => on_start.emit(route.start(&scenario, mood, &vars)),
                // The keyboard goes to the first value to mend, its reason read with it.
                Err(field) => focus_to.set((focus_to.0 + 1, field)),
            }
        })
    };
    // Each value is checked as the trainer leaves its field, not only on "Start" (on leaving,
    // so that Enter in a field, which fires `change` too, is one check: the submission's).
    let on_leave = {
        let check = check.clone();
        Callback::from(move |_: FocusEvent| {
            let _ = check();
        })
    };
    let cancel = {
        let on_cancel = props.on_cancel.clone();
        Callback::from(move |_: MouseEvent| on_cancel.emit(()))
    };
    let on_way = {
        let (current, wrong, typed, sc) =
            (current.clone(), wrong.clone(), typed.clone(), sc.clone());
        Callback::from(move |route: Route| {
            wrong.set(Vec::new());
            typed.set(typed_of(&sc, &route.state));
            current.set(route);
        })
    };
    // Field `at` (0: the mood, then each variable) as the trainer types it. A value marked wrong
    // is cleared as soon as it is right, while typing: cleared as the field is left, its message
    // went from under the pointer on its way to "Start", and the click was lost (QA round 7,
    // mi-b).
    let on_input = |at: usize| {
        let (typed, wrong) = (typed.clone(), wrong.clone());
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                let mut now = (*typed).clone();
                now[at] = input.value();
                let field = at.checked_sub(1);
                let right = whole(&now[at]).is_some_and(|n| at > 0 || (0..=100).contains(&n));
                if right && wrong.contains(&field) {
                    wrong.set(wrong.iter().copied().filter(|w| *w != field).collect());
                }
                typed.set(now);
            }
        })
    };
    let problem = |at: Option<usize>, id: &str| {
        wrong.contains(&at).then(|| html! {
            <span class="field-error" role="alert" id={format!("{id}-wrong")} data-testid="studio-setup-wrong">
                { locale.text(if at.is_some() { "studio-setup-wrong-var" } else { "studio-setup-wrong-mood" }) }
            </span>
        })
    };
    let described = |at: Option<usize>, id: &str, hint: Option<&str>| {
        let ids: Vec<String> = hint
            .map(str::to_owned)
            .into_iter()
            .chain(wrong.contains(&at).then(|| format!("{id}-wrong")))
            .collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    let vars = sc.vars.iter().zip(typed[1..].iter()).enumerate().map(|(i, (name, value))| {
        let id = format!("studio-setup-var-{i}");
        html! {
            <p class="studio-field">
                <label for={id.clone()}>{ name.clone() }</label>
                <input type="text" inputmode="numeric" autocomplete="off" id={id.clone()} value={value.clone()} oninput={on_input(i + 1)}
                    aria-invalid={wrong.contains(&Some(i)).then_some("true")}
                    aria-describedby={described(Some(i), &id, None)} onblur={on_leave.clone()}
                    data-testid="studio-setup-var" />
                { problem(Some(i), &id) }
            </p>
        }
    });
    let mood_id = "studio-setup-mood";
    html! {
        <section class="studio studio-setup" aria-labelledby="studio-setup-heading" data-testid="studio-setup">
            <h1 id="studio-setup-heading" tabindex="-1">
                { locale.text_with("studio-setup-heading", &[("id", props.setup.turn.clone().into())]) }
            </h1>
            // One way when the best replies and the weakest take the same (QA round 6, mi-a).
            <p class="lead">{ locale.text(if props.setup.routes.len() > 1 { "studio-setup-lead" } else { "studio-setup-lead-one" }) }</p>
            <WayPicker setup={props.setup.clone()} current={route.clone()} on_change={on_way} />
            // Another way, other values: the fields start again from what it left.
            <form onsubmit={on_submit} novalidate=true>
                <p class="studio-field">
                    <label for={mood_id}>{ locale.text("studio-setup-mood") }</label>
                    <input type="text" inputmode="numeric" autocomplete="off" id={mood_id} oninput={on_input(0)}
                        value={typed[0].clone()} onblur={on_leave.clone()}
                        aria-invalid={wrong.contains(&None).then_some("true")}
                        aria-describedby={described(None, mood_id, Some("studio-setup-mood-hint"))}
                        data-testid="studio-setup-mood" />
                    <span class="hint" id="studio-setup-mood-hint">{ locale.text("studio-setup-mood-hint") }</span>
                    { problem(None, mood_id) }
                </p>
                if !sc.vars.is_empty() {
                    <fieldset class="studio-setup-vars">
                        <legend>{ locale.text("studio-setup-vars") }</legend>
                        { for vars }
                    </fieldset>
                }
                <p class="studio-actions">
                    <button type="submit" class="button button-primary" data-testid="studio-setup-start">{ locale.text("studio-setup-start") }</button>
                    <button type="button" class="button" data-testid="studio-setup-cancel" onclick={cancel}>{ locale.text("studio-back-to-editing") }</button>
                </p>
            </form>
        </section>
    }
}
