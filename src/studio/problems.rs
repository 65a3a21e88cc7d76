//! The validator's problems with the call, in the interface language and in the trainer's
//! words: where it is (the turn or ending, the group and the field, as the inspector names
//! them), what is wrong and how to fix it, and a button that opens the turn or ending and puts
//! the focus on the field. The file's line and column are kept in a closed "details" part for
//! whoever edits the file by hand. The count is announced.

use calmline_engine::model::{Grade, Outcome};
use calmline_engine::{Msg, Severity, Skill, diag};
use calmline_studio::Work;
use calmline_studio::work::Problem;
use yew::prelude::*;

use super::inspector::{group, label};
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
    let node = problem.node.and_then(|n| work.map.nodes.get(n));
    let mut parts = vec![match node {
        Some(node) => node_name(locale, node),
        None => locale.text("studio-about"),
    }];
    let field = problem.field.as_ref();
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

/// The studio's own name for a value a message names (a skill, a grade, an outcome), as its
/// forms and the player name it; `None` for anything else, which stays as written.
fn value_name(locale: &Locale, arg: &str, value: &str) -> Option<String> {
    let known = match arg {
        "skill" => Skill::ALL
            .iter()
            .any(|s| s.id() == value)
            .then_some("skill-"),
        "grade" | "worse" => Grade::ALL
            .iter()
            .any(|(id, _)| *id == value)
            .then_some("grade-"),
        "outcome" => Outcome::ALL
            .iter()
            .any(|(id, _)| *id == value)
            .then_some("outcome-"),
        _ => None,
    };
    known.map(|prefix| locale.text(&format!("{prefix}{value}")))
}

/// `msg` as the studio says it to the trainer, in `locale`'s language.
pub(super) fn say(locale: &Locale, msg: &Msg) -> String {
    let names = |arg: &str, value: &str| value_name(locale, arg, value);
    diag::render_for(locale.lang(), msg, diag::Audience::Studio(&names))
}

#[component]
pub fn ProblemsPanel(props: &Props) -> Html {
    let locale = use_locale();
    let lang = locale.lang();
    let problems: Vec<(Problem, Option<String>)> = props
        .work
        .with(|w| {
            w.problems
                .iter()
                .map(|p| (p.clone(), place(&locale, w, p)))
                .collect()
        })
        .unwrap_or_default();
    html! {
        <section class="studio-problems" aria-labelledby="studio-problems-heading" data-testid="studio-problems">
            <h2 id="studio-problems-heading" aria-live="polite" data-count={problems.len().to_string()}>
                { locale.count("studio-problems", problems.len() as i64) }
            </h2>
            if problems.is_empty() {
                <p class="hint">{ locale.text("studio-problems-none") }</p>
            } else {
                <ol class="diagnostics-list">
                    { for problems.iter().map(|(p, place)| {
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
                                if let Some(hint) = d.fix.as_ref().map(|m| say(&locale, m)) {
                                    <p class="hint">{ hint }</p>
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
                    }) }
                </ol>
            }
        </section>
    }
}
