//! What the trainee or the page does to a call: the actions of the call reducer
//! ([`super::Call::apply`]), kept apart from the reducer so the list reads as the screen's vocabulary.

use calmline_engine::hold::HoldWay;

/// What the trainee or the page does to the call.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CallAction {
    /// A reply was chosen (index in the turn, as in the scenario file).
    Choose {
        /// The reply.
        reply: u8,
        /// The clock now.
        now: f64,
    },
    /// The countdown reached zero.
    Expire {
        /// The clock now.
        now: f64,
    },
    /// The trainee ended the call.
    EndCall {
        /// The clock now.
        now: f64,
    },
    /// The trainee asked for more time (taken only while the reply clock runs).
    Extend {
        /// The clock now.
        now: f64,
    },
    /// The trainee paused or resumed the call.
    SetPaused {
        /// Paused or not.
        paused: bool,
        /// The clock now.
        now: f64,
    },
    /// The tab was hidden or shown again.
    SetHidden {
        /// Hidden or not.
        hidden: bool,
        /// The clock now.
        now: f64,
    },
    /// The trainee puts the customer on hold (only while a reply is awaited): the reply clock
    /// stops, the hold's clock starts.
    StartHold {
        /// How.
        way: HoldWay,
        /// The clock now.
        now: f64,
    },
    /// The trainee comes back to the customer: the engine records the hold.
    EndHold {
        /// Whether the trainee thanks the customer for waiting.
        thanked: bool,
        /// The clock now.
        now: f64,
    },
    /// The trainee has read the coach's feedback and goes on.
    Continue {
        /// The clock now.
        now: f64,
    },
    /// The page was blocked for `ms` (a slow synchronous LMS commit): the reply clock gives
    /// that time back, so reporting never eats into the trainee's time.
    Stalled {
        /// How long the page was blocked.
        ms: f64,
    },
    /// The hold menu was opened or closed: the reply clock stops while it is open.
    HoldMenu {
        /// Open or closed.
        open: bool,
        /// The clock now.
        now: f64,
    },
    /// The customer's newest line has been delivered (said, or its speaking time is over, or
    /// the trainee skipped it): the replies and the reply clock may start (helper A, call feel).
    Delivered {
        /// The clock now.
        now: f64,
    },
}
