//! Building the LMS runtime (`crates/lms`): a WebAssembly module of its own that only a launch
//! from an LMS package loads, so that the player carries none of the SCORM, cmi5 and xAPI code.
//! It is built before Trunk runs, with the same toolchain, profile, wasm-bindgen and wasm-opt
//! as the player, into `target/lms/`, which `index.html` copies to `lms/` next to the page.

use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::bootstrap::Tools;

/// Where the built module and its glue go (copied by Trunk into `dist/lms/`).
pub fn out_dir(root: &Path) -> PathBuf {
    root.join("target").join("lms")
}

/// Builds the module (release, `wasm-opt -Oz`) into [`out_dir`]; returns its version, a hash
/// of the module, which the player puts in the URLs it loads it from (`CALMLINE_LMS_VERSION`).
pub fn build(root: &Path, tools: &Tools) -> Result<String> {
    crate::module::build(root, tools, "calmline-lms", &out_dir(root))
}

/// FNV-1a, 64 bits: a version that changes whenever the module does.
pub use crate::module::fnv;
