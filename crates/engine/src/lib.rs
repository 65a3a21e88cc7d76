//! The CalmLine conversation engine: everything about a training call that does not need a browser.
//!
//! This crate is deliberately pure. It depends on no web crate (no yew, web-sys, js-sys,
//! wasm-bindgen or gloo; `cargo xtask test` fails if it ever does), does no I/O and reads no clock:
//! times and random seeds are passed in. That keeps every rule of the game testable natively and
//! lets the browser, the validator and the LMS reporting share one implementation.
#![deny(missing_docs)]

pub mod skill;

pub use skill::Skill;
