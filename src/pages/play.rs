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

use std::rc::Rc;

use calmline_engine::State;
use gloo::events::EventListener;
use yew::prelude::*;

use crate::call::{Call, CallAction, SharedScenario};
use crate::components::use_locale;
use crate::context::{AppContext, use_app};
use crate::i18n::Locale;
use crate::lms::{Moment, Scene};
use crate::pages::briefing::{Briefing, CallChoice};
use crate::pages::call::CallScreen;
use crate::pages::call::ring::Ringing;
use crate::pages::debrief::Debrief;
use crate::platform;
use crate::progress::debrief_key;
use crate::route::Route;
use crate::settings::Mode;

mod load;

use self::load::{fetch_scenario, keep_call_time, restore, take_fetched};
pub use self::load::{keep_fetched, last_call};

/// Properties of [`Play`].
#[derive(Properties, PartialEq)]
pub struct PlayProps {
    /// The scenario id from the route.
    pub id: String,
    /// A scenario already loaded (a trainer's own file); otherwise the library's file is fetched.
    #[prop_or_default]
    pub scenario: Option<SharedScenario>,
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

/// Where the trainee is in the call.
// One phase lives at a time, in the page's reducer: the size of the call's variant costs nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Phase {
    /// Reading the briefing.
    Briefing,
    /// The phone rings: caller ID and "Pick up" (a new call, never a resumed one).
    Ringing(CallChoice),
    /// On the phone.
    Calling(Call),
    /// Reading the debrief of a finished call.
    Debrief(Rc<State>, Mode),
}

/// What changes the phase.
// Dispatched once per event, never stored: the size of the call's variant costs nothing.
#[allow(clippy::large_enum_variant)]
pub enum PhaseAction {
    /// The phone rings for a new call.
    Ring(CallChoice),
    /// A call starts or resumes.
    Begin(Call),
    /// Something happens in the call.
    Act(CallAction),
    /// The debrief of this finished call.
    ShowDebrief(Rc<State>, Mode),
    /// Back to the briefing.
    Brief,
}

impl Reducible for Phase {
    type Action = PhaseAction;

    fn reduce(self: Rc<Self>, action: PhaseAction) -> Rc<Self> {
        match (action, &*self) {
            (PhaseAction::Ring(choice), _) => Rc::new(Phase::Ringing(choice)),
            (PhaseAction::Begin(call), _) => Rc::new(Phase::Calling(call)),
            (PhaseAction::Act(action), Phase::Calling(call)) => {
                let next = call.apply(action);
                if &next == call {
                    self
                } else {
                    Rc::new(Phase::Calling(next))
                }
            }
            (PhaseAction::Act(_), _) => self,
            (PhaseAction::ShowDebrief(state, mode), _) => Rc::new(Phase::Debrief(state, mode)),
            (PhaseAction::Brief, _) => Rc::new(Phase::Briefing),
        }
    }
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
    let given = props.scenario.clone();
    let phase = use_reducer(|| Phase::Briefing);
    let attempt = use_state(|| 0u32);
    // A trainer's own file is a preview: it never touches the library's scores and saves.
    let own = props.scenario.is_some();

    // Fetch and check the scenario file; then pick up an interrupted call of this scenario.
    // In a launch from an LMS whose runtime is still loading, the briefing shows at once and
    // the call is picked up once the LMS has said whose it is, unless the trainee began one.
    let began = use_mut_ref(|| false);
    {
        let load = load.clone();
        let phase = phase.clone();
        let app = app.clone();
        let locale = locale.clone();
        let id = props.id.clone();
        let began = began.clone();
        // Fetched already (see above): not fetched again, unless the trainee retries.
        let fetched = Some((*load).clone()).filter(|l| *attempt == 0 && *l != Load::Loading);
        use_effect_with((id.clone(), *attempt), move |(_, attempt)| {
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
                if !own && let Some(call) = restore(&sc, &app.link, &app.notify) {
                    let resumed = Moment::Started {
                        call: &call,
                        resumed: true,
                    };
                    report(&app, &locale, &phase, resumed);
                    phase.dispatch(PhaseAction::Begin(call));
                } else if !own
                    && platform::tab_get(&debrief_key(&sc.id)).as_deref() == Some("1")
                    && let Some((state, mode)) = last_call(&sc)
                {
                    // The tab was showing this debrief before the reload.
                    phase.dispatch(PhaseAction::ShowDebrief(Rc::new(state), mode));
                }
                load.set(Load::Ready(sc));
            });
        });
    }

    // Each phase starts at its top, with focus on its heading.
    let phase_kind = match &*phase {
        Phase::Briefing => "briefing-heading",
        Phase::Ringing(_) => "pick-up",
        Phase::Calling(_) => "replies",
        Phase::Debrief(..) => "debrief-heading",
    };
    let loaded = matches!(&*load, Load::Ready(_));
    use_effect_with((phase_kind, loaded), |(id, loaded)| {
        if *loaded {
            platform::start_screen(id);
        }
    });

    // The debrief on screen is marked in the tab, so that a reload comes back to it; leaving it
    // (another try, another route) removes the mark.
    // The hang-up moment counts: a reload then shows the debrief it leads to.
    let on_debrief = !own
        && match &*phase {
            Phase::Debrief(..) => true,
            Phase::Calling(call) => call.is_over(),
            _ => false,
        };
    use_effect_with((props.id.clone(), on_debrief), |(id, on)| {
        let key = debrief_key(id);
        if *on {
            platform::tab_set(&key, "1");
        }
        let on = *on;
        move || {
            if on {
                platform::tab_set(&key, "");
            }
        }
    });

    // While a call of the library is on, leaving it asks first; asking pauses it. (A trainer's
    // own file is a preview, kept nowhere: the trainer leaves it freely.)
    let in_call = !own && matches!(&*phase, Phase::Calling(call) if !call.is_over());
    {
        let phase = phase.dispatcher();
        use_effect_with(in_call, move |in_call| {
            let on_ask = Callback::from(move |()| {
                let now = platform::now_ms();
                phase.dispatch(PhaseAction::Act(CallAction::SetPaused {
                    paused: true,
                    now,
                }));
            });
            let unload = in_call.then(|| {
                crate::app::guard_leaving(Some(on_ask));
                web_sys::window().map(|w| {
                    EventListener::new_with_options(
                        &w,
                        "beforeunload",
                        gloo::events::EventListenerOptions::enable_prevent_default(),
                        |event| {
                            // The browser asks with its own words; the call is kept anyway.
                            event.prevent_default();
                            let _ = js_sys::Reflect::set(event, &"returnValue".into(), &"".into());
                        },
                    )
                })
            });
            move || {
                if unload.is_some() {
                    crate::app::guard_leaving(None);
                }
                drop(unload);
            }
        });
    }

    // After every move: every reporter hears it (local progress keeps the call, records a
    // finished one; an LMS gets the move); when the call ends, the debrief follows.
    let progress_key = match &*phase {
        Phase::Calling(call) => Some((call.state.history().len(), call.is_over())),
        _ => None,
    };
    {
        let phase_now = phase.clone();
        let app = app.clone();
        let locale = locale.clone();
        use_effect_with(progress_key, move |key| {
            let (Some((moves, _)), Phase::Calling(call)) = (key, &*phase_now) else {
                return;
            };
            if !own && *moves > 0 {
                report(&app, &locale, &phase_now, Moment::Moved { call });
            }
            // An ended call stays on the call screen for its hang-up moment, which leads on to
            // the debrief (`on_debrief`).
        });
    }

    // The reply clock of the unfinished call is kept whenever it stops, starts or is extended,
    // and when the page is hidden or goes away (see the module documentation).
    let calling = match &*phase {
        Phase::Calling(call) if !own => Some(call.clone()),
        _ => None,
    };
    let latest = use_mut_ref(|| None::<Call>);
    let is_calling = calling.is_some();
    {
        let latest = latest.clone();
        let app = app.clone();
        let locale = locale.clone();
        let phase_now = phase.clone();
        let clock_key = calling.as_ref().map(|call| {
            (
                call.state.history().len(),
                call.clock.is_running(),
                call.call_clock.is_running(),
                call.extensions,
            )
        });
        use_effect_with((calling, clock_key), move |(calling, clock_key)| {
            *latest.borrow_mut() = calling.clone();
            if let (Some(call), Some(_)) = (calling, clock_key) {
                report(&app, &locale, &phase_now, Moment::Clock { call });
            }
        });
    }
    {
        let latest = latest.clone();
        let app = app.clone();
        let locale = locale.clone();
        let phase_now = phase.clone();
        use_effect_with(is_calling, move |calling| {
            let keep = move |leaving: bool| {
                if let Some(call) = latest.borrow().as_ref() {
                    let moment = if leaving {
                        Moment::Leaving { call: Some(call) }
                    } else {
                        Moment::Clock { call }
                    };
                    report(&app, &locale, &phase_now, moment);
                }
            };
            let on_leave = keep.clone();
            let listeners = calling.then(|| {
                let window = web_sys::window();
                let document = window.as_ref().and_then(|w| w.document());
                let on_hide = keep.clone();
                (
                    window.map(|w| EventListener::new(&w, "pagehide", move |_| keep(true))),
                    document.map(|d| {
                        EventListener::new(&d, "visibilitychange", move |_| {
                            if platform::is_hidden() {
                                on_hide(false);
                            }
                        })
                    }),
                )
            });
            // Leaving the call screen inside the app (another route, the catalog) keeps the
            // clock as it is then, so that coming back never gives the time back.
            move || {
                if listeners.is_some() {
                    on_leave(false);
                }
                drop(listeners);
            }
        });
    }

    let scenario = match &*load {
        Load::Loading => {
            return html! { <p class="loading" role="status">{ locale.text("play-loading") }</p> };
        }
        Load::Missing => {
            return html! {
                <div class="error-panel" role="alert" data-testid="scenario-missing">
                    <h1>{ locale.text("play-missing-title") }</h1>
                    <p>{ locale.text_with("play-missing-body", &[("id", props.id.clone().into())]) }</p>
                    <a class="button" href={Route::Catalog.href()}>{ locale.text("back-to-catalog") }</a>
                </div>
            };
        }
        Load::Unreachable => {
            return html! {
                <div class="error-panel" role="alert" data-testid="scenario-unreachable">
                    <h1>{ locale.text("play-unreachable-title") }</h1>
                    <p>{ locale.text("play-unreachable-body") }</p>
                    <div class="actions">
                        <button type="button" class="button button-primary" data-testid="retry-load"
                                onclick={let attempt = attempt.clone(); let load = load.clone();
                                         Callback::from(move |_: MouseEvent| { load.set(Load::Loading); attempt.set(*attempt + 1); })}>
                            { locale.text("retry") }
                        </button>
                        <a class="button" href={Route::Catalog.href()}>{ locale.text("back-to-catalog") }</a>
                    </div>
                </div>
            };
        }
        Load::Invalid(fault) => {
            return html! {
                <div class="error-panel" role="alert" data-testid="scenario-invalid">
                    <h1>{ locale.text("play-invalid-title") }</h1>
                    <p>{ locale.text("play-invalid-body") }</p>
                    <p class="diagnostics">{ crate::components::fault_text(&locale, fault) }</p>
                    <a class="button" href={Route::Catalog.href()}>{ locale.text("back-to-catalog") }</a>
                </div>
            };
        }
        Load::Ready(sc) => sc.clone(),
    };

    // The briefing's start button makes the phone ring; picking up starts the call.
    let on_start = {
        let began = began.clone();
        let phase = phase.dispatcher();
        Callback::from(move |choice: CallChoice| {
            // Begun, so that an LMS answering late does not replace it with a resumed call.
            *began.borrow_mut() = true;
            phase.dispatch(PhaseAction::Ring(choice));
        })
    };
    let on_pick_up = {
        let began = began.clone();
        let phase = phase.clone();
        let scenario = scenario.clone();
        let app = app.clone();
        let locale = locale.clone();
        Callback::from(move |choice: CallChoice| {
            let seed = app.link.seed.unwrap_or_else(platform::random_seed);
            // The deal is the trainee's own, even when the link fixes the customer.
            let deal = platform::random_seed();
            let now = platform::now_ms();
            let call = Call::start(
                scenario.clone(),
                (seed, deal),
                choice.timer,
                choice.mode,
                now,
            )
            .paced(true, now);
            // Begun first, so that the time a slow LMS takes to hear of it is given back.
            *began.borrow_mut() = true;
            phase.dispatch(PhaseAction::Begin(call.clone()));
            if !own {
                let started = Moment::Started {
                    call: &call,
                    resumed: false,
                };
                report(&app, &locale, &phase, started);
            }
        })
    };
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

/// Tells every reporter of the app about a moment of the call; the time a slow LMS blocked the
/// page is given back to the reply clock.
fn report(app: &AppContext, locale: &Locale, phase: &UseReducerHandle<Phase>, moment: Moment<'_>) {
    let scene = Scene::now(locale.reader(), app.pass_mark());
    let stalled = app.reporters.hear(moment, &scene);
    keep_call_time(&moment, scene.now);
    if stalled > 0.0 {
        phase.dispatch(PhaseAction::Act(CallAction::Stalled { ms: stalled }));
    }
}
