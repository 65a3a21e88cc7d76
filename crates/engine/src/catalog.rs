//! The catalog index: what the browser needs to list the scenarios without loading them.
//!
//! Scenario files are loaded only when a trainee opens one, so the first screen stays small.
//! The catalog page reads `scenarios/index.toml` instead: one `[[scenario]]` table per file with
//! its metadata, written by `cargo xtask catalog` from the scenarios themselves (a test checks
//! that the committed index is up to date). Reading it uses the same field readers as a scenario
//! file, so a damaged index gets the same located diagnostics.

#[cfg(feature = "authoring")]
use std::fmt::Write as _;

#[cfg(feature = "authoring")]
use crate::Lang;
#[cfg(feature = "authoring")]
use crate::diag::{Diagnostic, Problems, msg};
#[cfg(feature = "authoring")]
use crate::load::{skill_list, technique_list};
use crate::model::{CustomerType, Difficulty, Scenario, Technique};
#[cfg(feature = "authoring")]
use crate::reader::{self, Obj};
use crate::{Skill, Text};

/// One scenario as the catalog shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Entry {
    /// The scenario id.
    pub id: String,
    /// The file name in `scenarios/`.
    pub file: String,
    /// The scenario's version.
    pub version: u32,
    /// Its title.
    pub title: Text,
    /// Its summary.
    pub summary: Text,
    /// The customer type.
    pub customer_type: CustomerType,
    /// The difficulty.
    pub difficulty: Difficulty,
    /// About how long the call takes.
    pub minutes: u8,
    /// The skills it trains.
    pub skills: Vec<Skill>,
    /// The techniques it teaches.
    pub techniques: Vec<Technique>,
    /// The pass mark.
    pub pass_mark: u8,
}

impl Entry {
    /// The catalog entry of a loaded scenario read from `file`.
    pub fn of(file: &str, sc: &Scenario) -> Entry {
        Entry {
            id: sc.id.clone(),
            file: file.to_owned(),
            version: sc.version,
            title: sc.title.clone(),
            summary: sc.summary.clone(),
            customer_type: sc.customer_type,
            difficulty: sc.difficulty,
            minutes: sc.minutes,
            skills: sc.skills.clone(),
            techniques: sc.techniques.clone(),
            pass_mark: sc.pass_mark,
        }
    }
}

/// The name of the index file in `scenarios/`.
pub const INDEX_FILE: &str = "index.toml";

/// Whether a file name in `scenarios/` is a scenario (not a test plan, not the index).
pub fn is_scenario_file(name: &str) -> bool {
    name.ends_with(".toml") && !name.ends_with(".plan.toml") && name != INDEX_FILE
}

#[cfg(feature = "authoring")]
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(feature = "authoring")]
fn list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let items: Vec<String> = items.map(quoted).collect();
    format!("[{}]", items.join(", "))
}

#[cfg(feature = "authoring")]
/// The index file for `entries`, in their order.
pub fn write(entries: &[Entry]) -> String {
    let mut out = String::from(
        "# The catalog of scenarios/: written by `cargo xtask catalog`, do not edit by hand.\n",
    );
    for e in entries {
        out.push_str("\n[[scenario]]\n");
        let _ = writeln!(out, "id = {}", quoted(&e.id));
        let _ = writeln!(out, "file = {}", quoted(&e.file));
        let _ = writeln!(out, "version = {}", e.version);
        for (key, text) in [("title", &e.title), ("summary", &e.summary)] {
            for lang in Lang::ALL {
                let _ = writeln!(out, "{key}.{} = {}", lang.code(), quoted(text.raw(lang)));
            }
        }
        let _ = writeln!(out, "customer_type = {}", quoted(e.customer_type.id()));
        let _ = writeln!(out, "difficulty = {}", quoted(e.difficulty.id()));
        let _ = writeln!(out, "minutes = {}", e.minutes);
        let _ = writeln!(out, "skills = {}", list(e.skills.iter().map(|s| s.id())));
        let _ = writeln!(
            out,
            "techniques = {}",
            list(e.techniques.iter().map(|t| t.id()))
        );
        let _ = writeln!(out, "pass_mark = {}", e.pass_mark);
    }
    out
}

#[cfg(feature = "authoring")]
/// Reads an index file. Returns every entry it could read, or every problem with its position.
pub fn read(file: &str, bytes: &[u8]) -> Result<Vec<Entry>, Vec<Diagnostic>> {
    let mut p = Problems::default();
    let Some(source) = reader::decode(bytes, &mut p) else {
        return Err(p.into_diagnostics(file, ""));
    };
    let doc = reader::parse(source, &mut p);
    let mut entries = Vec::new();
    if p.is_empty() {
        let root = Obj {
            span: (0, 0),
            table: doc.get_ref(),
        };
        let items = root
            .get("scenario")
            .and_then(|v| reader::array(&mut p, v, &msg!("diag-what-field", key = "scenario")))
            .unwrap_or_default();
        for item in items {
            if let Some(obj) = reader::obj(&mut p, item, &msg!("diag-what-each", key = "scenario"))
            {
                entries.extend(entry(&mut p, obj));
            }
        }
    }
    if p.is_empty() {
        Ok(entries)
    } else {
        Err(p.into_diagnostics(file, source))
    }
}

#[cfg(feature = "authoring")]
fn entry(p: &mut Problems, obj: Obj<'_, '_>) -> Option<Entry> {
    let what = msg!("diag-what-catalog-entry");
    let get = |p: &mut Problems, key: &str| reader::required(p, obj, key, &what, "…");
    let int = |p: &mut Problems, key: &str, min: i64, max: i64| {
        get(p, key).and_then(|v| reader::int(p, v, &msg!("diag-what-field", key = key), min, max))
    };
    let id = get(p, "id").and_then(|v| reader::id(p, v, &msg!("diag-what-scenario-id")));
    let file =
        get(p, "file").and_then(|v| reader::string(p, v, &msg!("diag-what-field", key = "file")));
    let version = int(p, "version", 1, 65_535);
    let title = get(p, "title").and_then(|v| reader::text(p, v, &msg!("diag-what-title")));
    let summary = get(p, "summary").and_then(|v| reader::text(p, v, &msg!("diag-what-summary")));
    let customer_type = get(p, "customer_type")
        .and_then(|v| reader::choice(p, v, &msg!("diag-what-customer-type"), &CustomerType::ALL));
    let difficulty = get(p, "difficulty")
        .and_then(|v| reader::choice(p, v, &msg!("diag-what-difficulty"), &Difficulty::ALL));
    let minutes = int(p, "minutes", 1, 60);
    let skills = get(p, "skills").and_then(|v| skill_list(p, v));
    let techniques = get(p, "techniques").and_then(|v| technique_list(p, v));
    let pass_mark = int(p, "pass_mark", 0, 100);
    // A file name is a plain name in scenarios/: never a path or a URL.
    let file = file.filter(|f| {
        let plain = f.ends_with(".toml")
            && f.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.');
        if !plain {
            p.error(
                obj.span(),
                msg!(
                    "diag-catalog-file",
                    file = format!("\"{}\"", f.escape_debug())
                ),
            );
        }
        plain
    });
    Some(Entry {
        id: id?.into_inner(),
        file: file?,
        version: version? as u32,
        title: title?,
        summary: summary?,
        customer_type: customer_type?,
        difficulty: difficulty?,
        minutes: minutes? as u8,
        skills: skills?,
        techniques: techniques?,
        pass_mark: pass_mark? as u8,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Entry {
        Entry {
            id: "late-delivery".into(),
            file: "late-delivery.toml".into(),
            version: 3,
            title: Text::new(
                "Spóźniona „dostawa”",
                "Késik a csomag",
                "The \"late\" delivery",
            ),
            summary: Text::new("a\\b", "két\nsor", "plain"),
            customer_type: CustomerType::Shouter,
            difficulty: Difficulty::Hard,
            minutes: 6,
            skills: vec![Skill::Empathy, Skill::Calm],
            techniques: vec![Technique::Venting],
            pass_mark: 65,
        }
    }

    #[test]
    fn an_index_round_trips_with_quotes_and_escapes() {
        let entries = vec![
            sample(),
            Entry {
                id: "b".into(),
                ..sample()
            },
        ];
        let text = write(&entries);
        assert_eq!(read("index.toml", text.as_bytes()), Ok(entries));
    }

    #[test]
    fn a_damaged_index_reports_where() {
        let text = write(&[sample()]).replace("minutes = 6", "minutes = \"six\"");
        let err = read("index.toml", text.as_bytes()).unwrap_err();
        assert_eq!(err.len(), 1, "{err:?}");
        assert!(
            err[0]
                .to_string()
                .starts_with("index.toml:15:11: error: `minutes` must be a whole number"),
            "{}",
            err[0]
        );
        assert!(read("index.toml", b"[[scenario]\n").is_err());
        assert!(read("index.toml", &[0xff, 0xfe]).is_err());
    }

    #[test]
    fn a_file_name_that_is_a_path_is_refused() {
        let text = write(&[sample()]).replace("late-delivery.toml", "../secret.toml");
        assert!(read("index.toml", text.as_bytes()).is_err());
    }

    #[test]
    fn an_empty_index_lists_nothing() {
        assert_eq!(read("index.toml", b"# nothing yet\n"), Ok(vec![]));
    }
}
