//! Telling the app's reporters (local progress, an LMS) about a moment of the call, from any
//! piece of the play page: [`Page`] carries what that needs, and what the pieces share besides.

use yew::prelude::*;

use super::Phase;
use super::load::keep_call_time;
use crate::call::CallAction;
use crate::context::AppContext;
use crate::i18n::Locale;
use crate::lms::{Moment, Scene};

/// What the pieces of the play page share: the app, the language, the phase, and whether the
/// call is a trainer's own file (a preview: it never touches the library's scores and saves).
#[derive(Clone)]
pub struct Page {
    /// The shared state of the app (its reporters, the link, notices, the pass mark).
    pub app: AppContext,
    /// The trainee's language.
    pub locale: Locale,
    /// The page's phase.
    pub phase: UseReducerHandle<Phase>,
    /// A trainer's own file rather than the library's.
    pub own: bool,
}

impl Page {
    /// Tells every reporter of the app about a moment of the call; the time a slow LMS blocked
    /// the page is given back to the reply clock.
    pub fn report(&self, moment: Moment<'_>) {
        let scene = Scene::now(self.locale.reader(), self.app.pass_mark());
        let stalled = self.app.reporters.hear(moment, &scene);
        keep_call_time(&moment, scene.now);
        if stalled > 0.0 {
            self.phase
                .dispatch(super::PhaseAction::Act(CallAction::Stalled { ms: stalled }));
        }
    }
}
