//! The first screen rendered ahead of time, natively, with the components' own server-side
//! rendering: `cargo xtask dist` runs the `prerender` binary after compiling the library and
//! puts each language's catalog and briefing frame into the page (ARCHITECTURE.md, "First
//! paint"), so a trainee sees their first screen before the module has arrived.
//!
//! A trainer's link to a call gets the frame at once and its call's own briefing
//! ([`render_call`], one small file per call and language) as soon as that file arrives.
//!
//! The screens are the app's own (the same `App` component, as a new trainee with nothing
//! saved sees it), so the app's first render matches what was painted and replaces it in one
//! frame.

use crate::app::{AppProps, read_catalog};
use crate::context::CatalogState;
use crate::i18n::{Lang, Locale};
use crate::platform::Startup;
use crate::route::Route;

/// Which first screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FirstScreen {
    /// The catalog of calls (the site's address).
    Catalog,
    /// A trainer's link to a call (`#/play/<id>…`): the page's frame while its call loads.
    Briefing,
}

impl FirstScreen {
    /// Both, in the order the page holds them.
    pub const ALL: [FirstScreen; 2] = [FirstScreen::Catalog, FirstScreen::Briefing];

    /// The name the page's first script picks it by (`<template id="first-<name>-<lang>">`).
    pub fn name(self) -> &'static str {
        match self {
            FirstScreen::Catalog => "catalog",
            FirstScreen::Briefing => "briefing",
        }
    }
}

/// The HTML of `screen` in `lang`, with the compiled catalog `index` (the bytes of
/// `scenarios/index.clc`). Fails if the catalog cannot be read.
pub async fn render(lang: Lang, screen: FirstScreen, index: &[u8]) -> Result<String, String> {
    let route = match screen {
        FirstScreen::Catalog => Route::Catalog,
        // No call is named: the play page shows its frame while the call's file loads.
        FirstScreen::Briefing => Route::Play(String::new()),
    };
    render_route(lang, route, index).await
}

/// The briefing of the library call `id` (its compiled file's bytes `call`) in `lang`, as a
/// trainer's link to it first shows it: the page's first script fetches it beside the module
/// (`first/<id>-<lang>.html`) and puts it in place of the frame. Fails if a file cannot be read.
pub async fn render_call(
    lang: Lang,
    index: &[u8],
    id: &str,
    call: &[u8],
) -> Result<String, String> {
    if calmline_engine::compiled::scenario_from_bytes(call).is_err() {
        return Err(format!("the compiled call {id} cannot be read"));
    }
    crate::pages::play::keep_fetched(id, Ok(call.to_vec()));
    render_route(lang, Route::Play(id.to_owned()), index).await
}

/// The app at `route` in `lang`, as a new trainee with nothing saved first sees it.
async fn render_route(lang: Lang, route: Route, index: &[u8]) -> Result<String, String> {
    let catalog = read_catalog(Ok(index.to_vec()));
    if !matches!(catalog, CatalogState::Ready(_)) {
        return Err("the compiled catalog cannot be read".to_owned());
    }
    let props = AppProps {
        startup: Startup {
            lang,
            route,
            ..Startup::default()
        },
        locale: Locale::new(lang),
        catalog,
    };
    Ok(yew::LocalServerRenderer::<crate::App>::with_props(props)
        .hydratable(false)
        .render()
        .await)
}
