//! Unit tests of the packager: the manifests written for a small course, read back by the same
//! checks `cargo xtask package` and the end-to-end layer run on the real packages.

use super::check::{Entries, launch_problem, problems};
use super::lint::{read_zip, wrapper_xsd};
use super::*;
use calmline_engine::TimerMode;

fn call(id: &str, title: &str, pass_mark: u8) -> Call {
    Call {
        id: id.to_owned(),
        file: format!("{id}.toml"),
        title: vec![
            (Lang::En, title.to_owned()),
            (Lang::Pl, format!("{title} (pl)")),
        ],
        description: vec![
            (Lang::En, format!("About {title}")),
            (Lang::Pl, "O tym".into()),
        ],
        pass_mark,
    }
}

fn two_calls(options: Options) -> Course {
    Course {
        iri: format!("{IRI_BASE}course"),
        title: vec![(Lang::En, "CalmLine".into())],
        description: vec![(Lang::En, "Practise calls".into())],
        calls: vec![
            call("shouter", "Tom & Jerry's <loud> \"call\"", 65),
            call("novice", "The router", 70),
        ],
        options,
    }
}

const SITE: &[&str] = &[
    "index.html",
    "calmline-1a2b.js",
    "calmline-1a2b_bg.wasm",
    "scenarios/index.toml",
    "scenarios/shouter.toml",
    "scenarios/novice.toml",
];

fn site() -> Vec<String> {
    SITE.iter().map(|s| s.to_string()).collect()
}

/// The package `write_packages` would zip, with placeholder bytes for the site and XSDs.
fn package(format: Format, course: &Course) -> Entries {
    let mut entries = Entries::new();
    entries.insert(
        format.manifest_name().to_owned(),
        manifest(format, course, &site()).into_bytes(),
    );
    for name in scorm::schema_files(format).iter().chain(SITE) {
        entries.insert(name.to_string(), b"x".to_vec());
    }
    entries
}

fn elements<'a>(doc: &'a roxmltree::Document, name: &str) -> Vec<roxmltree::Node<'a, 'a>> {
    doc.descendants()
        .filter(|n| n.is_element() && n.tag_name().name() == name)
        .collect()
}

#[test]
fn a_scorm_manifest_for_two_scenarios_has_two_items_and_escapes_titles() {
    let course = two_calls(Options::default());
    for format in [Format::Scorm12, Format::Scorm2004] {
        let xml = manifest(format, &course, &site());
        assert!(xml.contains("Tom &amp; Jerry&apos;s &lt;loud&gt; &quot;call&quot;"));
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let items = elements(&doc, "item");
        assert_eq!(items.len(), 2, "{format:?}");
        let title = items[0]
            .children()
            .find(|c| c.has_tag_name("title"))
            .unwrap();
        assert_eq!(title.text(), Some("Tom & Jerry's <loud> \"call\""));
        let scos = elements(&doc, "resource")
            .into_iter()
            .filter(|r| r.attributes().any(|a| a.value() == "sco"))
            .count();
        assert_eq!(scos, 2, "{format:?}");
        assert_eq!(
            problems(format, &course, &package(format, &course)),
            Vec::<String>::new()
        );
    }
}

#[test]
fn scorm_type_is_spelled_per_version() {
    let course = two_calls(Options::default());
    let v12 = manifest(Format::Scorm12, &course, &site());
    let v2004 = manifest(Format::Scorm2004, &course, &site());
    assert!(v12.contains("adlcp:scormtype=\"sco\"") && !v12.contains("scormType"));
    assert!(v2004.contains("adlcp:scormType=\"sco\"") && !v2004.contains("scormtype"));
    assert!(v12.contains("<schemaversion>1.2</schemaversion>"));
    assert!(v2004.contains("<schemaversion>2004 4th Edition</schemaversion>"));
    assert!(v12.contains("<adlcp:masteryscore>65</adlcp:masteryscore>"));
    assert!(v2004.contains("<imsss:minNormalizedMeasure>0.70</imsss:minNormalizedMeasure>"));

    // The 2004 XSDs let the lowercase spelling through; the checks refuse either mistake.
    let mut wrong = package(Format::Scorm2004, &course);
    let bad = v2004.replace("adlcp:scormType", "adlcp:scormtype");
    wrong.insert("imsmanifest.xml".into(), bad.into_bytes());
    let found = problems(Format::Scorm2004, &course, &wrong);
    assert!(
        found.iter().any(|p| p.contains("spells adlcp:scormtype")),
        "{found:?}"
    );
    let mut wrong = package(Format::Scorm12, &course);
    let bad = v12.replace("adlcp:scormtype", "adlcp:scormType");
    wrong.insert("imsmanifest.xml".into(), bad.into_bytes());
    let found = problems(Format::Scorm12, &course, &wrong);
    assert!(
        found.iter().any(|p| p.contains("spells adlcp:scormType")),
        "{found:?}"
    );
}

#[test]
fn every_file_must_be_listed_and_present() {
    let course = two_calls(Options::default());
    let mut extra = package(Format::Scorm12, &course);
    extra.insert("secret.txt".into(), Vec::new());
    let found = problems(Format::Scorm12, &course, &extra);
    assert_eq!(
        found,
        ["`secret.txt` is in the package but not in the manifest"]
    );

    let mut missing = package(Format::Scorm2004, &course);
    missing.remove("calmline-1a2b_bg.wasm");
    let found = problems(Format::Scorm2004, &course, &missing);
    assert_eq!(
        found,
        ["the manifest lists `calmline-1a2b_bg.wasm`, not in the package"]
    );
}

#[test]
fn a_missing_or_doubled_scenario_is_found() {
    let course = two_calls(Options::default());
    let mut one = course.clone();
    one.calls.pop();
    let entries = package(Format::Cmi5, &one);
    let found = problems(Format::Cmi5, &course, &entries);
    assert!(
        found.iter().any(|p| p.contains("one launch per scenario")),
        "{found:?}"
    );
}

#[test]
fn launch_urls_follow_the_contract() {
    let plain = two_calls(Options::default());
    assert_eq!(
        plain.launch_url(Format::Scorm12, &plain.calls[0]),
        "index.html?lms=scorm12&scenario=shouter"
    );
    let fixed = two_calls(Options {
        lang: Some(Lang::Hu),
        timer: Some(TimerMode::Relaxed),
        mode: Some("exam".into()),
        pass_mark: Some(70),
        ..Options::default()
    });
    let url = fixed.launch_url(Format::Cmi5, &fixed.calls[1]);
    assert_eq!(
        url,
        "index.html?lms=cmi5&scenario=novice&lang=hu&timer=relaxed&mode=exam&pass=70"
    );
    assert_eq!(
        launch_problem(&url, Format::Cmi5, &fixed.options).as_deref(),
        Ok("novice")
    );
    assert!(launch_problem(&url, Format::Xapi, &fixed.options).is_err());
    assert!(launch_problem(&url, Format::Cmi5, &plain.options).is_err());
    assert!(launch_problem("start.html?lms=cmi5", Format::Cmi5, &plain.options).is_err());
}

#[test]
fn cmi5_has_one_au_per_scenario_that_moves_on_when_completed_and_passed() {
    let course = two_calls(Options::default());
    let xml = manifest(Format::Cmi5, &course, &site());
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let aus = elements(&doc, "au");
    assert_eq!(aus.len(), 2);
    assert_eq!(aus[0].attribute("moveOn"), Some("CompletedAndPassed"));
    assert_eq!(aus[0].attribute("masteryScore"), Some("0.65"));
    assert_eq!(aus[0].attribute("launchMethod"), Some("AnyWindow"));
    assert_eq!(
        aus[1].attribute("id"),
        Some("https://calmline.example/call/novice")
    );
    // Every language given is there, each as a langstring.
    assert_eq!(elements(&doc, "langstring").len(), 2 + 4 * 2);
    assert_eq!(
        problems(Format::Cmi5, &course, &package(Format::Cmi5, &course)),
        Vec::<String>::new()
    );
}

#[test]
fn tincan_has_one_launchable_activity_per_scenario() {
    let course = two_calls(Options::default());
    let xml = manifest(Format::Xapi, &course, &site());
    let doc = roxmltree::Document::parse(&xml).unwrap();
    assert_eq!(elements(&doc, "activity").len(), 2);
    assert_eq!(elements(&doc, "launch").len(), 2);
    assert_eq!(
        problems(Format::Xapi, &course, &package(Format::Xapi, &course)),
        Vec::<String>::new()
    );
}

#[test]
fn pass_marks_are_normalized() {
    assert_eq!(scorm::normalized(65), "0.65");
    assert_eq!(scorm::normalized(5), "0.05");
    assert_eq!(scorm::normalized(100), "1");
}

#[test]
fn reads_the_command_line() {
    let args = |s: &str| -> Vec<String> { s.split_whitespace().map(String::from).collect() };
    assert_eq!(parse_args(&[]).unwrap(), Options::default());
    let opts = parse_args(&args(
        "--format=cmi5 --scenario x --lang pl --timer off --mode coach --pass-mark 70",
    ))
    .unwrap();
    assert_eq!(opts.formats, [Format::Cmi5]);
    assert_eq!(opts.scenario.as_deref(), Some("x"));
    assert_eq!(opts.lang, Some(Lang::Pl));
    assert_eq!(opts.timer, Some(TimerMode::Off));
    assert_eq!(opts.pass_mark, Some(70));
    assert_eq!(zip_name(Format::Cmi5, &opts), "calmline-cmi5-x-pl.zip");
    for bad in [
        "--format scorm3",
        "--lang de",
        "--mode boss",
        "--pass-mark 50",
        "--pass-mark",
        "--x 1",
    ] {
        assert!(parse_args(&args(bad)).is_err(), "{bad}");
    }
}

#[test]
fn texts_for_a_manifest() {
    assert_eq!(
        both_forms("Jak {mógłby Pan|mogłaby Pani} pomóc?"),
        "Jak mógłby Pan/mogłaby Pani pomóc?"
    );
    assert_eq!(both_forms("no pairs {here"), "no pairs {here");
    let ftl = "app-name = CalmLine\napp-tagline = Practise calls.\n";
    assert_eq!(
        ftl_message(ftl, "app-tagline").as_deref(),
        Some("Practise calls.")
    );
    assert_eq!(ftl_message(ftl, "app"), None);
    assert_eq!(title_langs(Some(Lang::Hu)), [Lang::Hu]);
    assert_eq!(title_langs(None)[0], Lang::En);
}

#[test]
fn the_wrapper_imports_every_namespace() {
    let v2004 = wrapper_xsd(Format::Scorm2004);
    for ns in [
        "imscp_v1p1",
        "adlcp_v1p3",
        "adlseq_v1p3",
        "adlnav_v1p3",
        "imsss",
    ] {
        assert!(v2004.contains(&format!("/{ns}\" schemaLocation")), "{ns}");
    }
    assert!(wrapper_xsd(Format::Scorm12).contains("adlcp_rootv1p2.xsd"));
}

#[test]
fn a_zip_holds_exactly_what_was_written() {
    let dir = std::env::temp_dir().join(format!("calmline-zip-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("t.zip");
    let entries = vec![
        ("imsmanifest.xml".to_owned(), b"<manifest/>".to_vec()),
        ("scenarios/a.toml".to_owned(), "ż".repeat(1000).into_bytes()),
    ];
    write_zip(&path, &entries).unwrap();
    let first = std::fs::read(&path).unwrap();
    let read = read_zip(&path).unwrap();
    assert_eq!(read.into_iter().collect::<Vec<_>>(), entries);
    assert!(first.len() < 1000, "deflated");
    write_zip(&path, &entries).unwrap();
    assert_eq!(
        std::fs::read(&path).unwrap(),
        first,
        "the same bytes every time"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_site_leaves_out_hidden_files_and_the_studio() {
    let dir = std::env::temp_dir().join(format!("calmline-site-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("scenarios")).unwrap();
    std::fs::create_dir_all(dir.join("studio")).unwrap();
    for file in [
        ".trunk-lock",
        "index.html",
        "scenarios/a.toml",
        "studio/index.html",
        "sw.js",
        "manifest.webmanifest",
    ] {
        std::fs::write(dir.join(file), "x").unwrap();
    }
    assert_eq!(
        site_files(&dir).unwrap(),
        ["index.html", "scenarios/a.toml"]
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
