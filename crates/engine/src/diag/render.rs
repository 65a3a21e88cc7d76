//! Rendering a [`Msg`] in one language, from `locales/<lang>/author.ftl` (embedded) through
//! Fluent, so that plural rules are real (Polish one/few/many, Hungarian).
//!
//! The three bundles are parsed once per thread (a Fluent bundle is not `Sync`), isolation
//! marks off: the text is shown as it is, in a terminal or on a page. A message missing from a
//! language falls back to English, then to its id; [`problems`] says when that happens.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

use super::msg::{Arg, Msg};
use crate::Lang;

/// The author messages of `lang`, compiled into the binary.
pub fn ftl_source(lang: Lang) -> &'static str {
    match lang {
        Lang::Pl => include_str!("../../../../locales/pl/author.ftl"),
        Lang::Hu => include_str!("../../../../locales/hu/author.ftl"),
        Lang::En => include_str!("../../../../locales/en/author.ftl"),
    }
}

thread_local! {
    static BUNDLES: [FluentBundle<FluentResource>; 3] = Lang::ALL.map(bundle);
}

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    // A broken file still gives the messages it could parse; the tests parse it strictly.
    let resource =
        FluentResource::try_new(ftl_source(lang).to_owned()).unwrap_or_else(|(partial, _)| partial);
    let mut bundle = FluentBundle::new(vec![lang.code().parse().unwrap_or_default()]);
    bundle.set_use_isolating(false);
    // Only a duplicate id can fail here; the first definition stays.
    let _ = bundle.add_resource(resource);
    bundle
}

/// Who reads a message. An author of the file (the command line, the trainer's file page) is
/// told the file's own keys, in backticks; a trainer in the studio edits through forms, so a
/// message's `.studio` attribute, where it has one, says the same in the studio's words, and
/// what is left in backticks (an id, a word to type) is quoted as the language quotes.
#[derive(Clone, Copy)]
pub enum Audience<'a> {
    /// Someone writing the file: its keys, in backticks.
    File,
    /// A trainer in the studio: its field names, ids in quotation marks, and an argument the
    /// studio names in its own words (a skill, a grade, an outcome: `("skill", "empathy")` to
    /// "Empathy") given that name.
    Studio(&'a Names<'a>),
}

/// The studio's name for the value of an argument (`"skill"`, `"empathy"`), where it has one.
pub type Names<'a> = dyn Fn(&str, &str) -> Option<String> + 'a;

/// `msg` in `lang`.
pub fn render(lang: Lang, msg: &Msg) -> String {
    render_for(lang, msg, Audience::File)
}

/// `msg` in `lang`, for `audience`.
pub fn render_for(lang: Lang, msg: &Msg, audience: Audience) -> String {
    let mut problems = Vec::new();
    let text = format(lang, msg, audience, &mut problems);
    match audience {
        Audience::File => text,
        Audience::Studio(_) => quoted(lang, &text),
    }
}

/// `text` with each pair of backticks made the quotation marks of `lang`.
fn quoted(lang: Lang, text: &str) -> String {
    let (open, close) = match lang {
        Lang::En => ('“', '”'),
        Lang::Pl | Lang::Hu => ('„', '”'),
    };
    let mut inside = false;
    text.chars()
        .map(|c| match c {
            '`' => {
                inside = !inside;
                if inside { open } else { close }
            }
            c => c,
        })
        .collect()
}

/// What went wrong rendering `msg` in `lang`, nested messages included: a missing message (the
/// English or the id was shown instead), an unknown variable. Empty when all is well.
pub fn problems(lang: Lang, msg: &Msg, audience: Audience) -> Vec<String> {
    let mut problems = Vec::new();
    format(lang, msg, audience, &mut problems);
    problems
}

fn format(lang: Lang, msg: &Msg, audience: Audience, problems: &mut Vec<String>) -> String {
    let mut args = FluentArgs::new();
    for (name, value) in msg.args() {
        let value = match value {
            Arg::Text(s) => FluentValue::from(match audience {
                Audience::Studio(names) => names(name, s).unwrap_or_else(|| s.clone()),
                Audience::File => s.clone(),
            }),
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Msg(m) => FluentValue::from(format(lang, m, audience, problems)),
        };
        args.set(*name, value);
    }
    BUNDLES.with(|bundles| {
        let pattern = |lang: Lang| {
            let bundle = &bundles[lang.index()];
            let message = bundle.get_message(msg.id())?;
            let studio = match audience {
                Audience::Studio(_) => message.get_attribute("studio").map(|a| a.value()),
                Audience::File => None,
            };
            Some((bundle, studio.or(message.value())?))
        };
        let found = pattern(lang).or_else(|| {
            problems.push(format!("{}: no `{}`", lang.code(), msg.id()));
            pattern(Lang::En)
        });
        let Some((bundle, pattern)) = found else {
            return msg.id().to_owned();
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        problems.extend(
            errors
                .iter()
                .map(|e| format!("{}: `{}`: {e}", lang.code(), msg.id())),
        );
        text.into_owned()
    })
}
