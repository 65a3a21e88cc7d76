//! A training call from start to finish (`#/play/<id>`): loads the scenario file, then shows the
//! briefing, the call and the debrief in turn, keeping the call in local storage after every
//! move so that a reload resumes it.
//!
//! The save also holds the reply clock of the unanswered turn (time used, extensions), so that a
//! reload resumes it where it was, not at full time, and the call clock (the whole call's time).
//! It is written when something changes them other than time passing: a move, "more time", a
//! clock stopping or starting (pause, the tab hidden or shown, coach feedback), and when the
//! page goes away (`pagehide`, and `visibilitychange` to hidden, saved straight from the latest
//! call with the clocks read then) or the trainee leaves the call screen for another route.
//! Never on a timer tick: the time used only has to be exact when a reload can follow, and
//! leaving the page is itself one of the moments it is saved.
//!
//! The phases share one route on purpose: a trainer's link always lands on the briefing (or on
//! the interrupted call), never in the middle of a debrief that no longer exists. A reload of
//! the tab showing a debrief shows that debrief again (a mark in the tab's session storage,
//! [`crate::progress::debrief_key`], until the trainee leaves it).
//!
//! While a call is on, leaving it asks first: another route of the app through the app's own
//! dialog ([`crate::app::guard_leaving`]), closing or reloading the tab through the browser's
//! `beforeunload` prompt. The call is kept either way.
//!
//! The page is the composition of its pieces: [`phase`] (the phases and their reducer),
//! [`open`] (loading and picking up an interrupted call), [`arrive`] (each phase's start and
//! the debrief's mark), [`guard`] (leaving asks first), [`keep`] (the call kept after moves and
//! clock changes), [`report`] (telling the reporters), [`begin`] (ringing and picking up) and
//! [`not_ready`] (loading, or why the file cannot be played); [`load`] reads the files.

use std::rc::Rc;

use yew::prelude::*;

use crate::call::{Call, CallAction, SharedScenario};
use crate::components::use_locale;
use crate::context::use_app;
use crate::pages::briefing::Briefing;
use crate::pages::call::CallScreen;
use crate::pages::call::ring::Ringing;
use crate::pages::debrief::Debrief;

mod arrive;
mod begin;
mod guard;
mod keep;
mod load;
mod not_ready;
mod open;
mod phase;
mod release;
mod report;

use self::load::take_fetched;
pub use self::load::{keep_fetched, last_call};
use self::not_ready::NotReady;
pub use self::open::landed_on;
pub use self::phase::{Phase, PhaseAction};
use self::report::Page;

/// Properties of [`Play`].
#[derive(Properties, PartialEq)]
pub struct PlayProps {
    /// The scenario id from the route.
    pub id: String,
    /// A scenario already loaded (a trainer's own file); otherwise the library's file is fetched.
    #[prop_or_default]
    pub scenario: Option<SharedScenario>,
    /// With a given scenario: the call as it stands at a turn, to go on from there (the
    /// studio's play-test from a turn); otherwise the call starts with the briefing.
    #[prop_or_default]
    pub from: Option<Rc<calmline_engine::State>>,
}

/// How far loading the scenario file got.
#[derive(Debug, Clone, PartialEq)]
enum Load {
    Loading,
    /// No such file.
    Missing,
    /// The file could not be fetched.
    Unreachable,
    /// The file arrived but cannot be read (damaged, or from another version).
    Invalid(crate::platform::Fault),
    Ready(SharedScenario),
}

/// The compiled file of a library scenario.
pub fn scenario_url(id: &str) -> String {
    format!(
        "{}{}",
        crate::app::SCENARIOS_DIR,
        calmline_engine::compiled::file_name(id)
    )
}

/// The play page.
#[component]
pub fn Play(props: &PlayProps) -> Html {
    let locale = use_locale();
    let app = use_app();
    // A trainer's link's call was fetched while the module started: the first render is its
    // briefing, which replaces the prerendered frame in one go (ARCHITECTURE.md, "First paint").
    let load = use_state(|| take_fetched(&props.id).unwrap_or(Load::Loading));
    let phase = use_reducer(|| Phase::Briefing);
    let attempt = use_state(|| 0u32);
    let page = Page {
        app,
        locale,
        phase: phase.clone(),
        // A trainer's own file is a preview: it never touches the library's scores and saves.
        own: props.scenario.is_some(),
    };

    // Set once the trainee begins a call, which an LMS answering late then leaves alone.
    let began = use_mut_ref(|| false);
    open::use_open(
        &page,
        &props.id,
        (props.scenario.clone(), props.from.clone()),
        &load,
        *attempt,
        &began,
    );
    arrive::use_phase_start(&phase, matches!(&*load, Load::Ready(_)));
    arrive::use_debrief_mark(&props.id, &phase, page.own);
    guard::use_leave_guard(&page);
    keep::use_progress(&page);
    keep::use_clock_keeping(&page);

    let Load::Ready(scenario) = &*load else {
        let on_retry = {
            let attempt = attempt.clone();
            let load = load.clone();
            Callback::from(move |()| {
                load.set(Load::Loading);
                attempt.set(*attempt + 1);
            })
        };
        return html! { <NotReady id={props.id.clone()} load={(*load).clone()} {on_retry} /> };
    };

    let on_start = begin::on_start(&page, &began);
    let on_pick_up = begin::on_pick_up(&page, scenario, &began);
    let on_action = {
        let phase = phase.dispatcher();
        Callback::from(move |action: CallAction| phase.dispatch(PhaseAction::Act(action)))
    };
    let on_show_last = {
        let phase = phase.dispatcher();
        let scenario = scenario.clone();
        Callback::from(move |()| {
            if let Some((state, mode)) = last_call(&scenario) {
                phase.dispatch(PhaseAction::ShowDebrief(Rc::new(state), mode));
            }
        })
    };
    let on_brief = {
        let phase = phase.dispatcher();
        Callback::from(move |()| phase.dispatch(PhaseAction::Brief))
    };
    let on_debrief = {
        let phase = phase.dispatcher();
        Callback::from(move |call: Call| {
            phase.dispatch(PhaseAction::ShowDebrief(Rc::new(call.state), call.mode));
        })
    };
    let own = page.own;

    match &*phase {
        Phase::Briefing => html! {
            <Briefing scenario={scenario.clone()} {own} {on_start} {on_show_last} />
        },
        Phase::Ringing(choice) => html! {
            <Ringing scenario={scenario.clone()} choice={*choice} on_pick_up={on_pick_up} />
        },
        Phase::Calling(call) => html! {
            <CallScreen call={call.clone()} {on_action} {on_debrief} />
        },
        Phase::Debrief(state, mode) => html! {
            <Debrief scenario={scenario.clone()} state={state.clone()} mode={*mode}
                     on_retry={on_brief} />
        },
    }
}
