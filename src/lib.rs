//! CalmLine's browser app: the Yew components that draw what the engine says.
//!
//! The app is a library so that native tests can render its components to strings (SSR) and
//! `wasm-bindgen-test` can mount them in a real browser; `main.rs` only starts it. Everything
//! that touches the browser (storage, `<html lang>`, the URL, the clock, fetching, speech) lives
//! in [`platform`]; the rest renders natively too. The pure parts (routes, settings, progress,
//! the call model) have their own modules and unit tests.
#![deny(missing_docs)]

pub mod app;
pub mod boot;
pub mod call;
pub mod components;
pub mod context;
pub mod embed;
pub mod fetch;
pub mod i18n;
pub mod link;
pub mod lms;
pub mod locale_state;
pub mod pages;
pub mod platform;
#[cfg(all(feature = "prerender", not(target_arch = "wasm32")))]
pub mod prerender;
pub mod progress;
pub mod record;
pub mod route;
pub mod settings;
#[cfg(feature = "authoring")]
pub mod studio;

pub use app::{App, AppProps};
