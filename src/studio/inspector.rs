//! The selected turn or ending with every value it holds, grouped (the node itself, each reply,
//! each customer line, the silence), each a labelled field that edits the file when it changes.
//! A problem's "go to the field" puts the focus here.

use calmline_studio::draft::FieldValue;
use calmline_studio::{FieldPath, Step};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use calmline_studio::{NodeKind, blueprint};

use super::groups::{Folds, Head, Item, Start};
use super::inspector_rows::{Row, missing, rows};
use super::naming::{field_id, group, group_id, label};
use super::{Ask, Shape, Shared, node_name};
use crate::components::use_locale;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub work: Shared,
    pub selected: Option<usize>,
    /// Show the call's own fields and rules ("About this call") instead of a node's.
    #[prop_or_default]
    pub about: bool,
    pub focus: Option<FieldPath>,
    /// How many times a field was asked for: the same one again is focused again.
    #[prop_or_default]
    pub jump: u32,
    /// A problem's "go to the field" led there: the field goes to the window's upper third.
    #[prop_or_default]
    pub from_problem: bool,
    pub on_ask: Callback<Ask>,
}

#[component]
pub fn Inspector(props: &Props) -> Html {
    let locale = use_locale();
    {
        // A problem's field: focused and in view once it is drawn.
        let focus = props.focus.clone();
        use_effect_with(
            (focus, props.selected, props.jump, props.from_problem),
            |(focus, _, _, from_problem)| {
                if let Some(path) = focus {
                    let id = field_id(path);
                    if let Some(el) = web_sys::window()
                        .and_then(|w| w.document())
                        .and_then(|d| d.get_element_by_id(&id))
                        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                    {
                        // Its group opened first, should the trainer have folded it (`groups.rs`).
                        if let Ok(Some(fold)) = el.closest("details") {
                            let _ = fold.set_attribute("open", "");
                        }
                        // Chromium scrolls a field focused out of view to the window's middle:
                        // the scroll is the studio's own, below.
                        let still = web_sys::FocusOptions::new();
                        still.set_prevent_scroll(true);
                        let _ = el.focus_with_options(&still);
                        // A problem's field out of the window's upper part is put in its upper
                        // third, its message and hint below it in view (QA round 5, mi-d: at the
                        // bottom edge they were out of sight). A field in view stays where it is,
                        // and a new one (an added turn, reply or value) is only brought into view,
                        // so the map and the toolbar stay on the page (QA round 7, MA2).
                        if let Some(window) = web_sys::window() {
                            let height = window
                                .inner_height()
                                .ok()
                                .and_then(|h| h.as_f64())
                                .unwrap_or(0.0);
                            let rect = el.get_bounding_client_rect();
                            let (top, bottom) = (rect.top(), rect.bottom());
                            if *from_problem && (top < 0.0 || top > height * 0.6) {
                                el.scroll_into_view_with_bool(true);
                                window.scroll_by_with_x_and_y(0.0, -height / 3.0);
                            } else if top < 0.0 {
                                el.scroll_into_view_with_bool(true);
                            } else if bottom > height {
                                el.scroll_into_view_with_bool(false);
                            }
                        }
                    }
                }
            },
        );
    }
    let folds = use_mut_ref(Folds::default);
    let empty = html! { <section class="studio-inspector"><p class="hint">{ locale.text("studio-inspector-empty") }</p></section> };
    let gathered = props.work.with(|w| {
        let (name, base, kind, node_path, node_id, fields) = if props.about {
            // The format's version is not the trainer's to change: shown only when wrong
            // (QA round 3, mi-e).
            let format = FieldPath::default().key("format");
            let fields = w
                .call_fields()
                .into_iter()
                .filter(|f| {
                    f.path != format || w.problems.iter().any(|p| p.field.as_ref() == Some(&format))
                })
                .collect();
            (
                locale.text("studio-about"),
                0,
                None,
                FieldPath::default(),
                String::new(),
                fields,
            )
        } else {
            let node = w.map.nodes.get(props.selected?)?;
            let fields = w.fields_of(node);
            (
                node_name(&locale, node),
                node.path.0.len(),
                Some(node.kind),
                node.path.clone(),
                node.id.clone(),
                fields,
            )
        };
        let fields: Vec<(FieldPath, Option<FieldValue>)> = fields
            .into_iter()
            .map(|f| (f.path.clone(), w.draft.get(&f.path)))
            .collect();
        let lists = super::control::datalists(w, &locale);
        // The conditions the call has something to name for (a twist, a variable).
        let conditions: Vec<&'static str> = blueprint::CONDITIONS
            .into_iter()
            .filter(|k| {
                blueprint::condition(w.draft.document(), &FieldPath::default(), k).is_some()
            })
            .collect();
        // Each field's problems, in words, shown under it (the list names file, line, column).
        // A warning marks its field in amber, an error in red (QA round 8, mi-4).
        let problems: Vec<(FieldPath, String, bool)> = w
            .problems
            .iter()
            .filter_map(|p| {
                Some((
                    p.field.clone()?,
                    super::say::say(&locale, &p.diagnostic.what),
                    p.diagnostic.severity == calmline_engine::Severity::Error,
                ))
            })
            .collect();
        Some((
            name,
            base,
            kind,
            node_path,
            node_id,
            rows(w, fields),
            lists,
            problems,
            conditions,
        ))
    });
    let Some((name, base, kind, node_path, node_id, rows, lists, problems, conditions)) =
        gathered.flatten()
    else {
        return empty;
    };
    let ask = |change: Shape| {
        let on_ask = props.on_ask.clone();
        Callback::from(move |_: MouseEvent| on_ask.emit(Ask::Shape(change.clone())))
    };
    let turn = match (kind, node_path.0.last()) {
        (Some(NodeKind::Turn), Some(Step::Index(i))) => Some(*i),
        _ => None,
    };
    let lines = rows
        .iter()
        .filter(|r| matches!(r, Row::Field(p, _) if p.0.get(base + 2) == Some(&Step::Key("pl".into())) && p.0.get(base) == Some(&Step::Key("line".into()))))
        .count();
    let play_from = {
        let on_ask = props.on_ask.clone();
        let id = node_id.clone();
        Callback::from(move |_: MouseEvent| on_ask.emit(Ask::PlayFrom(id.clone())))
    };
    let actions = html! {
        <p class="studio-actions">
            if let Some(turn) = turn {
                <button type="button" class="button" data-testid="studio-add-reply" onclick={ask(Shape::AddReply(turn))}>{ locale.text("studio-add-reply") }</button>
                <button type="button" class="button" data-testid="studio-add-line" onclick={ask(Shape::AddLine(turn))}>{ locale.text("studio-add-line") }</button>
                <button type="button" class="button" data-testid="studio-play-from" onclick={play_from}>{ locale.text("studio-play-from") }</button>
            }
            if kind.is_none() {
                <button type="button" class="button" data-testid="studio-add-trigger" onclick={ask(Shape::AddTrigger)}>{ locale.text("studio-add-trigger") }</button>
                <button type="button" class="button" data-testid="studio-add-hang-up" onclick={ask(Shape::AddHangUp)}>{ locale.text("studio-add-hang-up") }</button>
            }
            if kind.is_some() {
                <button type="button" class="button" data-testid="studio-remove-node" onclick={ask(Shape::Remove(node_path.clone()))}>
                    { locale.text(if turn.is_some() { "studio-remove-turn" } else { "studio-remove-ending" }) }
                </button>
            }
        </p>
    };

    // Fields in file order, a heading where the group changes.
    let paths: Vec<FieldPath> = rows
        .iter()
        .filter_map(|r| match r {
            Row::Field(p, _) => Some(p.clone()),
            _ => None,
        })
        .collect();
    let texts: Vec<(FieldPath, String)> = rows
        .iter()
        .filter_map(|r| match r {
            Row::Field(p, Some(FieldValue::Text(v))) => Some((p.clone(), v.clone())),
            _ => None,
        })
        .collect();
    let mut last_group = None;
    let mut last_optional = None;
    let mut last_hint: Option<(FieldPath, String)> = None;
    // The skills the call lists, offered first where points are added.
    let listed: Vec<String> = props
        .work
        .with(|w| {
            super::skills::call_list("skills", |at| match w.draft.get(at) {
                Some(FieldValue::Text(skill)) => Some(skill),
                _ => None,
            })
        })
        .unwrap_or_default();
    let rows = rows.into_iter().map(|row| {
        let (path, value) = match row {
            Row::Field(path, value) => (path, value),
            Row::Missing(path) => {
                let html = missing(&locale, &props.on_ask, &path, base);
                return Item { head: None, path: Some(path), html };
            }
            Row::Wordings(text, count) => {
                let html = html! {
                    <p class="studio-actions" key={format!("w-{text}")}>
                        <button type="button" class="button" data-testid="studio-add-wording" onclick={ask(Shape::AddWording(text.clone()))}>{ locale.text("studio-add-wording") }</button>
                        if count > 1 {
                            <button type="button" class="button" data-testid="studio-remove-wording" onclick={ask(Shape::RemoveWording(text.clone()))}>{ locale.text("studio-remove-wording") }</button>
                        }
                    </p>
                };
                return Item { head: None, path: None, html };
            }
        };
        let inner = &path.0[base..];
        let (mut group_name, rest) = group(&locale, inner);
        if rest == 0 {
            // The call's own fields, or the turn's or the ending's own (QA round 4, mi-e).
            group_name = locale.text(match kind {
                _ if props.about => "studio-group-call",
                Some(NodeKind::Turn) => "studio-group-turn-itself",
                _ => "studio-group-ending-itself",
            });
        }
        let heading = (last_group.as_ref() != Some(&group_name)).then(|| {
            last_group = Some(group_name.clone());
            let removable = match inner {
                [Step::Key(k), Step::Index(n), ..] if k == "reply" => Some(("studio-remove-reply", *n)),
                [Step::Key(k), Step::Index(n), ..] if k == "line" && lines > 1 => Some(("studio-remove-line", *n)),
                [Step::Key(k), Step::Index(n), ..] if k == "trigger" => Some(("studio-remove-rule", *n)),
                [Step::Key(k), Step::Index(n), ..] if k == "hang_up" => Some(("studio-remove-hang-up", *n)),
                [Step::Key(k), Step::Index(n), ..] if k == "twist" => Some(("studio-remove-twist", *n)),
                _ => None,
            };
            let remove = removable.map(|(key, n)| {
                let at = FieldPath(path.0[..base + 2].to_vec());
                html! {
                    <button type="button" class="button button-small" data-testid="studio-remove-part" onclick={ask(Shape::Remove(at))}>
                        { locale.text_with(key, &[("n", (n as i64 + 1).into())]) }
                    </button>
                }
            });
            // What a reply or a rule can be given that it does not hold yet.
            let add_skill = super::skills::adders(&props.on_ask, &path.0[..base], inner, &paths, &texts, &conditions, &listed);
            // A reply says what it is while folded (QA round 4, mi-b); the first customer line
            // is open on a phone too.
            let part = FieldPath(path.0[..base + rest].to_vec());
            let gist = matches!(inner.first(), Some(Step::Key(k)) if k == "reply")
                .then(|| super::naming::reply_gist(&locale, &part, &texts))
                .flatten();
            let first_line = matches!(inner, [Step::Key(k), Step::Index(0), ..] if k == "line");
            Head {
                id: group_id(&path, base, rest),
                title: group_name.clone(),
                gist,
                first_line,
                tools: html! { <div class="studio-group-tools">{ remove.unwrap_or_default() }</div> },
                adds: html! { <div class="studio-group-tools">{ add_skill }</div> },
            }
        });
        // A skill's points can be taken out again.
        let remove_skill = match inner {
            // On a reply, a silence or a hang-up rule (the call's own list of skills is not this).
            [.., Step::Key(s), Step::Key(skill)] if s == "skills" => html! {
                <button type="button" class="button button-small" data-testid="studio-remove-skill"
                        aria-describedby={group_id(&path, base, rest)} onclick={ask(Shape::Remove(path.clone()))}>
                    { locale.text_with("studio-remove-skill", &[("skill", super::fields::key_label(&locale, Some("skills"), skill, false).into())]) }
                </button>
            },
            _ => html! {},
        };
        // An optional value can be taken out, once, at its first field (QA round 2, MA2).
        let best = |n: usize| {
            let grade = FieldPath(path.0[..base].to_vec()).key("reply").index(n).key("grade");
            texts.iter().any(|(p, v)| *p == grade && v == "best")
        };
        let remove_optional = super::fields::optional(inner, best)
            .map(|n| FieldPath(path.0[..base + n].to_vec()))
            .filter(|target| last_optional.as_ref() != Some(target))
            .map(|target| {
                last_optional = Some(target.clone());
                let name = label(&locale, &target.0[base..], rest);
                html! {
                    <button type="button" class="button button-small" data-testid="studio-remove-field"
                            onclick={ask(Shape::RemoveOptional(target, base + rest))}>
                        { locale.text_with("studio-remove-field", &[("field", name.into())]) }
                    </button>
                }
            })
            .unwrap_or_default();
        let hint = super::fields::hint(&locale, inner, rest);
        // A text's hint is said once, under its first language; the other languages' boxes
        // are described by that one (QA round 5, mi-e: three times the same paragraph).
        let text = blueprint::text_of(&path).map(|(text, _, _)| text);
        let (hint_id, hint) = match (&last_hint, text) {
            (Some((seen, id)), Some(text)) if *seen == text && hint.is_some() => (id.clone(), None),
            (_, text) => {
                let id = format!("{}-hint", field_id(&path));
                if let (Some(text), true) = (text, hint.is_some()) {
                    last_hint = Some((text, id.clone()));
                }
                (id, hint)
            }
        };
        let described_by_hint = hint.is_some() || last_hint.as_ref().is_some_and(|(_, id)| *id == hint_id);
        let said: Vec<&String> = problems.iter().filter(|(p, _, _)| *p == path).map(|(_, m, _)| m).collect();
        let wrong = problems.iter().any(|(p, _, error)| *p == path && *error);
        let problem_id = format!("{}-problem", field_id(&path));
        let described = [
            (rest > 0).then(|| group_id(&path, base, rest)),
            (!said.is_empty()).then(|| problem_id.clone()),
            described_by_hint.then(|| hint_id.clone()),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        let described = (!described.is_empty()).then_some(described);
        let id = field_id(&path);
        // A list of one wording is named as the text itself, not "wording 1" (QA m6).
        let named = if blueprint::lone_wording(&paths, &path) { &inner[..inner.len() - 1] } else { inner };
        let text = label(&locale, named, rest);
        let Some(value) = value else {
            return Item { head: heading, path: Some(path), html: html! {} };
        };
        let tag = super::control::Tag { id: id.clone(), described, invalid: wrong };
        let warned = !said.is_empty() && !wrong;
        let input = super::control::control(&locale, &props.on_ask, &path, value, tag);
        let html = html! {
            <div class={classes!("studio-field", warned.then_some("has-warning"))} key={path.to_string()}>
                <label for={id}>{ text }</label>
                { input }
                { remove_skill }
                { remove_optional }
                if props.about {
                    { super::skills::add_to_list(&locale, &props.on_ask, &path, &texts) }
                }
                if let Some(hint) = hint {
                    <p class="studio-hint" id={hint_id}>{ hint }</p>
                }
                if !said.is_empty() {
                    <ul class="studio-field-problem" id={problem_id}>
                        { for said.iter().map(|m| html! { <li>{ (*m).clone() }</li> }) }
                    </ul>
                }
            </div>
        };
        Item { head: heading, path: Some(path), html }
    }).collect::<Vec<_>>();
    let node_key = if props.about {
        String::from("about")
    } else {
        node_path.to_string()
    };
    let problem_paths: Vec<FieldPath> = problems.into_iter().map(|(p, _, _)| p).collect();
    let start = Start {
        node: &node_key,
        narrow: super::narrow(),
        problems: &problem_paths,
        focus: props.focus.as_ref(),
    };

    html! {
        <section class="studio-inspector" aria-labelledby="studio-inspector-heading" data-testid="studio-inspector">
            <h2 id="studio-inspector-heading" tabindex="-1">{ locale.text_with("studio-inspector-heading", &[("node", name.into())]) }</h2>
            { actions }
            { lists }
            { super::groups::view(rows, &folds, &start) }
        </section>
    }
}
