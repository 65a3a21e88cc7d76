//! The LMS runtime of CalmLine: SCORM 1.2, SCORM 2004 (4th edition), cmi5 and plain xAPI
//! launches. A WebAssembly module of its own, so that the player every trainee downloads carries
//! none of it: the player loads it (`src/lms/remote.rs`) only when a launch from an LMS package
//! says `lms=<kind>`, calls [`connect`] once, then hands it every moment of the call as JSON
//! ([`calmline_engine::relay::Told`]) and hears back what the LMS said (status, mastery score,
//! learner, language).
//!
//! What to report is decided purely by the engine (`calmline_engine::lms`, `attempt`, `scorm`,
//! `xapi`); the adapters here are the thin browser edges. Rules every adapter keeps:
//! - **Nothing the trainee does waits for the LMS.** A missing, throwing, refusing or slow LMS
//!   only changes the status line. The time a synchronous LMS call blocked the page is returned
//!   from [`Runtime::hear`], and the player gives it back to the reply clock.
//! - **Nothing is lost.** What could not be sent is kept locally for that learner and that
//!   registration or attempt only, and sent again later.

use std::rc::Rc;

use calmline_engine::relay::{LmsKind, LmsStatus, LmsUpdate, Told};
use wasm_bindgen::prelude::*;

mod cmi5;
mod outbox;
mod scorm;
mod scorm_api;
mod xapi;
mod xapi_http;
mod xapi_session;

/// Where an adapter tells the player what it learnt.
#[derive(Clone)]
pub struct Updates(Rc<dyn Fn(LmsUpdate)>);

impl Updates {
    /// Updates that go to `f`.
    pub fn new(f: impl Fn(LmsUpdate) + 'static) -> Updates {
        Updates(Rc::new(f))
    }

    /// Tells the player.
    pub fn emit(&self, update: LmsUpdate) {
        (self.0)(update);
    }
}

/// An adapter: hears every moment, returns how many milliseconds it blocked the page.
pub trait Reporter {
    /// Hears a moment; returns the milliseconds spent in synchronous calls that blocked the
    /// page (0 for anything asynchronous).
    fn hear(&mut self, told: &Told) -> f64;
}

/// The connected LMS, as the player holds it.
#[wasm_bindgen]
pub struct Runtime {
    reporter: Option<Box<dyn Reporter>>,
}

#[wasm_bindgen]
impl Runtime {
    /// Hears a moment of the call (a [`Told`] as JSON); returns the milliseconds the LMS
    /// blocked the page. A message that is not one (a player of another version) is ignored
    /// with a warning on the console: the call goes on.
    pub fn hear(&mut self, told: &str) -> f64 {
        // Read by the browser's own JSON parser: the module then carries none of its own.
        let read = xapi_http::parse_json(told).and_then(|v| serde_json::from_value::<Told>(v).ok());
        match read {
            Some(told) => self.reporter.as_mut().map_or(0.0, |r| r.hear(&told)),
            None => {
                web_sys_warn("CalmLine LMS runtime: a moment it cannot read");
                0.0
            }
        }
    }
}

/// Connects to the LMS a package of `kind` (`scorm12`, `scorm2004`, `cmi5`, `xapi`) was
/// launched from. `call_key` is where the player keeps the scenario's unfinished call (an
/// attempt's own call is put there, another learner's is removed, before the player restores
/// it); `updates` is called with two strings, what and its value
/// ([`LmsUpdate::to_pair`]).
#[wasm_bindgen]
pub fn connect(kind: &str, call_key: Option<String>, updates: js_sys::Function) -> Runtime {
    let updates = Updates::new(move |update: LmsUpdate| {
        let (what, value) = update.to_pair();
        let _ = updates.call2(&JsValue::NULL, &what.into(), &value.into());
    });
    let reporter = match LmsKind::from_id(kind) {
        Some(kind @ (LmsKind::Scorm12 | LmsKind::Scorm2004)) => {
            scorm::connect(kind, call_key, updates)
        }
        Some(kind @ (LmsKind::Cmi5 | LmsKind::Xapi)) => xapi::connect(kind, call_key, updates),
        None => {
            updates.emit(LmsUpdate::Status(LmsStatus::Missing));
            None
        }
    };
    Runtime { reporter }
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = warn)]
    fn web_sys_warn(message: &str);
}
