//! Save and restore: a whole call in a short, versioned, checksummed string.
//!
//! A save records the seed, the timer mode and the moves, never the derived state: restoring
//! replays the moves through [`step`], so a restored call is exactly the call that was saved, and
//! a save that does not fit the scenario is refused instead of producing a state the game could
//! never reach. The format fits SCORM 1.2's 4096-character `suspend_data` with a wide margin:
//!
//! `CL1.<scenario id>.<scenario version>.<seed>.<timer>.<moves>.<checksum>`
//!
//! where the seed is base 36, the timer is `o`ff, `r`elaxed, `s`tandard or `x` (strict), each move
//! is one character (a reply index in base 36, `S` for a timeout, `H` for ending the call) followed
//! by the response time in tenths of a second in base 36, moves are separated by `_`, and the
//! checksum is FNV-1a (32 bit, base 36) of everything before it. A restored call resumes at the
//! start of the current turn's timer.

use std::fmt;

use crate::model::Scenario;
use crate::run::{Choice, Input, State, step};
use crate::timer::TimerMode;

/// The save format's version tag.
pub const MAGIC: &str = "CL1";

/// The longest save this engine writes or reads (SCORM 1.2 `cmi.suspend_data`).
pub const MAX_LEN: usize = 4096;

/// Why a save could not be restored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// Not a CalmLine save, or cut short.
    Malformed,
    /// Written by a newer or older save format.
    UnknownFormat(String),
    /// The checksum does not match: the text was changed or damaged.
    Corrupt,
    /// The save belongs to another scenario.
    OtherScenario(String),
    /// The save was made with another version of this scenario.
    ScenarioChanged {
        /// The version in the save.
        saved: u32,
        /// The version loaded now.
        current: u32,
    },
    /// A recorded move is not possible in this scenario (at this 0-based move).
    Replay(usize),
    /// Longer than [`MAX_LEN`].
    TooLong,
}

impl SaveError {
    /// A stable id for the kind of error (localization keys, LMS logs).
    pub fn kind(&self) -> &'static str {
        match self {
            SaveError::Malformed => "malformed",
            SaveError::UnknownFormat(_) => "unknown-format",
            SaveError::Corrupt => "corrupt",
            SaveError::OtherScenario(_) => "other-scenario",
            SaveError::ScenarioChanged { .. } => "scenario-changed",
            SaveError::Replay(_) => "replay",
            SaveError::TooLong => "too-long",
        }
    }
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SaveError::Malformed => f.write_str("this is not a CalmLine save, or it was cut short"),
            SaveError::UnknownFormat(tag) => write!(f, "the save format `{tag}` is not supported"),
            SaveError::Corrupt => f.write_str("the save is damaged (its checksum does not match)"),
            SaveError::OtherScenario(id) => write!(f, "the save belongs to the scenario `{id}`"),
            SaveError::ScenarioChanged { saved, current } => write!(
                f,
                "the save was made with version {saved} of the scenario, which is now version {current}"
            ),
            SaveError::Replay(i) => write!(
                f,
                "move {} of the save is not possible in this scenario",
                i + 1
            ),
            SaveError::TooLong => write!(f, "the save is longer than {MAX_LEN} characters"),
        }
    }
}

impl std::error::Error for SaveError {}

fn timer_code(mode: TimerMode) -> char {
    match mode {
        TimerMode::Off => 'o',
        TimerMode::Relaxed => 'r',
        TimerMode::Standard => 's',
        TimerMode::Strict => 'x',
    }
}

fn fnv1a(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

fn from_base36(s: &str) -> Option<u64> {
    if s.is_empty()
        || s.len() > 13
        || !s
            .bytes()
            .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase())
    {
        return None;
    }
    u64::from_str_radix(s, 36).ok()
}

/// Writes the save of a started call (`None` before the call starts).
pub fn encode(sc: &Scenario, state: &State) -> Option<String> {
    if !state.is_started() {
        return None;
    }
    let moves: Vec<String> = state
        .history()
        .iter()
        .map(|s| {
            let code = match s.choice {
                Choice::Reply(r) => base36(u64::from(r)),
                Choice::Silence => "S".to_owned(),
                Choice::HangUp(_) => "H".to_owned(),
            };
            format!("{code}{}", base36(u64::from(s.elapsed_ms / 100)))
        })
        .collect();
    let body = format!(
        "{MAGIC}.{}.{}.{}.{}.{}",
        sc.id,
        sc.version,
        base36(state.seed()),
        timer_code(state.timer()),
        moves.join("_")
    );
    let sum = base36(u64::from(fnv1a(&body)));
    Some(format!("{body}.{sum}"))
}

/// Restores a call from a save, replaying every move.
pub fn decode(sc: &Scenario, save: &str) -> Result<State, SaveError> {
    if save.len() > MAX_LEN {
        return Err(SaveError::TooLong);
    }
    let save = save.trim();
    let (body, sum) = save.rsplit_once('.').ok_or(SaveError::Malformed)?;
    let parts: Vec<&str> = body.split('.').collect();
    if parts.first() != Some(&MAGIC) {
        let tag = parts.first().copied().unwrap_or_default();
        return Err(if tag.starts_with("CL") && !tag.is_empty() {
            SaveError::UnknownFormat(tag.chars().take(8).collect())
        } else {
            SaveError::Malformed
        });
    }
    let [_, id, version, seed, timer, moves] = parts[..] else {
        return Err(SaveError::Malformed);
    };
    if from_base36(sum) != Some(u64::from(fnv1a(body))) {
        return Err(SaveError::Corrupt);
    }
    if id != sc.id {
        return Err(SaveError::OtherScenario(id.chars().take(48).collect()));
    }
    let saved: u32 = version.parse().map_err(|_| SaveError::Malformed)?;
    if saved != sc.version {
        return Err(SaveError::ScenarioChanged {
            saved,
            current: sc.version,
        });
    }
    let seed = from_base36(seed).ok_or(SaveError::Malformed)?;
    let timer = match timer {
        "o" => TimerMode::Off,
        "r" => TimerMode::Relaxed,
        "s" => TimerMode::Standard,
        "x" => TimerMode::Strict,
        _ => return Err(SaveError::Malformed),
    };
    let (mut state, _) = step(sc, &State::new(), Input::Start { seed, timer });
    for (i, mv) in moves.split('_').filter(|m| !m.is_empty()).enumerate() {
        let mut chars = mv.chars();
        let code = chars.next().ok_or(SaveError::Malformed)?;
        let tenths = from_base36(chars.as_str()).ok_or(SaveError::Malformed)?;
        let elapsed_ms =
            u32::try_from(tenths.saturating_mul(100)).map_err(|_| SaveError::Malformed)?;
        let input = match code {
            'S' => Input::TimerExpired,
            'H' => Input::EndCall { elapsed_ms },
            c => {
                let reply = c.to_digit(36).ok_or(SaveError::Malformed)?;
                Input::Choose {
                    reply: reply as u8,
                    elapsed_ms,
                }
            }
        };
        let (next, events) = step(sc, &state, input);
        if events
            .iter()
            .any(|e| matches!(e, crate::Event::Rejected(_)))
        {
            return Err(SaveError::Replay(i));
        }
        state = next;
    }
    Ok(state)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base36_round_trips() {
        for n in [0, 1, 35, 36, 1295, u64::from(u32::MAX), u64::MAX] {
            assert_eq!(from_base36(&base36(n)), Some(n));
        }
        assert_eq!(from_base36(""), None);
        assert_eq!(from_base36("ZZ"), None);
    }
}
