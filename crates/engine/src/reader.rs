//! Typed reading of a spanned TOML document, collecting every problem instead of stopping.
//!
//! Serde would stop at the first error; authors want them all at once. These helpers read a value
//! of the expected shape or record a located problem and return `None`, so the loader can go on
//! and find the next one.

use std::borrow::Cow;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::address;
use crate::diag::{Problems, suggest};
use crate::{Lang, Text};

/// A spanned TOML value.
pub(crate) type Value<'i> = Spanned<DeValue<'i>>;

/// The largest file the loader reads, far above any hand-written scenario.
pub const MAX_FILE_BYTES: usize = 16 * 1024 * 1024;

/// A TOML table together with the span that locates it (its header, or the inline table).
#[derive(Clone, Copy)]
pub(crate) struct Obj<'a, 'i> {
    pub span: (usize, usize),
    pub table: &'a DeTable<'i>,
}

impl<'a, 'i> Obj<'a, 'i> {
    pub fn span(&self) -> Range<usize> {
        self.span.0..self.span.1
    }

    pub fn get(&self, key: &str) -> Option<&'a Value<'i>> {
        self.table
            .iter()
            .find(|(k, _)| k.get_ref().as_ref() == key)
            .map(|(_, v)| v)
    }

    pub fn entries(&self) -> impl Iterator<Item = (&'a Spanned<Cow<'i, str>>, &'a Value<'i>)> {
        self.table.iter()
    }
}

/// Parses `source` as TOML, recording every syntax error. `None` if the text is not a document
/// at all (then the problems say why).
pub(crate) fn parse<'i>(source: &'i str, problems: &mut Problems) -> Spanned<DeTable<'i>> {
    let (doc, errors) = DeTable::parse_recoverable(source);
    for error in errors {
        let span = error.span().unwrap_or(0..0);
        problems.hinted(
            span,
            format!("TOML syntax: {}", error.message().trim()),
            "see docs/scenario-format.md for the shape of a scenario file",
        );
    }
    doc
}

/// Decodes file bytes as UTF-8, or records where the first invalid byte is.
pub(crate) fn decode<'b>(bytes: &'b [u8], problems: &mut Problems) -> Option<&'b str> {
    if bytes.len() > MAX_FILE_BYTES {
        problems.hinted(
            0..0,
            format!(
                "the file is {} bytes, over the limit of {MAX_FILE_BYTES}",
                bytes.len()
            ),
            "split the content into several scenarios",
        );
        return None;
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Some(text),
        Err(e) => {
            let at = e.valid_up_to();
            problems.hinted(
                at..at,
                "the file is not UTF-8 text",
                "save the file as UTF-8 (scenario files are plain text)",
            );
            None
        }
    }
}

fn kind(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a number with a fraction",
        DeValue::Boolean(_) => "true or false",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(_) => "a list",
        DeValue::Table(_) => "a table",
    }
}

fn wrong_type(problems: &mut Problems, value: &Value<'_>, what: &str, expected: &str) {
    problems.error(
        value.span(),
        format!("{what} must be {expected}, not {}", kind(value.get_ref())),
    );
}

/// Reads a table, or records that `value` is something else.
pub(crate) fn obj<'a, 'i>(
    p: &mut Problems,
    value: &'a Value<'i>,
    what: &str,
) -> Option<Obj<'a, 'i>> {
    match value.get_ref() {
        DeValue::Table(table) => {
            let span = value.span();
            Some(Obj {
                span: (span.start, span.end),
                table,
            })
        }
        _ => {
            wrong_type(p, value, what, "a table");
            None
        }
    }
}

/// Records every key of `obj` that is not in `allowed`, suggesting the closest allowed one.
pub(crate) fn check_keys(p: &mut Problems, obj: Obj<'_, '_>, allowed: &[&str], what: &str) {
    for (key, _) in obj.entries() {
        let name = key.get_ref().as_ref();
        if allowed.contains(&name) {
            continue;
        }
        let hint = match suggest(name, allowed.iter().copied()) {
            Some(close) => format!("did you mean `{close}`?"),
            None => format!("{what} may contain: {}", allowed.join(", ")),
        };
        p.hinted(
            key.span(),
            format!("unknown field `{name}` in {what}"),
            hint,
        );
    }
}

/// The value of a required key, or a problem at the table saying it is missing.
pub(crate) fn required<'a, 'i>(
    p: &mut Problems,
    obj: Obj<'a, 'i>,
    key: &str,
    what: &str,
    example: &str,
) -> Option<&'a Value<'i>> {
    let value = obj.get(key);
    if value.is_none() {
        p.hinted(
            obj.span(),
            format!("{what} has no `{key}`"),
            format!("add `{key} = {example}`"),
        );
    }
    value
}

pub(crate) fn string(p: &mut Problems, value: &Value<'_>, what: &str) -> Option<String> {
    match value.get_ref() {
        DeValue::String(s) => Some(s.to_string()),
        _ => {
            wrong_type(p, value, what, "a string");
            None
        }
    }
}

/// Reads an integer within `min..=max`.
pub(crate) fn int(
    p: &mut Problems,
    value: &Value<'_>,
    what: &str,
    min: i64,
    max: i64,
) -> Option<i64> {
    let DeValue::Integer(i) = value.get_ref() else {
        wrong_type(p, value, what, "a whole number");
        return None;
    };
    match i64::from_str_radix(i.as_str(), i.radix()) {
        Ok(n) if (min..=max).contains(&n) => Some(n),
        parsed => {
            let shown = parsed.map_or_else(|_| i.as_str().to_owned(), |n| n.to_string());
            p.hinted(
                value.span(),
                format!("{what} {shown} is out of range"),
                format!("use a whole number from {min} to {max}"),
            );
            None
        }
    }
}

pub(crate) fn array<'a, 'i>(
    p: &mut Problems,
    value: &'a Value<'i>,
    what: &str,
) -> Option<&'a [Value<'i>]> {
    match value.get_ref() {
        DeValue::Array(items) => Some(items),
        _ => {
            wrong_type(p, value, what, "a list");
            None
        }
    }
}

/// Reads an id: 1 to 48 characters of lowercase ASCII letters, digits and single hyphens.
pub(crate) fn id(p: &mut Problems, value: &Value<'_>, what: &str) -> Option<Spanned<String>> {
    let s = string(p, value, what)?;
    let valid = (1..=48).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--");
    if valid {
        Some(Spanned::new(value.span(), s))
    } else {
        p.hinted(
            value.span(),
            format!("{what} `{s}` is not a valid id"),
            "use 1 to 48 lowercase letters, digits and single hyphens, such as `late-delivery`",
        );
        None
    }
}

/// Reads a text in all three languages: `{ pl = "…", hu = "…", en = "…" }`.
pub(crate) fn text(p: &mut Problems, value: &Value<'_>, what: &str) -> Option<Text> {
    let mut wordings = languages(p, value, what, false)?;
    Some(wordings.swap_remove(0))
}

/// Reads the wordings of a reply: a text whose languages are each one string or a list of
/// strings, the same number in every language.
pub(crate) fn wordings(p: &mut Problems, value: &Value<'_>, what: &str) -> Option<Vec<Text>> {
    languages(p, value, what, true)
}

/// Reads `{ pl, hu, en }` into one text per wording (one, unless `lists` allows lists).
fn languages(p: &mut Problems, value: &Value<'_>, what: &str, lists: bool) -> Option<Vec<Text>> {
    let table = obj(p, value, what)?;
    let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    check_keys(p, table, &codes, what);
    let mut texts: Vec<Text> = vec![Text::default()];
    let mut counts: Vec<(Lang, usize)> = Vec::new();
    for lang in Lang::ALL {
        let Some(v) = table.get(lang.code()) else {
            p.hinted(
                table.span(),
                format!("{what} has no {} text", language_name(lang)),
                format!(
                    "add `{} = \"…\"`: every text is needed in Polish, Hungarian and English",
                    lang.code()
                ),
            );
            continue;
        };
        let items: Vec<&Value<'_>> = match v.get_ref() {
            DeValue::Array(items) if lists => {
                if items.is_empty() {
                    p.hinted(
                        v.span(),
                        format!(
                            "{what} has an empty list of {} wordings",
                            language_name(lang)
                        ),
                        "give at least one wording",
                    );
                }
                items.iter().collect()
            }
            _ => vec![v],
        };
        counts.push((lang, items.len()));
        if texts.len() < items.len() {
            texts.resize(items.len(), Text::default());
        }
        for (i, item) in items.into_iter().enumerate() {
            let Some(s) = string(p, item, &format!("{what} ({})", lang.code())) else {
                continue;
            };
            if s.trim().is_empty() {
                p.hinted(
                    item.span(),
                    format!("{what} has an empty {} text", language_name(lang)),
                    "write the text, or remove the whole entry if it is not wanted",
                );
            }
            check_pairs(p, item, &s, lang, what);
            texts[i].set(lang, s.trim().to_owned());
        }
    }
    if let Some(&(_, n)) = counts.first() {
        if counts.iter().any(|&(_, m)| m != n) {
            let list: Vec<String> = counts
                .iter()
                .map(|(l, m)| format!("{} {m}", l.code()))
                .collect();
            p.hinted(
                table.span(),
                format!(
                    "{what} has a different number of wordings per language ({})",
                    list.join(", ")
                ),
                "wording 1 in Polish, Hungarian and English is one wording: give each language the same number",
            );
        }
    }
    Some(texts)
}

/// Checks the `{masculine|feminine}` pairs of a text: well formed in Polish, absent elsewhere.
fn check_pairs(p: &mut Problems, item: &Value<'_>, s: &str, lang: Lang, what: &str) {
    if lang == Lang::Pl {
        if let Some(problem) = address::syntax_problem(s) {
            p.hinted(
                item.span(),
                format!("{what} (pl): {problem}"),
                "Polish text writes the forms for a trainee addressed as Pan and as Pani as `{masculine|feminine}`, such as `Sprawdził{|a} {Pan|Pani}?`",
            );
        }
    } else if s.contains(['{', '}']) {
        p.hinted(
            item.span(),
            format!("{what} ({}) has braces", lang.code()),
            "only Polish text has `{masculine|feminine}` pairs; write the text without braces",
        );
    }
}

fn language_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Pl => "Polish",
        Lang::Hu => "Hungarian",
        Lang::En => "English",
    }
}

/// Reads a string that must be one of `options` (an enum in the format).
pub(crate) fn choice<T: Copy>(
    p: &mut Problems,
    value: &Value<'_>,
    what: &str,
    options: &[(&str, T)],
) -> Option<T> {
    let s = string(p, value, what)?;
    if let Some((_, v)) = options.iter().find(|(name, _)| *name == s) {
        return Some(*v);
    }
    let names: Vec<&str> = options.iter().map(|(n, _)| *n).collect();
    let hint = match suggest(&s, names.iter().copied()) {
        Some(close) => format!("did you mean `{close}`?"),
        None => format!("use one of: {}", names.join(", ")),
    };
    p.hinted(value.span(), format!("{what} `{s}` is not known"), hint);
    None
}
