//! Sharing a call without sending a file around: the trainer hosts the saved file on their own
//! HTTPS server and gives trainees a link that plays it (`#/shared?src=…`, fetched and checked
//! by `pages::shared`). This panel makes that link from the file's address and says what the
//! server must allow (docs/sharing.md has the details).

use yew::prelude::*;

use crate::components::use_locale;
use crate::route::Route;

/// The link that plays the call hosted at `address`, in `lang`, from the studio page at `page`.
pub fn link(page: &str, address: &str, lang: &str) -> String {
    let src = String::from(js_sys::encode_uri_component(address));
    format!("{page}{}?src={src}&lang={lang}", Route::Shared.href())
}

#[component]
pub fn SharePanel() -> Html {
    let locale = use_locale();
    let address = use_state(String::new);
    let oninput = {
        let address = address.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                address.set(input.value().trim().to_owned());
            }
        })
    };
    let fetched = crate::pages::shared::address(&address).ok();
    let shared = fetched
        .as_ref()
        .map(|a| link(&crate::platform::page_url(), a, locale.lang().code()));
    html! {
        <section class="studio-share" aria-labelledby="studio-share-heading" data-testid="studio-share">
            <h2 id="studio-share-heading">{ locale.text("studio-share") }</h2>
            <p class="hint">{ locale.text("studio-share-hosting") }</p>
            <div class="studio-field">
                <label for="studio-share-address">{ locale.text("studio-share-address") }</label>
                <input id="studio-share-address" type="url" inputmode="url" placeholder="https://"
                       data-testid="studio-share-address" value={(*address).clone()} {oninput} />
            </div>
            if let Some(shared) = shared {
                <div class="studio-field">
                    <label for="studio-share-link">{ locale.text("studio-share-link") }</label>
                    <input id="studio-share-link" type="text" readonly=true data-testid="studio-share-link" value={shared.clone()} />
                </div>
                <p><a href={shared} target="_blank" rel="noopener" data-testid="studio-share-try">{ locale.text("studio-share-try") }</a></p>
            } else if !address.is_empty() {
                <p class="hint" role="status">{ locale.text("studio-share-needs-https") }</p>
            }
        </section>
    }
}
