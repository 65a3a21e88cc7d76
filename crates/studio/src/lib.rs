//! The studio's core: what a trainer's edits do to a scenario file and how its calls are drawn,
//! with no browser, so that all of it is tested natively and the web page stays a thin shell.
//!
//! - [`blueprint`]: what a new turn, reply, customer line or ending starts as.
//! - [`copy`]: a library call opened as a template, made a call of its own.
//! - [`draft`]: the file as the trainer wrote it, edited field by field without touching any
//!   other byte, with undo and redo that restore it exactly.
//! - [`path`]: the address of one field (`turn[2].reply[0].feedback.pl`).
//! - [`place`]: where each value is in the text, so a problem at a line and column opens its
//!   field.
//! - [`map`]: the call as a graph, turns and endings joined by replies, read from the file even
//!   when it is broken, and laid out by a layered-graph library.
//! - [`plan`]: the call's test plan, kept in step with renames and played against the call.
//! - [`package`]: the player with the trainer's call in it, as one zip to put on any web server.
//! - [`playtest`]: a call played up to the turn a trainer play-tests from.
//! - [`rename`]: a turn's or an ending's new id, everywhere the file names it.
//! - [`shelf`]: the list of drafts a browser keeps.
//! - [`skeleton`]: what a new call starts from.
//! - [`translation`]: the translate view's rows, every text with its three languages.
//! - [`verdicts`]: every call's verdict (the deepest pass) and how it crosses from its Web
//!   Worker to the page.
//! - [`viewport`]: where the map's window goes: zoom steps, "Fit", a selected node brought
//!   into view.
//! - [`work`]: a call being written: the draft with its map, places and the validator's
//!   problems, made again after every edit.
//! - [`xliff`]: a call's texts out to translation tools as XLIFF 2.0, and the translations back
//!   in as edits.

pub mod blueprint;
pub mod copy;
pub mod draft;
pub mod map;
pub mod package;
pub mod path;
pub mod place;
pub mod plan;
pub mod playtest;
pub mod rename;
pub mod shelf;
pub mod skeleton;
pub mod translation;
pub mod verdicts;
pub mod viewport;
pub mod work;
pub mod xliff;

pub use draft::{Draft, EditError};
pub use map::{Edge, EdgeKind, Layout, Map, Node, NodeKind};
pub use path::{FieldPath, Step};
pub use place::Places;
pub use verdicts::Verdicts;
pub use work::{Problem, Work};
