//! The HTTP edge of the xAPI and cmi5 adapters: one `fetch` with the xAPI headers, a time
//! limit (a Learning Record Store that never answers must not hold the outbox forever), and the
//! `keepalive` form for a page that is going away. Nothing here throws: every failure is an
//! [`Answer`] with status 0. Also the session storage the launch keeps its token and progress
//! in (a reload of the same tab keeps it; another tab or learner does not see it).

use gloo::timers::callback::Timeout;
use js_sys::{Array, Object, Reflect};
use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The xAPI version every request names.
pub const XAPI_VERSION: &str = "1.0.3";

/// How long a request may take before it counts as failed.
const TIME_LIMIT_MS: u32 = 15_000;

/// An HTTP answer: status 0 when there was none (offline, refused, timed out, blocked).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// The HTTP status, or 0.
    pub status: u16,
    /// The body as text (empty when there was none).
    pub body: String,
}

impl Answer {
    /// A 2xx answer.
    pub fn ok(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

/// A request: method, URL, the `Authorization` header if any, and a JSON body if any.
pub struct Request<'a> {
    /// GET, POST, PUT.
    pub method: &'a str,
    /// The full URL.
    pub url: &'a str,
    /// The `Authorization` header's value.
    pub auth: Option<&'a str>,
    /// A JSON body.
    pub body: Option<&'a str>,
    /// Only the LMS's plain `fetch` URL: no xAPI headers.
    pub plain: bool,
}

fn init(req: &Request<'_>, keepalive: bool) -> web_sys::RequestInit {
    let init = web_sys::RequestInit::new();
    init.set_method(req.method);
    init.set_cache(web_sys::RequestCache::NoStore);
    let headers = Object::new();
    let set = |k: &str, v: &str| {
        let _ = Reflect::set(&headers, &k.into(), &v.into());
    };
    if !req.plain {
        set("X-Experience-API-Version", XAPI_VERSION);
    }
    if let Some(auth) = req.auth {
        set("Authorization", auth);
    }
    if let Some(body) = req.body {
        set("Content-Type", "application/json");
        init.set_body(&JsValue::from_str(body));
    }
    init.set_headers(&headers);
    if keepalive {
        // Not in web-sys's RequestInit yet; every current browser knows it.
        let _ = Reflect::set(&init, &"keepalive".into(), &JsValue::TRUE);
    }
    init
}

/// Sends a request and waits for its answer (at most [`TIME_LIMIT_MS`]).
pub async fn send(req: Request<'_>) -> Answer {
    let none = Answer {
        status: 0,
        body: String::new(),
    };
    let Some(window) = web_sys::window() else {
        return none;
    };
    let init = init(&req, false);
    let controller = web_sys::AbortController::new().ok();
    let _limit = controller.as_ref().map(|c| {
        init.set_signal(Some(&c.signal()));
        let c = c.clone();
        Timeout::new(TIME_LIMIT_MS, move || c.abort())
    });
    let Ok(response) = JsFuture::from(window.fetch_with_str_and_init(req.url, &init)).await else {
        return none;
    };
    let Ok(response) = response.dyn_into::<web_sys::Response>() else {
        return none;
    };
    let status = response.status();
    let body = match response.text() {
        Ok(text) => JsFuture::from(text)
            .await
            .ok()
            .and_then(|t| t.as_string())
            .unwrap_or_default(),
        Err(_) => String::new(),
    };
    Answer { status, body }
}

/// Sends a request that outlives the page (`keepalive`), without waiting for its answer.
pub fn send_on_leaving(req: Request<'_>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let promise = window.fetch_with_str_and_init(req.url, &init(&req, true));
    // Handled, so that a refused request is no unhandled rejection.
    let pending = JsFuture::from(promise);
    wasm_bindgen_futures::spawn_local(async move {
        let _ = pending.await;
    });
}

/// JSON text read by the browser's own parser (`JSON.parse`) into a [`Value`]: the download
/// then carries no JSON parser of its own. `None` if the text is not JSON.
pub fn parse_json(text: &str) -> Option<Value> {
    js_sys::JSON::parse(text).ok().map(|v| from_js(&v))
}

fn from_js(v: &JsValue) -> Value {
    if let Some(s) = v.as_string() {
        Value::String(s)
    } else if let Some(b) = v.as_bool() {
        Value::Bool(b)
    } else if let Some(n) = v.as_f64() {
        if n.fract() == 0.0 && n.abs() < 9.0e15 {
            Value::from(n as i64)
        } else {
            serde_json::Number::from_f64(n).map_or(Value::Null, Value::Number)
        }
    } else if Array::is_array(v) {
        Value::Array(Array::from(v).iter().map(|x| from_js(&x)).collect())
    } else if let Some(o) = v.dyn_ref::<Object>() {
        let mut map = serde_json::Map::new();
        for entry in Object::entries(o).iter() {
            let pair = Array::from(&entry);
            if let Some(key) = pair.get(0).as_string() {
                map.insert(key, from_js(&pair.get(1)));
            }
        }
        Value::Object(map)
    } else {
        Value::Null
    }
}

/// A query string value, percent-encoded.
pub fn encode(value: &str) -> String {
    js_sys::encode_uri_component(value).into()
}

pub use calmline_web::{tab_get, tab_set};

/// The ISO 8601 time now (UTC, milliseconds), for a statement's timestamp.
pub fn iso_now() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// A UUID v4 for a session id or a missing registration, from both clocks (microseconds)
/// and `salt` (the launch): unique enough for an id, nothing secret depends on it. It leaves
/// `Math.random` alone, whose draws are the trainee's deal.
pub fn new_uuid(salt: &str) -> String {
    let draw = |n: u8| {
        let clock = (calmline_web::now_ms() * 1_000.0) as u64;
        crate::xapi::fnv(&format!("{n}|{}|{clock}|{salt}", calmline_web::unix_ms()))
    };
    uuid_from(draw(1), draw(2))
}

/// A version-4-shaped UUID from 128 bits.
pub fn uuid_from(a: u64, b: u64) -> String {
    let hex = format!("{a:016x}{b:016x}");
    format!(
        "{}-{}-4{}-{}{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[13..16],
        ["8", "9", "a", "b"][(b & 3) as usize],
        &hex[17..20],
        &hex[20..32]
    )
}
