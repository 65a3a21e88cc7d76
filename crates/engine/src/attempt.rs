//! One SCORM attempt as the game keeps it, purely: the tries played in it, the interactions the
//! LMS has accepted, the verdict kept, and what is still to be sent. The browser adapter
//! (`src/lms/scorm.rs`) only feeds it the moments of the call and hands it a `SetValue`; what
//! to send, in which order, and what to keep for a retry is decided and tested here.
//!
//! Decisions:
//! - **Nothing is lost, nothing has gaps.** Interactions wait in a queue and are sent in order,
//!   each at the next free index (`cmi.interactions.n`, `n` = interactions accepted so far); an
//!   interaction the LMS did not take stays at the head of the queue and is sent again, whole,
//!   at the same index at the next moment. A value the LMS refuses for good (a data-model error,
//!   not a fault) is dropped rather than blocking everything behind it; an interaction whose `id`
//!   is refused is dropped whole, so the index does not move.
//! - **The latest values win.** Status, score, objectives, location, exit, session time and
//!   `suspend_data` are kept as the latest value of each element and re-sent, all of them, until
//!   the LMS has taken them.
//! - **`suspend_data`** is a short versioned line ([`Suspend`]): the try number, interactions
//!   stored, moves of the call in progress already accepted, the kept verdict, and the unfinished
//!   call's save (dropped, never cut, if it would not fit the version's limit).

use std::collections::VecDeque;

use crate::lms::{CallView, Kept, keep, kept};
use crate::scorm::{self, Moment, Version, suspend_limit};

/// The attempt's own record in `cmi.suspend_data`:
/// `CA1 <try> <stored> <reported> <kept> <call>`, `kept` being `-`, `p<score>` or `f<score>`
/// and `call` the unfinished call's stored form (which may hold spaces) or `-`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Suspend {
    /// The try number of the latest try (0: none started).
    pub try_number: u32,
    /// Interactions the LMS has accepted in this attempt.
    pub stored: usize,
    /// Moves of the unfinished call whose interactions the LMS has accepted.
    pub reported: usize,
    /// The verdict kept across the finished tries.
    pub kept: Option<Kept>,
    /// The unfinished call, as local progress stores it.
    pub call: Option<String>,
}

impl Suspend {
    /// The line, at most `limit` characters: the call is left out if it would not fit.
    pub fn encode(&self, limit: usize) -> String {
        let kept = match self.kept {
            None => "-".to_owned(),
            Some(k) => format!("{}{}", if k.passed { 'p' } else { 'f' }, k.overall),
        };
        let head = format!(
            "CA1 {} {} {} {kept}",
            self.try_number, self.stored, self.reported
        );
        match &self.call {
            Some(call)
                if !call.is_empty()
                    && call != "-"
                    && head.chars().count() + 1 + call.chars().count() <= limit =>
            {
                format!("{head} {call}")
            }
            _ => format!("{head} -"),
        }
    }

    /// Reads the line; `None` if it is not ours or is damaged.
    pub fn decode(line: &str) -> Option<Suspend> {
        let mut parts = line.splitn(6, ' ');
        if parts.next()? != "CA1" {
            return None;
        }
        let try_number = parts.next()?.parse().ok()?;
        let stored = parts.next()?.parse().ok()?;
        let reported = parts.next()?.parse().ok()?;
        let kept = match parts.next()? {
            "-" => None,
            k => {
                let passed = match k.get(..1)? {
                    "p" => true,
                    "f" => false,
                    _ => return None,
                };
                let overall: u8 = k.get(1..)?.parse().ok()?;
                if overall > 100 {
                    return None;
                }
                Some(Kept { passed, overall })
            }
        };
        let call = match parts.next()? {
            "-" | "" => None,
            c => Some(c.to_owned()),
        };
        Some(Suspend {
            try_number,
            stored,
            reported,
            kept,
            call,
        })
    }
}

/// How the LMS answered one `SetValue`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sent {
    /// Taken.
    Accepted,
    /// Refused for good (a data-model error): sending it again would not help.
    Refused,
    /// Not taken now (the API threw, answered "false" with a general error, or is gone): send
    /// it again later.
    Failed,
}

/// An interaction waiting to be sent: its elements without the `cmi.interactions.n.` prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Queued {
    try_number: u32,
    /// A move's own interaction (not the "More time" interaction that may follow it).
    is_move: bool,
    fields: Vec<(String, String)>,
}

/// One SCORM attempt.
#[derive(Debug, Clone)]
pub struct Attempt {
    version: Version,
    try_number: u32,
    stored: usize,
    kept: Option<Kept>,
    /// Moves of the current call turned into interactions (queued or accepted).
    reported: usize,
    /// From `suspend_data`, for the call it holds when it is resumed.
    resume_reported: Option<usize>,
    queue: VecDeque<Queued>,
    latest: Vec<(String, String)>,
    call: Option<String>,
}

impl Attempt {
    /// The attempt as the LMS hands it over: `count` is `cmi.interactions._count` if it could
    /// be read, `suspend` what our `suspend_data` held (on a resumed attempt).
    pub fn new(version: Version, count: Option<usize>, suspend: Option<&Suspend>) -> Attempt {
        Attempt {
            version,
            try_number: suspend.map_or(0, |s| s.try_number),
            stored: count.or(suspend.map(|s| s.stored)).unwrap_or(0),
            kept: suspend.and_then(|s| s.kept),
            reported: 0,
            resume_reported: suspend.and_then(|s| s.call.as_ref().map(|_| s.reported)),
            queue: VecDeque::new(),
            latest: Vec::new(),
            call: suspend.and_then(|s| s.call.clone()),
        }
    }

    /// The unfinished call held by `suspend_data`, to be resumed.
    pub fn call(&self) -> Option<&str> {
        self.call.as_deref()
    }

    /// The number of the current try (from 1; 0 before any).
    pub fn try_number(&self) -> u32 {
        self.try_number
    }

    /// Interactions the LMS has accepted in this attempt.
    pub fn stored(&self) -> usize {
        self.stored
    }

    /// The verdict kept across the finished tries.
    pub fn kept(&self) -> Option<Kept> {
        self.kept
    }

    /// Whether something has not been taken by the LMS yet.
    pub fn is_pending(&self) -> bool {
        !self.queue.is_empty() || !self.latest.is_empty()
    }

    /// A new try of the attempt begins with `view` (no moves yet) at `at_unix_ms`; `call` is its
    /// stored form.
    pub fn start(&mut self, view: &CallView, at_unix_ms: u64, call: Option<String>) {
        self.try_number += 1;
        self.reported = 0;
        self.resume_reported = None;
        self.moved(view, at_unix_ms, call);
    }

    /// The unfinished call is carried on (after a reload or a new session): the moves the LMS
    /// has not accepted yet are queued again.
    pub fn resume(&mut self, view: &CallView, at_unix_ms: u64, call: Option<String>) {
        let moves = view.report.interactions.len();
        self.try_number = self.try_number.max(1);
        self.reported = self.resume_reported.take().unwrap_or(moves).min(moves);
        self.moved(view, at_unix_ms, call);
    }

    /// After a move, at `at_unix_ms` (`view` the call as it is now; `call` its stored form,
    /// `None` once it ended): one interaction per new move, the kept verdict, status,
    /// objectives, location.
    pub fn moved(&mut self, view: &CallView, at_unix_ms: u64, call: Option<String>) {
        let r = &view.report;
        for i in r.interactions.iter().skip(self.reported) {
            let at = Moment {
                try_number: self.try_number,
                n: 0,
                at_unix_ms,
            };
            let relative = |pairs: Vec<(String, String)>| {
                pairs
                    .into_iter()
                    .map(|(k, v)| {
                        let k = k
                            .strip_prefix("cmi.interactions.0.")
                            .unwrap_or(&k)
                            .to_owned();
                        (k, v)
                    })
                    .collect()
            };
            self.queue.push_back(Queued {
                try_number: self.try_number,
                is_move: true,
                fields: relative(scorm::interaction(self.version, view, i, at)),
            });
            // "More time" on this move: an interaction of its own, right after the move's.
            if let Some(pairs) = scorm::extension_interaction(self.version, i, at) {
                self.queue.push_back(Queued {
                    try_number: self.try_number,
                    is_move: false,
                    fields: relative(pairs),
                });
            }
        }
        self.reported = self.reported.max(r.interactions.len());
        let before = self.kept;
        let latest = kept(r);
        if let Some(latest) = latest {
            self.kept = Some(keep(before, latest));
        }
        // The skills' scores are those of the try whose verdict is kept: a try in progress, or a
        // finished one that did not beat the kept one, never overwrites them.
        let skills_of_this_try = match (before, latest) {
            (None, _) => true,
            (Some(_), Some(latest)) => self.kept == Some(latest),
            (Some(_), None) => false,
        };
        let mut values = scorm::status(self.version, r, self.kept);
        if !skills_of_this_try {
            values.retain(|(k, _)| !k.starts_with("cmi.objectives."));
        }
        self.set(values);
        if let Some(turn) = &view.turn {
            let limit = match self.version {
                Version::V12 => 255,
                Version::V2004 => 1_000,
            };
            let id: String = turn.chars().take(limit).collect();
            let key = match self.version {
                Version::V12 => "cmi.core.lesson_location",
                Version::V2004 => "cmi.location",
            };
            self.set(vec![(key.to_owned(), id)]);
        }
        self.call = if r.ended { None } else { call };
    }

    /// Keeps the unfinished call's latest stored form (its reply clock changed).
    pub fn keep_call(&mut self, call: Option<String>) {
        self.call = call;
    }

    /// The `cmi.exit` to leave with: `suspend` mid-call or while no try has finished (the
    /// learner comes back to it), else a normal exit.
    pub fn leave(&mut self, mid_call: bool) {
        let exit = match (self.version, mid_call || self.kept.is_none()) {
            (_, true) => "suspend",
            (Version::V12, false) => "",
            (Version::V2004, false) => "normal",
        };
        self.set_exit(exit);
    }

    /// A normal exit: the trainee finished.
    pub fn finish(&mut self) {
        self.call = None;
        let exit = match self.version {
            Version::V12 => "",
            Version::V2004 => "normal",
        };
        self.set_exit(exit);
    }

    fn set_exit(&mut self, exit: &str) {
        let key = match self.version {
            Version::V12 => "cmi.core.exit",
            Version::V2004 => "cmi.exit",
        };
        self.set(vec![(key.to_owned(), exit.to_owned())]);
    }

    /// The session time of a session of `ms` milliseconds.
    pub fn session(&mut self, ms: u64) {
        let pair = scorm::session_time(self.version, ms);
        self.set(vec![pair]);
    }

    /// Sets elements to send: each keeps its first place and takes the latest value.
    pub fn set(&mut self, pairs: Vec<(String, String)>) {
        for (k, v) in pairs {
            match self.latest.iter_mut().find(|(key, _)| *key == k) {
                Some(slot) => slot.1 = v,
                None => self.latest.push((k, v)),
            }
        }
    }

    /// What `suspend_data` holds now (what the LMS has accepted so far).
    pub fn suspend(&self) -> Suspend {
        let waiting = self
            .queue
            .iter()
            .filter(|q| q.try_number == self.try_number && q.is_move)
            .count();
        Suspend {
            try_number: self.try_number,
            stored: self.stored,
            reported: self.reported.saturating_sub(waiting),
            kept: self.kept,
            call: self.call.clone(),
        }
    }

    /// Sends what waits, in order: the interactions, then `suspend_data` and the latest values.
    /// Stops at the first value the LMS did not take and keeps the rest; returns whether
    /// everything was taken.
    pub fn send(&mut self, set: &mut dyn FnMut(&str, &str) -> Sent) -> bool {
        'queue: while let Some(q) = self.queue.front() {
            for (k, v) in &q.fields {
                let key = format!("cmi.interactions.{}.{k}", self.stored);
                match set(&key, v) {
                    Sent::Accepted => {}
                    Sent::Refused if k == "id" => {
                        self.queue.pop_front();
                        continue 'queue;
                    }
                    Sent::Refused => {}
                    Sent::Failed => return false,
                }
            }
            self.queue.pop_front();
            self.stored += 1;
        }
        let data = self.suspend().encode(suspend_limit(self.version));
        self.set(vec![("cmi.suspend_data".to_owned(), data)]);
        while let Some((k, v)) = self.latest.first() {
            if set(k, v) == Sent::Failed {
                return false;
            }
            self.latest.remove(0);
        }
        true
    }
}
