//! The interface language as the app holds it: the language shown, the files loaded, and a
//! language asked for whose file is still on its way.
//!
//! The player starts with one language's file ([`crate::i18n`]); the others arrive a moment
//! after the first screen, or when the trainee picks one first. A reducer, so that a file that
//! arrives never undoes a switch made while it was loading.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{Lang, Locale};

/// The locale shown, and the language waiting for its file, if any.
#[derive(Clone, PartialEq)]
pub struct LocaleState {
    /// What the interface shows.
    pub locale: Locale,
    /// A language picked before its file arrived; shown once it does.
    pub pending: Option<Lang>,
}

/// What changes the interface language.
pub enum LocaleAction {
    /// Show this language (now if its file is loaded, else once it is).
    Show(Lang),
    /// A language's file arrived (its text).
    Loaded(Lang, String),
}

impl LocaleState {
    /// The state showing `locale`.
    pub fn new(locale: Locale) -> LocaleState {
        LocaleState {
            locale,
            pending: None,
        }
    }

    /// The state after `action`.
    pub fn next(&self, action: LocaleAction) -> LocaleState {
        match action {
            LocaleAction::Show(lang) if self.locale.has(lang) => LocaleState {
                locale: self.locale.with_lang(lang),
                pending: None,
            },
            LocaleAction::Show(lang) => LocaleState {
                locale: self.locale.clone(),
                pending: Some(lang),
            },
            LocaleAction::Loaded(lang, _) if self.locale.has(lang) => self.clone(),
            LocaleAction::Loaded(lang, source) => {
                let locale = self.locale.with_source(lang, source);
                if self.pending == Some(lang) {
                    LocaleState {
                        locale: locale.with_lang(lang),
                        pending: None,
                    }
                } else {
                    LocaleState {
                        locale,
                        pending: self.pending,
                    }
                }
            }
        }
    }
}

impl Reducible for LocaleState {
    type Action = LocaleAction;

    fn reduce(self: Rc<Self>, action: LocaleAction) -> Rc<Self> {
        Rc::new(self.next(action))
    }
}

#[cfg(all(test, feature = "bundled-locales"))]
mod tests {
    use super::*;
    use crate::i18n::ftl_source;

    fn only(lang: Lang) -> Locale {
        Locale::empty(lang).with_source(lang, ftl_source(lang).to_owned())
    }

    #[test]
    fn a_language_picked_before_its_file_arrives_shows_when_it_does() {
        let start = LocaleState::new(only(Lang::Pl));
        let waiting = start.next(LocaleAction::Show(Lang::Hu));
        assert_eq!(waiting.locale.lang(), Lang::Pl, "nothing to show yet");
        assert_eq!(waiting.pending, Some(Lang::Hu));
        let shown = waiting.next(LocaleAction::Loaded(
            Lang::Hu,
            ftl_source(Lang::Hu).to_owned(),
        ));
        assert_eq!(shown.locale.lang(), Lang::Hu);
        assert_eq!(shown.pending, None);
        assert_eq!(shown.locale.text("language-self-name"), "Magyar");
    }

    #[test]
    fn a_prefetched_file_never_undoes_a_switch() {
        let start = LocaleState::new(only(Lang::Pl)).next(LocaleAction::Loaded(
            Lang::En,
            ftl_source(Lang::En).to_owned(),
        ));
        let switched = start.next(LocaleAction::Show(Lang::En));
        assert_eq!(switched.locale.lang(), Lang::En);
        // Hungarian arrives later, unasked: English stays on screen.
        let later = switched.next(LocaleAction::Loaded(
            Lang::Hu,
            ftl_source(Lang::Hu).to_owned(),
        ));
        assert_eq!(later.locale.lang(), Lang::En);
        assert!(later.locale.has(Lang::Hu));
        assert_eq!(later.locale.text("language-self-name"), "English");
    }

    #[test]
    fn with_one_file_the_switcher_still_names_every_language_in_its_own_words() {
        for shown in Lang::ALL {
            let locale = only(shown);
            for (lang, name) in [
                (Lang::Pl, "Polski"),
                (Lang::Hu, "Magyar"),
                (Lang::En, "English"),
            ] {
                assert_eq!(
                    locale.text(&format!("language-name-{}", lang.code())),
                    name,
                    "{shown:?}"
                );
            }
        }
    }
}
