//! The three languages of CalmLine: every scenario and the whole interface exist in each.
//!
//! The engine owns this type because scenario texts are keyed by it; the web app reuses it for the
//! interface so that there is one list of languages and one way to read a language tag.

use std::fmt;

/// A language of the interface and of the scenarios.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Lang {
    /// Polish.
    Pl,
    /// Hungarian.
    Hu,
    /// English, also the fallback for anything missing.
    En,
}

impl Lang {
    /// Every language, in the order the switcher shows them.
    pub const ALL: [Lang; 3] = [Lang::Pl, Lang::Hu, Lang::En];

    /// The BCP 47 code, as used in `<html lang>`, links, file names and scenario files.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Pl => "pl",
            Lang::Hu => "hu",
            Lang::En => "en",
        }
    }

    /// Reads a language tag such as `hu`, `pl-PL` or `EN-gb`; `None` for any other language.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?;
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(primary))
    }

    /// The position of this language in [`Lang::ALL`].
    pub const fn index(self) -> usize {
        match self {
            Lang::Pl => 0,
            Lang::Hu => 1,
            Lang::En => 2,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}
