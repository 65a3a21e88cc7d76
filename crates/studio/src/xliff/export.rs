//! Writes a file's texts as an XLIFF 2.0 document for one language pair, with the notes a
//! translator needs to translate a line they see out of the call: where it is, who says it to
//! whom, which wording of how many, and how Polish writes the forms of address.

use std::collections::HashSet;
use std::fmt::Write;

use calmline_engine::Lang;
use calmline_engine::address::Voice;
use toml_edit::{DocumentMut, Item};

use super::{NS, Piece, pieces};
use crate::draft::item;
use crate::path::{FieldPath, Step};

/// The XLIFF 2.0 document of `doc`'s texts, from `source` into `target`: one `<file>` named
/// `file_name`, one `<unit>` per text or wording with text in `source`, in the file's order.
/// The target language's text, where there is one, is the unit's `<target>`.
pub fn export(doc: &DocumentMut, file_name: &str, source: Lang, target: Lang) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<xliff xmlns=\"{NS}\" version=\"2.0\" srcLang=\"{source}\" trgLang=\"{target}\">"
    );
    let _ = writeln!(
        out,
        " <file id=\"f1\" original=\"{}\" canResegment=\"no\" xml:space=\"preserve\">",
        attribute(file_name)
    );
    let about = format!(
        "The texts of the CalmLine training call {file_name}. Each unit's name is the field it \
         fills in the file: keep names and ids as they are."
    );
    let _ = writeln!(
        out,
        "  <notes>\n   <note>{}</note>\n  </notes>",
        note(&about)
    );
    let pieces = pieces(doc, source);
    if pieces.is_empty() {
        // XLIFF wants at least one unit or group in a file; a file without text has neither.
        out.push_str("  <group id=\"empty\"/>\n");
    }
    let mut ids = HashSet::new();
    for piece in &pieces {
        unit(&mut out, doc, piece, source, target, &mut ids);
    }
    out.push_str(" </file>\n</xliff>\n");
    out
}

/// Writes the unit of one piece.
fn unit(
    out: &mut String,
    doc: &DocumentMut,
    piece: &Piece,
    source: Lang,
    target: Lang,
    ids: &mut HashSet<String>,
) {
    let name = piece.name();
    let id = unique_id(&name, ids);
    let text = piece.read(doc, source).unwrap_or_default();
    let translation = piece.read(doc, target).filter(|t| !t.trim().is_empty());
    let _ = writeln!(out, "  <unit id=\"{id}\" name=\"{}\">", attribute(&name));
    let notes = notes(doc, piece, source, target, text);
    if !notes.is_empty() {
        out.push_str("   <notes>\n");
        for (category, applies_to, text) in notes {
            let applies_to = applies_to
                .map(|a| format!(" appliesTo=\"{a}\""))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "    <note category=\"{category}\"{applies_to}>{}</note>",
                note(&text)
            );
        }
        out.push_str("   </notes>\n");
    }
    let state = if translation.is_some() {
        "translated"
    } else {
        "initial"
    };
    let _ = writeln!(out, "   <segment state=\"{state}\">");
    let _ = writeln!(out, "    <source>{}</source>", content(text));
    if let Some(translation) = translation {
        let _ = writeln!(out, "    <target>{}</target>", content(translation));
    }
    out.push_str("   </segment>\n  </unit>\n");
}

/// `u-` and the name with `[`, `]` and `.` spelled as dashes (an XML name token), unique.
fn unique_id(name: &str, taken: &mut HashSet<String>) -> String {
    let mut id = String::from("u-");
    for c in name.chars() {
        match c {
            '.' | '[' => id.push('-'),
            ']' => {}
            c if c.is_ascii_alphanumeric() || c == '_' || c == '-' => id.push(c),
            _ => id.push('_'),
        }
    }
    let mut unique = id.clone();
    let mut n = 1;
    while !taken.insert(unique.clone()) {
        n += 1;
        unique = format!("{id}.{n}");
    }
    unique
}

/// A note: its category, what it applies to, and its text.
type Note = (&'static str, Option<&'static str>, String);

/// The notes of one piece: where it is, what it is, which wording, and forms of address.
fn notes(doc: &DocumentMut, piece: &Piece, source: Lang, target: Lang, text: &str) -> Vec<Note> {
    let mut out = Vec::new();
    let place = location(doc, &piece.text);
    if !place.is_empty() {
        out.push(("location", None, format!("{place}.")));
    }
    let keys: Vec<&str> = (piece.text.0.iter())
        .filter_map(|s| match s {
            Step::Key(k) => Some(k.as_str()),
            Step::Index(_) => None,
        })
        .collect();
    let (role, voice) = role(&keys);
    if let Some(role) = role {
        let mut role = role.to_owned();
        if keys == ["turn", "reply", "text"] {
            let parent = FieldPath(piece.text.0[..piece.text.0.len() - 1].to_vec());
            match item(doc.as_item(), &parent.key("grade")).and_then(Item::as_str) {
                Some("best") => role.push_str(" It is the best reply."),
                Some(grade) => {
                    let _ = write!(
                        role,
                        " It is graded \"{grade}\" on purpose: translate its weaknesses as they \
                         are, do not improve it."
                    );
                }
                None => {}
            }
        }
        out.push(("role", None, role));
    }
    if let Some(choice) = alternatives(doc, piece, source) {
        out.push(("alternatives", None, choice));
    }
    if target == Lang::Pl
        && let Some(voice) = voice
    {
        let (who, examples) = match voice {
            Voice::Customer => (
                "the customer speaks to the agent",
                "{Pan|Pani}, {mógłby Pan|mogłaby Pani}, {Panu|Pani}",
            ),
            Voice::Agent => (
                "the agent speaks of themself",
                "sprawdził{em|am}, {zrobiłbym|zrobiłabym}",
            ),
            Voice::Trainer => (
                "the trainer speaks to the trainee, informally",
                "okazał{eś|aś}, {mógłbyś|mogłabyś}",
            ),
            Voice::Narrator => (
                "the trainee is told what happened",
                "zrobił{eś|aś}, and the customer's {Pan|Pani}",
            ),
        };
        let text = format!(
            "Forms of address: the trainee chooses to be addressed as Pan or Pani, so every word \
             that depends on it is written twice in braces, masculine first, \
             {{masculine|feminine}}; here {who}: {examples}. Braces are used for nothing else."
        );
        out.push(("forms-of-address", Some("target"), text));
    } else if source == Lang::Pl && target != Lang::Pl && text.contains('{') {
        let text = "Forms of address: the Polish text writes the words that depend on the \
                    trainee's gender twice in braces, masculine first ({Pan|Pani}, \
                    sprawdził{em|am}). Translate them once, without braces: braces are an error \
                    in Hungarian and English.";
        out.push(("forms-of-address", Some("source"), text.to_owned()));
    }
    out
}

/// Where a text is: `Turn 3 "opening", reply 1 "hurry"` (empty for the call's own texts).
fn location(doc: &DocumentMut, text: &FieldPath) -> String {
    let steps = &text.0;
    let mut parts = Vec::new();
    for (k, pair) in steps.windows(2).enumerate() {
        let [Step::Key(key), Step::Index(i)] = pair else {
            continue;
        };
        if k + 2 == steps.len() {
            // The text itself is the list's entry (a customer line): its variant note says which.
            continue;
        }
        let label = match key.as_str() {
            "hang_up" => "hang-up rule",
            "scenario" => "call",
            other => other,
        };
        let id = item(doc.as_item(), &FieldPath(steps[..k + 2].to_vec()).key("id"))
            .and_then(Item::as_str);
        parts.push(match id {
            Some(id) => format!("{label} {} \"{id}\"", i + 1),
            None => format!("{label} {}", i + 1),
        });
    }
    let mut place = parts.join(", ");
    if let Some(first) = place.get(..1) {
        place.replace_range(..1, &first.to_ascii_uppercase());
    }
    place
}

/// What a text is, by the keys of its path, and in whose voice (for Polish forms of address).
fn role(keys: &[&str]) -> (Option<&'static str>, Option<Voice>) {
    let (role, voice) = match keys {
        ["title"] | ["scenario", "title"] => ("The call's title, shown in the catalog.", None),
        ["summary"] | ["scenario", "summary"] => (
            "The call's summary, shown in the catalog and before the call, addressed to the \
             trainee.",
            Some(Voice::Trainer),
        ),
        ["self_care"] => (
            "A self-care tip shown to the trainee after the call.",
            Some(Voice::Trainer),
        ),
        ["customer", "name"] => (
            "The customer's name: each language gives the customer a name usual there.",
            None,
        ),
        ["turn", "line"] => (
            "What the customer says at this turn.",
            Some(Voice::Customer),
        ),
        ["turn", "silence", "line"] => (
            "What the customer says when the agent stays silent too long at this turn.",
            Some(Voice::Customer),
        ),
        ["turn", "silence", "feedback"] => (
            "The trainer's feedback to the trainee for staying silent at this turn.",
            Some(Voice::Trainer),
        ),
        ["turn", "reply", "text"] => (
            "What the agent says: one of the replies the trainee chooses from.",
            Some(Voice::Agent),
        ),
        ["turn", "reply", "feedback"] => (
            "The trainer's feedback to the trainee on this reply.",
            Some(Voice::Trainer),
        ),
        ["turn", "reply", "reaction"] => (
            "What the customer answers to this reply.",
            Some(Voice::Customer),
        ),
        ["hang_up", "feedback"] => (
            "The trainer's feedback when the trainee hangs up.",
            Some(Voice::Trainer),
        ),
        ["ending", "text"] => (
            "What happened after the call, told to the trainee at this ending.",
            Some(Voice::Narrator),
        ),
        ["ending", "debrief"] => (
            "The trainer's debrief for the trainee at this ending.",
            Some(Voice::Trainer),
        ),
        _ => return (None, None),
    };
    (Some(role), voice)
}

/// "Wording 2 of 3" of a reply, "variant 2 of 3" of a customer line; `None` when there is one.
fn alternatives(doc: &DocumentMut, piece: &Piece, source: Lang) -> Option<String> {
    if let Some(i) = piece.wording {
        let path = piece.text.clone().key(source.code());
        let n = item(doc.as_item(), &path)?.as_array()?.len();
        return (n > 1).then(|| {
            format!(
                "Wording {} of {n}: each call shows one of them, so each must stand on its own \
                 and mean the same as the others.",
                i + 1
            )
        });
    }
    let (Step::Index(i), list) = piece.text.0.split_last()? else {
        return None;
    };
    let found = item(doc.as_item(), &FieldPath(list.to_vec()))?;
    let n = found
        .as_array_of_tables()
        .map(|a| a.len())
        .or_else(|| found.as_array().map(|a| a.len()))?;
    (n > 1).then(|| {
        format!(
            "Variant {} of {n}: each call picks one of them, so each must stand on its own.",
            i + 1
        )
    })
}

/// Whether XML 1.0 can hold `c` as a character.
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | ' '..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// A string as `<source>` or `<target>` content: escaped, a carriage return as `&#13;` (which a
/// parser would otherwise turn into a line feed), any character XML cannot hold as `<cp/>`.
fn content(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            c if xml_char(c) => out.push(c),
            c => {
                let _ = write!(out, "<cp hex=\"{:04X}\"/>", u32::from(c));
            }
        }
    }
    out
}

/// Text of a note: escaped; characters XML cannot hold become U+FFFD.
fn note(text: &str) -> String {
    content(&text.replace(|c| !xml_char(c), "\u{FFFD}"))
}

/// An attribute value in double quotes: escaped, whitespace kept as character references.
fn attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '"' => out.push_str("&quot;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c if xml_char(c) => out.push(c),
            _ => out.push('\u{FFFD}'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_what_xml_cannot_hold_is_a_code_point() {
        assert_eq!(
            content("a & b < c > d\r\n\u{1}\u{FFFF}ő"),
            "a &amp; b &lt; c &gt; d&#13;\n<cp hex=\"0001\"/><cp hex=\"FFFF\"/>ő"
        );
        assert_eq!(
            attribute("a \"b\" & <c>\t\n"),
            "a &quot;b&quot; &amp; &lt;c>&#9;&#10;"
        );
        assert_eq!(note("x\u{0}y"), "x\u{FFFD}y");
    }

    #[test]
    fn ids_are_name_tokens_and_unique() {
        let mut taken = HashSet::new();
        assert_eq!(
            unique_id("turn[2].reply[0].text[1]", &mut taken),
            "u-turn-2-reply-0-text-1"
        );
        assert_eq!(unique_id("a-1", &mut taken), "u-a-1");
        assert_eq!(unique_id("a[1]", &mut taken), "u-a-1.2");
        assert_eq!(unique_id("title", &mut taken), "u-title");
    }
}
