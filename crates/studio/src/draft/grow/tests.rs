//! Adding and taking out on a small file whose every byte is known.
use super::*;

const FILE: &str = "\
id = \"late\"
title.pl = \"Tytuł\"
title.en = \"Title\"

[[turn]]
id = \"opening\"
text.pl = [
  \"Jeden\",   # first
  \"Dwa\",
]
text.en = [\"One\", \"Two\"]

[[turn.reply]]
id = \"calm\"
text.pl = \"Spokojnie\"   # keep
text.en = \"Calmly\"

# The next turn
[[turn]]
id = \"second\"

[[ending]]
id = \"done\"
";

fn path(text: &str) -> FieldPath {
    FieldPath::parse(text).unwrap()
}

fn text(s: &str) -> FieldValue {
    FieldValue::Text(s.into())
}

/// Checks that `after` is `before` with one run of bytes put in at one place.
fn inserted(before: &str, after: &str) {
    let head = before
        .bytes()
        .zip(after.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    let tail = before[head..]
        .bytes()
        .rev()
        .zip(after[head..].bytes().rev())
        .take_while(|(a, b)| a == b)
        .count();
    assert!(
        head + tail >= before.len(),
        "more than an insertion:\n{after}"
    );
}

#[test]
fn a_missing_translation_goes_between_its_siblings() {
    let mut draft = Draft::open(FILE).unwrap();
    assert!(draft.put_all(&[(path("title.hu"), text("Cím"))]).unwrap());
    inserted(FILE, draft.text());
    assert_eq!(
        draft.text(),
        FILE.replace("title.en", "title.hu = \"Cím\"\ntitle.en")
    );
    assert!(draft.undo());
    assert_eq!(draft.text(), FILE);
}

#[test]
fn a_second_wording_and_a_new_text_table() {
    let mut draft = Draft::open(FILE).unwrap();
    let edits = [
        (path("turn[0].reply[0].text.pl[1]"), text("Powoli")),
        (path("turn[0].text.pl[2]"), text("Trzy")),
        (path("turn[0].text.en[2]"), text("Three")),
        (path("turn[0].reply[0].reaction.en"), text("Fine.")),
        (path("turn[0].reply[0].critical"), FieldValue::Bool(true)),
    ];
    assert!(draft.put_all(&edits).unwrap());
    let out = draft.text();
    assert!(
        out.contains("text.pl = [\"Spokojnie\", \"Powoli\"]   # keep\n"),
        "{out}"
    );
    assert!(out.contains("  \"Dwa\",\n  \"Trzy\",\n]\n"), "{out}");
    assert!(
        out.contains("text.en = [\"One\", \"Two\", \"Three\"]\n"),
        "{out}"
    );
    // The critical mark goes beside the grade, before the texts (QA round 5, mi-f).
    assert!(
        out.contains("id = \"calm\"\ncritical = true\ntext.pl"),
        "{out}"
    );
    assert!(
        out.contains("text.en = \"Calmly\"\nreaction.en = \"Fine.\"\n"),
        "{out}"
    );
    for (at, value) in &edits {
        assert_eq!(draft.get(at).as_ref(), Some(value), "{at}");
    }
    assert!(draft.undo());
    assert_eq!(draft.text(), FILE);
}

#[test]
fn a_new_reply_turn_and_ending_go_after_their_kind() {
    let mut draft = Draft::open(FILE).unwrap();
    let reply = "id = \"new\"\ngrade = \"poor\"\ntext.en = \"Hm\"\n";
    assert_eq!(draft.add_table(&path("turn[0].reply"), reply), Ok(1));
    inserted(FILE, draft.text());
    assert!(
        draft
            .text()
            .contains("text.en = \"Calmly\"\n\n[[turn.reply]]\nid = \"new\"")
    );
    let before = draft.text().to_owned();
    assert_eq!(draft.add_table(&path("turn"), "id = \"third\"\n"), Ok(2));
    inserted(&before, draft.text());
    assert!(
        draft
            .text()
            .contains("id = \"second\"\n\n[[turn]]\nid = \"third\"\n\n[[ending]]")
    );
    assert_eq!(draft.add_table(&path("ending"), "id = \"lost\"\n"), Ok(1));
    assert!(
        draft
            .text()
            .ends_with("id = \"done\"\n\n[[ending]]\nid = \"lost\"\n")
    );
    assert_eq!(
        draft.add_table(&path("turn[1].reply"), "id = \"first\"\n"),
        Ok(0)
    );
    assert!(
        draft.text().contains(
            "id = \"second\"\n\n[[turn.reply]]\nid = \"first\"\n\n[[turn]]\nid = \"third\""
        )
    );
    for _ in 0..4 {
        assert!(draft.undo());
    }
    assert_eq!(draft.text(), FILE);
}

#[test]
fn taking_out_removes_only_that_and_undo_puts_it_back() {
    let mut draft = Draft::open(FILE).unwrap();
    draft.remove(&path("turn[0].reply[0]")).unwrap();
    assert!(!draft.text().contains("calm"));
    assert!(
        draft
            .text()
            .contains("text.en = [\"One\", \"Two\"]\n\n# The next turn\n[[turn]]")
    );
    draft.remove(&path("turn[0].text.pl[0]")).unwrap();
    assert!(
        draft.text().contains("text.pl = [\n  \"Dwa\",\n]\n"),
        "{}",
        draft.text()
    );
    draft.remove(&path("title.en")).unwrap();
    assert!(!draft.text().contains("Title"));
    draft.remove(&path("turn[1]")).unwrap();
    assert!(!draft.text().contains("second"));
    for _ in 0..4 {
        assert!(draft.undo());
    }
    assert_eq!(draft.text(), FILE);
}

#[test]
fn what_cannot_be_added_or_taken_out_changes_nothing() {
    let mut draft = Draft::open(FILE).unwrap();
    let cases = [
        (
            path("turn[5].id"),
            text("x"),
            EditError::NotHere(path("turn[5].id")),
        ),
        (
            path("turn[0].text.en[7]"),
            text("x"),
            EditError::NotHere(path("turn[0].text.en[7]")),
        ),
        (
            path("id"),
            FieldValue::Int(3),
            EditError::WrongKind(path("id")),
        ),
        (
            path("title"),
            text("x"),
            EditError::NotAValue(path("title")),
        ),
        (path("id.pl"), text("x"), EditError::NotHere(path("id.pl"))),
    ];
    for (at, value, error) in cases {
        assert_eq!(
            draft.put_all(&[(path("title.hu"), text("Cím")), (at.clone(), value)]),
            Err(error),
            "{at}"
        );
        assert_eq!(draft.text(), FILE, "{at}");
    }
    assert_eq!(
        draft.remove(&path("turn[9]")),
        Err(EditError::Missing(path("turn[9]")))
    );
    assert_eq!(
        draft.remove(&path("nothing")),
        Err(EditError::Missing(path("nothing")))
    );
    assert!(matches!(
        draft.add_table(&path("turn"), "id = = 1"),
        Err(EditError::Malformed(_))
    ));
    assert_eq!(
        draft.add_table(&path("id"), "a = 1"),
        Err(EditError::NotAValue(path("id")))
    );
    assert_eq!(draft.text(), FILE);
    assert!(!draft.can_undo());
}

#[test]
fn skill_points_go_into_the_reply_s_inline_table_or_start_as_a_dotted_key() {
    let inline = FILE.replace(
        "text.en = \"Calmly\"\n",
        "text.en = \"Calmly\"\nskills = { empathy = 2 }\n",
    );
    let mut draft = Draft::open(&inline).unwrap();
    let calm = path("turn[0].reply[0].skills.calm");
    assert!(
        draft
            .put_all(&[(calm.clone(), FieldValue::Int(1))])
            .unwrap()
    );
    assert_eq!(
        draft.text(),
        inline.replace(
            "skills = { empathy = 2 }",
            "skills = { empathy = 2, calm = 1 }"
        )
    );
    draft.remove(&calm).unwrap();
    assert_eq!(draft.text(), inline);
    let mut draft = Draft::open(FILE).unwrap();
    assert!(draft.put_all(&[(calm, FieldValue::Int(1))]).unwrap());
    assert_eq!(
        draft.text(),
        FILE.replace(
            "text.en = \"Calmly\"\n",
            "text.en = \"Calmly\"\nskills.calm = 1\n"
        )
    );
}

/// QA round 5, mi-f: a reply's value taken out and put back is written where the library's files
/// write it, whatever else was added in between; in a file written that way, where it was.
#[test]
fn a_value_put_back_goes_where_it_was() {
    let reply = "\
[[turn]]
id = \"t\"

[[turn.reply]]
id = \"listen\"
grade = \"best\"
text = { pl = \"a\", hu = \"b\", en = \"c\" }
skills = { empathy = 2 }
mood = 15
goto = \"done\"

[[turn.reply]]
id = \"argue\"
grade = \"poor\"
text.pl = \"a\"
reaction.pl = \"r\"
feedback.pl = \"f\"
mood = -15
skills = { calm = -1 }
add = { warnings = 1 }
goto = \"done\"
";
    let mut draft = Draft::open(reply).unwrap();
    let listen = path("turn[0].reply[0]");
    // The mood out, feedback added, the mood back: after the feedback (not last), before the
    // points.
    draft.remove(&listen.clone().key("mood")).unwrap();
    draft
        .put_all(&[(listen.clone().key("feedback").key("pl"), text("f"))])
        .unwrap();
    draft
        .put_all(&[(listen.clone().key("mood"), FieldValue::Int(15))])
        .unwrap();
    let out = draft.text();
    assert!(
        out.contains("text = { pl = \"a\", hu = \"b\", en = \"c\" }\nfeedback.pl = \"f\"\nmood = 15\nskills = { empathy = 2 }\ngoto"),
        "{out}"
    );
    // Each of a fuller reply's values, taken out and put back, gives the file back.
    for key in ["feedback", "reaction", "mood", "skills", "add", "goto"] {
        let mut draft = Draft::open(reply).unwrap();
        let at = path("turn[0].reply[1]").key(key);
        let value = match key {
            "feedback" => vec![(at.clone().key("pl"), text("f"))],
            "reaction" => vec![(at.clone().key("pl"), text("r"))],
            "mood" => vec![(at.clone(), FieldValue::Int(-15))],
            "skills" => vec![(at.clone().key("calm"), FieldValue::Int(-1))],
            "add" => vec![(at.clone().key("warnings"), FieldValue::Int(1))],
            _ => vec![(at.clone(), text("done"))],
        };
        draft.remove(&at).unwrap();
        draft.put_all(&value).unwrap();
        let back = draft
            .text()
            .replace("skills.calm = -1", "skills = { calm = -1 }");
        let back = back.replace("add.warnings = 1", "add = { warnings = 1 }");
        assert_eq!(back, reply, "{key} put back");
    }
}
