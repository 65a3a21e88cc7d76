//! The optional top-level `direction`: who places the call. Inbound unless the file says
//! outbound; an unknown value is reported where it stands, with the closest known name.

use calmline_engine::model::Direction;

#[path = "support/example.rs"]
mod example;

/// The documented example's `direction` line, as written there.
const LINE: &str = "direction = \"inbound\"";

/// The documented example with its `direction` line replaced by `line` (or removed when empty).
fn with(line: &str) -> String {
    let source = example::source();
    let start = source.find(LINE).expect("the example sets `direction`");
    let end = start + source[start..].find('\n').expect("a whole line");
    let mut out = source[..start].to_owned();
    out.push_str(line);
    out.push_str(&source[end..]);
    out
}

fn direction(source: &str) -> Direction {
    calmline_engine::validate("call.toml", source.as_bytes())
        .into_result()
        .expect("valid")
        .direction
}

#[test]
fn a_call_is_inbound_unless_the_file_says_otherwise() {
    assert_eq!(direction(&with("")), Direction::Inbound);
    assert_eq!(direction(&example::source()), Direction::Inbound);
    assert_eq!(
        direction(&with("direction = \"outbound\"")),
        Direction::Outbound
    );
    assert_eq!(Direction::Outbound.id(), "outbound");
    assert_eq!(Direction::default(), Direction::Inbound);
}

#[test]
fn an_unknown_direction_is_reported_where_it_stands() {
    let source = with("direction = \"outgoing\"");
    let line = source
        .lines()
        .position(|l| l.starts_with("direction"))
        .expect("the line")
        + 1;
    let errors = calmline_engine::validate("call.toml", source.as_bytes())
        .into_result()
        .expect_err("refused");
    assert_eq!(errors.len(), 1, "{errors:?}");
    let shown = errors[0].to_string();
    assert!(
        shown.starts_with(&format!(
            "call.toml:{line}:13: error: the direction `outgoing` is not known"
        )),
        "{shown}"
    );
    assert!(shown.contains("outbound"), "{shown}");
}

#[test]
fn a_direction_of_the_wrong_type_is_reported() {
    let errors = calmline_engine::validate("call.toml", with("direction = 2").as_bytes())
        .into_result()
        .expect_err("refused");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].to_string().contains("direction"), "{}", errors[0]);
}

#[test]
fn the_schema_lists_the_directions() {
    let schema = calmline_engine::json_schema();
    let at = schema
        .find("\"direction\"")
        .expect("the field is in the schema");
    let rest = &schema[at..];
    let inbound = rest.find("\"inbound\"").expect("inbound");
    let outbound = rest.find("\"outbound\"").expect("outbound");
    assert!(
        inbound < 2_000 && outbound < 2_000,
        "{}",
        &rest[..600.min(rest.len())]
    );
}
