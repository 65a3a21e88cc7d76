//! Start-up: what the app needs for its first render, fetched before it mounts.
//!
//! The page already shows a prerendered first screen (the catalog, or a trainer's link's
//! briefing frame; `cargo xtask dist`, ARCHITECTURE.md "First paint"), and its first script
//! has asked for the trainee's language, the catalog and the call a link names. Here the app
//! fetches the same files (the browser hands over what it preloaded), all at once, and mounts
//! only when they are in: its first render is then the finished screen, which replaces the
//! prerendered one in a single frame, with no "loading" step in between to flash or shift.

use wasm_bindgen::JsCast;

use crate::app::{AppProps, catalog_url, read_catalog};
use crate::fetch;
use crate::i18n::Locale;
use crate::pages::play::{keep_fetched, scenario_url};
use crate::platform::{self, Startup};
use crate::route::Route;

/// The interface text could not be loaded: the page's loading sign says so (offline on a first
/// visit), in the trainee's language.
pub struct TextUnavailable;

/// Fetches what the first render needs and gives the app's properties.
pub async fn prepare(startup: Startup) -> Result<AppProps, TextUnavailable> {
    let lang = startup.lang;
    // Every request starts before any is awaited.
    let text = Text::start(lang);
    let catalog = fetch::start(&catalog_url());
    let call = match &startup.route {
        Route::Play(id) => Some((id.clone(), fetch::start(&scenario_url(id)))),
        _ => None,
    };
    let locale = text.locale().await.ok_or(TextUnavailable)?;
    later_styles().await;
    let catalog = read_catalog(catalog.bytes().await);
    if let Some((id, pending)) = call {
        keep_fetched(&id, pending.bytes().await);
    }
    // The address may have changed while the files came (the trainee followed a link on the
    // prerendered screen, typed another, a test or an embedding page set it): the app opens the
    // screen it names now. So with the language the trainee may have switched to there: its
    // text comes now (one more request, only then).
    let now = platform::initial_lang();
    let locale = if now == lang {
        locale
    } else {
        Text::start(now).locale().await.ok_or(TextUnavailable)?
    };
    let route = Route::launch(&platform::current_hash(), &platform::current_search());
    // A debrief the tab was showing comes back only on the screen the page opens on.
    crate::pages::play::landed_on(&route);
    let mut startup = Startup {
        lang: now,
        route,
        ..startup
    };
    // So with the link's options (a trainer's link followed on the prerendered screen).
    platform::read_link_again(&mut startup);
    Ok(AppProps {
        startup,
        locale,
        catalog,
    })
}

/// The interface text in a language, on its way: the player fetches it (the request starts at
/// once), the studio carries every language.
struct Text {
    lang: crate::i18n::Lang,
    #[cfg(not(feature = "bundled-locales"))]
    pending: fetch::Pending,
}

impl Text {
    fn start(lang: crate::i18n::Lang) -> Text {
        Text {
            lang,
            #[cfg(not(feature = "bundled-locales"))]
            pending: fetch::start(&fetch::locale_path(lang)),
        }
    }

    /// The text, once it is in; `None` if it could not be fetched.
    async fn locale(self) -> Option<Locale> {
        #[cfg(not(feature = "bundled-locales"))]
        {
            let source = self.pending.text().await.ok()?;
            Some(Locale::empty(self.lang).with_source(self.lang, source))
        }
        #[cfg(feature = "bundled-locales")]
        Some(Locale::new(self.lang))
    }
}

/// Waits for the styles the first screens do without (the page's first script adds them and
/// names their loading `calmlineLaterStyles`), so that nothing the app shows is ever unstyled:
/// a trainee who starts a call at once would otherwise meet a bare ring screen, placed for a
/// layout about to change. A page without them (a development build) or a file that failed
/// goes on at once.
async fn later_styles() {
    let loading = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"calmlineLaterStyles".into()).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    if let Some(loading) = loading {
        let _ = wasm_bindgen_futures::JsFuture::from(loading).await;
    }
}
