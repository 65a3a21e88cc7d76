//! The call bar: one compact bar that a phone pins to the top, with the customer's face, name,
//! mood and tone, the call clock and the reply timer, so that the state of the call is read at
//! a glance while the conversation scrolls below it.

use yew::prelude::*;

use super::clock::CallClock;
use crate::call::Call;
use crate::components::countdown::Countdown;
use crate::components::portrait::{MoodMeter, Portrait};
use crate::components::use_locale;

/// Properties of [`CallBar`].
#[derive(Properties, PartialEq)]
pub struct CallBarProps {
    /// The call.
    pub call: Call,
    /// The reply time left at the page clock's last reading (`None` when untimed).
    pub remaining: Option<u32>,
    /// Whether the reply time is running short.
    pub warning: bool,
    /// Whether the customer is speaking (the bar shows it).
    pub speaking: bool,
}

/// The bar at the top of the call screen.
#[component]
pub fn CallBar(props: &CallBarProps) -> Html {
    let locale = use_locale();
    let reader = locale.reader();
    let call = &props.call;
    let sc = &call.scenario;
    let emotion = call
        .state
        .turn()
        .map_or(calmline_engine::model::Emotion::Neutral, |t| {
            sc.turn(t).emotion
        });
    let mood = call.state.mood(sc);
    let name = sc.customer.name.get(reader).into_owned();
    html! {
        <div class={classes!("call-bar", props.speaking.then_some("is-speaking"))} data-testid="call-bar">
            <Portrait name={name.clone()} {mood} {emotion} face={sc.customer.face} />
            <div class="call-status">
                // The name is in the portrait's label and the heading already.
                <p class="call-name" aria-hidden="true">{ name }</p>
                <p class="call-title">{ sc.title.get(reader).into_owned() }</p>
                <MoodMeter {mood} short=true />
                <p class="call-emotion">{ locale.text_with("call-tone", &[("emotion", locale.text(&format!("emotion-{}", emotion.id())).into())]) }</p>
            </div>
            <div class="call-clocks">
                <CallClock clock={call.call_clock} />
                <Countdown remaining_ms={props.remaining} limit_ms={call.limit_ms()} warning={props.warning} ended={call.is_over()} />
            </div>
        </div>
    }
}
