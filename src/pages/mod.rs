//! Whole screens of the app, one module per route.

pub mod catalog;
