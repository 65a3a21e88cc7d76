//! The phone ringing before a new call: caller ID (the customer's face, name and what the call
//! is about) and a big "Pick up" button, which has the focus (Enter or Space picks up). It rings
//! aloud only when the trainee has sound on (the customer's voice setting) and moves only
//! without reduced motion (the animation is in `styles/ring.css`); otherwise it is silent and
//! still. Picking up at once is fine: nothing waits for the ring.
//!
//! Only a new call rings: a resumed one (a reload, the catalog's resume) goes straight back to
//! the call.
//!
//! An outbound call (`direction = "outbound"`: the trainee calls the customer back) is the other
//! way round: "Calling" with the same caller-ID card and a "Call" button in the same place (same
//! id, focused, Enter or Space), then "Ringing…" for a moment at the customer's end before the
//! customer answers. It never plays the ring tone (the phone rings at the customer's, not here)
//! and its waiting pulse moves only without reduced motion.

use calmline_engine::model::{Direction, Emotion};
use gloo::timers::callback::{Interval, Timeout};
use yew::prelude::*;

use super::sound::Ringer;
use crate::call::SharedScenario;
use crate::components::portrait::Portrait;
use crate::components::{use_locale, use_title};
use crate::context::use_app;
use crate::pages::briefing::CallChoice;

/// Milliseconds from one double ring to the next.
const RING_EVERY_MS: u32 = 3_000;

/// Milliseconds an outbound call rings at the customer's end before the customer answers.
pub const ANSWER_AFTER_MS: u32 = 1_800;

/// The localization keys of the ring screen for one direction of call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RingTexts {
    /// The page title (takes `$name`).
    pub title: &'static str,
    /// The heading above the caller-ID card.
    pub heading: &'static str,
    /// The button that starts the call.
    pub button: &'static str,
}

/// What the ring screen says for a call in `direction`: an incoming call is picked up, an
/// outbound one is placed.
pub fn ring_texts(direction: Direction) -> RingTexts {
    match direction {
        Direction::Inbound => RingTexts {
            title: "ring-title",
            heading: "ring-heading",
            button: "ring-pick-up",
        },
        Direction::Outbound => RingTexts {
            title: "ring-out-title",
            heading: "ring-out-heading",
            button: "ring-out-call",
        },
    }
}

/// Properties of [`Ringing`].
#[derive(Properties, PartialEq)]
pub struct RingingProps {
    /// The scenario whose customer is calling.
    pub scenario: SharedScenario,
    /// How the trainee chose to take the call.
    pub choice: CallChoice,
    /// The trainee picks up.
    pub on_pick_up: Callback<CallChoice>,
}

/// The incoming call, or the call the trainee places.
#[component]
pub fn Ringing(props: &RingingProps) -> Html {
    let locale = use_locale();
    let app = use_app();
    let reader = locale.reader();
    let sc = &props.scenario;
    let outbound = sc.direction == Direction::Outbound;
    let texts = ring_texts(sc.direction);
    let name = sc.customer.name.get(reader).into_owned();
    let about = sc.title.get(reader).into_owned();
    use_title(locale.text_with(texts.title, &[("name", name.clone().into())]));

    // An outbound call, once placed, rings at the customer's end; then the customer answers.
    let dialling = use_state(|| false);
    {
        let on_pick_up = props.on_pick_up.clone();
        let choice = props.choice;
        use_effect_with(*dialling, move |dialling| {
            let answer =
                dialling.then(|| Timeout::new(ANSWER_AFTER_MS, move || on_pick_up.emit(choice)));
            move || drop(answer)
        });
    }

    // The ring, while this screen shows, only with sound on and only for an incoming call.
    let sound = app.settings.voice && !outbound;
    use_effect_with(sound, |sound| {
        let ringing = sound.then(Ringer::new).flatten().map(|ringer| {
            ringer.ring();
            let ringer = std::rc::Rc::new(ringer);
            let again = ringer.clone();
            (ringer, Interval::new(RING_EVERY_MS, move || again.ring()))
        });
        move || drop(ringing)
    });

    // The ring's card, the caller and "Pick up", in view: where the site's header would push
    // it off a short screen (a phone in landscape, large text), the card goes to the top (QA 12
    // round 3 #1). After the page's start (which scrolls to the top and focuses "Pick up"), and
    // once more a little later; placing twice lands in the same place.
    use_effect_with((), |_| {
        let later = [(0, false), (150, true)].map(|(ms, last)| {
            Timeout::new(ms, move || {
                super::reveal::reveal_ring(last);
            })
        });
        move || drop(later)
    });

    let choice = props.choice;
    let pick_up = if outbound {
        let dialling = dialling.clone();
        Callback::from(move |_: MouseEvent| dialling.set(true))
    } else {
        props.on_pick_up.reform(move |_: MouseEvent| choice)
    };
    let mood = u8::try_from(sc.customer.mood.clamp(0, 100)).unwrap_or(50);
    let class = classes!(
        "ring",
        outbound.then_some("ring-outbound"),
        (*dialling).then_some("is-dialling")
    );
    html! {
        <section {class} aria-labelledby="ring-heading" data-testid="ringing"
                 data-direction={sc.direction.id()}>
            <h1 id="ring-heading" class="ring-heading">{ locale.text(texts.heading) }</h1>
            <div class="ring-caller" id="ring-caller" data-testid="caller-id">
                <div class="ring-face">
                    <Portrait name={name.clone()} {mood} emotion={Emotion::Neutral} face={sc.customer.face} />
                </div>
                <p class="ring-name" data-testid="caller-name">{ name }</p>
                <p class="ring-about" data-testid="caller-about">{ about }</p>
            </div>
            <button type="button" id="pick-up" class="button button-primary ring-pick-up" tabindex="0"
                    data-testid="pick-up" aria-describedby="ring-caller" onclick={pick_up}
                    disabled={*dialling}>
                <svg class="ring-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z" />
                </svg>
                <span>{ locale.text(texts.button) }</span>
            </button>
            if outbound {
                <p class="ring-status" role="status" data-testid="ring-status">
                    { if *dialling { locale.text("ring-out-ringing") } else { String::new() } }
                </p>
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOCALES: [&str; 3] = [
        include_str!("../../../locales/en/main.ftl"),
        include_str!("../../../locales/pl/main.ftl"),
        include_str!("../../../locales/hu/main.ftl"),
    ];

    #[test]
    fn an_incoming_call_is_picked_up_and_an_outbound_call_is_placed() {
        let inbound = ring_texts(Direction::Inbound);
        assert_eq!(
            (inbound.title, inbound.heading, inbound.button),
            ("ring-title", "ring-heading", "ring-pick-up")
        );
        let outbound = ring_texts(Direction::Outbound);
        assert_eq!(
            (outbound.title, outbound.heading, outbound.button),
            ("ring-out-title", "ring-out-heading", "ring-out-call")
        );
    }

    #[test]
    fn every_ring_text_is_in_every_language() {
        for direction in [Direction::Inbound, Direction::Outbound] {
            let t = ring_texts(direction);
            for key in [t.title, t.heading, t.button, "ring-out-ringing"] {
                for ftl in LOCALES {
                    assert!(
                        ftl.lines().any(|l| l.starts_with(&format!("{key} = "))),
                        "`{key}` is missing from a locale"
                    );
                }
            }
        }
    }
}
