//! Reusable pieces of the interface, shared by the pages.

pub mod charts;
pub mod choices;
pub mod countdown;
pub mod embed_panel;
pub mod footer;
pub mod header;
pub mod lang_switch;
pub mod lms_status;
pub mod notices;
pub mod portrait;
pub mod styled;

use yew::prelude::*;

use crate::i18n::{Lang, Locale};

/// The interface locale from the nearest [`App`](crate::App); English if a component is
/// rendered on its own (in a test) without one.
#[hook]
pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_else(|| {
        #[cfg(feature = "bundled-locales")]
        return Locale::new(Lang::En);
        #[cfg(not(feature = "bundled-locales"))]
        return Locale::empty(Lang::En);
    })
}

/// A site file that arrived but could not be read, said for whoever looks after the site, in
/// the trainee's language: which file and what to do.
pub fn fault_text(locale: &Locale, fault: &crate::platform::Fault) -> String {
    locale.text_with(
        &format!("fault-{}", fault.error.id()),
        &[("file", fault.file.clone().into())],
    )
}

/// Names the screen in the window title, "<screen> · CalmLine", in the current language.
#[hook]
pub fn use_title(screen: String) {
    let app_name = use_locale().text("app-name");
    use_effect_with((screen, app_name), |(screen, app_name)| {
        crate::platform::set_title(&format!("{screen} · {app_name}"));
    });
}

/// A "copy" button's click handler for `text`, and how the last copy went (`None` before any,
/// then whether the browser allowed it), for the status next to the button.
#[hook]
pub fn use_copy(text: String) -> (Callback<MouseEvent>, Option<bool>) {
    let copied = use_state(|| None::<bool>);
    let outcome = *copied;
    let copy = Callback::from(move |_: MouseEvent| {
        // Emptied first, so that copying again is announced again by a screen reader.
        copied.set(None);
        let copied = copied.clone();
        let text = text.clone();
        yew::platform::spawn_local(async move {
            copied.set(Some(crate::platform::copy_text(&text).await));
        });
    });
    (copy, outcome)
}
