//! What the studio does when one of its panels asks for something (a node selected, a field
//! to go to, an edit, a change of shape, a play-test from a turn): the one place where an
//! [`Ask`] becomes a change of the call and of what the page shows.

use std::cell::RefCell;
use std::rc::Rc;

use calmline_studio::{FieldPath, Step, Work};
use yew::UseStateHandle;

use super::state::edit;
use super::{Ask, Shape, later_focus, narrow, playtest, shape};
use crate::i18n::Locale;

/// The page's state an answer may change.
pub(super) struct Handles {
    pub cell: Rc<RefCell<Option<Work>>>,
    pub selected: UseStateHandle<Option<usize>>,
    pub about: UseStateHandle<bool>,
    /// The field to put the focus on, how many times one was asked for (the same field asked
    /// for again is focused again, QA round 7, MA1), and whether a problem led there.
    pub focus: UseStateHandle<(u32, Option<FieldPath>, bool)>,
    pub refused: UseStateHandle<Option<String>>,
    pub playing: UseStateHandle<Option<playtest::PlayTest>>,
    pub setup: UseStateHandle<Option<playtest::Setup>>,
    pub locale: Locale,
}

/// Does what `ask` asks; `changed` runs after any change to the call.
pub(super) fn answer(h: &Handles, changed: &dyn Fn(), ask: Ask) {
    let Handles {
        cell,
        selected,
        about,
        focus,
        refused,
        playing,
        setup,
        locale,
    } = h;
    let mut borrowed = cell.borrow_mut();
    let Some(work) = borrowed.as_mut() else {
        return;
    };
    match ask {
        Ask::PlayFrom(turn) => match playtest::from_turn(work, &turn) {
            Ok(Ok(ready)) => setup.set(Some(ready)),
            Ok(Err(test)) => playing.set(Some(test)),
            Err(playtest::NotPlayed::Invalid) => refused.set(Some(locale.text("studio-play-why"))),
            Err(playtest::NotPlayed::Unreached(id)) => refused.set(Some(
                locale.text_with("studio-play-unreached", &[("id", id.into())]),
            )),
        },
        Ask::Plan(name, text) => {
            work.plan = Some(calmline_studio::plan::Plan::open(&name, &text));
            drop(borrowed);
            changed();
        }
        Ask::Select(node) => {
            selected.set(Some(node));
            about.set(false);
            focus.set((focus.0, None, false));
            // On a phone the inspector is under the whole map or list: the trainer is
            // taken to it instead of finding it by scrolling (QA round 2, mi14).
            if narrow() {
                later_focus("studio-inspector-heading");
            }
        }
        Ask::About => {
            about.set(true);
            focus.set((focus.0, None, false));
            later_focus("studio-inspector-heading");
        }
        Ask::Field(path) => {
            match calmline_studio::place::node_of(&path).and_then(|n| work.node_at(&n)) {
                Some(node) => {
                    selected.set(Some(node));
                    about.set(false);
                }
                // A field of the call itself or of its rules.
                None => about.set(true),
            }
            focus.set((focus.0.wrapping_add(1), Some(path), true));
        }
        Ask::Edit(path, value) => match edit(work, &path, value) {
            Ok(moved) => {
                refused.set(None);
                if moved {
                    drop(borrowed);
                    changed();
                }
            }
            Err(_) => {
                // Named as the inspector names the field (QA round 3, mi-b), not by its path.
                let node = calmline_studio::place::node_of(&path).and_then(|n| work.node_at(&n));
                let field = super::problems::place_of(locale, work, Some(&path), node)
                    .unwrap_or_else(|| path.to_string());
                refused.set(Some(
                    locale.text_with("studio-edit-refused", &[("field", field.into())]),
                ))
            }
        },
        Ask::Shape(change) => {
            let removed_node = matches!(&change, Shape::Remove(p) if work.node_at(p).is_some());
            // One field taken out (a condition, skill points, a wording): the trainer stays
            // where it was, on the field just above it (QA round 3, mi-h), not at the
            // inspector's top; a whole reply, rule or node gone goes to the heading.
            let one_field = |p: &FieldPath| matches!(p.0.last(), Some(Step::Key(_)));
            let above = match &change {
                Shape::RemoveOptional(p, _) | Shape::Remove(p) if one_field(p) => {
                    let gone = p.to_string();
                    let under = move |f: &FieldPath| {
                        let f = f.to_string();
                        f.strip_prefix(&gone)
                            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
                    };
                    fields_above_focus()
                        .into_iter()
                        .filter(|f| !under(f))
                        .collect()
                }
                Shape::RemoveWording(_) => fields_above_focus(),
                _ => Vec::new(),
            };
            match shape::apply(work, change) {
                Ok(show) => {
                    refused.set(None);
                    if removed_node {
                        selected.set(None);
                    }
                    if let Some(path) = show {
                        if let Some(node) =
                            calmline_studio::place::node_of(&path).and_then(|n| work.node_at(&n))
                        {
                            selected.set(Some(node));
                            about.set(false);
                        }
                        focus.set((focus.0.wrapping_add(1), Some(path), false));
                    } else if let Some(path) = (!removed_node)
                        .then(|| {
                            above
                                .into_iter()
                                .rev()
                                .find(|f| work.draft.get(f).is_some())
                        })
                        .flatten()
                    {
                        focus.set((focus.0.wrapping_add(1), Some(path), false));
                    } else {
                        // Nothing new to show: the focus goes where the trainer
                        // is (the node's heading, or the call's line when the
                        // node itself went), never to the page's top.
                        later_focus(if removed_node {
                            "studio-editing"
                        } else {
                            "studio-inspector-heading"
                        });
                    }
                    drop(borrowed);
                    changed();
                }
                Err(_) => refused.set(Some(locale.text("studio-shape-refused"))),
            }
        }
    }
}

/// The inspector's fields above the focused control (the button that takes something out), in
/// the page's order.
fn fields_above_focus() -> Vec<FieldPath> {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return Vec::new();
    };
    let (Some(pressed), Ok(fields)) = (
        document.active_element(),
        document.query_selector_all(".studio-inspector :is(input, textarea, select)[data-path]"),
    ) else {
        return Vec::new();
    };
    let mut above = Vec::new();
    for i in 0..fields.length() {
        let Some(field) = fields
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let position = pressed.compare_document_position(&field);
        if position & web_sys::Node::DOCUMENT_POSITION_PRECEDING == 0 {
            break;
        }
        if let Some(path) = field
            .get_attribute("data-path")
            .and_then(|p| FieldPath::parse(&p))
        {
            above.push(path);
        }
    }
    above
}
