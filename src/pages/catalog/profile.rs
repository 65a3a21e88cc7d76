//! The trainee's skill profile across every call: how many calls are passed of all, and for
//! each rubric skill the best and the latest score (from [`crate::record`]), so that a trainee
//! sees what grows and what to work on next.

use calmline_engine::Skill;
use calmline_engine::catalog::Entry;
use yew::prelude::*;

use crate::components::styled::Styled;

use crate::components::use_locale;
use crate::progress::Progress;
use crate::record::SkillRecord;

/// How many of the catalog's calls have been passed.
pub fn passed_count(entries: &[Entry], progress: &Progress) -> usize {
    entries
        .iter()
        .filter(|e| progress.get(&e.id).is_some_and(|r| r.passed))
        .count()
}

/// Properties of [`SkillProfile`].
#[derive(Properties, PartialEq)]
pub struct SkillProfileProps {
    /// The catalog.
    pub entries: Vec<Entry>,
    /// The scores.
    pub progress: Progress,
    /// The skill record.
    pub skills: SkillRecord,
}

/// Calls passed of all, and a row per skill with its best and latest score.
#[component]
pub fn SkillProfile(props: &SkillProfileProps) -> Html {
    let locale = use_locale();
    let total = props.entries.len();
    let passed = passed_count(&props.entries, &props.progress);
    let percent = (passed * 100).checked_div(total).unwrap_or(0);
    let weakest = props.skills.weakest();

    let rows = Skill::ALL.into_iter().map(|skill| {
        let name = locale.text(&format!("skill-{}", skill.id()));
        let mark = props.skills.get(skill);
        // The skill to work on: the weakest, unless it is at full marks.
        let is_weakest = weakest == Some(skill) && mark.is_some_and(|m| m.latest < 100);
        html! {
            <li class={classes!("profile-skill", mark.is_none().then_some("is-unmeasured"), is_weakest.then_some("is-weakest"))}
                data-testid="profile-skill" data-skill={skill.id()}
                data-best={mark.map(|m| m.best.to_string())}
                data-latest={mark.map(|m| m.latest.to_string())}>
                <span class="profile-skill-name">
                    { name }
                    if is_weakest {
                        { " " }<span class="profile-focus" data-testid="profile-focus">{ locale.text("profile-focus") }</span>
                    }
                </span>
                if let Some(m) = mark {
                    <span class="profile-bar" aria-hidden="true">
                        <Styled class="profile-bar-best" style={vec![("width", format!("{}%", m.best))]} />
                        <Styled class="profile-bar-latest" style={vec![("left", format!("{}%", m.latest))]} />
                    </span>
                    <span class="profile-scores">
                        <span class="profile-best">{ locale.text_with("profile-best", &[("score", i64::from(m.best).into())]) }</span>
                        <span class="profile-latest">{ locale.text_with("profile-latest", &[("score", i64::from(m.latest).into())]) }</span>
                    </span>
                } else {
                    <span class="profile-bar" aria-hidden="true"></span>
                    <span class="profile-scores profile-none">{ locale.text("profile-none") }</span>
                }
            </li>
        }
    });

    html! {
        <section class="profile" aria-labelledby="profile-heading" data-testid="profile">
            <div class="profile-head">
                <h2 id="profile-heading">{ locale.text("profile-heading") }</h2>
                <p class="profile-passed" data-testid="profile-passed"
                   data-passed={passed.to_string()} data-total={total.to_string()}>
                    <Styled class={classes!("profile-ring")} style={vec![("--done", format!("{percent}%"))]} />
                    <span>{ locale.text_with("profile-passed", &[
                        ("passed", (passed as i64).into()),
                        ("total", (total as i64).into()),
                    ]) }</span>
                </p>
            </div>
            if props.skills.0.is_empty() {
                <p class="profile-empty">{ locale.text("profile-empty") }</p>
            }
            <ul class="profile-skills">{ for rows }</ul>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use calmline_engine::Text;
    use calmline_engine::model::{CustomerType, Difficulty};

    #[test]
    fn only_calls_of_the_catalog_that_passed_count() {
        let e = |id: &str| Entry {
            id: id.into(),
            file: format!("{id}.toml"),
            version: 1,
            title: Text::new("a", "b", "c"),
            summary: Text::new("a", "b", "c"),
            customer_type: CustomerType::Lost,
            difficulty: Difficulty::Easy,
            minutes: 5,
            skills: vec![],
            techniques: vec![],
            pass_mark: 60,
        };
        let entries = vec![e("a"), e("b"), e("c")];
        let progress = Progress::default()
            .with_result("a", 90, true)
            .with_result("b", 20, false)
            .with_result("gone", 90, true);
        assert_eq!(passed_count(&entries, &progress), 1);
    }
}
