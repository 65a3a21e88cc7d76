//! CalmLine's browser app: the Yew components that draw what the engine says.
//!
//! The app is a library so that native tests can render its components to strings (SSR) and
//! `wasm-bindgen-test` can mount them in a real browser; `main.rs` only starts it. Everything
//! that touches the browser (storage, `<html lang>`, the URL) lives in [`platform`]; the rest
//! renders natively too.
#![deny(missing_docs)]

pub mod app;
pub mod components;
pub mod i18n;
pub mod link;
pub mod pages;
pub mod platform;

pub use app::{App, AppProps};
