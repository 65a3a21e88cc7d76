//! The validator's messages for authors (`locales/<lang>/author.ftl`) in three languages: the
//! three files define the same messages with the same variables, every message the engine
//! records exists and gets exactly the variables it uses, and real diagnostics (the broken
//! corpus and a few made here) render in Polish and Hungarian with no missing message, no
//! unresolved variable and no English left.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use calmline_engine::diag::{self, Arg, Msg};
use calmline_engine::{Diagnostic, Lang, Severity, validate};

#[path = "support/broken.rs"]
mod broken;
#[path = "support/sources.rs"]
mod sources;
use sources::collect_rs;

/// Message id -> the variables its text uses (in every variant), from a Fluent file.
fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in source.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !line.starts_with(' ') {
            let (id, _) = line.split_once(" =").expect("a message line: `id = text`");
            current = Some(id.to_owned());
            out.entry(id.to_owned()).or_default();
        }
        let id = current.clone().expect("text before any message id");
        let vars = out.entry(id).or_default();
        let mut rest = line;
        while let Some(at) = rest.find('$') {
            rest = &rest[at + 1..];
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
                .unwrap_or(rest.len());
            vars.insert(rest[..end].to_owned());
            rest = &rest[end..];
        }
    }
    out
}

fn english() -> BTreeMap<String, BTreeSet<String>> {
    messages(diag::ftl_source(Lang::En))
}

#[test]
fn the_three_author_files_parse_and_define_the_same_messages_with_the_same_variables() {
    let en = english();
    assert!(en.len() > 150, "author.ftl looks truncated: {}", en.len());
    for lang in [Lang::Pl, Lang::Hu] {
        let source = diag::ftl_source(lang);
        if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(source.to_owned()) {
            panic!("{}/author.ftl does not parse: {errors:?}", lang.code());
        }
        let other = messages(source);
        let missing: Vec<_> = en.keys().filter(|id| !other.contains_key(*id)).collect();
        let extra: Vec<_> = other.keys().filter(|id| !en.contains_key(*id)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
        assert!(extra.is_empty(), "{} has unknown {extra:?}", lang.code());
        for (id, vars) in &en {
            assert_eq!(&other[id], vars, "{}: the variables of `{id}`", lang.code());
        }
    }
    if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(english_source()) {
        panic!("en/author.ftl does not parse: {errors:?}");
    }
}

fn english_source() -> String {
    diag::ftl_source(Lang::En).to_owned()
}

/// Every `msg!("id", name = value, …)` in the engine's source: (file, id, argument names).
fn recorded_messages() -> Vec<(String, String, BTreeSet<String>)> {
    let mut files = Vec::new();
    collect_rs(
        &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut out = Vec::new();
    for path in files {
        let text: String = std::fs::read_to_string(&path)
            .expect("read")
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let mut rest = text.as_str();
        while let Some(at) = rest.find("msg!(") {
            rest = &rest[at + "msg!(".len()..];
            let body = balanced(rest);
            let parts = top_level_commas(body);
            let Some(id) = parts
                .first()
                .and_then(|p| p.trim().strip_prefix('"'))
                .and_then(|p| p.strip_suffix('"'))
            else {
                continue; // the macro's own definition
            };
            let args = parts[1..]
                .iter()
                .filter(|p| !p.trim().is_empty())
                .map(|p| {
                    p.split_once('=')
                        .map(|(name, _)| name.trim().to_owned())
                        .unwrap_or_default()
                })
                .collect();
            out.push((path.display().to_string(), id.to_owned(), args));
        }
    }
    out
}

/// The text up to the parenthesis that closes an opened one.
fn balanced(text: &str) -> &str {
    let mut depth = 1;
    for (i, c) in text.char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                depth -= 1;
                if depth == 0 {
                    return &text[..i];
                }
            }
            _ => {}
        }
    }
    text
}

fn top_level_commas(text: &str) -> Vec<&str> {
    let (mut parts, mut depth, mut start, mut quoted) = (Vec::new(), 0, 0, false);
    for (i, c) in text.char_indices() {
        match c {
            '"' => quoted = !quoted,
            '(' | '[' | '{' if !quoted => depth += 1,
            ')' | ']' | '}' if !quoted => depth -= 1,
            ',' if depth == 0 && !quoted => {
                parts.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

#[test]
fn every_message_the_engine_records_exists_with_exactly_its_variables() {
    let en = english();
    let recorded = recorded_messages();
    assert!(
        recorded.len() > 150,
        "found only {} msg! calls",
        recorded.len()
    );
    let mut wrong = Vec::new();
    for (file, id, args) in &recorded {
        match en.get(id) {
            None => wrong.push(format!("{file}: `{id}` is not in author.ftl")),
            Some(vars) if vars != args => wrong.push(format!(
                "{file}: `{id}` is given {args:?}, its text uses {vars:?}"
            )),
            Some(_) => {}
        }
    }
    let used: BTreeSet<&str> = recorded.iter().map(|(_, id, _)| id.as_str()).collect();
    for id in en.keys().filter(|id| !used.contains(id.as_str())) {
        wrong.push(format!("`{id}` in author.ftl is never used"));
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

/// Every message (nested ones included) of `d`, rendered in Polish and Hungarian: no problem,
/// and the whole text differs from the English (nothing fell back).
fn check_rendered(d: &Diagnostic, seen: &mut BTreeSet<&'static str>, bad: &mut Vec<String>) {
    fn ids(m: &Msg, seen: &mut BTreeSet<&'static str>) {
        seen.insert(m.id());
        for (_, arg) in m.args() {
            if let Arg::Msg(inner) = arg {
                ids(inner, seen);
            }
        }
    }
    for m in std::iter::once(&d.what).chain(&d.fix) {
        ids(m, seen);
        let english = diag::render(Lang::En, m);
        for lang in [Lang::Pl, Lang::Hu] {
            let problems = diag::problems(lang, m, diag::Audience::File);
            let text = diag::render(lang, m);
            if !problems.is_empty() {
                bad.push(format!("{}: {problems:?}", d.headline(Lang::En)));
            }
            if text == english {
                bad.push(format!("{} is English in {}: {text}", m.id(), lang.code()));
            }
            if text.contains("{$") || text.contains("diag-") {
                bad.push(format!(
                    "{} is unresolved in {}: {text}",
                    m.id(),
                    lang.code()
                ));
            }
        }
    }
    assert_eq!(d.message, diag::render(Lang::En, &d.what));
    assert_eq!(d.hint, d.fix.as_ref().map(|h| diag::render(Lang::En, h)));
}

/// Problems the broken corpus does not have: a file that is too big, a bare file with a wrong
/// `direction`, a plan full of mistakes, a broken catalog entry.
fn generated_diagnostics() -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let huge = vec![b' '; 16 * 1024 * 1024 + 1];
    out.extend(validate("huge.toml", &huge).diagnostics);
    let bare = "format = 1\ndirection = \"sideways\"\n[[turn]]\nid = \"a\"\n";
    out.extend(validate("bare.toml", bare.as_bytes()).diagnostics);
    let index = "[[scenario]]\nid = \"x\"\nfile = \"../x.toml\"\nversion = 0\n";
    out.extend(calmline_engine::catalog::read("index.toml", index.as_bytes()).unwrap_err());
    let example = std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/late-delivery-v1.toml"),
    )
    .expect("fixture");
    let sc = validate("late-delivery.toml", &example)
        .into_result()
        .expect("the fixture is valid");
    let plan = r#"
        extra = 1
        [[case]]
        name = "wrong moves"
        timer = "slow"
        moves = ["nowhere"]
        ending = "resolved"
        passed = "yes"
        [[case]]
        twists = ["none-such"]
        moves = []
        ending = "resolved"
        passed = true
    "#;
    out.extend(
        calmline_engine::plan::check(&sc, "late-delivery.plan.toml", plan.as_bytes()).diagnostics,
    );
    out
}

#[test]
fn every_diagnostic_renders_in_polish_and_hungarian_without_english_left() {
    let mut all = Vec::new();
    for (name, path) in broken::corpus() {
        all.extend(validate(&name, &std::fs::read(&path).expect("read")).diagnostics);
    }
    all.extend(generated_diagnostics());
    let (mut seen, mut bad) = (BTreeSet::new(), Vec::new());
    for d in &all {
        check_rendered(d, &mut seen, &mut bad);
    }
    assert!(bad.is_empty(), "\n{}", bad.join("\n"));
    assert!(
        seen.len() > 100,
        "only {} messages were rendered",
        seen.len()
    );
}

#[test]
fn a_diagnostic_reads_in_the_language_asked_for_and_the_command_line_stays_english() {
    let d = validate("t.toml", b"format = 1\nid = \"x\"\nvesion = 1\n")
        .diagnostics
        .into_iter()
        .find(|d| d.message.starts_with("unknown field"))
        .expect("the typo is reported");
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(
        d.headline(Lang::En),
        "t.toml:3:1: error: unknown field `vesion` in a scenario"
    );
    assert_eq!(
        d.to_string(),
        "t.toml:3:1: error: unknown field `vesion` in a scenario\n  hint: did you mean `version`?"
    );
    assert_eq!(
        d.headline(Lang::Pl),
        "t.toml:3:1: błąd: scenariusz: nieznane pole `vesion`"
    );
    assert_eq!(
        d.hint_in(Lang::Pl).as_deref(),
        Some("czy chodziło Ci o `version`?")
    );
    assert_eq!(
        d.headline(Lang::Hu),
        "t.toml:3:1: hiba: forgatókönyv: ismeretlen mező: `vesion`"
    );
    assert_eq!(
        d.hint_in(Lang::Hu).as_deref(),
        Some("erre gondoltál: `version`?")
    );
}

#[test]
fn plural_forms_follow_each_language() {
    let twists = |n: usize| diag::Msg::new("diag-too-many-twists").with("max", n);
    assert_eq!(
        diag::render(Lang::Pl, &twists(3)),
        "scenariusz może mieć najwyżej 3 zwroty akcji"
    );
    assert_eq!(
        diag::render(Lang::Pl, &twists(5)),
        "scenariusz może mieć najwyżej 5 zwrotów akcji"
    );
    assert_eq!(
        diag::render(Lang::Hu, &twists(5)),
        "egy forgatókönyvben legfeljebb 5 fordulat lehet"
    );
    assert_eq!(
        diag::render(Lang::En, &twists(3)),
        "a scenario has at most 3 twists"
    );
}

/// Keys of the scenario format that a trainer in the studio, who edits through forms, must not
/// be told to write (the studio names its fields instead; QA round 2, MA4).
const FILE_KEYS: [&str; 17] = [
    "skills",
    "goto",
    "when",
    "feedback",
    "self_care",
    "reaction",
    "critical",
    "techniques",
    "not_twist",
    "mood_below",
    "hang_up",
    "turn.line",
    "turn.reply",
    "ending",
    "passed",
    "twists",
    "customer",
];

/// The studio, here with no names of its own for any value.
const STUDIO: diag::Audience<'static> = diag::Audience::Studio(&|_, _| None);

/// `text` names a file key, a table header or a backtick (which the studio quotes).
fn names_the_file(lang: Lang, text: &str) -> Option<String> {
    let (open, close) = if lang == Lang::En {
        ("“", "”")
    } else {
        ("„", "”")
    };
    // A language by its code ("(pl)") is the file's way, too: the studio names languages.
    let code = ["(pl)", "(hu)", "(en)"].iter().any(|c| text.contains(c));
    if code || text.contains('`') || text.contains("[[") || text.contains("[customer]") {
        return Some(text.to_owned());
    }
    FILE_KEYS
        .iter()
        .find(|k| text.contains(&format!("{open}{k}{close}")))
        .map(|k| format!("{k}: {text}"))
}

#[test]
fn the_studio_says_every_message_in_its_own_words_without_the_files_keys() {
    // Every message alone, each variable a plain value.
    let mut bad = Vec::new();
    for (id, vars) in english() {
        let id: &'static str = Box::leak(id.into_boxed_str());
        let mut m = Msg::new(id);
        for var in vars {
            m = m.with(Box::leak(var.into_boxed_str()), "x");
        }
        for lang in Lang::ALL {
            let problems = diag::problems(lang, &m, STUDIO);
            let text = diag::render_for(lang, &m, STUDIO);
            if !problems.is_empty() {
                bad.push(format!("{problems:?}"));
            }
            if let Some(why) = names_the_file(lang, &text) {
                bad.push(format!("{id} ({}): {why}", lang.code()));
            }
        }
    }
    // Real problems, their parts nested as the validator nests them.
    for (name, path) in broken::corpus() {
        for d in validate(&name, &std::fs::read(&path).expect("read")).diagnostics {
            for lang in Lang::ALL {
                let said = std::iter::once(&d.what).chain(&d.fix);
                for text in said.map(|m| diag::render_for(lang, m, STUDIO)) {
                    if text.contains('`') {
                        bad.push(format!("{name} ({}): {text}", lang.code()));
                    }
                }
            }
        }
    }
    assert!(bad.is_empty(), "\n{}", bad.join("\n"));
    // The command line and the trainer's file page still name the file's keys.
    let m = Msg::new("diag-skill-not-scored").with("skill", "empathy");
    assert!(diag::render(Lang::En, &m).contains("`skills`"));
    assert_eq!(
        diag::render_for(
            Lang::Pl,
            &Msg::new("diag-what-turn").with("id", "greeting"),
            STUDIO
        ),
        "wypowiedź klienta „greeting”",
        "an id is quoted as Polish quotes"
    );
    // A value the studio names itself (a skill) is said with its name.
    let names = |arg: &str, value: &str| (arg == "skill").then(|| format!("<{value}>"));
    let text = diag::render_for(Lang::En, &m, diag::Audience::Studio(&names));
    assert!(text.contains("“<empathy>”"), "{text}");
}
