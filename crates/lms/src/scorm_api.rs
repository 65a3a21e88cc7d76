//! The SCORM runtime API an LMS puts on one of the windows around the game (`API` for SCORM
//! 1.2, `API_1484_11` for SCORM 2004), found and called defensively: every step of the search
//! and every call is guarded, because a cross-origin frame throws on access, a parent frame that
//! navigated away leaves an API that throws, and an LMS may answer "false" or nothing at all.
//! Nothing here decides what to send ([`calmline_engine::attempt`] does); it only says how each
//! call went.

use calmline_engine::attempt::Sent;
use calmline_engine::scorm::Version;
use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// How far up the chain of parent windows the API is looked for (ADL's own search goes 7 up).
const MAX_PARENTS: usize = 7;

/// The method names of one version.
struct Names {
    object: &'static str,
    initialize: &'static str,
    get: &'static str,
    set: &'static str,
    commit: &'static str,
    terminate: &'static str,
    last_error: &'static str,
}

const fn names(v: Version) -> Names {
    match v {
        Version::V12 => Names {
            object: "API",
            initialize: "LMSInitialize",
            get: "LMSGetValue",
            set: "LMSSetValue",
            commit: "LMSCommit",
            terminate: "LMSFinish",
            last_error: "LMSGetLastError",
        },
        Version::V2004 => Names {
            object: "API_1484_11",
            initialize: "Initialize",
            get: "GetValue",
            set: "SetValue",
            commit: "Commit",
            terminate: "Terminate",
            last_error: "GetLastError",
        },
    }
}

/// An LMS's runtime API object.
pub struct Api {
    object: JsValue,
    version: Version,
}

impl Api {
    /// Looks for the API on this window and its parents (up to 7), then on the opener and its
    /// parents; `None` if no window has it.
    pub fn find(version: Version) -> Option<Api> {
        locate(version).map(|object| Api { object, version })
    }

    /// Whether the API found at first is still where it was (a parent frame that navigated or
    /// removed it has gone away).
    pub fn is_present(&self) -> bool {
        locate(self.version).is_some_and(|found| Object::is(&found, &self.object))
    }

    /// `Initialize("")` / `LMSInitialize("")`.
    pub fn initialize(&self) -> bool {
        self.call(names(self.version).initialize, &[])
            .is_ok_and(|v| truthy(&v))
    }

    /// `Commit("")` / `LMSCommit("")`.
    pub fn commit(&self) -> bool {
        self.call(names(self.version).commit, &[])
            .is_ok_and(|v| truthy(&v))
    }

    /// `Terminate("")` / `LMSFinish("")`.
    pub fn terminate(&self) -> bool {
        self.call(names(self.version).terminate, &[])
            .is_ok_and(|v| truthy(&v))
    }

    /// The value of an element; `Err(code)` with the LMS's error code when it has none (403 in
    /// 2004: not initialized, such as `cmi.location` on a first launch), `Err(101)` if the call
    /// threw.
    pub fn get(&self, element: &str) -> Result<String, u32> {
        let value = self
            .call(names(self.version).get, &[element])
            .map_err(|_| 101u32)?;
        let text = value
            .as_string()
            .or_else(|| value.as_f64().map(|n| n.to_string()))
            .unwrap_or_default();
        if text.is_empty() {
            match self.last_error() {
                Some(0) => Ok(text),
                Some(code) => Err(code),
                None => Err(101),
            }
        } else {
            Ok(text)
        }
    }

    /// Sets an element: taken, refused for good (a data-model error) or failed for now.
    pub fn set(&self, element: &str, value: &str) -> Sent {
        match self.call(names(self.version).set, &[element, value]) {
            Err(_) => Sent::Failed,
            Ok(v) if truthy(&v) => Sent::Accepted,
            Ok(_) => match self.last_error() {
                Some(code) if refused(self.version, code) => Sent::Refused,
                _ => Sent::Failed,
            },
        }
    }

    /// The LMS's last error code, `None` if asking threw.
    fn last_error(&self) -> Option<u32> {
        let v = self.call(names(self.version).last_error, &[]).ok()?;
        let code = v
            .as_string()
            .and_then(|s| s.trim().parse().ok())
            .or_else(|| v.as_f64().map(|n| n as u32))
            .unwrap_or(0);
        Some(code)
    }

    /// Calls a method of the API with string arguments (an empty string when none); `Err` if it
    /// is missing or threw.
    fn call(&self, method: &str, args: &[&str]) -> Result<JsValue, JsValue> {
        let function: Function =
            Reflect::get(&self.object, &JsValue::from_str(method))?.dyn_into()?;
        let list = Array::new();
        if args.is_empty() {
            list.push(&JsValue::from_str(""));
        }
        for a in args {
            list.push(&JsValue::from_str(a));
        }
        Reflect::apply(&function, &self.object, &list)
    }
}

/// "true" or true.
fn truthy(v: &JsValue) -> bool {
    v.as_bool() == Some(true) || v.as_string().is_some_and(|s| s.trim() == "true")
}

/// Whether an error code says the value itself is wrong (sending it again cannot help), rather
/// than that the LMS could not take it now.
fn refused(version: Version, code: u32) -> bool {
    match version {
        // 201 invalid argument, 401 not implemented, 402 keyword, 403 read only, 405 type.
        Version::V12 => matches!(code, 201 | 401..=405),
        // 201 argument, 401 undefined, 402 unimplemented, 404 read only, 406 type mismatch,
        // 407 out of range, 408 dependency not established.
        Version::V2004 => matches!(code, 201 | 401 | 402 | 404 | 406..=408),
    }
}

/// The API object on this window, a parent, the opener or one of its parents.
fn locate(version: Version) -> Option<JsValue> {
    let name = JsValue::from_str(names(version).object);
    let window: JsValue = web_sys::window()?.into();
    if let Some(api) = search(&window, &name) {
        return Some(api);
    }
    let opener = Reflect::get(&window, &JsValue::from_str("opener")).ok()?;
    if opener.is_null() || opener.is_undefined() {
        return None;
    }
    search(&opener, &name)
}

/// The API on `start` or one of its parents; every access guarded (cross-origin windows throw).
fn search(start: &JsValue, name: &JsValue) -> Option<JsValue> {
    let parent_key = JsValue::from_str("parent");
    let mut window = start.clone();
    for _ in 0..=MAX_PARENTS {
        if let Ok(api) = Reflect::get(&window, name)
            && api.is_object()
        {
            return Some(api);
        }
        let parent = Reflect::get(&window, &parent_key).ok()?;
        if parent.is_null() || parent.is_undefined() || Object::is(&parent, &window) {
            return None;
        }
        window = parent;
    }
    None
}
