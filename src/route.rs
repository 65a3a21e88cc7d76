//! Hash routes: every screen has an address that works on any static host and inside an LMS
//! package (`#/`, `#/play/<id>`, `#/settings`).
//!
//! Parsing is pure and total: whatever the address holds, it becomes a [`Route`], never an
//! error page. A scenario id that is not a valid id is a [`Route::NotFound`].

/// The studio's folder, next to the player (`cargo xtask dist` builds it from `studio.html`).
pub const STUDIO_DIR: &str = "studio/";

/// A screen of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The catalog of training calls (`#/`).
    Catalog,
    /// A scenario: briefing, then the call, then the debrief (`#/play/<id>`).
    Play(String),
    /// Settings (`#/settings`).
    Settings,
    /// A trainer's own scenario file (`#/own`).
    OwnFile,
    /// The studio, where trainers write calls (`#/studio`, in the authoring build).
    Studio,
    /// A call a trainer hosts, fetched from the link's `src` (`#/shared?src=…`, in the
    /// authoring build, which has the validator).
    Shared,
    /// Anything else.
    NotFound,
}

impl Route {
    /// The route of a location hash such as `#/play/late-delivery?lang=hu`.
    pub fn parse(hash: &str) -> Route {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        let path = path.split_once('?').map_or(path, |(p, _)| p);
        let parts: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match parts.as_slice() {
            [] => Route::Catalog,
            ["settings"] => Route::Settings,
            ["own"] => Route::OwnFile,
            ["studio"] => Route::Studio,
            ["shared"] => Route::Shared,
            // `index` is the catalog's own file in scenarios/, never a call.
            ["play", id] if is_id(id) && *id != "index" => Route::Play((*id).to_owned()),
            _ => Route::NotFound,
        }
    }

    /// The route a page opens with: the hash's, or, when the hash names no screen (an LMS
    /// package launches `index.html?lms=…&scenario=<id>`, and some LMSs drop or rewrite hashes),
    /// the call named by the query's `scenario` parameter.
    pub fn launch(hash: &str, search: &str) -> Route {
        let route = Route::parse(hash);
        let bare = hash
            .trim_start_matches('#')
            .trim_start_matches('/')
            .is_empty();
        match crate::link::param(search, "", "scenario") {
            Some(id) if bare && route == Route::Catalog => {
                match Route::parse(&format!("#/play/{id}")) {
                    Route::Play(id) => Route::Play(id),
                    _ => Route::NotFound,
                }
            }
            _ => route,
        }
    }

    /// The link to the trainer's own-file page: in the studio (`studio/`, the `authoring`
    /// build) when this is the player.
    pub fn own_file_link() -> String {
        Route::OwnFile.in_studio()
    }

    /// The link to this screen in the studio build (`studio/` from the player).
    pub fn in_studio(&self) -> String {
        if cfg!(feature = "authoring") {
            self.href()
        } else {
            format!("{STUDIO_DIR}{}", self.href())
        }
    }

    /// The hash that leads to this route.
    pub fn href(&self) -> String {
        match self {
            Route::Catalog | Route::NotFound => "#/".to_owned(),
            Route::Play(id) => format!("#/play/{id}"),
            Route::Settings => "#/settings".to_owned(),
            Route::OwnFile => "#/own".to_owned(),
            Route::Studio => "#/studio".to_owned(),
            Route::Shared => "#/shared".to_owned(),
        }
    }
}

/// Whether `s` has the shape of a scenario id (lowercase letters, digits, single hyphens).
pub fn is_id(s: &str) -> bool {
    (1..=48).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_lms_launch_opens_the_call_its_query_names_unless_the_hash_names_a_screen() {
        let search = "?lms=scorm12&scenario=shouter-late-delivery&lang=hu";
        for hash in ["", "#", "#/"] {
            assert_eq!(
                Route::launch(hash, search),
                Route::Play("shouter-late-delivery".into()),
                "{hash:?}"
            );
        }
        // The app's own navigation wins once the hash names a screen.
        assert_eq!(Route::launch("#/settings", search), Route::Settings);
        assert_eq!(
            Route::launch("#/play/other-call", search),
            Route::Play("other-call".into())
        );
        // A tampered scenario parameter is a not-found page, never a crash.
        assert_eq!(Route::launch("", "?scenario=../../etc"), Route::NotFound);
        assert_eq!(Route::launch("", "?scenario=index"), Route::NotFound);
        assert_eq!(Route::launch("", "?lms=scorm12"), Route::Catalog);
    }

    #[test]
    fn parses_every_screen() {
        assert_eq!(Route::parse(""), Route::Catalog);
        assert_eq!(Route::parse("#/"), Route::Catalog);
        assert_eq!(Route::parse("#/?lang=hu"), Route::Catalog);
        assert_eq!(Route::parse("#/settings"), Route::Settings);
        assert_eq!(Route::parse("#/own"), Route::OwnFile);
        assert_eq!(Route::parse("#/studio"), Route::Studio);
        assert_eq!(
            Route::parse("#/play/late-delivery?lang=hu&timer=strict"),
            Route::Play("late-delivery".into())
        );
    }

    #[test]
    fn tampered_addresses_are_not_found() {
        for hash in [
            "#/play/",
            "#/play/../x",
            "#/play/<script>",
            "#/play/A",
            "#/play/a/b",
            "#/play/index",
            "#/nope",
        ] {
            assert_eq!(Route::parse(hash), Route::NotFound, "{hash}");
        }
    }

    #[test]
    fn href_round_trips() {
        for r in [
            Route::Catalog,
            Route::Settings,
            Route::OwnFile,
            Route::Studio,
            Route::Shared,
            Route::Play("x-1".into()),
        ] {
            assert_eq!(Route::parse(&r.href()), r);
        }
    }
}
