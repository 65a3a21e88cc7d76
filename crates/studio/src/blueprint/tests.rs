//! What each new part starts as, and where it goes.

use super::*;

fn path(text: &str) -> FieldPath {
    FieldPath::parse(text).unwrap()
}

#[test]
fn a_text_missing_a_language_is_found_where_it_would_be_written() {
    let fields = [
        path("turn[0].id"),
        path("turn[0].line[0].pl"),
        path("turn[0].line[0].en"),
        path("turn[0].reply[1].text.pl[0]"),
        path("turn[0].reply[1].text.pl[1]"),
        path("turn[0].reply[1].text.hu[0]"),
        path("turn[0].reply[1].text.en[0]"),
        path("turn[0].reply[1].feedback.en"),
    ];
    assert_eq!(
        missing_languages(&fields),
        vec![
            path("turn[0].line[0].hu"),
            path("turn[0].reply[1].feedback.pl"),
            path("turn[0].reply[1].feedback.hu"),
        ]
    );
    assert_eq!(
        text_of(&path("turn[0].reply[1].text.hu[1]")),
        Some((path("turn[0].reply[1].text"), "hu", Some(1)))
    );
    assert_eq!(text_of(&path("turn[0].id")), None);
    assert_eq!(text_of(&path("pl")), None);
}

#[test]
fn new_ids_are_free() {
    let doc: DocumentMut = "[[turn]]\nid = \"turn-2\"\n[[ending]]\nid = \"ending-2\"\n"
        .parse()
        .unwrap();
    assert_eq!(turn(&doc, "x").0, "turn-3");
    assert_eq!(ending(&doc).0, "ending-3");
    assert!(reply(&doc, 0, "x").starts_with("id = \"reply\"\n"));
}

#[test]
fn new_ids_are_numbered_as_they_will_be_counted() {
    let doc: DocumentMut = "[[turn]]\nid = \"a\"\n[[turn.reply]]\nid = \"x\"\n\
        [[turn.reply]]\nid = \"y\"\n[[turn.reply]]\nid = \"reply-4\"\n\
        [[turn]]\nid = \"b\"\n[[ending]]\nid = \"end\"\n"
        .parse()
        .unwrap();
    assert_eq!(turn(&doc, "x").0, "turn-3", "the third turn");
    assert_eq!(ending(&doc).0, "ending-2", "the second ending");
    // The fourth reply would be `reply-4`, which is taken: the next number then.
    assert!(reply(&doc, 0, "x").starts_with("id = \"reply-5\"\n"));
    assert!(reply(&doc, 1, "x").starts_with("id = \"reply\"\n"));
}

#[test]
fn a_list_of_one_wording_is_no_wording_of_its_own() {
    let one = [
        path("turn[0].reply[0].text.pl[0]"),
        path("turn[0].reply[0].text.hu"),
        path("turn[0].reply[0].text.en[0]"),
        path("turn[0].reply[1].text.en[0]"),
        path("turn[0].reply[1].text.en[1]"),
    ];
    assert!(lone_wording(&one, &one[0]));
    assert!(lone_wording(&one, &one[2]));
    assert!(!lone_wording(&one, &one[1]), "not a list");
    assert!(!lone_wording(&one, &one[3]), "the first of two");
    assert!(!lone_wording(&one, &one[4]));
}

fn library(name: &str) -> Draft {
    let text = std::fs::read_to_string(format!(
        "{}/../../scenarios/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    Draft::open(&text).unwrap()
}

fn errors(draft: &Draft) -> Vec<String> {
    calmline_engine::validate_playable("call.toml", draft.text().as_bytes())
        .diagnostics
        .into_iter()
        .filter(|d| d.severity == calmline_engine::Severity::Error)
        .map(|d| d.message)
        .collect()
}

#[test]
fn a_call_with_no_hang_up_rule_gets_one_that_always_holds() {
    let mut draft = library("call-back-energy-bill.toml");
    draft.remove(&path("hang_up[0]")).unwrap();
    assert_eq!(count(draft.document(), "hang_up"), 0);
    assert_eq!(add_hang_up(&mut draft, "agent-hung-up").unwrap(), 0);
    assert_eq!(count(draft.document(), "hang_up"), 1);
    assert_eq!(
        draft.get(&path("hang_up[0].when.mood_below")),
        None,
        "no condition"
    );
    assert_eq!(
        draft.get(&path("hang_up[0].ending")),
        Some(FieldValue::Text("agent-hung-up".into()))
    );
    // Its feedback is left to write; written, the call is valid again.
    for lang in LANGS {
        let at = path(&format!("hang_up[0].feedback.{lang}"));
        assert_eq!(draft.get(&at), Some(FieldValue::Text(String::new())));
        draft
            .set(&at, FieldValue::Text(format!("{lang}: stay on the line.")))
            .unwrap();
    }
    assert_eq!(errors(&draft), Vec::<String>::new());
}

#[test]
fn a_new_hang_up_rule_goes_before_the_last_under_a_condition() {
    let mut draft = library("abusive-caller-invoice.toml");
    let rules = count(draft.document(), "hang_up");
    assert!(rules > 1);
    let last = draft.get(&path(&format!("hang_up[{}].ending", rules - 1)));
    assert_eq!(add_hang_up(&mut draft, "agent-hung-up").unwrap(), rules - 1);
    assert_eq!(count(draft.document(), "hang_up"), rules + 1);
    assert_eq!(
        draft.get(&path(&format!("hang_up[{}].when.mood_below", rules - 1))),
        Some(FieldValue::Int(30))
    );
    assert_eq!(
        draft.get(&path(&format!("hang_up[{rules}].ending"))),
        last,
        "the catch-all stays last"
    );
}
