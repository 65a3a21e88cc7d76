//! How the studio says a validator's message to the trainer: in the interface language, a
//! value the message names (a skill, a grade, an outcome, a language, a version of the call) in
//! the words the forms and the player use, and a check that holds alike for several versions of
//! the call said once. Shared by the problem list, the fields and the verdicts.

use calmline_engine::model::{Grade, Outcome};
use calmline_engine::{Lang, Msg, Skill, diag, quality, strategy};

use crate::i18n::Locale;

/// The studio's own name for a value a message names (a skill, a grade, an outcome, as its
/// forms and the player name them; a language or a version of the call the quality bar checked,
/// "Polish, trainee addressed as Pan"); `None` for anything else, which stays as written.
fn value_name(locale: &Locale, arg: &str, value: &str) -> Option<String> {
    let known = match arg {
        "skill" => Skill::ALL
            .iter()
            .any(|s| s.id() == value)
            .then_some("skill-"),
        "grade" | "worse" => Grade::ALL
            .iter()
            .any(|(id, _)| *id == value)
            .then_some("grade-"),
        "outcome" => Outcome::ALL
            .iter()
            .any(|(id, _)| *id == value)
            .then_some("outcome-"),
        // The quality bar's language (`pl`) and reader (`pl (Pan)`): "Polish, addressed as Pan";
        // the language of a text (`code`): "turn “x”, line 1 (Polish)", never "(pl)".
        "lang" | "code" => Lang::ALL
            .iter()
            .any(|l| l.code() == value)
            .then_some("studio-reader-"),
        "reader" => {
            let reader = strategy::READERS
                .into_iter()
                .find(|r| quality::reader_name(*r) == value)?;
            let key = match reader.lang {
                Lang::Pl => format!("studio-reader-pl-{}", reader.address.id()),
                lang => format!("studio-reader-{}", lang.code()),
            };
            return Some(locale.text(&key));
        }
        _ => None,
    };
    known.map(|prefix| locale.text(&format!("{prefix}{value}")))
}

/// `msg` as the studio says it to the trainer, in `locale`'s language.
pub(super) fn say(locale: &Locale, msg: &Msg) -> String {
    let names = |arg: &str, value: &str| value_name(locale, arg, value);
    diag::render_for(locale.lang(), msg, diag::Audience::Studio(&names))
}

/// The arguments that name the version of the call a quality check is about.
const VERSION_ARGS: [&str; 2] = ["lang", "reader"];

/// `msgs` as the studio says them, a message that holds the same for several versions of the call
/// (languages, forms of address: the same id and the same numbers) said once, naming them all,
/// or "every version" (QA round 3: the same five sentences came four times each).
pub(super) fn say_once_per_versions(locale: &Locale, msgs: &[&Msg]) -> Vec<String> {
    let rest = |m: &Msg| -> Vec<(&'static str, diag::Arg)> {
        m.args()
            .iter()
            .filter(|(name, _)| !VERSION_ARGS.contains(name))
            .cloned()
            .collect()
    };
    // (the message, the name of its version argument, the versions it holds for)
    let mut merged: Vec<(&Msg, Option<&'static str>, Vec<String>)> = Vec::new();
    for &m in msgs {
        let version = m.args().iter().find_map(|(name, value)| match value {
            diag::Arg::Text(v) if VERSION_ARGS.contains(name) => Some((*name, v.clone())),
            _ => None,
        });
        let same = merged.iter_mut().find(|(other, arg, _)| {
            other.id() == m.id() && *arg == version.as_ref().map(|v| v.0) && rest(other) == rest(m)
        });
        match (same, version) {
            (Some((_, _, versions)), Some((_, v))) => versions.push(v),
            (_, version) => {
                let arg = version.as_ref().map(|v| v.0);
                merged.push((m, arg, version.map(|v| v.1).into_iter().collect()))
            }
        }
    }
    // Every version there is: every reader (language and form of address), or every language.
    let every = |arg: &str, n: usize| match arg {
        "reader" => (n == strategy::READERS.len()).then_some("studio-reader-every"),
        _ => (n == Lang::ALL.len()).then_some("studio-reader-every-lang"),
    };
    merged
        .into_iter()
        .map(|(m, arg, versions)| match arg {
            Some(arg) if versions.len() > 1 => {
                let named = if let Some(every) = every(arg, versions.len()) {
                    locale.text(every)
                } else {
                    versions
                        .iter()
                        .map(|v| value_name(locale, arg, v).unwrap_or_else(|| v.clone()))
                        .collect::<Vec<_>>()
                        .join("; ")
                };
                let once = m
                    .args()
                    .iter()
                    .fold(Msg::new(m.id()), |once, (name, value)| {
                        if *name == arg {
                            once.with(name, diag::Arg::Text(named.clone()))
                        } else {
                            once.with(name, value.clone())
                        }
                    });
                say(locale, &once)
            }
            _ => say(locale, m),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang as UiLang;

    /// The quality bar names a version of the call as the command line prints it (`pl (Pan)`,
    /// `hu`); the studio says it in words in every language, and each version apart.
    #[test]
    fn every_version_the_quality_bar_checks_is_named_in_words() {
        for ui in [UiLang::Pl, UiLang::Hu, UiLang::En] {
            let locale = Locale::new(ui);
            let names: Vec<String> = strategy::READERS
                .into_iter()
                .map(|r| {
                    value_name(&locale, "reader", &quality::reader_name(r))
                        .expect("a known version")
                })
                .collect();
            for name in &names {
                assert!(!name.contains("studio-") && !name.contains('('), "{name}");
            }
            let mut apart = names.clone();
            apart.sort();
            apart.dedup();
            assert_eq!(apart.len(), names.len(), "{names:?}");
            for lang in Lang::ALL {
                let name = value_name(&locale, "lang", lang.code()).expect("a language");
                assert!(!name.contains("studio-"), "{name}");
            }
            assert_eq!(value_name(&locale, "reader", "xx (Pan)"), None);
        }
    }

    /// A text's language is named in words, never by its code (QA round 3, mi-a).
    #[test]
    fn a_texts_language_is_said_in_words() {
        let locale = Locale::new(UiLang::En);
        let what = Msg::new("diag-what-turn").with("id", "greeting");
        let line = Msg::new("diag-what-in-lang")
            .with("what", diag::Arg::Msg(what.clone()))
            .with("code", "hu");
        assert_eq!(say(&locale, &line), "turn “greeting” (Hungarian)");
        let unpaired = Msg::new("diag-unpaired")
            .with("whose", diag::Arg::Msg(what))
            .with("place", diag::Arg::Msg(Msg::new("diag-place-summary")))
            .with("word", "Uspokoiłeś");
        let said = say(&Locale::new(UiLang::Pl), &unpaired);
        assert!(
            !said.contains("(pl)") && said.contains("(wersja polska)"),
            "{said}"
        );
    }

    /// A check that holds alike for every version is said once; one whose numbers differ in a
    /// version is said apart for it; a check on some languages names them.
    #[test]
    fn a_check_alike_in_several_versions_is_said_once() {
        let locale = Locale::new(UiLang::En);
        let strategy = |reader: &str, passed: i64| {
            Msg::new("quality-strategy")
                .with("strategy", diag::Arg::Text("longest".into()))
                .with("passed", diag::Arg::Number(passed))
                .with("calls", diag::Arg::Number(50))
                .with("reader", diag::Arg::Text(reader.into()))
                .with("max", diag::Arg::Number(5))
        };
        let readers: Vec<String> = strategy::READERS
            .into_iter()
            .map(quality::reader_name)
            .collect();
        let alike: Vec<Msg> = readers.iter().map(|r| strategy(r, 50)).collect();
        let said = say_once_per_versions(&locale, &alike.iter().collect::<Vec<_>>());
        assert_eq!(said.len(), 1, "{said:?}");
        assert!(
            said[0].contains("passes 50 of 50 calls (every version"),
            "{said:?}"
        );
        let mut apart = alike.clone();
        apart[3] = strategy(&readers[3], 12);
        let said = say_once_per_versions(&locale, &apart.iter().collect::<Vec<_>>());
        assert_eq!(said.len(), 2, "{said:?}");
        assert!(said[1].contains("passes 12 of 50"), "{said:?}");
        assert!(
            !said[0].contains("every version"),
            "three of four: {said:?}"
        );
        let first = |lang: &str| {
            Msg::new("quality-length")
                .with("what", diag::Arg::Text("longest".into()))
                .with("count", diag::Arg::Number(3))
                .with("turns", diag::Arg::Number(3))
                .with("max", diag::Arg::Number(35))
                .with("lang", diag::Arg::Text(lang.into()))
        };
        let two = [first("pl"), first("hu")];
        let said = say_once_per_versions(&locale, &two.iter().collect::<Vec<_>>());
        assert_eq!(said.len(), 1, "{said:?}");
        assert!(
            said[0].starts_with("Polish; Hungarian: the best reply is the longest"),
            "{said:?}"
        );
    }
}
