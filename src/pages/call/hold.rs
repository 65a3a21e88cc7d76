//! The hold button of the call screen: putting the customer on hold, and coming back.
//!
//! "Put on hold" opens a small choice of what the agent says (an announced hold that says what
//! and for how long, a bare "please wait", or nothing at all; shuffled per hold) with what
//! holding costs said plainly. While that choice is open the replies are hidden and the reply
//! clock waits (the reducer's [`CallAction::HoldMenu`]): reading it costs no reply time, and
//! back from hold the reply clock starts again in full. "Back after m:ss" is announced for a few
//! seconds ([`BACK_SAID_MS`]) and never past the next move. While the customer is on hold the
//! replies are hidden, the reply clock is stopped, "On hold m:ss" runs, and two ways back are
//! offered (with or without thanks for waiting). The engine records the hold when the trainee comes back
//! ([`calmline_engine::hold`]); the call reducer keeps the hold's clock ([`crate::call::OnHold`]).
//! Changes are announced in a live region; nothing moves under reduced motion (`styles/hold.css`).
//! The on-hold panel shows the promised time and how much of it has passed ([`promise`]); what is
//! said around a hold, in the transcript and the debrief, is [`words`].

use calmline_engine::hold::{self, HoldWay};
use gloo::timers::callback::{Interval, Timeout};
use yew::prelude::*;

use crate::call::{Call, CallAction};
use crate::components::use_locale;
use crate::i18n::Locale;
use crate::platform;

pub mod promise;
pub mod words;

/// How long "back after m:ss" stays in the live region after the return.
const BACK_SAID_MS: u32 = 5_000;

/// `m:ss` of a time on hold.
pub fn m_ss(ms: u32) -> String {
    let s = ms / 1000;
    format!("{}:{:02}", s / 60, s % 60)
}

/// The transcript's line for the hold at `index` of the call ("On hold 0:40").
pub fn line_text(locale: &Locale, call: &Call, index: usize) -> String {
    let held = call.state.holds().get(index).map_or(0, |h| h.held_ms);
    locale.text_with("hold-line", &[("time", m_ss(held).into())])
}

/// The hold rules at the call's current turn.
pub fn rules_now(call: &Call) -> hold::HoldRules {
    call.state
        .turn()
        .map_or(hold::HoldRules::DEFAULT, |t| hold::rules(&call.scenario, t))
}

/// What the agent says to put the customer on hold this way, at the call's current turn.
pub fn phrasing(locale: &Locale, call: &Call, way: HoldWay) -> String {
    words::offer(locale, way, rules_now(call).minutes)
}

/// The ways to put the customer on hold in the order to show them: shuffled by the trainee's
/// deal and the number of holds so far, so that the good one is never always first.
pub fn ways_in_order(call: &Call) -> Vec<HoldWay> {
    let mut ways: Vec<HoldWay> = HoldWay::ALL.iter().map(|(_, w)| *w).collect();
    let n = call.state.deal() ^ (call.state.holds().len() as u64).wrapping_mul(0x9e37_79b9);
    let n = n.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 59;
    ways.rotate_left((n % 3) as usize);
    if n & 8 != 0 {
        ways.swap(1, 2);
    }
    ways
}

/// Whether thanks come first among the ways back (shuffled like the ways on).
fn thanks_first(call: &Call) -> bool {
    (call.state.deal() >> (call.state.holds().len() % 60)) & 1 == 0
}

/// Properties of [`HoldControls`].
#[derive(Properties, PartialEq)]
pub struct HoldControlsProps {
    /// The call.
    pub call: Call,
    /// Starting and ending the hold.
    pub on_action: Callback<CallAction>,
}

/// The hold button, its choice of phrasings, and the on-hold panel.
#[component]
pub fn HoldControls(props: &HoldControlsProps) -> Html {
    let locale = use_locale();
    let call = &props.call;
    // The menu's state is the reducer's: the reply clock stops while it is open.
    let open = call.hold_menu;
    let now = use_state(platform::now_ms);
    // "Back after m:ss" is said for a few seconds after the return, and not past the next move.
    let back_said = use_state(|| false);
    let moves = call.state.history().len();
    {
        let back_said = back_said.clone();
        use_effect_with(moves, move |_| back_said.set(false));
    }
    let on_hold = call.hold.is_some();

    // Redraw the time on hold while it runs.
    {
        let now = now.clone();
        use_effect_with(on_hold, move |on_hold| {
            now.set(platform::now_ms());
            let tick = on_hold.then(|| Interval::new(500, move || now.set(platform::now_ms())));
            move || drop(tick)
        });
    }
    // Focus follows the hold: the first way back when it starts, the replies when it ends, the
    // first phrasing when the choice opens.
    {
        let was_on_hold = use_mut_ref(|| on_hold);
        let back_said = back_said.clone();
        use_effect_with(on_hold, move |&on_hold| {
            let before = std::mem::replace(&mut *was_on_hold.borrow_mut(), on_hold);
            let target = match (before, on_hold) {
                (false, true) => Some("hold-back-first"),
                (true, false) => Some("replies"),
                _ => None,
            };
            let focusing = target.map(|id| Timeout::new(0, move || platform::focus(id)));
            let back = (before && !on_hold).then(|| {
                back_said.set(true);
                Timeout::new(BACK_SAID_MS, move || back_said.set(false))
            });
            move || {
                drop(focusing);
                drop(back);
            }
        });
    }
    use_effect_with(open, |open| {
        if *open {
            platform::focus("hold-way-first");
        }
    });

    let past_promise = call
        .hold
        .is_some_and(|h| call.held_ms(*now) > rules_now(call).promised_ms(h.way));
    let announcement = if past_promise {
        locale.text("hold-announce-over")
    } else if on_hold {
        locale.text("hold-announce-on")
    } else if !*back_said {
        String::new()
    } else {
        call.state
            .holds()
            .last()
            .map(|h| locale.text_with("hold-announce-back", &[("time", m_ss(h.held_ms).into())]))
            .unwrap_or_default()
    };
    // One live region whatever is shown, so that its changes are announced.
    let body = hold_body(props, &locale, open, *now);
    html! {
        <div class="hold-area">
            <p class="visually-hidden" aria-live="polite" data-testid="hold-announcement">{ announcement }</p>
            { body }
        </div>
    }
}

/// The button and its choice, or the on-hold panel.
fn hold_body(props: &HoldControlsProps, locale: &Locale, open: bool, now: f64) -> Html {
    let call = &props.call;
    if let Some(hold) = call.hold {
        let held = call.held_ms(now);
        let back = |thanked: bool, first: bool| {
            let onclick = props
                .on_action
                .reform(move |_: MouseEvent| CallAction::EndHold {
                    thanked,
                    now: platform::now_ms(),
                });
            let key = if thanked {
                "hold-back-thanks"
            } else {
                "hold-back-plain"
            };
            html! {
                <li>
                    <button type="button" class="hold-back" data-testid="hold-back"
                            data-thanked={thanked.to_string()}
                            id={first.then_some("hold-back-first")} {onclick}>
                        { locale.text(key) }
                    </button>
                </li>
            }
        };
        let order = if thanks_first(call) {
            [true, false]
        } else {
            [false, true]
        };
        return html! {
            <section class="hold hold-on" aria-labelledby="hold-on-heading" data-testid="on-hold"
                     data-way={hold.way.id()}>
                <h2 id="hold-on-heading" class="hold-time" data-testid="hold-time"
                    data-held-ms={held.to_string()}>
                    <span class="hold-dot" aria-hidden="true"></span>
                    { locale.text_with("hold-on", &[("time", m_ss(held).into())]) }
                </h2>
                { promise::view(locale, hold.way, held, rules_now(call).promised_ms(hold.way)) }
                <p class="hold-note">{ locale.text("hold-on-note") }</p>
                <h3 id="hold-back-heading" class="hold-subheading">{ locale.text("hold-back-heading") }</h3>
                <ul class="hold-options" aria-labelledby="hold-back-heading">
                    { back(order[0], true) }
                    { back(order[1], false) }
                </ul>
            </section>
        };
    }

    if !call.awaits_reply() {
        return Html::default();
    }
    let menu = |open: bool| CallAction::HoldMenu {
        open,
        now: platform::now_ms(),
    };
    let toggle = props.on_action.reform(move |_: MouseEvent| menu(!open));
    let close_on_escape = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                on_action.emit(menu(false));
                platform::focus("hold-toggle");
            }
        })
    };
    let cancel = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            on_action.emit(menu(false));
            platform::focus("hold-toggle");
        })
    };
    let ways = ways_in_order(call).into_iter().enumerate().map(|(i, way)| {
        let onclick = props
            .on_action
            .reform(move |_: MouseEvent| CallAction::StartHold {
                way,
                now: platform::now_ms(),
            });
        html! {
            <li>
                <button type="button" class="hold-way" data-testid="hold-way" data-way={way.id()}
                        id={(i == 0).then_some("hold-way-first")} {onclick}>
                    { phrasing(locale, call, way) }
                </button>
            </li>
        }
    });
    html! {
        <div class="hold">
            <button type="button" id="hold-toggle" class="button button-quiet hold-toggle"
                    data-testid="hold" aria-expanded={open.to_string()} aria-controls="hold-menu"
                    onclick={toggle}>
                { locale.text("hold-button") }
            </button>
            if open {
                <div id="hold-menu" class="hold-menu" role="group" aria-labelledby="hold-menu-heading"
                     data-testid="hold-menu" onkeydown={close_on_escape}>
                    <h2 id="hold-menu-heading" class="hold-subheading">{ locale.text("hold-menu-heading") }</h2>
                    <p class="hold-note" data-testid="hold-cost">{ locale.text("hold-cost") }</p>
                    <ul class="hold-options" aria-labelledby="hold-menu-heading">{ for ways }</ul>
                    <button type="button" class="button button-quiet" onclick={cancel}>
                        { locale.text("hold-cancel") }
                    </button>
                </div>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use calmline_engine::Lang;

    use super::*;

    #[test]
    fn every_hold_text_formats_in_every_language() {
        for lang in [Lang::Pl, Lang::Hu, Lang::En] {
            let locale = Locale::new(lang);
            for minutes in [1_i64, 2, 5] {
                let text = locale.text_with("hold-say-announced", &[("minutes", minutes.into())]);
                assert!(
                    !text.contains("hold-say") && text.len() > 40,
                    "{lang:?}: {text}"
                );
                // One minute is said in words, more with the number.
                assert_eq!(
                    text.contains(&minutes.to_string()),
                    minutes > 1,
                    "{lang:?}: {text}"
                );
            }
            for way in ["bare", "silent"] {
                let key = format!("hold-say-{way}");
                assert_ne!(locale.text(&key), key);
            }
            let line = locale.text_with("hold-line", &[("time", m_ss(40_000).into())]);
            assert!(line.contains("0:40"), "{line}");
        }
        assert_eq!(m_ss(125_900), "2:05");
    }
}
