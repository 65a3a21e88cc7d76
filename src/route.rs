//! Hash routes: every screen has an address that works on any static host and inside an LMS
//! package (`#/`, `#/play/<id>`, `#/settings`).
//!
//! Parsing is pure and total: whatever the address holds, it becomes a [`Route`], never an
//! error page. A scenario id that is not a valid id is a [`Route::NotFound`].

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
            // `index` is the catalog's own file in scenarios/, never a call.
            ["play", id] if is_id(id) && *id != "index" => Route::Play((*id).to_owned()),
            _ => Route::NotFound,
        }
    }

    /// The hash that leads to this route.
    pub fn href(&self) -> String {
        match self {
            Route::Catalog | Route::NotFound => "#/".to_owned(),
            Route::Play(id) => format!("#/play/{id}"),
            Route::Settings => "#/settings".to_owned(),
            Route::OwnFile => "#/own".to_owned(),
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
    fn parses_every_screen() {
        assert_eq!(Route::parse(""), Route::Catalog);
        assert_eq!(Route::parse("#/"), Route::Catalog);
        assert_eq!(Route::parse("#/?lang=hu"), Route::Catalog);
        assert_eq!(Route::parse("#/settings"), Route::Settings);
        assert_eq!(Route::parse("#/own"), Route::OwnFile);
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
            Route::Play("x-1".into()),
        ] {
            assert_eq!(Route::parse(&r.href()), r);
        }
    }
}
