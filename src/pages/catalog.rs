//! The catalog (`#/`): the learning path and the skill profile first (a reason to come back),
//! then a card per training call with what it trains and the trainee's record, filters by skill
//! and difficulty, and a way back into an unfinished call.

mod path;
mod profile;

use calmline_engine::Skill;
use calmline_engine::catalog::Entry;
use calmline_engine::model::Difficulty;
use yew::prelude::*;

use crate::components::{use_locale, use_title};
use crate::context::{CatalogState, use_app};
use crate::platform;
use crate::progress::{SavedCall, call_key};
use crate::record::SkillRecord;
use crate::route::Route;
use path::{Path, path_order};
use profile::SkillProfile;

/// Which cards to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Filter {
    /// Only calls that train this skill.
    pub skill: Option<Skill>,
    /// Only calls of this difficulty.
    pub difficulty: Option<Difficulty>,
}

impl Filter {
    /// Whether a card passes the filter.
    pub fn keeps(&self, e: &Entry) -> bool {
        self.skill.is_none_or(|s| e.skills.contains(&s))
            && self.difficulty.is_none_or(|d| e.difficulty == d)
    }
}

/// The catalog page.
#[component]
pub fn Catalog() -> Html {
    let locale = use_locale();
    let app = use_app();
    let filter = app.filter;
    use_title(locale.text("catalog-heading"));
    // The calls left unfinished, found once the catalog is known.
    let unfinished = use_state(Vec::<String>::new);
    // What the trainee has achieved per skill, read once: a call ends on another page.
    let skills = use_state(SkillRecord::load);
    {
        let unfinished = unfinished.clone();
        use_effect_with(app.catalog.clone(), move |catalog| {
            if let CatalogState::Ready(entries) = catalog {
                let ids = entries
                    .iter()
                    .filter(|e| {
                        platform::storage_get(&call_key(&e.id))
                            .and_then(|s| SavedCall::decode(&s))
                            .is_some()
                    })
                    .map(|e| e.id.clone())
                    .collect();
                unfinished.set(ids);
            }
        });
    }

    let body = match &app.catalog {
        CatalogState::Loading => html! {
            <p class="loading" role="status">{ locale.text("catalog-loading") }</p>
        },
        CatalogState::Unreachable | CatalogState::Damaged(_) => {
            let retry = app.reload_catalog.reform(|_: MouseEvent| ());
            let details = match &app.catalog {
                CatalogState::Damaged(details) => Some(details.clone()),
                _ => None,
            };
            html! {
                <div class="error-panel" role="alert" data-testid="catalog-error">
                    <h2>{ locale.text("catalog-error-title") }</h2>
                    <p>{ locale.text("catalog-error-body") }</p>
                    if let Some(fault) = details {
                        <p>{ locale.text("catalog-error-details") }</p>
                        <p class="diagnostics">{ crate::components::fault_text(&locale, &fault) }</p>
                    }
                    <button type="button" class="button" onclick={retry}>{ locale.text("retry") }</button>
                </div>
            }
        }
        CatalogState::Ready(entries) if entries.is_empty() => html! {
            <div class="empty-state" data-testid="catalog-empty">
                <span class="empty-illustration" aria-hidden="true"></span>
                <h2>{ locale.text("catalog-empty-title") }</h2>
                <p>{ locale.text("catalog-empty-body") }</p>
            </div>
        },
        CatalogState::Ready(entries) => {
            let shown: Vec<&Entry> = path_order(entries)
                .into_iter()
                .filter(|e| filter.keeps(e))
                .collect();
            let clear = app.set_filter.reform(|_: MouseEvent| Filter::default());
            let resume = entries
                .iter()
                .filter(|e| unfinished.contains(&e.id))
                .map(|e| {
                    html! {
                        <div class="resume-banner" data-testid="resume-banner">
                            <p>{ locale.text_with("catalog-resume", &[("title", e.title.get(locale.reader()).into_owned().into())]) }</p>
                            <a class="button" href={Route::Play(e.id.clone()).href()}>{ locale.text("catalog-resume-button") }</a>
                        </div>
                    }
                });
            html! {
                <>
                { for resume }
                <div class="progress-panels">
                    <Path entries={(**entries).clone()} progress={(*app.progress).clone()}
                          skills={(*skills).clone()} unfinished={(*unfinished).clone()} />
                    <SkillProfile entries={(**entries).clone()} progress={(*app.progress).clone()}
                                  skills={(*skills).clone()} />
                </div>
                <h2 class="catalog-all-heading" id="catalog-all-heading">{ locale.text("catalog-all-heading") }</h2>
                <Filters {filter} on_change={app.set_filter.clone()} />
                <p class="catalog-count" data-testid="catalog-count" role="status">
                    { locale.count("catalog-count", shown.len() as i64) }
                </p>
                if shown.is_empty() {
                    <p class="empty-filter">{ locale.text("catalog-no-match") }{ " " }
                        <button type="button" class="button button-quiet" data-testid="clear-filters"
                                onclick={clear}>{ locale.text("filter-clear") }</button>
                    </p>
                }
                <ul class="card-grid">
                    { for shown.into_iter().map(|e| html! {
                        <li><ScenarioCard entry={e.clone()} unfinished={unfinished.contains(&e.id)} /></li>
                    }) }
                </ul>
                </>
            }
        }
    };

    html! {
        <section class="catalog" aria-labelledby="catalog-heading">
            <div class="catalog-head">
                <h1 id="catalog-heading">{ locale.text("catalog-heading") }</h1>
                <p class="lead">{ locale.text("catalog-lead") }</p>
            </div>
            { body }
            <p class="trainer-link">
                <a href={Route::own_file_link()} data-testid="own-link">{ locale.text("catalog-own-file") }</a>
            </p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct FiltersProps {
    filter: Filter,
    on_change: Callback<Filter>,
}

#[component]
fn Filters(props: &FiltersProps) -> Html {
    let locale = use_locale();
    let filter = props.filter;
    let on_skill = props.on_change.reform(move |e: Event| {
        let value = select_value(&e);
        Filter {
            skill: value.parse().ok(),
            ..filter
        }
    });
    let on_difficulty = props.on_change.reform(move |e: Event| {
        let value = select_value(&e);
        Filter {
            difficulty: Difficulty::ALL
                .iter()
                .find(|(id, _)| *id == value)
                .map(|(_, d)| *d),
            ..filter
        }
    });
    html! {
        <div class="filters" role="group" aria-label={locale.text("filter-label")}>
            <label>
                <span>{ locale.text("filter-skill") }</span>
                <select data-testid="filter-skill" onchange={on_skill}>
                    <option value="" selected={filter.skill.is_none()}>{ locale.text("filter-all-skills") }</option>
                    { for Skill::ALL.into_iter().map(|s| html! {
                        <option value={s.id()} selected={filter.skill == Some(s)}>
                            { locale.text(&format!("skill-{}", s.id())) }
                        </option>
                    }) }
                </select>
            </label>
            <label>
                <span>{ locale.text("filter-difficulty") }</span>
                <select data-testid="filter-difficulty" onchange={on_difficulty}>
                    <option value="" selected={filter.difficulty.is_none()}>{ locale.text("filter-all-difficulties") }</option>
                    { for Difficulty::ALL.into_iter().map(|(id, d)| html! {
                        <option value={id} selected={filter.difficulty == Some(d)}>
                            { locale.text(&format!("difficulty-{id}")) }
                        </option>
                    }) }
                </select>
            </label>
        </div>
    }
}

fn select_value(e: &Event) -> String {
    use wasm_bindgen::JsCast;
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        .map(|s| s.value())
        .unwrap_or_default()
}

#[derive(Properties, PartialEq)]
struct ScenarioCardProps {
    entry: Entry,
    /// Whether a call of it is unfinished (kept under `calmline.call.<id>`).
    unfinished: bool,
}

#[component]
fn ScenarioCard(props: &ScenarioCardProps) -> Html {
    let locale = use_locale();
    let app = use_app();
    let e = &props.entry;
    let reader = locale.reader();
    let href = Route::Play(e.id.clone()).href();
    let heading_id = format!("card-{}", e.id);
    let record = app.progress.get(&e.id);
    let unfinished = props.unfinished.then(|| {
        html! {
            <p class="card-record card-unfinished" data-testid="card-unfinished">
                <span class="badge badge-unfinished">{ locale.text("card-unfinished") }</span>
                { " " }{ locale.text("card-unfinished-hint") }
            </p>
        }
    });
    let status = match record {
        None if props.unfinished => html! {},
        None => html! { <p class="card-record">{ locale.text("card-not-played") }</p> },
        Some(r) => html! {
            <p class="card-record" data-testid="card-record">
                <span class={classes!("badge", if r.passed { "badge-pass" } else { "badge-fail" })}>
                    { locale.text(if r.passed { "card-passed" } else { "card-not-passed" }) }
                </span>
                { " " }
                { match r.best {
                    Some(best) => locale.text_with("card-best", &[("score", i64::from(best).into())]),
                    None => locale.text("card-best-reset"),
                } }
                { " · " }
                { locale.count("card-completions", i64::from(r.completions)) }
            </p>
        },
    };
    html! {
        <article class={classes!("card", props.unfinished.then_some("is-unfinished"))}
                 data-testid="scenario-card" data-id={e.id.clone()}
                 aria-labelledby={heading_id.clone()}>
            <div class="card-top">
                <span class="card-type">{ locale.text(&format!("customer-{}", e.customer_type.id())) }</span>
                <span class={classes!("badge", format!("difficulty-{}", e.difficulty.id()))}>
                    { locale.text(&format!("difficulty-{}", e.difficulty.id())) }
                </span>
            </div>
            <h2 id={heading_id}><a href={href.clone()}>{ e.title.get(reader).into_owned() }</a></h2>
            <p class="card-summary">{ e.summary.get(reader).into_owned() }</p>
            <p class="card-meta">{ locale.count("minutes", i64::from(e.minutes)) }</p>
            <ul class="chips" aria-label={locale.text("card-skills")}>
                { for e.skills.iter().map(|s| html! {
                    <li class="chip">{ locale.text(&format!("skill-{}", s.id())) }</li>
                }) }
            </ul>
            { for unfinished }
            { status }
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use calmline_engine::Text;
    use calmline_engine::model::CustomerType;

    fn entry(skills: Vec<Skill>, difficulty: Difficulty) -> Entry {
        Entry {
            id: "x".into(),
            file: "x.toml".into(),
            version: 1,
            title: Text::new("a", "b", "c"),
            summary: Text::new("a", "b", "c"),
            customer_type: CustomerType::Lost,
            difficulty,
            minutes: 5,
            skills,
            techniques: vec![],
            pass_mark: 60,
        }
    }

    #[test]
    fn filters_combine() {
        let e = entry(vec![Skill::Calm, Skill::Clarity], Difficulty::Hard);
        assert!(Filter::default().keeps(&e));
        let calm = Filter {
            skill: Some(Skill::Calm),
            difficulty: None,
        };
        assert!(calm.keeps(&e));
        assert!(
            !Filter {
                skill: Some(Skill::Empathy),
                ..calm
            }
            .keeps(&e)
        );
        assert!(
            !Filter {
                difficulty: Some(Difficulty::Easy),
                ..calm
            }
            .keeps(&e)
        );
        assert!(
            Filter {
                difficulty: Some(Difficulty::Hard),
                ..calm
            }
            .keeps(&e)
        );
    }
}
