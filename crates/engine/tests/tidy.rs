//! House rules a reviewer would otherwise have to catch: the engine's modules form no import
//! cycle (a module that depends on another, directly or not, is never needed by it).

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

#[path = "support/sources.rs"]
mod sources;
use sources::collect_rs;

/// Module name -> the crate modules it refers to (`crate::x`, `use crate::{x, …}`, `super::x`).
/// The files of a module's submodules (`src/x/*.rs`, at any depth) count as module `x`.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    // (module, file) for every source file.
    let mut files: Vec<(String, PathBuf)> = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("src/") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            let module = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_owned();
            let mut inner = Vec::new();
            collect_rs(&path, &mut inner);
            files.extend(inner.into_iter().map(|p| (module.clone(), p)));
        } else if path.extension().is_some_and(|e| e == "rs") {
            let module = path
                .file_stem()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_owned();
            files.push((module, path));
        }
    }
    let modules: BTreeSet<String> = files
        .iter()
        .map(|(m, _)| m.clone())
        .filter(|m| m != "lib")
        .collect();
    // Items re-exported at the crate root, and the module that defines each.
    let root = std::fs::read_to_string(dir.join("lib.rs")).expect("lib.rs");
    let mut reexports: BTreeMap<String, String> = BTreeMap::new();
    for line in root.lines().filter(|l| l.starts_with("pub use ")) {
        let path = line.trim_start_matches("pub use ").trim_end_matches(';');
        if let Some((module, items)) = path.split_once("::") {
            for item in items.trim_matches(|c| c == '{' || c == '}').split(',') {
                reexports.insert(item.trim().to_owned(), module.to_owned());
            }
        }
    }
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (name, path) in &files {
        if name == "lib" {
            continue;
        }
        let text = std::fs::read_to_string(path).expect("read");
        // Only code counts: not comments (doc links), not the unit tests.
        let code: String = text
            .split("#[cfg(test)]")
            .next()
            .unwrap_or_default()
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let mut deps = BTreeSet::new();
        for (i, _) in code.match_indices("crate::") {
            let rest = &code[i + "crate::".len()..];
            let names: Vec<&str> = if let Some(list) = rest.strip_prefix('{') {
                list.split('}')
                    .next()
                    .unwrap_or_default()
                    .split(',')
                    .collect()
            } else {
                vec![rest]
            };
            for n in names {
                let word: String = n
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                let module = if modules.contains(&word) {
                    Some(word)
                } else {
                    reexports.get(&word).cloned()
                };
                if let Some(m) = module.filter(|m| m != name) {
                    deps.insert(m);
                }
            }
        }
        graph.entry(name.clone()).or_default().extend(deps);
    }
    graph
}

#[test]
fn the_engine_modules_have_no_import_cycle() {
    let graph = imports();
    assert!(
        graph["score"].contains("run"),
        "the scan reads imports: {graph:?}"
    );
    assert!(
        graph["diag"].contains("lang"),
        "the scan reads submodule files (diag/render.rs): {graph:?}"
    );
    // Depth-first search for a back edge, reporting the cycle it closes.
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_owned());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        if let Some(cycle) = visit(node, &graph, &mut Vec::new(), &mut done) {
            panic!("import cycle: {}", cycle.join(" -> "));
        }
    }
}
