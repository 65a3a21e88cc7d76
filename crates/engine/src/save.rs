//! Save and restore: a whole call in a short, versioned, checksummed string.
//!
//! A save records the seeds, the timer mode, the moves and the reply clock of the unfinished
//! turn, never the derived state: restoring replays the moves through [`step`], so a restored
//! call is exactly the call that was saved, and a save that does not fit the scenario is refused
//! instead of producing a state the game could never reach. The format fits SCORM 1.2's
//! 4096-character `suspend_data` with a wide margin:
//!
//! `CL3.<scenario id>.<scenario version>.<seed>.<deal>.<timer>.<moves>.<pending>.<checksum>`
//!
//! - the seed (the customer's lines and twists) and the deal (the trainee's reply order and
//!   wordings) are base 36 (digits and lower-case letters);
//! - the timer is `o`ff, `r`elaxed, `s`tandard or `x` (strict);
//! - each move is one character (a reply index in base 36, `S` for a timeout, `H` for ending the
//!   call), then the response time in tenths of a second in base 36, then, only if "more time"
//!   was used at that turn, `E` and the number of extensions in base 36 (`1` to `a`), then, only
//!   if the trainee stopped the reply clock at that turn (pause, or leaving the tab), `P` and how
//!   many times in base 36 (`1` to `z`); moves are separated by `_`. `E` and `P` are upper-case,
//!   so they can never be read as digits: `2c`, `SaoE1`, `H7`, `1kE2P3`;
//! - `<pending>` is the reply clock of the current, unanswered turn in the same form without the
//!   move character: the time already used in tenths of a second (rounded up, so that a reload
//!   never gives time back), `E<n>` if more time was asked for and `P<n>` if the clock was
//!   stopped (`0` when nothing was used, and always `0` once the call is over);
//! - the checksum is FNV-1a (32 bit, base 36) of everything before it.
//!
//! A call with holds ([`crate::hold`]) is saved as `CL4`: the same form, with a hold token before
//! the move it came before (or at the end, for a hold at the unanswered turn): `W`, the way
//! (`a`nnounced, `b`are, `s`ilent), the time on hold in tenths of a second in base 36, and `U`
//! if the trainee came back without thanking the customer: `Wa1k_2c_WsbU_0f`. A call without
//! holds is saved as `CL3`, exactly as before holds existed, so every `CL3` save still loads and
//! what an LMS keeps is no longer.
//!
//! Extensions exist only with a timer: a save of an untimed call never has `E`. A restored call
//! resumes its current turn with the time and extensions already used ([`Pending`]).
//!
//! `CL1` and `CL2` saves are refused with [`SaveError::Outdated`]: `CL1` was written when the seed
//! drew its numbers differently, and `CL2` before the trainee's deal was apart from the seed, so
//! replaying either would show other customer lines, reply orders or wordings than the trainee
//! saw.

use std::fmt;

use crate::hold::{Hold, HoldWay};
use crate::model::Scenario;
use crate::run::{Choice, Input, State, step};
use crate::timer::{self, TimerMode};

/// The save format's version tag (a call without holds).
pub const MAGIC: &str = "CL3";
/// The version tag of a save with holds.
pub const MAGIC_HOLDS: &str = "CL4";

/// The tags of older formats this engine recognises and refuses ([`SaveError::Outdated`]).
const OUTDATED: [&str; 2] = ["CL1", "CL2"];

/// The reply clock of the current turn when the call was saved: what a reload resumes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pending {
    /// Milliseconds of the turn's reply time already used (kept to a tenth of a second).
    pub elapsed_ms: u32,
    /// "More time" actions already used at this turn.
    pub extensions: u8,
    /// Times the reply clock was already stopped at this turn.
    pub pauses: u8,
}

/// The longest save this engine writes or reads (SCORM 1.2 `cmi.suspend_data`).
pub const MAX_LEN: usize = 4096;

/// Why a save could not be restored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// Not a CalmLine save, or cut short.
    Malformed,
    /// Written by a save format this engine does not know (a newer one).
    UnknownFormat(String),
    /// Written by an older CalmLine whose seeds drew other customer lines: it cannot be replayed
    /// faithfully, so it is refused rather than misread.
    Outdated(String),
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
            SaveError::Outdated(_) => "outdated",
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
            SaveError::Outdated(tag) => write!(
                f,
                "the save format `{tag}` is outdated: this version of CalmLine would replay it as another call"
            ),
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

/// The checksum saves use (FNV-1a, 32 bit, in base 36), for the edge to seal what it keeps
/// beside a save (such as the coach or exam mode) the same way. It catches damage and casual
/// edits, not a determined forger.
pub fn checksum(text: &str) -> String {
    base36(u64::from(fnv1a(text)))
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

/// The time of a move or of the pending turn, in tenths of a second, then `E<n>` if extensions
/// were used and `P<n>` if the clock was stopped.
fn clock_code(tenths: u32, extensions: u8, pauses: u8) -> String {
    let mut out = base36(u64::from(tenths));
    if extensions > 0 {
        out.push('E');
        out.push_str(&base36(u64::from(extensions)));
    }
    if pauses > 0 {
        out.push('P');
        out.push_str(&base36(u64::from(pauses)));
    }
    out
}

/// One optional `<tag><digit>` count at the end of `text`: (rest, count). Only the canonical
/// form is accepted: one base-36 digit, not 0, at most `max`.
fn read_count(text: &str, tag: char, max: u8) -> Option<(&str, u8)> {
    match text.rsplit_once(tag) {
        None => Some((text, 0)),
        Some((rest, n)) => {
            let value = from_base36(n)?;
            (n.len() == 1 && value != 0 && value <= u64::from(max)).then_some((rest, value as u8))
        }
    }
}

/// Reads [`clock_code`]: (tenths, extensions, pauses). Only the canonical form is accepted: no
/// `E0` or `P0`, no more than [`timer::MAX_EXTENSIONS`] or [`timer::MAX_PAUSES`], `E` before `P`.
fn read_clock(text: &str) -> Option<(u32, u8, u8)> {
    let (rest, pauses) = read_count(text, 'P', timer::MAX_PAUSES)?;
    let (tenths, extensions) = read_count(rest, 'E', timer::MAX_EXTENSIONS)?;
    let tenths = u32::try_from(from_base36(tenths)?).ok()?;
    Some((tenths, extensions, pauses))
}

/// The longest a clock in a save holds: an hour, as response times in the engine.
const MAX_TENTHS: u32 = 36_000;

/// Writes the save of a started call (`None` before the call starts), with the reply clock of
/// its current turn. `pending` is kept to a tenth of a second (rounded up) and at most an hour;
/// its extensions are capped at [`timer::MAX_EXTENSIONS`], and are 0 with the timer off; it is
/// written as nothing used once the call is over.
pub fn encode(sc: &Scenario, state: &State, pending: Pending) -> Option<String> {
    if !state.is_started() {
        return None;
    }
    let holds_before = |index: usize| {
        state
            .holds()
            .iter()
            .filter(move |h| usize::from(h.before_move) == index)
            .map(hold_code)
    };
    let mut moves: Vec<String> = Vec::new();
    for (index, s) in state.history().iter().enumerate() {
        moves.extend(holds_before(index));
        let code = match s.choice {
            Choice::Reply(r) => base36(u64::from(r)),
            Choice::Silence => "S".to_owned(),
            Choice::HangUp(_) => "H".to_owned(),
        };
        moves.push(format!(
            "{code}{}",
            clock_code(s.elapsed_ms / 100, s.extensions, s.pauses)
        ));
    }
    moves.extend(holds_before(state.history().len()));
    let pending = normalise(state, pending);
    let magic = if state.holds().is_empty() {
        MAGIC
    } else {
        MAGIC_HOLDS
    };
    let body = format!(
        "{magic}.{}.{}.{}.{}.{}.{}.{}",
        sc.id,
        sc.version,
        base36(state.seed()),
        base36(state.deal()),
        timer_code(state.timer()),
        moves.join("_"),
        clock_code(pending.elapsed_ms / 100, pending.extensions, pending.pauses),
    );
    let sum = base36(u64::from(fnv1a(&body)));
    Some(format!("{body}.{sum}"))
}

fn hold_code(hold: &Hold) -> String {
    let way = match hold.way {
        HoldWay::Announced => 'a',
        HoldWay::Bare => 'b',
        HoldWay::Silent => 's',
    };
    let thanks = if hold.thanked { "" } else { "U" };
    format!("W{way}{}{thanks}", base36(u64::from(hold.held_ms / 100)))
}

/// Reads a hold token after its `W`: the input it stands for.
fn read_hold(text: &str) -> Option<Input> {
    let mut chars = text.chars();
    let way = match chars.next()? {
        'a' => HoldWay::Announced,
        'b' => HoldWay::Bare,
        's' => HoldWay::Silent,
        _ => return None,
    };
    let rest = chars.as_str();
    let (tenths, thanked) = match rest.strip_suffix('U') {
        Some(t) => (t, false),
        None => (rest, true),
    };
    let tenths = u32::try_from(from_base36(tenths)?).ok()?;
    (tenths <= MAX_TENTHS).then_some(Input::Hold {
        way,
        held_ms: tenths * 100,
        thanked,
    })
}

/// `pending` as a save keeps it (see [`encode`]).
fn normalise(state: &State, pending: Pending) -> Pending {
    if state.ending().is_some() {
        return Pending::default();
    }
    Pending {
        elapsed_ms: pending.elapsed_ms.div_ceil(100).min(MAX_TENTHS) * 100,
        extensions: match state.timer() {
            TimerMode::Off => 0,
            _ => pending.extensions.min(timer::MAX_EXTENSIONS),
        },
        pauses: pending.pauses.min(timer::MAX_PAUSES),
    }
}

/// Restores a call from a save, replaying every move, with the reply clock of its current turn.
pub fn decode(sc: &Scenario, save: &str) -> Result<(State, Pending), SaveError> {
    if save.len() > MAX_LEN {
        return Err(SaveError::TooLong);
    }
    let save = save.trim();
    let (body, sum) = save.rsplit_once('.').ok_or(SaveError::Malformed)?;
    let parts: Vec<&str> = body.split('.').collect();
    let with_holds = parts.first() == Some(&MAGIC_HOLDS);
    if parts.first() != Some(&MAGIC) && !with_holds {
        let tag = parts.first().copied().unwrap_or_default();
        return Err(if OUTDATED.contains(&tag) {
            SaveError::Outdated(tag.to_owned())
        } else if tag.starts_with("CL") {
            SaveError::UnknownFormat(tag.chars().take(8).collect())
        } else {
            SaveError::Malformed
        });
    }
    let [_, id, version, seed, deal, timer, moves, pending] = parts[..] else {
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
    let deal = from_base36(deal).ok_or(SaveError::Malformed)?;
    let timer = match timer {
        "o" => TimerMode::Off,
        "r" => TimerMode::Relaxed,
        "s" => TimerMode::Standard,
        "x" => TimerMode::Strict,
        _ => return Err(SaveError::Malformed),
    };
    let (mut state, _) = step(sc, &State::new(), Input::Start { seed, deal, timer });
    let mut i = 0;
    for mv in moves.split('_').filter(|m| !m.is_empty()) {
        let mut chars = mv.chars();
        let code = chars.next().ok_or(SaveError::Malformed)?;
        if code == 'W' {
            // Holds only in a `CL4` save.
            let input = read_hold(chars.as_str())
                .filter(|_| with_holds)
                .ok_or(SaveError::Malformed)?;
            let (next, events) = step(sc, &state, input);
            if events
                .iter()
                .any(|e| matches!(e, crate::Event::Rejected(_)))
            {
                return Err(SaveError::Replay(i));
            }
            state = next;
            continue;
        }
        let (tenths, extensions, pauses) =
            read_clock(chars.as_str()).ok_or(SaveError::Malformed)?;
        let elapsed_ms = tenths.checked_mul(100).ok_or(SaveError::Malformed)?;
        let input = match code {
            'S' => Input::TimerExpired { extensions, pauses },
            'H' => Input::EndCall {
                elapsed_ms,
                extensions,
                pauses,
            },
            c => {
                let reply = c.to_digit(36).ok_or(SaveError::Malformed)?;
                Input::Choose {
                    reply: reply as u8,
                    elapsed_ms,
                    extensions,
                    pauses,
                }
            }
        };
        let (next, events) = step(sc, &state, input);
        // A move the call refuses, or extensions it would not record as written (more time in
        // an untimed call), cannot come from this engine.
        if events
            .iter()
            .any(|e| matches!(e, crate::Event::Rejected(_)))
            || next.history().last().map(|s| (s.extensions, s.pauses)) != Some((extensions, pauses))
        {
            return Err(SaveError::Replay(i));
        }
        state = next;
        i += 1;
    }
    if with_holds && state.holds().is_empty() {
        // A `CL4` save without a hold is not what [`encode`] writes.
        return Err(SaveError::Malformed);
    }
    let (tenths, extensions, pauses) = read_clock(pending).ok_or(SaveError::Malformed)?;
    let pending = Pending {
        elapsed_ms: tenths.min(MAX_TENTHS) * 100,
        extensions,
        pauses,
    };
    if normalise(&state, pending) != pending {
        // Time on a call that is over, or more time without a timer.
        return Err(SaveError::Malformed);
    }
    Ok((state, pending))
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

    #[test]
    fn clocks_round_trip_and_only_the_canonical_form_is_read() {
        for (tenths, extensions, pauses) in [
            (0, 0, 0),
            (43, 0, 0),
            (36_000, 0, 0),
            (7, 1, 0),
            (1_295, 10, 0),
            (5, 0, 3),
            (5, 2, 35),
        ] {
            assert_eq!(
                read_clock(&clock_code(tenths, extensions, pauses)),
                Some((tenths, extensions, pauses))
            );
        }
        assert_eq!(clock_code(43, 0, 0), "17");
        assert_eq!(clock_code(43, 10, 0), "17Ea");
        assert_eq!(clock_code(43, 2, 3), "17E2P3");
        assert_eq!(clock_code(43, 0, 35), "17Pz");
        for bad in [
            "", "E1", "17E", "17E0", "17Eb", "17E01", "17E1E1", "17EA", "1-", "17P", "17P0",
            "17P01", "17P1E1", "17P1P1", "P1",
        ] {
            assert_eq!(read_clock(bad), None, "{bad}");
        }
    }
}
