//! Notices: short messages about something the app had to fix on its own (a link value it did
//! not know, damaged saved data, a call resumed after a reload), each in a polite live region
//! and dismissible. Nothing here ever blocks the page.

use yew::prelude::*;

use super::use_locale;
use crate::i18n::Locale;
use crate::platform::Notice;

/// Properties of [`Notices`].
#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    /// The notices to show.
    pub notices: Vec<Notice>,
    /// Called with the index of a dismissed notice.
    pub on_dismiss: Callback<usize>,
}

/// The text of a notice in the current language.
pub fn notice_text(locale: &Locale, notice: &Notice) -> String {
    match notice {
        Notice::BadLink(_) => locale.text("notice-bad-link-plain"),
        Notice::SettingsReset => locale.text("notice-settings-reset"),
        Notice::ProgressReset => locale.text("notice-progress-reset"),
        Notice::ScoresFromOldModel => locale.text("notice-scores-from-old-model"),
        Notice::CallNotRestored(reason) => locale.text_with(
            "notice-call-not-restored",
            &[(
                "reason",
                locale.text(&format!("save-error-{reason}")).into(),
            )],
        ),
        Notice::CallResumed => locale.text("notice-call-resumed"),
        Notice::StorageUnavailable => locale.text("notice-storage-unavailable"),
    }
}

/// The list of notices under the header.
#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    let locale = use_locale();
    html! {
        <div class="notices" role="status" aria-live="polite" data-testid="notices">
            { for props.notices.iter().enumerate().map(|(i, notice)| {
                let on_dismiss = props.on_dismiss.reform(move |_: MouseEvent| i);
                html! {
                    <div class="notice" data-testid="notice">
                        <div class="notice-body">
                            <p>{ notice_text(&locale, notice) }</p>
                            if let Notice::BadLink(params) = notice {
                                <BadLinkDetails params={params.clone()} />
                            }
                        </div>
                        <button type="button" class="notice-dismiss" onclick={on_dismiss}
                                aria-label={locale.text("notice-dismiss")}>
                            <span aria-hidden="true">{ "×" }</span>
                        </button>
                    </div>
                }
            }) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct BadLinkDetailsProps {
    params: Vec<(String, String)>,
}

/// The parameters of a bad link that were not understood, for a trainer: behind a disclosure,
/// so that the trainee reads one plain sentence.
#[component]
fn BadLinkDetails(props: &BadLinkDetailsProps) -> Html {
    let locale = use_locale();
    html! {
        <details class="notice-details" data-testid="bad-link-details">
            <summary>{ locale.text("notice-bad-link-details") }</summary>
            <ul>
                { for props.params.iter().map(|(name, value)| html! {
                    <li data-testid="bad-link-param" lang="en">
                        { locale.text_with("notice-bad-link-item", &[
                            ("name", name.clone().into()),
                            ("value", value.clone().into()),
                        ]) }
                    </li>
                }) }
            </ul>
        </details>
    }
}
