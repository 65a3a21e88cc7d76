//! The customer's portrait and the mood meter.
//!
//! The portrait is drawn by the app from the scenario's [`Face`] (see [`face`]): pure SVG, no
//! images, so every new call gets a face of its own. Its expression and the colour of its ring
//! follow the mood band; the newest line's tone only tilts the brows.
//!
//! One mood vocabulary everywhere: how the customer *feels* has one scale of five words, the
//! mood band's (`mood-furious`, `mood-upset`, `mood-tense`, `mood-calm`, `mood-happy`), used by
//! the meter, the portrait's label and the ring's colour alike. The turn's emotion is shown,
//! where it is shown, only as the *tone* of the newest line (`call-tone` with the `emotion-*`
//! words), worded as a manner of speaking ("shouting", "sharp", "worried", "matter-of-fact",
//! "warm" …) and never with a word of the mood scale, so "Upset" above and "Tone: shouting"
//! below describe two things and cannot contradict each other. [`tone_id`] gives that word.

mod face;
mod hair;
mod palette;

use calmline_engine::model::Emotion;
pub use calmline_engine::model::Face;
use yew::prelude::*;

pub use self::face::draw;
pub use self::palette::{Part, Shape};
use super::use_locale;

/// The band of a mood, for words and colours: 0 furious .. 4 happy.
pub fn mood_band(mood: u8) -> u8 {
    (mood.min(99) / 20).min(4)
}

/// The localization id of a mood's word, the one word for how the customer feels.
pub fn mood_word_id(mood: u8) -> &'static str {
    [
        "mood-furious",
        "mood-upset",
        "mood-tense",
        "mood-calm",
        "mood-happy",
    ][usize::from(mood_band(mood))]
}

/// The localization id of the word for the tone of a line (how it is said), for `call-tone`.
pub fn tone_id(emotion: Emotion) -> String {
    format!("emotion-{}", emotion.id())
}

/// Properties of [`Portrait`].
#[derive(Properties, PartialEq)]
pub struct PortraitProps {
    /// The customer's name.
    pub name: AttrValue,
    /// The mood, 0..=100.
    pub mood: u8,
    /// The tone of the newest line.
    pub emotion: Emotion,
    /// How the customer looks (the scenario's `[customer] face`).
    #[prop_or_default]
    pub face: Face,
}

/// The face of the customer, labelled for screen readers with the name and the mood word.
#[component]
pub fn Portrait(props: &PortraitProps) -> Html {
    let locale = use_locale();
    let band = mood_band(props.mood);
    let label = locale.text_with(
        "portrait-label",
        &[
            ("name", props.name.to_string().into()),
            (
                "mood",
                locale.text(mood_word_id(props.mood)).to_lowercase().into(),
            ),
        ],
    );
    let shapes = draw(&props.face, band, props.emotion);
    html! {
        <figure class={classes!("portrait", format!("mood-band-{band}"))}>
            <svg viewBox="0 0 100 100" role="img" aria-label={label.clone()} data-testid="portrait">
                <title>{ label }</title>
                <circle class="portrait-ring" cx="50" cy="50" r="48" />
                // A light backdrop of its own, so dark hair reads in the dark theme too.
                <circle class="face-backdrop" cx="50" cy="50" r="46" fill={palette::BACKDROP} />
                <g transform={face::transform()}>{ for shapes.iter().map(render) }</g>
            </svg>
            <figcaption class="portrait-name">{ props.name.clone() }</figcaption>
        </figure>
    }
}

/// One shape as an SVG path. The expression's paths move smoothly between moods (`.face-expression`
/// in styles/base.css: no inline style, which the site's policy refuses), unless the trainee asked
/// for reduced motion (`--transition` is then 0 ms).
fn render(shape: &Shape) -> Html {
    let fill = shape.fill.unwrap_or("none");
    let (stroke, width) = shape
        .stroke
        .map_or((None, None), |(c, w)| (Some(c), Some(w.to_string())));
    let opacity = (shape.opacity < 1.0).then(|| shape.opacity.to_string());
    let linecap = shape.stroke.is_some().then_some("round");
    html! {
        <path class={shape.part.class()} d={shape.d.clone()} {fill} {stroke}
              stroke-width={width} stroke-linecap={linecap} {opacity} />
    }
}

/// Properties of [`MoodMeter`].
#[derive(Properties, PartialEq)]
pub struct MoodMeterProps {
    /// The mood, 0..=100.
    pub mood: u8,
    /// A short visible label ("Mood:"; helper A): the call bar's, where the label is shown next
    /// to the word so that the word describes the mood, not the customer (QA 12 #9).
    #[prop_or_default]
    pub short: bool,
}

/// The mood as a meter: a bar for the eye, a value and a word for screen readers.
#[component]
pub fn MoodMeter(props: &MoodMeterProps) -> Html {
    let locale = use_locale();
    let mood = props.mood.min(100);
    let word = locale.text(mood_word_id(mood));
    let label = locale.text(if props.short {
        "mood-label-short"
    } else {
        "mood-label"
    });
    html! {
        <div class="mood" data-testid="mood">
            <div class="mood-head">
                <span id="mood-label">{ label }</span>
                <span class="mood-word">{ word.clone() }</span>
            </div>
            <div class={classes!("mood-track", format!("mood-band-{}", mood_band(mood)))}
                 role="meter" aria-labelledby="mood-label"
                 aria-valuemin="0" aria-valuemax="100" aria-valuenow={mood.to_string()}
                 aria-valuetext={format!("{mood} / 100, {word}")}
                 data-mood={mood.to_string()}>
                <crate::components::styled::Styled tag="div" class="mood-fill"
                    style={vec![("width", format!("{mood}%"))]} />
            </div>
        </div>
    }
}

// Native only: they render the component server-side with tokio (a native dev-dependency).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
