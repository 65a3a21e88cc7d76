//! The translate view: every text of the call in its three languages side by side, one row per
//! text and wording, the rows with a language missing or empty first
//! (`calmline_studio::translation`, tested natively; this only shows it). Each cell is a field:
//! a written one sets its value, a missing one writes it in its place (one step to undo each).
//! XLIFF out to translators and back in is `translate_xliff.rs` (its report
//! `translate_report.rs`), above the table.
//!
//! On a narrow screen (below 40rem, a phone) the table does not scroll sideways: its rows and
//! cells are stacked (`styles/studio.css`), each cell showing its language's name, so a trainer
//! reads and writes one text after another without panning. Every field's accessible name says
//! its row and its language whatever the layout.

use calmline_engine::Lang;
use calmline_studio::Step;
use calmline_studio::draft::FieldValue;
use calmline_studio::translation::{Row, missing_first, rows};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::naming::{group, label};
use super::{Ask, Shape, Shared, node_name};
use crate::components::use_locale;
use crate::i18n::Locale;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub work: Shared,
    pub on_ask: Callback<Ask>,
}

/// Top-level texts with a name of their own (others are shown as written in the file).
const TOP: [&str; 4] = ["title", "summary", "self_care", "customer"];

/// What a text is, inside its node (or the call, for a text outside turns and endings):
/// "Reply 2 · Text · wording 2", "Summary".
fn what(locale: &Locale, inner: &[Step], top: bool, wording: Option<usize>) -> String {
    let mut parts = Vec::new();
    // The call's rules are named as the inspector names them ("Hanging up: rule 1 ·
    // Feedback"), never as the file writes them (QA round 2, mi8).
    let rule = matches!(inner.first(), Some(Step::Key(k)) if ["trigger", "hang_up", "twist"].contains(&k.as_str()));
    if top && !rule {
        parts.extend(inner.iter().map(|step| match step {
            Step::Key(k) if TOP.contains(&k.as_str()) => {
                locale.text(&format!("studio-translate-part-{}", k.replace('_', "-")))
            }
            Step::Key(k) if k == "name" => locale.text("studio-translate-part-name"),
            Step::Key(k) => k.clone(),
            Step::Index(n) => (n + 1).to_string(),
        }));
    } else {
        let (group_name, rest) = group(locale, inner);
        if rest > 0 {
            parts.push(group_name);
        }
        let named = label(locale, inner, rest);
        if !named.is_empty() {
            parts.push(named);
        }
    }
    if let Some(n) = wording {
        parts.push(locale.text_with("studio-field-wording", &[("n", (n as i64 + 1).into())]));
    }
    parts.join(" · ")
}

/// A row as shown: where its text is (the node, if any) and what it is.
struct Shown {
    row: Row,
    node: Option<String>,
    what: String,
}

/// One language of one row: a field that sets the value, or writes it when it is missing.
fn cell(
    locale: &Locale,
    on_ask: &Callback<Ask>,
    row: &str,
    rows: usize,
    cell: &calmline_studio::translation::Cell,
) -> Html {
    let lang_name = locale.text(&format!("language-name-{}", cell.lang.code()));
    let name = format!("{row} · {lang_name}");
    let missing = cell.is_missing();
    let aria = if missing {
        locale.text_with("studio-field-missing", &[("field", name.into())])
    } else {
        name
    };
    let target = cell.path.clone();
    let there = cell.value.is_some();
    let on_ask = on_ask.clone();
    let onchange = Callback::from(move |e: Event| {
        let Some(value) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            .map(|t| t.value())
        else {
            return;
        };
        if there {
            on_ask.emit(Ask::Edit(target.clone(), FieldValue::Text(value)));
        } else if !value.trim().is_empty() {
            on_ask.emit(Ask::Shape(Shape::Put(target.clone(), value)));
        }
    });
    let value = cell.value.clone().unwrap_or_default();
    let rows = rows.to_string();
    html! {
        <td class={classes!(missing.then_some("is-missing"))} data-lang={cell.lang.code()}>
            <span class="studio-translate-lang" aria-hidden="true">{ lang_name }</span>
            <textarea aria-label={aria} lang={cell.lang.code()} data-path={cell.path.to_string()} {rows} {value} {onchange} />
        </td>
    }
}

#[component]
pub fn TranslateView(props: &Props) -> Html {
    let locale = use_locale();
    // The rows incomplete when the view was shown stay first while the trainer fills them in.
    let pinned = {
        let work = props.work.clone();
        use_state(move || {
            work.with(|w| {
                rows(w.draft.document())
                    .into_iter()
                    .filter(Row::is_incomplete)
                    .map(|r| r.name)
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
        })
    };
    let Some(shown) = props.work.with(|w| {
        missing_first(rows(w.draft.document()), &pinned)
            .into_iter()
            .map(|row| {
                let node_path = calmline_studio::place::node_of(&row.text);
                let node = node_path.as_ref().and_then(|p| w.node_at(p));
                let base = node_path
                    .as_ref()
                    .filter(|_| node.is_some())
                    .map_or(0, |p| p.0.len());
                let what = what(&locale, &row.text.0[base..], node.is_none(), row.wording);
                let node = node.map(|i| node_name(&locale, &w.map.nodes[i]));
                Shown { row, node, what }
            })
            .collect::<Vec<_>>()
    }) else {
        return html! {};
    };
    let incomplete = shown.iter().filter(|s| s.row.is_incomplete()).count();
    let langs: Vec<String> = Lang::ALL
        .iter()
        .map(|l| locale.text(&format!("language-name-{}", l.code())))
        .collect();
    html! {
        <section class="studio-translate" aria-labelledby="studio-translate-heading" data-testid="studio-translate">
            <h2 id="studio-translate-heading">{ locale.text("studio-translate-heading") }</h2>
            <p class="hint" data-testid="studio-translate-incomplete">{ locale.count("studio-translate-incomplete", incomplete as i64) }</p>
            <super::translate_xliff::XliffPanel work={props.work.clone()} on_ask={props.on_ask.clone()} />
            <table class="studio-translate-table">
                <caption>{ locale.text("studio-translate-caption") }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ locale.text("studio-translate-where") }</th>
                        { for langs.iter().map(|l| html! { <th scope="col">{ l.clone() }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { for shown.iter().map(|s| {
                        let row_name = match &s.node {
                            Some(node) => format!("{node} · {}", s.what),
                            None => s.what.clone(),
                        };
                        // The row's fields as high as its longest text, so the languages line up.
                        let longest = s.row.cells.iter().filter_map(|c| c.value.as_ref()).map(|v| v.chars().count()).max().unwrap_or(0);
                        let lines = (longest / 28 + 1).clamp(2, 10);
                        html! {
                            <tr key={s.row.name.clone()} data-testid="translate-row" data-name={s.row.name.clone()}
                                class={classes!(s.row.is_incomplete().then_some("is-incomplete"))}>
                                <th scope="row">
                                    if let Some(node) = &s.node { <span class="studio-translate-node">{ node.clone() }</span> }
                                    <span>{ s.what.clone() }</span>
                                </th>
                                { for s.row.cells.iter().map(|c| cell(&locale, &props.on_ask, &row_name, lines, c)) }
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </section>
    }
}
