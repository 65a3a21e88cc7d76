//! The one seam every report of a call goes through: the trainee's own progress in this
//! browser, an LMS (SCORM 1.2, SCORM 2004, cmi5, a plain xAPI launch) and a page that embeds
//! CalmLine all hear the same [`Moment`]s from the play page and decide for themselves what to
//! send. What to report is computed purely by the engine (`calmline_engine::lms`, `scorm`,
//! `xapi`); the reporters here are the thin browser edges.
//!
//! Rules every reporter keeps:
//! - **Nothing the trainee does waits for a reporter.** A reporter never fails the call: a
//!   missing, throwing, refusing or slow LMS only changes the [`LmsStatus`] line. The time a
//!   synchronous LMS call blocked the page is returned from [`Reporter::hear`], and the play page
//!   gives it back to the reply clock ([`crate::call::CallAction::Stalled`]).
//! - **Nothing is lost.** What could not be sent is kept locally for that learner and that
//!   registration or attempt only, and sent again later.

use std::cell::RefCell;
use std::rc::Rc;

use calmline_engine::Reader;
use yew::Callback;

use crate::call::Call;
use crate::platform;
use crate::settings::LmsKind;

pub mod local;
pub mod post;
#[cfg(feature = "lms")]
mod remote;

pub use calmline_engine::relay::{LmsStatus, LmsUpdate};

/// Connects to the LMS a package was launched from: loads the LMS runtime (a module of its own,
/// `crates/lms`) and adds a reporter that hands it every moment; `updates` hears what the LMS
/// says (status, mastery score, learner, language).
/// Without the `lms` feature (built only to measure what the LMS support costs the first load,
/// `cargo xtask bench`) nothing is loaded and a package's launch plays on locally.
pub fn connect(kind: LmsKind, reporters: &Reporters, updates: Updates) {
    #[cfg(feature = "lms")]
    remote::connect(kind, reporters, updates);
    #[cfg(not(feature = "lms"))]
    {
        let _ = (kind, reporters);
        updates.emit(LmsUpdate::Status(LmsStatus::Missing));
    }
}

/// Waits until the LMS of the launch is connected (or could not be): the play page restores
/// an unfinished call only then, since the LMS decides which one is the learner's. Returns at
/// once outside an LMS launch.
pub async fn ready() {
    #[cfg(feature = "lms")]
    remote::ready().await;
}

/// Whether the LMS of the launch is still being connected (see [`ready`]).
pub fn pending() -> bool {
    #[cfg(feature = "lms")]
    return remote::pending();
    #[cfg(not(feature = "lms"))]
    false
}

/// What happened, as the reporters hear it.
#[derive(Debug, Clone, Copy)]
pub enum Moment<'a> {
    /// A call begins (`resumed: false`, a new try of the attempt) or carries on after a reload.
    Started {
        /// The call.
        call: &'a Call,
        /// Restored from a save rather than started.
        resumed: bool,
    },
    /// A move was made (a reply, a silence, ending the call); `call.is_over()` says whether it
    /// ended the call.
    Moved {
        /// The call after the move.
        call: &'a Call,
    },
    /// The reply clock stopped, started or was extended: only a save of the call changes.
    Clock {
        /// The call now.
        call: &'a Call,
    },
    /// The page is going away (`pagehide`): the last moment to save and close a session.
    /// `call` is the unfinished call, if one is on screen.
    Leaving {
        /// The call on screen, if any.
        call: Option<&'a Call>,
    },
    /// The trainee chose to finish (the debrief's "Finish" of an LMS launch): the session ends
    /// now rather than when the page goes away.
    Finished,
}

/// What a reporter needs to know beyond the call: who reads (language and Polish form of
/// address, for descriptions), the time, and the pass mark in force.
#[derive(Debug, Clone, Copy)]
pub struct Scene {
    /// The interface language and form of address.
    pub reader: Reader,
    /// Unix time now, in milliseconds.
    pub now_unix_ms: u64,
    /// The page's monotonic clock now (`performance.now()`), the clock of [`Call`].
    pub now: f64,
    /// The pass mark in force (an LMS's mastery score, else the package's), if not the
    /// scenario's own.
    pub pass_mark: Option<u8>,
}

impl Scene {
    /// The scene now, for `reader` with the pass mark in force.
    pub fn now(reader: Reader, pass_mark: Option<u8>) -> Scene {
        Scene {
            reader,
            now_unix_ms: platform::unix_ms(),
            now: platform::now_ms(),
            pass_mark,
        }
    }
}

/// A reporter: hears every moment, returns how many milliseconds it blocked the page.
pub trait Reporter {
    /// Hears a moment; returns the milliseconds spent in synchronous calls that blocked the page
    /// (0 for anything asynchronous).
    fn hear(&mut self, moment: Moment<'_>, scene: &Scene) -> f64;
}

/// What the app shows of the LMS: kept in the app's context.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LmsView {
    /// The status line.
    pub status: LmsStatus,
    /// The LMS's mastery score, if it set one.
    pub mastery: Option<u8>,
    /// The learner's first name, to greet them.
    pub learner: Option<String>,
}

impl LmsView {
    /// The view after an update.
    pub fn with(&self, update: &LmsUpdate) -> LmsView {
        let mut next = self.clone();
        match update {
            LmsUpdate::Status(s) => next.status = *s,
            LmsUpdate::Mastery(m) => next.mastery = Some((*m).min(100)),
            LmsUpdate::Learner(name) => next.learner = first_name(name),
            LmsUpdate::Language(_) => {}
        }
        next
    }
}

/// The name to greet a learner with: SCORM gives `Family, Given` (the first name is after the
/// comma); other LMSs give a display name, used as it is. Empty names greet nobody.
pub fn first_name(name: &str) -> Option<String> {
    let given = match name.split_once(',') {
        Some((_, given)) if !given.trim().is_empty() => given,
        Some((family, _)) => family,
        None => name,
    };
    let given: String = given.trim().chars().take(40).collect();
    (!given.is_empty()).then_some(given)
}

/// Every reporter of the page, shared by the app and the play page. Cloning shares them.
#[derive(Clone, Default)]
pub struct Reporters(Rc<RefCell<Vec<Box<dyn Reporter>>>>);

impl PartialEq for Reporters {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for Reporters {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Reporters({})", self.0.borrow().len())
    }
}

impl Reporters {
    /// Adds a reporter.
    pub fn add(&self, reporter: Box<dyn Reporter>) {
        self.0.borrow_mut().push(reporter);
    }

    /// Adds the reporter of an LMS launch: it hears only the calls of the launch's scenario
    /// (the SCO or AU is that call; another call the learner opens from the catalog is never
    /// recorded under it), and the moments that belong to no call.
    pub fn add_for_launch(&self, reporter: Box<dyn Reporter>) {
        let scenario = platform::link_param("scenario").unwrap_or_default();
        self.add(Box::new(OnlyScenario {
            scenario,
            inner: reporter,
        }));
    }

    /// Tells every reporter, in the order they were added; returns the milliseconds they
    /// blocked the page in all. A reporter that is busy (a moment raised while another is being
    /// heard) does not hear the nested one.
    pub fn hear(&self, moment: Moment<'_>, scene: &Scene) -> f64 {
        let Ok(mut reporters) = self.0.try_borrow_mut() else {
            return 0.0;
        };
        reporters.iter_mut().map(|r| r.hear(moment, scene)).sum()
    }
}

/// A reporter that hears the moments of one scenario's calls only.
struct OnlyScenario {
    scenario: String,
    inner: Box<dyn Reporter>,
}

impl Reporter for OnlyScenario {
    fn hear(&mut self, moment: Moment<'_>, scene: &Scene) -> f64 {
        if launch_hears(&self.scenario, &moment) {
            self.inner.hear(moment, scene)
        } else {
            0.0
        }
    }
}

/// Whether the reporter of a launch of `scenario` hears `moment`.
fn launch_hears(scenario: &str, moment: &Moment<'_>) -> bool {
    match moment {
        Moment::Started { call, .. }
        | Moment::Moved { call }
        | Moment::Clock { call }
        | Moment::Leaving { call: Some(call) } => call.scenario.id == scenario,
        Moment::Leaving { call: None } | Moment::Finished => true,
    }
}

/// The callback through which adapters update the [`LmsView`].
pub type Updates = Callback<LmsUpdate>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_launch_hears_only_the_calls_of_its_own_scenario() {
        let bytes = include_bytes!("../../crates/engine/tests/fixtures/late-delivery-v1.toml");
        let sc = calmline_engine::validate("fixture", bytes).into_result();
        let sc = crate::call::SharedScenario(Rc::new(sc.expect("the fixture is valid")));
        let call = Call::start(
            sc.clone(),
            (1, 1),
            calmline_engine::TimerMode::Off,
            crate::settings::Mode::Exam,
            0.0,
        );
        let moved = Moment::Moved { call: &call };
        assert!(launch_hears(&sc.id, &moved));
        assert!(!launch_hears("another-call", &moved));
        assert!(!launch_hears(
            "another-call",
            &Moment::Leaving { call: Some(&call) }
        ));
        assert!(launch_hears(
            "another-call",
            &Moment::Leaving { call: None }
        ));
        assert!(launch_hears("another-call", &Moment::Finished));
    }

    #[test]
    fn a_learner_is_greeted_by_the_given_name() {
        assert_eq!(first_name("Kovács, Anna").as_deref(), Some("Anna"));
        assert_eq!(first_name("Jan Nowak").as_deref(), Some("Jan Nowak"));
        assert_eq!(first_name("Doe,").as_deref(), Some("Doe"));
        assert_eq!(first_name("  "), None);
    }

    #[test]
    fn the_view_follows_updates_and_caps_the_mastery_score() {
        let v = LmsView::default()
            .with(&LmsUpdate::Status(LmsStatus::Saved))
            .with(&LmsUpdate::Mastery(180))
            .with(&LmsUpdate::Learner("Nowak, Ewa".into()));
        assert_eq!(v.status, LmsStatus::Saved);
        assert_eq!(v.mastery, Some(100));
        assert_eq!(v.learner.as_deref(), Some("Ewa"));
    }
}
