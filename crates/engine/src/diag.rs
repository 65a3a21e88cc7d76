//! Diagnostics: what is wrong in an author's file, and exactly where.
//!
//! Loading never stops at the first problem. Internally a problem carries a byte span; it becomes
//! a [`Diagnostic`] with file, line and column (both 1-based, columns counted in characters, as
//! editors count them) only when reported, so that the loader does not thread file names around.
//!
//! A problem's words are a [`Msg`] (an id of `locales/<lang>/author.ftl` and its arguments),
//! never English text: [`Diagnostic`] carries them rendered in English (the command line, the
//! tests) and renders them in any language on request (the trainer's page `#/own`).

mod msg;
mod render;

use std::fmt;
use std::ops::Range;

pub(crate) use msg::msg;
pub use msg::{Arg, Msg};
pub use render::{Audience, Names, ftl_source, problems, render, render_for};

use crate::Lang;

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Severity {
    /// The file cannot be played as it is.
    #[default]
    Error,
    /// The file plays, but a trainer would not sign what it teaches or scores. An error for the
    /// library's own files ([`crate::Report::for_library`]), a warning for a trainer's own.
    Warning,
}

/// One problem in a scenario or test-plan file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The file as the caller named it.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What is wrong, in English, without a trailing period.
    pub message: String,
    /// How to fix it, in English, when there is something useful to say.
    pub hint: Option<String>,
    /// What is wrong, to render in any language.
    pub what: Msg,
    /// How to fix it, to render in any language.
    pub fix: Option<Msg>,
}

impl Diagnostic {
    /// `file:line:column: severity: message` in `lang` (without the hint).
    pub fn headline(&self, lang: Lang) -> String {
        let severity = match self.severity {
            Severity::Error => msg!("diag-severity-error"),
            Severity::Warning => msg!("diag-severity-warning"),
        };
        format!(
            "{}:{}:{}: {}: {}",
            self.file,
            self.line,
            self.column,
            render(lang, &severity),
            self.message_in(lang)
        )
    }

    /// What is wrong, in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        render(lang, &self.what)
    }

    /// How to fix it, in `lang`.
    pub fn hint_in(&self, lang: Lang) -> Option<String> {
        self.fix.as_ref().map(|m| render(lang, m))
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Error => msg!("diag-severity-error"),
            Severity::Warning => msg!("diag-severity-warning"),
        };
        write!(
            f,
            "{}:{}:{}: {}: {}",
            self.file,
            self.line,
            self.column,
            render(Lang::En, &severity),
            self.message
        )?;
        if let Some(hint) = &self.hint {
            let label = render(Lang::En, &msg!("diag-hint"));
            write!(f, "\n  {label}: {hint}")?;
        }
        Ok(())
    }
}

/// A problem found while reading, located by byte span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Problem {
    pub severity: Severity,
    pub span: Range<usize>,
    pub message: Msg,
    pub hint: Option<Msg>,
}

/// Collects problems; every reader and check of one file writes into one of these.
#[derive(Debug, Default)]
pub(crate) struct Problems(pub Vec<Problem>);

impl Problems {
    fn push(&mut self, severity: Severity, span: Range<usize>, message: Msg, hint: Option<Msg>) {
        self.0.push(Problem {
            severity,
            span,
            message,
            hint,
        });
    }

    pub fn error(&mut self, span: Range<usize>, message: Msg) {
        self.push(Severity::Error, span, message, None);
    }

    pub fn hinted(&mut self, span: Range<usize>, message: Msg, hint: Msg) {
        self.push(Severity::Error, span, message, Some(hint));
    }

    /// A problem that lets the file play: see [`Severity::Warning`].
    pub fn warning(&mut self, span: Range<usize>, message: Msg, hint: Msg) {
        self.push(Severity::Warning, span, message, Some(hint));
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Turns the collected problems into located diagnostics, sorted by position.
    pub fn into_diagnostics(self, file: &str, source: &str) -> Vec<Diagnostic> {
        let index = LineIndex::new(source);
        let mut problems = self.0;
        problems.sort_by_key(|p| p.span.start);
        problems.dedup();
        problems
            .into_iter()
            .map(|p| {
                let (line, column) = index.locate(source, p.span.start);
                Diagnostic {
                    severity: p.severity,
                    file: file.to_owned(),
                    line,
                    column,
                    message: render(Lang::En, &p.message),
                    hint: p.hint.as_ref().map(|h| render(Lang::En, h)),
                    what: p.message,
                    fix: p.hint,
                }
            })
            .collect()
    }
}

/// Byte offsets of line starts, for turning a byte offset into a line and column.
pub(crate) struct LineIndex(Vec<usize>);

impl LineIndex {
    pub fn new(source: &str) -> LineIndex {
        let starts = std::iter::once(0)
            .chain(source.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex(starts)
    }

    /// 1-based line and column (in characters) of byte `offset`, clamped into the text.
    pub fn locate(&self, source: &str, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(source.len());
        while !source.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.0.partition_point(|&start| start <= offset).max(1);
        let start = self.0[line - 1];
        let column = source[start..offset].chars().count() + 1;
        (line, column)
    }
}

/// The 1-based line of byte `offset`.
pub(crate) fn line_of(source: &str, offset: usize) -> usize {
    source.as_bytes()[..offset.min(source.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// The closest of `candidates` to `word`, if it is close enough to be a likely typo.
pub(crate) fn suggest<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (edit_distance(word, c), c))
        .filter(|&(d, c)| d <= (c.len().max(word.len()) / 3).max(1))
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != cb))
                .min(row[j] + 1)
                .min(current + 1);
            prev = current;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_lines_and_columns_in_characters() {
        let src = "a = 1\nżółw = 2\n";
        let index = LineIndex::new(src);
        assert_eq!(index.locate(src, 0), (1, 1));
        assert_eq!(index.locate(src, 6), (2, 1));
        let eq = src.find(" = 2").unwrap();
        assert_eq!(index.locate(src, eq), (2, 5));
        assert_eq!(index.locate(src, 10_000), (3, 1));
    }

    #[test]
    fn suggests_close_names_only() {
        assert_eq!(suggest("feedbak", ["feedback", "text"]), Some("feedback"));
        assert_eq!(suggest("colour", ["feedback", "text"]), None);
    }
}
