//! The reply clock of a turn: elapsed time that excludes pauses and gives back time the page
//! was blocked, measured from the page's monotonic clock (never by counting ticks).

/// The reply clock of the current turn: elapsed time excluding pauses.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Clock {
    started_ms: f64,
    paused_since: Option<f64>,
    paused_total_ms: f64,
}

impl Clock {
    /// A clock started at `now`, running or stopped.
    pub fn new(now: f64, running: bool) -> Clock {
        Clock::with_elapsed(now, 0, running)
    }

    /// A clock that has already run `elapsed_ms` by `now` (a turn resumed after a reload).
    pub fn with_elapsed(now: f64, elapsed_ms: u32, running: bool) -> Clock {
        Clock {
            started_ms: now - f64::from(elapsed_ms),
            paused_since: (!running).then_some(now),
            paused_total_ms: 0.0,
        }
    }

    /// Milliseconds the clock has run by `now`.
    pub fn elapsed_ms(&self, now: f64) -> u32 {
        let until = self.paused_since.unwrap_or(now);
        (until - self.started_ms - self.paused_total_ms).clamp(0.0, f64::from(u32::MAX)) as u32
    }

    /// Whether it is running.
    pub fn is_running(&self) -> bool {
        self.paused_since.is_none()
    }

    /// Runs or stops it at `now` (no change if it already is so).
    pub fn set_running(&mut self, running: bool, now: f64) {
        match (running, self.paused_since) {
            (true, Some(since)) => {
                self.paused_total_ms += (now - since).max(0.0);
                self.paused_since = None;
            }
            (false, None) => self.paused_since = Some(now),
            _ => {}
        }
    }

    /// Gives back `ms` the page could not be used (a synchronous LMS call that blocked it): a
    /// running clock is moved on by that much; a stopped one was not counting anyway.
    pub fn credit(&mut self, ms: f64) {
        if self.paused_since.is_none() && ms > 0.0 {
            self.started_ms += ms;
        }
    }
}
