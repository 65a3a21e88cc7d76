//! The player's side of the LMS runtime. The SCORM, cmi5 and xAPI adapters live in a
//! WebAssembly module of their own (`crates/lms`, built into `lms/` next to the page), so that
//! the player every trainee downloads carries none of them: only a launch from an LMS package
//! (`lms=<kind>`) loads it, while the briefing is fetched and shown. The play page waits for it
//! ([`ready`]) before it restores an unfinished call, since the LMS decides whose call that is;
//! a call the trainee starts before it has arrived is not held up: its moments wait here, in
//! order, and go to the runtime once it is connected (which then leaves the kept call alone).
//!
//! Every moment crosses as JSON ([`calmline_engine::relay::Told`]): the call as the engine's
//! [`calmline_engine::lms::CallView`] (its report, computed here, where the scenario is), its
//! save and its reply clock. What the LMS says comes back as two strings
//! ([`LmsUpdate::from_pair`]). A module that cannot be loaded leaves the status "not connected"
//! and the call plays on with local progress.

use std::cell::RefCell;
use std::rc::Rc;

use calmline_engine::lms::view;
use calmline_engine::relay::{LmsKind, LmsStatus, LmsUpdate, Sight, Told};
use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::{Moment, Reporter, Reporters, Scene, Updates, local};
use crate::call::Call;
use crate::platform;
use crate::progress::call_key;

#[wasm_bindgen(inline_js = "
export function load_lms(js, wasm) {
  const base = document.baseURI;
  return import(new URL(js, base).href).then(async (m) => {
    await m.default({ module_or_path: new URL(wasm, base).href });
    return m;
  });
}")]
extern "C" {
    /// Imports the LMS runtime's glue and instantiates its module; resolves to the glue.
    fn load_lms(js: &str, wasm: &str) -> Promise;
}

/// The build of the LMS runtime (`cargo xtask` sets it to a hash of the module), so that a
/// browser or a proxy never pairs this player with a stale copy of the runtime.
const VERSION: &str = match option_env!("CALMLINE_LMS_VERSION") {
    Some(v) => v,
    None => "dev",
};

thread_local! {
    /// Settles once the runtime is connected or could not be loaded.
    static READY: RefCell<Option<Promise>> = const { RefCell::new(None) };
    /// Whether [`READY`] has settled.
    static SETTLED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Loads the runtime, connects it, and adds the reporter that hands it every moment of the
/// launch's own call.
pub fn connect(kind: LmsKind, reporters: &Reporters, updates: Updates) {
    updates.emit(LmsUpdate::Status(LmsStatus::Connecting));
    let runtime = Rc::new(RefCell::new(Runtime::Loading(Vec::new())));
    reporters.add_for_launch(Box::new(Remote(runtime.clone())));
    let js = format!("lms/calmline_lms.js?v={VERSION}");
    let wasm = format!("lms/calmline_lms_bg.wasm?v={VERSION}");
    let loading = load_lms(&js, &wasm);
    let ready = wasm_bindgen_futures::future_to_promise(async move {
        let loaded = JsFuture::from(loading).await;
        let connected = loaded.and_then(|module| {
            // A call already under way keeps its own save: the LMS does not replace it.
            let restore = matches!(&*runtime.borrow(), Runtime::Loading(w) if w.is_empty());
            start(&module, kind, restore, updates.clone())
        });
        let next = match connected {
            Ok(handle) => {
                // What was told meanwhile, in order (and whatever is told while it is sent).
                loop {
                    let told = match &mut *runtime.borrow_mut() {
                        Runtime::Loading(waiting) if !waiting.is_empty() => waiting.remove(0),
                        _ => break,
                    };
                    hear(&handle, told);
                }
                Runtime::Ready(handle)
            }
            Err(e) => {
                web_sys::console::warn_2(&"CalmLine: the LMS runtime could not load".into(), &e);
                updates.emit(LmsUpdate::Status(LmsStatus::Missing));
                Runtime::Failed
            }
        };
        *runtime.borrow_mut() = next;
        SETTLED.with(|s| s.set(true));
        Ok(JsValue::UNDEFINED)
    });
    READY.with(|r| *r.borrow_mut() = Some(ready));
}

/// Calls the runtime's `connect` with the kind, where the scenario's unfinished call is kept
/// (if the runtime may decide it: `restore`), and a function for its updates; returns its
/// handle.
fn start(
    module: &JsValue,
    kind: LmsKind,
    restore: bool,
    updates: Updates,
) -> Result<JsValue, JsValue> {
    let connect: Function = Reflect::get(module, &"connect".into())?.dyn_into()?;
    let key = platform::link_param("scenario")
        .filter(|_| restore)
        .map(|id| call_key(&id));
    let told = Closure::<dyn Fn(String, String)>::new(move |what: String, value: String| {
        if let Some(update) = LmsUpdate::from_pair(&what, value) {
            updates.emit(update);
        }
    });
    let handle = connect.call3(
        &JsValue::NULL,
        &kind.id().into(),
        &key.map_or(JsValue::UNDEFINED, JsValue::from),
        told.as_ref(),
    )?;
    // The runtime keeps the function for the life of the page.
    told.forget();
    Ok(handle)
}

/// Whether the runtime of an LMS launch is still being loaded and connected.
pub fn pending() -> bool {
    READY.with(|r| r.borrow().is_some()) && !SETTLED.with(std::cell::Cell::get)
}

/// Waits until the runtime is connected, or could not be loaded; at once without an LMS.
pub async fn ready() {
    let promise = READY.with(|r| r.borrow().clone());
    if let Some(promise) = promise {
        let _ = JsFuture::from(promise).await;
    }
}

/// Where the runtime stands.
enum Runtime {
    /// Being loaded: the moments told so far, as JSON, in order.
    Loading(Vec<String>),
    /// Connected: its handle.
    Ready(JsValue),
    /// It could not be loaded: moments go nowhere (local progress keeps them).
    Failed,
}

/// The reporter: tells the runtime each moment as JSON (once it is connected).
struct Remote(Rc<RefCell<Runtime>>);

impl Reporter for Remote {
    fn hear(&mut self, moment: Moment<'_>, scene: &Scene) -> f64 {
        let Ok(mut runtime) = self.0.try_borrow_mut() else {
            return 0.0;
        };
        if matches!(*runtime, Runtime::Failed) {
            return 0.0;
        }
        let Ok(json) = serde_json::to_string(&told(moment, scene)) else {
            return 0.0;
        };
        match &mut *runtime {
            Runtime::Loading(waiting) => {
                waiting.push(json);
                0.0
            }
            Runtime::Ready(handle) => hear(handle, json),
            Runtime::Failed => 0.0,
        }
    }
}

/// Tells the runtime one moment; returns the milliseconds it blocked the page.
fn hear(handle: &JsValue, told: String) -> f64 {
    Reflect::get(handle, &"hear".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .and_then(|hear| hear.call1(handle, &told.into()).ok())
        .and_then(|blocked| blocked.as_f64())
        .unwrap_or(0.0)
}

/// A moment as the runtime hears it.
fn told(moment: Moment<'_>, scene: &Scene) -> Told {
    match moment {
        Moment::Started { call, resumed } => Told::Started {
            call: sight(call, scene),
            resumed,
        },
        Moment::Moved { call } => Told::Moved {
            call: sight(call, scene),
        },
        Moment::Clock { call } => Told::Clock {
            call: sight(call, scene),
        },
        Moment::Leaving { call } => Told::Leaving {
            call: call.map(|c| sight(c, scene)),
        },
        Moment::Finished => Told::Finished,
    }
}

/// The call as the runtime sees it: its report with the pass mark in force and the wordings in
/// the trainee's language, its save while unfinished, its reply clock.
fn sight(call: &Call, scene: &Scene) -> Sight {
    Sight {
        view: view(&call.scenario, &call.state, scene.pass_mark, scene.reader),
        save: if call.is_over() {
            None
        } else {
            local::encode(call, scene.now)
        },
        running: call.clock.is_running(),
        extensions: call.extensions,
    }
}
