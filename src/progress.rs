//! What the trainee has done, kept in local storage: best scores and completions per scenario,
//! the unfinished call (so a reload resumes it), the last finished call (so its debrief can be
//! shown again) and the reflection notes of every attempt.
//!
//! The kept call itself is [`SavedCall`] (`progress/saved_call.rs`).
//!
//! Every stored form is a short versioned line read by hand. A damaged one is reported by the
//! caller with a notice and reset; it never stops the app.

use std::collections::BTreeMap;

use crate::route::is_id;

mod saved_call;
pub use self::saved_call::SavedCall;

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
/// The session-storage key marking that this tab shows the debrief of a scenario's last call,
/// so that a reload shows it again (set to "1" while it is on screen, emptied when left).
pub fn debrief_key(id: &str) -> String {
    format!("calmline.debrief.{id}")
}

/// The prefix of every key CalmLine keeps in the browser's storage.
pub const KEY_PREFIX: &str = "calmline.";

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

/// The reflection of one attempt at a scenario.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReflectionEntry {
    /// The attempt (the call's number among the completed calls of the scenario), from 1.
    pub attempt: u32,
    /// When the attempt's debrief was first shown, Unix milliseconds; 0 if unknown (a note kept
    /// before attempts were).
    pub date_ms: u64,
    /// The notes.
    pub notes: Reflection,
}

/// The reflections on every attempt at a scenario, oldest first, one per attempt: a new attempt
/// starts empty, the earlier ones are kept.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Reflections(pub Vec<ReflectionEntry>);

/// Separates the entries of the stored form (ASCII record separator).
const ENTRY_SEP: char = '\u{1E}';
/// Separates an entry's attempt and date from its notes (ASCII unit separator).
const HEAD_SEP: char = '\u{1F}';

/// Text as stored: without the separators of the stored form.
fn clean(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(*c, '\u{0}' | ENTRY_SEP | HEAD_SEP))
        .collect()
}

impl Reflections {
    /// The reflection of `attempt`, if there is one.
    pub fn get(&self, attempt: u32) -> Option<&ReflectionEntry> {
        self.0.iter().find(|e| e.attempt == attempt)
    }

    /// The list with `entry` in place of any earlier one of the same attempt.
    pub fn with(&self, entry: ReflectionEntry) -> Reflections {
        let mut list: Vec<ReflectionEntry> = self
            .0
            .iter()
            .filter(|e| e.attempt != entry.attempt)
            .cloned()
            .collect();
        list.push(entry);
        list.sort_by_key(|e| e.attempt);
        Reflections(list)
    }

    /// The reflections written on other attempts than `attempt`, newest first (empty ones left
    /// out).
    pub fn others(&self, attempt: u32) -> Vec<&ReflectionEntry> {
        self.0
            .iter()
            .rev()
            .filter(|e| e.attempt != attempt)
            .filter(|e| {
                !(e.notes.went_well.trim().is_empty() && e.notes.to_change.trim().is_empty())
            })
            .collect()
    }

    /// The stored form: `v2`, then per entry a record separator, `<attempt> <date_ms>`, a unit
    /// separator, the first note, NUL, the second (separators typed in a note are dropped).
    pub fn encode(&self) -> String {
        let mut out = String::from("v2");
        for e in &self.0 {
            out.push(ENTRY_SEP);
            out.push_str(&format!("{} {}", e.attempt, e.date_ms));
            out.push(HEAD_SEP);
            out.push_str(&clean(&e.notes.went_well));
            out.push('\u{0}');
            out.push_str(&clean(&e.notes.to_change));
        }
        out
    }

    /// Reads the stored form; a `v1` note (one per scenario, before attempts were kept) becomes
    /// attempt 1's. `None` if damaged.
    pub fn decode(stored: &str) -> Option<Reflections> {
        if let Some(old) = Reflection::decode(stored) {
            return Some(Reflections(vec![ReflectionEntry {
                attempt: 1,
                date_ms: 0,
                notes: old,
            }]));
        }
        let mut entries = stored.strip_prefix("v2")?.split(ENTRY_SEP);
        if entries.next() != Some("") {
            return None;
        }
        let mut list: Vec<ReflectionEntry> = Vec::new();
        for entry in entries {
            let (head, body) = entry.split_once(HEAD_SEP)?;
            let (attempt, date) = head.split_once(' ')?;
            let attempt: u32 = attempt.parse().ok().filter(|a| *a >= 1)?;
            let date_ms: u64 = date.parse().ok()?;
            let (went_well, to_change) = body.split_once('\u{0}')?;
            if to_change.contains('\u{0}') || list.last().is_some_and(|l| l.attempt >= attempt) {
                return None;
            }
            list.push(ReflectionEntry {
                attempt,
                date_ms,
                notes: Reflection {
                    went_well: went_well.to_owned(),
                    to_change: to_change.to_owned(),
                },
            });
        }
        Some(Reflections(list))
    }
}

/// A date as `YYYY-MM-DD` (UTC), the same in every language, for the printed record.
pub fn iso_date(unix_ms: u64) -> String {
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let days = (unix_ms / 86_400_000) as i64 + 719_468;
    let era = days.div_euclid(146_097);
    let doe = days.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
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
    fn reflections_keep_any_text() {
        let r = Reflection {
            went_well: "Spokój.\nDobra parafraza ✓".into(),
            to_change: "Wcześniej „przepraszam”".into(),
        };
        assert_eq!(Reflection::decode(&r.encode()), Some(r));
        assert_eq!(Reflection::decode("v1 nothing"), None);
    }

    fn entry(attempt: u32, went_well: &str) -> ReflectionEntry {
        ReflectionEntry {
            attempt,
            date_ms: 1_765_000_000_000 + u64::from(attempt),
            notes: Reflection {
                went_well: went_well.into(),
                to_change: format!("change {attempt}"),
            },
        }
    }

    #[test]
    fn reflections_are_kept_per_attempt() {
        let list = Reflections::default()
            .with(entry(2, "Spokój\nparafraza"))
            .with(entry(1, "calm"));
        assert_eq!(list.0.iter().map(|e| e.attempt).collect::<Vec<_>>(), [1, 2]);
        // Writing attempt 2 again replaces only attempt 2.
        let list = list.with(entry(2, "better"));
        assert_eq!(list.get(2).unwrap().notes.went_well, "better");
        assert_eq!(list.get(1).unwrap().notes.went_well, "calm");
        // A new attempt starts empty; the others are listed newest first.
        assert_eq!(list.get(3), None);
        let others: Vec<u32> = list.others(3).iter().map(|e| e.attempt).collect();
        assert_eq!(others, [2, 1]);
        assert_eq!(list.others(2).len(), 1);
        let blank = list.with(ReflectionEntry {
            attempt: 3,
            date_ms: 5,
            notes: Reflection::default(),
        });
        assert_eq!(blank.others(4).len(), 2, "an empty reflection is not shown");
        assert_eq!(Reflections::decode(&blank.encode()), Some(blank));
        assert_eq!(Reflections::decode("v2"), Some(Reflections::default()));
    }

    #[test]
    fn an_old_reflection_becomes_attempt_one() {
        let old = Reflection {
            went_well: "Spokój".into(),
            to_change: "Wcześniej".into(),
        };
        let list = Reflections::decode(&old.encode()).unwrap();
        assert_eq!(
            list.0,
            [ReflectionEntry {
                attempt: 1,
                date_ms: 0,
                notes: old
            }]
        );
    }

    #[test]
    fn separators_typed_in_a_note_cannot_break_the_list() {
        let sneaky = Reflections::default().with(ReflectionEntry {
            attempt: 1,
            date_ms: 0,
            notes: Reflection {
                went_well: "a\u{1E}9 9\u{1F}x\u{0}y".into(),
                to_change: "\u{0}".into(),
            },
        });
        let back = Reflections::decode(&sneaky.encode()).unwrap();
        assert_eq!(back.0.len(), 1);
        assert_eq!(back.0[0].notes.went_well, "a9 9xy");
    }

    #[test]
    fn damaged_reflections_decode_to_nothing() {
        for bad in [
            "",
            "v3",
            "v2x",
            "v2\u{1E}",
            "v2\u{1E}1 0",
            "v2\u{1E}0 0\u{1F}a\u{0}b",
            "v2\u{1E}x 0\u{1F}a\u{0}b",
            "v2\u{1E}1 -5\u{1F}a\u{0}b",
            "v2\u{1E}1 0\u{1F}ab",
            "v2\u{1E}1 0\u{1F}a\u{0}b\u{0}c",
            "v2\u{1E}2 0\u{1F}a\u{0}b\u{1E}1 0\u{1F}a\u{0}b",
            "v2\u{1E}1 0\u{1F}a\u{0}b\u{1E}1 0\u{1F}a\u{0}b",
            "v1 nothing",
        ] {
            assert_eq!(Reflections::decode(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn dates_print_the_same_in_every_language() {
        assert_eq!(iso_date(0), "1970-01-01");
        assert_eq!(iso_date(951_782_400_000), "2000-02-29");
        assert_eq!(iso_date(1_796_428_800_000), "2026-12-05");
    }
}
