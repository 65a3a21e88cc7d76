//! The phone ringing before a new call: caller ID (the customer's face, name and what the call
//! is about) and a big "Pick up" button, which has the focus (Enter or Space picks up). It rings
//! aloud only when the trainee has sound on (the customer's voice setting) and moves only
//! without reduced motion (the animation is in `styles/ring.css`); otherwise it is silent and
//! still. Picking up at once is fine: nothing waits for the ring.
//!
//! Only a new call rings: a resumed one (a reload, the catalog's resume) goes straight back to
//! the call.

use calmline_engine::model::Emotion;
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

/// The incoming call.
#[component]
pub fn Ringing(props: &RingingProps) -> Html {
    let locale = use_locale();
    let app = use_app();
    let reader = locale.reader();
    let sc = &props.scenario;
    let name = sc.customer.name.get(reader).into_owned();
    let about = sc.title.get(reader).into_owned();
    use_title(locale.text_with("ring-title", &[("name", name.clone().into())]));

    // The ring, while this screen shows, only with sound on.
    let sound = app.settings.voice;
    use_effect_with(sound, |sound| {
        let ringing = sound.then(Ringer::new).flatten().map(|ringer| {
            ringer.ring();
            let ringer = std::rc::Rc::new(ringer);
            let again = ringer.clone();
            (ringer, Interval::new(RING_EVERY_MS, move || again.ring()))
        });
        move || drop(ringing)
    });

    // The ring starts at the top of the page (caller ID first), even where focusing "Pick up"
    // (the page's start) would scroll a short landscape screen down to it.
    use_effect_with((), |_| {
        let top = || {
            if let Some(w) = web_sys::window() {
                w.scroll_to_with_x_and_y(0.0, 0.0);
            }
        };
        let later = [0, 150].map(|ms| Timeout::new(ms, top));
        move || drop(later)
    });

    let choice = props.choice;
    let pick_up = props.on_pick_up.reform(move |_: MouseEvent| choice);
    let mood = u8::try_from(sc.customer.mood.clamp(0, 100)).unwrap_or(50);
    html! {
        <section class="ring" aria-labelledby="ring-heading" data-testid="ringing">
            <h1 id="ring-heading" class="ring-heading">{ locale.text("ring-heading") }</h1>
            <div class="ring-caller" id="ring-caller" data-testid="caller-id">
                <div class="ring-face">
                    <Portrait name={name.clone()} {mood} emotion={Emotion::Neutral} face={sc.customer.face} />
                </div>
                <p class="ring-name" data-testid="caller-name">{ name }</p>
                <p class="ring-about" data-testid="caller-about">{ about }</p>
            </div>
            <button type="button" id="pick-up" class="button button-primary ring-pick-up" tabindex="0"
                    data-testid="pick-up" aria-describedby="ring-caller" onclick={pick_up}>
                <svg class="ring-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z" />
                </svg>
                <span>{ locale.text("ring-pick-up") }</span>
            </button>
        </section>
    }
}
