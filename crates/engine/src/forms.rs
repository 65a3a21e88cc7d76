//! Finds the Polish words of a scenario that depend on the trainee's form of address but were
//! written in one form only: each text is read in the voice of whoever says it
//! ([`address::Voice`]), so a customer's "Pan" and an agent's "sprawdziłem" are flagged, while the
//! agent's "Pan" (the customer) and the customer's "byłem" (themself) are not.

use crate::Lang;
use crate::address::{self, Voice};
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
    pub place: String,
    /// The word.
    pub word: String,
}

/// Every gendered word of `sc`'s Polish texts written without `{masculine|feminine}`.
pub fn unpaired(sc: &Scenario) -> Vec<Unpaired> {
    let mut out = Vec::new();
    let mut scan = |turn: Option<TurnIx>,
                    ending: Option<EndingIx>,
                    place: String,
                    text: &Text,
                    voice: Voice| {
        for word in address::unpaired_forms(text.raw(Lang::Pl), voice) {
            out.push(Unpaired {
                turn,
                ending,
                place: place.clone(),
                word,
            });
        }
    };
    scan(
        None,
        None,
        "the summary".into(),
        &sc.summary,
        Voice::Trainer,
    );
    if let Some(tip) = &sc.self_care {
        scan(None, None, "the self-care tip".into(), tip, Voice::Trainer);
    }
    for (i, turn) in sc.turns.iter().enumerate() {
        let t = Some(TurnIx(i as u16));
        for (v, line) in turn.lines.iter().enumerate() {
            scan(t, None, format!("line {}", v + 1), line, Voice::Customer);
        }
        scan(
            t,
            None,
            "the silence line".into(),
            &turn.silence.line,
            Voice::Customer,
        );
        scan(
            t,
            None,
            "the silence feedback".into(),
            &turn.silence.feedback,
            Voice::Trainer,
        );
        for reply in &turn.replies {
            for (w, text) in reply.wordings.iter().enumerate() {
                let place = format!("reply `{}` (wording {})", reply.id, w + 1);
                scan(t, None, place, text, Voice::Agent);
            }
            if let Some(f) = &reply.feedback {
                scan(
                    t,
                    None,
                    format!("reply `{}` (feedback)", reply.id),
                    f,
                    Voice::Trainer,
                );
            }
            if let Some(r) = &reply.reaction {
                scan(
                    t,
                    None,
                    format!("reply `{}` (reaction)", reply.id),
                    r,
                    Voice::Customer,
                );
            }
        }
    }
    for rule in &sc.hang_up {
        scan(
            None,
            Some(rule.ending),
            "a `[[hang_up]]` feedback".into(),
            &rule.feedback,
            Voice::Trainer,
        );
    }
    for (i, ending) in sc.endings.iter().enumerate() {
        let e = Some(EndingIx(i as u16));
        scan(None, e, "the text".into(), &ending.text, Voice::Narrator);
        scan(
            None,
            e,
            "the debrief".into(),
            &ending.debrief,
            Voice::Trainer,
        );
    }
    out
}
