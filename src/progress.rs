//! What the trainee has done, kept in local storage: best scores and completions per scenario,
//! the unfinished call (so a reload resumes it), the last finished call (so its debrief can be
//! shown again) and the reflection notes.
//!
//! Every stored form is a short versioned line read by hand. A damaged one is reported by the
//! caller with a notice and reset; it never stops the app.

use std::collections::BTreeMap;

use crate::route::is_id;
use crate::settings::Mode;

/// The local-storage key of the scores.
pub const PROGRESS_KEY: &str = "calmline.progress";
/// The local-storage key of the unfinished call of a scenario (one per scenario, so starting
/// another call never discards it).
pub fn call_key(id: &str) -> String {
    format!("calmline.call.{id}")
}

/// The local-storage key of the last finished call of a scenario.
pub fn last_key(id: &str) -> String {
    format!("calmline.last.{id}")
}
/// The prefix of the local-storage keys of the reflection notes (one per scenario).
pub const REFLECTION_PREFIX: &str = "calmline.reflection.";

/// The trainee's record in one scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Record {
    /// The best overall score, 0..=100.
    pub best: u8,
    /// How many calls were played to an ending.
    pub completions: u32,
    /// Whether any call passed.
    pub passed: bool,
}

/// The records of every scenario played.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Progress(pub BTreeMap<String, Record>);

impl Progress {
    /// The record of a scenario, if it was ever completed.
    pub fn get(&self, id: &str) -> Option<Record> {
        self.0.get(id).copied()
    }

    /// The progress with one more completed call.
    pub fn with_result(&self, id: &str, overall: u8, passed: bool) -> Progress {
        let mut next = self.clone();
        let r = next.0.entry(id.to_owned()).or_default();
        r.best = r.best.max(overall);
        r.completions = r.completions.saturating_add(1);
        r.passed |= passed;
        next
    }

    /// The stored form: `v1` then `id:best:completions:passed` per scenario.
    pub fn encode(&self) -> String {
        let mut out = String::from("v1");
        for (id, r) in &self.0 {
            out.push_str(&format!(
                " {id}:{}:{}:{}",
                r.best,
                r.completions,
                u8::from(r.passed)
            ));
        }
        out
    }

    /// Reads the stored form; `None` if anything in it is damaged.
    pub fn decode(stored: &str) -> Option<Progress> {
        let mut words = stored.split(' ');
        if words.next() != Some("v1") {
            return None;
        }
        let mut map = BTreeMap::new();
        for word in words {
            let mut parts = word.split(':');
            let id = parts.next().filter(|id| is_id(id))?;
            let best: u8 = parts.next()?.parse().ok().filter(|b| *b <= 100)?;
            let completions: u32 = parts.next()?.parse().ok()?;
            let passed = match parts.next()? {
                "0" => false,
                "1" => true,
                _ => return None,
            };
            if parts.next().is_some() || map.contains_key(id) {
                return None;
            }
            map.insert(
                id.to_owned(),
                Record {
                    best,
                    completions,
                    passed,
                },
            );
        }
        Some(Progress(map))
    }
}

/// A call kept in storage: its mode and the engine's save (which names the scenario).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedCall {
    /// Coach or exam.
    pub mode: Mode,
    /// The engine's save string (`CL1.<id>.…`).
    pub save: String,
}

impl SavedCall {
    /// The stored form: `v1 <mode> <save>`.
    pub fn encode(&self) -> String {
        format!("v1 {} {}", self.mode.id(), self.save)
    }

    /// Reads the stored form; `None` if damaged. The save itself is checked by the engine when
    /// the call is restored.
    pub fn decode(stored: &str) -> Option<SavedCall> {
        let mut words = stored.split(' ');
        if words.next() != Some("v1") {
            return None;
        }
        let mode = Mode::from_id(words.next()?)?;
        let save = words.next()?.to_owned();
        if words.next().is_some() {
            return None;
        }
        Some(SavedCall { mode, save })
    }

    /// The scenario id the save names (its second dot-separated field), if it has one.
    pub fn scenario_id(&self) -> Option<&str> {
        self.save.split('.').nth(1).filter(|id| is_id(id))
    }
}

/// The reflection notes after a call: what went well, what to change.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Reflection {
    /// What went well.
    pub went_well: String,
    /// What to change next time.
    pub to_change: String,
}

impl Reflection {
    /// The stored form: `v1`, a newline, the first note, a NUL separator, the second.
    pub fn encode(&self) -> String {
        format!("v1\n{}\u{0}{}", self.went_well, self.to_change)
    }

    /// Reads the stored form; `None` if damaged.
    pub fn decode(stored: &str) -> Option<Reflection> {
        let body = stored.strip_prefix("v1\n")?;
        let (went_well, to_change) = body.split_once('\u{0}')?;
        Some(Reflection {
            went_well: went_well.to_owned(),
            to_change: to_change.to_owned(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_keeps_the_best_score_and_counts_completions() {
        let p = Progress::default()
            .with_result("a", 40, false)
            .with_result("a", 80, true)
            .with_result("a", 60, false)
            .with_result("b-2", 10, false);
        assert_eq!(
            p.get("a"),
            Some(Record {
                best: 80,
                completions: 3,
                passed: true
            })
        );
        assert_eq!(Progress::decode(&p.encode()), Some(p));
        assert_eq!(Progress::decode("v1"), Some(Progress::default()));
    }

    #[test]
    fn damaged_progress_is_refused() {
        for bad in [
            "",
            "v0 a:1:1:1",
            "v1 a:101:1:1",
            "v1 a:1:1",
            "v1 a:1:1:2",
            "v1 A:1:1:1",
            "v1 a:1:1:1 a:2:2:1",
            "v1 a:1:1:1:9",
            "v1 a:x:1:1",
        ] {
            assert_eq!(Progress::decode(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_saved_call_round_trips_and_names_its_scenario() {
        let c = SavedCall {
            mode: Mode::Exam,
            save: "CL1.late-delivery.2.7.s.0a.x".into(),
        };
        assert_eq!(SavedCall::decode(&c.encode()), Some(c.clone()));
        assert_eq!(call_key("late-delivery"), "calmline.call.late-delivery");
        assert_eq!(c.scenario_id(), Some("late-delivery"));
        assert_eq!(SavedCall::decode("v1 test CL1.x"), None);
        assert_eq!(SavedCall::decode("v1 coach"), None);
        assert_eq!(SavedCall::decode("garbage"), None);
    }

    #[test]
    fn reflections_keep_any_text() {
        let r = Reflection {
            went_well: "Spokój.\nDobra parafraza ✓".into(),
            to_change: "Wcześniej „przepraszam”".into(),
        };
        assert_eq!(Reflection::decode(&r.encode()), Some(r));
        assert_eq!(Reflection::decode("v1 nothing"), None);
    }
}
