//! What the trainee has done, kept in local storage: best scores and completions per scenario,
//! the unfinished call (so a reload resumes it), the last finished call (so its debrief can be
//! shown again) and the reflection notes.
//!
//! Every stored form is a short versioned line read by hand. A damaged one is reported by the
//! caller with a notice and reset; it never stops the app.

use std::collections::BTreeMap;

use calmline_engine::save;

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
    /// The best overall score, 0..=100; `None` when no call was scored since the scoring
    /// changed (scores from the earlier model are reset, see [`Progress::from_v1`]).
    pub best: Option<u8>,
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
        r.best = Some(r.best.map_or(overall, |best| best.max(overall)));
        r.completions = r.completions.saturating_add(1);
        r.passed |= passed;
        next
    }

    /// The stored form: `v2` then `id:best:completions:passed` per scenario, `best` being `-`
    /// when no call was scored since the scoring changed.
    ///
    /// `v1` was the same shape with scores of the earlier scoring model; it is read only by
    /// [`Progress::from_v1`].
    pub fn encode(&self) -> String {
        let mut out = String::from("v2");
        for (id, r) in &self.0 {
            let best = r.best.map_or_else(|| "-".to_owned(), |b| b.to_string());
            out.push_str(&format!(
                " {id}:{best}:{}:{}",
                r.completions,
                u8::from(r.passed)
            ));
        }
        out
    }

    /// Reads the stored form (`v2`); `None` if anything in it is damaged or it is of another
    /// version.
    pub fn decode(stored: &str) -> Option<Progress> {
        let body = stored.strip_prefix("v2")?;
        let progress = parse(body, true)?;
        // A pass is always recorded with its score.
        let consistent = progress.0.values().all(|r| r.best.is_some() || !r.passed);
        consistent.then_some(progress)
    }

    /// Reads a `v1` record, kept by the scoring model before pass and fail depended on the
    /// ending and critical errors. Its best scores and passes mean nothing now and cannot be
    /// recomputed (the moves were not kept), so only the completions survive; `None` if it is
    /// not an intact `v1` record.
    pub fn from_v1(stored: &str) -> Option<Progress> {
        let body = stored.strip_prefix("v1")?;
        let mut progress = parse(body, false)?;
        for r in progress.0.values_mut() {
            r.best = None;
            r.passed = false;
        }
        Some(progress)
    }
}

/// The records after the version word: ` id:best:completions:passed` each; `best` may be `-`
/// only if `none_allowed`.
fn parse(body: &str, none_allowed: bool) -> Option<Progress> {
    if body.is_empty() {
        return Some(Progress::default());
    }
    let mut map = BTreeMap::new();
    for word in body.strip_prefix(' ')?.split(' ') {
        let mut parts = word.split(':');
        let id = parts.next().filter(|id| is_id(id))?;
        let best = match parts.next()? {
            "-" if none_allowed => None,
            b => Some(b.parse::<u8>().ok().filter(|b| *b <= 100)?),
        };
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

/// A call kept in storage: its mode and the engine's save (which names the scenario).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedCall {
    /// Coach or exam.
    pub mode: Mode,
    /// The engine's save string (`CL1.<id>.…`).
    pub save: String,
}

impl SavedCall {
    /// The stored form: `v2 <mode> <save> <checksum>`; the checksum covers the mode, so that an
    /// edited word cannot turn an exam into a coached call.
    pub fn encode(&self) -> String {
        let body = format!("{} {}", self.mode.id(), self.save);
        format!("v2 {body} {}", save::checksum(&body))
    }

    /// Reads the stored form; `None` if damaged. The save itself is checked by the engine when
    /// the call is restored. A `v1` form (no checksum) is read only with the `CL1` save of its
    /// time, which the engine then refuses as outdated.
    pub fn decode(stored: &str) -> Option<SavedCall> {
        let words: Vec<&str> = stored.split(' ').collect();
        match words[..] {
            ["v2", mode, save, sum] if save::checksum(&format!("{mode} {save}")) == sum => {
                Some(SavedCall {
                    mode: Mode::from_id(mode)?,
                    save: save.to_owned(),
                })
            }
            ["v1", mode, save] if save.starts_with("CL1.") => Some(SavedCall {
                mode: Mode::from_id(mode)?,
                save: save.to_owned(),
            }),
            _ => None,
        }
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
                best: Some(80),
                completions: 3,
                passed: true
            })
        );
        assert_eq!(p.encode(), "v2 a:80:3:1 b-2:10:1:0");
        assert_eq!(Progress::decode(&p.encode()), Some(p));
        assert_eq!(Progress::decode("v2"), Some(Progress::default()));
    }

    #[test]
    fn damaged_progress_is_refused() {
        for bad in [
            "",
            "v0 a:1:1:1",
            "v2 a:101:1:1",
            "v2 a:1:1",
            "v2 a:1:1:2",
            "v2 A:1:1:1",
            "v2 a:1:1:1 a:2:2:1",
            "v2 a:1:1:1:9",
            "v2 a:x:1:1",
            "v2 a:-:1:1",
            "v2  a:1:1:1",
            "v2 a:1:1:1 ",
            "v2a:1:1:1",
            "v1 a:1:1:1",
        ] {
            assert_eq!(Progress::decode(bad), None, "{bad}");
        }
    }

    #[test]
    fn old_scores_are_reset_and_completions_kept() {
        let old = Progress::from_v1("v1 a:90:3:1 b-2:40:1:0").unwrap();
        assert_eq!(
            old.get("a"),
            Some(Record {
                best: None,
                completions: 3,
                passed: false
            })
        );
        assert_eq!(
            old.get("b-2").map(|r| (r.best, r.completions)),
            Some((None, 1))
        );
        // Written back as v2, and read as such.
        assert_eq!(old.encode(), "v2 a:-:3:0 b-2:-:1:0");
        assert_eq!(Progress::decode(&old.encode()), Some(old.clone()));
        // The next call scored under the new model is the best again.
        let next = old.with_result("a", 55, true);
        assert_eq!(
            next.get("a"),
            Some(Record {
                best: Some(55),
                completions: 4,
                passed: true
            })
        );
        assert_eq!(Progress::from_v1("v1"), Some(Progress::default()));
        // Only intact v1 records are migrated; anything else is damaged.
        for bad in [
            "",
            "v2 a:1:1:1",
            "v1 a:101:1:1",
            "v1 a:-:1:0",
            "v1 a:1:1",
            "v1 a:1:1:2",
            "v1 a:999:x",
            "v1 a:1:1:1 a:2:2:1",
        ] {
            assert_eq!(Progress::from_v1(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_saved_call_round_trips_and_names_its_scenario() {
        let c = SavedCall {
            mode: Mode::Exam,
            save: "CL2.late-delivery.2.7.s.0a.0.x".into(),
        };
        assert_eq!(SavedCall::decode(&c.encode()), Some(c.clone()));
        assert_eq!(call_key("late-delivery"), "calmline.call.late-delivery");
        assert_eq!(c.scenario_id(), Some("late-delivery"));
        assert_eq!(SavedCall::decode("v1 test CL1.x"), None);
        // The mode is sealed: changing it breaks the checksum.
        let edited = c.encode().replacen("exam", "coach", 1);
        assert!(edited.starts_with("v2 coach "));
        assert_eq!(SavedCall::decode(&edited), None);
        // A v1 form is read only with its own era's save, which the engine refuses as outdated.
        assert!(SavedCall::decode("v1 exam CL1.shouter-late-delivery.1.a.s.0.x").is_some());
        assert_eq!(
            SavedCall::decode("v1 coach CL2.shouter-late-delivery.1.a.s.0.0.x"),
            None
        );
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
