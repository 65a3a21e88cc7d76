//! What passes between the player and the LMS runtime, a module of its own that only a launch
//! from an LMS package loads (`crates/lms`): the player tells it each moment of the call as a
//! [`Told`] (JSON: the call as a [`CallView`], its save, its reply clock), and hears back
//! [`LmsUpdate`]s. Kept here, as plain data, so that both sides build on one definition and the
//! player carries none of the LMS code.

use serde::{Deserialize, Serialize};

use crate::lms::CallView;

/// The kind of LMS package a call was launched from (the `lms` parameter of its launch URL).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LmsKind {
    /// SCORM 1.2.
    Scorm12,
    /// SCORM 2004 4th edition.
    Scorm2004,
    /// cmi5.
    Cmi5,
    /// A plain xAPI launch.
    Xapi,
}

impl LmsKind {
    /// Every kind, by its id in launch URLs.
    pub const ALL: [(&'static str, LmsKind); 4] = [
        ("scorm12", LmsKind::Scorm12),
        ("scorm2004", LmsKind::Scorm2004),
        ("cmi5", LmsKind::Cmi5),
        ("xapi", LmsKind::Xapi),
    ];

    /// The kind with this id.
    pub fn from_id(id: &str) -> Option<LmsKind> {
        LmsKind::ALL
            .iter()
            .find(|(k, _)| *k == id)
            .map(|(_, kind)| *kind)
    }

    /// Its id in launch URLs.
    pub fn id(self) -> &'static str {
        LmsKind::ALL
            .iter()
            .find(|(_, kind)| *kind == self)
            .map_or("", |(id, _)| id)
    }
}

/// How reporting to an LMS stands, for the status line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LmsStatus {
    /// Not launched from an LMS: nothing is shown.
    #[default]
    Off,
    /// Looking for the LMS, or waiting for its first answer.
    Connecting,
    /// Everything so far is saved in the LMS.
    Saved,
    /// The LMS did not take the latest results: they are kept here and will be sent.
    Kept,
    /// Launched as a package, but no LMS answered: results stay in this browser only.
    Missing,
    /// The session with the LMS is closed (the trainee finished): the window may be closed.
    Closed,
}

impl LmsStatus {
    const ALL: [(&'static str, LmsStatus); 6] = [
        ("off", LmsStatus::Off),
        ("connecting", LmsStatus::Connecting),
        ("saved", LmsStatus::Saved),
        ("kept", LmsStatus::Kept),
        ("missing", LmsStatus::Missing),
        ("closed", LmsStatus::Closed),
    ];

    /// Its id (the status line's `data-status`, and what crosses from the LMS runtime).
    pub fn id(self) -> &'static str {
        LmsStatus::ALL
            .iter()
            .find(|(_, s)| *s == self)
            .map_or("off", |(id, _)| id)
    }

    /// The status with this id.
    pub fn from_id(id: &str) -> Option<LmsStatus> {
        LmsStatus::ALL
            .iter()
            .find(|(k, _)| *k == id)
            .map(|(_, s)| *s)
    }
}

/// What an LMS adapter tells the player as it learns it.
#[derive(Debug, Clone, PartialEq)]
pub enum LmsUpdate {
    /// The status line.
    Status(LmsStatus),
    /// The LMS's mastery score (0..=100), which replaces the pass mark.
    Mastery(u8),
    /// The learner's name as the LMS gives it.
    Learner(String),
    /// The learner's preferred language (a BCP 47 tag or an LMS's language name).
    Language(String),
}

impl LmsUpdate {
    /// The update as two strings (what it is, its value): how it crosses to the player, which
    /// then needs no JSON reader.
    pub fn to_pair(&self) -> (&'static str, String) {
        match self {
            LmsUpdate::Status(s) => ("status", s.id().to_owned()),
            LmsUpdate::Mastery(m) => ("mastery", m.to_string()),
            LmsUpdate::Learner(name) => ("learner", name.clone()),
            LmsUpdate::Language(tag) => ("language", tag.clone()),
        }
    }

    /// The update from [`LmsUpdate::to_pair`]'s strings.
    pub fn from_pair(what: &str, value: String) -> Option<LmsUpdate> {
        match what {
            "status" => LmsStatus::from_id(&value).map(LmsUpdate::Status),
            "mastery" => value.parse().ok().map(LmsUpdate::Mastery),
            "learner" => Some(LmsUpdate::Learner(value)),
            "language" => Some(LmsUpdate::Language(value)),
            _ => None,
        }
    }
}

/// A call as the LMS runtime sees it at a moment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sight {
    /// The call and its report.
    pub view: CallView,
    /// The stored form of the call with its reply clock, while it is unfinished.
    pub save: Option<String>,
    /// Whether the reply clock runs.
    pub running: bool,
    /// "More time" taken at the current turn.
    pub extensions: u8,
}

impl Sight {
    /// Whether the call has ended.
    pub fn is_over(&self) -> bool {
        self.view.report.ended
    }

    /// What of the reply clock a save records (moves made, running, extensions): two moments
    /// with the same key save the same.
    pub fn clock_key(&self) -> (usize, bool, u8) {
        (
            self.view.report.interactions.len(),
            self.running,
            self.extensions,
        )
    }
}

/// A moment of the call, as the player tells the LMS runtime.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Told {
    /// A call begins (`resumed: false`, a new try of the attempt) or carries on after a reload.
    Started {
        /// The call.
        call: Sight,
        /// Restored from a save rather than started.
        resumed: bool,
    },
    /// A move was made; `call.is_over()` says whether it ended the call.
    Moved {
        /// The call after the move.
        call: Sight,
    },
    /// The reply clock stopped, started or was extended: only a save of the call changes.
    Clock {
        /// The call now.
        call: Sight,
    },
    /// The page is going away: the last moment to save and close a session.
    Leaving {
        /// The call on screen, if any and unfinished or not.
        call: Option<Sight>,
    },
    /// The trainee chose to finish: the session ends now.
    Finished,
}
