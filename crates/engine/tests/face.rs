//! The customer's face in scenario files: `[customer] face` parses, what is left out takes its
//! default, bad values are reported at their place with the field named, and every customer of
//! the library has a face of their own.

use std::collections::HashMap;

use calmline_engine::face::{Beard, Glasses, Hair, HairColour, Presentation, Skin};
use calmline_engine::model::Face;
use calmline_engine::{Report, Scenario, validate};

/// The small valid scenario of the broken corpus, with `face` lines added to `[customer]`.
fn with_face(lines: &str) -> String {
    let base = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/broken/_base.txt"
    ))
    .expect("base");
    let anchor = "gives_up = \"gone\"\n";
    assert!(base.contains(anchor), "the base scenario changed");
    base.replacen(anchor, &format!("{anchor}{lines}"), 1)
}

fn report(source: &str) -> Report {
    validate("face.toml", source.as_bytes())
}

fn face(lines: &str) -> Face {
    let report = report(&with_face(lines));
    let messages: Vec<String> = report.diagnostics.iter().map(ToString::to_string).collect();
    report
        .into_result()
        .unwrap_or_else(|_| panic!("not valid:\n{}", messages.join("\n")))
        .customer
        .face
}

/// The line (1-based) of the first line of `source` containing `needle`.
fn line_of(source: &str, needle: &str) -> usize {
    source
        .lines()
        .position(|l| l.contains(needle))
        .expect("needle")
        + 1
}

#[test]
fn every_field_of_a_face_is_read() {
    let f = face(
        "face.age = 78\nface.presentation = \"feminine\"\nface.skin = \"deep\"\nface.hair = \"bun\"\n\
         face.hair_colour = \"auburn\"\nface.glasses = \"round\"\nface.beard = \"none\"\n",
    );
    assert_eq!(
        f,
        Face {
            age: 78,
            presentation: Presentation::Feminine,
            skin: Skin::Deep,
            hair: Hair::Bun,
            hair_colour: HairColour::Auburn,
            glasses: Glasses::Round,
            beard: Beard::None,
        }
    );
}

#[test]
fn an_inline_table_reads_the_same_as_dotted_keys() {
    let dotted = face("face.hair = \"side-part\"\nface.beard = \"goatee\"\n");
    let inline = face("face = { hair = \"side-part\", beard = \"goatee\" }\n");
    assert_eq!(dotted, inline);
    assert_eq!(inline.hair, Hair::SidePart);
    assert_eq!(inline.beard, Beard::Goatee);
}

#[test]
fn a_customer_without_a_face_gets_the_default_face() {
    let f = face("");
    assert_eq!(f, Face::default());
    assert_eq!(f.age, 40);
    assert_eq!(f.presentation, Presentation::Neutral);
    assert_eq!(f.skin, Skin::Medium);
    assert_eq!(f.hair, Hair::Short);
    assert_eq!(f.hair_colour, HairColour::Brown);
    assert_eq!(f.glasses, Glasses::None);
    assert_eq!(f.beard, Beard::None);
}

#[test]
fn fields_left_out_keep_their_defaults() {
    let f = face("face.glasses = \"reading\"\n");
    assert_eq!(
        f,
        Face {
            glasses: Glasses::Reading,
            ..Face::default()
        }
    );
}

#[test]
fn hair_colour_left_out_follows_the_age_and_a_given_one_wins() {
    assert_eq!(face("face.age = 49\n").hair_colour, HairColour::Brown);
    assert_eq!(face("face.age = 50\n").hair_colour, HairColour::Greying);
    assert_eq!(face("face.age = 70\n").hair_colour, HairColour::Grey);
    assert_eq!(face("face.age = 80\n").hair_colour, HairColour::White);
    assert_eq!(
        face("face.age = 80\nface.hair_colour = \"black\"\n").hair_colour,
        HairColour::Black
    );
}

#[test]
fn an_unknown_value_names_the_field_and_its_place_and_suggests_a_value() {
    let source = with_face("face.hair = \"curley\"\nface.skin = \"green\"\n");
    let report = report(&source);
    let d: Vec<_> = report.diagnostics.iter().collect();
    assert_eq!(d.len(), 2, "{d:?}");
    assert_eq!(d[0].line, line_of(&source, "face.hair"));
    assert_eq!(d[0].column, "face.hair = ".len() + 1);
    assert_eq!(d[0].message, "the face's `hair` `curley` is not known");
    assert_eq!(d[0].hint.as_deref(), Some("did you mean `curly`?"));
    assert_eq!(d[1].line, line_of(&source, "face.skin"));
    assert_eq!(d[1].message, "the face's `skin` `green` is not known");
    assert_eq!(
        d[1].hint.as_deref(),
        Some("use one of: fair, light, medium, olive, brown, deep")
    );
    assert!(report.into_result().is_err());
}

#[test]
fn an_age_out_of_range_or_of_the_wrong_type_is_reported() {
    let source = with_face("face.age = 7\nface.glasses = true\n");
    let report = report(&source);
    let lines: Vec<String> = report.diagnostics.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            format!(
                "face.toml:{}:12: error: the face's `age` 7 is out of range\n  hint: use a whole number from 16 to 99",
                line_of(&source, "face.age")
            ),
            format!(
                "face.toml:{}:16: error: the face's `glasses` must be a string, not true or false",
                line_of(&source, "face.glasses")
            ),
        ]
    );
}

#[test]
fn an_unknown_field_of_a_face_is_reported_with_the_closest_field() {
    let source = with_face("face.hair_color = \"grey\"\n");
    let report = report(&source);
    let d = &report.diagnostics;
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].line, line_of(&source, "hair_color"));
    assert_eq!(
        d[0].message,
        "unknown field `hair_color` in `face` in `[customer]`"
    );
    assert_eq!(d[0].hint.as_deref(), Some("did you mean `hair_colour`?"));
}

#[test]
fn a_face_that_is_not_a_table_is_reported() {
    let source = with_face("face = \"old\"\n");
    let report = report(&source);
    let d = &report.diagnostics;
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].line, line_of(&source, "face = "));
    assert_eq!(
        d[0].message,
        "`face` in `[customer]` must be a table, not a string"
    );
}

fn library() -> Vec<Scenario> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../scenarios");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("scenarios") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if !name.ends_with(".toml") || name.ends_with(".plan.toml") || name == "index.toml" {
            continue;
        }
        let bytes = std::fs::read(&path).expect("read");
        out.push(validate(name, &bytes).into_result().expect("valid"));
    }
    out
}

#[test]
fn every_library_customer_has_a_face_of_their_own() {
    let library = library();
    assert_eq!(library.len(), 10);
    let mut seen: HashMap<Face, &str> = HashMap::new();
    for sc in &library {
        let face = sc.customer.face;
        assert_ne!(face, Face::default(), "{} has no face", sc.id);
        if let Some(other) = seen.insert(face, &sc.id) {
            panic!("{} and {other} have the same face", sc.id);
        }
    }
}

#[test]
fn the_library_faces_fit_who_the_customers_are() {
    let library = library();
    let face = |id: &str| {
        library
            .iter()
            .find(|sc| sc.id == id)
            .expect("scenario")
            .customer
            .face
    };
    // "Margaret Hughes, a 78-year-old Teleria customer".
    let novice = face("tech-novice-router");
    assert_eq!(novice.age, 78);
    assert_eq!(novice.presentation, Presentation::Feminine);
    assert!(matches!(
        novice.hair_colour,
        HairColour::White | HairColour::Grey
    ));
    // "A young Horizon Bank customer … He".
    let lost = face("lost-customer-bank-letter");
    assert!(lost.age < 30);
    assert_eq!(lost.presentation, Presentation::Masculine);
    // The women of the library look feminine, the men masculine.
    for id in [
        "supervisor-demander-refund",
        "discount-hunter-subscription",
        "unsolvable-today-moving-house",
    ] {
        assert_eq!(face(id).presentation, Presentation::Feminine, "{id}");
    }
    for id in [
        "shouter-late-delivery",
        "abusive-caller-invoice",
        "never-satisfied-washing-machine",
    ] {
        assert_eq!(face(id).presentation, Presentation::Masculine, "{id}");
    }
}
