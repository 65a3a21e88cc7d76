//! The root component: holds the interface language, the settings, the scores, the route and
//! the notices, shares them through [`AppContext`], and frames the pages.
//!
//! What the browser knows at start-up (saved values, the link) is read before mounting (see
//! `platform::startup`) and passed in as a prop, so the first paint is already right and the
//! component renders natively for tests. Effects keep storage and the document in step.

use std::rc::Rc;

use calmline_engine::catalog;
use gloo::events::EventListener;
use yew::prelude::*;

use crate::components::footer::Footer;
use crate::components::header::Header;
use crate::components::lms_status::LmsStatusLine;
use crate::components::notices::Notices;
use crate::context::{AppContext, CatalogState};
use crate::i18n::{Lang, Locale, lms_language};
use crate::lms::local::Local;
use crate::lms::post::Post;
use crate::lms::{self, LmsUpdate, LmsView, Reporters};
use crate::pages::catalog::{Catalog, Filter};
use crate::pages::not_found::NotFound;
use crate::pages::own_file::OwnFile;
use crate::pages::play::Play;
use crate::pages::settings::SettingsPage;
use crate::platform::{self, Notice, Startup};
use crate::progress::{PROGRESS_KEY, Progress};
use crate::route::Route;
use crate::settings::{LinkOptions, SETTINGS_KEY, Settings};

/// Properties of [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// What was read from the browser before the first paint.
    pub startup: Startup,
}

impl AppProps {
    /// Defaults in `lang` on the catalog: for tests and for a browser that keeps nothing.
    pub fn in_lang(lang: Lang) -> AppProps {
        AppProps {
            startup: Startup {
                lang,
                ..Startup::default()
            },
        }
    }
}

/// Where the catalog index is, next to the app.
pub const CATALOG_URL: &str = "scenarios/index.toml";

/// The whole app: header with the language switcher, notices, the current page, footer.
#[component]
pub fn App(props: &AppProps) -> Html {
    let startup = &props.startup;
    let locale = use_state(|| Locale::new(startup.lang));
    let settings = use_state(|| startup.settings);
    let progress = use_reducer(|| Scores(Rc::new(startup.progress.clone())));
    let route = use_state(|| startup.route.clone());
    let notices = use_reducer(|| NoticeList(startup.notices.clone()));
    let catalog = use_state(|| CatalogState::Loading);
    let catalog_attempt = use_state(|| 0u32);
    let filter = use_state(Filter::default);
    let link = use_state(|| Rc::new(startup.link.clone()));
    let lms = use_reducer(|| LmsViewState(LmsView::default()));

    let set_lang = {
        let locale = locale.clone();
        Callback::from(move |lang: Lang| {
            platform::save_lang(lang);
            locale.set(locale.with_lang(lang));
        })
    };
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
        let locale = locale.clone();
        Callback::from(move |update: LmsUpdate| {
            // The learner's preferred language in the LMS applies unless the launch link names
            // one.
            if let LmsUpdate::Language(tag) = &update
                && platform::link_param("lang").is_none()
                && let Some(lang) = lms_language(tag)
            {
                locale.set(locale.with_lang(lang));
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
    let dismiss = {
        let notices = notices.dispatcher();
        Callback::from(move |index: usize| notices.dispatch(NoticeAction::Dismiss(index)))
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

    use_effect_with((*locale).clone(), |locale| {
        platform::show_language(locale.lang());
    });

    // A new address (a trainer's link opened in the same tab, a card, the back button): the
    // route and the link's options follow it.
    {
        let route = route.clone();
        let link = link.clone();
        let notify = notify.clone();
        let locale = locale.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "hashchange", move |_| {
                    // The link's language applies unless the trainee chose one.
                    if let Some(lang) =
                        platform::link_param("lang").and_then(|l| Lang::from_tag(&l))
                        && platform::storage_get(platform::LANG_KEY).is_none()
                        && lang != locale.lang()
                    {
                        locale.set(locale.with_lang(lang));
                    }
                    let options = LinkOptions::read(platform::link_param);
                    for (key, value) in &options.rejected {
                        notify.emit(Notice::BadLinkParam(key.clone(), value.clone()));
                    }
                    link.set(Rc::new(options));
                    route.set(Route::parse(&platform::current_hash()));
                })
            });
            move || drop(listener)
        });
    }

    {
        let catalog = catalog.clone();
        use_effect_with(*catalog_attempt, move |_| {
            catalog.set(CatalogState::Loading);
            yew::platform::spawn_local(async move {
                let state = match platform::fetch_text(CATALOG_URL).await {
                    Ok(text) => match catalog::read(CATALOG_URL, text.as_bytes()) {
                        Ok(entries) => CatalogState::Ready(Rc::new(entries)),
                        Err(problems) => CatalogState::Damaged(
                            problems
                                .iter()
                                .map(ToString::to_string)
                                .collect::<Vec<_>>()
                                .join("\n"),
                        ),
                    },
                    Err(_) => CatalogState::Unreachable,
                };
                catalog.set(state);
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
        Route::OwnFile => html! { <OwnFile /> },
        Route::NotFound => html! { <NotFound /> },
    };

    html! {
        <ContextProvider<Locale> context={locale.with_address(settings.address.unwrap_or_default())}>
        <ContextProvider<AppContext> {context}>
            <a class="skip-link" href="#main" onclick={Callback::from(|e: MouseEvent| {
                e.prevent_default();
                platform::focus("main");
            })}>{ locale.text("skip-to-content") }</a>
            <Header on_lang_change={set_lang} />
            <Notices notices={notices.0.clone()} on_dismiss={dismiss} />
            <LmsStatusLine />
            <main id="main" class="page" tabindex="-1">
                { page }
            </main>
            <Footer />
        </ContextProvider<AppContext>>
        </ContextProvider<Locale>>
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

/// The notices on screen.
#[derive(PartialEq)]
struct NoticeList(Vec<Notice>);

enum NoticeAction {
    Add(Notice),
    Dismiss(usize),
}

impl Reducible for NoticeList {
    type Action = NoticeAction;

    fn reduce(self: Rc<Self>, action: NoticeAction) -> Rc<Self> {
        let mut next = self.0.clone();
        match action {
            NoticeAction::Add(notice) if !next.contains(&notice) => next.push(notice),
            NoticeAction::Dismiss(index) if index < next.len() => {
                next.remove(index);
            }
            _ => return self,
        }
        Rc::new(NoticeList(next))
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
