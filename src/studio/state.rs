//! What the studio's panels share: the call being written (`Shared`, re-rendered by revision),
//! what a panel may ask of the page (`Ask`), and the two helpers every panel names things and
//! makes edits with.

use std::cell::RefCell;
use std::rc::Rc;

use calmline_studio::draft::FieldValue;
use calmline_studio::{FieldPath, Work};

use super::shape;

/// The call being written, shared with the panels; `rev` changes with every edit, so a panel
/// re-renders exactly when the work changed.
#[derive(Clone)]
pub struct Shared {
    pub(super) cell: Rc<RefCell<Option<Work>>>,
    pub(super) rev: u32,
}

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.cell, &other.cell) && self.rev == other.rev
    }
}

impl Shared {
    /// The revision of the work: it changes with every edit.
    pub fn rev(&self) -> u32 {
        self.rev
    }

    /// Reads the work (there is one whenever a panel is shown).
    pub fn with<R>(&self, read: impl FnOnce(&Work) -> R) -> Option<R> {
        self.cell.borrow().as_ref().map(read)
    }
}

/// What a panel asks of the studio.
#[derive(Debug, Clone, PartialEq)]
pub enum Ask {
    /// Show this node (its index on the map) in the inspector.
    Select(usize),
    /// Show the node holding this field and put the focus on the field.
    Field(FieldPath),
    /// Set a field.
    Edit(FieldPath, FieldValue),
    /// Add or take out a turn, an ending, a reply, a line, a wording or a translation.
    Shape(shape::Shape),
    /// Play-test from this turn (its id).
    PlayFrom(String),
    /// Show the call's own fields and rules ("About this call") in the inspector.
    About,
    /// Keep this test plan (file name, text) beside the call.
    Plan(String, String),
}

/// Makes an edit: a turn's or an ending's own id renames it everywhere the file names it (one
/// step to undo); any other field is set alone.
pub(super) fn edit(
    work: &mut Work,
    path: &FieldPath,
    value: FieldValue,
) -> Result<bool, calmline_studio::EditError> {
    let own_id = calmline_studio::place::node_of(path).is_some_and(|node| node.key("id") == *path);
    // Timed as "calmline-studio-edit" (the edit, the validator, the map, the places; not the
    // page drawn after it): the benchmark prints it.
    calmline_web::measured("calmline-studio-edit", || {
        match (value, own_id, work.draft.get(path)) {
            (FieldValue::Text(new), true, Some(FieldValue::Text(old))) => {
                work.rename(&old, &new).map(|n| n > 0)
            }
            (value, ..) => work.edit(path, value),
        }
    })
}

/// How a node is named to the trainer: "Turn “opening”", "Ending “resolved”".
pub fn node_name(locale: &crate::i18n::Locale, node: &calmline_studio::Node) -> String {
    let key = match node.kind {
        calmline_studio::NodeKind::Turn => "studio-node-turn",
        calmline_studio::NodeKind::Ending => "studio-node-ending",
    };
    locale.text_with(key, &[("id", node.id.clone().into())])
}
