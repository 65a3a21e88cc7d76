//! An unfinished call outlives a release. The release whose compiled file a call plays on is
//! kept beside the call (`calmline.call-release.<id>`); when a new release has changed that
//! call's scenario, the call is resumed on the compiled file of its own release, which the
//! service worker keeps for the last few releases (`assets/sw.js`, `KEPT`). Only when that
//! file is gone too (no service worker, or too many releases ago) is the trainee told that
//! the call has been updated since.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use calmline_engine::compiled;

use super::scenario_url;
use crate::call::SharedScenario;
use crate::fetch;
use crate::platform;

thread_local! {
    /// For each scenario loaded in this page, the release its compiled file came from.
    static LOADED_FROM: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
}

/// Where the release of the unfinished call of `id` is kept.
fn key(id: &str) -> String {
    format!("calmline.call-release.{id}")
}

/// Notes that the scenario `id` on screen was loaded from `release`'s compiled file.
pub fn loaded(id: &str, release: &str) {
    LOADED_FROM.with(|l| l.borrow_mut().insert(id.to_owned(), release.to_owned()));
}

/// Keeps, beside the unfinished call of `id`, the release its scenario came from (this page's,
/// unless the call was resumed on an older one).
pub fn keep(id: &str) {
    let release = LOADED_FROM
        .with(|l| l.borrow().get(id).cloned())
        .unwrap_or_else(fetch::content_version);
    platform::storage_set(&key(id), &release);
}

/// The compiled scenario `id` of the release its unfinished call was kept with, if that is
/// another release than this page's and its file can still be had.
pub async fn kept_scenario(id: &str) -> Option<SharedScenario> {
    let release = platform::storage_get(&key(id))?;
    if release == fetch::content_version() || release.is_empty() {
        return None;
    }
    let bytes = fetch::start_at(&scenario_url(id), &release, false)
        .bytes()
        .await
        .ok()?;
    let sc = compiled::scenario_from_bytes(&bytes).ok()?;
    (sc.id == id).then(|| {
        loaded(id, &release);
        SharedScenario(Rc::new(sc))
    })
}
