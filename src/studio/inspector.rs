//! The selected turn or ending with every value it holds, grouped (the node itself, each reply,
//! each customer line, the silence), each a labelled field that edits the file when it changes.
//! A problem's "go to the field" puts the focus here.

use calmline_studio::draft::FieldValue;
use calmline_studio::{FieldPath, Step};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{Ask, Shared, node_name};
use crate::components::use_locale;
use crate::i18n::Locale;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub work: Shared,
    pub selected: Option<usize>,
    pub focus: Option<FieldPath>,
    pub on_ask: Callback<Ask>,
}

/// The element id of a field's input.
pub fn field_id(path: &FieldPath) -> String {
    let text: String = path
        .to_string()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("field-{text}")
}

/// Keys with a name of their own in the interface; others are shown as written in the file.
const NAMED: [&str; 14] = [
    "id", "emotion", "time", "grade", "goto", "mood", "feedback", "reaction", "text", "outcome",
    "debrief", "line", "silence", "hold",
];

/// A field's label from its path inside its group: "Feedback · Polski", "Text · English · wording 2".
fn label(locale: &Locale, steps: &[Step]) -> String {
    steps
        .iter()
        .map(|step| match step {
            Step::Key(k) if ["pl", "hu", "en"].contains(&k.as_str()) => {
                locale.text(&format!("language-name-{k}"))
            }
            Step::Key(k)
                if NAMED.contains(&k.as_str()) && !["silence", "hold"].contains(&k.as_str()) =>
            {
                locale.text(&format!("studio-field-{k}"))
            }
            Step::Key(k) => k.clone(),
            Step::Index(n) => {
                locale.text_with("studio-field-wording", &[("n", (*n as i64 + 1).into())])
            }
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The group a field's path inside its node belongs to, and where the rest of it starts.
fn group(locale: &Locale, steps: &[Step]) -> (String, usize) {
    match steps {
        [Step::Key(k), Step::Index(n), ..] if k == "reply" => (
            locale.text_with("studio-group-reply", &[("n", (*n as i64 + 1).into())]),
            2,
        ),
        [Step::Key(k), Step::Index(n), ..] if k == "line" => (
            locale.text_with("studio-group-line", &[("n", (*n as i64 + 1).into())]),
            2,
        ),
        [Step::Key(k), _, ..] if k == "silence" => (locale.text("studio-group-silence"), 1),
        [Step::Key(k), _, ..] if k == "hold" => (locale.text("studio-group-hold"), 1),
        _ => (locale.text("studio-group-node"), 0),
    }
}

#[component]
pub fn Inspector(props: &Props) -> Html {
    let locale = use_locale();
    {
        // A problem's field: focused and in view once it is drawn.
        let focus = props.focus.clone();
        use_effect_with((focus, props.selected), |(focus, _)| {
            if let Some(path) = focus {
                let id = field_id(path);
                if let Some(el) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id(&id))
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = el.focus();
                    el.scroll_into_view_with_bool(false);
                }
            }
        });
    }
    let Some(node) = props.selected else {
        return html! { <section class="studio-inspector"><p class="hint">{ locale.text("studio-inspector-empty") }</p></section> };
    };
    let Some((name, base, fields)) = props
        .work
        .with(|w| {
            let node = w.map.nodes.get(node)?;
            let fields: Vec<(FieldPath, Option<FieldValue>)> = w
                .fields_of(node)
                .into_iter()
                .map(|f| (f.path.clone(), w.draft.get(&f.path)))
                .collect();
            Some((node_name(&locale, node), node.path.0.len(), fields))
        })
        .flatten()
    else {
        return html! { <section class="studio-inspector"><p class="hint">{ locale.text("studio-inspector-empty") }</p></section> };
    };

    // Fields in file order, a heading where the group changes.
    let mut last_group = None;
    let rows = fields.into_iter().map(|(path, value)| {
        let inner = &path.0[base..];
        let (group_name, rest) = group(&locale, inner);
        let heading = (last_group.as_ref() != Some(&group_name)).then(|| {
            last_group = Some(group_name.clone());
            html! { <h3 class="studio-group">{ group_name.clone() }</h3> }
        });
        let id = field_id(&path);
        let text = label(&locale, &inner[rest..]);
        let on_ask = props.on_ask.clone();
        let target = path.clone();
        let input = match value {
            Some(FieldValue::Text(value)) => {
                let onchange = Callback::from(move |e: Event| {
                    let value = e.target().and_then(|t| {
                        t.dyn_ref::<web_sys::HtmlTextAreaElement>().map(|t| t.value())
                            .or_else(|| t.dyn_ref::<web_sys::HtmlInputElement>().map(|i| i.value()))
                    });
                    if let Some(value) = value {
                        on_ask.emit(Ask::Edit(target.clone(), FieldValue::Text(value)));
                    }
                });
                if value.chars().count() > 60 {
                    html! { <textarea id={id.clone()} rows="3" data-path={path.to_string()} {value} {onchange} /> }
                } else {
                    html! { <input id={id.clone()} type="text" data-path={path.to_string()} {value} {onchange} /> }
                }
            }
            Some(FieldValue::Int(n)) => {
                let onchange = Callback::from(move |e: Event| {
                    let value = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()).map(|i| i.value());
                    if let Some(n) = value.and_then(|v| v.trim().parse::<i64>().ok()) {
                        on_ask.emit(Ask::Edit(target.clone(), FieldValue::Int(n)));
                    }
                });
                html! { <input id={id.clone()} type="number" data-path={path.to_string()} value={n.to_string()} {onchange} /> }
            }
            Some(FieldValue::Bool(b)) => {
                let onchange = Callback::from(move |e: Event| {
                    if let Some(i) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                        on_ask.emit(Ask::Edit(target.clone(), FieldValue::Bool(i.checked())));
                    }
                });
                html! { <input id={id.clone()} type="checkbox" data-path={path.to_string()} checked={b} {onchange} /> }
            }
            None => return html! {},
        };
        html! {
            <div class="studio-field" key={path.to_string()}>
                { heading.unwrap_or_default() }
                <label for={id}>{ text }</label>
                { input }
            </div>
        }
    }).collect::<Vec<_>>();

    html! {
        <section class="studio-inspector" aria-labelledby="studio-inspector-heading" data-testid="studio-inspector">
            <h2 id="studio-inspector-heading">{ locale.text_with("studio-inspector-heading", &[("node", name.into())]) }</h2>
            { for rows }
        </section>
    }
}
