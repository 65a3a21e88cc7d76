//! The inspector's groups (the node itself, each reply, each customer line, the silence) as
//! folds a trainer opens and closes. On a phone a turn's fields, three languages each, make a
//! page many screens long (QA round 3, mi-o: 14,000 to 18,500 px for one turn), so there a
//! group starts folded unless it is the node's own or its first customer line, holds a problem,
//! or holds the field a problem leads to (a folded reply says its grade, words and target); on a wider screen every group starts open. A group the trainer opened or
//! closed stays so while the node is shown: an edit, or a problem fixed, never folds the group
//! the trainer is working in; a problem's "go to the field" opens the field's group.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use calmline_studio::FieldPath;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The start of a group: its heading's id (the group's key) and title, what it holds in a few
/// words (a reply's grade, text and target), and the buttons that act on the whole group:
/// removing it at the top, adding a condition, points or a missing value after its fields (QA
/// round 4, mi-f: a reply read top-down met three pickers before its text).
pub struct Head {
    pub id: String,
    pub title: String,
    pub gist: Option<String>,
    /// The first customer line: open on a phone too (the heart of a turn).
    pub first_line: bool,
    pub tools: Html,
    pub adds: Html,
}

/// One row of the inspector: a field (or a missing one, or a text's wordings), the path it is
/// about, and the head of a new group when the row starts one.
pub struct Item {
    pub head: Option<Head>,
    pub path: Option<FieldPath>,
    pub html: Html,
}

/// Each group's last state (drawn, or set by the trainer), for the node it was on; kept out of
/// the component's state, since a fold the trainer toggles is already drawn as they left it.
#[derive(Default)]
pub struct Folds {
    node: String,
    open: HashMap<String, bool>,
}

/// What decides whether a group starts open.
pub struct Start<'a> {
    /// The node shown (the folds are kept only for it).
    pub node: &'a str,
    /// Laid out for a phone.
    pub narrow: bool,
    /// The fields with a problem.
    pub problems: &'a [FieldPath],
    /// The field a problem leads to: its group opens, whatever it was.
    pub focus: Option<&'a FieldPath>,
}

/// The rows gathered into their groups, each a fold.
pub fn view(items: Vec<Item>, folds: &Rc<RefCell<Folds>>, start: &Start<'_>) -> Html {
    let mut groups: Vec<(Option<Head>, Vec<Item>)> = Vec::new();
    for mut item in items {
        match item.head.take() {
            Some(head) => groups.push((Some(head), vec![item])),
            None => match groups.last_mut() {
                Some((_, rows)) => rows.push(item),
                None => groups.push((None, vec![item])),
            },
        }
    }
    let mut kept = folds.borrow_mut();
    if kept.node != start.node {
        *kept = Folds {
            node: start.node.to_owned(),
            open: HashMap::new(),
        };
    }
    groups
        .into_iter()
        .enumerate()
        .map(|(i, (head, rows))| {
            let Some(head) = head else {
                return rows.into_iter().map(|r| r.html).collect::<Html>();
            };
            let holds = |path: &FieldPath| rows.iter().any(|r| r.path.as_ref() == Some(path));
            let open = start.focus.is_some_and(holds)
                || kept.open.get(&head.id).copied().unwrap_or_else(|| {
                    !start.narrow || i == 0 || head.first_line || start.problems.iter().any(holds)
                });
            kept.open.insert(head.id.clone(), open);
            let ontoggle = {
                let folds = folds.clone();
                let id = head.id.clone();
                Callback::from(move |e: Event| {
                    if let Some(el) = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    {
                        folds
                            .borrow_mut()
                            .open
                            .insert(id.clone(), el.has_attribute("open"));
                    }
                })
            };
            html! {
                <details class="studio-fold" key={head.id.clone()} {open} {ontoggle}>
                    <summary class="studio-group">
                        <h3 id={head.id}>{ head.title }</h3>
                        if let Some(gist) = head.gist {
                            <span class="studio-fold-gist">{ " · " }{ gist }</span>
                        }
                    </summary>
                    { head.tools }
                    { for rows.into_iter().map(|r| r.html) }
                    { head.adds }
                </details>
            }
        })
        .collect()
}
