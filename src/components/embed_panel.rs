//! The trainer's ways to bring a call to a group beyond a link: a QR code of the link (for a
//! slide or a printout) and an `iframe` snippet for an intranet page, which may name the
//! page's site to hear the call's results (see [`crate::embed`]). Part of the briefing's share
//! panel.

use yew::prelude::*;

use super::{use_copy, use_locale};
use crate::embed;

/// Properties of [`EmbedPanel`].
#[derive(Properties, PartialEq)]
pub struct EmbedPanelProps {
    /// The trainer's link, as the share panel builds it.
    pub link: AttrValue,
    /// The call's title in the language shown (the iframe's title).
    pub title: AttrValue,
}

/// QR code and embed snippet of a trainer's link.
#[component]
pub fn EmbedPanel(props: &EmbedPanelProps) -> Html {
    let locale = use_locale();
    let host = use_state(String::new);

    let host_origin = embed::origin(&host);
    let host_invalid = !host.trim().is_empty() && host_origin.is_none();
    let src = embed::embed_link(&props.link, host_origin.as_deref());
    let title = locale.text_with(
        "share-embed-title",
        &[("title", props.title.to_string().into())],
    );
    let code = embed::snippet(&src, &title);
    // Drawn again only when the link changes, not on every render of the briefing.
    let qr = use_memo(props.link.clone(), |link| embed::qr_svg(link));

    let on_host = {
        let host = host.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            host.set(input.value());
        })
    };
    let (copy, copied) = use_copy(code.clone());

    html! {
        <div class="embed-panel">
            if let Some(svg) = (*qr).clone() {
                <figure class="share-qr" data-testid="share-qr">
                    <div class="share-qr-code" role="img" aria-label={locale.text("share-qr-label")}>
                        { Html::from_html_unchecked(AttrValue::from(svg)) }
                    </div>
                    <figcaption class="hint">{ locale.text("share-qr-label") }</figcaption>
                </figure>
            }
            <h3 class="embed-heading">{ locale.text("share-embed-heading") }</h3>
            <p class="hint">{ locale.text("share-embed-hint") }</p>
            <label for="embed-origin">{ locale.text("share-embed-origin") }</label>
            <input id="embed-origin" type="url" inputmode="url" autocomplete="off"
                   placeholder="https://intranet.example.com" value={(*host).clone()}
                   oninput={on_host} data-testid="embed-origin"
                   aria-invalid={host_invalid.to_string()}
                   aria-describedby="embed-origin-hint" />
            <p class="hint" id="embed-origin-hint">
                if host_invalid {
                    <span class="field-error" data-testid="embed-origin-invalid">
                        { locale.text("share-embed-origin-invalid") }
                    </span>
                } else {
                    { locale.text("share-embed-origin-hint") }
                }
            </p>
            <label for="embed-code">{ locale.text("share-embed-label") }</label>
            <textarea id="embed-code" readonly=true rows="4" value={code}
                      data-testid="embed-code" />
            <div class="share-copy">
                <button type="button" class="button" data-testid="embed-copy" onclick={copy}>
                    { locale.text("share-embed-copy") }
                </button>
                <span role="status" data-testid="embed-copied">
                    { match copied {
                        Some(true) => locale.text("share-embed-copied"),
                        Some(false) => locale.text("share-copy-failed"),
                        None => String::new(),
                    } }
                </span>
            </div>
        </div>
    }
}
