//! The package formats and the command line of `cargo xtask package`.
//!
//! Every option has a default that fixes nothing: all formats, every scenario of the catalog,
//! the learner's own language, the timer and mode the trainee picks, each scenario's pass mark.
//! A pass mark given here must keep the guarantees of docs/scoring.md (63 to 75).

use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use calmline_engine::scale::{PASS_MARK_MAX, PASS_MARK_MIN};
use calmline_engine::{Lang, TimerMode};

/// A package format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// SCORM 1.2.
    Scorm12,
    /// SCORM 2004 4th edition.
    Scorm2004,
    /// cmi5.
    Cmi5,
    /// An xAPI ("Tin Can") launch package.
    Xapi,
}

impl Format {
    /// Every format, in the order they are built.
    pub const ALL: [Format; 4] = [
        Format::Scorm12,
        Format::Scorm2004,
        Format::Cmi5,
        Format::Xapi,
    ];

    /// The id used on the command line, in the launch URL (`lms=`) and in file names.
    pub const fn id(self) -> &'static str {
        match self {
            Format::Scorm12 => "scorm12",
            Format::Scorm2004 => "scorm2004",
            Format::Cmi5 => "cmi5",
            Format::Xapi => "xapi",
        }
    }

    fn from_id(id: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.id() == id)
    }

    /// The manifest's file name at the package root.
    pub const fn manifest_name(self) -> &'static str {
        match self {
            Format::Scorm12 | Format::Scorm2004 => "imsmanifest.xml",
            Format::Cmi5 => "cmi5.xml",
            Format::Xapi => "tincan.xml",
        }
    }
}

/// What the command line asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The formats to build.
    pub formats: Vec<Format>,
    /// One scenario only, or every scenario of the catalog.
    pub scenario: Option<String>,
    /// A fixed language, or `None` for the learner's own.
    pub lang: Option<Lang>,
    /// A fixed timer mode.
    pub timer: Option<TimerMode>,
    /// A fixed mode, `coach` or `exam`.
    pub mode: Option<String>,
    /// A pass mark for every call, instead of each scenario's own.
    pub pass_mark: Option<u8>,
    /// Where the zips go.
    pub out: PathBuf,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            formats: Format::ALL.to_vec(),
            scenario: None,
            lang: None,
            timer: None,
            mode: None,
            pass_mark: None,
            out: PathBuf::from("target/packages"),
        }
    }
}

/// Reads `[--format F] [--scenario ID] [--lang L] [--timer T] [--mode M] [--pass-mark N]
/// [--out DIR]` (each as `--opt value` or `--opt=value`).
pub fn parse_args(args: &[String]) -> Result<Options> {
    let mut opts = Options::default();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) => (name, Some(value.to_owned())),
            None => (arg.as_str(), None),
        };
        let value = match inline {
            Some(value) => value,
            None => args
                .next()
                .with_context(|| format!("`{name}` needs a value"))?
                .clone(),
        };
        match name {
            "--format" if value == "all" => opts.formats = Format::ALL.to_vec(),
            "--format" => {
                opts.formats = vec![Format::from_id(&value).with_context(|| {
                    format!("unknown format `{value}` (scorm12, scorm2004, cmi5, xapi, all)")
                })?]
            }
            "--scenario" => opts.scenario = Some(value),
            "--lang" => {
                let lang = Lang::ALL.into_iter().find(|l| l.code() == value);
                opts.lang =
                    Some(lang.with_context(|| format!("unknown language `{value}` (pl, hu, en)"))?);
            }
            "--timer" => {
                opts.timer = Some(TimerMode::from_id(&value).with_context(|| {
                    format!("unknown timer `{value}` (off, relaxed, standard, strict)")
                })?)
            }
            "--mode" if value == "coach" || value == "exam" => opts.mode = Some(value),
            "--mode" => bail!("unknown mode `{value}` (coach, exam)"),
            "--pass-mark" => {
                let mark: u8 = value
                    .parse()
                    .ok()
                    .filter(|m| (PASS_MARK_MIN..=PASS_MARK_MAX).contains(m))
                    .with_context(|| {
                        format!(
                            "the pass mark must be a whole number from {PASS_MARK_MIN} to \
                             {PASS_MARK_MAX} (docs/scoring.md), not `{value}`"
                        )
                    })?;
                opts.pass_mark = Some(mark);
            }
            "--out" => opts.out = PathBuf::from(value),
            other => bail!("unknown option `{other}` of `cargo xtask package`"),
        }
    }
    Ok(opts)
}
