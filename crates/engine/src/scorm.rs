//! The SCORM 1.2 and SCORM 2004 data-model values of a call's report ([`crate::lms`]): the
//! element names, vocabularies and time formats each version demands, and their limits (an LMS
//! such as scorm-again is more lenient than the specification, so the limits are kept here).
//!
//! The browser adapter only calls `SetValue` with these pairs, in order (an interaction's `id`
//! first, as 2004 requires), and commits.

use crate::lms::{CallReport, CallView, Interaction, Kept, Verdict};

/// A SCORM version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    /// SCORM 1.2.
    V12,
    /// SCORM 2004 4th edition.
    V2004,
}

/// The longest `cmi.suspend_data` each version stores.
pub const fn suspend_limit(v: Version) -> usize {
    match v {
        Version::V12 => 4096,
        Version::V2004 => 64_000,
    }
}

/// Milliseconds as (hours, minutes, seconds, hundredths).
fn hms(ms: u64) -> (u64, u64, u64, u64) {
    let cs = ms / 10;
    (cs / 360_000, cs / 6_000 % 60, cs / 100 % 60, cs % 100)
}

/// A SCORM 1.2 `CMITimespan`, `HHHH:MM:SS.SS` (session time).
pub fn timespan(ms: u64) -> String {
    let (h, m, s, c) = hms(ms);
    format!("{:04}:{m:02}:{s:02}.{c:02}", h.min(9_999))
}

/// A SCORM 1.2 interaction latency, `HH:MM:SS.SS`.
pub fn latency12(ms: u32) -> String {
    let (h, m, s, c) = hms(u64::from(ms));
    format!("{:02}:{m:02}:{s:02}.{c:02}", h.min(99))
}

/// An ISO 8601 duration with at most two decimals (SCORM 2004 `timeinterval`): `PT12.5S`,
/// `PT1H2M3S`, `PT0S`.
pub fn duration(ms: u64) -> String {
    let (h, m, s, c) = hms(ms);
    let mut out = String::from("PT");
    if h > 0 {
        out.push_str(&format!("{h}H"));
    }
    if m > 0 {
        out.push_str(&format!("{m}M"));
    }
    if s > 0 || c > 0 || (h == 0 && m == 0) {
        match (c % 10, c) {
            (_, 0) => out.push_str(&format!("{s}S")),
            (0, c) => out.push_str(&format!("{s}.{}S", c / 10)),
            (_, c) => out.push_str(&format!("{s}.{c:02}S")),
        }
    }
    out
}

/// The date and time (UTC) of a Unix time in milliseconds: (year, month, day, hour, minute,
/// second, tenths).
fn civil(unix_ms: u64) -> (i64, u32, u32, u64, u64, u64, u64) {
    let secs = unix_ms / 1_000;
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Howard Hinnant's days-to-civil algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (
        year,
        month,
        day,
        rem / 3_600,
        rem / 60 % 60,
        rem % 60,
        unix_ms % 1_000 / 100,
    )
}

/// A SCORM 1.2 `CMITime` (time of day, UTC), `HH:MM:SS`.
pub fn time_of_day(unix_ms: u64) -> String {
    let (_, _, _, h, m, s, _) = civil(unix_ms);
    format!("{h:02}:{m:02}:{s:02}")
}

/// A SCORM 2004 `time(second,10,0)` timestamp in UTC with a tenth of a second (a zone needs a
/// fraction): `2026-01-01T10:15:30.0Z`.
pub fn timestamp(unix_ms: u64) -> String {
    let (y, mo, d, h, mi, s, t) = civil(unix_ms);
    format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}.{t}Z")
}

/// What one interaction needs beyond the call: the number of the try in this attempt, the
/// interaction's index in the attempt, and when the move was made.
#[derive(Debug, Clone, Copy)]
pub struct Moment {
    /// The try within this LMS attempt, from 1.
    pub try_number: u32,
    /// `n` in `cmi.interactions.n`: interactions already stored in this attempt.
    pub n: usize,
    /// Unix time of the move, in milliseconds.
    pub at_unix_ms: u64,
}

/// The interaction id: unique in the attempt, stable, without spaces: `t2-m5-vent`.
pub fn interaction_id(try_number: u32, i: &Interaction) -> String {
    let mut id = format!("t{try_number}-m{}-{}", i.index + 1, i.turn_id);
    id.truncate(250);
    id
}

/// The `SetValue` pairs of one interaction of `call`, `id` first.
pub fn interaction(
    v: Version,
    call: &CallView,
    i: &Interaction,
    at: Moment,
) -> Vec<(String, String)> {
    let key = |k: &str| format!("cmi.interactions.{}.{k}", at.n);
    let mut out = vec![
        (key("id"), interaction_id(at.try_number, i)),
        (key("type"), "choice".to_owned()),
    ];
    match v {
        Version::V12 => {
            out.push((key("student_response"), i.response.clone()));
            let result = match i.verdict {
                Verdict::Correct => "correct",
                Verdict::Neutral => "neutral",
                Verdict::Incorrect => "wrong",
            };
            out.push((key("result"), result.to_owned()));
            out.push((key("latency"), latency12(i.latency_ms)));
            out.push((key("time"), time_of_day(at.at_unix_ms)));
        }
        Version::V2004 => {
            out.push((key("learner_response"), i.response.clone()));
            let result = match i.verdict {
                Verdict::Correct => "correct",
                Verdict::Neutral => "neutral",
                Verdict::Incorrect => "incorrect",
            };
            out.push((key("result"), result.to_owned()));
            out.push((key("latency"), duration(u64::from(i.latency_ms))));
            out.push((key("timestamp"), timestamp(at.at_unix_ms)));
            if i.reply.is_some()
                && let Some(text) = call.text(i, &i.response)
            {
                out.push((key("description"), text.chars().take(250).collect()));
            }
        }
    }
    out.push((key("weighting"), "1".to_owned()));
    if let Some(correct) = &i.correct {
        out.push((key("correct_responses.0.pattern"), correct.clone()));
    }
    out
}

/// The `SetValue` pairs of the time extensions of a move, if it had any: an interaction of its
/// own, `<move's id>-more-time`, of type `numeric`, the learner's response the number of times
/// "More time" was used, result `neutral` (asking for time is allowed; a trainer reads it next
/// to the reply's latency, which includes the extra time). SCORM has no field for it on the
/// reply's own interaction.
pub fn extension_interaction(
    v: Version,
    i: &Interaction,
    at: Moment,
) -> Option<Vec<(String, String)>> {
    if i.extensions == 0 {
        return None;
    }
    let key = |k: &str| format!("cmi.interactions.{}.{k}", at.n);
    let mut id = interaction_id(at.try_number, i);
    id.truncate(240);
    id.push_str("-more-time");
    let mut out = vec![(key("id"), id), (key("type"), "numeric".to_owned())];
    match v {
        Version::V12 => {
            out.push((key("student_response"), i.extensions.to_string()));
            out.push((key("result"), "neutral".to_owned()));
            out.push((key("time"), time_of_day(at.at_unix_ms)));
        }
        Version::V2004 => {
            out.push((key("learner_response"), i.extensions.to_string()));
            out.push((key("result"), "neutral".to_owned()));
            out.push((key("timestamp"), timestamp(at.at_unix_ms)));
        }
    }
    out.push((key("weighting"), "0".to_owned()));
    Some(out)
}

/// The score, status, objectives and exit of the attempt after a move: `kept` is the best
/// finished try of the attempt ([`crate::lms::keep`]), if any. A call in progress with nothing
/// kept is incomplete; once a try is kept, a later try in progress never lowers it.
pub fn status(v: Version, report: &CallReport, kept: Option<Kept>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let in_progress = !report.ended;
    match (v, kept) {
        (Version::V12, None) => {
            out.push(("cmi.core.lesson_status".into(), "incomplete".into()));
        }
        (Version::V12, Some(k)) => {
            out.push(("cmi.core.score.min".into(), "0".into()));
            out.push(("cmi.core.score.max".into(), "100".into()));
            out.push(("cmi.core.score.raw".into(), k.overall.to_string()));
            let status = if k.passed { "passed" } else { "failed" };
            out.push(("cmi.core.lesson_status".into(), status.into()));
        }
        (Version::V2004, None) => {
            out.push(("cmi.completion_status".into(), "incomplete".into()));
            out.push(("cmi.success_status".into(), "unknown".into()));
        }
        (Version::V2004, Some(k)) => {
            out.push(("cmi.score.min".into(), "0".into()));
            out.push(("cmi.score.max".into(), "100".into()));
            out.push(("cmi.score.raw".into(), k.overall.to_string()));
            out.push((
                "cmi.score.scaled".into(),
                format!("{}", f64::from(k.overall) / 100.0),
            ));
            out.push(("cmi.completion_status".into(), "completed".into()));
            let status = if k.passed { "passed" } else { "failed" };
            out.push(("cmi.success_status".into(), status.into()));
        }
    }
    for (n, (skill, score)) in report.objectives.iter().enumerate() {
        let key = |k: &str| format!("cmi.objectives.{n}.{k}");
        out.push((key("id"), format!("skill-{}", skill.id())));
        if let Some(score) = score {
            out.push((key("score.min"), "0".into()));
            out.push((key("score.max"), "100".into()));
            out.push((key("score.raw"), score.to_string()));
            if v == Version::V2004 {
                out.push((
                    key("score.scaled"),
                    format!("{}", f64::from(*score) / 100.0),
                ));
            }
        }
    }
    let exit = match (v, in_progress) {
        (_, true) => "suspend",
        (Version::V12, false) => "",
        (Version::V2004, false) => "normal",
    };
    let exit_key = match v {
        Version::V12 => "cmi.core.exit",
        Version::V2004 => "cmi.exit",
    };
    out.push((exit_key.into(), exit.into()));
    out
}

/// The session time element and value of a session of `ms` milliseconds.
pub fn session_time(v: Version, ms: u64) -> (String, String) {
    match v {
        Version::V12 => ("cmi.core.session_time".into(), timespan(ms)),
        Version::V2004 => ("cmi.session_time".into(), duration(ms)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_in_each_versions_format() {
        assert_eq!(timespan(0), "0000:00:00.00");
        assert_eq!(timespan(3_723_450), "0001:02:03.45");
        assert_eq!(latency12(12_340), "00:00:12.34");
        assert_eq!(duration(0), "PT0S");
        assert_eq!(duration(12_500), "PT12.5S");
        assert_eq!(duration(12_340), "PT12.34S");
        assert_eq!(duration(3_723_000), "PT1H2M3S");
        assert_eq!(duration(60_000), "PT1M");
        // 2026-01-01T10:15:30.250Z
        let t = 1_767_262_530_250;
        assert_eq!(timestamp(t), "2026-01-01T10:15:30.2Z");
        assert_eq!(time_of_day(t), "10:15:30");
        assert_eq!(timestamp(0), "1970-01-01T00:00:00.0Z");
        // A leap day.
        assert_eq!(timestamp(1_709_164_800_000), "2024-02-29T00:00:00.0Z");
    }
}
