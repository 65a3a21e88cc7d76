//! The call's map: turns and endings where the layout put them, each reply an arrow coloured by
//! its grade, a silence dashed, a target that does not exist a broken arrow; the start, what no
//! call reaches and what has a problem marked in shape and words, not colour alone. The map
//! scrolls (pan) and zooms; "Fit" shows the whole call, and the selected node is brought into
//! view however it was selected (`calmline_studio::viewport`). Every node is a button: the map
//! is one Tab stop (the selected node, or the first), and the arrow keys, Home and End move
//! between its nodes (QA round 2, mi3); each node says what it is first, then its feeling or
//! outcome in the trainer's language, and where its replies lead, so the arrows are heard too
//! (the list view says the same in words). The selected one is drawn with a thick solid outline
//! and a tint, the one with the keyboard focus with a dashed ring around it, so the two never
//! look alike.

use calmline_engine::model::{Emotion, Outcome};
use calmline_studio::map::{EdgeKind, Map, NodeKind};
use calmline_studio::viewport::{self, Rect, ZOOMS};
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

/// The space around the drawing, in the map's units.
const PAD: f64 = 24.0;

/// The first `n` characters of `text`, with an ellipsis when cut.
fn cut(text: &str, n: usize) -> String {
    if text.chars().count() <= n {
        text.to_owned()
    } else {
        format!("{}…", text.chars().take(n - 1).collect::<String>())
    }
}

/// A node's feeling (a turn) or outcome (an ending) in the trainer's language; a value the
/// format does not know is shown as written (the validator says what is wrong with it).
fn tag_words(locale: &crate::i18n::Locale, kind: NodeKind, tag: &str) -> String {
    let (known, prefix) = match kind {
        NodeKind::Turn => (Emotion::ALL.iter().any(|(id, _)| *id == tag), "emotion-"),
        NodeKind::Ending => (Outcome::ALL.iter().any(|(id, _)| *id == tag), "outcome-"),
    };
    if known {
        locale.text(&format!("{prefix}{tag}"))
    } else {
        tag.to_owned()
    }
}

/// Where the replies and the silence of node `i` lead, in words (“vent”, “resolved”, quoted
/// as the language quotes).
fn leads(locale: &crate::i18n::Locale, map: &Map, i: usize) -> Option<String> {
    let mut targets: Vec<String> = Vec::new();
    for edge in map.edges.iter().filter(|e| e.from == Some(i)) {
        let name = edge
            .to
            .map_or(edge.target.as_str(), |j| map.nodes[j].id.as_str());
        let quoted = locale.text_with("studio-map-target", &[("id", name.to_owned().into())]);
        if !targets.contains(&quoted) {
            targets.push(quoted);
        }
    }
    (!targets.is_empty()).then(|| {
        locale.text_with(
            "studio-map-leads",
            &[("targets", targets.join(", ").into())],
        )
    })
}

/// Moves the keyboard to node `to` of the map (a roving focus: the map is one Tab stop).
fn focus_node(to: usize) {
    use wasm_bindgen::JsCast;
    let node = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector_all("[data-testid=map-node]").ok())
        .and_then(|all| all.get(to as u32))
        .and_then(|n| n.dyn_into::<web_sys::SvgElement>().ok());
    if let Some(node) = node {
        let _ = node.focus();
    }
}

#[component]
pub fn MapView(props: &Props) -> Html {
    let locale = use_locale();
    let scale = use_state(|| 1.0f64);
    let window = use_node_ref();
    let found = props.work.with(|w| {
        let problems: Vec<bool> = (0..w.map.nodes.len()).map(|n| w.has_problem(n)).collect();
        (w.map.clone(), w.layout.clone(), problems)
    });
    let (w, h) = NODE_SIZE;
    let (width, height) = found.as_ref().map_or((0.0, 0.0), |(_, layout, _)| {
        (layout.width + 2.0 * PAD, layout.height + 2.0 * PAD + 24.0)
    });
    {
        // The selected node in view, after a selection, a zoom or an edit that moved it.
        let node = props.selected.and_then(|i| {
            let (_, layout, _) = found.as_ref()?;
            let (x, y) = *layout.centres.get(i)?;
            Some((x + PAD - w / 2.0, y + PAD - h / 2.0))
        });
        let window = window.clone();
        let s = *scale;
        let at = node.map(|(x, y)| (x.to_bits(), y.to_bits()));
        use_effect_with((at, scale.to_bits(), props.selected), move |_| {
            let Some(el) = window.cast::<web_sys::Element>() else {
                return;
            };
            let Some((x, y)) = node else { return };
            let view = Rect {
                x: f64::from(el.scroll_left()),
                y: f64::from(el.scroll_top()),
                w: f64::from(el.client_width()),
                h: f64::from(el.client_height()),
            };
            let (left, top) = viewport::reveal(
                view,
                Rect {
                    x: x * s,
                    y: y * s,
                    w: w * s,
                    h: h * s,
                },
            );
            el.set_scroll_left(left.round() as i32);
            el.set_scroll_top(top.round() as i32);
        });
    }
    // Whether the trainer has zoomed or fitted the map: the studio no longer picks its zoom.
    let zoomed = use_mut_ref(|| false);
    {
        // Opened as wide as its window while its texts still read (QA round 3, mi-k), and kept
        // so while the call grows under the trainer's hands (QA round 4, mi-g: an ending added
        // to a call that opened small was cut off at the right).
        let (scale, window, zoomed) = (scale.clone(), window.clone(), zoomed.clone());
        use_effect_with((found.is_some(), width.to_bits()), move |(shown, _)| {
            if let (true, false, Some(el)) = (
                *shown,
                *zoomed.borrow(),
                window.cast::<web_sys::HtmlElement>(),
            ) {
                let room = room(&el);
                let opening = viewport::opening((width, height), room);
                scale.set(opening);
                // Shown whole, it stays whole from its start: an addition that had scrolled the
                // map to the new box no longer leaves the start out (QA round 5, mi-a).
                if width * opening <= room.0 {
                    el.set_scroll_left(0);
                }
            }
        });
    }
    let Some((map, layout, problems)) = found else {
        return html! {};
    };
    let zoom_by = |zoom_in: bool| {
        let (scale, zoomed) = (scale.clone(), zoomed.clone());
        Callback::from(move |_: MouseEvent| {
            *zoomed.borrow_mut() = true;
            scale.set(viewport::step(*scale, zoom_in));
        })
    };
    let fit = {
        let (scale, zoomed) = (scale.clone(), zoomed.clone());
        let window = window.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(el) = window.cast::<web_sys::HtmlElement>() else {
                return;
            };
            *zoomed.borrow_mut() = true;
            scale.set(viewport::fit((width, height), room(&el)));
            el.set_scroll_left(0);
            el.set_scroll_top(0);
        })
    };
    let scale = *scale;
    let at = |i: usize| {
        let (x, y) = layout.centres[i];
        (x + PAD, y + PAD)
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
        let count = map.nodes.len();
        let onkeydown = Callback::from(move |e: KeyboardEvent| {
            let to = match e.key().as_str() {
                "Enter" | " " => {
                    e.prevent_default();
                    key.emit(Ask::Select(i));
                    return;
                }
                "ArrowRight" | "ArrowDown" => (i + 1).min(count - 1),
                "ArrowLeft" | "ArrowUp" => i.saturating_sub(1),
                "Home" => 0,
                "End" => count - 1,
                _ => return,
            };
            e.prevent_default();
            focus_node(to);
        });
        let feeling = tag_words(&locale, node.kind, &node.tag);
        let tag = match node.time {
            Some(t) => format!("{feeling} · {t} s"),
            None => feeling,
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
        let mut said = String::new();
        if let Some(leads) = leads(&locale, &map, i) {
            said.push_str(", ");
            said.push_str(&leads);
        }
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
               tabindex={if i == props.selected.unwrap_or(0) { "0" } else { "-1" }}
               role="button" aria-pressed={selected.to_string()}
               data-testid="map-node" data-id={node.id.clone()} onclick={pick} {onkeydown}>
                <rect class="map-node-ring" x="-7" y="-7" width={(w + 14.0).to_string()} height={(h + 14.0).to_string()} rx="14" />
                <rect class="map-node-box" width={w.to_string()} height={h.to_string()} rx="10" />
                // The start is a band across the node's top, so it never looks like the
                // selection's outline (QA round 3, mi-j).
                if node.start {
                    <rect class="map-node-start" x="10" y="3" width={(w - 20.0).to_string()} height="5" rx="2.5" />
                }
                // The name starts with what the node is ("Turn “opening”"), which says its id:
                // the id drawn is hidden from it (QA round 3, mi-m).
                <text class="map-node-said" x="10" y="80">{ format!("{}, ", node_name(&locale, node)) }</text>
                <text class="map-node-id" x="10" y="22" aria-hidden="true">
                    if !marks.is_empty() {
                        { format!("{marks} ") }
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
                <button type="button" class="button button-quiet" onclick={zoom_by(false)} disabled={scale <= ZOOMS[0]}>{ locale.text("studio-zoom-out") }</button>
                <button type="button" class="button button-quiet" onclick={zoom_by(true)} disabled={scale >= ZOOMS[ZOOMS.len() - 1]}>{ locale.text("studio-zoom-in") }</button>
                <button type="button" class="button button-quiet" data-testid="studio-map-fit" onclick={fit}>{ locale.text("studio-map-fit") }</button>
            </div>
            <div class="studio-map-scroll" ref={window} data-testid="studio-map-window">
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

/// The room the map's window has: its width, and the height it may grow to (its `max-height`
/// in the style sheet, else what it has now).
fn room(el: &web_sys::HtmlElement) -> (f64, f64) {
    let most = web_sys::window()
        .and_then(|w| w.get_computed_style(el).ok().flatten())
        .and_then(|style| style.get_property_value("max-height").ok())
        .and_then(|v| v.strip_suffix("px").and_then(|n| n.parse::<f64>().ok()));
    let width = f64::from(el.client_width());
    (width, most.unwrap_or_else(|| f64::from(el.client_height())))
}
