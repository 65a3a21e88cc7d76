//! CalmLine without an LMS: a trainer puts a call on an intranet page (an `iframe` snippet), on a
//! slide (a QR code of the link), and the embedding page may hear what happens in the call
//! through `postMessage`, sent only to the origin the embed link names (`embed=<origin>`), never
//! to `*`.
//!
//! Everything here is pure (strings in, strings out) and tested natively; the reporter that
//! posts the messages is `lms::post`.

use calmline_engine::lms::{CallReport, Verdict};
use qrcode::QrCode;
use qrcode::render::svg;
use serde_json::{Value, json};

/// The parameter of an embed link that names the embedding page's origin.
pub const EMBED_PARAM: &str = "embed";

/// The `source` field of every message, so a host page can tell CalmLine's messages apart.
pub const MESSAGE_SOURCE: &str = "calmline";

/// The origin of an address a trainer typed or pasted (`https://intranet.example.com`, a page
/// of it such as `https://intranet.example.com/news/training`, with an optional port),
/// normalised to lower case; anything else (no scheme, credentials, another scheme, a bad port,
/// `*`) is no origin. `http` is accepted for `localhost` and `127.0.0.1` only (a trainer's test
/// page).
pub fn origin(value: &str) -> Option<String> {
    let (scheme, rest) = value.trim().split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    // The origin ends where the path, the query or the fragment begins.
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host_port = rest[..end].to_ascii_lowercase();
    let (host, port) = match host_port.rsplit_once(':') {
        Some((h, p)) => match p.parse::<u16>() {
            Ok(n) if n > 0 && !p.starts_with('0') => (h.to_owned(), Some(n)),
            _ => return None,
        },
        None => (host_port.clone(), None),
    };
    let host_ok = !host.is_empty()
        && host.len() <= 253
        && host.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || !c.is_ascii())
        });
    let local = host == "localhost" || host == "127.0.0.1";
    let scheme_ok = scheme == "https" || (scheme == "http" && local);
    if !(host_ok && scheme_ok) {
        return None;
    }
    Some(match port {
        Some(p) => format!("{scheme}://{host}:{p}"),
        None => format!("{scheme}://{host}"),
    })
}

/// The address an embedding page loads: the trainer's link, with the origin that may hear the
/// call's messages when one is given.
pub fn embed_link(link: &str, host_origin: Option<&str>) -> String {
    match host_origin {
        Some(o) => {
            let sep = if link.contains('?') { '&' } else { '?' };
            format!("{link}{sep}{EMBED_PARAM}={}", encode(o))
        }
        None => link.to_owned(),
    }
}

/// The `iframe` snippet for an intranet page: full width of its column, a phone-like height,
/// no border, lazy loading, and a title for screen readers.
pub fn snippet(src: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" style=\"width:100%;max-width:960px;height:760px;border:0\" \
         loading=\"lazy\" allow=\"clipboard-write\"></iframe>",
        attr(src),
        attr(title)
    )
}

/// The QR code of `link` as an SVG element (no XML prolog, so it can be placed in HTML), black
/// on white with its quiet zone; `None` if the link is too long for a QR code.
pub fn qr_svg(link: &str) -> Option<String> {
    let code = QrCode::new(link.as_bytes()).ok()?;
    let image = code
        .render::<svg::Color<'_>>()
        .min_dimensions(240, 240)
        .quiet_zone(true)
        .build();
    let start = image.find("<svg")?;
    Some(image[start..].to_owned())
}

/// A message to the embedding page. Every message has `source` = "calmline", a `version`, the
/// `event` and the scenario id.
pub fn message(event: &str, scenario: &str, fields: Value) -> Value {
    let mut out = json!({
        "source": MESSAGE_SOURCE,
        "version": 1,
        "event": event,
        "scenario": scenario,
    });
    if let (Some(out), Value::Object(fields)) = (out.as_object_mut(), fields) {
        out.extend(fields);
    }
    out
}

/// The fields of a `reply` message for the latest move of `report`, if any.
pub fn reply_fields(report: &CallReport) -> Option<Value> {
    let last = report.interactions.last()?;
    let result = match last.verdict {
        Verdict::Correct => "correct",
        Verdict::Neutral => "neutral",
        Verdict::Incorrect => "incorrect",
    };
    Some(json!({
        "move": last.index + 1,
        "turn": last.turn_id,
        "response": last.response,
        "result": result,
        "critical": last.critical,
        "latencyMs": last.latency_ms,
        "extensions": last.extensions,
    }))
}

/// The fields of a `call-ended` message: the outcome, the verdict, the score and each skill's.
pub fn ended_fields(report: &CallReport, outcome: &str) -> Value {
    let skills: serde_json::Map<String, Value> = report
        .objectives
        .iter()
        .map(|(skill, score)| (skill.id().to_owned(), json!(score)))
        .collect();
    json!({
        "outcome": outcome,
        "passed": report.passed,
        "score": report.overall,
        "passMark": report.pass_mark,
        "moves": report.interactions.len(),
        "skills": skills,
    })
}

fn attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_plain_origin_is_an_origin() {
        assert_eq!(
            origin(" https://Intranet.Example.com/ ").as_deref(),
            Some("https://intranet.example.com")
        );
        assert_eq!(
            origin("https://lms.example.com:8443").as_deref(),
            Some("https://lms.example.com:8443")
        );
        assert_eq!(
            origin("http://localhost:3000").as_deref(),
            Some("http://localhost:3000")
        );
        // A page of the site gives the site's origin.
        assert_eq!(
            origin("https://intranet.example.com/news/training?id=4#top").as_deref(),
            Some("https://intranet.example.com")
        );
        for bad in [
            "*",
            "",
            "intranet.example.com",
            "http://intranet.example.com",
            "https://user@intranet.example.com",
            "javascript://x",
            "https://exa mple.com",
            "https://-bad.example.com",
            "https://intranet.example.com:99999",
            "https://intranet.example.com:0",
            "https://a.b:00080",
            "https://intranet.example.com:",
        ] {
            assert_eq!(origin(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_embed_link_names_the_origin_and_the_snippet_escapes_it() {
        let link = "https://t.example/calmline/#/play/x?lang=pl";
        let src = embed_link(link, Some("https://intranet.example.com"));
        assert_eq!(
            src,
            "https://t.example/calmline/#/play/x?lang=pl&embed=https%3A%2F%2Fintranet.example.com"
        );
        let html = snippet(&src, "Call: \"late\" <delivery>");
        assert!(
            html.starts_with(
                "<iframe src=\"https://t.example/calmline/#/play/x?lang=pl&amp;embed="
            )
        );
        assert!(html.contains("title=\"Call: &quot;late&quot; &lt;delivery&gt;\""));
        assert_eq!(embed_link(link, None), link);
    }

    #[test]
    fn the_qr_code_is_an_svg_element_of_dark_modules() {
        let svg = qr_svg("https://t.example/#/play/x?lang=hu&timer=standard").expect("fits");
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains("<path fill=\"#000\" d=\"M"));
        assert!(svg.ends_with("</svg>"));
        assert_eq!(qr_svg(&"x".repeat(5000)), None);
    }

    #[test]
    fn messages_carry_the_source_the_event_and_the_scenario() {
        let m = message("call-started", "late", json!({ "lang": "pl" }));
        assert_eq!(m["source"], "calmline");
        assert_eq!(m["event"], "call-started");
        assert_eq!(m["scenario"], "late");
        assert_eq!(m["lang"], "pl");
    }
}
