//! The unfinished call kept in local storage (so that a reload resumes it), and the last
//! finished one (so that its debrief can be shown again): a short versioned line, sealed with a
//! checksum, read by hand.

use calmline_engine::save;

use crate::route::is_id;
use crate::settings::Mode;

/// A call kept in storage: its mode, the engine's save (which names the scenario) and whether
/// coach feedback on the last move was waiting to be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedCall {
    /// Coach or exam.
    pub mode: Mode,
    /// The engine's save string (`CL1.<id>.…`).
    pub save: String,
    /// Coach mode: the feedback on the last move was open, so a reload shows it again.
    pub feedback: bool,
}

impl SavedCall {
    /// The stored form: `v2 <mode> <save> <checksum>`, or, while coach feedback waits to be
    /// read, `v3 <mode> <save> 1 <checksum>` (the v2 form stays the usual one, so that what an
    /// LMS keeps is as short and as readable as before). The checksum covers the mode and the
    /// flag, so that an edited word cannot turn an exam into a coached call.
    pub fn encode(&self) -> String {
        let body = if self.feedback {
            format!("{} {} 1", self.mode.id(), self.save)
        } else {
            format!("{} {}", self.mode.id(), self.save)
        };
        let version = if self.feedback { "v3" } else { "v2" };
        format!("{version} {body} {}", save::checksum(&body))
    }

    /// Reads the stored form; `None` if damaged. The save itself is checked by the engine when
    /// the call is restored. A `v2` form (before the feedback was kept) reads with no feedback
    /// open; a `v1` form (no checksum) is read only with the `CL1` save of its time, which the
    /// engine then refuses as outdated. A `v4` form (with the call clock) reads as its call.
    pub fn decode(stored: &str) -> Option<SavedCall> {
        SavedCall::decode_timed(stored).map(|(call, _)| call)
    }

    /// The stored form with the call clock's elapsed time (`call_ms`), so that a reload resumes
    /// the call clock exactly: `v4 <mode> <save> <feedback 0|1> <call_ms> <checksum>`, the
    /// checksum covering everything between the version and itself.
    pub fn encode_timed(&self, call_ms: u32) -> String {
        let body = format!(
            "{} {} {} {call_ms}",
            self.mode.id(),
            self.save,
            u8::from(self.feedback)
        );
        format!("v4 {body} {}", save::checksum(&body))
    }

    /// Reads any stored form with the call clock's elapsed time it keeps: `Some` only in a `v4`
    /// form; an older one (`None`) resumes the call clock from the reply times saved.
    pub fn decode_timed(stored: &str) -> Option<(SavedCall, Option<u32>)> {
        let words: Vec<&str> = stored.split(' ').collect();
        let call = |mode: &str, save: &str, feedback: bool| {
            Some(SavedCall {
                mode: Mode::from_id(mode)?,
                save: save.to_owned(),
                feedback,
            })
        };
        // Coach feedback waits to be read only in a coached call.
        let coached = |c: &SavedCall| !c.feedback || c.mode == Mode::Coach;
        match words[..] {
            ["v4", mode, save, flag @ ("0" | "1"), ms, sum]
                if save::checksum(&format!("{mode} {save} {flag} {ms}")) == sum =>
            {
                let ms: u32 = ms.parse().ok()?;
                let c = call(mode, save, flag == "1").filter(coached)?;
                Some((c, Some(ms)))
            }
            ["v3", mode, save, flag @ ("0" | "1"), sum]
                if save::checksum(&format!("{mode} {save} {flag}")) == sum =>
            {
                let c = call(mode, save, flag == "1").filter(coached)?;
                Some((c, None))
            }
            ["v2", mode, save, sum] if save::checksum(&format!("{mode} {save}")) == sum => {
                Some((call(mode, save, false)?, None))
            }
            ["v1", mode, save] if save.starts_with("CL1.") => {
                Some((call(mode, save, false)?, None))
            }
            _ => None,
        }
    }

    /// The scenario id the save names (its second dot-separated field), if it has one.
    pub fn scenario_id(&self) -> Option<&str> {
        self.save.split('.').nth(1).filter(|id| is_id(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::call_key;

    #[test]
    fn a_saved_call_round_trips_and_names_its_scenario() {
        let c = SavedCall {
            mode: Mode::Exam,
            save: "CL2.late-delivery.2.7.s.0a.0.x".into(),
            feedback: false,
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
    fn coach_feedback_waiting_to_be_read_is_kept_and_sealed() {
        let c = SavedCall {
            mode: Mode::Coach,
            save: "CL2.late-delivery.2.7.s.0a.0.x".into(),
            feedback: true,
        };
        let stored = c.encode();
        assert!(stored.starts_with("v3 coach "), "{stored}");
        assert_eq!(SavedCall::decode(&stored), Some(c.clone()));
        // The flag is sealed like the mode.
        let words: Vec<&str> = stored.split(' ').collect();
        let flipped = format!("v3 coach {} 0 {}", words[2], words[4]);
        assert_eq!(SavedCall::decode(&flipped), None);
        // An exam never has feedback open, even with a matching checksum.
        let body = format!("exam {} 1", c.save);
        let exam = format!("v3 {body} {}", save::checksum(&body));
        assert_eq!(SavedCall::decode(&exam), None);
        // A v2 form, from before the flag was kept, reads with no feedback open.
        let body = format!("coach {}", c.save);
        let v2 = format!("v2 {body} {}", save::checksum(&body));
        assert_eq!(
            SavedCall::decode(&v2),
            Some(SavedCall {
                feedback: false,
                ..c.clone()
            })
        );
        for bad in [
            "v3 coach x 2 y",
            "v3 coach",
            "v3",
            &stored[..stored.len() - 1],
        ] {
            assert_eq!(SavedCall::decode(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_call_clock_is_kept_with_the_call_and_sealed() {
        for feedback in [false, true] {
            let c = SavedCall {
                mode: Mode::Coach,
                save: "CL3.late-delivery.2.7.s.0a.0.x".into(),
                feedback,
            };
            let stored = c.encode_timed(69_042);
            assert!(stored.starts_with("v4 coach "), "{stored}");
            assert_eq!(
                SavedCall::decode_timed(&stored),
                Some((c.clone(), Some(69_042)))
            );
            // Read as a call by everything that does not need the time (the catalog, the LMS).
            assert_eq!(SavedCall::decode(&stored), Some(c.clone()));
            // Sealed: an edited time breaks the checksum.
            let edited = stored.replacen(" 69042 ", " 99042 ", 1);
            assert_ne!(edited, stored);
            assert_eq!(SavedCall::decode_timed(&edited), None);
            // An older form keeps no call time: the call clock resumes as before.
            assert_eq!(
                SavedCall::decode_timed(&c.encode()),
                Some((c.clone(), None))
            );
        }
        // An exam never has feedback open, even with a matching checksum.
        let body = "exam CL3.late-delivery.2.7.s.0a.0.x 1 5";
        let exam = format!("v4 {body} {}", save::checksum(body));
        assert_eq!(SavedCall::decode_timed(&exam), None);
        for bad in [
            "v4 coach x 0 -1 y",
            "v4 coach x 0 y",
            "v4",
            "v4 coach x 2 5 y",
        ] {
            assert_eq!(SavedCall::decode_timed(bad), None, "{bad}");
        }
        let body = "coach x 0 1.5";
        assert_eq!(
            SavedCall::decode_timed(&format!("v4 {body} {}", save::checksum(body))),
            None
        );
    }
}
