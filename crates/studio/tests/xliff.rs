//! XLIFF 2.0 out and back in: every file of `scenarios/` exports, in every language pair, a
//! document the official OASIS schema accepts (`tests/schemas/xliff-2.0`, checked with
//! `xmllint`, which `cargo xtask test` installs); an unchanged export reads back as edits that
//! change nothing; a translator's change changes exactly its field; Polish forms of address and
//! characters XML cannot hold come back byte for byte; bad documents give their kind of error;
//! and the format of a small file is pinned byte for byte.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use calmline_engine::Lang;
use calmline_studio::draft::FieldValue;
use calmline_studio::xliff::{self, XliffError};
use calmline_studio::{Draft, FieldPath};
use toml_edit::DocumentMut;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every `scenarios/*.toml`: calls, their test plans (no text) and the catalog.
fn all_files() -> Vec<(String, String)> {
    let mut files: Vec<_> = std::fs::read_dir(root().join("scenarios"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    assert!(files.len() >= 17, "the library: {files:?}");
    let read = |p: &PathBuf| std::fs::read_to_string(p).unwrap();
    let name = |p: &PathBuf| p.file_name().unwrap().to_string_lossy().into_owned();
    files.iter().map(|p| (name(p), read(p))).collect()
}

/// The files with texts: the calls and the catalog.
fn texts() -> Vec<(String, String)> {
    let mut files = all_files();
    files.retain(|(name, _)| !name.ends_with(".plan.toml"));
    files
}

/// The source for a target: English, or Polish when the target is English.
fn pair(target: Lang) -> (Lang, Lang) {
    (
        if target == Lang::En {
            Lang::Pl
        } else {
            Lang::En
        },
        target,
    )
}

fn doc(text: &str) -> DocumentMut {
    text.parse().unwrap()
}

fn path(text: &str) -> FieldPath {
    FieldPath::parse(text).unwrap()
}

/// `xmllint`'s verdict on `xml` against the XLIFF 2.0 core schema: `Err` with its messages.
fn schema_check(xml: &str) -> Result<(), String> {
    let schema = root().join("tests/schemas/xliff-2.0/xliff_core_2.0.xsd");
    let child = Command::new("xmllint")
        .args(["--noout", "--nonet", "--schema"])
        .arg(&schema)
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(e) => panic!(
            "xmllint could not be run ({e}): it checks the XLIFF against the OASIS schema; \
             `cargo xtask test` installs it (Debian: apt-get install libxml2-utils)"
        ),
    };
    child
        .stdin
        .take()
        .unwrap()
        .write_all(xml.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

#[test]
fn every_file_exports_xliff_the_oasis_schema_accepts_in_every_language() {
    let mut units = 0;
    for (name, text) in all_files() {
        let doc = doc(&text);
        for target in Lang::ALL {
            let (source, target) = pair(target);
            let xml = xliff::export(&doc, &name, source, target);
            if let Err(e) = schema_check(&xml) {
                panic!("{name} {source}->{target}: the schema refuses it:\n{e}");
            }
            units += xml.matches("<unit ").count();
        }
    }
    // 10 calls of about 290 texts and wordings each, three times over.
    assert!(units > 8_000, "{units} units");
}

#[test]
fn an_unchanged_export_reads_back_as_edits_that_change_nothing() {
    for (name, text) in texts() {
        let doc = doc(&text);
        for target in Lang::ALL {
            let (source, target) = pair(target);
            let xml = xliff::export(&doc, &name, source, target);
            let read = xliff::import(&doc, &xml).unwrap();
            let at = format!("{name} {source}->{target}");
            assert_eq!(read.lang, target, "{at}");
            assert_eq!(read.original.as_deref(), Some(name.as_str()), "{at}");
            assert_eq!(read.units, xml.matches("<unit ").count(), "{at}");
            assert!(read.units >= 20, "{at}: {} units", read.units);
            assert_eq!((read.changed, read.empty), (0, 0), "{at}");
            assert!(read.unknown.is_empty(), "{at}: {:?}", read.unknown);
            assert_eq!(read.edits.len(), read.units, "{at}");
            let mut draft = Draft::open(&text).unwrap();
            for (path, value) in &read.edits {
                assert_eq!(draft.get(path).as_ref(), Some(value), "{at}: {path}");
            }
            assert_eq!(draft.set_all(&read.edits), Ok(false), "{at}");
            assert_eq!(draft.text(), text, "{at}");
        }
    }
}

#[test]
fn a_translators_change_changes_exactly_that_field() {
    let name = "tech-novice-router.toml";
    let text = std::fs::read_to_string(root().join("scenarios").join(name)).unwrap();
    let doc = doc(&text);
    let xml = xliff::export(&doc, name, Lang::En, Lang::Hu);
    let title = "<target>Elromlott az internet</target>";
    let wording = "<target>Jó napot kívánok! Jól tette, hogy hívott, nyugodtan, lépésről lépésre \
                   megnézzük együtt. Mondja, mi történt az internettel?</target>";
    assert_eq!(
        (xml.matches(title).count(), xml.matches(wording).count()),
        (1, 1)
    );
    let edited = xml
        .replace(title, "<target>Nem megy a net &amp; a tévé</target>")
        .replace(wording, "<target>Jó napot! Mi történt?</target>");
    let read = xliff::import(&doc, &edited).unwrap();
    assert_eq!(read.changed, 2);
    let changed: Vec<_> = read
        .edits
        .iter()
        .filter(|(path, value)| doc_value(&doc, path) != Some(value.clone()))
        .collect();
    assert_eq!(
        changed,
        [
            &(
                path("title.hu"),
                FieldValue::Text("Nem megy a net & a tévé".into())
            ),
            &(
                path("turn[0].reply[2].text.hu[1]"),
                FieldValue::Text("Jó napot! Mi történt?".into())
            ),
        ]
    );
    let mut draft = Draft::open(&text).unwrap();
    assert_eq!(draft.set_all(&read.edits), Ok(true));
    let expected = text
        .replace(
            "title.hu = \"Elromlott az internet\"",
            "title.hu = \"Nem megy a net & a tévé\"",
        )
        .replace(&wording[8..wording.len() - 9], "Jó napot! Mi történt?");
    assert_ne!(expected, text);
    assert_eq!(draft.text(), expected);
}

fn doc_value(doc: &DocumentMut, path: &FieldPath) -> Option<FieldValue> {
    Draft::open(&doc.to_string()).unwrap().get(path)
}

/// A call with Polish forms of address, characters XML escapes or cannot hold, and Hungarian
/// missing.
const FORMS: &str = r#"title.pl = "Gdzie {był Pan|była Pani}? A & B <C> \"D\"\r\nE\u0001"
title.en = "Where were you? A & B <C> \"D\"\r\nE\u0001"

[[turn]]
id = "opening"

[[turn.line]]
pl = "Sprawdził{|a} {Pan|Pani} router?"
en = "Have you checked the router?"

[[turn.reply]]
id = "calm"
grade = "best"
text.pl = ["Sprawdził{em|am}.", "{Mógłbym|Mogłabym} spojrzeć?"]
text.en = ["I checked.", "Could I have a look?"]
"#;

#[test]
fn polish_forms_of_address_and_odd_characters_come_back_exactly() {
    let doc = doc(FORMS);
    for (source, target) in [
        (Lang::En, Lang::Pl),
        (Lang::Pl, Lang::Hu),
        (Lang::Pl, Lang::En),
    ] {
        let xml = xliff::export(&doc, "forms.toml", source, target);
        schema_check(&xml).unwrap_or_else(|e| panic!("{source}->{target}: {e}"));
        assert!(xml.contains(
            "Gdzie {był Pan|była Pani}? A &amp; B &lt;C&gt; \"D\"&#13;\nE<cp hex=\"0001\"/>"
        ));
        assert!(xml.contains(">Sprawdził{em|am}.</"));
        let notes = xml.matches("category=\"forms-of-address\"").count();
        let read = xliff::import(&doc, &xml).unwrap();
        let mut draft = Draft::open(FORMS).unwrap();
        assert_eq!(draft.set_all(&read.edits), Ok(false));
        assert_eq!(draft.text(), FORMS);
        if target == Lang::Pl {
            // Every text but the title is someone's words, so each says how to write the forms.
            assert_eq!((read.units, read.changed, notes), (4, 0, 3), "{xml}");
        } else {
            // The Hungarian targets are missing; the English ones are there. Every Polish text
            // has braces, so each has the note on them.
            let (empty, edits) = if target == Lang::Hu { (4, 0) } else { (0, 4) };
            assert_eq!(
                (read.empty, read.edits.len(), notes),
                (empty, edits, 4),
                "{xml}"
            );
        }
    }
    // A translator writes new pairs, and characters XML escapes or cannot hold.
    let xml = xliff::export(&doc, "forms.toml", Lang::En, Lang::Pl).replace(
        ">Sprawdził{em|am}.</",
        ">Już sprawdził{em|am}, {proszę Pana|proszę Panią} &amp; &lt;ok&gt; &#13;<cp hex=\"0007\"/></",
    );
    let read = xliff::import(&doc, &xml).unwrap();
    assert_eq!(read.changed, 1);
    let mut draft = Draft::open(FORMS).unwrap();
    draft.set_all(&read.edits).unwrap();
    let wording = "Już sprawdził{em|am}, {proszę Pana|proszę Panią} & <ok> \r\u{7}";
    assert_eq!(
        draft.get(&path("turn[0].reply[0].text.pl[0]")),
        Some(FieldValue::Text(wording.into()))
    );
    let back = xliff::export(draft.document(), "forms.toml", Lang::En, Lang::Pl);
    assert_eq!(xliff::import(draft.document(), &back).unwrap().changed, 0);
}

#[test]
fn missing_translations_come_without_a_target_and_are_put_in() {
    let doc = doc(FORMS);
    let xml = xliff::export(&doc, "forms.toml", Lang::En, Lang::Hu);
    assert_eq!(xml.matches("<segment state=\"initial\">").count(), 4);
    assert!(!xml.contains("<target"));
    let mut translated = xml.clone();
    for (source, hungarian) in [
        ("<source>I checked.</source>", "Megnéztem."),
        ("<source>Could I have a look?</source>", "Megnézhetem?"),
        (
            "<source>Have you checked the router?</source>",
            "Megnézte a routert?",
        ),
    ] {
        translated = translated.replace(source, &format!("{source}<target>{hungarian}</target>"));
    }
    let read = xliff::import(&doc, &translated).unwrap();
    assert_eq!((read.units, read.changed, read.empty), (4, 3, 1));
    let paths: Vec<String> = read.edits.iter().map(|(p, _)| p.to_string()).collect();
    assert_eq!(
        paths,
        [
            "turn[0].line[0].hu",
            "turn[0].reply[0].text.hu",
            "turn[0].reply[0].text.hu[1]"
        ]
    );
    let mut draft = Draft::open(FORMS).unwrap();
    assert!(draft.put_all(&read.edits).unwrap());
    // The second wording made the first one a list.
    for (at, value) in [
        ("turn[0].line[0].hu", "Megnézte a routert?"),
        ("turn[0].reply[0].text.hu[0]", "Megnéztem."),
        ("turn[0].reply[0].text.hu[1]", "Megnézhetem?"),
    ] {
        assert_eq!(
            draft.get(&path(at)),
            Some(FieldValue::Text(value.into())),
            "{at}"
        );
    }
    assert!(
        draft
            .text()
            .contains("text.hu = [\"Megnéztem.\", \"Megnézhetem?\"]\n")
    );
}

const XLIFF_1_2: &str = r#"<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="forms.toml" source-language="en" target-language="hu" datatype="plaintext">
  <body>
   <trans-unit id="title"><source>Where were you?</source><target>Hol volt?</target></trans-unit>
  </body>
 </file>
</xliff>
"#;

#[test]
fn a_bad_document_gives_its_kind_of_error_and_where() {
    let doc = doc(FORMS);
    let good = xliff::export(&doc, "forms.toml", Lang::En, Lang::Hu);
    let unit = "<unit id=\"u-title\" name=\"title\">";
    let cases: [(&str, String); 7] = [
        (
            "not xml",
            "<xliff version=\"2.0\">\n  <file></xliff>".to_owned(),
        ),
        ("xliff 1.2", XLIFF_1_2.to_owned()),
        ("not xliff", "<html><body/></html>".to_owned()),
        ("namespace", good.replace("document:2.0", "document:2.9")),
        ("no trgLang", good.replace(" trgLang=\"hu\"", "")),
        (
            "other language",
            good.replace("trgLang=\"hu\"", "trgLang=\"de-AT\""),
        ),
        (
            "no field",
            good.replace(unit, "<unit id=\"u-title\" name=\"title[\">"),
        ),
    ];
    for (what, xml) in cases {
        let error = xliff::import(&doc, &xml).unwrap_err();
        let message = error.to_string();
        let kind_fits = match (what, &error) {
            ("not xml", XliffError::NotXml { line, .. }) => *line == 2,
            ("xliff 1.2", XliffError::WrongVersion { found, line, .. }) => {
                found == "1.2" && *line == 2
            }
            ("not xliff", XliffError::NotXliff { found, .. }) => found == "html",
            ("namespace", XliffError::WrongNamespace { found, .. }) => found.ends_with("2.9"),
            ("no trgLang", XliffError::NoTargetLanguage { line, column }) => {
                (*line, *column) == (2, 1)
            }
            ("other language", XliffError::OtherTargetLanguage { found, .. }) => found == "de-AT",
            ("no field", XliffError::UnitWithoutField { id, line, .. }) => {
                id == "u-title" && *line > 5
            }
            _ => false,
        };
        assert!(kind_fits, "{what}: {error:?}");
        assert!(message.starts_with("line "), "{what}: {message}");
    }
    let no_name = good.replace(unit, "<unit id=\"u-title\">");
    assert!(matches!(
        xliff::import(&doc, &no_name),
        Err(XliffError::UnitWithoutField { .. })
    ));
    let bad_cp = good.replace(
        "</source>\n   </segment>",
        "</source><target>x<cp hex=\"D800\"/></target>\n   </segment>",
    );
    assert!(matches!(
        xliff::import(&doc, &bad_cp),
        Err(XliffError::BadCodePoint { hex, .. }) if hex == "D800"
    ));
    // A unit for a text the file no longer has is reported, and the others are read.
    let stale = good.replace(unit, "<unit id=\"u-turn-9\" name=\"turn[9].line[0]\">");
    let read = xliff::import(&doc, &stale).unwrap();
    assert_eq!(read.unknown.len(), 1);
    assert_eq!(read.unknown[0].name, "turn[9].line[0]");
    assert_eq!((read.units, read.empty), (4, 3));
}

/// A small file's export, byte for byte: the format a translation tool receives.
#[test]
fn the_format_is_pinned() {
    let text = "\
# A small call.
id = \"late\"
title.pl = \"Spóźniona paczka\"
title.en = \"The late parcel\"

[customer]
name = { pl = \"Jan Nowak\", en = \"John Smith\" }

[[turn]]
id = \"opening\"

[[turn.line]]
pl = \"Gdzie {był Pan|była Pani}?\"
en = \"Where were you?\"

[[turn.line]]
en = \"Hello?\"

[[turn.reply]]
id = \"calm\"
grade = \"poor\"
text.pl = [\"Sprawdził{em|am}.\", \"Już patrzę.\"]
text.en = [\"I checked.\", \"Looking <now> & \\\"here\\\".\"]

[turn.reply.feedback]
en = \"Too short.\"
";
    let xml = xliff::export(&doc(text), "late & soon.toml", Lang::En, Lang::Pl);
    assert_eq!(xml, PINNED, "{xml}");
    schema_check(&xml).unwrap();
}

const PINNED: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="pl">
 <file id="f1" original="late &amp; soon.toml" canResegment="no" xml:space="preserve">
  <notes>
   <note>The texts of the CalmLine training call late &amp; soon.toml. Each unit's name is the field it fills in the file: keep names and ids as they are.</note>
  </notes>
  <unit id="u-title" name="title">
   <notes>
    <note category="role">The call's title, shown in the catalog.</note>
   </notes>
   <segment state="translated">
    <source>The late parcel</source>
    <target>Spóźniona paczka</target>
   </segment>
  </unit>
  <unit id="u-customer-name" name="customer.name">
   <notes>
    <note category="role">The customer's name: each language gives the customer a name usual there.</note>
   </notes>
   <segment state="translated">
    <source>John Smith</source>
    <target>Jan Nowak</target>
   </segment>
  </unit>
  <unit id="u-turn-0-line-0" name="turn[0].line[0]">
   <notes>
    <note category="location">Turn 1 "opening".</note>
    <note category="role">What the customer says at this turn.</note>
    <note category="alternatives">Variant 1 of 2: each call picks one of them, so each must stand on its own.</note>
    <note category="forms-of-address" appliesTo="target">Forms of address: the trainee chooses to be addressed as Pan or Pani, so every word that depends on it is written twice in braces, masculine first, {masculine|feminine}; here the customer speaks to the agent: {Pan|Pani}, {mógłby Pan|mogłaby Pani}, {Panu|Pani}. Braces are used for nothing else.</note>
   </notes>
   <segment state="translated">
    <source>Where were you?</source>
    <target>Gdzie {był Pan|była Pani}?</target>
   </segment>
  </unit>
  <unit id="u-turn-0-line-1" name="turn[0].line[1]">
   <notes>
    <note category="location">Turn 1 "opening".</note>
    <note category="role">What the customer says at this turn.</note>
    <note category="alternatives">Variant 2 of 2: each call picks one of them, so each must stand on its own.</note>
    <note category="forms-of-address" appliesTo="target">Forms of address: the trainee chooses to be addressed as Pan or Pani, so every word that depends on it is written twice in braces, masculine first, {masculine|feminine}; here the customer speaks to the agent: {Pan|Pani}, {mógłby Pan|mogłaby Pani}, {Panu|Pani}. Braces are used for nothing else.</note>
   </notes>
   <segment state="initial">
    <source>Hello?</source>
   </segment>
  </unit>
  <unit id="u-turn-0-reply-0-text-0" name="turn[0].reply[0].text[0]">
   <notes>
    <note category="location">Turn 1 "opening", reply 1 "calm".</note>
    <note category="role">What the agent says: one of the replies the trainee chooses from. It is graded "poor" on purpose: translate its weaknesses as they are, do not improve it.</note>
    <note category="alternatives">Wording 1 of 2: each call shows one of them, so each must stand on its own and mean the same as the others.</note>
    <note category="forms-of-address" appliesTo="target">Forms of address: the trainee chooses to be addressed as Pan or Pani, so every word that depends on it is written twice in braces, masculine first, {masculine|feminine}; here the agent speaks of themself: sprawdził{em|am}, {zrobiłbym|zrobiłabym}. Braces are used for nothing else.</note>
   </notes>
   <segment state="translated">
    <source>I checked.</source>
    <target>Sprawdził{em|am}.</target>
   </segment>
  </unit>
  <unit id="u-turn-0-reply-0-text-1" name="turn[0].reply[0].text[1]">
   <notes>
    <note category="location">Turn 1 "opening", reply 1 "calm".</note>
    <note category="role">What the agent says: one of the replies the trainee chooses from. It is graded "poor" on purpose: translate its weaknesses as they are, do not improve it.</note>
    <note category="alternatives">Wording 2 of 2: each call shows one of them, so each must stand on its own and mean the same as the others.</note>
    <note category="forms-of-address" appliesTo="target">Forms of address: the trainee chooses to be addressed as Pan or Pani, so every word that depends on it is written twice in braces, masculine first, {masculine|feminine}; here the agent speaks of themself: sprawdził{em|am}, {zrobiłbym|zrobiłabym}. Braces are used for nothing else.</note>
   </notes>
   <segment state="translated">
    <source>Looking &lt;now&gt; &amp; "here".</source>
    <target>Już patrzę.</target>
   </segment>
  </unit>
  <unit id="u-turn-0-reply-0-feedback" name="turn[0].reply[0].feedback">
   <notes>
    <note category="location">Turn 1 "opening", reply 1 "calm".</note>
    <note category="role">The trainer's feedback to the trainee on this reply.</note>
    <note category="forms-of-address" appliesTo="target">Forms of address: the trainee chooses to be addressed as Pan or Pani, so every word that depends on it is written twice in braces, masculine first, {masculine|feminine}; here the trainer speaks to the trainee, informally: okazał{eś|aś}, {mógłbyś|mogłabyś}. Braces are used for nothing else.</note>
   </notes>
   <segment state="initial">
    <source>Too short.</source>
   </segment>
  </unit>
 </file>
</xliff>
"#;
