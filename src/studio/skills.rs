//! Skill points on a reply, added and taken out in the inspector (QA M8: a trainer could change
//! the points a reply already had, but not give points for another skill). A new skill starts
//! at 1 point and its field is focused; taking one out is one step to undo, like any change.

use calmline_engine::Skill;
use calmline_studio::FieldPath;
use yew::prelude::*;

use super::Ask;
use super::shape::Shape;
use crate::components::use_locale;

#[derive(Properties, PartialEq)]
pub struct AddProps {
    /// The reply (`turn[2].reply[0]`).
    pub reply: FieldPath,
    /// The skills the reply gives no points for yet.
    pub missing: Vec<Skill>,
    pub on_ask: Callback<Ask>,
}

/// A list of the skills the reply has no points for, and a button that adds the one picked.
#[component]
pub fn AddSkill(props: &AddProps) -> Html {
    let locale = use_locale();
    let picked = use_state(|| None::<Skill>);
    let Some(first) = props.missing.first().copied() else {
        return html! {};
    };
    let skill = picked
        .filter(|s| props.missing.contains(s))
        .unwrap_or(first);
    let id = format!(
        "add-skill-{}",
        props.reply.to_string().replace(['[', ']', '.'], "-")
    );
    let onchange = {
        let picked = picked.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                picked.set(
                    Skill::ALL
                        .iter()
                        .copied()
                        .find(|s| s.id() == select.value()),
                );
            }
        })
    };
    let onclick = {
        let on_ask = props.on_ask.clone();
        let reply = props.reply.clone();
        Callback::from(move |_: MouseEvent| {
            on_ask.emit(Ask::Shape(Shape::AddSkill(
                reply.clone(),
                skill.id().to_owned(),
            )));
        })
    };
    html! {
        <p class="studio-actions studio-add-skill">
            <label for={id.clone()}>{ locale.text("studio-add-skill-which") }</label>
            <select id={id} data-testid="studio-add-skill-which" {onchange}>
                { for props.missing.iter().map(|s| html! {
                    <option value={s.id()} selected={*s == skill}>{ locale.text(&format!("skill-{}", s.id())) }</option>
                }) }
            </select>
            <button type="button" class="button button-small" data-testid="studio-add-skill" {onclick}>
                { locale.text("studio-add-skill") }
            </button>
        </p>
    }
}

/// The skills of [`Skill::ALL`] whose points the reply at `reply` does not have among `paths`.
pub fn missing(paths: &[FieldPath], reply: &FieldPath) -> Vec<Skill> {
    let skills = reply.clone().key("skills");
    Skill::ALL
        .into_iter()
        .filter(|s| !paths.iter().any(|p| *p == skills.clone().key(s.id())))
        .collect()
}
