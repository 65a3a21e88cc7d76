//! One cmi5 or plain xAPI session in the browser: hears the play page's moments, asks the
//! engine's [`Session`] which statements are due, and puts them in the outbox.
//!
//! - `initialized` is sent at launch, once the LMS has answered (before any call), so that the
//!   session is open while the trainee reads the briefing; each move gives an `answered`, the
//!   end of a call `completed` and the verdict, `terminated` closes the session last.
//! - The session's progress (what was sent, the verdict kept across tries, its start) is kept in
//!   this tab's session storage after every change, so a reload of the same launch goes on
//!   where it was: no second `initialized`, the same statement ids.
//! - `terminated` is sent when the trainee finishes (the debrief's Finish; a cmi5 launch then
//!   goes to the LMS's `returnURL`), or when the page goes away after a finished call and
//!   outside a call. A page that goes away **mid-call** only sends what waits (`keepalive`):
//!   a reload resumes the call and the session with it, and a tab closed mid-call is
//!   "abandoned" in the LMS's own words (cmi5 lets the LMS record that).
//! - Moments heard before the LMS answered are not lost: the latest call is kept and reported
//!   once the session is ready.
//! - Only calls started under this learner and registration are resumed and reported:
//!   [`owner_key`] names who started the call this browser keeps; at launch another's is
//!   dropped (see `xapi::connect`), and should one still be resumed it is not reported here.

use std::cell::RefCell;
use std::rc::Rc;

use calmline_engine::lms::{self, Kept};
use calmline_engine::relay::{LmsStatus, Sight, Told};
use calmline_engine::xapi::{Session, Statement};
use calmline_web as platform;
use serde_json::Value;

use crate::Reporter;
use crate::cmi5::LaunchData;
use crate::outbox::{Outbox, line};
use crate::xapi::{Launch, fnv};
use crate::xapi_http::{iso_now, new_uuid, tab_get, tab_set};

/// The local storage key naming the launch (`<learner>.<registration>`) that started the
/// unfinished call of a scenario this browser keeps.
pub fn owner_key(scenario: &str) -> String {
    format!("calmline.xapi.owner.{scenario}")
}

/// Statements as outbox lines: `serde_json::to_string` of each (the actor as the launch gave
/// it, borrowed rather than copied into every statement).
fn lines(statements: &[Statement<&Value>]) -> Vec<String> {
    statements
        .iter()
        .filter_map(|s| Some(line(&s.id, &serde_json::to_string(s).ok()?)))
        .collect()
}

/// The verdict kept across tries, as [`Adapter::keep`] writes it (`-` or `<passed> <overall>`).
fn kept_of(text: &str) -> Option<Kept> {
    let (passed, overall) = text.split_once(' ')?;
    Some(Kept {
        passed: passed == "1",
        overall: overall.parse().ok()?,
    })
}

/// A session of a launch.
pub struct Adapter {
    launch: Launch,
    outbox: Rc<Outbox>,
    session: Option<Session>,
    kept: Option<Kept>,
    started_ms: u64,
    /// The latest call heard.
    latest: Option<Sight>,
    new_try: bool,
    /// The call on screen was started by another launch: not reported here.
    foreign: bool,
    return_url: Option<String>,
}

/// The reporter the app holds: the adapter, shared with the launch's own tasks and listeners.
pub struct XapiReporter(pub Rc<RefCell<Adapter>>);

impl Reporter for XapiReporter {
    fn hear(&mut self, told: &Told) -> f64 {
        if let Ok(mut adapter) = self.0.try_borrow_mut() {
            adapter.hear(told);
        }
        0.0
    }
}

impl Adapter {
    /// A session that waits for the LMS's answers ([`Adapter::ready`]).
    pub fn new(launch: Launch, outbox: Rc<Outbox>) -> Adapter {
        Adapter {
            launch,
            outbox,
            session: None,
            kept: None,
            started_ms: platform::unix_ms(),
            latest: None,
            new_try: false,
            foreign: false,
            return_url: None,
        }
    }

    fn registration(&self) -> &str {
        self.launch.registration.as_deref().unwrap_or_default()
    }

    fn progress_key(&self) -> String {
        let l = &self.launch;
        let id = format!(
            "{}|{}|{}|{}|{}|{}",
            l.cmi5,
            l.fetch,
            l.endpoint,
            self.registration(),
            l.activity,
            l.learner
        );
        format!("calmline.xapi.session.{:016x}", fnv(&id))
    }

    /// The LMS has answered (or could not): the session opens, or goes on after a reload.
    pub fn ready(&mut self, data: LaunchData) {
        self.return_url = data.return_url.clone();
        let mut session = Session::new(
            &self.launch.activity,
            self.registration(),
            self.launch.cmi5,
            data.mode,
        );
        session.mastery = data.mastery;
        session.grouping = data.grouping;
        // A reload of this launch goes on where it was. A plain xAPI launch opened again
        // after it was closed starts a new session; a cmi5 launch cannot (its token belongs
        // to the closed one).
        let restored = tab_get(&self.progress_key()).and_then(|text| {
            let mut parts = text.splitn(4, '\n');
            let (progress, kept, started, id) =
                (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
            let mut s = session.clone();
            s.session_id = Some(id.to_owned());
            (s.resume(progress) && (self.launch.cmi5 || !s.is_terminated())).then_some(())?;
            Some((s, kept_of(kept), started.parse::<u64>().ok()?))
        });
        let session = match restored {
            Some((s, kept, started)) => {
                self.kept = kept;
                self.started_ms = started;
                s
            }
            None => {
                let key = self.progress_key();
                session.session_id = Some(data.session_id.unwrap_or_else(|| new_uuid(&key)));
                session
            }
        };
        if session.is_terminated() {
            self.outbox.close();
        }
        self.session = Some(session);
        let now = iso_now();
        let actor = &self.launch.actor;
        let opened = self
            .session
            .as_mut()
            .and_then(|s| s.initialize(&actor, &now));
        let lines = lines(opened.as_slice());
        self.keep(lines);
        self.pump();
    }

    fn hear(&mut self, told: &Told) {
        match told {
            Told::Started { call, resumed } => {
                let key = owner_key(&call.view.scenario);
                let me = format!("{}.{}", self.launch.learner, self.registration());
                if *resumed {
                    self.foreign = platform::storage_get(&key).as_deref() != Some(me.as_str());
                } else {
                    platform::storage_set(&key, &me);
                    self.foreign = false;
                    self.new_try = true;
                }
                if !self.foreign {
                    self.update(call);
                }
            }
            Told::Moved { call } if !self.foreign => self.update(call),
            Told::Moved { .. } => {}
            Told::Clock { .. } => {}
            // The launch's own `pagehide` listener sends what waits ([`Adapter::leave_page`]).
            Told::Leaving { call } => {
                if let (Some(call), false) = (call, self.foreign) {
                    self.update(call);
                }
            }
            Told::Finished => self.finish(),
        }
    }

    fn update(&mut self, call: &Sight) {
        self.latest = Some(call.clone());
        self.pump();
        if self.session.is_some() {
            self.outbox.flush();
        }
    }

    /// Puts the statements due for the latest call in the outbox.
    fn pump(&mut self) {
        let Some(session) = self.session.as_mut() else {
            return;
        };
        if std::mem::take(&mut self.new_try) {
            session.new_try();
        }
        let Some(latest) = &self.latest else {
            return;
        };
        if let Some(k) = lms::kept(&latest.view.report) {
            self.kept = Some(lms::keep(self.kept, k));
        }
        session.language = latest.view.lang.clone();
        let elapsed = platform::unix_ms().saturating_sub(self.started_ms);
        let due = session.due(
            &latest.view,
            &&self.launch.actor,
            self.kept,
            &iso_now(),
            elapsed,
        );
        let lines = lines(&due);
        self.keep(lines);
    }

    /// Keeps statements in the outbox, then the session's progress (in that order: a page
    /// that dies between the two sends a statement twice, which the LRS stores once).
    fn keep(&mut self, lines: Vec<String>) {
        self.outbox.push(lines);
        let Some(session) = &self.session else {
            return;
        };
        let kept = self.kept.map_or("-".to_owned(), |k| {
            format!("{} {}", u8::from(k.passed), k.overall)
        });
        let progress = format!(
            "{}\n{kept}\n{}\n{}",
            session.progress(),
            self.started_ms,
            session.session_id.as_deref().unwrap_or_default()
        );
        tab_set(&self.progress_key(), &progress);
    }

    fn terminate(&mut self) {
        let elapsed = platform::unix_ms().saturating_sub(self.started_ms);
        let now = iso_now();
        let Some(session) = self.session.as_mut() else {
            return;
        };
        let last = session.terminate(&&self.launch.actor, &now, elapsed);
        let lines = lines(last.as_slice());
        self.keep(lines);
        self.outbox.close();
    }

    fn in_call(&self) -> bool {
        self.latest.as_ref().is_some_and(|l| !l.is_over())
    }

    /// The page goes away (`pagehide`): outside a call and after a finished one the session
    /// ends; what waits goes out in a request that outlives the page.
    pub fn leave_page(&mut self) {
        let finished = self.latest.as_ref().is_some_and(|l| l.is_over());
        if finished && !self.in_call() {
            self.terminate();
        }
        self.outbox.send_on_leaving();
    }

    /// The trainee finished: `terminated`, everything sent, then back to the LMS (cmi5).
    fn finish(&mut self) {
        self.terminate();
        let outbox = self.outbox.clone();
        let back = self.return_url.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let sent = outbox.deliver().await;
            outbox.show(if sent {
                LmsStatus::Closed
            } else {
                LmsStatus::Kept
            });
            if let (Some(url), Some(window)) = (back, web_sys::window()) {
                let _ = window.location().set_href(&url);
            }
        });
    }
}
