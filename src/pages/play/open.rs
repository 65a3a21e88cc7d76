//! Opening the play page: the scenario file fetched and checked (unless it was given, or
//! fetched while the module started), then an interrupted call of this scenario picked up, or
//! the debrief the tab was showing before a reload.
//!
//! In a launch from an LMS whose runtime is still loading, the briefing shows at once and the
//! call is picked up once the LMS has said whose it is, unless the trainee began one.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::load::{fetch_scenario, last_call, restore};
use super::report::Page;
use super::{Load, PhaseAction};
use crate::call::SharedScenario;
use crate::lms::Moment;
use crate::platform;
use crate::progress::debrief_key;
use crate::route::Route;

thread_local! {
    /// The call whose screen this page opened on: only there does a debrief the tab was
    /// showing come back (a reload on it); taken by the first play page opened, so a later
    /// visit, or a page that opened elsewhere (the trainee left before the app was there),
    /// shows the briefing.
    static LANDED: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Notes the screen the app mounts on (`crate::boot`).
pub fn landed_on(route: &Route) {
    let id = match route {
        Route::Play(id) => Some(id.clone()),
        _ => None,
    };
    LANDED.with(|l| *l.borrow_mut() = id);
}

/// Whether this page opened on the call `id`'s screen (asked once).
fn landed_here(id: &str) -> bool {
    LANDED.with(|l| l.borrow_mut().take()).as_deref() == Some(id)
}

/// Loads the scenario `id` into `load` (again for each retry: `attempt`), then resumes what was
/// interrupted, unless the trainee has `began` a call by then.
#[hook]
pub fn use_open(
    page: &Page,
    id: &str,
    given: (Option<SharedScenario>, Option<Rc<calmline_engine::State>>),
    load: &UseStateHandle<Load>,
    attempt: u32,
    began: &Rc<RefCell<bool>>,
) {
    // The scenario when it was given, and (the studio's play-test) the state to go on from.
    let (given, from) = given;
    let load = load.clone();
    let page = page.clone();
    let id = id.to_owned();
    let began = began.clone();
    let own = page.own;
    // Fetched already (see `Play`): not fetched again, unless the trainee retries.
    let fetched = Some((*load).clone()).filter(|l| attempt == 0 && *l != Load::Loading);
    use_effect_with((id.clone(), attempt), move |(_, attempt)| {
        let retry = *attempt > 0;
        yew::platform::spawn_local(async move {
            let next = match (given, fetched) {
                (Some(sc), _) => Load::Ready(sc),
                (None, Some(fetched)) => fetched,
                (None, None) => fetch_scenario(&id, retry).await,
            };
            let Load::Ready(sc) = &next else {
                load.set(next);
                return;
            };
            let sc = sc.clone();
            if crate::lms::pending() {
                load.set(next);
                crate::lms::ready().await;
                if *began.borrow() {
                    return;
                }
            }
            let restored = match (own, from) {
                // The studio's play-test from a turn: the call as it stands there, going on.
                (true, Some(state)) => {
                    let now = platform::now_ms();
                    let call = crate::call::Call::resume(
                        sc.clone(),
                        (*state).clone(),
                        crate::settings::Mode::Coach,
                        calmline_engine::save::Pending::default(),
                        now,
                    );
                    Some(call.paced(true, now))
                }
                (true, None) => None,
                (false, _) => restore(&sc, &page.app.link, &page.app.notify).await,
            };
            // A call resumed on its own release's version of the scenario (`release.rs`): the
            // page shows that version until the call is over.
            let sc = restored.as_ref().map_or(sc, |call| call.scenario.clone());
            if let Some(call) = restored {
                let resumed = Moment::Started {
                    call: &call,
                    resumed: true,
                };
                page.report(resumed);
                page.phase.dispatch(PhaseAction::Begin(call));
            } else if !own
                && landed_here(&sc.id)
                && platform::tab_get(&debrief_key(&sc.id)).as_deref() == Some("1")
                && let Some((state, mode)) = last_call(&sc)
            {
                // The tab was showing this debrief before the reload.
                page.phase
                    .dispatch(PhaseAction::ShowDebrief(Rc::new(state), mode));
            }
            load.set(Load::Ready(sc));
        });
    });
}
