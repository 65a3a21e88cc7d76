//! How Polish customers address the trainee: as a man (Pan) or as a woman (Pani).
//!
//! Polish marks the gender of the person spoken to ("Sprawdził Pan?" / "Sprawdziła Pani?") and of
//! a speaker in the past tense ("sprawdziłem" / "sprawdziłam"). Most agents in Polish call centres
//! are women, so the trainee chooses. Polish scenario text writes both forms in braces,
//! `{masculine|feminine}` (`Sprawdził{|a} {Pan|Pani}?`); this module resolves them, checks their
//! syntax, and finds the gendered words an author left without them. Hungarian and English have
//! no such forms, and braces there are an error.

use std::borrow::Cow;

#[cfg(feature = "authoring")]
use crate::diag::{Msg, msg};

/// How customers address the trainee in Polish calls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Address {
    /// "Pan": the masculine forms.
    #[default]
    Pan,
    /// "Pani": the feminine forms.
    Pani,
}

impl Address {
    /// Both forms, in the order settings show them.
    pub const ALL: [Address; 2] = [Address::Pan, Address::Pani];

    /// The id used in settings, saves and test names.
    pub const fn id(self) -> &'static str {
        match self {
            Address::Pan => "pan",
            Address::Pani => "pani",
        }
    }

    /// Reads an id written by [`Address::id`].
    pub fn from_id(id: &str) -> Option<Address> {
        Address::ALL.into_iter().find(|a| a.id() == id)
    }
}

/// `text` with every `{masculine|feminine}` pair replaced by the form for `address`. Borrows
/// when there is nothing to replace. Malformed braces (which the validator reports) are kept as
/// written.
pub fn resolve(text: &str, address: Address) -> Cow<'_, str> {
    if !text.contains('{') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match pair(after) {
            Some((m, f, len)) => {
                out.push_str(match address {
                    Address::Pan => m,
                    Address::Pani => f,
                });
                rest = &after[len + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The two forms of the pair that starts right after a `{`, and the length up to its `}`.
fn pair(after: &str) -> Option<(&str, &str, usize)> {
    let close = after.find('}')?;
    let inner = &after[..close];
    if inner.contains('{') {
        return None;
    }
    let (m, f) = inner.split_once('|')?;
    (!f.contains('|')).then_some((m, f, close))
}

#[cfg(feature = "authoring")]
/// What is wrong with the braces of a Polish text, if anything: every `{` opens a pair with one
/// `|` and a `}`, without nesting, and the two forms differ.
pub fn syntax_problem(text: &str) -> Option<Msg> {
    let mut rest = text;
    loop {
        let open = rest.find('{');
        let close = rest.find('}');
        match (open, close) {
            (None, None) => return None,
            (None, Some(_)) => return Some(msg!("diag-pair-close-alone")),
            (Some(o), Some(c)) if c < o => return Some(msg!("diag-pair-close-alone")),
            (Some(_), None) => return Some(msg!("diag-pair-open-alone")),
            (Some(o), Some(_)) => {
                let after = &rest[o + 1..];
                let Some((m, f, len)) = pair(after) else {
                    let inner = after.split('}').next().unwrap_or("");
                    return Some(msg!("diag-pair-not-a-pair", text = format!("{{{inner}")));
                };
                if m == f {
                    return Some(msg!("diag-pair-same-twice", text = format!("{{{m}|{f}}}")));
                }
                rest = &after[len + 1..];
            }
        }
    }
}

/// Whose words a text is, which decides the gendered words to look for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    /// The customer speaks to the agent ("Sprawdził Pan?"): forms of Pan and Pani.
    Customer,
    /// The agent speaks of themself ("sprawdziłem"): first-person past and conditional forms.
    Agent,
    /// The trainer speaks to the trainee, informally ("sprawdziłeś"): second-person forms.
    Trainer,
    /// Narration addressed to the trainee (an ending): both the trainer's forms and Pan/Pani.
    Narrator,
}

/// Forms of "Pan" and "Pani", which in a customer's words address the agent.
const ADDRESS_WORDS: [&str; 7] = ["pan", "pana", "panu", "panem", "panie", "pani", "panią"];

/// Instrumental nouns that end like first-person verbs ("z działem reklamacji").
const NOUNS: [&str; 22] = [
    "działem",
    "wydziałem",
    "rozdziałem",
    "przedziałem",
    "udziałem",
    "kanałem",
    "sygnałem",
    "materiałem",
    "potencjałem",
    "stołem",
    "kołem",
    "dołem",
    "czołem",
    "kościołem",
    "aniołem",
    "węzłem",
    "artykułem",
    "tytułem",
    "szczegółem",
    "michałem",
    "pawłem",
    "mułem",
];

/// The gendered words of `text` (Polish, spoken by `voice`) written outside `{…|…}` pairs: each
/// needs both forms.
pub fn unpaired_forms(text: &str, voice: Voice) -> Vec<String> {
    let plain = outside_pairs(text);
    plain
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .filter(|w| {
            let lower = w.to_lowercase();
            let address = ADDRESS_WORDS.contains(&lower.as_str());
            let first = ["łem", "łam", "łbym", "łabym"]
                .iter()
                .any(|end| lower.ends_with(end))
                && !NOUNS.contains(&lower.as_str());
            let second = ["łeś", "łaś", "łbyś", "łabyś"]
                .iter()
                .any(|end| lower.ends_with(end));
            match voice {
                Voice::Customer => address,
                Voice::Agent => first,
                Voice::Trainer => second,
                Voice::Narrator => second || address,
            }
        })
        .map(str::to_owned)
        .collect()
}

/// `text` with the `{…}` pairs blanked out.
fn outside_pairs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = 0,
            _ if depth > 0 => {}
            _ => out.push(c),
        }
        if depth > 0 && c == '{' {
            out.push(' ');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_both_forms() {
        let t = "Sprawdził{|a} {Pan|Pani}? Dziękuję {Panu|Pani}.";
        assert_eq!(resolve(t, Address::Pan), "Sprawdził Pan? Dziękuję Panu.");
        assert_eq!(resolve(t, Address::Pani), "Sprawdziła Pani? Dziękuję Pani.");
        assert!(matches!(
            resolve("bez par", Address::Pani),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn keeps_malformed_braces() {
        assert_eq!(resolve("a {b c", Address::Pani), "a {b c");
        assert_eq!(resolve("{a|b|c}", Address::Pan), "{a|b|c}");
    }

    #[test]
    fn reports_malformed_braces() {
        assert_eq!(syntax_problem("Sprawdził{|a} {Pan|Pani}"), None);
        for bad in [
            "{Pan",
            "Pan}",
            "{Pan}",
            "{a|b|c}",
            "{a{b|c}}",
            "{Pan|Pan}",
            "} {a|b}",
        ] {
            assert!(syntax_problem(bad).is_some(), "{bad}");
        }
    }

    #[test]
    fn finds_unpaired_forms_by_voice() {
        let customer = "Czy Pan mnie słucha? Byłem u was wczoraj, {proszę pana|proszę pani}.";
        assert_eq!(unpaired_forms(customer, Voice::Customer), ["Pan"]);
        let agent = "Sprawdziłem to z działem reklamacji i zrobił{bym|abym} więcej.";
        assert_eq!(unpaired_forms(agent, Voice::Agent), ["Sprawdziłem"]);
        let trainer = "Zapytałeś o szczegóły; dobrze, że {zrobiłeś|zrobiłaś} to spokojnie.";
        assert_eq!(unpaired_forms(trainer, Voice::Trainer), ["Zapytałeś"]);
        assert_eq!(
            unpaired_forms("Klient dziękuje Pani.", Voice::Narrator),
            ["Pani"]
        );
    }
}
