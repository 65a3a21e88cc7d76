//! Reply timing: the timer modes and all their arithmetic, in one place.
//!
//! The engine reads no clock. The edge measures elapsed milliseconds and asks these functions
//! how long the trainee has, when to warn, and whether time is up; it reports a timeout to the
//! engine as an input. Timing is adjustable as WCAG 2.2.1 asks: it can be turned off, given more
//! time, or extended with a single action several times.

use std::fmt;

/// The shortest time a scenario may give for a reply, in seconds (standard mode).
pub const MIN_TURN_SECONDS: i64 = 5;
/// The longest time a scenario may give for a reply, in seconds (standard mode).
pub const MAX_TURN_SECONDS: i64 = 180;
/// What one "more time" action adds, in milliseconds.
pub const EXTEND_MS: u32 = 20_000;
/// How many times one reply's timer may be extended.
pub const MAX_EXTENSIONS: u8 = 10;
/// The most times a turn's stops of the reply clock are counted (more are recorded as this).
pub const MAX_PAUSES: u8 = 35;
/// The timer warns (visually and to screen readers) when this much time is left.
pub const WARN_MS: u32 = 10_000;

/// How strict the reply timer is. Chosen by the trainee or set in a trainer's link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum TimerMode {
    /// No time limit at all; silence never happens.
    Off,
    /// Twice the scenario's time.
    Relaxed,
    /// The scenario's time, as the author set it.
    #[default]
    Standard,
    /// Sixty percent of the scenario's time, for practised agents.
    Strict,
}

impl TimerMode {
    /// Every mode, from the most generous.
    pub const ALL: [TimerMode; 4] = [
        TimerMode::Off,
        TimerMode::Relaxed,
        TimerMode::Standard,
        TimerMode::Strict,
    ];

    /// The id used in links, saves and localization keys.
    pub const fn id(self) -> &'static str {
        match self {
            TimerMode::Off => "off",
            TimerMode::Relaxed => "relaxed",
            TimerMode::Standard => "standard",
            TimerMode::Strict => "strict",
        }
    }

    /// Reads a mode id.
    pub fn from_id(id: &str) -> Option<TimerMode> {
        TimerMode::ALL.into_iter().find(|m| m.id() == id)
    }

    /// The factor on the scenario's time, in percent; `None` when there is no limit.
    pub const fn percent(self) -> Option<u32> {
        match self {
            TimerMode::Off => None,
            TimerMode::Relaxed => Some(200),
            TimerMode::Standard => Some(100),
            TimerMode::Strict => Some(60),
        }
    }
}

impl fmt::Display for TimerMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// The time to reply to a turn with `turn_seconds` in `mode`, after `extensions` extensions;
/// `None` when there is no limit.
pub fn limit_ms(turn_seconds: u16, mode: TimerMode, extensions: u8) -> Option<u32> {
    let percent = mode.percent()?;
    let base = u32::from(turn_seconds) * 10 * percent;
    Some(base + u32::from(extensions.min(MAX_EXTENSIONS)) * EXTEND_MS)
}

/// Milliseconds left of `limit` after `elapsed`.
pub fn remaining_ms(limit: u32, elapsed: u32) -> u32 {
    limit.saturating_sub(elapsed)
}

/// Whether the warning should show.
pub fn is_warning(limit: u32, elapsed: u32) -> bool {
    remaining_ms(limit, elapsed) <= WARN_MS
}

/// Whether the trainee may still extend the timer.
pub fn can_extend(extensions: u8) -> bool {
    extensions < MAX_EXTENSIONS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes_scale_the_authors_time() {
        assert_eq!(limit_ms(20, TimerMode::Standard, 0), Some(20_000));
        assert_eq!(limit_ms(20, TimerMode::Relaxed, 0), Some(40_000));
        assert_eq!(limit_ms(20, TimerMode::Strict, 0), Some(12_000));
        assert_eq!(limit_ms(20, TimerMode::Off, 3), None);
    }

    #[test]
    fn extensions_add_time_up_to_the_maximum() {
        assert_eq!(limit_ms(10, TimerMode::Standard, 2), Some(50_000));
        assert_eq!(
            limit_ms(10, TimerMode::Standard, 200),
            limit_ms(10, TimerMode::Standard, MAX_EXTENSIONS)
        );
        assert!(can_extend(MAX_EXTENSIONS - 1));
        assert!(!can_extend(MAX_EXTENSIONS));
    }

    #[test]
    fn warning_and_remaining_never_underflow() {
        assert_eq!(remaining_ms(5_000, 9_000), 0);
        assert!(is_warning(20_000, 10_000));
        assert!(!is_warning(20_000, 9_999));
    }

    #[test]
    fn mode_ids_round_trip() {
        for mode in TimerMode::ALL {
            assert_eq!(TimerMode::from_id(mode.id()), Some(mode));
        }
        assert_eq!(TimerMode::from_id("fast"), None);
    }
}
