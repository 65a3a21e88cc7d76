//! One value of the file as a form control: a text field (a text area for long texts), a
//! number, a yes/no box, or, where the format allows only some values, a list to pick from:
//! grades, how the customer sounds, outcomes, difficulty, customer type in the interface's
//! words (with the value written now kept, and marked, when it is none of them); and for "leads
//! to", the start and the endings, a text field offering the call's turns and endings
//! (`datalists`), so a trainer picks an id instead of typing it, and can still name a turn
//! they are about to add.

use calmline_engine::Skill;
use calmline_engine::face::{Beard, Glasses, Hair, HairColour, Presentation, Skin, ids};
use calmline_engine::model::{
    CustomerType, Difficulty, Direction, Emotion, Grade, Outcome, Technique,
};
use calmline_studio::draft::FieldValue;
use calmline_studio::{FieldPath, NodeKind, Step, Work};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::Ask;
use crate::i18n::Locale;

/// What a text field offers: a fixed set of values to pick from, or the ids of one of the
/// `datalists` to suggest.
enum Offer {
    Pick(Vec<(String, String)>),
    Suggest(&'static str),
}

/// The lists of the call's turns and endings a "leads to" field suggests, by element id.
pub fn datalists(work: &Work, locale: &Locale) -> Html {
    let list = |id: &'static str, kind: Option<NodeKind>| {
        html! {
            <datalist {id}>
                { for work.map.nodes.iter().filter(|n| kind.is_none_or(|k| n.kind == k)).map(|n| html! {
                    <option value={n.id.clone()}>{ super::node_name(locale, n) }</option>
                }) }
            </datalist>
        }
    };
    html! {
        <>
            { list("studio-targets", None) }
            { list("studio-turns", Some(NodeKind::Turn)) }
            { list("studio-endings", Some(NodeKind::Ending)) }
        </>
    }
}

/// What the field at `path` offers; `None`: any text.
fn offer(locale: &Locale, path: &FieldPath) -> Option<Offer> {
    let key = keys_back(&path.0).next()?;
    let named = |ids: Vec<&str>, prefix: &str| {
        ids.into_iter()
            .map(|id| {
                (
                    id.to_owned(),
                    format!("{} ({id})", locale.text(&format!("{prefix}{id}"))),
                )
            })
            .collect::<Vec<_>>()
    };
    let top = matches!(path.0.first(), Some(Step::Key(k)) if k != "turn" && k != "ending");
    Some(match key {
        "grade" => Offer::Pick(named(
            Grade::ALL.iter().map(|(id, _)| *id).collect(),
            "grade-",
        )),
        "emotion" => Offer::Pick(named(
            Emotion::ALL.iter().map(|(id, _)| *id).collect(),
            "emotion-",
        )),
        "outcome" => Offer::Pick(named(
            Outcome::ALL.iter().map(|(id, _)| *id).collect(),
            "outcome-",
        )),
        "difficulty" => Offer::Pick(named(
            Difficulty::ALL.iter().map(|(id, _)| *id).collect(),
            "difficulty-",
        )),
        "customer_type" => Offer::Pick(named(
            CustomerType::ALL.iter().map(|(id, _)| *id).collect(),
            "customer-",
        )),
        // The customer's face, each choice in the interface's words (QA round 2, MA2).
        "presentation" => Offer::Pick(named(ids(Presentation::ALL), "studio-face-presentation-")),
        "skin" => Offer::Pick(named(ids(Skin::ALL), "studio-face-skin-")),
        "hair" => Offer::Pick(named(ids(Hair::ALL), "studio-face-hair-")),
        "hair_colour" => Offer::Pick(named(ids(HairColour::ALL), "studio-face-hair_colour-")),
        "glasses" => Offer::Pick(named(ids(Glasses::ALL), "studio-face-glasses-")),
        "beard" => Offer::Pick(named(ids(Beard::ALL), "studio-face-beard-")),
        // The call's own lists and who calls, by name (QA round 3, mi-e).
        "skills" if top => {
            Offer::Pick(named(Skill::ALL.iter().map(|s| s.id()).collect(), "skill-"))
        }
        "techniques" if top => Offer::Pick(named(
            Technique::ALL.iter().map(|(id, _)| *id).collect(),
            "technique-",
        )),
        "direction" if top => Offer::Pick(named(
            Direction::ALL.iter().map(|(id, _)| *id).collect(),
            "studio-direction-",
        )),
        "goto" => Offer::Suggest("studio-targets"),
        "start" if top => Offer::Suggest("studio-turns"),
        "gives_up" | "ending" if top => Offer::Suggest("studio-endings"),
        _ => return None,
    })
}

/// How a control is tied to the page: its element id (a `<label for>` names it), the ids of
/// what describes it (its group's heading, its problem), and whether the validator found a
/// problem in it.
pub struct Tag {
    pub id: String,
    pub described: Option<String>,
    pub invalid: bool,
}

/// The keys of a path's `steps`, the last first (positions in arrays left out).
pub(super) fn keys_back(steps: &[Step]) -> impl Iterator<Item = &str> {
    steps.iter().rev().filter_map(|s| match s {
        Step::Key(k) => Some(k.as_str()),
        Step::Index(_) => None,
    })
}

/// Whether `path` is something said in one language (a line, a reply, feedback, a summary):
/// written in sentences, unlike a call's title or the customer's name.
fn prose(path: &FieldPath) -> bool {
    let mut keys = keys_back(&path.0);
    matches!(keys.next(), Some("pl" | "hu" | "en"))
        && !matches!(keys.next(), Some("title" | "name"))
}

/// The control of the value `value` at `path`.
pub fn control(
    locale: &Locale,
    on_ask: &Callback<Ask>,
    path: &FieldPath,
    value: FieldValue,
    tag: Tag,
) -> Html {
    let Tag {
        id,
        described,
        invalid,
    } = tag;
    let invalid = invalid.then_some("true");
    let target = path.clone();
    let on_ask = on_ask.clone();
    let data_path = path.to_string();
    match value {
        FieldValue::Text(value) => {
            let onchange = Callback::from(move |e: Event| {
                let value = e.target().and_then(|t| {
                    t.dyn_ref::<web_sys::HtmlTextAreaElement>()
                        .map(|t| t.value())
                        .or_else(|| t.dyn_ref::<web_sys::HtmlInputElement>().map(|i| i.value()))
                        .or_else(|| t.dyn_ref::<web_sys::HtmlSelectElement>().map(|s| s.value()))
                });
                if let Some(value) = value {
                    on_ask.emit(Ask::Edit(target.clone(), FieldValue::Text(value)));
                }
            });
            let offered = offer(locale, path);
            if let Some(Offer::Pick(mut options)) = offered {
                if !options.iter().any(|(id, _)| *id == value) {
                    let unknown = locale
                        .text_with("studio-choice-unknown", &[("value", value.clone().into())]);
                    options.insert(0, (value.clone(), unknown));
                }
                html! {
                    <select {id} data-path={data_path} aria-describedby={described.clone()} aria-invalid={invalid} {onchange}>
                        { for options.into_iter().map(|(option, name)| html! {
                            <option value={option.clone()} selected={option == value}>{ name }</option>
                        }) }
                    </select>
                }
            } else if let Some(Offer::Suggest(list)) = offered {
                html! { <input {id} type="text" {list} autocomplete="off" data-path={data_path} aria-describedby={described.clone()} aria-invalid={invalid} {value} {onchange} /> }
            } else if prose(path) || value.chars().count() > 60 {
                // A sentence is never cut off in a one-line box, however many wordings it has
                // (QA round 2, mi6); a long one gets a third line.
                let rows = if value.chars().count() > 60 { "3" } else { "2" };
                html! { <textarea {id} {rows} data-path={data_path} aria-describedby={described.clone()} aria-invalid={invalid} {value} {onchange} /> }
            } else {
                html! { <input {id} type="text" data-path={data_path} aria-describedby={described.clone()} aria-invalid={invalid} {value} {onchange} /> }
            }
        }
        FieldValue::Int(n) => {
            let onchange = Callback::from(move |e: Event| {
                let value = e
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                    .map(|i| i.value());
                if let Some(value) = value {
                    // Not a number (a cleared field): asked as text, which the call refuses and
                    // says so, instead of keeping the old number without a word (QA m4).
                    let value = match value.trim().parse::<i64>() {
                        Ok(n) => FieldValue::Int(n),
                        Err(_) => FieldValue::Text(value),
                    };
                    on_ask.emit(Ask::Edit(target.clone(), value));
                }
            });
            html! { <input {id} type="number" data-path={data_path} aria-describedby={described.clone()} aria-invalid={invalid} value={n.to_string()} {onchange} /> }
        }
        FieldValue::Bool(b) => {
            let onchange = Callback::from(move |e: Event| {
                if let Some(i) = e
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                {
                    on_ask.emit(Ask::Edit(target.clone(), FieldValue::Bool(i.checked())));
                }
            });
            html! { <input {id} type="checkbox" data-path={data_path} aria-describedby={described.clone()} aria-invalid={invalid} checked={b} {onchange} /> }
        }
    }
}
