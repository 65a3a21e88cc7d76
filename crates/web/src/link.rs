//! Reading the parameters of a link (`#/play/<id>?lang=hu&timer=relaxed`).
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

/// The value of `key` in one query. A link copied out of an e-mail or a web page may carry
/// `&amp;` (the HTML escape of `&`) between its parameters: that is a separator too, so the
/// options after it are not lost. (A literal `&` inside a value is `%26` in any link, so
/// nothing real is read differently.)
fn find(query: &str, key: &str) -> Option<String> {
    query
        .split('&')
        .map(|pair| pair.strip_prefix("amp;").unwrap_or(pair))
        .filter_map(|pair| pair.split_once('='))
        .find(|(name, value)| *name == key && !value.is_empty())
        .map(|(_, value)| decode(value))
}

/// Percent-decoding as browsers encode links (`%3C` is `<`, `+` is a space); invalid escapes
/// stay as they are and invalid UTF-8 becomes U+FFFD, so any link decodes to some text.
pub fn decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
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
    fn values_are_percent_decoded() {
        assert_eq!(
            param("", "#/?lang=%3Cscript%3E+x", "lang").as_deref(),
            Some("<script> x")
        );
        assert_eq!(decode("Gy%C3%B6rgy"), "György");
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz%4"), "%zz%4");
        assert_eq!(decode("%FF"), "\u{FFFD}");
    }

    #[test]
    fn html_escaped_separators_keep_every_option() {
        let hash = "#/play/late-delivery?lang=hu&amp;timer=relaxed&amp;mode=exam&seed=7";
        assert_eq!(param("", hash, "lang").as_deref(), Some("hu"));
        assert_eq!(param("", hash, "timer").as_deref(), Some("relaxed"));
        assert_eq!(param("", hash, "mode").as_deref(), Some("exam"));
        assert_eq!(param("", hash, "seed").as_deref(), Some("7"));
        assert_eq!(
            param("?lms=scorm12&amp;scenario=x", "", "scenario").as_deref(),
            Some("x")
        );
        // Only the escape is a separator: a parameter named `amp` still reads as such.
        assert_eq!(param("", "#/?amp=1", "amp").as_deref(), Some("1"));
        assert_eq!(param("", "#/?x=1&amp;", "amp"), None);
    }

    #[test]
    fn missing_empty_or_malformed_parameters_are_absent() {
        assert_eq!(param("", "", "lang"), None);
        assert_eq!(param("?lang=", "#/?lang", "lang"), None);
        assert_eq!(param("?language=hu", "#/?xlang=hu", "lang"), None);
    }
}
