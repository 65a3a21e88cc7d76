//! xAPI statements of a call, for a cmi5 launch or a plain xAPI launch to any Learning Record
//! Store: plain data with `Serialize` (the edge writes the JSON and sends it).
//!
//! One `answered` statement per move (a `cmi.interaction` of type choice, with the replies on
//! offer as choices and the best reply as the correct response), then the verdict. The cmi5
//! rules (initialized first, terminated last, completed once, passed or failed at most once and
//! never failed after passed, nothing but initialized and terminated in Browse or Review mode)
//! are kept by [`Session`], so an adapter cannot break them. Statement ids are derived from the
//! registration and the statement's place in the session, so a statement sent again after a
//! network failure is the same statement and a Learning Record Store stores it once.
//!
//! A cmi5 launch also names a session (the `sessionid` extension of its context template) and
//! a publisher id (the template's `grouping`): every statement carries both, and the session id
//! enters the statement ids, so a new launch with the same registration never reuses an id. A
//! session's progress (what it has sent) is a short text ([`Session::progress`]), so the edge
//! can keep it across a reload without a JSON parser in the download.

use serde::Serialize;

mod statement;
pub use statement::{
    Activity, Choice, Context, ContextActivities, Definition, LangMap, MoreTime, Outcome, Score,
    Statement, Verb,
};

use crate::lms::{CallView, Interaction, Kept, Verdict};

/// ADL verbs used.
pub mod verbs {
    /// The session has started.
    pub const INITIALIZED: &str = "http://adlnet.gov/expapi/verbs/initialized";
    /// A move of the call.
    pub const ANSWERED: &str = "http://adlnet.gov/expapi/verbs/answered";
    /// The call was played to its end.
    pub const COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";
    /// The call passed.
    pub const PASSED: &str = "http://adlnet.gov/expapi/verbs/passed";
    /// The call did not pass.
    pub const FAILED: &str = "http://adlnet.gov/expapi/verbs/failed";
    /// The session has ended.
    pub const TERMINATED: &str = "http://adlnet.gov/expapi/verbs/terminated";
}

/// The cmi5 category of the statements the cmi5 specification defines.
pub const CMI5_CATEGORY: &str = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
/// The cmi5 category of the statements that satisfy `moveOn`.
pub const MOVEON_CATEGORY: &str = "https://w3id.org/xapi/cmi5/context/categories/moveon";
/// The cmi5 context extension that names the session.
pub const SESSION_EXTENSION: &str = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
/// The result extension of an `answered` statement: how many times the learner used "More
/// time" before the move (an IRI under the project's placeholder domain, like its activities).
pub const MORE_TIME_EXTENSION: &str = "https://calmline.example/xapi/extensions/more-time";
/// The activity type of an interaction.
pub const INTERACTION_TYPE: &str = "http://adlnet.gov/expapi/activities/cmi.interaction";

/// What a kind of statement is: its verb and name, its cmi5 categories, and whether the call is
/// its parent.
#[derive(Debug, Clone, Copy)]
struct Shape {
    verb: &'static str,
    name: &'static str,
    categories: &'static [&'static str],
    parent: bool,
}

const INITIALIZED: Shape = Shape {
    verb: verbs::INITIALIZED,
    name: "initialized",
    categories: &[CMI5_CATEGORY],
    parent: false,
};
const ANSWERED: Shape = Shape {
    verb: verbs::ANSWERED,
    name: "answered",
    categories: &[],
    parent: true,
};
const COMPLETED: Shape = Shape {
    verb: verbs::COMPLETED,
    name: "completed",
    categories: &[CMI5_CATEGORY, MOVEON_CATEGORY],
    parent: false,
};
const PASSED: Shape = Shape {
    verb: verbs::PASSED,
    name: "passed",
    categories: &[CMI5_CATEGORY, MOVEON_CATEGORY],
    parent: false,
};
const FAILED: Shape = Shape {
    verb: verbs::FAILED,
    name: "failed",
    categories: &[CMI5_CATEGORY, MOVEON_CATEGORY],
    parent: false,
};
const TERMINATED: Shape = Shape {
    verb: verbs::TERMINATED,
    name: "terminated",
    categories: &[CMI5_CATEGORY],
    parent: false,
};

/// How the call was launched, as cmi5 `LMS.LaunchData` says (a plain xAPI launch is Normal).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LaunchMode {
    /// Tracked.
    Normal,
    /// Looking around: only initialized and terminated are sent.
    Browse,
    /// Looking back: only initialized and terminated are sent.
    Review,
}

/// One launch of one call: sends each statement once, in the order and with the rules of cmi5.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    /// The activity id of the call (the AU's id in cmi5).
    pub activity: String,
    /// The registration.
    pub registration: String,
    /// cmi5 or plain xAPI (cmi5 adds its categories).
    pub cmi5: bool,
    /// The launch mode.
    pub mode: LaunchMode,
    /// The mastery score (0..1) the launch set, if any.
    pub mastery: Option<f64>,
    /// The description language (BCP 47).
    pub language: String,
    /// The session's id: cmi5's `sessionid` (sent as its extension), or any id the edge keeps
    /// for one launch of a plain xAPI call. It enters the statement ids.
    pub session_id: Option<String>,
    /// Activity ids to group every statement under (cmi5: the context template's grouping).
    pub grouping: Vec<String>,
    sequence: u32,
    initialized: bool,
    answered: usize,
    completed: bool,
    verdict: Option<bool>,
    terminated: bool,
}

impl Session {
    /// A session that has sent nothing yet.
    pub fn new(activity: &str, registration: &str, cmi5: bool, mode: LaunchMode) -> Session {
        Session {
            activity: activity.to_owned(),
            registration: registration.to_owned(),
            cmi5,
            mode,
            mastery: None,
            language: "en".to_owned(),
            session_id: None,
            grouping: Vec::new(),
            sequence: 0,
            initialized: false,
            answered: 0,
            completed: false,
            verdict: None,
            terminated: false,
        }
    }

    /// A statement id: a version-4-shaped UUID from the registration, the activity and the
    /// statement's place in the session (the same statement sent again has the same id).
    fn next_id(&mut self) -> String {
        self.sequence += 1;
        let session = self.session_id.as_deref().unwrap_or("");
        let mut a = fnv(&format!(
            "{}|{}|{}{session}",
            self.registration, self.activity, self.sequence
        ));
        let mut b = fnv(&format!(
            "{}#{}#{}",
            self.sequence, self.activity, self.registration
        ));
        a = mix(a);
        b = mix(b ^ a);
        let hex = format!("{a:016x}{b:016x}");
        let variant = ["8", "9", "a", "b"][(b & 3) as usize];
        format!(
            "{}-{}-4{}-{}{}-{}",
            &hex[0..8],
            &hex[8..12],
            &hex[13..16],
            variant,
            &hex[17..20],
            &hex[20..32]
        )
    }

    fn statement<A: Serialize + Clone>(
        &mut self,
        actor: &A,
        shape: Shape,
        object: Activity,
        result: Option<Outcome>,
        now: &str,
    ) -> Statement<A> {
        let mut category: Vec<Activity> = Vec::new();
        if self.cmi5 {
            category.extend(shape.categories.iter().map(|c| Activity::bare(c)));
        }
        Statement {
            id: self.next_id(),
            actor: actor.clone(),
            verb: Verb {
                id: shape.verb.to_owned(),
                display: LangMap::one("en-US", shape.name),
            },
            object,
            result,
            context: Context {
                registration: self.registration.clone(),
                context_activities: ContextActivities {
                    parent: if shape.parent {
                        vec![Activity::bare(&self.activity)]
                    } else {
                        Vec::new()
                    },
                    category,
                    grouping: self.grouping.iter().map(|g| Activity::bare(g)).collect(),
                },
                language: self.language.clone(),
                extensions: match (&self.session_id, self.cmi5) {
                    (Some(id), true) => LangMap::one(SESSION_EXTENSION, id.clone()),
                    _ => LangMap::default(),
                },
            },
            timestamp: now.to_owned(),
        }
    }

    /// The `initialized` statement, if not sent yet (an edge may send it at launch, before any
    /// call; [`Session::due`] sends it first otherwise).
    pub fn initialize<A: Serialize + Clone>(
        &mut self,
        actor: &A,
        now: &str,
    ) -> Option<Statement<A>> {
        if self.initialized || self.terminated {
            return None;
        }
        self.initialized = true;
        let object = Activity::bare(&self.activity);
        Some(self.statement(actor, INITIALIZED, object, None, now))
    }

    /// A new try of the call begins in this session: its moves are reported from its first
    /// one (the verdict and completion already sent stay sent).
    pub fn new_try(&mut self) {
        self.answered = 0;
    }

    /// Whether `terminated` was sent: nothing follows it.
    pub fn is_terminated(&self) -> bool {
        self.terminated
    }

    /// How many statements the session has produced.
    pub fn sent(&self) -> u32 {
        self.sequence
    }

    /// What the session has sent, as a short text for [`Session::resume`]: the statement
    /// count, whether initialized, the moves of this try answered, whether completed, the
    /// verdict sent (`-`, `0` failed, `1` passed) and whether terminated.
    pub fn progress(&self) -> String {
        let flag = |b: bool| if b { '1' } else { '0' };
        let verdict = self.verdict.map_or('-', flag);
        format!(
            "{} {} {} {} {verdict} {}",
            self.sequence,
            flag(self.initialized),
            self.answered,
            flag(self.completed),
            flag(self.terminated)
        )
    }

    /// Goes on from a [`Session::progress`] of the same launch; `false` (and unchanged) if the
    /// text is not one.
    pub fn resume(&mut self, progress: &str) -> bool {
        let parts: Vec<&str> = progress.split(' ').collect();
        let flag = |s: &str| match s {
            "1" => Some(true),
            "0" => Some(false),
            _ => None,
        };
        let [
            sequence,
            initialized,
            answered,
            completed,
            verdict,
            terminated,
        ] = parts[..]
        else {
            return false;
        };
        let (Ok(sequence), Some(initialized), Ok(answered), Some(completed), Some(terminated)) = (
            sequence.parse(),
            flag(initialized),
            answered.parse(),
            flag(completed),
            flag(terminated),
        ) else {
            return false;
        };
        let verdict = match verdict {
            "-" => None,
            v => match flag(v) {
                Some(v) => Some(v),
                None => return false,
            },
        };
        self.sequence = sequence;
        self.initialized = initialized;
        self.answered = answered;
        self.completed = completed;
        self.verdict = verdict;
        self.terminated = terminated;
        true
    }

    /// The statements due now, after the call reached `report` (started, a move, or its end),
    /// in order; `now` is an ISO 8601 timestamp and `elapsed_ms` the session's duration so far.
    /// Each statement is returned once over the session; nothing after `terminated`.
    #[allow(clippy::too_many_arguments)]
    pub fn due<A: Serialize + Clone>(
        &mut self,
        call: &CallView,
        actor: &A,
        kept: Option<Kept>,
        now: &str,
        elapsed_ms: u64,
    ) -> Vec<Statement<A>> {
        let mut out = Vec::new();
        if self.terminated {
            return out;
        }
        out.extend(self.initialize(actor, now));
        if self.mode != LaunchMode::Normal {
            return out;
        }
        let report = &call.report;
        while self.answered < report.interactions.len() {
            let i = &report.interactions[self.answered];
            self.answered += 1;
            let object = self.interaction_activity(call, i);
            let result = Outcome {
                response: Some(i.response.clone()),
                success: match i.verdict {
                    Verdict::Correct => Some(true),
                    Verdict::Incorrect => Some(false),
                    Verdict::Neutral => None,
                },
                duration: Some(crate::scorm::duration(u64::from(i.latency_ms))),
                extensions: (i.extensions > 0).then_some(MoreTime(i.extensions)),
                ..Outcome::default()
            };
            out.push(self.statement(actor, ANSWERED, object, Some(result), now));
        }
        let duration = Some(crate::scorm::duration(elapsed_ms));
        if report.ended && !self.completed {
            self.completed = true;
            let result = Outcome {
                completion: Some(true),
                duration: duration.clone(),
                ..Outcome::default()
            };
            let object = Activity::bare(&self.activity);
            out.push(self.statement(actor, COMPLETED, object, Some(result), now));
        }
        if let Some(k) = kept {
            // At most one verdict, and never failed after passed: a later pass may still follow
            // a fail in plain xAPI, but cmi5 allows one verdict per session.
            let send = match self.verdict {
                None => true,
                Some(false) => k.passed && !self.cmi5,
                Some(true) => false,
            };
            let scaled = f64::from(k.overall) / 100.0;
            let below_mastery = self.mastery.is_none_or(|m| scaled < m);
            if send && (k.passed || below_mastery) {
                self.verdict = Some(k.passed);
                let result = Outcome {
                    success: Some(k.passed),
                    completion: Some(true),
                    score: Some(Score {
                        scaled,
                        raw: k.overall,
                        min: 0,
                        max: 100,
                    }),
                    duration: duration.clone(),
                    ..Outcome::default()
                };
                let object = Activity::bare(&self.activity);
                out.push(self.statement(
                    actor,
                    if k.passed { PASSED } else { FAILED },
                    object,
                    Some(result),
                    now,
                ));
            }
        }
        out
    }

    /// The `terminated` statement, once, last.
    pub fn terminate<A: Serialize + Clone>(
        &mut self,
        actor: &A,
        now: &str,
        elapsed_ms: u64,
    ) -> Option<Statement<A>> {
        if self.terminated || !self.initialized {
            return None;
        }
        self.terminated = true;
        let result = Outcome {
            duration: Some(crate::scorm::duration(elapsed_ms)),
            ..Outcome::default()
        };
        let object = Activity::bare(&self.activity);
        Some(self.statement(actor, TERMINATED, object, Some(result), now))
    }

    fn interaction_activity(&self, call: &CallView, i: &Interaction) -> Activity {
        let choices = i
            .choices
            .iter()
            .map(|id| Choice {
                id: id.clone(),
                description: LangMap::one(
                    &self.language,
                    call.text(i, id).unwrap_or_default().to_owned(),
                ),
            })
            .collect();
        Activity {
            id: format!("{}/turn/{}", self.activity, i.turn_id),
            object_type: "Activity",
            definition: Some(Definition {
                name: Some(LangMap::one(
                    "en-US",
                    format!("{} ({})", i.turn_id, call.scenario),
                )),
                kind: Some(INTERACTION_TYPE.to_owned()),
                interaction_type: Some("choice".to_owned()),
                choices,
                correct_responses_pattern: i.correct.iter().cloned().collect(),
            }),
        }
    }
}

fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}
