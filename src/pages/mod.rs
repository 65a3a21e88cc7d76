//! Whole screens of the app, one module per screen.

pub mod briefing;
pub mod call;
pub mod catalog;
pub mod debrief;
pub mod not_found;
#[cfg(feature = "authoring")]
pub mod own_file;
pub mod play;
pub mod settings;
#[cfg(feature = "authoring")]
pub mod shared;
pub mod verdict;
