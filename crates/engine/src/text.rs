//! Text written by a scenario author, in all three languages side by side.
//!
//! The engine never picks a language: events carry ids, and the edge asks a [`Text`] for the
//! reader's language at render time, so switching language mid-call re-renders everything.

use std::borrow::Cow;

use crate::Lang;
use crate::address::{self, Address};

/// Who reads a text: the language, and for Polish the form of address the trainee chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Reader {
    /// The language of the text.
    pub lang: Lang,
    /// How Polish customers address the trainee (ignored in other languages).
    pub address: Address,
}

impl Reader {
    /// A reader of `lang` addressed as `address`.
    pub const fn new(lang: Lang, address: Address) -> Reader {
        Reader { lang, address }
    }
}

/// One piece of scenario text in Polish, Hungarian and English.
///
/// The validator rejects a scenario with a language missing, so in a loaded scenario every
/// language is present; [`Text::get`] still falls back to English, then to any language, rather
/// than fail, for scenarios loaded with problems.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Text([String; 3]);

impl Text {
    /// Builds a text from its three translations.
    pub fn new(pl: impl Into<String>, hu: impl Into<String>, en: impl Into<String>) -> Text {
        Text([pl.into(), hu.into(), en.into()])
    }

    /// The text for `reader`: in their language (falling back like [`Text::raw`]), with the
    /// Polish `{masculine|feminine}` pairs resolved for their form of address.
    pub fn get(&self, reader: Reader) -> Cow<'_, str> {
        address::resolve(self.raw(reader.lang), reader.address)
    }

    /// The text in `lang` as written, pairs and all, falling back to English, then to the first
    /// language that has it.
    pub fn raw(&self, lang: Lang) -> &str {
        [lang, Lang::En, Lang::Pl, Lang::Hu]
            .into_iter()
            .map(|l| self.0[l.index()].as_str())
            .find(|s| !s.is_empty())
            .unwrap_or("")
    }

    /// The text in `lang` exactly as written, empty if the author left it out.
    pub fn exact(&self, lang: Lang) -> &str {
        &self.0[lang.index()]
    }

    #[cfg(feature = "authoring")]
    pub(crate) fn set(&mut self, lang: Lang, text: String) {
        self.0[lang.index()] = text;
    }
}
