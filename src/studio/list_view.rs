//! The call's map in words, for the keyboard and screen readers and for long calls: every turn
//! and ending in file order, its marks spelled out, and where each of its replies, its silence,
//! and the triggers and hang-ups lead (each rule a button to where it is written).

use calmline_studio::map::{Edge, EdgeKind};
use yew::prelude::*;

use super::{Ask, Shared, node_name};
use crate::components::use_locale;
use crate::i18n::Locale;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub work: Shared,
    pub selected: Option<usize>,
    pub on_ask: Callback<Ask>,
}

/// One edge in words.
fn edge_text(locale: &Locale, edge: &Edge) -> String {
    let target = ("target", edge.target.clone().into());
    let said = match &edge.kind {
        EdgeKind::Reply { id, grade } => {
            let grade = locale.text(&format!("grade-{grade}"));
            locale.text_with(
                "studio-edge-reply",
                &[("id", id.clone().into()), ("grade", grade.into()), target],
            )
        }
        EdgeKind::Silence => locale.text_with("studio-edge-silence", &[target]),
        EdgeKind::Trigger { id } => {
            locale.text_with("studio-edge-trigger", &[("id", id.clone().into()), target])
        }
        EdgeKind::HangUp { rule, conditional } => locale.text_with(
            if *conditional {
                "studio-edge-hang-up-when"
            } else {
                "studio-edge-hang-up-otherwise"
            },
            &[("n", (*rule as i64).into()), target],
        ),
        EdgeKind::GivesUp => locale.text_with("studio-edge-gives-up", &[target]),
    };
    if edge.to.is_none() {
        format!(
            "{said}: {}",
            locale.text_with(
                "studio-edge-missing",
                &[("target", edge.target.clone().into())]
            )
        )
    } else {
        said
    }
}

#[component]
pub fn ListView(props: &Props) -> Html {
    let locale = use_locale();
    let Some((map, problems)) = props.work.with(|w| {
        let problems: Vec<bool> = (0..w.map.nodes.len()).map(|n| w.has_problem(n)).collect();
        (w.map.clone(), problems)
    }) else {
        return html! {};
    };
    let anywhere: Vec<&Edge> = map.edges.iter().filter(|e| e.from.is_none()).collect();
    html! {
        <section class="studio-list" aria-label={locale.text("studio-list-label")} data-testid="studio-list">
            <ol>
                { for map.nodes.iter().enumerate().map(|(i, node)| {
                    let marks: Vec<String> = [
                        (node.start, "studio-mark-start"),
                        (node.unreachable, "studio-mark-unreachable"),
                        (problems[i], "studio-mark-problem"),
                    ]
                    .into_iter()
                    .filter(|(on, _)| *on)
                    .map(|(_, key)| locale.text(key))
                    .collect();
                    let pick = props.on_ask.reform(move |_: MouseEvent| Ask::Select(i));
                    let class = classes!("studio-list-node", (props.selected == Some(i)).then_some("is-selected"));
                    html! {
                        <li {class} data-testid="list-node" data-id={node.id.clone()}>
                            <button type="button" class="button button-quiet" aria-pressed={(props.selected == Some(i)).to_string()} onclick={pick}>
                                { node_name(&locale, node) }
                            </button>
                            if !marks.is_empty() {
                                <span class="studio-marks">{ format!(" ({})", marks.join(", ")) }</span>
                            }
                            <p class="studio-list-text">{ node.text.clone() }</p>
                            // An ending leads nowhere: no empty list for a screen reader to
                            // announce (QA round 2, mi8).
                            if map.edges.iter().any(|e| e.from == Some(i)) {
                                <ul>
                                    { for map.edges.iter().filter(|e| e.from == Some(i)).map(|e| html! {
                                        <li class={classes!(e.to.is_none().then_some("is-missing"))}>{ edge_text(&locale, e) }</li>
                                    }) }
                                </ul>
                            }
                        </li>
                    }
                }) }
            </ol>
            if !anywhere.is_empty() {
                <ul class="studio-list-anywhere">
                    // A rule of the call opens where it is written, in "About this call".
                    { for anywhere.iter().map(|e| {
                        let go = props.on_ask.reform({
                            let field = e.field();
                            move |_: MouseEvent| Ask::Field(field.clone())
                        });
                        html! {
                            <li class={classes!(e.to.is_none().then_some("is-missing"))}>
                                <button type="button" class="button button-quiet" data-testid="list-rule" onclick={go}>{ edge_text(&locale, e) }</button>
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}
