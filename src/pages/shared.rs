//! A call a trainer hosts (`#/shared?src=<address>`, the authoring build): the link the
//! studio's "Share" gives. The file is fetched from the trainer's server, checked by the same
//! validator as `cargo xtask validate`, and played at once, with the link's language, timer and
//! mode like any trainer's link. A trainee who meets a broken file, a server that refuses to
//! share it (CORS) or no network is told what happened and where, with a retry; the trainer sees
//! every problem with its line and column.
//!
//! The address is untrusted input: only `https:` (or `http:` on this computer, for trying a
//! file out) is fetched, without cookies, and nothing from the file is shown as markup.

use std::rc::Rc;

use calmline_engine::{Diagnostic, validate};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::call::SharedScenario;
use crate::components::{use_locale, use_title};
use crate::pages::play::Play;
use crate::route::Route;

/// The largest file read, in bytes (as on the own-file page).
const MAX_BYTES: usize = 16 * 1024 * 1024;

/// Where the shared call is.
#[derive(Debug, Clone, PartialEq)]
enum Shared {
    /// Being fetched and checked.
    Loading,
    /// The link names no address, or one that is not fetched (not https).
    BadAddress(String),
    /// The server answered with an HTTP error.
    Status(String, u16),
    /// No answer, or one the browser would not hand over (no CORS header).
    Unreachable(String),
    /// The file is not a valid call.
    Invalid(String, Vec<Diagnostic>),
    Valid(SharedScenario),
}

/// The address in the link, if it is one the studio fetches.
pub fn address(raw: &str) -> Result<String, String> {
    let url = web_sys::Url::new(raw).map_err(|_| raw.to_owned())?;
    let local = ["localhost", "127.0.0.1", "[::1]"].contains(&url.hostname().as_str());
    match url.protocol().as_str() {
        "https:" => Ok(url.href()),
        "http:" if local => Ok(url.href()),
        _ => Err(raw.to_owned()),
    }
}

/// Fetches the file at `url` (no cookies, never a cached copy older than the server's).
async fn fetch(url: &str) -> Result<Vec<u8>, Option<u16>> {
    let init = web_sys::RequestInit::new();
    init.set_mode(web_sys::RequestMode::Cors);
    init.set_credentials(web_sys::RequestCredentials::Omit);
    init.set_cache(web_sys::RequestCache::NoCache);
    let window = web_sys::window().ok_or(None)?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|_| None)?
        .dyn_into()
        .map_err(|_| None)?;
    if !response.ok() {
        return Err(Some(response.status()));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(|_| None)?)
        .await
        .map_err(|_| None)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

async fn load(raw: Option<String>) -> Shared {
    let Some(raw) = raw else {
        return Shared::BadAddress(String::new());
    };
    let url = match address(&raw) {
        Ok(url) => url,
        Err(raw) => return Shared::BadAddress(raw),
    };
    let bytes = match fetch(&url).await {
        Ok(bytes) => bytes,
        Err(Some(status)) => return Shared::Status(url, status),
        Err(None) => return Shared::Unreachable(url),
    };
    let name = url.rsplit('/').next().unwrap_or("shared.toml").to_owned();
    if bytes.len() > MAX_BYTES {
        return Shared::Invalid(name, Vec::new());
    }
    match validate(&name, &bytes).into_result() {
        Ok(sc) => Shared::Valid(SharedScenario(Rc::new(sc))),
        Err(problems) => Shared::Invalid(url, problems),
    }
}

/// The page a shared link opens.
#[component]
pub fn SharedCall() -> Html {
    let locale = use_locale();
    use_title(locale.text("shared-heading"));
    let state = use_state(|| Shared::Loading);
    let attempt = use_state(|| 0u32);
    // The link's address as it is now: another shared link opened in the same tab (the hash
    // changes, the page stays) loads that call, not the one before.
    let hash = use_state(crate::platform::current_hash);
    {
        let hash = hash.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                gloo::events::EventListener::new(&w, "hashchange", move |_| {
                    let now = crate::platform::current_hash();
                    // Leaving for another screen is the app's to follow, not a new call.
                    if now.starts_with(&Route::Shared.href()) {
                        hash.set(now);
                    }
                })
            });
            move || drop(listener)
        });
    }
    {
        let state = state.clone();
        use_effect_with((*attempt, (*hash).clone()), move |_| {
            state.set(Shared::Loading);
            let raw = crate::link::param(
                &crate::platform::current_search(),
                &crate::platform::current_hash(),
                "src",
            );
            yew::platform::spawn_local(async move { state.set(load(raw).await) });
        });
    }
    if let Shared::Valid(sc) = &*state {
        return html! { <Play key={(*hash).clone()} id={sc.id.clone()} scenario={Some(sc.clone())} /> };
    }
    let retry = {
        let attempt = attempt.clone();
        Callback::from(move |_: MouseEvent| attempt.set(*attempt + 1))
    };
    let retry = html! {
        <button type="button" class="button" data-testid="shared-retry" onclick={retry}>{ locale.text("shared-retry") }</button>
    };
    let body = match &*state {
        Shared::Loading | Shared::Valid(_) => {
            html! { <p class="loading" role="status">{ locale.text("shared-loading") }</p> }
        }
        Shared::BadAddress(raw) => html! {
            <div class="error-panel" role="alert" data-testid="shared-failed">
                <p>{ locale.text_with("shared-bad-address", &[("address", raw.clone().into())]) }</p>
            </div>
        },
        Shared::Status(url, status) => html! {
            <div class="error-panel" role="alert" data-testid="shared-failed">
                <p>{ locale.text_with("shared-status", &[("address", url.clone().into()), ("status", (*status as i64).into())]) }</p>
                { retry }
            </div>
        },
        Shared::Unreachable(url) => html! {
            <div class="error-panel" role="alert" data-testid="shared-failed">
                <p>{ locale.text_with("shared-unreachable", &[("address", url.clone().into())]) }</p>
                <p class="hint">{ locale.text("shared-unreachable-hint") }</p>
                { retry }
            </div>
        },
        Shared::Invalid(url, problems) => html! {
            <div class="error-panel" role="alert" data-testid="shared-failed">
                <p>{ locale.text_with("shared-invalid", &[("address", url.clone().into())]) }</p>
                <p class="hint">{ locale.text("own-technical") }</p>
                { crate::pages::own_file::diagnostics(problems, locale.lang()) }
            </div>
        },
    };
    html! {
        <section class="own-file" aria-labelledby="shared-heading" data-testid="shared">
            <nav class="crumbs"><a href={Route::Catalog.href()}>{ locale.text("back-to-catalog") }</a></nav>
            <h1 id="shared-heading">{ locale.text("shared-heading") }</h1>
            { body }
        </section>
    }
}
