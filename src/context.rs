//! What every page shares, handed down by the [`App`](crate::App) through a Yew context: the
//! settings, the scores, the link's options, the catalog and the notices, each with the callback
//! that changes it. No globals: a page reads `use_app()` and calls back.

use std::rc::Rc;

use calmline_engine::catalog::Entry;
use yew::prelude::*;

use crate::i18n::Lang;
use crate::lms::{LmsView, Reporters};
use crate::pages::catalog::Filter;
use crate::platform::Notice;
use crate::progress::Progress;
use crate::settings::{LinkOptions, Settings};

/// The catalog of scenarios, as far as it is loaded.
#[derive(Debug, Clone, PartialEq)]
pub enum CatalogState {
    /// Being fetched.
    Loading,
    /// Loaded.
    Ready(Rc<Vec<Entry>>),
    /// Could not be fetched (offline, blocked, not found).
    Unreachable,
    /// Fetched but not readable (damaged, or from another version of CalmLine).
    Damaged(crate::platform::Fault),
}

/// The shared state of the app.
#[derive(Clone, PartialEq)]
pub struct AppContext {
    /// The saved settings.
    pub settings: Settings,
    /// Saves new settings.
    pub set_settings: Callback<Settings>,
    /// The saved scores.
    pub progress: Rc<Progress>,
    /// Records a finished call: (scenario id, overall score, passed).
    pub record_result: Callback<(String, u8, bool)>,
    /// The options of the link the app was opened with.
    pub link: Rc<LinkOptions>,
    /// The scenario catalog.
    pub catalog: CatalogState,
    /// Fetches the catalog again after a failure.
    pub reload_catalog: Callback<()>,
    /// Tells the trainee something.
    pub notify: Callback<Notice>,
    /// Tells the app that the call on screen has ended: the notices about it go.
    pub call_ended: Callback<()>,
    /// Changes the interface language.
    pub set_lang: Callback<Lang>,
    /// The catalog's filters, kept while the trainee visits other screens.
    pub filter: Filter,
    /// Changes the catalog's filters.
    pub set_filter: Callback<Filter>,
    /// Everything a call is reported to: local progress, and the LMS of a package's launch.
    pub reporters: Reporters,
    /// What the LMS of a package's launch has said (status, mastery score, learner).
    pub lms: LmsView,
}

impl AppContext {
    /// A context for rendering a page on its own (tests): defaults, callbacks that do nothing.
    pub fn detached() -> AppContext {
        AppContext {
            settings: Settings::default(),
            set_settings: Callback::noop(),
            progress: Rc::default(),
            record_result: Callback::noop(),
            link: Rc::default(),
            catalog: CatalogState::Loading,
            reload_catalog: Callback::noop(),
            notify: Callback::noop(),
            call_ended: Callback::noop(),
            set_lang: Callback::noop(),
            filter: Filter::default(),
            set_filter: Callback::noop(),
            reporters: Reporters::default(),
            lms: LmsView::default(),
        }
    }

    /// The pass mark in force, if not each scenario's own: the LMS's mastery score, else the
    /// package's `pass`.
    pub fn pass_mark(&self) -> Option<u8> {
        self.lms.mastery.or(self.link.pass)
    }
}

/// The shared state from the nearest [`App`](crate::App).
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().unwrap_or_else(AppContext::detached)
}
