//! Reusable pieces of the interface, shared by the pages.

pub mod charts;
pub mod choices;
pub mod countdown;
pub mod footer;
pub mod header;
pub mod lang_switch;
pub mod notices;
pub mod portrait;

use yew::prelude::*;

use crate::i18n::{Lang, Locale};

/// The interface locale from the nearest [`App`](crate::App); English if a component is
/// rendered on its own (in a test) without one.
#[hook]
pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_else(|| Locale::new(Lang::En))
}
