//! The customer "speaks": each new customer line is shown as being said (a "speaking…" sign)
//! and delivered after a short delay in proportion to its length, or, with the voice on, when
//! the voice has said it (at most [`SPEECH_CAP_MS`]). Only then do the replies and the reply
//! clock start ([`CallAction::Delivered`]); a "skip" button delivers it at once. A screen reader
//! hears the line once, when it lands in the transcript's live region.
//!
//! The delay: [`MS_PER_CHAR`] per character of what the customer says, at least [`MIN_MS`] and
//! at most [`MAX_MS`] (about the pace of reading it, never a long wait).

use std::cell::RefCell;
use std::rc::Rc;

use calmline_engine::Lang;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::sound::{self, SPEECH_CAP_MS};
use crate::call::{Call, CallAction, Line};
use crate::platform;

/// Milliseconds of "speaking" per character of the line.
pub const MS_PER_CHAR: u32 = 35;
/// The shortest delay.
pub const MIN_MS: u32 = 600;
/// The longest delay.
pub const MAX_MS: u32 = 3_000;

/// How long a line of `chars` characters takes to arrive without a voice.
pub fn speaking_ms(chars: usize) -> u32 {
    u32::try_from(chars)
        .unwrap_or(u32::MAX)
        .saturating_mul(MS_PER_CHAR)
        .clamp(MIN_MS, MAX_MS)
}

/// How many lines of the transcript are on screen: all of them, except, while the customer is
/// speaking, the customer's lines after the agent's last one.
pub fn shown_lines(lines: &[Line], speaking: bool) -> usize {
    if !speaking {
        return lines.len();
    }
    lines
        .iter()
        .rposition(|l| matches!(l, Line::Agent(..) | Line::AgentSilent(_) | Line::AgentEnded))
        .map_or(0, |i| i + 1)
}

/// Delivers the line being said when its time has come: `text` is what the customer says,
/// `waiting` whether it is being said now (not paused, hidden or behind coach feedback).
#[hook]
pub fn use_delivery(
    call: &Call,
    text: String,
    voice: bool,
    lang: Lang,
    on_action: Callback<CallAction>,
) {
    // Each line gets a number, so that a voice finishing an older line delivers nothing.
    let generation = use_mut_ref(|| 0_u32);
    let waiting = call.speaking && !call.feedback_open && !call.paused && !call.hidden;
    let moves = call.state.history().len();
    use_effect_with(
        (moves, waiting, text, voice, lang),
        move |(_, waiting, text, voice, lang)| {
            let this = {
                let mut g = generation.borrow_mut();
                *g = g.wrapping_add(1);
                *g
            };
            let timeout: Rc<RefCell<Option<Timeout>>> = Rc::default();
            if *waiting {
                let deliver = {
                    let generation = generation.clone();
                    move || {
                        if *generation.borrow() == this {
                            on_action.emit(CallAction::Delivered {
                                now: platform::now_ms(),
                            });
                        }
                    }
                };
                let spoken = *voice && sound::say(text, *lang, deliver.clone());
                let ms = if spoken {
                    SPEECH_CAP_MS
                } else {
                    speaking_ms(text.chars().count())
                };
                *timeout.borrow_mut() = Some(Timeout::new(ms, deliver));
            }
            move || drop(timeout.borrow_mut().take())
        },
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_delay_follows_the_length_within_bounds() {
        assert_eq!(speaking_ms(0), MIN_MS);
        assert_eq!(speaking_ms(10), MIN_MS);
        assert_eq!(speaking_ms(40), 1_400);
        assert_eq!(speaking_ms(85), 2_975);
        assert_eq!(speaking_ms(500), MAX_MS);
    }
}
