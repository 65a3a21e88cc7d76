//! What a reply does not hold yet, added in the inspector: points for another skill (QA M8: a
//! trainer could change the points a reply already had, but not give points for another skill),
//! and a mood change, the customer's reaction, feedback or the critical mark (QA round 3, MA2:
//! replies that came with the example had none and no way to get one). A new skill starts at 1
//! point, a mood change at 0, a text empty in three languages; the new field is focused; taking
//! one out is one step to undo, like any change. And in "About this call", another skill the
//! call scores or technique it practises, picked by name (QA round 3, mi-e); on a reply or a rule
//! (a trigger, a hang-up rule but the last), another kind of condition (QA round 3, mi-f).

use calmline_engine::Skill;
use calmline_engine::model::Technique;
use calmline_studio::{FieldPath, Step, blueprint};
use yew::prelude::*;

use super::Ask;
use super::shape::Shape;
use crate::components::use_locale;

#[derive(Properties, PartialEq)]
pub struct AddProps {
    /// The reply (`turn[2].reply[0]`).
    pub reply: FieldPath,
    /// The skills the reply gives no points for yet.
    pub missing: Vec<Skill>,
    pub on_ask: Callback<Ask>,
}

/// A list of the skills the reply has no points for, and a button that adds the one picked.
#[component]
pub fn AddSkill(props: &AddProps) -> Html {
    let locale = use_locale();
    let options: Vec<(&'static str, String)> = props
        .missing
        .iter()
        .map(|s| (s.id(), locale.text(&format!("skill-{}", s.id()))))
        .collect();
    let on_add = {
        let (on_ask, reply) = (props.on_ask.clone(), props.reply.clone());
        Callback::from(move |id: &'static str| {
            on_ask.emit(Ask::Shape(Shape::AddSkill(reply.clone(), id.to_owned())));
        })
    };
    // A reply with no points at all leaves its skills "not assessed" in the debrief: said where
    // points are added (QA round 6, mi-i: a reply made with "Add a reply" has none).
    let none = props.missing.len() == Skill::ALL.len();
    html! {
        <>
            if none {
                <p class="hint" data-testid="studio-no-skills">{ locale.text("studio-reply-no-skills") }</p>
            }
            <Pick reply={props.reply.clone()} what="skill" {options} {on_add} />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct PickProps {
    /// The reply (`turn[2].reply[0]`) or the list (`skills`), for the list's id.
    reply: FieldPath,
    /// What is added (`skill`, `extra`): the ids, test ids and labels `studio-add-<what>` and
    /// `studio-add-<what>-which`.
    what: &'static str,
    /// The values that can be added, with their names; the first is picked at first.
    options: Vec<(&'static str, String)>,
    /// Adds the value picked.
    on_add: Callback<&'static str>,
}

/// A list of what can be added to a reply and a button that adds the one picked.
#[component]
fn Pick(props: &PickProps) -> Html {
    let locale = use_locale();
    let picked = use_state(|| None::<&'static str>);
    let Some(first) = props.options.first().map(|(v, _)| *v) else {
        return html! {};
    };
    let value = picked
        .filter(|v| props.options.iter().any(|(o, _)| o == v))
        .unwrap_or(first);
    let what = props.what;
    let id = format!(
        "add-{what}-{}",
        props.reply.to_string().replace(['[', ']', '.'], "-")
    );
    let onchange = {
        let (picked, options) = (picked.clone(), props.options.clone());
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                picked.set(
                    options
                        .iter()
                        .map(|(v, _)| *v)
                        .find(|v| *v == select.value()),
                );
            }
        })
    };
    let onclick = {
        let on_add = props.on_add.clone();
        Callback::from(move |_: MouseEvent| on_add.emit(value))
    };
    html! {
        <p class="studio-actions studio-add-skill">
            <label for={id.clone()}>{ locale.text(&format!("studio-add-{what}-which")) }</label>
            <select id={id} data-testid={format!("studio-add-{what}-which")} {onchange}>
                { for props.options.iter().map(|(v, name)| html! {
                    <option value={*v} selected={*v == value}>{ name.clone() }</option>
                }) }
            </select>
            <button type="button" class="button button-small" data-testid={format!("studio-add-{what}")} {onclick}>
                { locale.text(&format!("studio-add-{what}")) }
            </button>
        </p>
    }
}

/// The skills of [`Skill::ALL`] whose points the reply at `reply` does not have among `paths`.
pub fn missing(paths: &[FieldPath], reply: &FieldPath) -> Vec<Skill> {
    let skills = reply.clone().key("skills");
    Skill::ALL
        .into_iter()
        .filter(|s| !paths.iter().any(|p| *p == skills.clone().key(s.id())))
        .collect()
}

/// The keys of [`blueprint::REPLY_EXTRAS`] the reply at `reply` does not hold among `paths`; the
/// critical mark only on a reply graded poor, the one grade it is for (a harmful reply always is
/// critical; the validator refuses it on a better one).
pub fn missing_extras(
    paths: &[FieldPath],
    reply: &FieldPath,
    grade: Option<&str>,
) -> Vec<&'static str> {
    blueprint::REPLY_EXTRAS
        .into_iter()
        .filter(|key| *key != "critical" || grade == Some("poor"))
        .filter(|key| {
            let at = reply.clone().key(key);
            !paths.iter().any(|p| p.0.starts_with(&at.0))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reply_is_offered_what_it_lacks_and_the_critical_mark_only_when_poor() {
        let reply = FieldPath::default()
            .key("turn")
            .index(0)
            .key("reply")
            .index(1);
        let held = [
            reply.clone().key("mood"),
            reply.clone().key("feedback").key("pl"),
        ];
        for (grade, expected) in [
            (Some("poor"), vec!["reaction", "critical"]),
            (Some("best"), vec!["reaction"]),
            (Some("harmful"), vec!["reaction"]),
            (None, vec!["reaction"]),
        ] {
            assert_eq!(missing_extras(&held, &reply, grade), expected, "{grade:?}");
        }
    }
}

/// What an [`AddKey`] adds to a reply or rule: one of [`blueprint::REPLY_EXTRAS`] (a reply's
/// mood change, reaction, feedback, critical mark) or of [`blueprint::CONDITIONS`].
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Adds {
    Extra,
    Condition,
}

#[derive(Properties, PartialEq)]
pub struct KeyProps {
    /// The reply or rule (`turn[2].reply[0]`, `trigger[1]`).
    pub holder: FieldPath,
    /// The keys it does not hold yet ([`missing_extras`], or the conditions it lacks).
    pub missing: Vec<&'static str>,
    pub adds: Adds,
    pub on_ask: Callback<Ask>,
}

/// A list of what the reply or rule does not hold yet, named as its fields are, and a button
/// that adds the one picked.
#[component]
pub fn AddKey(props: &KeyProps) -> Html {
    let locale = use_locale();
    let (parent, what) = match props.adds {
        Adds::Extra => ("reply", "extra"),
        Adds::Condition => ("when", "condition"),
    };
    let options: Vec<(&'static str, String)> = props
        .missing
        .iter()
        .map(|k| {
            (
                *k,
                super::fields::key_label(&locale, Some(parent), k, false),
            )
        })
        .collect();
    let on_add = {
        let (on_ask, holder, adds) = (props.on_ask.clone(), props.holder.clone(), props.adds);
        Callback::from(move |key: &'static str| {
            let change = match adds {
                Adds::Extra => Shape::AddExtra(holder.clone(), key),
                Adds::Condition => Shape::AddCondition(holder.clone(), key),
            };
            on_ask.emit(Ask::Shape(change));
        })
    };
    html! { <Pick reply={props.holder.clone()} {what} {options} {on_add} /> }
}

/// The call's own list `key` (`skills`, `techniques`), item by item as `read` gives each, up to
/// the first it does not.
pub fn call_list<T>(key: &str, read: impl Fn(&FieldPath) -> Option<T>) -> Vec<T> {
    let list = FieldPath::default().key(key);
    (0..).map_while(|n| read(&list.clone().index(n))).collect()
}

/// After the last item of the call's own list of skills or techniques (`path`, among `values`,
/// the texts the inspector shows), a list of the ones it does not name yet and a button that
/// adds the one picked; elsewhere nothing.
pub fn add_to_list(
    locale: &crate::i18n::Locale,
    on_ask: &Callback<Ask>,
    path: &FieldPath,
    values: &[(FieldPath, String)],
) -> Html {
    let [Step::Key(key), Step::Index(i)] = path.0.as_slice() else {
        return html! {};
    };
    let list = FieldPath::default().key(key);
    let named: Vec<&str> = call_list(key, |at| {
        values
            .iter()
            .find(|(p, _)| p == at)
            .map(|(_, v)| v.as_str())
    });
    if *i + 1 != named.len() {
        return html! {};
    }
    let (what, ids, prefix): (&'static str, Vec<&'static str>, &str) = match key.as_str() {
        "skills" => (
            "call-skill",
            Skill::ALL.iter().map(|s| s.id()).collect(),
            "skill-",
        ),
        "techniques" => (
            "technique",
            Technique::ALL.iter().map(|(id, _)| *id).collect(),
            "technique-",
        ),
        _ => return html! {},
    };
    let options: Vec<(&'static str, String)> = ids
        .into_iter()
        .filter(|id| !named.contains(id))
        .map(|id| (id, locale.text(&format!("{prefix}{id}"))))
        .collect();
    let on_add = {
        let on_ask = on_ask.clone();
        Callback::from(move |id: &'static str| {
            on_ask.emit(Ask::Shape(Shape::AddToList(list.clone(), id.to_owned())));
        })
    };
    html! { <Pick reply={FieldPath::default().key(key)} {what} {options} {on_add} /> }
}

/// What the group of fields at `inner` (inside the node or the call at `base`) can be given
/// that it does not hold yet, among `paths` (its texts `texts`): on a reply, what it lacks,
/// points for another skill and another condition; on a trigger or a hang-up rule but the last,
/// another condition, of the kinds in `conditions` (those the call has something to name for).
pub fn adders(
    on_ask: &Callback<Ask>,
    base: &[Step],
    inner: &[Step],
    paths: &[FieldPath],
    texts: &[(FieldPath, String)],
    conditions: &[&'static str],
    listed: &[String],
) -> Html {
    let [Step::Key(k), Step::Index(n), ..] = inner else {
        return html! {};
    };
    let holder = FieldPath([base, &inner[..2]].concat());
    let held = |key: &str| {
        let at = holder.clone().key("when").key(key);
        paths.iter().any(|p| p.0.starts_with(&at.0))
    };
    let missing_conditions: Vec<&'static str> =
        conditions.iter().copied().filter(|k| !held(k)).collect();
    let add_condition = html! {
        <AddKey holder={holder.clone()} missing={missing_conditions} adds={Adds::Condition} on_ask={on_ask.clone()} />
    };
    match k.as_str() {
        "reply" => {
            // The skills the call lists first: points for another one are a problem.
            let mut missing = missing(paths, &holder);
            missing.sort_by_key(|s| !listed.iter().any(|l| l == s.id()));
            let grade = texts
                .iter()
                .find(|(p, _)| *p == holder.clone().key("grade"));
            let extras = missing_extras(paths, &holder, grade.map(|(_, g)| g.as_str()));
            html! {
                <>
                    <AddKey holder={holder.clone()} missing={extras} adds={Adds::Extra} on_ask={on_ask.clone()} />
                    <AddSkill reply={holder} {missing} on_ask={on_ask.clone()} />
                    { add_condition }
                </>
            }
        }
        "trigger" => add_condition,
        "hang_up" => {
            let last = paths
                .iter()
                .filter_map(|p| match p.0.as_slice() {
                    [Step::Key(k), Step::Index(i), ..] if k == "hang_up" => Some(*i),
                    _ => None,
                })
                .max();
            if last == Some(*n) {
                html! {}
            } else {
                add_condition
            }
        }
        _ => html! {},
    }
}
