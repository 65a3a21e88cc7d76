//! Localization of the interface: the three languages, Fluent bundles and locale negotiation.
//!
//! Every user-facing string of the interface comes from `locales/<lang>/main.ftl` through a
//! [`Locale`]; components never hold text. The player loads only the trainee's language
//! (`locales/<lang>.ftl`, fetched before the first render, see `src/main.rs`) and the others
//! after the first screen, so a switch is instant; builds with the `bundled-locales` feature
//! (the tests, the studio) carry all three. Every file names every language in its own words
//! (`language-name-<code>`), so the switcher needs no other file. A message missing from the
//! shown language falls back to English when English is loaded, else shows its id.

use std::rc::Rc;

use calmline_engine::{Address, Reader};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

pub use calmline_engine::Lang;

/// The interface messages of `lang`, compiled into builds with `bundled-locales`.
#[cfg(all(feature = "bundled-locales", not(feature = "authoring")))]
pub const fn ftl_source(lang: Lang) -> &'static str {
    match lang {
        Lang::Pl => include_str!("../locales/pl/main.ftl"),
        Lang::Hu => include_str!("../locales/hu/main.ftl"),
        Lang::En => include_str!("../locales/en/main.ftl"),
    }
}

/// The interface messages of `lang` with the studio's own (`locales/<lang>/studio.ftl`), which
/// only the authoring build carries.
#[cfg(all(feature = "bundled-locales", feature = "authoring"))]
pub const fn ftl_source(lang: Lang) -> &'static str {
    match lang {
        Lang::Pl => concat!(
            include_str!("../locales/pl/main.ftl"),
            "\n",
            include_str!("../locales/pl/studio.ftl")
        ),
        Lang::Hu => concat!(
            include_str!("../locales/hu/main.ftl"),
            "\n",
            include_str!("../locales/hu/studio.ftl")
        ),
        Lang::En => concat!(
            include_str!("../locales/en/main.ftl"),
            "\n",
            include_str!("../locales/en/studio.ftl")
        ),
    }
}

/// Picks the interface language: the trainee's saved choice, then the link's `lang`, then the
/// browser's languages in order, then English. Unknown tags are skipped.
pub fn negotiate(saved: Option<&str>, link: Option<&str>, browser: &[String]) -> Lang {
    saved
        .into_iter()
        .chain(link)
        .chain(browser.iter().map(String::as_str))
        .find_map(Lang::from_tag)
        .unwrap_or(Lang::En)
}

/// The language an LMS says the learner prefers: a BCP 47 tag (`hu-HU`, SCORM 2004 and
/// cmi5) or, as SCORM 1.2 LMSs often store it, the language's name in English or in itself.
pub fn lms_language(value: &str) -> Option<Lang> {
    let value = value.trim();
    Lang::from_tag(value).or_else(|| match value.to_lowercase().as_str() {
        "polish" | "polski" => Some(Lang::Pl),
        "hungarian" | "magyar" => Some(Lang::Hu),
        "english" => Some(Lang::En),
        _ => None,
    })
}

/// A problem in a localization file, found when it is parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FtlProblem {
    /// The language whose file has the problem.
    pub lang: Lang,
    /// What is wrong, as Fluent reports it.
    pub message: String,
}

type Bundle = FluentBundle<FluentResource>;

/// Parses one language's file; what Fluent cannot read is reported and skipped.
fn parse(lang: Lang, source: String, problems: &mut Vec<FtlProblem>) -> Bundle {
    let resource = match FluentResource::try_new(source) {
        Ok(resource) => resource,
        Err((partial, errors)) => {
            problems.extend(errors.into_iter().map(|e| FtlProblem {
                lang,
                message: e.to_string(),
            }));
            partial
        }
    };
    let langid = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![langid]);
    // The interface is left-to-right in every language; isolation marks would only get in the
    // way of screen readers and tests.
    bundle.set_use_isolating(false);
    if let Err(errors) = bundle.add_resource(resource) {
        problems.extend(errors.into_iter().map(|e| FtlProblem {
            lang,
            message: e.to_string(),
        }));
    }
    bundle
}

fn format(bundle: &Bundle, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

/// The interface text in the chosen language, shared through a Yew context.
///
/// Cheap to clone; two `Locale`s are equal when they show the same language from the same
/// bundles, so components re-render exactly when the language changes.
#[derive(Clone)]
pub struct Locale {
    /// The loaded languages, in [`Lang::ALL`]'s order.
    bundles: [Option<Rc<Bundle>>; 3],
    problems: Rc<Vec<FtlProblem>>,
    lang: Lang,
    address: Address,
}

impl PartialEq for Locale {
    fn eq(&self, other: &Self) -> bool {
        let same = |a: &Option<Rc<Bundle>>, b: &Option<Rc<Bundle>>| match (a, b) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        self.lang == other.lang
            && self.address == other.address
            && self
                .bundles
                .iter()
                .zip(&other.bundles)
                .all(|(a, b)| same(a, b))
    }
}

impl std::fmt::Debug for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locale").field("lang", &self.lang).finish()
    }
}

impl Locale {
    /// The three bundled localization files, showing `lang`.
    #[cfg(feature = "bundled-locales")]
    pub fn new(lang: Lang) -> Locale {
        let mut locale = Locale::empty(lang);
        for l in Lang::ALL {
            locale = locale.with_source(l, ftl_source(l).to_owned());
        }
        locale
    }

    /// No language loaded yet (every message shows its id): the state before the first file
    /// arrives, never shown to a trainee.
    pub fn empty(lang: Lang) -> Locale {
        Locale {
            bundles: [None, None, None],
            problems: Rc::new(Vec::new()),
            lang,
            address: Address::default(),
        }
    }

    /// The same locale with `lang`'s file (`source`, the text of `locales/<lang>.ftl`) loaded.
    pub fn with_source(&self, lang: Lang, source: String) -> Locale {
        let mut problems = (*self.problems).clone();
        let bundle = parse(lang, source, &mut problems);
        let mut next = self.clone();
        next.bundles[lang.index()] = Some(Rc::new(bundle));
        next.problems = Rc::new(problems);
        next
    }

    /// Whether `lang`'s file is loaded.
    pub fn has(&self, lang: Lang) -> bool {
        self.bundles[lang.index()].is_some()
    }

    /// The same bundles showing another language.
    pub fn with_lang(&self, lang: Lang) -> Locale {
        Locale {
            lang,
            ..self.clone()
        }
    }

    /// The same locale with scenario text addressing the trainee as `address` (Polish).
    pub fn with_address(&self, address: Address) -> Locale {
        Locale {
            address,
            ..self.clone()
        }
    }

    /// The language shown.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Who reads scenario text: the language shown and the trainee's form of address.
    pub fn reader(&self) -> Reader {
        Reader::new(self.lang, self.address)
    }

    /// Problems found while parsing the localization files (empty when they are well-formed).
    pub fn problems(&self) -> &[FtlProblem] {
        &self.problems
    }

    /// The message `id` in the chosen language.
    pub fn text(&self, id: &str) -> String {
        self.text_in(self.lang, id)
    }

    /// The message `id` in a given language, if that language is loaded (else as
    /// [`Locale::text`] resolves it).
    pub fn text_in(&self, lang: Lang, id: &str) -> String {
        self.resolve(lang, id, None)
    }

    /// The message `id` with arguments, such as a count that selects a plural form.
    pub fn text_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.resolve(self.lang, id, Some(&fluent_args))
    }

    /// The message `id` with `$count` set to `count`: the usual way to show a number with the
    /// right plural form (Polish `1 punkt`, `2 punkty`, `5 punktów`).
    pub fn count(&self, id: &str, count: i64) -> String {
        self.text_with(id, &[("count", FluentValue::from(count))])
    }

    /// A number given in tenths, with one decimal and the language's decimal separator
    /// (`2.5`, `2,5`).
    pub fn tenths(&self, tenths: u32) -> String {
        format!(
            "{}{}{}",
            tenths / 10,
            self.text("decimal-separator"),
            tenths % 10
        )
    }

    /// A whole number with the language's thousands separator from five digits on
    /// (`84,976,118`; `84 976 118` with no-break spaces in Polish and Hungarian).
    pub fn whole(&self, n: u64) -> String {
        let digits = n.to_string();
        if digits.len() < 5 {
            return digits;
        }
        let separator = self.text("thousands-separator");
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push_str(&separator);
            }
            out.push(c);
        }
        out
    }

    fn resolve(&self, lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
        let in_lang = |l: Lang| {
            self.bundles[l.index()]
                .as_deref()
                .and_then(|b| format(b, id, args))
        };
        in_lang(lang)
            .or_else(|| in_lang(self.lang))
            .or_else(|| in_lang(Lang::En))
            // Never panic over a missing message: show its id, which a test also catches.
            .unwrap_or_else(|| id.to_owned())
    }
}

/// The message ids a localization file defines, in file order (used to check that the three
/// languages define the same messages).
pub fn message_ids(source: &str) -> Vec<String> {
    use fluent_syntax::ast::Entry;
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((partial, _)) => partial,
    };
    resource
        .body
        .into_iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => Some(message.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_are_grouped_in_each_languages_way_from_five_digits() {
        let en = Locale::new(Lang::En);
        let pl = Locale::new(Lang::Pl);
        let hu = Locale::new(Lang::Hu);
        assert_eq!(en.whole(84_976_118), "84,976,118");
        assert_eq!(pl.whole(84_976_118), "84\u{a0}976\u{a0}118");
        assert_eq!(hu.whole(120_000), "120\u{a0}000");
        assert_eq!(en.whole(9_999), "9999");
        assert_eq!(pl.whole(12_345), "12\u{a0}345");
        assert_eq!(en.whole(0), "0");
    }

    #[test]
    fn language_tags_are_read_by_their_primary_subtag() {
        assert_eq!(Lang::from_tag("pl"), Some(Lang::Pl));
        assert_eq!(Lang::from_tag("hu-HU"), Some(Lang::Hu));
        assert_eq!(Lang::from_tag("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::from_tag("de-DE"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn an_lms_language_is_a_tag_or_a_name() {
        assert_eq!(lms_language("hu-HU"), Some(Lang::Hu));
        assert_eq!(lms_language(" Polish "), Some(Lang::Pl));
        assert_eq!(lms_language("magyar"), Some(Lang::Hu));
        assert_eq!(lms_language("English"), Some(Lang::En));
        assert_eq!(lms_language("Deutsch"), None);
    }

    #[test]
    fn negotiation_prefers_saved_then_link_then_browser_then_english() {
        let browser = vec!["de-DE".to_owned(), "hu".to_owned(), "pl".to_owned()];
        assert_eq!(negotiate(Some("pl"), Some("en"), &browser), Lang::Pl);
        assert_eq!(negotiate(None, Some("en"), &browser), Lang::En);
        assert_eq!(negotiate(None, None, &browser), Lang::Hu);
        assert_eq!(negotiate(None, None, &[]), Lang::En);
    }

    #[test]
    fn negotiation_skips_unknown_or_tampered_values() {
        let browser = vec!["fr".to_owned(), "pl-PL".to_owned()];
        assert_eq!(negotiate(Some("xx"), Some("<script>"), &browser), Lang::Pl);
    }

    #[test]
    fn localization_files_parse_without_problems() {
        assert_eq!(Locale::new(Lang::En).problems(), &[]);
    }

    #[test]
    fn every_language_defines_exactly_the_english_messages() {
        let english = message_ids(ftl_source(Lang::En));
        assert!(
            english.len() > 5,
            "the English file defines too few messages"
        );
        for lang in [Lang::Pl, Lang::Hu] {
            let mut ids = message_ids(ftl_source(lang));
            let mut expected = english.clone();
            ids.sort();
            expected.sort();
            assert_eq!(ids, expected, "messages of {:?} differ from English", lang);
        }
    }

    #[test]
    fn polish_points_use_one_few_and_many_forms() {
        let pl = Locale::new(Lang::Pl);
        let got: Vec<String> = [1, 2, 5, 12, 22, 25]
            .map(|n| pl.count("points", n))
            .to_vec();
        assert_eq!(
            got,
            [
                "1 punkt",
                "2 punkty",
                "5 punktów",
                "12 punktów",
                "22 punkty",
                "25 punktów"
            ]
        );
    }

    #[test]
    fn polish_call_counts_agree_with_the_number() {
        let pl = Locale::new(Lang::Pl);
        let got: Vec<String> = [1, 2, 5, 12, 22, 25]
            .map(|n| pl.count("catalog-count", n))
            .to_vec();
        assert_eq!(
            got,
            [
                "1 rozmowa treningowa",
                "2 rozmowy treningowe",
                "5 rozmów treningowych",
                "12 rozmów treningowych",
                "22 rozmowy treningowe",
                "25 rozmów treningowych"
            ]
        );
    }

    #[test]
    fn hungarian_nouns_stay_singular_after_numbers() {
        let hu = Locale::new(Lang::Hu);
        let points: Vec<String> = [1, 2, 5, 12, 22, 25]
            .map(|n| hu.count("points", n))
            .to_vec();
        assert_eq!(
            points,
            [
                "1 pont", "2 pont", "5 pont", "12 pont", "22 pont", "25 pont"
            ]
        );
        let calls: Vec<String> = [1, 2, 5, 12, 22, 25]
            .map(|n| hu.count("catalog-count", n))
            .to_vec();
        assert_eq!(
            calls,
            [
                "1 gyakorlóhívás",
                "2 gyakorlóhívás",
                "5 gyakorlóhívás",
                "12 gyakorlóhívás",
                "22 gyakorlóhívás",
                "25 gyakorlóhívás"
            ]
        );
    }

    #[test]
    fn english_uses_singular_only_for_one() {
        let en = Locale::new(Lang::En);
        let got: Vec<String> = [1, 2, 5, 12, 22, 25]
            .map(|n| en.count("points", n))
            .to_vec();
        assert_eq!(
            got,
            [
                "1 point",
                "2 points",
                "5 points",
                "12 points",
                "22 points",
                "25 points"
            ]
        );
    }

    #[test]
    fn zero_calls_reads_as_a_sentence_in_every_language() {
        let en = Locale::new(Lang::En);
        assert_eq!(en.count("catalog-count", 0), "No training calls match");
        assert_eq!(
            en.with_lang(Lang::Pl).count("catalog-count", 0),
            "Żadna rozmowa nie pasuje do wybranych filtrów"
        );
        assert_eq!(
            en.with_lang(Lang::Hu).count("catalog-count", 0),
            "Egyetlen hívás sem felel meg"
        );
    }

    #[test]
    fn a_missing_message_falls_back_to_its_id_without_panicking() {
        let pl = Locale::new(Lang::Pl);
        assert_eq!(pl.text("no-such-message"), "no-such-message");
    }
}
