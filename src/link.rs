//! Reading parameters a trainer puts in a link (`#/play/<id>?lang=hu&timer=relaxed`).
//!
//! Links are untrusted input: a parameter is only ever looked up by name and handed to a parser
//! that accepts known values; anything else is ignored by the caller, never shown as markup.

/// The link a trainer sends to a group: the briefing of a scenario with the language, timer,
/// mode, (for everybody the same call) a seed and (so that trainees cannot change the timer
/// and mode) a lock. `page` is the address of the app.
pub fn share(
    page: &str,
    id: &str,
    lang: &str,
    timer: &str,
    mode: &str,
    seed: Option<u64>,
    lock: bool,
) -> String {
    let mut link = format!("{page}#/play/{id}?lang={lang}&timer={timer}&mode={mode}");
    if let Some(seed) = seed {
        link.push_str(&format!("&seed={seed}"));
    }
    if lock {
        link.push_str("&lock=1");
    }
    link
}

pub use calmline_web::link::{decode, param};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shared_link_reads_back_as_it_was_made() {
        let link = share(
            "https://x.org/app/",
            "late-delivery",
            "hu",
            "relaxed",
            "exam",
            Some(7),
            true,
        );
        assert_eq!(
            link,
            "https://x.org/app/#/play/late-delivery?lang=hu&timer=relaxed&mode=exam&seed=7&lock=1"
        );
        let hash = &link[link.find('#').unwrap()..];
        for (key, want) in [
            ("lang", "hu"),
            ("timer", "relaxed"),
            ("mode", "exam"),
            ("seed", "7"),
            ("lock", "1"),
        ] {
            assert_eq!(param("", hash, key).as_deref(), Some(want));
        }
        let plain = share("/", "x", "en", "off", "coach", None, false);
        assert!(
            !plain.contains("seed") && !plain.contains("lock"),
            "{plain}"
        );
    }
}
