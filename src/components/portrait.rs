//! The customer's portrait: a drawn face whose expression follows the mood (mouth, brows,
//! colour) and the emotion of the current turn. Pure SVG, no images to download.

use calmline_engine::model::Emotion;
use yew::prelude::*;

use super::use_locale;

/// The band of a mood, for words and colours: 0 furious .. 4 happy.
pub fn mood_band(mood: u8) -> u8 {
    (mood.min(99) / 20).min(4)
}

/// The localization id of a mood's word.
pub fn mood_word_id(mood: u8) -> &'static str {
    [
        "mood-furious",
        "mood-upset",
        "mood-tense",
        "mood-calm",
        "mood-happy",
    ][usize::from(mood_band(mood))]
}

/// Properties of [`Portrait`].
#[derive(Properties, PartialEq)]
pub struct PortraitProps {
    /// The customer's name.
    pub name: AttrValue,
    /// The mood, 0..=100.
    pub mood: u8,
    /// How the customer sounds in this turn.
    pub emotion: Emotion,
}

/// The face of the customer, labelled for screen readers with the name and the emotion.
#[component]
pub fn Portrait(props: &PortraitProps) -> Html {
    let locale = use_locale();
    let smile = (f32::from(props.mood.min(100)) - 50.0) / 50.0;
    let anger = match props.emotion {
        Emotion::Furious => 1.0,
        Emotion::Angry => 0.75,
        Emotion::Frustrated | Emotion::Sceptical => 0.4,
        _ => 0.0,
    };
    let worry = match props.emotion {
        Emotion::Anxious | Emotion::Confused => 1.0,
        _ => 0.0,
    };
    // Brows: the inner ends go down with anger and up with worry.
    let inner = 38.0 + 6.0 * anger - 4.0 * worry;
    let outer = 36.0 - 2.0 * anger + 2.0 * worry;
    let mouth_y = 70.0;
    let curve = mouth_y + 12.0 * smile;
    let mouth = format!("M38 {mouth_y} Q50 {curve:.1} 62 {mouth_y}");
    let left_brow = format!("M31 {outer:.1} L44 {inner:.1}");
    let right_brow = format!("M56 {inner:.1} L69 {outer:.1}");
    let band = mood_band(props.mood);
    let label = locale.text_with(
        "portrait-label",
        &[
            ("name", props.name.to_string().into()),
            (
                "emotion",
                locale
                    .text(&format!("emotion-{}", props.emotion.id()))
                    .into(),
            ),
        ],
    );
    html! {
        <figure class={classes!("portrait", format!("mood-band-{band}"))}>
            <svg viewBox="0 0 100 100" role="img" aria-label={label.clone()} data-testid="portrait">
                <title>{ label }</title>
                <circle class="portrait-ring" cx="50" cy="50" r="48" />
                <circle class="portrait-face" cx="50" cy="52" r="34" />
                <path class="portrait-hair" d="M18 44 Q22 14 50 14 Q78 14 82 44 Q70 28 50 28 Q30 28 18 44Z" />
                <circle class="portrait-eye" cx="39" cy="48" r="3.2" />
                <circle class="portrait-eye" cx="61" cy="48" r="3.2" />
                <path class="portrait-brow" d={left_brow} />
                <path class="portrait-brow" d={right_brow} />
                <path class="portrait-mouth" d={mouth} />
            </svg>
            <figcaption class="portrait-name">{ props.name.clone() }</figcaption>
        </figure>
    }
}

/// Properties of [`MoodMeter`].
#[derive(Properties, PartialEq)]
pub struct MoodMeterProps {
    /// The mood, 0..=100.
    pub mood: u8,
}

/// The mood as a meter: a bar for the eye, a value and a word for screen readers.
#[component]
pub fn MoodMeter(props: &MoodMeterProps) -> Html {
    let locale = use_locale();
    let mood = props.mood.min(100);
    let word = locale.text(mood_word_id(mood));
    let label = locale.text("mood-label");
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
                <div class="mood-fill" style={format!("width: {mood}%")}></div>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mood_bands_cover_the_whole_scale() {
        assert_eq!(mood_band(0), 0);
        assert_eq!(mood_band(19), 0);
        assert_eq!(mood_band(20), 1);
        assert_eq!(mood_band(79), 3);
        assert_eq!(mood_band(100), 4);
        assert_eq!(mood_band(255), 4);
    }
}
