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
use crate::diag::{Msg, Problems, msg, suggest};
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
            msg!("diag-toml-syntax", detail = error.message().trim()),
            msg!("diag-toml-syntax-hint"),
        );
    }
    doc
}

/// Decodes file bytes as UTF-8, or records where the first invalid byte is.
pub(crate) fn decode<'b>(bytes: &'b [u8], problems: &mut Problems) -> Option<&'b str> {
    if bytes.len() > MAX_FILE_BYTES {
        problems.hinted(
            0..0,
            msg!(
                "diag-file-too-big",
                bytes = bytes.len(),
                limit = MAX_FILE_BYTES
            ),
            msg!("diag-file-too-big-hint"),
        );
        return None;
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Some(text),
        Err(e) => {
            let at = e.valid_up_to();
            problems.hinted(at..at, msg!("diag-not-utf8"), msg!("diag-not-utf8-hint"));
            None
        }
    }
}

fn kind(value: &DeValue<'_>) -> Msg {
    match value {
        DeValue::String(_) => msg!("diag-kind-string"),
        DeValue::Integer(_) => msg!("diag-kind-integer"),
        DeValue::Float(_) => msg!("diag-kind-float"),
        DeValue::Boolean(_) => msg!("diag-kind-bool"),
        DeValue::Datetime(_) => msg!("diag-kind-date"),
        DeValue::Array(_) => msg!("diag-kind-list"),
        DeValue::Table(_) => msg!("diag-kind-table"),
    }
}

fn wrong_type(problems: &mut Problems, value: &Value<'_>, what: &Msg, expected: Msg) {
    problems.error(
        value.span(),
        msg!(
            "diag-wrong-type",
            what = what,
            expected = expected,
            actual = kind(value.get_ref())
        ),
    );
}

/// Reads a table, or records that `value` is something else.
pub(crate) fn obj<'a, 'i>(
    p: &mut Problems,
    value: &'a Value<'i>,
    what: &Msg,
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
            wrong_type(p, value, what, msg!("diag-kind-table"));
            None
        }
    }
}

/// Records every key of `obj` that is not in `allowed`, suggesting the closest allowed one.
pub(crate) fn check_keys(p: &mut Problems, obj: Obj<'_, '_>, allowed: &[&str], what: &Msg) {
    for (key, _) in obj.entries() {
        let name = key.get_ref().as_ref();
        if allowed.contains(&name) {
            continue;
        }
        let hint = match suggest(name, allowed.iter().copied()) {
            Some(close) => msg!("diag-did-you-mean", name = close),
            None => msg!("diag-may-contain", what = what, fields = allowed.join(", ")),
        };
        p.hinted(
            key.span(),
            msg!("diag-unknown-field", name = name, what = what),
            hint,
        );
    }
}

/// The value of a required key, or a problem at the table saying it is missing.
pub(crate) fn required<'a, 'i>(
    p: &mut Problems,
    obj: Obj<'a, 'i>,
    key: &str,
    what: &Msg,
    example: &str,
) -> Option<&'a Value<'i>> {
    let value = obj.get(key);
    if value.is_none() {
        p.hinted(
            obj.span(),
            msg!("diag-missing-field", what = what, key = key),
            msg!("diag-missing-field-hint", key = key, example = example),
        );
    }
    value
}

pub(crate) fn string(p: &mut Problems, value: &Value<'_>, what: &Msg) -> Option<String> {
    match value.get_ref() {
        DeValue::String(s) => Some(s.to_string()),
        _ => {
            wrong_type(p, value, what, msg!("diag-kind-string"));
            None
        }
    }
}

/// Reads an integer within `min..=max`.
pub(crate) fn int(
    p: &mut Problems,
    value: &Value<'_>,
    what: &Msg,
    min: i64,
    max: i64,
) -> Option<i64> {
    let DeValue::Integer(i) = value.get_ref() else {
        wrong_type(p, value, what, msg!("diag-kind-whole-number"));
        return None;
    };
    match i64::from_str_radix(i.as_str(), i.radix()) {
        Ok(n) if (min..=max).contains(&n) => Some(n),
        parsed => {
            let shown = parsed.map_or_else(|_| i.as_str().to_owned(), |n| n.to_string());
            p.hinted(
                value.span(),
                msg!("diag-out-of-range", what = what, value = shown),
                msg!("diag-out-of-range-hint", min = min, max = max),
            );
            None
        }
    }
}

pub(crate) fn array<'a, 'i>(
    p: &mut Problems,
    value: &'a Value<'i>,
    what: &Msg,
) -> Option<&'a [Value<'i>]> {
    match value.get_ref() {
        DeValue::Array(items) => Some(items),
        _ => {
            wrong_type(p, value, what, msg!("diag-kind-list"));
            None
        }
    }
}

/// Whether `s` is an id the format takes: 1 to 48 lowercase letters, digits and single hyphens,
/// no hyphen first or last. A call's id is also its file's name.
pub fn is_id(s: &str) -> bool {
    (1..=48).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
}

/// Reads an id ([`is_id`]), or says why it is not one.
pub(crate) fn id(p: &mut Problems, value: &Value<'_>, what: &Msg) -> Option<Spanned<String>> {
    let s = string(p, value, what)?;
    if is_id(&s) {
        Some(Spanned::new(value.span(), s))
    } else if s.is_empty() {
        // Not yet written (a new call in the studio starts without its id): not "`` is not valid".
        p.hinted(
            value.span(),
            msg!("diag-empty-id", what = what),
            msg!("diag-empty-id-hint"),
        );
        None
    } else {
        p.hinted(
            value.span(),
            msg!("diag-invalid-id", what = what, id = s),
            msg!("diag-invalid-id-hint"),
        );
        None
    }
}

/// Reads a text in all three languages: `{ pl = "…", hu = "…", en = "…" }`.
pub(crate) fn text(p: &mut Problems, value: &Value<'_>, what: &Msg) -> Option<Text> {
    let mut wordings = languages(p, value, what, false)?;
    Some(wordings.swap_remove(0))
}

/// Reads the wordings of a reply: a text whose languages are each one string or a list of
/// strings, the same number in every language.
pub(crate) fn wordings(p: &mut Problems, value: &Value<'_>, what: &Msg) -> Option<Vec<Text>> {
    languages(p, value, what, true)
}

/// Reads `{ pl, hu, en }` into one text per wording (one, unless `lists` allows lists).
fn languages(p: &mut Problems, value: &Value<'_>, what: &Msg, lists: bool) -> Option<Vec<Text>> {
    let table = obj(p, value, what)?;
    let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    check_keys(p, table, &codes, what);
    let mut texts: Vec<Text> = vec![Text::default()];
    let mut counts: Vec<(Lang, usize)> = Vec::new();
    for lang in Lang::ALL {
        let Some(v) = table.get(lang.code()) else {
            p.hinted(
                table.span(),
                msg!(
                    "diag-missing-language",
                    what = what,
                    language = language_name(lang)
                ),
                msg!("diag-missing-language-hint", code = lang.code()),
            );
            continue;
        };
        let items: Vec<&Value<'_>> = match v.get_ref() {
            DeValue::Array(items) if lists => {
                if items.is_empty() {
                    p.hinted(
                        v.span(),
                        msg!(
                            "diag-empty-wordings",
                            what = what,
                            language = language_name(lang)
                        ),
                        msg!("diag-empty-wordings-hint"),
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
            let Some(s) = string(
                p,
                item,
                &msg!("diag-what-in-lang", what = what, code = lang.code()),
            ) else {
                continue;
            };
            if s.trim().is_empty() {
                p.hinted(
                    item.span(),
                    msg!(
                        "diag-empty-text",
                        what = what,
                        language = language_name(lang)
                    ),
                    msg!("diag-empty-text-hint"),
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
                msg!("diag-wording-counts", what = what, counts = list.join(", ")),
                msg!("diag-wording-counts-hint"),
            );
        }
    }
    Some(texts)
}

/// Checks the `{masculine|feminine}` pairs of a text: well formed in Polish, absent elsewhere.
fn check_pairs(p: &mut Problems, item: &Value<'_>, s: &str, lang: Lang, what: &Msg) {
    if lang == Lang::Pl {
        if let Some(problem) = address::syntax_problem(s) {
            p.hinted(
                item.span(),
                msg!("diag-pair-syntax", what = what, problem = problem),
                msg!("diag-pair-syntax-hint"),
            );
        }
    } else if s.contains(['{', '}']) {
        p.hinted(
            item.span(),
            msg!("diag-braces", what = what, code = lang.code()),
            msg!("diag-braces-hint"),
        );
    }
}

fn language_name(lang: Lang) -> Msg {
    match lang {
        Lang::Pl => msg!("diag-lang-pl"),
        Lang::Hu => msg!("diag-lang-hu"),
        Lang::En => msg!("diag-lang-en"),
    }
}

/// Reads a string that must be one of `options` (an enum in the format).
pub(crate) fn choice<T: Copy>(
    p: &mut Problems,
    value: &Value<'_>,
    what: &Msg,
    options: &[(&str, T)],
) -> Option<T> {
    let s = string(p, value, what)?;
    if let Some((_, v)) = options.iter().find(|(name, _)| *name == s) {
        return Some(*v);
    }
    let names: Vec<&str> = options.iter().map(|(n, _)| *n).collect();
    let hint = match suggest(&s, names.iter().copied()) {
        Some(close) => msg!("diag-did-you-mean", name = close),
        None => msg!("diag-use-one-of", options = names.join(", ")),
    };
    p.hinted(
        value.span(),
        msg!("diag-unknown-value", what = what, value = s),
        hint,
    );
    None
}
