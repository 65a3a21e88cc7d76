//! The debrief's charts, drawn as SVG: the seven skills as bars, and the customer's mood over
//! the call as a line with each move marked by its grade.
//!
//! Each chart has a text equivalent: the skill rows carry their numbers as text, and the mood
//! chart's label and marker titles say what the line shows.

use calmline_engine::model::Grade;
use calmline_engine::score::SkillScore;
use yew::prelude::*;

use super::use_locale;

/// Properties of [`SkillChart`].
#[derive(Properties, PartialEq)]
pub struct SkillChartProps {
    /// The skills, in the rubric's order (a skill the call did not test has no score).
    pub skills: Vec<SkillScore>,
}

/// One row per skill: its name, a bar and the score, or "not assessed".
#[component]
pub fn SkillChart(props: &SkillChartProps) -> Html {
    let locale = use_locale();
    html! {
        <figure class="skill-chart">
            <figcaption class="visually-hidden">{ locale.text("debrief-skills-heading") }</figcaption>
            <ul class="skill-rows">
            { for props.skills.iter().map(|s| {
                let name = locale.text(&format!("skill-{}", s.skill.id()));
                match s.score {
                    Some(score) => {
                        let score = score.min(100);
                        html! {
                            <li class="skill-row" data-testid="skill-score"
                                data-skill={s.skill.id()} data-score={score.to_string()}
                                data-thin={s.is_thin().then_some("true")}>
                                <span class="skill-name">{ name }</span>
                                <svg class="skill-bar" viewBox="0 0 100 10" preserveAspectRatio="none"
                                     aria-hidden="true" focusable="false">
                                    <rect class="skill-bar-track" x="0" y="0" width="100" height="10" rx="5" />
                                    <rect class={classes!("skill-bar-fill", band_class(score))}
                                          x="0" y="0" width={score.to_string()} height="10" rx="5" />
                                </svg>
                                <span class="skill-value">{ score }</span>
                                // Tested at one moment only: shown, never ranked (see the hint).
                                if s.is_thin() {
                                    <span class="skill-thin" data-testid="skill-thin">
                                        { locale.text("debrief-thin") }
                                    </span>
                                }
                            </li>
                        }
                    }
                    // A skill no move of this call tested: no bar and no number, said in words.
                    None => html! {
                        <li class="skill-row is-not-assessed" data-testid="skill-score"
                            data-skill={s.skill.id()} data-score="not-assessed">
                            <span class="skill-name">{ name }</span>
                            <span class="skill-not-assessed">{ locale.text("debrief-not-assessed") }</span>
                        </li>
                    },
                }
            }) }
            </ul>
        </figure>
    }
}

fn band_class(score: u8) -> &'static str {
    match score {
        0..=39 => "band-low",
        40..=69 => "band-mid",
        _ => "band-high",
    }
}

/// One point of the mood line: the mood after a move and the move's grade.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MoodPoint {
    /// The mood after the move.
    pub mood: u8,
    /// The move's grade.
    pub grade: Grade,
    /// What the marker's tooltip says.
    pub title: String,
}

/// Properties of [`MoodChart`].
#[derive(Properties, PartialEq)]
pub struct MoodChartProps {
    /// The mood when the call started.
    pub start: u8,
    /// One point per move.
    pub points: Vec<MoodPoint>,
    /// A mood set by hand after this many moves (a studio play-test from a turn): the line goes
    /// to it dashed, as the note under the chart says (QA round 7, mi-h).
    #[prop_or_default]
    pub set: Option<(usize, u8)>,
}

const W: f32 = 600.0;
const H: f32 = 180.0;
const PAD: f32 = 16.0;

/// The x, y position of point `i` of `n` with mood `mood`.
fn position(i: usize, n: usize, mood: u8) -> (f32, f32) {
    let span = (n.max(1)) as f32;
    let x = PAD + (W - 2.0 * PAD) * i as f32 / span;
    let y = PAD + (H - 2.0 * PAD) * (100.0 - f32::from(mood.min(100))) / 100.0;
    (x, y)
}

/// The mood over the call, each move marked in the colour and shape of its grade.
#[component]
pub fn MoodChart(props: &MoodChartProps) -> Html {
    let locale = use_locale();
    let n = props.points.len();
    let moods: Vec<u8> = std::iter::once(props.start)
        .chain(props.points.iter().map(|p| p.mood))
        .collect();
    let (solid, jump) = lines(&moods, props.set);
    let label = locale.text_with(
        "debrief-mood-chart",
        &[
            ("start", i64::from(props.start).into()),
            (
                "end",
                i64::from(*moods.last().unwrap_or(&props.start)).into(),
            ),
            ("count", (n as i64).into()),
        ],
    );
    let (_, mid) = position(0, n, 50);
    html! {
        <figure class="mood-chart">
            <svg viewBox={format!("0 0 {W} {H}")} role="img" aria-label={label.clone()}
                 data-testid="mood-chart">
                <title>{ label }</title>
                <line class="chart-mid" x1={PAD.to_string()} x2={(W - PAD).to_string()}
                      y1={mid.to_string()} y2={mid.to_string()} />
                { for solid.into_iter().map(|points| html! { <polyline class="chart-line" {points} /> }) }
                if let Some((x, y1, y2)) = jump {
                    <line class="chart-line chart-set" data-testid="mood-chart-set" x1={format!("{x:.1}")} x2={format!("{x:.1}")}
                          y1={format!("{y1:.1}")} y2={format!("{y2:.1}")} />
                }
                { for props.points.iter().enumerate().map(|(i, p)| {
                    let (x, y) = position(i + 1, n, p.mood);
                    let class = classes!("chart-marker", format!("grade-{}", p.grade.id()));
                    match p.grade {
                        Grade::Best | Grade::Acceptable => html! {
                            <circle {class} cx={format!("{x:.1}")} cy={format!("{y:.1}")} r="6">
                                <title>{ p.title.clone() }</title>
                            </circle>
                        },
                        Grade::Poor | Grade::Harmful => html! {
                            <rect {class} x={format!("{:.1}", x - 5.5)} y={format!("{:.1}", y - 5.5)}
                                  width="11" height="11">
                                <title>{ p.title.clone() }</title>
                            </rect>
                        },
                    }
                }) }
            </svg>
        </figure>
    }
}

/// The mood line's solid parts as SVG points, and the dashed step (x, from y, to y) to a mood set
/// by hand after `set.0` moves: the line stops at the mood the way left and goes on from the
/// mood set.
fn lines(moods: &[u8], set: Option<(usize, u8)>) -> (Vec<String>, Option<(f32, f32, f32)>) {
    let n = moods.len().saturating_sub(1);
    let mut parts = vec![String::new()];
    let mut jump = None;
    for (i, &m) in moods.iter().enumerate() {
        let (x, y) = position(i, n, m);
        if let Some(part) = parts.last_mut() {
            part.push_str(&format!("{x:.1},{y:.1} "));
        }
        if let Some((k, mood)) = set.filter(|&(k, mood)| k == i && mood != m) {
            let (_, to) = position(k, n, mood);
            jump = Some((x, y, to));
            parts.push(format!("{x:.1},{to:.1} "));
        }
    }
    (parts, jump)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mood_set_by_hand_breaks_the_line_with_a_dashed_step() {
        // Start 30, a move played for the trainer to 45, set back to 30, then 40 and 55.
        let moods = [30, 45, 40, 55];
        let at = |i, m| {
            let (x, y) = position(i, 3, m);
            format!("{x:.1},{y:.1} ")
        };
        let (solid, jump) = lines(&moods, Some((1, 30)));
        assert_eq!(
            solid,
            vec![at(0, 30) + &at(1, 45), at(1, 30) + &at(2, 40) + &at(3, 55)]
        );
        let (x, from) = position(1, 3, 45);
        assert_eq!(jump, Some((x, from, position(1, 3, 30).1)));
        // No hand-set mood, or one equal to what the way left: one line.
        let whole = vec![at(0, 30) + &at(1, 45) + &at(2, 40) + &at(3, 55)];
        assert_eq!(lines(&moods, None), (whole.clone(), None));
        assert_eq!(lines(&moods, Some((1, 45))), (whole, None));
    }

    #[test]
    fn the_mood_line_spans_the_chart() {
        assert_eq!(position(0, 4, 100), (PAD, PAD));
        assert_eq!(position(4, 4, 0), (W - PAD, H - PAD));
        // A call with no moves still draws its start.
        assert_eq!(position(0, 0, 50).0, PAD);
    }
}
