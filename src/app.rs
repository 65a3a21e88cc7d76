//! The root component: holds the interface language, the settings, the scores, the route and
//! the notices, shares them through [`AppContext`], and frames the pages.
//!
//! What the browser knows at start-up (saved values, the link) is read before mounting (see
//! `platform::startup`) and passed in as a prop, so the first paint is already right and the
//! component renders natively for tests. Effects keep storage and the document in step.
//!
//! While a call is on, the play page sets a guard ([`guard_leaving`]): a new address (the
//! browser's Back, a link in the header) is held back and the app asks first, in a dialog of its
//! own ([`LeaveDialog`]); the call is paused while it asks and kept whatever the answer.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use calmline_engine::compiled;
use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::components::footer::Footer;
use crate::components::header::Header;
use crate::components::lms_status::LmsStatusLine;
use crate::components::notices::{NoticeAction, NoticeList, Notices};
use crate::context::{AppContext, CatalogState};
use crate::i18n::{Lang, Locale, lms_language};
use crate::lms::local::Local;
use crate::lms::post::Post;
use crate::lms::{self, LmsUpdate, LmsView, Reporters};
use crate::locale_state::{LocaleAction, LocaleState};
use crate::pages::catalog::{Catalog, Filter};
use crate::pages::not_found::NotFound;
#[cfg(feature = "authoring")]
use crate::pages::own_file::OwnFile;
use crate::pages::play::Play;
use crate::pages::settings::SettingsPage;
#[cfg(feature = "authoring")]
use crate::pages::shared::SharedCall;
use crate::platform::{self, Notice, Startup};
use crate::progress::{PROGRESS_KEY, Progress};
use crate::route::Route;
use crate::settings::{LinkOptions, SETTINGS_KEY, Settings};
#[cfg(feature = "authoring")]
use crate::studio::Studio;

/// Properties of [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// What was read from the browser before the first paint.
    pub startup: Startup,
    /// The interface text, with at least the startup language loaded.
    pub locale: Locale,
    /// The catalog as fetched before mounting (`crate::boot`), or still to fetch (`Loading`).
    pub catalog: CatalogState,
}

impl AppProps {
    /// Defaults in `lang` on the catalog: for tests and for a browser that keeps nothing.
    #[cfg(feature = "bundled-locales")]
    pub fn in_lang(lang: Lang) -> AppProps {
        AppProps {
            startup: Startup {
                lang,
                ..Startup::default()
            },
            locale: Locale::new(lang),
            catalog: CatalogState::Loading,
        }
    }
}

thread_local! {
    /// Set while a call is on: what to do when the trainee is asked whether to leave it.
    static LEAVE_GUARD: RefCell<Option<Callback<()>>> = const { RefCell::new(None) };
    /// The next address change was confirmed: let it through once.
    static LEAVE_CONFIRMED: Cell<bool> = const { Cell::new(false) };
}

/// Sets (`Some`, with what to do when asking: pause the call) or clears the guard that makes
/// leaving the call screen for another route ask first.
pub fn guard_leaving(on_ask: Option<Callback<()>>) {
    LEAVE_GUARD.with(|g| *g.borrow_mut() = on_ask);
}

/// What to do when the app holds back a move from the route on screen to `to` because it leaves
/// a guarded call (then the guard asks); `None` lets it through.
fn held_back(shown: &Route, to: &Route) -> Option<Callback<()>> {
    if LEAVE_CONFIRMED.with(|c| c.replace(false)) || shown == to {
        return None;
    }
    LEAVE_GUARD.with(|g| g.borrow().clone())
}

/// Puts the address back to `hash` without a new route (the browser's Back already moved it);
/// an empty hash (a launch named its call in the query) is the page's address without one.
fn restore_address(hash: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let url = if hash.is_empty() {
        let l = window.location();
        format!(
            "{}{}",
            l.pathname().unwrap_or_default(),
            l.search().unwrap_or_default()
        )
    } else {
        hash.to_owned()
    };
    let history = js_sys::Reflect::get(&window, &"history".into()).ok();
    let push = history
        .as_ref()
        .and_then(|h| js_sys::Reflect::get(h, &"pushState".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let (Some(history), Some(push)) = (history, push) {
        let _ = push.call3(&history, &JsValue::NULL, &"".into(), &url.into());
    }
}

/// Where the keyboard is on the prerendered first screen, as a selector of the same place in
/// the app (a link by its address, a language button by its language, an element by its id)
/// and which of the elements it finds (the same address may be linked twice), so that the app
/// replacing the screen does not throw it back to the page's top.
pub fn boot_focus() -> Option<(String, u32)> {
    let doc = web_sys::window()?.document()?;
    let active = doc.active_element()?;
    let sign = doc.get_element_by_id("boot")?;
    if !sign.contains(Some(&active)) {
        return None;
    }
    let selector = if let Some(href) = active.get_attribute("href") {
        format!("a[href=\"{href}\"]")
    } else if let Some(lang) = active.get_attribute("lang") {
        format!(".lang-option[lang=\"{lang}\"]")
    } else if !active.id().is_empty() {
        format!("[id=\"{}\"]", active.id())
    } else {
        return None;
    };
    // Only the site's own plain values (never a quote or a backslash to break out with).
    if selector.matches('"').count() != 2 || selector.contains('\\') {
        return None;
    }
    let same = sign.query_selector_all(&selector).ok()?;
    let nth = (0..same.length()).find(|i| same.get(*i).is_some_and(|n| n == *active.as_ref()))?;
    Some((selector, nth))
}

/// Puts the keyboard back where [`boot_focus`] found it, once the app is drawn, unless the app
/// has put it somewhere itself.
pub fn restore_boot_focus((selector, nth): (String, u32)) {
    gloo::timers::callback::Timeout::new(0, move || {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let elsewhere = doc
            .active_element()
            .is_some_and(|a| doc.body().is_none_or(|b| *b != a));
        if elsewhere {
            return;
        }
        if let Some(el) = doc
            .query_selector_all(&selector)
            .ok()
            .and_then(|all| all.get(nth))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    })
    .forget();
}

/// Removes the loading sign of `index.html`, with the first screen prerendered in it: just
/// before the app mounts (`main.rs`; the app's first render follows in the same task, so no
/// frame is painted between them), and once more after the first render for a mount without it.
pub fn remove_boot_sign() {
    if let Some(sign) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        sign.remove();
    }
}

/// Where the library's compiled files are, relative to the page: the player sits next to
/// them; the studio (the `authoring` build) is served from `studio/`, one folder down.
pub const SCENARIOS_DIR: &str = if cfg!(feature = "authoring") {
    "../scenarios/"
} else {
    "scenarios/"
};

/// Where the compiled catalog is.
pub fn catalog_url() -> String {
    format!("{SCENARIOS_DIR}{}", calmline_engine::compiled::INDEX_FILE)
}

/// What fetching the compiled catalog gave, read: ready, damaged (with the file named) or
/// unreachable.
pub fn read_catalog(fetched: Result<Vec<u8>, platform::FetchError>) -> CatalogState {
    match fetched {
        Ok(bytes) => match compiled::catalog_from_bytes(&bytes) {
            Ok(entries) => CatalogState::Ready(Rc::new(entries)),
            Err(error) => CatalogState::Damaged(platform::Fault {
                file: catalog_url(),
                error,
            }),
        },
        Err(_) => CatalogState::Unreachable,
    }
}

/// The whole app: header with the language switcher, notices, the current page, footer.
#[component]
pub fn App(props: &AppProps) -> Html {
    let startup = &props.startup;
    let locale = use_reducer(|| LocaleState::new(props.locale.clone()));
    let settings = use_state(|| startup.settings);
    let progress = use_reducer(|| Scores(Rc::new(startup.progress.clone())));
    let route = use_state(|| startup.route.clone());
    let notices = use_reducer(|| NoticeList::new(startup.notices.clone(), startup.route.clone()));
    let catalog = use_state(|| props.catalog.clone());
    let catalog_attempt = use_state(|| 0u32);
    let filter = use_state(Filter::default);
    let link = use_state(|| Rc::new(startup.link.clone()));
    let lms = use_reducer(|| LmsViewState(LmsView::default()));
    // The address a call was left at, while the app asks whether to leave it.
    let leave_to = use_state(|| None::<String>);
    use_effect_with((), |_| remove_boot_sign());

    let set_lang = {
        let locale = locale.dispatcher();
        Callback::from(move |lang: Lang| {
            platform::save_lang(lang);
            locale.dispatch(LocaleAction::Show(lang));
        })
    };
    // A language picked before its file arrived: fetched now.
    {
        let dispatch = locale.dispatcher();
        use_effect_with(locale.pending, move |pending| {
            if let Some(lang) = *pending {
                yew::platform::spawn_local(async move {
                    if let Ok(source) = platform::fetch_locale(lang).await {
                        dispatch.dispatch(LocaleAction::Loaded(lang, source));
                    }
                });
            }
        });
    }
    // The other languages, fetched once the first screen is up, so that a switch is instant.
    {
        let dispatch = locale.dispatcher();
        let missing: Vec<Lang> = Lang::ALL
            .into_iter()
            .filter(|l| !locale.locale.has(*l))
            .collect();
        use_effect_with((), move |_| {
            let timer = (!missing.is_empty()).then(|| {
                gloo::timers::callback::Timeout::new(1_500, move || {
                    yew::platform::spawn_local(async move {
                        for lang in missing {
                            if let Ok(source) = platform::fetch_locale(lang).await {
                                dispatch.dispatch(LocaleAction::Loaded(lang, source));
                            }
                        }
                    });
                })
            });
            move || drop(timer)
        });
    }
    let set_settings = {
        let settings = settings.clone();
        Callback::from(move |next: Settings| {
            platform::storage_set(SETTINGS_KEY, &next.encode());
            platform::show_reduced_motion(next.reduce_motion);
            settings.set(next);
        })
    };
    let record_result = {
        let progress = progress.dispatcher();
        Callback::from(move |result: (String, u8, bool)| progress.dispatch(result))
    };
    // Everything a call is reported to, made once: local progress, then the LMS of a package's
    // launch (connected by an effect below).
    let reporters = {
        let record = record_result.clone();
        use_state(move || {
            let reporters = Reporters::default();
            reporters.add(Box::new(Local { record }));
            reporters
        })
    };
    let lms_update = {
        let lms = lms.dispatcher();
        let locale = locale.dispatcher();
        Callback::from(move |update: LmsUpdate| {
            // The learner's preferred language in the LMS applies unless the launch link names
            // one.
            if let LmsUpdate::Language(tag) = &update
                && platform::link_param("lang").is_none()
                && let Some(lang) = lms_language(tag)
            {
                locale.dispatch(LocaleAction::Show(lang));
            }
            lms.dispatch(update);
        })
    };
    {
        let reporters = (*reporters).clone();
        let kind = startup.link.lms;
        let embedded_in = startup.link.embed.clone();
        use_effect_with((), move |_| {
            // An embedding page that the link names hears the call (postMessage).
            if let Some(post) = embedded_in.and_then(Post::new) {
                reporters.add(Box::new(post));
            }
            if let Some(kind) = kind {
                lms::connect(kind, &reporters, lms_update);
            }
        });
    }
    let notify = {
        let notices = notices.dispatcher();
        Callback::from(move |notice: Notice| notices.dispatch(NoticeAction::Add(notice)))
    };
    // A new release waiting (the service worker, index.html): offered, never forced.
    {
        let notify = notify.clone();
        use_effect_with((), move |_| {
            if platform::update_waiting() {
                notify.emit(Notice::UpdateReady);
            }
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "calmline-update", move |_| {
                    notify.emit(Notice::UpdateReady);
                })
            });
            move || drop(listener)
        });
    }
    let dismiss = {
        let notices = notices.dispatcher();
        Callback::from(move |index: usize| notices.dispatch(NoticeAction::Dismiss(index)))
    };
    let call_ended = {
        let notices = notices.dispatcher();
        Callback::from(move |()| notices.dispatch(NoticeAction::CallEnded))
    };
    let reload_catalog = {
        let attempt = catalog_attempt.clone();
        Callback::from(move |()| attempt.set(*attempt + 1))
    };

    {
        let first = use_mut_ref(|| true);
        use_effect_with(progress.0.clone(), move |progress| {
            // Saved only when a call changes them, never just for being read.
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                platform::storage_set(PROGRESS_KEY, &progress.encode());
            }
        });
    }

    use_effect_with(locale.locale.lang(), |lang| {
        platform::show_language(*lang);
    });

    // A new address (a trainer's link opened in the same tab, a card, the back button): the
    // route and the link's options follow it.
    {
        let route = route.clone();
        let link = link.clone();
        let notify = notify.clone();
        let notices = notices.dispatcher();
        let locale = locale.dispatcher();
        let leave_to = leave_to.clone();
        let first = startup.route.clone();
        use_effect_with((), move |_| {
            // The address and the route on screen.
            let shown = Rc::new(RefCell::new((platform::current_hash(), first)));
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "hashchange", move |_| {
                    let hash = platform::current_hash();
                    let next = Route::parse(&hash);
                    let (from, on_screen) = shown.borrow().clone();
                    if let Some(on_ask) = held_back(&on_screen, &next) {
                        restore_address(&from);
                        on_ask.emit(());
                        leave_to.set(Some(hash));
                        return;
                    }
                    *shown.borrow_mut() = (hash, next.clone());
                    // The notices of the screen left behind go (before the new link's own).
                    notices.dispatch(NoticeAction::Moved(next.clone()));
                    // The link's language applies unless the trainee chose one.
                    if let Some(lang) =
                        platform::link_param("lang").and_then(|l| Lang::from_tag(&l))
                        && platform::storage_get(platform::LANG_KEY).is_none()
                    {
                        locale.dispatch(LocaleAction::Show(lang));
                    }
                    let options = LinkOptions::read(platform::link_param);
                    if !options.rejected.is_empty() {
                        notify.emit(Notice::BadLink(options.rejected.clone()));
                    }
                    link.set(Rc::new(options));
                    route.set(next);
                })
            });
            move || drop(listener)
        });
    }

    {
        let catalog = catalog.clone();
        // Fetched before mounting (`crate::boot`): fetched again only when the trainee retries.
        let fetched = *catalog_attempt == 0 && *catalog != CatalogState::Loading;
        use_effect_with(*catalog_attempt, move |attempt| {
            let retry = *attempt > 0;
            if fetched {
                return;
            }
            catalog.set(CatalogState::Loading);
            yew::platform::spawn_local(async move {
                catalog.set(read_catalog(
                    platform::fetch_bytes(&catalog_url(), retry).await,
                ));
            });
        });
    }

    // After moving to another page, focus goes to its main area, so keyboard and screen-reader
    // users start there. Not on the first page: there the skip link comes first.
    let first_route = use_mut_ref(|| true);
    use_effect_with((*route).clone(), move |_| {
        if !std::mem::replace(&mut *first_route.borrow_mut(), false) {
            platform::start_screen("main");
        }
    });

    let context = AppContext {
        settings: *settings,
        set_settings,
        progress: progress.0.clone(),
        record_result,
        link: (*link).clone(),
        catalog: (*catalog).clone(),
        reload_catalog,
        notify,
        call_ended,
        set_lang: set_lang.clone(),
        filter: *filter,
        set_filter: {
            let filter = filter.clone();
            Callback::from(move |f| filter.set(f))
        },
        reporters: (*reporters).clone(),
        lms: lms.0.clone(),
    };

    let page = match &*route {
        Route::Catalog => html! { <Catalog /> },
        Route::Play(id) => html! { <Play key={id.clone()} id={id.clone()} /> },
        Route::Settings => html! { <SettingsPage /> },
        #[cfg(feature = "authoring")]
        Route::OwnFile => html! { <OwnFile /> },
        #[cfg(feature = "authoring")]
        Route::Studio => html! { <Studio /> },
        #[cfg(feature = "authoring")]
        Route::Shared => html! { <SharedCall /> },
        // The player has no validator: a trainer's own file is checked in the studio.
        #[cfg(not(feature = "authoring"))]
        Route::OwnFile | Route::Studio | Route::Shared => {
            platform::open_studio(&route);
            html! { <p class="loading" role="status">{ locale.locale.text("catalog-loading") }</p> }
        }
        Route::NotFound => html! { <NotFound /> },
    };

    html! {
        <ContextProvider<Locale> context={locale.locale.with_address(settings.address.unwrap_or_default())}>
        <ContextProvider<AppContext> {context}>
            <a class="skip-link" href="#main" onclick={Callback::from(|e: MouseEvent| {
                e.prevent_default();
                platform::focus("main");
            })}>{ locale.locale.text("skip-to-content") }</a>
            <Header on_lang_change={set_lang} />
            <Notices notices={notices.shown()} on_dismiss={dismiss} />
            <LmsStatusLine />
            <main id="main" class="page" tabindex="-1">
                { page }
            </main>
            <Footer />
            if let Some(to) = (*leave_to).clone() {
                <LeaveDialog on_stay={{
                    let leave_to = leave_to.clone();
                    Callback::from(move |()| leave_to.set(None))
                }} on_leave={{
                    let leave_to = leave_to.clone();
                    Callback::from(move |()| {
                        leave_to.set(None);
                        LEAVE_CONFIRMED.with(|c| c.set(true));
                        if let Some(w) = web_sys::window() {
                            let _ = w.location().set_hash(&to);
                        }
                    })
                }} />
            }
        </ContextProvider<AppContext>>
        </ContextProvider<Locale>>
    }
}

#[derive(Properties, PartialEq)]
struct LeaveDialogProps {
    on_stay: Callback<()>,
    on_leave: Callback<()>,
}

/// "Leave this call?": a modal dialog (the browser's own `<dialog>`, so focus stays in it and
/// Escape means staying), the safe answer first.
#[component]
fn LeaveDialog(props: &LeaveDialogProps) -> Html {
    let locale = crate::components::use_locale();
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with((), move |_| {
            if let Some(el) = dialog.get() {
                let show = js_sys::Reflect::get(&el, &"showModal".into())
                    .ok()
                    .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
                if let Some(show) = show {
                    let _ = show.call0(&el);
                }
            }
            platform::focus("leave-stay");
        });
    }
    let stay = props.on_stay.reform(|_: MouseEvent| ());
    let leave = props.on_leave.reform(|_: MouseEvent| ());
    let on_cancel = props.on_stay.reform(|_: Event| ());
    html! {
        <dialog ref={dialog} class="leave-dialog" data-testid="leave-dialog"
                aria-labelledby="leave-title" aria-describedby="leave-body" oncancel={on_cancel}>
            <h2 id="leave-title">{ locale.text("leave-call-title") }</h2>
            <p id="leave-body">{ locale.text("leave-call-body") }</p>
            <div class="actions">
                <button type="button" id="leave-stay" class="button button-primary"
                        data-testid="leave-stay" onclick={stay}>
                    { locale.text("leave-call-stay") }
                </button>
                <button type="button" class="button" data-testid="leave-confirm" onclick={leave}>
                    { locale.text("leave-call-leave") }
                </button>
            </div>
        </dialog>
    }
}

/// The scores, updated by recording a finished call (an effect saves them).
#[derive(PartialEq)]
struct Scores(Rc<Progress>);

impl Reducible for Scores {
    type Action = (String, u8, bool);

    fn reduce(self: Rc<Self>, (id, overall, passed): Self::Action) -> Rc<Self> {
        Rc::new(Scores(Rc::new(self.0.with_result(&id, overall, passed))))
    }
}

/// What the LMS has said, updated by its adapter.
#[derive(PartialEq)]
struct LmsViewState(LmsView);

impl Reducible for LmsViewState {
    type Action = LmsUpdate;

    fn reduce(self: Rc<Self>, update: LmsUpdate) -> Rc<Self> {
        let next = self.0.with(&update);
        if next == self.0 {
            self
        } else {
            Rc::new(LmsViewState(next))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_loading_sign_is_labelled_with_the_locales_own_words() {
        let page = include_str!("../index.html");
        for lang in Lang::ALL {
            let locale = Locale::new(lang);
            let label = locale.text("app-loading");
            assert!(
                page.contains(&format!("{}: '{label}'", lang.code())),
                "{label} in index.html"
            );
            // What the sign says if the interface text cannot be loaded, with its button.
            let failed = format!(
                "{}: ['{}', '{}']",
                lang.code(),
                locale.text("app-load-failed"),
                locale.text("app-load-retry")
            );
            assert!(page.contains(&failed), "{failed} in index.html");
            // The page's description, for search engines and link previews.
            let description = format!("{}: '{}'", lang.code(), locale.text("app-description"));
            assert!(page.contains(&description), "{description} in index.html");
        }
    }
}
