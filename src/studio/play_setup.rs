//! Before a play-test from a turn (issue 15, item 5): the trainer sees the way the call took to
//! get there, each move with its grade, picks the way along the best replies or the weakest
//! (QA round 4, MA1), sees the state it left (the customer's mood, the call's variables), and may
//! set those by hand to try the turn in a state of their choosing (a mood just above a
//! trigger's threshold, a variable a condition reads), then starts the play-test or goes back to
//! editing. A value that is not a whole number in range is said at once, beside its field.

use yew::prelude::*;

use calmline_engine::Scenario;
use calmline_studio::playtest::Prefer;

use super::playtest::{PlayTest, Setup};
use crate::components::use_locale;
use crate::i18n::Locale;

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

/// A move of the way (`turn.reply` or `turn.silence`) as the trainer reads it: the turn, the
/// reply and its grade, or the silence.
fn move_line(locale: &Locale, sc: &Scenario, step: &str) -> String {
    let (turn, reply) = step.rsplit_once('.').unwrap_or((step, ""));
    let grade = sc
        .turns
        .iter()
        .find(|t| t.id == turn)
        .and_then(|t| t.replies.iter().find(|r| r.id == reply))
        .map(|r| r.grade);
    match grade {
        Some(grade) => locale.text_with(
            "studio-setup-move",
            &[
                ("turn", turn.to_owned().into()),
                ("reply", reply.to_owned().into()),
                (
                    "grade",
                    locale.text(&format!("grade-{}", grade.id())).into(),
                ),
            ],
        ),
        None => format!("{turn} › {}", locale.text("studio-setup-silence")),
    }
}

/// The way to the turn, the mood and variables as fields, "Start" and "Back to editing".
#[component]
pub fn PlaySetup(props: &SetupProps) -> Html {
    let locale = use_locale();
    let sc = &props.setup.scenario;
    let chosen = use_state(|| 0usize);
    let route = &props.setup.routes[(*chosen).min(props.setup.routes.len() - 1)];
    let state = &route.state;
    let mood_ref = use_node_ref();
    let var_refs = use_memo(sc.vars.len(), |n| {
        (0..*n).map(|_| NodeRef::default()).collect::<Vec<_>>()
    });
    // The fields not holding a whole number in range: the mood (`None`) or a variable.
    let wrong = use_state(Vec::<Option<usize>>::new);
    // Where the keyboard goes after this render (with a count, so the same field twice moves it
    // twice): first the panel's heading, as on any screen that replaces another; after a
    // refused "Start", the first value to mend.
    let focus_to = use_state(|| (0u32, "studio-setup-heading".to_owned()));
    use_effect_with((*focus_to).clone(), |(_, id)| crate::platform::focus(id));
    let check = {
        let (wrong, mood_ref, var_refs) = (wrong.clone(), mood_ref.clone(), var_refs.clone());
        move || -> Result<(i32, Vec<i32>), String> {
            let mood = mood_ref
                .cast::<web_sys::HtmlInputElement>()
                .and_then(|i| whole(&i))
                .filter(|m| (0..=100).contains(m));
            let vars: Vec<Option<i32>> = var_refs
                .iter()
                .map(|r| {
                    r.cast::<web_sys::HtmlInputElement>()
                        .and_then(|i| whole(&i))
                })
                .collect();
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
    // not on `change`: Enter in a field fires `change` too, and a render then would stop the
    // form's submission).
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
    let routes = (props.setup.routes.len() > 1).then(|| {
        let options = props.setup.routes.iter().enumerate().map(|(i, r)| {
            let (set, wrong) = (chosen.clone(), wrong.clone());
            let pick = Callback::from(move |_: Event| {
                set.set(i);
                wrong.set(Vec::new());
            });
            let key = match r.prefer {
                Prefer::Best => "studio-setup-route-best",
                Prefer::Weakest => "studio-setup-route-weakest",
            };
            let id = format!("studio-setup-route-{i}");
            html! {
                <p class="studio-choice">
                    <input type="radio" name="studio-setup-route" id={id.clone()} checked={i == *chosen}
                        onchange={pick} data-testid="studio-setup-route" />
                    <label for={id}>{ locale.text(key) }</label>
                </p>
            }
        });
        html! {
            <fieldset class="studio-setup-routes">
                <legend>{ locale.text("studio-setup-route") }</legend>
                { for options }
            </fieldset>
        }
    });
    let way = route
        .way
        .iter()
        .map(|step| html! { <li>{ move_line(&locale, sc, step) }</li> });
    let problem = |at: Option<usize>, id: &str| {
        wrong.contains(&at).then(|| html! {
            <span class="field-error" role="alert" id={format!("{id}-wrong")} data-testid="studio-setup-wrong">{ locale.text("studio-setup-wrong") }</span>
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
    let values = state.vars(sc);
    let vars = sc.vars.iter().zip(values).zip(var_refs.iter()).enumerate().map(|(i, ((name, value), node))| {
        let id = format!("studio-setup-var-{i}");
        html! {
            <p class="studio-field">
                <label for={id.clone()}>{ name.clone() }</label>
                <input type="number" id={id.clone()} step="1" value={value.to_string()} ref={node.clone()}
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
            <p class="lead">{ locale.text("studio-setup-lead") }</p>
            { routes.unwrap_or_default() }
            <h2>{ locale.text("studio-setup-way") }</h2>
            <ol class="studio-setup-way" data-testid="studio-setup-way">{ for way }</ol>
            // Another way, other values: the fields start again from what it left.
            <form onsubmit={on_submit} novalidate=true key={*chosen}>
                <p class="studio-field">
                    <label for={mood_id}>{ locale.text("studio-setup-mood") }</label>
                    <input type="number" id={mood_id} min="0" max="100" step="1" ref={mood_ref}
                        value={state.mood(sc).to_string()} onblur={on_leave.clone()}
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
