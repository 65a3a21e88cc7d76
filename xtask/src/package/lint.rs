//! Checking the packages as written: each zip read back, its SCORM manifest validated with
//! `xmllint --noout --nonet --schema` against the official XSDs the package itself carries
//! (through a wrapper XSD that imports each namespace), the cmi5 and xAPI manifests checked to
//! be well-formed by the same parser, then the checks of `check.rs`.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

use super::check::{Entries, problems};
use super::scorm::{namespaces, schema_files};
use super::{Format, Options, course};
use crate::proc;

/// Checks every package written for `opts`, printing what was checked; fails on any problem.
pub fn check_all(root: &Path, opts: &Options, packages: &[(Format, PathBuf)]) -> Result<()> {
    let course = course(root, opts)?;
    let mut failed = 0;
    for (format, path) in packages {
        let entries = read_zip(path)?;
        let mut problems = problems(*format, &course, &entries);
        let dir = root.join("target/packages-check").join(format.id());
        problems.extend(if schema_files(*format).is_empty() {
            xmllint_well_formed(&dir, format.manifest_name(), &entries)?
        } else {
            xmllint_schema(&dir, *format, &entries)?
        });
        if problems.is_empty() {
            let what = if schema_files(*format).is_empty() {
                "well-formed, one launch per call, launch URLs and files present"
            } else {
                "valid against the XSDs, every file listed and present, scormType spelled right"
            };
            println!(
                "{}: ok: {} for {} call(s), {} files: {what}",
                format.id(),
                format.manifest_name(),
                course.calls.len(),
                entries.len()
            );
        } else {
            failed += 1;
            for problem in &problems {
                println!("{}: {problem}", format.id());
            }
        }
    }
    if failed > 0 {
        bail!("{failed} package(s) failed their checks");
    }
    Ok(())
}

/// Every file of a zip.
pub fn read_zip(path: &Path) -> Result<Entries> {
    let file = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut zip = zip::ZipArchive::new(file)?;
    let mut entries = Entries::new();
    for i in 0..zip.len() {
        let mut file = zip.by_index(i)?;
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes)?;
        if entries.insert(file.name()?.into_owned(), bytes).is_some() {
            bail!("{}: a file is in the zip twice", path.display());
        }
    }
    Ok(entries)
}

/// The wrapper XSD that imports every namespace of a manifest of `format`.
pub fn wrapper_xsd(format: Format) -> String {
    let imports: String = namespaces(format)
        .iter()
        .map(|(ns, file)| format!("  <xs:import namespace=\"{ns}\" schemaLocation=\"{file}\"/>\n"))
        .collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">\n{imports}</xs:schema>\n"
    )
}

/// Unpacks the manifest and the XSDs of the package into `dir` and validates the manifest with
/// `xmllint --noout --nonet --schema`, against the XSDs the package itself carries.
fn xmllint_schema(dir: &Path, format: Format, entries: &Entries) -> Result<Vec<String>> {
    let mut names = vec![format.manifest_name()];
    names.extend(schema_files(format));
    unpack(dir, &names, entries)?;
    std::fs::write(dir.join("calmline-wrapper.xsd"), wrapper_xsd(format))?;
    xmllint(
        dir,
        &[
            "--noout",
            "--nonet",
            "--schema",
            "calmline-wrapper.xsd",
            format.manifest_name(),
        ],
    )
}

fn xmllint_well_formed(dir: &Path, manifest: &str, entries: &Entries) -> Result<Vec<String>> {
    unpack(dir, &[manifest], entries)?;
    xmllint(dir, &["--noout", "--nonet", manifest])
}

fn unpack(dir: &Path, names: &[&str], entries: &Entries) -> Result<()> {
    if dir.exists() {
        std::fs::remove_dir_all(dir)?;
    }
    std::fs::create_dir_all(dir)?;
    for name in names {
        let bytes = entries
            .get(*name)
            .with_context(|| format!("the package has no {name}"))?;
        std::fs::write(dir.join(name), bytes)?;
    }
    Ok(())
}

fn xmllint(dir: &Path, args: &[&str]) -> Result<Vec<String>> {
    let mut cmd = Command::new("xmllint");
    cmd.args(args).current_dir(dir);
    eprintln!("$ (cd {}) {}", dir.display(), proc::describe(&cmd));
    let out = cmd
        .output()
        .context("could not start xmllint (Debian package libxml2-utils)")?;
    let said = String::from_utf8_lossy(&out.stderr).trim().to_owned();
    if !said.is_empty() {
        println!("{said}");
    }
    Ok(if out.status.success() {
        Vec::new()
    } else {
        vec![format!("xmllint failed ({}): {said}", out.status)]
    })
}
