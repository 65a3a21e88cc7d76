//! The inspector's lines (issue 15, item 3): a node's values in file order, each text followed
//! by its translations not written yet (an empty field that writes one when filled) and, for a
//! reply's text, its wordings. Apart from `inspector.rs`, which draws each line.

use calmline_studio::draft::FieldValue;
use calmline_studio::{FieldPath, Step, Work, blueprint};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::naming::{field_id, group, label};
use super::{Ask, Shape};
use crate::i18n::Locale;

/// One line of the inspector: a value, a translation not written yet, or a reply text's
/// wordings (to add one or take the last out).
pub(super) enum Row {
    Field(FieldPath, Option<FieldValue>),
    Missing(FieldPath),
    Wordings(FieldPath, usize),
}

/// The node's values in file order, each text followed by its missing translations and, for a
/// reply's text, its wordings.
pub(super) fn rows(work: &Work, fields: Vec<(FieldPath, Option<FieldValue>)>) -> Vec<Row> {
    let paths: Vec<FieldPath> = fields.iter().map(|(p, _)| p.clone()).collect();
    let missing = blueprint::missing_languages(&paths);
    let text_at = |i: usize| {
        paths
            .get(i)
            .and_then(|p| blueprint::text_of(p))
            .map(|t| t.0)
    };
    let mut out = Vec::new();
    for (i, (path, value)) in fields.into_iter().enumerate() {
        out.push(Row::Field(path, value));
        let Some(text) = text_at(i) else { continue };
        if text_at(i + 1).as_ref() == Some(&text) {
            continue;
        }
        let last = text.0.last().cloned();
        out.extend(
            missing
                .iter()
                .filter(|m| m.0[..m.0.len() - 1] == text.0[..])
                .map(|m| Row::Missing(m.clone())),
        );
        let in_reply = text.0.iter().any(|s| *s == Step::Key("reply".into()));
        if in_reply && last == Some(Step::Key("text".into())) {
            let count = blueprint::LANGS
                .iter()
                .map(|l| super::shape::wordings(work, &text, l))
                .max()
                .unwrap_or(1);
            out.push(Row::Wordings(text, count));
        }
    }
    out
}

/// A translation not written yet: an empty field that writes it when filled.
pub(super) fn missing(
    locale: &Locale,
    on_ask: &Callback<Ask>,
    path: &FieldPath,
    base: usize,
) -> Html {
    let id = field_id(path);
    let target = path.clone();
    let on_ask = on_ask.clone();
    let onchange = Callback::from(move |e: Event| {
        let value = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|i| i.value());
        if let Some(value) = value.filter(|v| !v.trim().is_empty()) {
            on_ask.emit(Ask::Shape(Shape::Put(target.clone(), value)));
        }
    });
    let inner = &path.0[base..];
    let rest = group(locale, inner).1;
    let text = locale.text_with(
        "studio-field-missing",
        &[("field", label(locale, inner, rest).into())],
    );
    html! {
        <div class="studio-field studio-field-missing" key={path.to_string()}>
            <label for={id.clone()}>{ text }</label>
            <input {id} type="text" data-path={path.to_string()} value="" {onchange} />
        </div>
    }
}
