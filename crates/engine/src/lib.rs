//! The CalmLine conversation engine: everything about a training call that does not need a browser.
//!
//! This crate is deliberately pure. It depends on no web crate (no yew, web-sys, js-sys,
//! wasm-bindgen or gloo; `cargo xtask test` fails if it ever does), does no I/O and reads no clock:
//! times and random seeds are passed in. That keeps every rule of the game testable natively and
//! lets the browser, the validator and the LMS reporting share one implementation.
#![deny(missing_docs)]

pub mod address;
#[cfg(feature = "authoring")]
pub mod analysis;
pub mod attempt;
pub mod catalog;
pub mod compiled;
#[cfg(feature = "authoring")]
pub mod diag;
pub mod face;
#[cfg(feature = "authoring")]
mod face_reader;
#[cfg(feature = "authoring")]
pub mod forms;
pub mod hold;
pub mod lang;
pub mod lms;
#[cfg(feature = "authoring")]
mod load;
pub mod model;
#[cfg(feature = "authoring")]
pub mod plan;
#[cfg(feature = "authoring")]
pub mod quality;
mod random;
#[cfg(feature = "authoring")]
mod reader;
pub mod relay;
pub mod run;
pub mod save;
pub mod scale;
pub mod score;
pub mod scorm;
pub mod skill;
mod spec;
#[cfg(feature = "authoring")]
pub mod strategy;
pub mod text;
pub mod timer;
pub mod transcript;
pub mod twist;
#[cfg(feature = "authoring")]
pub mod validate;
pub mod xapi;

pub use address::Address;
#[cfg(feature = "authoring")]
pub use diag::{Diagnostic, Msg, Severity};
pub use lang::Lang;
pub use model::Scenario;
#[cfg(feature = "authoring")]
pub use reader::is_id;
pub use run::{Event, Input, State, step};
pub use skill::Skill;
pub use spec::{FORMAT_VERSION, json_schema};
pub use text::{Reader, Text};
pub use timer::TimerMode;
#[cfg(feature = "authoring")]
pub use validate::{Report, validate, validate_playable};
