//! The embedding page as a reporter: when CalmLine runs in an `iframe` whose link names the
//! host's origin (`embed=https://intranet.example.com`), the host hears the call through
//! `postMessage` (call started, each reply, call ended with outcome, verdict and scores), sent
//! with that origin as the target, so the browser delivers nothing to any other page. Without
//! a valid origin, or outside a frame, nothing is sent. The messages are built in
//! [`crate::embed`].

use calmline_engine::lms;
use serde_json::{Value, json};

use super::{Moment, Reporter, Scene};
use crate::embed::{self, message};

/// Posts the call's events to the embedding page's origin.
pub struct Post {
    origin: String,
}

impl Post {
    /// The reporter for an embed link's `origin` (already checked by [`embed::origin`]), if the
    /// page is in a frame.
    pub fn new(origin: String) -> Option<Post> {
        let window = web_sys::window()?;
        let parent = window.parent().ok().flatten()?;
        let framed = !js_sys::Object::is(&parent, &window);
        framed.then_some(Post { origin })
    }

    fn send(&self, value: &Value) {
        let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) else {
            return;
        };
        // The message is plain JSON data (structured clone of a parsed object).
        let Ok(data) = js_sys::JSON::parse(&value.to_string()) else {
            return;
        };
        let _ = parent.post_message(&data, &self.origin);
    }
}

impl Reporter for Post {
    fn hear(&mut self, moment: Moment<'_>, scene: &Scene) -> f64 {
        let msg = match moment {
            Moment::Started { call, resumed } => message(
                "call-started",
                &call.scenario.id,
                json!({
                    "resumed": resumed,
                    "lang": scene.reader.lang.code(),
                    "timer": call.state.timer().id(),
                    "mode": call.mode.id(),
                }),
            ),
            Moment::Moved { call } => {
                let report = lms::report(&call.scenario, &call.state, scene.pass_mark);
                if let Some(fields) = embed::reply_fields(&report) {
                    self.send(&message("reply", &call.scenario.id, fields));
                }
                match call.ending() {
                    Some(e) => {
                        let outcome = call.scenario.ending(e).outcome.id();
                        message(
                            "call-ended",
                            &call.scenario.id,
                            embed::ended_fields(&report, outcome),
                        )
                    }
                    None => return 0.0,
                }
            }
            Moment::Clock { .. } | Moment::Leaving { .. } | Moment::Finished => return 0.0,
        };
        self.send(&msg);
        0.0
    }
}
