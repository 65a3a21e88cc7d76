//! The call's map: turns and endings where the layout put them, each reply an arrow coloured by
//! its grade, a silence dashed, a target that does not exist a broken arrow; the start, what no
//! call reaches and what has a problem marked in shape and words, not colour alone. The map
//! scrolls (pan) and zooms; every node is a button reachable by Tab (the list view says the
//! same in words).

use calmline_studio::map::{EdgeKind, NodeKind};
use calmline_studio::work::NODE_SIZE;
use yew::prelude::*;

use super::{Ask, Shared, node_name};
use crate::components::use_locale;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub work: Shared,
    pub selected: Option<usize>,
    pub on_ask: Callback<Ask>,
}

const ZOOMS: [f64; 6] = [0.4, 0.6, 0.8, 1.0, 1.25, 1.5];

/// The first `n` characters of `text`, with an ellipsis when cut.
fn cut(text: &str, n: usize) -> String {
    if text.chars().count() <= n {
        text.to_owned()
    } else {
        format!("{}…", text.chars().take(n - 1).collect::<String>())
    }
}

#[component]
pub fn MapView(props: &Props) -> Html {
    let locale = use_locale();
    let zoom = use_state(|| 3usize);
    let Some((map, layout, problems)) = props.work.with(|w| {
        let problems: Vec<bool> = (0..w.map.nodes.len()).map(|n| w.has_problem(n)).collect();
        (w.map.clone(), w.layout.clone(), problems)
    }) else {
        return html! {};
    };
    let (w, h) = NODE_SIZE;
    let scale = ZOOMS[*zoom];
    let zoom_by = |step: isize| {
        let zoom = zoom.clone();
        Callback::from(move |_: MouseEvent| {
            let next = (*zoom as isize + step).clamp(0, ZOOMS.len() as isize - 1) as usize;
            zoom.set(next);
        })
    };
    let pad = 24.0;
    let (width, height) = (layout.width + 2.0 * pad, layout.height + 2.0 * pad + 24.0);
    let at = |i: usize| {
        let (x, y) = layout.centres[i];
        (x + pad, y + pad)
    };

    let edges = map.edges.iter().filter_map(|edge| {
        let from = edge.from?;
        let (x1, y1) = at(from);
        let start = (x1, y1 + h / 2.0);
        let class = match &edge.kind {
            EdgeKind::Reply { grade, .. } => format!("map-edge grade-{grade}"),
            EdgeKind::Silence => "map-edge is-silence".to_owned(),
            _ => "map-edge".to_owned(),
        };
        Some(match edge.to {
            Some(to) if to != from => {
                let (x2, y2) = at(to);
                let end = (x2, y2 - h / 2.0);
                let bend = ((end.1 - start.1).abs() / 2.0).max(24.0);
                let d = format!(
                    "M{:.1} {:.1} C{:.1} {:.1} {:.1} {:.1} {:.1} {:.1}",
                    start.0, start.1, start.0, start.1 + bend, end.0, end.1 - bend, end.0, end.1
                );
                html! { <path {class} d={d} marker-end="url(#map-arrow)" /> }
            }
            Some(_) => html! {},
            None => {
                let d = format!("M{:.1} {:.1} l0 20", start.0, start.1);
                html! {
                    <g class="map-edge-missing" data-testid="map-missing">
                        <path class="map-edge is-missing" d={d} />
                        <text x={format!("{:.1}", start.0 + 4.0)} y={format!("{:.1}", start.1 + 18.0)}>{ format!("? {}", cut(&edge.target, 24)) }</text>
                    </g>
                }
            }
        })
    });

    let nodes = map.nodes.iter().enumerate().map(|(i, node)| {
        let (x, y) = at(i);
        let selected = props.selected == Some(i);
        let class = classes!(
            "map-node",
            if node.kind == NodeKind::Turn {
                "is-turn"
            } else {
                "is-ending"
            },
            node.start.then_some("is-start"),
            node.unreachable.then_some("is-unreachable"),
            problems[i].then_some("has-problem"),
            selected.then_some("is-selected"),
        );
        let on_ask = props.on_ask.clone();
        let pick = on_ask.reform(move |_: MouseEvent| Ask::Select(i));
        let key = props.on_ask.clone();
        let onkeydown = Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                key.emit(Ask::Select(i));
            }
        });
        let tag = match node.time {
            Some(t) => format!("{} · {t} s", node.tag),
            None => node.tag.clone(),
        };
        let marks = [
            node.start.then_some("▶"),
            node.unreachable.then_some("⊘"),
            problems[i].then_some("⚠"),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        let (id, tag, text) = (cut(&node.id, 22), cut(&tag, 28), cut(&node.text, 30));
        // The node's name is what it shows (the marks' symbols hidden), then, in words drawn
        // invisibly, what it is and its marks: a name from content, never a label that could
        // drift from the text on screen.
        let mut said = format!(", {}", node_name(&locale, node));
        for (on, key) in [
            (node.start, "studio-mark-start"),
            (node.unreachable, "studio-mark-unreachable"),
            (problems[i], "studio-mark-problem"),
        ] {
            if on {
                said.push_str(", ");
                said.push_str(&locale.text(key));
            }
        }
        html! {
            <g {class} transform={format!("translate({:.1} {:.1})", x - w / 2.0, y - h / 2.0)}
               tabindex="0" role="button" aria-pressed={selected.to_string()}
               data-testid="map-node" data-id={node.id.clone()} onclick={pick} {onkeydown}>
                <rect width={w.to_string()} height={h.to_string()} rx="10" />
                <text class="map-node-id" x="10" y="22">
                    if !marks.is_empty() {
                        <tspan aria-hidden="true">{ format!("{marks} ") }</tspan>
                    }
                    { format!("{id} ") }
                </text>
                // Each line ends in a space, so the lines read as words, as the name says them.
                <text class="map-node-tag" x="10" y="42">{ format!("{tag} ") }</text>
                <text class="map-node-text" x="10" y="64">{ text }</text>
                <text class="map-node-said" x="10" y="80">{ said }</text>
            </g>
        }
    });

    html! {
        <section class="studio-map" aria-label={locale.text("studio-map-label")} data-testid="studio-map">
            <div class="studio-zoom">
                <button type="button" class="button button-quiet" onclick={zoom_by(-1)} disabled={*zoom == 0}>{ locale.text("studio-zoom-out") }</button>
                <button type="button" class="button button-quiet" onclick={zoom_by(1)} disabled={*zoom == ZOOMS.len() - 1}>{ locale.text("studio-zoom-in") }</button>
            </div>
            <div class="studio-map-scroll">
                <svg viewBox={format!("0 0 {width:.0} {height:.0}")} width={format!("{:.0}", width * scale)}
                     height={format!("{:.0}", height * scale)} role="group" aria-label={locale.text("studio-map-label")}>
                    <defs>
                        <marker id="map-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                            <path d="M0 0 L10 5 L0 10 z" />
                        </marker>
                    </defs>
                    { for edges }
                    { for nodes }
                </svg>
            </div>
        </section>
    }
}
