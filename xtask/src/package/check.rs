//! The checks the XSDs cannot make, on a package read back: `scormType` spelled per version, every file the manifest names present and every
//! file of the zip named, one SCO / AU / activity per scenario, launch URLs that follow the
//! contract, and cmi5's course structure (no cmi5 XSD ships in any package we use, so its
//! structure is checked here; `lint.rs` has `xmllint` check that it is well-formed). Pure, so
//! the unit tests run them on manifests written for a small course.

use std::collections::{BTreeMap, BTreeSet};

use roxmltree::{Document, Node};

use super::scorm::{NS_ADLCP, NS_ADLCP12, NS_CP, NS_CP12, schema_files};
use super::xapi::{MOVE_ON, NS_CMI5, NS_TINCAN};
use super::{Course, Format, Options};

/// What a package holds: each file's path and bytes.
pub type Entries = BTreeMap<String, Vec<u8>>;

/// Everything wrong with a package of `format` for `course` (empty when it is right).
pub fn problems(format: Format, course: &Course, entries: &Entries) -> Vec<String> {
    let manifest = format.manifest_name();
    let Some(bytes) = entries.get(manifest) else {
        return vec![format!("no {manifest} at the root")];
    };
    let Ok(text) = std::str::from_utf8(bytes) else {
        return vec![format!("{manifest} is not UTF-8")];
    };
    let doc = match Document::parse(text) {
        Ok(doc) => doc,
        Err(err) => return vec![format!("{manifest} is not well-formed XML: {err}")],
    };
    let mut p = Vec::new();
    let launches = match format {
        Format::Scorm12 | Format::Scorm2004 => scorm(format, &doc, entries, &mut p),
        Format::Cmi5 => cmi5(&doc, &mut p),
        Format::Xapi => tincan(&doc, &mut p),
    };
    let mut seen = BTreeSet::new();
    for url in &launches {
        let path = url.split('?').next().unwrap_or_default();
        if !entries.contains_key(path) {
            p.push(format!(
                "the launch URL `{url}` names `{path}`, not in the package"
            ));
        }
        match launch_problem(url, format, &course.options) {
            Ok(id) if !seen.insert(id.clone()) => p.push(format!("`{id}` launches twice")),
            Ok(_) => {}
            Err(problem) => p.push(problem),
        }
    }
    let wanted: BTreeSet<String> = course.calls.iter().map(|c| c.id.clone()).collect();
    if seen != wanted {
        p.push(format!(
            "one launch per scenario wanted: {wanted:?}, the manifest launches {seen:?}"
        ));
    }
    p
}

/// Checks `url` against the launch URL contract and returns its scenario id.
pub fn launch_problem(url: &str, format: Format, options: &Options) -> Result<String, String> {
    let Some(("index.html", query)) = url.split_once('?') else {
        return Err(format!("launch URL `{url}` is not `index.html?…`"));
    };
    let params: Vec<(&str, &str)> = query
        .split('&')
        .map(|kv| kv.split_once('=').unwrap_or((kv, "")))
        .collect();
    let keys: Vec<&str> = params.iter().map(|(k, _)| *k).collect();
    let mut wanted = vec!["lms", "scenario"];
    for (key, fixed) in [
        ("lang", options.lang.is_some()),
        ("timer", options.timer.is_some()),
        ("mode", options.mode.is_some()),
        ("pass", options.pass_mark.is_some()),
    ] {
        if fixed {
            wanted.push(key);
        }
    }
    if keys != wanted {
        return Err(format!(
            "launch URL `{url}` has {keys:?}, wanted {wanted:?}"
        ));
    }
    let value = |key: &str| params.iter().find(|(k, _)| *k == key).map(|(_, v)| *v);
    let expected = [
        ("lms", Some(format.id().to_owned())),
        ("lang", options.lang.map(|l| l.code().to_owned())),
        ("timer", options.timer.map(|t| t.id().to_owned())),
        ("mode", options.mode.clone()),
        ("pass", options.pass_mark.map(|p| p.to_string())),
    ];
    for (key, want) in expected {
        if let Some(want) = want
            && value(key) != Some(want.as_str())
        {
            return Err(format!("launch URL `{url}`: `{key}` should be `{want}`"));
        }
    }
    Ok(value("scenario").unwrap_or_default().to_owned())
}

fn children<'a, 'i>(node: Node<'a, 'i>, ns: &str, name: &str) -> Vec<Node<'a, 'i>> {
    node.children()
        .filter(|c| {
            c.is_element() && c.tag_name().name() == name && c.tag_name().namespace() == Some(ns)
        })
        .collect()
}

fn text_of(node: Option<Node>) -> String {
    node.and_then(|n| n.text())
        .unwrap_or_default()
        .trim()
        .to_owned()
}

/// The SCORM checks; returns the SCOs' launch URLs.
fn scorm(format: Format, doc: &Document, entries: &Entries, p: &mut Vec<String>) -> Vec<String> {
    let (cp, adlcp, right, wrong, version) = match format {
        Format::Scorm12 => (NS_CP12, NS_ADLCP12, "scormtype", "scormType", "1.2"),
        _ => (
            NS_CP,
            NS_ADLCP,
            "scormType",
            "scormtype",
            "2004 4th Edition",
        ),
    };
    let root = doc.root_element();
    if root.tag_name().namespace() != Some(cp) || root.tag_name().name() != "manifest" {
        p.push(format!("the root is not <manifest> in {cp}"));
        return Vec::new();
    }
    let metadata = children(root, cp, "metadata");
    let meta = |name| {
        text_of(
            metadata
                .first()
                .and_then(|m| children(*m, cp, name).first().copied()),
        )
    };
    if meta("schema") != "ADL SCORM" || meta("schemaversion") != version {
        p.push(format!("metadata must say ADL SCORM, {version}"));
    }
    let resources: Vec<Node> = children(root, cp, "resources")
        .into_iter()
        .flat_map(|r| children(r, cp, "resource"))
        .collect();
    let mut by_id = BTreeMap::new();
    let mut listed = BTreeSet::new();
    for r in &resources {
        let id = r.attribute("identifier").unwrap_or_default();
        by_id.insert(id, *r);
        if r.attribute((adlcp, wrong)).is_some() {
            p.push(format!(
                "resource `{id}` spells adlcp:{wrong}; SCORM {version} wants adlcp:{right}"
            ));
        }
        if r.attribute((adlcp, right)).is_none() {
            p.push(format!("resource `{id}` has no adlcp:{right}"));
        }
        for file in children(*r, cp, "file") {
            let href = file.attribute("href").unwrap_or_default();
            if !entries.contains_key(href) {
                p.push(format!("the manifest lists `{href}`, not in the package"));
            }
            listed.insert(href.to_owned());
        }
        for dep in children(*r, cp, "dependency") {
            let target = dep.attribute("identifierref").unwrap_or_default();
            if !resources
                .iter()
                .any(|o| o.attribute("identifier") == Some(target))
            {
                p.push(format!("resource `{id}` depends on unknown `{target}`"));
            }
        }
    }
    let control: BTreeSet<&str> = std::iter::once(format.manifest_name())
        .chain(schema_files(format).iter().copied())
        .collect();
    for name in entries.keys() {
        if !control.contains(name.as_str()) && !listed.contains(name) {
            p.push(format!(
                "`{name}` is in the package but not in the manifest"
            ));
        }
    }
    let items: Vec<Node> = root
        .descendants()
        .filter(|n| {
            n.is_element() && n.tag_name().namespace() == Some(cp) && n.tag_name().name() == "item"
        })
        .collect();
    let mut launches = Vec::new();
    for item in items {
        let target = item.attribute("identifierref").unwrap_or_default();
        match by_id.get(target) {
            Some(r) if r.attribute((adlcp, right)) == Some("sco") => {
                launches.push(r.attribute("href").unwrap_or_default().to_owned());
            }
            _ => p.push(format!("item `{target}` does not launch a SCO")),
        }
    }
    launches
}

/// The cmi5 course structure checks; returns the AUs' URLs.
fn cmi5(doc: &Document, p: &mut Vec<String>) -> Vec<String> {
    let root = doc.root_element();
    if root.tag_name().namespace() != Some(NS_CMI5) || root.tag_name().name() != "courseStructure" {
        p.push(format!("the root is not <courseStructure> in {NS_CMI5}"));
        return Vec::new();
    }
    let courses = children(root, NS_CMI5, "course");
    match courses.as_slice() {
        [course] if course.attribute("id").is_some_and(is_iri) => {
            check_titles(*course, "course", &["title", "description"], p)
        }
        _ => p.push("there must be one <course> with an IRI id".into()),
    }
    let mut ids = BTreeSet::new();
    let mut urls = Vec::new();
    for au in children(root, NS_CMI5, "au") {
        let id = au.attribute("id").unwrap_or_default();
        if !is_iri(id) || !ids.insert(id) {
            p.push(format!("AU id `{id}` is not a unique IRI"));
        }
        if au.attribute("moveOn") != Some(MOVE_ON) {
            p.push(format!("AU `{id}`: moveOn must be {MOVE_ON}"));
        }
        if au.attribute("launchMethod") != Some("AnyWindow") {
            p.push(format!("AU `{id}`: launchMethod must be AnyWindow"));
        }
        let mastery = au
            .attribute("masteryScore")
            .and_then(|m| m.parse::<f64>().ok());
        if !mastery.is_some_and(|m| (0.0..=1.0).contains(&m)) {
            p.push(format!(
                "AU `{id}`: masteryScore must be a decimal from 0 to 1"
            ));
        }
        check_titles(
            au,
            &format!("AU `{id}`"),
            &["title", "description", "url"],
            p,
        );
        urls.push(text_of(children(au, NS_CMI5, "url").first().copied()));
    }
    urls
}

/// `node`'s element children must be exactly `order`; titles and descriptions hold langstrings.
fn check_titles(node: Node, what: &str, order: &[&str], p: &mut Vec<String>) {
    let names: Vec<&str> = node
        .children()
        .filter(|c| c.is_element())
        .map(|c| c.tag_name().name())
        .collect();
    if names != order {
        p.push(format!("{what} has {names:?}, wanted {order:?}"));
    }
    for field in ["title", "description"] {
        let strings = children(node, NS_CMI5, field)
            .first()
            .map(|f| children(*f, NS_CMI5, "langstring"))
            .unwrap_or_default();
        if strings.is_empty()
            || strings
                .iter()
                .any(|s| s.attribute("lang").is_none() || text_of(Some(*s)).is_empty())
        {
            p.push(format!(
                "{what}: {field} needs non-empty langstrings with a lang"
            ));
        }
    }
}

fn is_iri(id: &str) -> bool {
    id.split_once(':')
        .is_some_and(|(scheme, rest)| !scheme.is_empty() && !rest.is_empty() && !id.contains(' '))
}

/// The `tincan.xml` checks; returns the activities' launch URLs.
fn tincan(doc: &Document, p: &mut Vec<String>) -> Vec<String> {
    let root = doc.root_element();
    if root.tag_name().namespace() != Some(NS_TINCAN) || root.tag_name().name() != "tincan" {
        p.push(format!("the root is not <tincan> in {NS_TINCAN}"));
        return Vec::new();
    }
    let activities: Vec<Node> = children(root, NS_TINCAN, "activities")
        .into_iter()
        .flat_map(|a| children(a, NS_TINCAN, "activity"))
        .collect();
    let mut urls = Vec::new();
    for a in activities {
        let id = a.attribute("id").unwrap_or_default();
        if !is_iri(id) {
            p.push(format!("activity id `{id}` is not an IRI"));
        }
        if children(a, NS_TINCAN, "name").is_empty() {
            p.push(format!("activity `{id}` has no name"));
        }
        urls.push(text_of(children(a, NS_TINCAN, "launch").first().copied()));
    }
    urls
}
