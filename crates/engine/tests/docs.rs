//! The annotated example in `docs/scenario-format.md` is a valid scenario that uses every field
//! of the format, so the documentation cannot drift from the engine.

use calmline_engine::{json_schema, validate};

#[path = "support/example.rs"]
mod example;

fn example() -> String {
    example::source()
}

#[test]
fn the_documented_example_is_a_valid_scenario() {
    let report = validate("docs/scenario-format.md", example().as_bytes());
    let lines: Vec<String> = report.diagnostics.iter().map(ToString::to_string).collect();
    assert!(lines.is_empty(), "\n{}", lines.join("\n"));
}

#[test]
fn the_documented_example_uses_every_field_of_the_format() {
    let example = example();
    let schema = json_schema();
    let mut missing = Vec::new();
    let mut checked = 0;
    for line in schema.lines() {
        // Property names open an object on a line of their own: `"name": {`.
        let Some(name) = line
            .trim()
            .strip_prefix('"')
            .and_then(|l| l.strip_suffix("\": {"))
        else {
            continue;
        };
        if ["$defs", "properties", "items"].contains(&name) {
            continue;
        }
        checked += 1;
        let used = [
            format!("{name} ="),
            format!("{name}."),
            format!("[{name}]"),
            format!(".{name}]"),
        ]
        .iter()
        .any(|pattern| example.contains(pattern.as_str()));
        if !used {
            missing.push(name.to_owned());
        }
    }
    assert!(checked > 40, "only {checked} fields found in the schema");
    assert!(
        missing.is_empty(),
        "fields not shown in the example: {missing:?}"
    );
}
