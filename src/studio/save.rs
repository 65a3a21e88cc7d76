//! Saving to the trainer's computer: the draft's text, byte for byte, as a `.toml`
//! download under the name it was opened with (and an XLIFF file for translators).

use wasm_bindgen::JsCast;

/// Offers `text` as a download named `name` (`.toml` added when missing); returns the name.
pub fn download(name: &str, text: &str) -> String {
    let name = if name.ends_with(".toml") {
        name.to_owned()
    } else {
        format!("{name}.toml")
    };
    download_as(&name, text, "text/plain;charset=utf-8");
    name
}

/// Offers `text` as a download named `name`, of the MIME type `mime`.
pub fn download_as(name: &str, text: &str, mime: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    offer(name, &parts, mime);
}

/// Offers `bytes` as a download named `name`, of the MIME type `mime`.
pub fn download_bytes(name: &str, bytes: &[u8], mime: &str) {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    offer(name, &parts, mime);
}

/// Offers a blob made of `parts` as a download named `name`.
fn offer(name: &str, parts: &js_sys::Array, mime: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_buffer_source_sequence_and_options(parts, &options)
    else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(link) = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    // The browser reads the file after the click: the address is let go a little later.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
}
