//! Notices: short messages about something the app had to fix on its own (a link value it did
//! not know, damaged saved data, a call resumed after a reload), each in a polite live region
//! and dismissible. Nothing here ever blocks the page.
//!
//! A notice belongs to the screen it was raised for ([`NoticeList`]): it goes when the trainee
//! leaves that route, and a notice about a call (resumed, not restored, a bad link's settings)
//! goes when that call ends, so that no screen shows a message about another one.

use std::rc::Rc;

use yew::prelude::*;

use super::use_locale;
use crate::i18n::Locale;
use crate::platform::Notice;
use crate::route::Route;

/// The notices on screen, each with the route it was raised for, and the route on screen.
#[derive(Debug, Clone, PartialEq)]
pub struct NoticeList {
    items: Vec<(Notice, Route)>,
    route: Route,
}

/// A change to the notices.
#[derive(Debug, Clone, PartialEq)]
pub enum NoticeAction {
    /// A notice for the route on screen.
    Add(Notice),
    /// The trainee moved to another route: the notices of the one before go.
    Moved(Route),
    /// The call on screen ended: the notices about it go.
    CallEnded,
    /// The trainee dismissed the notice at this index.
    Dismiss(usize),
}

impl NoticeList {
    /// The notices raised at start-up, for the first route.
    pub fn new(notices: Vec<Notice>, route: Route) -> NoticeList {
        let mut list = NoticeList {
            items: Vec::new(),
            route,
        };
        for notice in notices {
            list = list.with(NoticeAction::Add(notice));
        }
        list
    }

    /// The notices to show.
    pub fn shown(&self) -> Vec<Notice> {
        self.items.iter().map(|(n, _)| n.clone()).collect()
    }

    /// The list after `action`.
    pub fn with(&self, action: NoticeAction) -> NoticeList {
        let mut next = self.clone();
        match action {
            // A new bad link replaces the notice of the one before: one notice, the latest link.
            NoticeAction::Add(notice) => {
                if next.items.iter().any(|(n, _)| *n == notice) {
                    return next;
                }
                if matches!(notice, Notice::BadLink(_)) {
                    next.items.retain(|(n, _)| !matches!(n, Notice::BadLink(_)));
                }
                next.items.push((notice, next.route.clone()));
            }
            NoticeAction::Moved(route) => {
                next.items
                    .retain(|(n, r)| *r == route || *n == Notice::UpdateReady);
                next.route = route;
            }
            NoticeAction::CallEnded => next.items.retain(|(n, _)| !about_the_call(n)),
            NoticeAction::Dismiss(index) => {
                if index < next.items.len() {
                    next.items.remove(index);
                }
            }
        }
        next
    }
}

/// Whether a notice speaks of the call on screen (and so ends with it).
fn about_the_call(notice: &Notice) -> bool {
    matches!(
        notice,
        Notice::CallResumed | Notice::CallNotRestored(_) | Notice::BadLink(_)
    )
}

impl Reducible for NoticeList {
    type Action = NoticeAction;

    fn reduce(self: Rc<Self>, action: NoticeAction) -> Rc<Self> {
        let next = self.with(action);
        if next == *self { self } else { Rc::new(next) }
    }
}

/// The element id of the "your data was deleted" notice, which takes focus.
const DATA_CLEARED_ID: &str = "notice-data-cleared";

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
        Notice::DataCleared => locale.text("notice-data-cleared"),
        Notice::UpdateReady => locale.text("notice-update-ready"),
    }
}

/// The list of notices under the header.
#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    let locale = use_locale();
    // After "clear my data" the page reloads: keyboard focus goes to the sentence that says
    // what happened, not to the page's body (QA round 3 of issue 12, #10).
    let cleared = props.notices.contains(&Notice::DataCleared);
    use_effect_with(cleared, |cleared| {
        if *cleared {
            crate::platform::focus(DATA_CLEARED_ID);
        }
    });
    html! {
        <div class="notices" role="status" aria-live="polite" data-testid="notices">
            { for props.notices.iter().enumerate().map(|(i, notice)| {
                let on_dismiss = props.on_dismiss.reform(move |_: MouseEvent| i);
                html! {
                    <div class="notice" data-testid="notice"
                         id={(*notice == Notice::DataCleared).then_some(DATA_CLEARED_ID)}
                         tabindex={(*notice == Notice::DataCleared).then_some("-1")}>
                        <div class="notice-body">
                            <p>{ notice_text(&locale, notice) }</p>
                            if let Notice::BadLink(params) = notice {
                                <BadLinkDetails params={params.clone()} />
                            }
                            if *notice == Notice::UpdateReady {
                                <button type="button" class="button" data-testid="update-reload"
                                        onclick={Callback::from(|_: MouseEvent| crate::platform::apply_update())}>
                                    { locale.text("notice-update-reload") }
                                </button>
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

#[cfg(test)]
mod tests {
    use super::*;

    fn bad(value: &str) -> Notice {
        Notice::BadLink(vec![("timer".into(), value.into())])
    }

    #[test]
    fn a_notice_goes_when_the_trainee_leaves_its_screen() {
        let play = Route::Play("a".into());
        let list = NoticeList::new(vec![bad("fast")], play.clone());
        assert_eq!(list.shown(), [bad("fast")]);
        // Raised again for the same screen: still one.
        let list = list.with(NoticeAction::Moved(play.clone()));
        assert_eq!(list.shown(), [bad("fast")]);
        let list = list.with(NoticeAction::Moved(Route::Settings));
        assert!(list.shown().is_empty());
        // A notice raised on the new screen stays there, and a new bad link replaces the old.
        let list = list
            .with(NoticeAction::Add(Notice::SettingsReset))
            .with(NoticeAction::Add(bad("x")))
            .with(NoticeAction::Add(bad("y")));
        assert_eq!(list.shown(), [Notice::SettingsReset, bad("y")]);
    }

    #[test]
    fn the_notices_about_a_call_go_when_it_ends() {
        let list = NoticeList::new(
            vec![Notice::StorageUnavailable, Notice::CallResumed, bad("z")],
            Route::Play("a".into()),
        );
        let list = list.with(NoticeAction::CallEnded);
        assert_eq!(list.shown(), [Notice::StorageUnavailable]);
        assert!(list.with(NoticeAction::Dismiss(0)).shown().is_empty());
        assert_eq!(list.with(NoticeAction::Dismiss(5)), list);
    }
}
