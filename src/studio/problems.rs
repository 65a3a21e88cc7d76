//! The validator's problems with the call, in the interface language and in the trainer's
//! words: where it is (the turn or ending, the group and the field, as the inspector names
//! them), what is wrong and how to fix it, and a button that opens the turn or ending and puts
//! the focus on the field. The file's line and column are kept in a closed "details" part for
//! whoever edits the file by hand. The count is announced.

use calmline_engine::model::{Grade, Outcome};
use calmline_engine::{Lang, Msg, Severity, Skill, diag, quality, strategy};
use calmline_studio::draft::FieldValue;
use calmline_studio::work::Problem;
use calmline_studio::{FieldPath, Step, Work};
use yew::prelude::*;

use super::naming::{group, label};
use super::{Ask, Shared, node_name};
use crate::components::use_locale;
use crate::i18n::Locale;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub work: Shared,
    pub on_ask: Callback<Ask>,
}

/// Where a problem is, as the studio names things: "Turn “insult” › Customer line 1 › The
/// customer says · Polski"; `None` when the validator could not tie it to a field or a node.
fn place(locale: &Locale, work: &Work, problem: &Problem) -> Option<String> {
    place_of(locale, work, problem.field.as_ref(), problem.node)
}

/// Where a field is, as the studio names things (the node it belongs to, if any, by its index
/// on the map; "About this call" for the call's own fields).
pub(super) fn place_of(
    locale: &Locale,
    work: &Work,
    field: Option<&FieldPath>,
    node: Option<usize>,
) -> Option<String> {
    let node = node.and_then(|n| work.map.nodes.get(n));
    let mut parts = vec![match node {
        Some(node) => node_name(locale, node),
        None => locale.text("studio-about"),
    }];
    if node.is_none() && field.is_none() {
        return None;
    }
    if let Some(field) = field {
        let inner = match node {
            Some(node) if field.0.starts_with(&node.path.0) => &field.0[node.path.0.len()..],
            _ => &field.0[..],
        };
        let (group, rest) = group(locale, inner);
        if rest > 0 {
            parts.push(group);
        }
        let label = label(locale, inner, rest);
        if !label.is_empty() {
            parts.push(label);
        }
    }
    Some(parts.join(" › "))
}

/// The studio's own name for a value a message names (a skill, a grade, an outcome, as its
/// forms and the player name them; a language or a version of the call the quality bar checked,
/// "Polish, trainee addressed as Pan"); `None` for anything else, which stays as written.
fn value_name(locale: &Locale, arg: &str, value: &str) -> Option<String> {
    let known = match arg {
        "skill" => Skill::ALL
            .iter()
            .any(|s| s.id() == value)
            .then_some("skill-"),
        "grade" | "worse" => Grade::ALL
            .iter()
            .any(|(id, _)| *id == value)
            .then_some("grade-"),
        "outcome" => Outcome::ALL
            .iter()
            .any(|(id, _)| *id == value)
            .then_some("outcome-"),
        // The quality bar's language (`pl`) and reader (`pl (Pan)`): "Polish, addressed as Pan";
        // the language of a text (`code`): "turn “x”, line 1 (Polish)", never "(pl)".
        "lang" | "code" => Lang::ALL
            .iter()
            .any(|l| l.code() == value)
            .then_some("studio-reader-"),
        "reader" => {
            let reader = strategy::READERS
                .into_iter()
                .find(|r| quality::reader_name(*r) == value)?;
            let key = match reader.lang {
                Lang::Pl => format!("studio-reader-pl-{}", reader.address.id()),
                lang => format!("studio-reader-{}", lang.code()),
            };
            return Some(locale.text(&key));
        }
        _ => None,
    };
    known.map(|prefix| locale.text(&format!("{prefix}{value}")))
}

/// `msg` as the studio says it to the trainer, in `locale`'s language.
pub(super) fn say(locale: &Locale, msg: &Msg) -> String {
    let names = |arg: &str, value: &str| value_name(locale, arg, value);
    diag::render_for(locale.lang(), msg, diag::Audience::Studio(&names))
}

/// The arguments that name the version of the call a quality check is about.
const VERSION_ARGS: [&str; 2] = ["lang", "reader"];

/// `msgs` as the studio says them, a message that holds the same for several versions of the call
/// (languages, forms of address: the same id and the same numbers) said once, naming them all,
/// or "every version" (QA round 3: the same five sentences came four times each).
pub(super) fn say_once_per_versions(locale: &Locale, msgs: &[&Msg]) -> Vec<String> {
    let rest = |m: &Msg| -> Vec<(&'static str, diag::Arg)> {
        m.args()
            .iter()
            .filter(|(name, _)| !VERSION_ARGS.contains(name))
            .cloned()
            .collect()
    };
    // (the message, the name of its version argument, the versions it holds for)
    let mut merged: Vec<(&Msg, Option<&'static str>, Vec<String>)> = Vec::new();
    for &m in msgs {
        let version = m.args().iter().find_map(|(name, value)| match value {
            diag::Arg::Text(v) if VERSION_ARGS.contains(name) => Some((*name, v.clone())),
            _ => None,
        });
        let same = merged.iter_mut().find(|(other, arg, _)| {
            other.id() == m.id() && *arg == version.as_ref().map(|v| v.0) && rest(other) == rest(m)
        });
        match (same, version) {
            (Some((_, _, versions)), Some((_, v))) => versions.push(v),
            (_, version) => {
                let arg = version.as_ref().map(|v| v.0);
                merged.push((m, arg, version.map(|v| v.1).into_iter().collect()))
            }
        }
    }
    // Every version there is: every reader (language and form of address), or every language.
    let every = |arg: &str, n: usize| match arg {
        "reader" => (n == strategy::READERS.len()).then_some("studio-reader-every"),
        _ => (n == Lang::ALL.len()).then_some("studio-reader-every-lang"),
    };
    merged
        .into_iter()
        .map(|(m, arg, versions)| match arg {
            Some(arg) if versions.len() > 1 => {
                let named = if let Some(every) = every(arg, versions.len()) {
                    locale.text(every)
                } else {
                    versions
                        .iter()
                        .map(|v| value_name(locale, arg, v).unwrap_or_else(|| v.clone()))
                        .collect::<Vec<_>>()
                        .join("; ")
                };
                let once = m
                    .args()
                    .iter()
                    .fold(Msg::new(m.id()), |once, (name, value)| {
                        if *name == arg {
                            once.with(name, diag::Arg::Text(named.clone()))
                        } else {
                            once.with(name, value.clone())
                        }
                    });
                say(locale, &once)
            }
            _ => say(locale, m),
        })
        .collect()
}

/// How to fix `p`, as the studio says it. An empty text says whether the call can do without
/// it (a "Remove" button is beside it) or needs it written (QA round 5, mi-e: a trainer looked
/// for a button that was not there).
fn fix(locale: &Locale, w: &Work, p: &Problem) -> Option<String> {
    let m = p.diagnostic.fix.as_ref()?;
    if let ("diag-empty-text-hint", Some(field)) = (m.id(), &p.field) {
        let node = p.node.and_then(|n| w.map.nodes.get(n));
        let base = node.map_or(0, |n| n.path.0.len());
        let best = |n: usize| {
            let node = FieldPath(field.0[..base].to_vec());
            w.draft.get(&node.key("reply").index(n).key("grade"))
                == Some(FieldValue::Text("best".into()))
        };
        let paths: Vec<FieldPath> = w.places.fields.iter().map(|f| f.path.clone()).collect();
        let wording = matches!(field.0.last(), Some(Step::Index(_)))
            && !calmline_studio::blueprint::lone_wording(&paths, field);
        if !wording && super::fields::optional(&field.0[base..], best).is_none() {
            return Some(locale.text("studio-empty-text-needed"));
        }
    }
    Some(say(locale, m))
}

/// A problem, where it is and how to fix it, as the list says them.
type Entry = (Problem, Option<String>, Option<String>);

#[component]
pub fn ProblemsPanel(props: &Props) -> Html {
    let locale = use_locale();
    let lang = locale.lang();
    let problems: Vec<Entry> = props
        .work
        .with(|w| {
            w.problems
                .iter()
                .map(|p| (p.clone(), place(&locale, w, p), fix(&locale, w, p)))
                .collect()
        })
        .unwrap_or_default();
    let item = |(p, place, fix): &Entry| -> Html {
        let field = p.field.clone();
        let on_ask = props.on_ask.clone();
        let go = Callback::from(move |_: MouseEvent| {
            if let Some(field) = field.clone() {
                on_ask.emit(Ask::Field(field));
            }
        });
        let (class, severity) = match p.diagnostic.severity {
            Severity::Error => ("studio-problem is-error", "diag-severity-error"),
            Severity::Warning => ("studio-problem is-warning", "diag-severity-warning"),
        };
        let d = &p.diagnostic;
        html! {
            <li {class} data-testid="studio-problem"
                data-field={p.field.as_ref().map(|f| f.to_string())}>
                <p class="studio-problem-where">
                    <span class="studio-problem-kind">
                        { calmline_engine::diag::render(lang, &Msg::new(severity)) }
                    </span>
                    { " " }
                    if let Some(place) = place {
                        <strong>{ place.clone() }</strong>
                    }
                </p>
                <p class="studio-problem-what" data-testid="studio-problem-what">{ say(&locale, &d.what) }</p>
                if let Some(hint) = fix {
                    <p class="hint">{ hint.clone() }</p>
                }
                if p.field.is_some() {
                    <button type="button" class="button button-quiet" data-testid="studio-problem-go" onclick={go}>
                        { locale.text("studio-problems-go") }
                    </button>
                }
                <details class="studio-problem-details">
                    <summary>{ locale.text("studio-problems-in-file") }</summary>
                    <code>{ format!("{}:{}:{}", d.file, d.line, d.column) }</code>
                </details>
            </li>
        }
    };
    // On a phone the list is folded by turn or ending, the first group open (QA round 5, mi-k:
    // fifty problems of a new call made a page 21,000 px long).
    let mut groups: Vec<(String, Vec<&Entry>)> = Vec::new();
    for entry in &problems {
        let name = props
            .work
            .with(|w| {
                entry
                    .0
                    .node
                    .and_then(|n| w.map.nodes.get(n))
                    .map(|n| node_name(&locale, n))
            })
            .flatten()
            .unwrap_or_else(|| locale.text("studio-about"));
        match groups.iter_mut().find(|(n, _)| *n == name) {
            Some((_, items)) => items.push(entry),
            None => groups.push((name, vec![entry])),
        }
    }
    html! {
        <section class="studio-problems" aria-labelledby="studio-problems-heading" data-testid="studio-problems">
            <h2 id="studio-problems-heading" aria-live="polite" data-count={problems.len().to_string()}>
                { locale.count("studio-problems", problems.len() as i64) }
            </h2>
            if problems.is_empty() {
                <p class="hint">{ locale.text("studio-problems-none") }</p>
            } else {
                if super::narrow() {
                    { for groups.iter().enumerate().map(|(i, (name, items))| html! {
                        <details class="studio-fold studio-problem-group" key={name.clone()} open={i == 0}
                                 data-testid="studio-problem-group">
                            <summary class="studio-group"><h3>{ locale.text_with("studio-problems-group", &[
                                ("place", name.clone().into()),
                                ("problems", locale.count("studio-problems", items.len() as i64).into()),
                            ]) }</h3></summary>
                            <ol class="diagnostics-list">{ for items.iter().map(|p| item(p)) }</ol>
                        </details>
                    }) }
                } else {
                    <ol class="diagnostics-list">{ for problems.iter().map(&item) }</ol>
                }
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang as UiLang;

    /// The quality bar names a version of the call as the command line prints it (`pl (Pan)`,
    /// `hu`); the studio says it in words in every language, and each version apart.
    #[test]
    fn every_version_the_quality_bar_checks_is_named_in_words() {
        for ui in [UiLang::Pl, UiLang::Hu, UiLang::En] {
            let locale = Locale::new(ui);
            let names: Vec<String> = strategy::READERS
                .into_iter()
                .map(|r| {
                    value_name(&locale, "reader", &quality::reader_name(r))
                        .expect("a known version")
                })
                .collect();
            for name in &names {
                assert!(!name.contains("studio-") && !name.contains('('), "{name}");
            }
            let mut apart = names.clone();
            apart.sort();
            apart.dedup();
            assert_eq!(apart.len(), names.len(), "{names:?}");
            for lang in Lang::ALL {
                let name = value_name(&locale, "lang", lang.code()).expect("a language");
                assert!(!name.contains("studio-"), "{name}");
            }
            assert_eq!(value_name(&locale, "reader", "xx (Pan)"), None);
        }
    }

    /// A text's language is named in words, never by its code (QA round 3, mi-a).
    #[test]
    fn a_texts_language_is_said_in_words() {
        let locale = Locale::new(UiLang::En);
        let what = Msg::new("diag-what-turn").with("id", "greeting");
        let line = Msg::new("diag-what-in-lang")
            .with("what", diag::Arg::Msg(what.clone()))
            .with("code", "hu");
        assert_eq!(say(&locale, &line), "turn “greeting” (Hungarian)");
        let unpaired = Msg::new("diag-unpaired")
            .with("whose", diag::Arg::Msg(what))
            .with("place", diag::Arg::Msg(Msg::new("diag-place-summary")))
            .with("word", "Uspokoiłeś");
        let said = say(&Locale::new(UiLang::Pl), &unpaired);
        assert!(
            !said.contains("(pl)") && said.contains("(wersja polska)"),
            "{said}"
        );
    }

    /// A check that holds alike for every version is said once; one whose numbers differ in a
    /// version is said apart for it; a check on some languages names them.
    #[test]
    fn a_check_alike_in_several_versions_is_said_once() {
        let locale = Locale::new(UiLang::En);
        let strategy = |reader: &str, passed: i64| {
            Msg::new("quality-strategy")
                .with("strategy", diag::Arg::Text("longest".into()))
                .with("passed", diag::Arg::Number(passed))
                .with("calls", diag::Arg::Number(50))
                .with("reader", diag::Arg::Text(reader.into()))
                .with("max", diag::Arg::Number(5))
        };
        let readers: Vec<String> = strategy::READERS
            .into_iter()
            .map(quality::reader_name)
            .collect();
        let alike: Vec<Msg> = readers.iter().map(|r| strategy(r, 50)).collect();
        let said = say_once_per_versions(&locale, &alike.iter().collect::<Vec<_>>());
        assert_eq!(said.len(), 1, "{said:?}");
        assert!(
            said[0].contains("passes 50 of 50 calls (every version"),
            "{said:?}"
        );
        let mut apart = alike.clone();
        apart[3] = strategy(&readers[3], 12);
        let said = say_once_per_versions(&locale, &apart.iter().collect::<Vec<_>>());
        assert_eq!(said.len(), 2, "{said:?}");
        assert!(said[1].contains("passes 12 of 50"), "{said:?}");
        assert!(
            !said[0].contains("every version"),
            "three of four: {said:?}"
        );
        let first = |lang: &str| {
            Msg::new("quality-length")
                .with("what", diag::Arg::Text("longest".into()))
                .with("count", diag::Arg::Number(3))
                .with("turns", diag::Arg::Number(3))
                .with("max", diag::Arg::Number(35))
                .with("lang", diag::Arg::Text(lang.into()))
        };
        let two = [first("pl"), first("hu")];
        let said = say_once_per_versions(&locale, &two.iter().collect::<Vec<_>>());
        assert_eq!(said.len(), 1, "{said:?}");
        assert!(
            said[0].starts_with("Polish; Hungarian: the best reply is the longest"),
            "{said:?}"
        );
    }
}
