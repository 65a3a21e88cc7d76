//! The small line that tells a learner launched from an LMS where their result is: saved there,
//! kept here until the LMS can be reached, or here only. A polite live region, so a screen
//! reader hears a change without losing its place; nothing when there is no LMS.

use yew::prelude::*;

use super::use_locale;
use crate::context::use_app;
use crate::lms::LmsStatus;

/// The status line of the LMS, with the learner's greeting.
#[component]
pub fn LmsStatusLine() -> Html {
    let locale = use_locale();
    let app = use_app();
    let (key, kind) = match app.lms.status {
        LmsStatus::Off => return html! {},
        LmsStatus::Connecting => ("lms-status-connecting", "connecting"),
        LmsStatus::Saved => ("lms-status-saved", "saved"),
        LmsStatus::Kept => ("lms-status-kept", "kept"),
        LmsStatus::Missing => ("lms-status-missing", "missing"),
        LmsStatus::Closed => ("lms-status-closed", "closed"),
    };
    // The greeting stands outside the live region, so that it is not read again with every
    // change of the status.
    html! {
        <p class={classes!("lms-status", format!("lms-status-{kind}"))}>
            if let Some(name) = &app.lms.learner {
                <span class="lms-greeting" data-testid="lms-greeting">
                    { locale.text_with("lms-greeting", &[("name", name.clone().into())]) }
                </span>
                { " " }
            }
            <span role="status" data-testid="lms-status" data-status={kind}>{ locale.text(key) }</span>
        </p>
    }
}
