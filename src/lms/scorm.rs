//! (being written) The scorm adapter.

use super::{Reporters, Updates};
use crate::settings::LmsKind;

/// Connects to the LMS (being written).
pub fn connect(_kind: LmsKind, _reporters: &Reporters, updates: Updates) {
    updates.emit(super::LmsUpdate::Status(super::LmsStatus::Missing));
}
