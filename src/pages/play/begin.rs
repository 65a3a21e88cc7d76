//! Beginning a call: the briefing's start button makes the phone ring; picking up starts the
//! call with the customer's seed (a trainer's link may fix it) and the trainee's own deal. Both
//! mark the call as begun, so that an LMS answering late does not replace it with a resumed one.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::PhaseAction;
use super::report::Page;
use crate::call::{Call, SharedScenario};
use crate::lms::Moment;
use crate::pages::briefing::CallChoice;
use crate::platform;

/// The briefing's start button: the phone rings.
pub fn on_start(page: &Page, began: &Rc<RefCell<bool>>) -> Callback<CallChoice> {
    let began = began.clone();
    let phase = page.phase.dispatcher();
    Callback::from(move |choice: CallChoice| {
        // Begun, so that an LMS answering late does not replace it with a resumed call.
        *began.borrow_mut() = true;
        phase.dispatch(PhaseAction::Ring(choice));
    })
}

/// Picking up: the call of `scenario` starts, and every reporter hears of it.
pub fn on_pick_up(
    page: &Page,
    scenario: &SharedScenario,
    began: &Rc<RefCell<bool>>,
) -> Callback<CallChoice> {
    let began = began.clone();
    let page = page.clone();
    let scenario = scenario.clone();
    Callback::from(move |choice: CallChoice| {
        let seed = page.app.link.seed.unwrap_or_else(platform::random_seed);
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
        page.phase.dispatch(PhaseAction::Begin(call.clone()));
        if !page.own {
            let started = Moment::Started {
                call: &call,
                resumed: false,
            };
            page.report(started);
        }
    })
}
