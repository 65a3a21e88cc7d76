//! The validator's problems with the call, in the interface language and in the trainer's
//! words: where it is (the turn or ending, the group and the field, as the inspector names
//! them), what is wrong and how to fix it, and a button that opens the turn or ending and puts
//! the focus on the field. The file's line and column are kept in a closed "details" part for
//! whoever edits the file by hand. The count is announced.

use calmline_engine::{Msg, Severity};
use calmline_studio::draft::FieldValue;
use calmline_studio::work::Problem;
use calmline_studio::{FieldPath, Step, Work};
use yew::prelude::*;

use super::naming::{group, label};
use super::say::say;
use super::{Ask, Shared, node_name};
use crate::components::use_locale;
use crate::i18n::Locale;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub work: Shared,
    pub on_ask: Callback<Ask>,
}

/// Where a problem is, as the studio names things: "Turn “insult” › Customer line 1 › The
/// customer says · Polski"; `None` when the validator could not tie it to a field or a node.
fn place(locale: &Locale, work: &Work, problem: &Problem) -> Option<String> {
    place_of(locale, work, problem.field.as_ref(), problem.node)
}

/// Where a field is, as the studio names things (the node it belongs to, if any, by its index
/// on the map; "About this call" for the call's own fields).
pub(super) fn place_of(
    locale: &Locale,
    work: &Work,
    field: Option<&FieldPath>,
    node: Option<usize>,
) -> Option<String> {
    let node = node.and_then(|n| work.map.nodes.get(n));
    let mut parts = vec![match node {
        Some(node) => node_name(locale, node),
        None => locale.text("studio-about"),
    }];
    if node.is_none() && field.is_none() {
        return None;
    }
    if let Some(field) = field {
        let inner = match node {
            Some(node) if field.0.starts_with(&node.path.0) => &field.0[node.path.0.len()..],
            _ => &field.0[..],
        };
        let (group, rest) = group(locale, inner);
        if rest > 0 {
            parts.push(group);
        }
        let label = label(locale, inner, rest);
        if !label.is_empty() {
            parts.push(label);
        }
    }
    Some(parts.join(" › "))
}

/// How to fix `p`, as the studio says it. An empty text says whether the call can do without
/// it (a "Remove" button is beside it) or needs it written (QA round 5, mi-e: a trainer looked
/// for a button that was not there).
/// `paths` are the call's fields, read once for the whole list.
fn fix(locale: &Locale, w: &Work, paths: &[FieldPath], p: &Problem) -> Option<String> {
    let m = p.diagnostic.fix.as_ref()?;
    if let ("diag-empty-text-hint", Some(field)) = (m.id(), &p.field) {
        let node = p.node.and_then(|n| w.map.nodes.get(n));
        let base = node.map_or(0, |n| n.path.0.len());
        let best = |n: usize| {
            let node = FieldPath(field.0[..base].to_vec());
            w.draft.get(&node.key("reply").index(n).key("grade"))
                == Some(FieldValue::Text("best".into()))
        };
        let wording = matches!(field.0.last(), Some(Step::Index(_)))
            && !calmline_studio::blueprint::lone_wording(paths, field);
        if !wording && super::fields::optional(&field.0[base..], best).is_none() {
            return Some(locale.text("studio-empty-text-needed"));
        }
    }
    Some(say(locale, m))
}

/// A problem, where it is and how to fix it, as the list says them.
type Entry = (Problem, Option<String>, Option<String>);

#[component]
pub fn ProblemsPanel(props: &Props) -> Html {
    let locale = use_locale();
    let lang = locale.lang();
    let problems: Vec<Entry> = props
        .work
        .with(|w| {
            let paths: Vec<FieldPath> = w.places.fields.iter().map(|f| f.path.clone()).collect();
            w.problems
                .iter()
                .map(|p| (p.clone(), place(&locale, w, p), fix(&locale, w, &paths, p)))
                .collect()
        })
        .unwrap_or_default();
    let item = |(p, place, fix): &Entry| -> Html {
        let field = p.field.clone();
        let on_ask = props.on_ask.clone();
        let go = Callback::from(move |_: MouseEvent| {
            if let Some(field) = field.clone() {
                on_ask.emit(Ask::Field(field));
            }
        });
        let (class, severity) = match p.diagnostic.severity {
            Severity::Error => ("studio-problem is-error", "diag-severity-error"),
            Severity::Warning => ("studio-problem is-warning", "diag-severity-warning"),
        };
        let d = &p.diagnostic;
        html! {
            <li {class} data-testid="studio-problem"
                data-field={p.field.as_ref().map(|f| f.to_string())}>
                <p class="studio-problem-where">
                    <span class="studio-problem-kind">
                        { calmline_engine::diag::render(lang, &Msg::new(severity)) }
                    </span>
                    { " " }
                    if let Some(place) = place {
                        <strong>{ place.clone() }</strong>
                    }
                </p>
                <p class="studio-problem-what" data-testid="studio-problem-what">{ say(&locale, &d.what) }</p>
                if let Some(hint) = fix {
                    <p class="hint">{ hint.clone() }</p>
                }
                if p.field.is_some() {
                    <button type="button" class="button button-quiet" data-testid="studio-problem-go" onclick={go}>
                        { locale.text("studio-problems-go") }
                    </button>
                }
                <details class="studio-problem-details">
                    <summary>{ locale.text("studio-problems-in-file") }</summary>
                    <code>{ format!("{}:{}:{}", d.file, d.line, d.column) }</code>
                </details>
            </li>
        }
    };
    // On a phone the list is folded by turn or ending, the first group open (QA round 5, mi-k:
    // fifty problems of a new call made a page 21,000 px long).
    let mut groups: Vec<(String, Vec<&Entry>)> = Vec::new();
    for entry in &problems {
        let name = props
            .work
            .with(|w| {
                entry
                    .0
                    .node
                    .and_then(|n| w.map.nodes.get(n))
                    .map(|n| node_name(&locale, n))
            })
            .flatten()
            .unwrap_or_else(|| locale.text("studio-about"));
        match groups.iter_mut().find(|(n, _)| *n == name) {
            Some((_, items)) => items.push(entry),
            None => groups.push((name, vec![entry])),
        }
    }
    html! {
        <section class="studio-problems" aria-labelledby="studio-problems-heading" data-testid="studio-problems">
            <h2 id="studio-problems-heading" aria-live="polite" data-count={problems.len().to_string()}>
                { locale.count("studio-problems", problems.len() as i64) }
            </h2>
            if problems.is_empty() {
                <p class="hint">{ locale.text("studio-problems-none") }</p>
            } else {
                if super::narrow() {
                    { for groups.iter().enumerate().map(|(i, (name, items))| html! {
                        <details class="studio-fold studio-problem-group" key={name.clone()} open={i == 0}
                                 data-testid="studio-problem-group">
                            <summary class="studio-group"><h3>{ locale.text_with("studio-problems-group", &[
                                ("place", name.clone().into()),
                                ("problems", locale.count("studio-problems", items.len() as i64).into()),
                            ]) }</h3></summary>
                            <ol class="diagnostics-list">{ for items.iter().map(|p| item(p)) }</ol>
                        </details>
                    }) }
                } else {
                    <ol class="diagnostics-list">{ for problems.iter().map(&item) }</ol>
                }
            }
        </section>
    }
}
