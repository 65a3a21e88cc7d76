//! Browser edges shared by the player (the app crate) and the LMS runtime (`crates/lms`, a
//! module of its own that only LMS launches load): the parameters of the page's link, local
//! storage and the clocks. One definition, so that both sides read a link and store the same
//! way.

pub mod link;

/// The page's window. Outside a browser (native tests, server-side rendering of the components)
/// there is none, and every edge below answers as a browser with nothing stored would.
fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}

/// A parameter of the current link (see [`link::param`]).
pub fn link_param(key: &str) -> Option<String> {
    let location = window()?.location();
    let search = location.search().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    link::param(&search, &hash, key)
}

/// The page's local storage, if it works (a privacy mode or a policy may disable it).
pub fn local_storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok().flatten()
}

/// This tab's session storage (kept across reloads of the tab, not shared with other tabs).
fn session_storage() -> Option<web_sys::Storage> {
    window()?.session_storage().ok().flatten()
}

fn get(storage: Option<web_sys::Storage>, key: &str) -> Option<String> {
    storage?.get_item(key).ok().flatten()
}

/// Sets a value; a full or disabled storage only means it is not kept.
fn set(storage: Option<web_sys::Storage>, key: &str, value: &str) {
    if let Some(storage) = storage {
        let _ = storage.set_item(key, value);
    }
}

/// A stored value, if storage works and has it.
pub fn storage_get(key: &str) -> Option<String> {
    get(local_storage(), key)
}

/// Stores a value; a full or disabled storage only means it is not remembered.
pub fn storage_set(key: &str, value: &str) {
    set(local_storage(), key, value);
}

/// Forgets a stored value.
pub fn storage_remove(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}

/// A value this tab keeps (across reloads), such as one launch's token.
pub fn tab_get(key: &str) -> Option<String> {
    get(session_storage(), key)
}

/// Keeps a value for this tab.
pub fn tab_set(key: &str, value: &str) {
    set(session_storage(), key, value);
}

/// Unix time now, in milliseconds.
pub fn unix_ms() -> u64 {
    if window().is_none() {
        return 0;
    }
    js_sys::Date::now().max(0.0) as u64
}

/// Milliseconds on the page's monotonic clock (`performance.now()`).
pub fn now_ms() -> f64 {
    match window() {
        Some(w) => w.performance().map_or_else(js_sys::Date::now, |p| p.now()),
        None => 0.0,
    }
}

/// Runs `work` and records how long it took as a User Timing measure named `name` (in DevTools'
/// performance panel, and read by the studio's benchmark): the page's own account of a piece of
/// work, without the paint after it.
pub fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = window().and_then(|w| w.performance());
    let start = format!("{name}-start");
    if let Some(p) = &performance {
        let _ = p.mark(&start);
    }
    let out = work();
    if let Some(p) = &performance {
        let _ = p.measure_with_start_mark(name, &start);
        p.clear_marks_with_mark_name(&start);
    }
    out
}
