//! Reading parameters a trainer puts in a link (`#/play/<id>?lang=hu&timer=relaxed`).
//!
//! Links are untrusted input: a parameter is only ever looked up by name and handed to a parser
//! that accepts known values; anything else is ignored by the caller, never shown as markup.

/// The value of `key` in a URL: first in the query inside the fragment (`#/route?key=value`,
/// where hash routes put it), then in the ordinary query (`?key=value`). Empty values count as
/// absent.
pub fn param(search: &str, hash: &str, key: &str) -> Option<String> {
    let hash_query = hash.split_once('?').map(|(_, query)| query).unwrap_or("");
    let search_query = search.strip_prefix('?').unwrap_or(search);
    [hash_query, search_query]
        .into_iter()
        .find_map(|query| find(query, key))
}

fn find(query: &str, key: &str) -> Option<String> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(name, value)| *name == key && !value.is_empty())
        .map(|(_, value)| value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_parameter_from_the_hash_route_query() {
        let hash = "#/play/late-delivery?lang=hu&timer=relaxed";
        assert_eq!(param("", hash, "lang").as_deref(), Some("hu"));
        assert_eq!(param("", hash, "timer").as_deref(), Some("relaxed"));
    }

    #[test]
    fn falls_back_to_the_ordinary_query() {
        assert_eq!(param("?lang=pl", "#/", "lang").as_deref(), Some("pl"));
        assert_eq!(
            param("?lang=pl", "#/?lang=en", "lang").as_deref(),
            Some("en")
        );
    }

    #[test]
    fn missing_empty_or_malformed_parameters_are_absent() {
        assert_eq!(param("", "", "lang"), None);
        assert_eq!(param("?lang=", "#/?lang", "lang"), None);
        assert_eq!(param("?language=hu", "#/?xlang=hu", "lang"), None);
    }
}
