//! Finds the Polish words of a scenario that depend on the trainee's form of address but were
//! written in one form only: each text is read in the voice of whoever says it
//! ([`address::Voice`]), so a customer's "Pan" and an agent's "sprawdziłem" are flagged, while the
//! agent's "Pan" (the customer) and the customer's "byłem" (themself) are not.

use crate::Lang;
use crate::address::{self, Voice};
use crate::diag::{Msg, msg};
use crate::model::{EndingIx, Scenario, TurnIx};
use crate::text::Text;

/// A gendered word written without its pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unpaired {
    /// The turn the text belongs to, if any.
    pub turn: Option<TurnIx>,
    /// The ending the text belongs to, if any.
    pub ending: Option<EndingIx>,
    /// Which text, for the message ("line 2", "reply `calm` (feedback)").
    pub place: Msg,
    /// The word.
    pub word: String,
    /// Whether the text is the turn's silence (its line or feedback).
    pub silence: bool,
    /// The hang-up rule (its index) whose feedback the text is.
    pub hang_up: Option<usize>,
}

/// Every gendered word of `sc`'s Polish texts written without `{masculine|feminine}`.
pub fn unpaired(sc: &Scenario) -> Vec<Unpaired> {
    let mut out = Vec::new();
    let mut scan = |turn: Option<TurnIx>,
                    ending: Option<EndingIx>,
                    place: Msg,
                    text: &Text,
                    voice: Voice,
                    hang_up: Option<usize>| {
        let silence = matches!(
            place.id(),
            "diag-place-silence-line" | "diag-place-silence-feedback"
        );
        for word in address::unpaired_forms(text.raw(Lang::Pl), voice) {
            out.push(Unpaired {
                turn,
                ending,
                place: place.clone(),
                word,
                silence,
                hang_up,
            });
        }
    };
    scan(
        None,
        None,
        msg!("diag-place-summary"),
        &sc.summary,
        Voice::Trainer,
        None,
    );
    if let Some(tip) = &sc.self_care {
        scan(
            None,
            None,
            msg!("diag-place-self-care"),
            tip,
            Voice::Trainer,
            None,
        );
    }
    for (i, turn) in sc.turns.iter().enumerate() {
        let t = Some(TurnIx(i as u16));
        for (v, line) in turn.lines.iter().enumerate() {
            scan(
                t,
                None,
                msg!("diag-place-line", number = v + 1),
                line,
                Voice::Customer,
                None,
            );
        }
        scan(
            t,
            None,
            msg!("diag-place-silence-line"),
            &turn.silence.line,
            Voice::Customer,
            None,
        );
        scan(
            t,
            None,
            msg!("diag-place-silence-feedback"),
            &turn.silence.feedback,
            Voice::Trainer,
            None,
        );
        for reply in &turn.replies {
            for (w, text) in reply.wordings.iter().enumerate() {
                let place = msg!("diag-place-wording", reply = &reply.id, number = w + 1);
                scan(t, None, place, text, Voice::Agent, None);
            }
            if let Some(f) = &reply.feedback {
                scan(
                    t,
                    None,
                    msg!("diag-place-reply-feedback", reply = &reply.id),
                    f,
                    Voice::Trainer,
                    None,
                );
            }
            if let Some(r) = &reply.reaction {
                scan(
                    t,
                    None,
                    msg!("diag-place-reaction", reply = &reply.id),
                    r,
                    Voice::Customer,
                    None,
                );
            }
        }
    }
    for (i, rule) in sc.hang_up.iter().enumerate() {
        scan(
            None,
            Some(rule.ending),
            msg!("diag-place-hang-up-feedback"),
            &rule.feedback,
            Voice::Trainer,
            Some(i),
        );
    }
    for (i, ending) in sc.endings.iter().enumerate() {
        let e = Some(EndingIx(i as u16));
        scan(
            None,
            e,
            msg!("diag-place-ending-text"),
            &ending.text,
            Voice::Narrator,
            None,
        );
        scan(
            None,
            e,
            msg!("diag-place-debrief"),
            &ending.debrief,
            Voice::Trainer,
            None,
        );
    }
    out
}
