//! The way to a play-test's turn, as the trainer chooses it (issue 15, item 5; QA round 4,
//! MA1): through the best replies or the weakest, and then move by move, each move a list of
//! what a trainee could do at that point (the replies on offer, each with its grade, and
//! silence); a move picked keeps the moves before it, and the way goes on from it to the turn
//! through the best replies or the weakest, as before (`calmline_studio::playtest::reroute`,
//! tested natively). A move after which the call reaches the turn no more is greyed out before
//! it is tried, and says where it leads instead (QA rounds 6 to 8).

use calmline_engine::model::{Grade, TurnIx};
use calmline_engine::{Scenario, State};
use calmline_studio::playtest::{self, Move, Prefer};
use yew::prelude::*;

use super::playtest::{Route, Setup};
use crate::components::use_locale;
use crate::i18n::Locale;

#[derive(Properties, PartialEq)]
pub struct WayProps {
    pub setup: Setup,
    /// The way taken now: one of the setup's, or one the trainer changed.
    pub current: Route,
    pub on_change: Callback<Route>,
}

/// A move as the trainer reads it in a list: the reply, its grade and, in a list, its first
/// words (QA round 6, mi-g: ids like "reply-2" say little); or silence.
fn choice_label(
    locale: &Locale,
    name: &str,
    grade: Option<Grade>,
    words: Option<String>,
) -> String {
    let reply = name.rsplit_once('.').map_or(name, |(_, r)| r);
    let Some(grade) = grade else {
        return locale.text("studio-setup-silence");
    };
    let grade = locale.text(&format!("grade-{}", grade.id()));
    match words {
        Some(words) => locale.text_with(
            "studio-setup-choice-words",
            &[
                ("reply", reply.to_owned().into()),
                ("grade", grade.into()),
                ("words", words.into()),
            ],
        ),
        None => locale.text_with(
            "studio-setup-choice",
            &[("reply", reply.to_owned().into()), ("grade", grade.into())],
        ),
    }
}

/// What a trainee could do at `state`, as a move's list shows it: the replies in the file's
/// order (the call deals them in another order each time; the list stays the same, QA round 7,
/// mi-a), then silence.
fn offered(sc: &Scenario, state: &State) -> Vec<(Move, String, Option<Grade>)> {
    let mut moves = playtest::moves(sc, state);
    moves.sort_by_key(|(chosen, _, _)| chosen.map_or(u16::MAX, u16::from));
    moves
}

/// A move of a list: what it is, its name on a way, its grade, and whether the call can still
/// reach the play-test's turn after it.
#[derive(Clone, PartialEq)]
struct Choice {
    chosen: Move,
    name: String,
    grade: Option<Grade>,
    open: bool,
}

/// Every move's list of the way `before` leads through, worked out once per way: `None` where
/// the way does not replay.
fn lists(
    sc: &Scenario,
    before: &[State],
    way: &[String],
    target: Option<TurnIx>,
) -> Vec<Option<Vec<Choice>>> {
    (0..way.len())
        .map(|at| {
            let state = before.get(at)?;
            let list = offered(sc, state)
                .into_iter()
                .map(|(chosen, name, grade)| Choice {
                    open: target.is_some_and(|t| playtest::reaches(sc, state, chosen, t)),
                    chosen,
                    name,
                    grade,
                })
                .collect();
            Some(list)
        })
        .collect()
}

/// The first words of the reply `chosen` at the turn `state` is at, in the trainer's language.
fn words_of(sc: &Scenario, state: &State, chosen: Move, locale: &Locale) -> Option<String> {
    let reply = sc.turn(state.turn()?).replies.get(usize::from(chosen?))?;
    let said = reply.wordings.first()?.get(locale.reader());
    Some(super::naming::first_words(&said))
}

/// The turn a way's move is made at (`turn.reply` → `turn`).
fn turn_of(name: &str) -> &str {
    name.rsplit_once('.').map_or(name, |(t, _)| t)
}

/// The preset ways (when there are two) and the way move by move.
#[component]
pub fn WayPicker(props: &WayProps) -> Html {
    let locale = use_locale();
    let sc: &Scenario = &props.setup.scenario;
    let current = &props.current;
    let target = sc
        .turns
        .iter()
        .position(|t| t.id == props.setup.turn)
        .map(|i| TurnIx(i as u16));
    let before = use_memo(current.way.clone(), {
        let (sc, state) = (props.setup.scenario.clone(), current.state.clone());
        move |way| playtest::states_before(&sc, &state, way)
    });
    let lists = use_memo(current.way.clone(), {
        let (sc, before) = (props.setup.scenario.clone(), before.clone());
        move |way| lists(&sc, &before, way, target)
    });

    let presets = (props.setup.routes.len() > 1).then(|| {
        let options = props.setup.routes.iter().enumerate().map(|(i, r)| {
            let (on_change, route) = (props.on_change.clone(), r.clone());
            let pick = Callback::from(move |_: Event| on_change.emit(route.clone()));
            let key = match r.prefer {
                Prefer::Best => "studio-setup-route-best",
                Prefer::Weakest => "studio-setup-route-weakest",
            };
            let id = format!("studio-setup-route-{i}");
            html! {
                <p class="studio-choice">
                    <input type="radio" name="studio-setup-route" id={id.clone()} checked={r.way == current.way}
                        onchange={pick} data-testid="studio-setup-route" />
                    <label for={id}>{ locale.text(key) }</label>
                </p>
            }
        });
        html! {
            <fieldset class="studio-setup-routes">
                <legend>{ locale.text("studio-setup-route") }</legend>
                { for options }
            </fieldset>
        }
    });
    let own = props.setup.routes.iter().all(|r| r.way != current.way);
    // The way on from a picked move follows the way it was picked on (QA round 5, mi-i).
    let prefer = match current.prefer {
        Prefer::Best => "best",
        Prefer::Weakest => "weakest",
    };
    let own_way = locale.text_with("studio-setup-own-way", &[("prefer", prefer.into())]);

    // What each list shows, set on the list itself after every render: an option marked
    // `selected` does not move a list's choice once it has been used (QA round 5, MA1), and a
    // list is never made anew under the trainer's keyboard (QA round 6, MA1: the focus left the
    // list at each arrow key).
    let shown: Vec<Option<usize>> = current
        .way
        .iter()
        .zip(lists.iter())
        .map(|(name, list)| list.as_ref()?.iter().position(|c| c.name == *name))
        .collect();
    use_effect_with(shown, |shown| {
        use wasm_bindgen::JsCast;
        let document = web_sys::window().and_then(|w| w.document());
        for (at, i) in shown.iter().enumerate() {
            let list = document
                .as_ref()
                .and_then(|d| d.get_element_by_id(&format!("studio-setup-move-{at}")))
                .and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok());
            if let (Some(list), Some(i)) = (list, i) {
                list.set_value(&i.to_string());
            }
        }
    });
    let steps = current.way.iter().enumerate().map(|(at, name)| {
        let id = format!("studio-setup-move-{at}");
        let label = locale.text_with(
            "studio-setup-move-label",
            &[
                ("n", (at as i64 + 1).into()),
                ("turn", turn_of(name).to_owned().into()),
            ],
        );
        let (Some(state), Some(Some(list))) = (before.get(at), lists.get(at)) else {
            return html! { <li key={format!("{at}")}>{ label }{ " " }{ name.clone() }</li> };
        };
        let options = list.iter().enumerate().map(|(i, c)| {
            let said = choice_label(&locale, &c.name, c.grade, words_of(sc, state, c.chosen, &locale));
            // A move in grey says where it leads instead (QA round 8: greyed before it is tried).
            let said = if c.open {
                said
            } else {
                let (kind, next) = match playtest::after(sc, state, c.chosen) {
                    Ok(turn) => ("turn", turn),
                    Err(ending) => ("ending", ending),
                };
                let args = [("choice", said.into()), ("kind", kind.into()), ("next", next.into())];
                locale.text_with("studio-setup-choice-dead", &args)
            };
            html! {
                <option value={i.to_string()} selected={c.name == *name} disabled={!c.open}>{ said }</option>
            }
        });
        let onchange = {
            let (setup, current, on_change, before, list) = (
                props.setup.clone(),
                current.clone(),
                props.on_change.clone(),
                before.clone(),
                list.clone(),
            );
            Callback::from(move |e: Event| {
                let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() else {
                    return;
                };
                let Some(c) = select.value().parse::<usize>().ok().and_then(|i| list.get(i)) else {
                    return;
                };
                let Some(target) = target else { return };
                let rerouted = playtest::reroute(
                    &setup.scenario,
                    &before,
                    &current.way,
                    at,
                    c.chosen,
                    target,
                    current.prefer,
                );
                match rerouted {
                    Some((state, way)) => on_change.emit(Route {
                        prefer: current.prefer,
                        state: state.into(),
                        way,
                    }),
                    // Greyed out, so not picked; the list shows the move the way still has.
                    None => {
                        if let Some(i) = list.iter().position(|c| c.name == current.way[at]) {
                            select.set_value(&i.to_string());
                        }
                    }
                }
            })
        };
        // A list after a changed move is another list (its replies are another turn's).
        let key = current.way[..at].join("|");
        html! {
            <li class="studio-field" {key}>
                <label for={id.clone()}>{ label }</label>
                <select id={id} {onchange} data-testid="studio-setup-move">{ for options }</select>
            </li>
        }
    });

    html! {
        <>
            { presets.unwrap_or_default() }
            <h2>{ locale.text("studio-setup-way") }</h2>
            <ol class="studio-setup-way" data-testid="studio-setup-way">{ for steps }</ol>
            // Below the lists, so that the list being changed does not move (QA round 9, mi-4).
            if own {
                <p class="hint" data-testid="studio-setup-own">{ own_way }</p>
            }
        </>
    }
}
