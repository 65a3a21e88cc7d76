//! What an XLIFF import tells the trainer, in their language: what it read and changed, what it
//! skipped, or why it read nothing (the error's kind; its line and column are the caller's).

use calmline_studio::xliff::{Imported, XliffError};
use yew::prelude::*;

use crate::i18n::Locale;

/// The error's kind in the trainer's language, and the parser's own English words when they
/// say more than the kind.
pub(super) fn kind(locale: &Locale, error: &XliffError) -> (String, Option<String>) {
    let found =
        |key: &str, found: &str| locale.text_with(key, &[("found", found.to_owned().into())]);
    match error {
        XliffError::NotXml { message, .. } => (
            locale.text("studio-translate-error-not-xml"),
            Some(message.clone()),
        ),
        XliffError::NotXliff { found: f, .. } => {
            (found("studio-translate-error-not-xliff", f), None)
        }
        XliffError::WrongVersion { found: f, .. } => {
            (found("studio-translate-error-version", f), None)
        }
        XliffError::WrongNamespace { .. } => (
            locale.text("studio-translate-error-namespace"),
            Some(error.to_string()),
        ),
        XliffError::NoTargetLanguage { .. } => {
            (locale.text("studio-translate-error-no-language"), None)
        }
        XliffError::OtherTargetLanguage { found: f, .. } => {
            (found("studio-translate-error-other-language", f), None)
        }
        XliffError::UnitWithoutField { id, .. } => (
            locale.text_with("studio-translate-error-unit", &[("id", id.clone().into())]),
            None,
        ),
        XliffError::BadCodePoint { hex, .. } => (
            locale.text_with(
                "studio-translate-error-code-point",
                &[("hex", hex.clone().into())],
            ),
            None,
        ),
    }
}

/// What an applied import did.
pub(super) fn done(locale: &Locale, file: &str, imported: &Imported) -> Html {
    let lang = locale.text(&format!("language-name-{}", imported.lang.code()));
    let read = locale.text_with(
        "studio-translate-read",
        &[
            ("file", file.to_owned().into()),
            ("lang", lang.into()),
            ("count", (imported.units as i64).into()),
            ("changed", (imported.changed as i64).into()),
        ],
    );
    html! {
        <div role="status" class="studio-translate-report" data-testid="studio-translate-report">
            <p>{ read }</p>
            if imported.empty > 0 {
                <p>{ locale.count("studio-translate-skipped", imported.empty as i64) }</p>
            }
            if !imported.unknown.is_empty() {
                <p>{ locale.count("studio-translate-unknown", imported.unknown.len() as i64) }</p>
                <ul>
                    { for imported.unknown.iter().map(|u| html! { <li><code>{ u.name.clone() }</code></li> }) }
                </ul>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use calmline_engine::Lang;

    use crate::i18n::Locale;

    fn read(lang: Lang, count: i64, changed: i64) -> String {
        Locale::new(lang).text_with(
            "studio-translate-read",
            &[
                ("file", "a.xlf".to_owned().into()),
                ("lang", "Magyar".to_owned().into()),
                ("count", count.into()),
                ("changed", changed.into()),
            ],
        )
    }

    #[test]
    fn the_import_report_agrees_with_its_numbers_in_every_language() {
        let start = |lang, count, changed| {
            let text = read(lang, count, changed);
            text.split(" „Cofnij”")
                .next()
                .and_then(|t| t.split(" A „Visszavonás”").next())
                .and_then(|t| t.split(" Undo takes").next())
                .unwrap_or_default()
                .replace(['\u{2068}', '\u{2069}'], "")
        };
        assert_eq!(
            start(Lang::En, 1, 0),
            "Read from “a.xlf” (Magyar): 1 text, none of them changed."
        );
        assert_eq!(
            start(Lang::En, 5, 1),
            "Read from “a.xlf” (Magyar): 5 texts, 1 of them changed."
        );
        assert_eq!(
            start(Lang::Pl, 2, 3),
            "Wczytano plik „a.xlf” (Magyar): 2 teksty, z czego zmieniły się 3."
        );
        assert_eq!(
            start(Lang::Pl, 25, 5),
            "Wczytano plik „a.xlf” (Magyar): 25 tekstów, z czego zmieniło się 5."
        );
        assert_eq!(
            start(Lang::Hu, 5, 2),
            "Beolvasva: „a.xlf” (Magyar), 5 szöveg, ebből 2 változott."
        );
        let pl = Locale::new(Lang::Pl);
        assert!(
            pl.count("studio-translate-skipped", 22)
                .starts_with("22 teksty nie miały")
        );
        assert!(
            pl.count("studio-translate-incomplete", 5)
                .starts_with("W 5 tekstach")
        );
    }
}
