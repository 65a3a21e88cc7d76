//! The compiled form of scenarios: what `cargo xtask dist` writes after validating the library,
//! and all the player reads.
//!
//! A scenario file is TOML for its authors; reading it takes a parser, the validator and its
//! messages, which a trainee's phone should not download. The release therefore carries each
//! call as its resolved [`Scenario`] (and the catalog as its entries) in a compact serde encoding
//! (postcard), behind a header naming this form's version. A file of another version is refused
//! with [`CompiledError::Version`], never misread.

use serde::{Deserialize, Serialize};

use crate::Scenario;
use crate::catalog::Entry;

/// The first bytes of every compiled file.
pub const MAGIC: &[u8; 4] = b"CLC\x01";

/// The version of the compiled form; bump it whenever a type it carries changes shape.
pub const FORMAT: u16 = 1;

/// The file name extension of compiled files (`scenarios/<id>.clc`, `scenarios/index.clc`).
pub const EXTENSION: &str = "clc";

/// The compiled catalog's file name in `scenarios/`.
pub const INDEX_FILE: &str = "index.clc";

/// The compiled file name of scenario `id` in `scenarios/`.
pub fn file_name(id: &str) -> String {
    format!("{id}.{EXTENSION}")
}

/// Why a compiled file could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompiledError {
    /// Not a compiled CalmLine file (wrong header).
    NotCompiled,
    /// Written by another version of CalmLine.
    Version,
    /// Damaged: the header is right but the content does not decode.
    Damaged,
}

impl CompiledError {
    /// A stable name for messages and logs.
    pub const fn id(self) -> &'static str {
        match self {
            CompiledError::NotCompiled => "not-compiled",
            CompiledError::Version => "version",
            CompiledError::Damaged => "damaged",
        }
    }
}

fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.extend_from_slice(&FORMAT.to_le_bytes());
    // Serialising plain data into a Vec cannot fail.
    out.extend(postcard::to_stdvec(value).unwrap_or_default());
    out
}

fn decode<'a, T: Deserialize<'a>>(bytes: &'a [u8]) -> Result<T, CompiledError> {
    let body = bytes
        .strip_prefix(MAGIC.as_slice())
        .ok_or(CompiledError::NotCompiled)?;
    let (format, body) = body.split_at_checked(2).ok_or(CompiledError::Damaged)?;
    if format != FORMAT.to_le_bytes() {
        return Err(CompiledError::Version);
    }
    match postcard::take_from_bytes::<T>(body) {
        Ok((value, [])) => Ok(value),
        _ => Err(CompiledError::Damaged),
    }
}

/// A scenario in its compiled form.
pub fn scenario_to_bytes(sc: &Scenario) -> Vec<u8> {
    encode(sc)
}

/// A scenario from its compiled form.
pub fn scenario_from_bytes(bytes: &[u8]) -> Result<Scenario, CompiledError> {
    decode(bytes)
}

/// The catalog in its compiled form.
pub fn catalog_to_bytes(entries: &[Entry]) -> Vec<u8> {
    encode(&entries)
}

/// The catalog from its compiled form.
pub fn catalog_from_bytes(bytes: &[u8]) -> Result<Vec<Entry>, CompiledError> {
    decode(bytes)
}
