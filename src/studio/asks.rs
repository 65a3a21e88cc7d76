//! What the studio does when one of its panels asks for something (a node selected, a field
//! to go to, an edit, a change of shape, a play-test from a turn): the one place where an
//! [`Ask`] becomes a change of the call and of what the page shows.

use std::cell::RefCell;
use std::rc::Rc;

use calmline_studio::{FieldPath, Work};
use yew::UseStateHandle;

use super::state::edit;
use super::{Ask, Shape, later_focus, narrow, playtest, shape};
use crate::i18n::Locale;

/// The page's state an answer may change.
pub(super) struct Handles {
    pub cell: Rc<RefCell<Option<Work>>>,
    pub selected: UseStateHandle<Option<usize>>,
    pub about: UseStateHandle<bool>,
    pub focus: UseStateHandle<Option<FieldPath>>,
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
            focus.set(None);
            // On a phone the inspector is under the whole map or list: the trainer is
            // taken to it instead of finding it by scrolling (QA round 2, mi14).
            if narrow() {
                later_focus("studio-inspector-heading");
            }
        }
        Ask::About => {
            about.set(true);
            focus.set(None);
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
            focus.set(Some(path));
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
                        focus.set(Some(path));
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
