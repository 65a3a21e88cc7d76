//! Loading a call: the library's scenario file fetched and checked, the unfinished call of a
//! scenario restored from storage (paused, never ringing again, its call clock where it stood),
//! and the last finished call replayed for its debrief.
//!
//! The call clock is kept with the saved call ([`keep_call_time`]) each time the call is kept:
//! the local reporter writes the call, then the play page adds the call clock's time to it.

use std::cell::RefCell;
use std::rc::Rc;

use calmline_engine::compiled;
use calmline_engine::{Scenario, State, save};
use yew::Callback;

use super::release;
use super::{Load, scenario_url};
use crate::call::{Call, CallAction, SharedScenario};
use crate::lms::Moment;
use crate::platform::{self, FetchError, Notice};
use crate::progress::{SavedCall, call_key, last_key};
use crate::settings::{LinkOptions, Mode};

thread_local! {
    /// The call a trainer's link names, fetched before the app mounted ([`keep_fetched`]).
    static FETCHED: RefCell<Option<(String, Load)>> = const { RefCell::new(None) };
}

/// What fetching the library scenario `id` gave, read: ready, missing, unreachable or damaged.
fn read(id: &str, fetched: Result<Vec<u8>, FetchError>) -> Load {
    match fetched {
        Err(FetchError::Status(404)) => Load::Missing,
        Err(_) => Load::Unreachable,
        Ok(bytes) => match compiled::scenario_from_bytes(&bytes) {
            Ok(sc) => {
                release::loaded(id, &crate::fetch::content_version());
                Load::Ready(SharedScenario(Rc::new(sc)))
            }
            Err(error) => Load::Invalid(platform::Fault {
                file: scenario_url(id),
                error,
            }),
        },
    }
}

/// Keeps the call a trainer's link names, fetched (by `crate::boot`) while the module
/// started, so that the play page's first render is already its briefing.
pub fn keep_fetched(id: &str, fetched: Result<Vec<u8>, FetchError>) {
    let load = read(id, fetched);
    FETCHED.with(|f| *f.borrow_mut() = Some((id.to_owned(), load)));
}

/// The scenario `id` as fetched before the app mounted, once; `None` for any other.
pub(super) fn take_fetched(id: &str) -> Option<Load> {
    FETCHED.with(|f| {
        let mut kept = f.borrow_mut();
        match kept.take() {
            Some((kept_id, load)) if kept_id == id => Some(load),
            other => {
                *kept = other;
                None
            }
        }
    })
}

/// Fetches a library scenario in the compiled form `cargo xtask dist` wrote after validating
/// it (docs: ARCHITECTURE.md, "Two builds"); checked with the server when it is a `retry`.
pub(super) async fn fetch_scenario(id: &str, retry: bool) -> Load {
    read(id, platform::fetch_bytes(&scenario_url(id), retry).await)
}

/// The unfinished call of this scenario kept in storage, restored (paused, so that the trainee
/// can find their bearings); a damaged or outdated one is dropped with a notice. A call in
/// another timer or mode than a trainer's link locks is not resumed under that link (it stays
/// stored until a new call replaces it). A call whose scenario a new release changed resumes
/// on its own release's compiled file while the service worker keeps it ([`release`]); the
/// resumed call carries the scenario it plays on.
pub(super) async fn restore(
    sc: &SharedScenario,
    link: &LinkOptions,
    notify: &Callback<Notice>,
) -> Option<Call> {
    match restore_on(sc, link, notify) {
        Err(Changed) => {
            if let Some(own) = release::kept_scenario(&sc.id).await
                && let Ok(call) = restore_on(&own, link, notify)
            {
                return call;
            }
            platform::storage_remove(&call_key(&sc.id));
            notify.emit(Notice::CallNotRestored("scenario-changed".into()));
            None
        }
        Ok(call) => call,
    }
}

/// The saved call was made on another version of the scenario than `sc`.
struct Changed;

/// [`restore`] on the compiled scenario `sc`; `Err` (nothing dropped, nothing said) when the
/// saved call was made on another version of it.
fn restore_on(
    sc: &SharedScenario,
    link: &LinkOptions,
    notify: &Callback<Notice>,
) -> Result<Option<Call>, Changed> {
    saved_call_on(sc, link, notify).transpose()
}

/// The saved call of `sc.id` resumed on `sc`, if there is one to resume; `Some(Err)` when it
/// was made on another version of the scenario.
fn saved_call_on(
    sc: &SharedScenario,
    link: &LinkOptions,
    notify: &Callback<Notice>,
) -> Option<Result<Call, Changed>> {
    let key = call_key(&sc.id);
    let stored = platform::storage_get(&key)?;
    let Some((saved, call_ms)) = SavedCall::decode_timed(&stored) else {
        platform::storage_remove(&key);
        notify.emit(Notice::CallNotRestored("corrupt".into()));
        return None;
    };
    if saved.scenario_id() != Some(sc.id.as_str()) {
        platform::storage_remove(&key);
        notify.emit(Notice::CallNotRestored("other-scenario".into()));
        return None;
    }
    match save::decode(sc, &saved.save) {
        Ok((state, _)) if !link.allows(state.timer(), saved.mode) => None,
        Err(save::SaveError::ScenarioChanged { .. }) => Some(Err(Changed)),
        Ok((state, pending)) if state.ending().is_none() => {
            notify.emit(Notice::CallResumed);
            let now = platform::now_ms();
            // A resumed call does not ring again, and its newest line was said already.
            let call = Call::resume(sc.clone(), state, saved.mode, pending, now).paced(false, now);
            // The call clock as it stood, if it was kept (otherwise rebuilt from the replies).
            let call = match call_ms {
                Some(ms) => call.with_call_time(ms, now),
                None => call,
            };
            // Coach feedback waiting to be read comes back as it was; either way the call
            // resumes paused (both clocks stopped, one Resume), as the notice says.
            let call = if saved.feedback {
                call.reopen_feedback(now)
            } else {
                call
            };
            Some(Ok(call.apply(CallAction::SetPaused { paused: true, now })))
        }
        Ok(_) => {
            platform::storage_remove(&key);
            None
        }
        Err(err) => {
            platform::storage_remove(&key);
            notify.emit(Notice::CallNotRestored(err.kind().into()));
            None
        }
    }
}

/// The last finished call of this scenario, if storage has it and it still replays.
pub fn last_call(sc: &Scenario) -> Option<(State, Mode)> {
    let saved = SavedCall::decode(&platform::storage_get(&last_key(&sc.id))?)?;
    let (state, _) = save::decode(sc, &saved.save).ok()?;
    state.ending().map(|_| (state, saved.mode))
}

/// Adds the call clock's time at `now` to the unfinished call that the local reporter has just
/// kept for this moment, so that a reload resumes the call clock exactly. Nothing is kept for a
/// finished call, nor when there is no kept call of this scenario to add it to.
pub(super) fn keep_call_time(moment: &Moment<'_>, now: f64) {
    let (Moment::Moved { call } | Moment::Clock { call } | Moment::Leaving { call: Some(call) }) =
        moment
    else {
        return;
    };
    if call.is_over() {
        return;
    }
    let key = call_key(&call.scenario.id);
    let Some((saved, _)) = platform::storage_get(&key).and_then(|s| SavedCall::decode_timed(&s))
    else {
        return;
    };
    if saved.scenario_id() == Some(call.scenario.id.as_str()) {
        platform::storage_set(&key, &saved.encode_timed(call.call_clock.elapsed_ms(now)));
        release::keep(&call.scenario.id);
    }
}
