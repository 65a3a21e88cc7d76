//! The SCORM 1.2 and SCORM 2004 (4th edition) reporter: finds the LMS's runtime API, opens the
//! session, reads who the learner is and what their attempt holds, and after every moment of
//! the call sends what [`calmline_engine::attempt`] decides (one interaction per move, status,
//! score, objectives, location, `suspend_data`, exit, session time), then commits.
//!
//! Decisions:
//! - **One attempt, many tries.** The session is terminated when the page goes away
//!   (`pagehide`) or when the trainee presses "Finish" on the debrief, not at the end of each
//!   call, so that a trainee may retry within one attempt: every try's interactions are
//!   reported (ids `t<try>-m<move>-<turn>`), and the verdict kept is the best, a pass never
//!   overwritten by a later fail. Leaving mid-call, or before any try finished, exits
//!   "suspend"; leaving with a verdict kept exits normally.
//! - **Resume.** `suspend_data` holds the attempt's own line (try number, interactions stored,
//!   the kept verdict, the unfinished call's save). On a resumed attempt the call it holds is put
//!   where the play page restores an unfinished call from, before the scenario is loaded; on a
//!   new attempt, and on a resumed one without a call, any call kept in this browser for the
//!   scenario is forgotten, so that another learner's unfinished call on a shared computer never
//!   lands in this learner's attempt. `cmi.location` is the current turn (a bookmark the LMS may
//!   show); the resume itself rests on `suspend_data`.
//! - **Faults never cost the trainee anything.** No API: the status line says so and the game
//!   plays on with local progress. A call that throws or answers "false", or an API that has gone
//!   away (it is no longer where it was found), leaves what was not taken queued for the next
//!   moment (interactions at the same index, so no gaps) and the status says "kept"; the next
//!   moment that gets everything through says "saved". The time the synchronous calls of a
//!   moment took (a slow `Commit`) is returned from `hear`, and the play page gives it back to
//!   the reply clock. Nothing is called after `Terminate`, and nothing here panics.
//! - **Time.** The session time runs from the connection to the moment sent.

use std::cell::RefCell;
use std::rc::Rc;

use calmline_engine::attempt::{Attempt, Suspend};
use calmline_engine::scorm::Version;
use gloo::events::EventListener;

use calmline_engine::relay::{LmsKind, LmsStatus, LmsUpdate, Sight, Told};
use calmline_web as platform;

use crate::scorm_api::Api;
use crate::{Reporter, Updates};

/// How long a save of the reply clock stays fresh: a clock moment within it that changes
/// nothing the save records is not sent again.
const FRESH_MS: f64 = 1_000.0;

/// Connects to the SCORM API of the launch and returns its reporter; without an API the status
/// says it is missing and nothing else happens.
pub fn connect(
    kind: LmsKind,
    call_key: Option<String>,
    updates: Updates,
) -> Option<Box<dyn Reporter>> {
    updates.emit(LmsUpdate::Status(LmsStatus::Connecting));
    let version = match kind {
        LmsKind::Scorm2004 => Version::V2004,
        _ => Version::V12,
    };
    let Some(api) = Api::find(version) else {
        updates.emit(LmsUpdate::Status(LmsStatus::Missing));
        return None;
    };
    let session = Rc::new(RefCell::new(Session {
        api,
        version,
        attempt: None,
        closed: false,
        since: platform::now_ms(),
        shown: LmsStatus::Connecting,
        told: Vec::new(),
        clock_key: None,
        call_key,
    }));
    with(&session, &updates, |s| s.open(true));
    let reporter = Scorm {
        session: session.clone(),
        updates: updates.clone(),
    };
    // Leaving the page when no call is on screen (the play page tells of leaving mid-call, but
    // after this listener: the session then already holds the call's latest save).
    if let Some(window) = web_sys::window() {
        EventListener::new(&window, "pagehide", move |_| {
            with(&session, &updates, |s| s.leave(None));
        })
        .forget();
    }
    Some(Box::new(reporter))
}

/// Runs `f` on the session unless it is busy, then tells the app what it learnt (after the
/// session is released, so that whatever the app does next may report again). Returns the
/// milliseconds `f` blocked the page.
fn with(session: &Rc<RefCell<Session>>, updates: &Updates, f: impl FnOnce(&mut Session)) -> f64 {
    let began = platform::now_ms();
    let told = {
        let Ok(mut s) = session.try_borrow_mut() else {
            return 0.0;
        };
        if !s.closed {
            f(&mut s);
        }
        std::mem::take(&mut s.told)
    };
    let blocked = (platform::now_ms() - began).max(0.0);
    for update in told {
        updates.emit(update);
    }
    blocked
}

/// The reporter the play page talks to.
struct Scorm {
    session: Rc<RefCell<Session>>,
    updates: Updates,
}

impl Reporter for Scorm {
    fn hear(&mut self, told: &Told) -> f64 {
        with(&self.session, &self.updates, |s| s.hear(told))
    }
}

/// One session with the LMS.
struct Session {
    api: Api,
    version: Version,
    /// `None` until `Initialize` succeeded.
    attempt: Option<Attempt>,
    /// Terminated (or tried to): nothing more is called.
    closed: bool,
    /// When the session began (the page's clock).
    since: f64,
    /// The status line as last told.
    shown: LmsStatus,
    /// Updates for the app, told once the session is released.
    told: Vec<LmsUpdate>,
    /// The reply clock last sent (moves, running, extensions) and when, so that a clock
    /// moment right after a move (the same render) sends nothing new.
    clock_key: Option<((usize, bool, u8), f64)>,
    /// Where the player keeps the scenario's unfinished call.
    call_key: Option<String>,
}

impl Session {
    fn status(&mut self, status: LmsStatus) {
        if self.shown != status {
            self.shown = status;
            self.told.push(LmsUpdate::Status(status));
        }
    }

    /// Initializes and reads the learner and the attempt; on failure, tried again at the next
    /// moment. Only when connecting (`first`, before the scenario is loaded) does it decide
    /// which unfinished call the play page may resume; later, the call on screen is left alone.
    fn open(&mut self, first: bool) {
        if !self.api.initialize() {
            self.status(LmsStatus::Kept);
            return;
        }
        let v12 = self.version == Version::V12;
        let read = |element: &str| self.api.get(element).unwrap_or_default();
        let pick = |a: &'static str, b: &'static str| if v12 { a } else { b };
        let entry = read(pick("cmi.core.entry", "cmi.entry"));
        let name = read(pick("cmi.core.student_name", "cmi.learner_name"));
        let language = read(pick(
            "cmi.student_preference.language",
            "cmi.learner_preference.language",
        ));
        let mastery = read(pick(
            "cmi.student_data.mastery_score",
            "cmi.scaled_passing_score",
        ));
        let count = read("cmi.interactions._count").trim().parse::<usize>().ok();
        let data = read("cmi.suspend_data");
        // Read as a bookmark only: on a first 2004 launch it answers 403, which is no fault.
        let _bookmark = self
            .api
            .get(pick("cmi.core.lesson_location", "cmi.location"));

        let resumed = entry == "resume";
        let suspend = resumed.then(|| Suspend::decode(&data)).flatten();
        let attempt = Attempt::new(self.version, count, suspend.as_ref());
        if first && let Some(key) = &self.call_key {
            match attempt.call() {
                Some(call) => platform::storage_set(key, call),
                None => platform::storage_remove(key),
            }
        }
        self.attempt = Some(attempt);
        if !name.trim().is_empty() {
            self.told.push(LmsUpdate::Learner(name));
        }
        if !language.trim().is_empty() {
            self.told
                .push(LmsUpdate::Language(language.trim().to_owned()));
        }
        if let Ok(m) = mastery.trim().parse::<f64>() {
            let percent = if v12 { m } else { m * 100.0 };
            if percent.is_finite() {
                self.told
                    .push(LmsUpdate::Mastery(percent.round().clamp(0.0, 100.0) as u8));
            }
        }
        self.status(LmsStatus::Saved);
    }

    fn hear(&mut self, told: &Told) {
        if self.attempt.is_none() {
            self.open(false);
        }
        let now = platform::now_ms();
        let at = platform::unix_ms();
        let since = self.since;
        let Some(a) = self.attempt.as_mut() else {
            return;
        };
        match told {
            Told::Started { call, resumed } => {
                let save = unfinished(call);
                if *resumed {
                    a.resume(&call.view, at, save);
                } else {
                    a.start(&call.view, at, save);
                }
                self.clock_key = None;
                self.flush(true);
            }
            Told::Moved { call } => {
                let save = unfinished(call);
                if a.try_number() == 0 {
                    a.start(&call.view, at, save);
                } else {
                    a.moved(&call.view, at, save);
                }
                a.session(elapsed(since, now));
                self.clock_key = Some((call.clock_key(), now));
                self.flush(true);
            }
            Told::Clock { call } => {
                // Kept at once (leaving the page sends it), sent unless just sent.
                a.keep_call(unfinished(call));
                let key = call.clock_key();
                let fresh = self
                    .clock_key
                    .is_some_and(|(k, at)| k == key && now - at < FRESH_MS);
                if fresh && !a.is_pending() {
                    return;
                }
                self.clock_key = Some((key, now));
                self.flush(true);
            }
            Told::Leaving { call } => {
                if let Some(call) = call {
                    a.keep_call(unfinished(call));
                }
                self.leave(Some(now));
            }
            Told::Finished => {
                a.finish();
                a.session(elapsed(since, now));
                self.flush(true);
                let done = self.terminate();
                self.status(if done {
                    LmsStatus::Closed
                } else {
                    LmsStatus::Kept
                });
            }
        }
    }

    /// The page goes away: the latest of everything, exit "suspend" if a call is unfinished or
    /// no try has finished, session time, commit, terminate.
    fn leave(&mut self, now: Option<f64>) {
        let now = now.unwrap_or_else(platform::now_ms);
        let since = self.since;
        let Some(a) = self.attempt.as_mut() else {
            return;
        };
        let mid_call = a.call().is_some();
        a.leave(mid_call);
        a.session(elapsed(since, now));
        self.flush(true);
        self.terminate();
    }

    /// Sends what waits and commits; the status line says whether the LMS took it all.
    fn flush(&mut self, commit: bool) {
        let Some(a) = self.attempt.as_mut() else {
            return;
        };
        if !self.api.is_present() {
            self.status(LmsStatus::Kept);
            return;
        }
        let api = &self.api;
        let sent = a.send(&mut |k, v| api.set(k, v));
        let committed = !commit || api.commit();
        self.status(if sent && committed {
            LmsStatus::Saved
        } else {
            LmsStatus::Kept
        });
    }

    /// Terminates once; nothing is called afterwards, whatever the answer.
    fn terminate(&mut self) -> bool {
        self.closed = true;
        self.api.is_present() && self.api.terminate()
    }
}

/// The stored form of a call still in progress.
fn unfinished(call: &Sight) -> Option<String> {
    if call.is_over() {
        None
    } else {
        call.save.clone()
    }
}

/// Milliseconds of the session by `now`.
fn elapsed(since: f64, now: f64) -> u64 {
    (now - since).max(0.0) as u64
}
