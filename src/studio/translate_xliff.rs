//! XLIFF in the translate view: the call's texts out to a translator for one language pair
//! (`<call>.<source>-<target>.xlf`), and a translated file read back in as one step to undo,
//! with a report of what it did in the trainer's language. The reading and writing are
//! `calmline_studio::xliff` (tested natively against the OASIS schema); this only asks and tells.

use calmline_engine::Lang;
use calmline_studio::xliff::{self, Imported, XliffError};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use super::translate_report::{done, kind};
use super::{Ask, Shape, Shared, save};
use crate::components::use_locale;
use crate::i18n::Locale;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub work: Shared,
    pub on_ask: Callback<Ask>,
}

/// What the last import did.
#[derive(Clone, PartialEq)]
enum Report {
    /// Read and applied.
    Done(String, Imported),
    /// Read from a file exported from another call (`original`): applied only when asked.
    Other(String, Imported),
    /// Not read: nothing was changed.
    Failed(String, XliffError),
    /// The file itself could not be read.
    Unreadable(String),
}

/// Writes what `imported` changes, as one step to undo.
fn apply(on_ask: &Callback<Ask>, imported: &Imported) {
    if imported.changed > 0 {
        on_ask.emit(Ask::Shape(Shape::PutAll(imported.edits.clone())));
    }
}

/// A language select.
fn select(locale: &Locale, id: &str, key: &str, chosen: &UseStateHandle<Lang>) -> Html {
    let onchange = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .map(|s| s.value());
            if let Some(lang) = value.as_deref().and_then(Lang::from_tag) {
                chosen.set(lang);
            }
        })
    };
    html! {
        <span class="studio-translate-pick">
            <label for={id.to_owned()}>{ locale.text(key) }</label>
            <select id={id.to_owned()} data-testid={id.to_owned()} {onchange}>
                { for Lang::ALL.iter().map(|l| html! {
                    <option value={l.code()} selected={*l == **chosen}>{ locale.text(&format!("language-name-{}", l.code())) }</option>
                }) }
            </select>
        </span>
    }
}

#[component]
pub fn XliffPanel(props: &Props) -> Html {
    let locale = use_locale();
    // Offered first: into the language with the most texts still to write (QA round 2).
    let pair = {
        let work = props.work.clone();
        use_memo((), move |_| {
            work.with(|w| {
                let rows = calmline_studio::translation::rows(w.draft.document());
                calmline_studio::translation::suggested_pair(&rows)
            })
            .unwrap_or((Lang::Pl, Lang::En))
        })
    };
    let source = use_state(|| pair.0);
    let target = use_state(|| pair.1);
    let report = use_state(|| None::<Report>);
    let same = *source == *target;

    let export = {
        let work = props.work.clone();
        let (source, target) = (*source, *target);
        Callback::from(move |_: MouseEvent| {
            work.with(|w| {
                // Named as the call is saved: its id once it has one (QA round 3, mi-l).
                let name = w.save_name();
                let xml = xliff::export(w.draft.document(), &name, source, target);
                let id = name.strip_suffix(".toml").unwrap_or(&name);
                save::download_as(
                    &format!("{id}.{source}-{target}.xlf"),
                    &xml,
                    "application/xliff+xml",
                );
            });
        })
    };
    let import = {
        let work = props.work.clone();
        let report = report.clone();
        let on_ask = props.on_ask.clone();
        Callback::from(move |e: Event| {
            let input = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
            let Some(file) = crate::pages::own_file::picked_file(&e) else {
                return;
            };
            // The same file can be chosen again (after fixing it, say).
            if let Some(input) = input {
                input.set_value("");
            }
            let name = file.name();
            if file.size() > super::open::MAX_BYTES {
                report.set(Some(Report::Unreadable(name)));
                return;
            }
            let work = work.clone();
            let report = report.clone();
            let on_ask = on_ask.clone();
            yew::platform::spawn_local(async move {
                let text = JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|t| t.as_string());
                let Some(text) = text else {
                    report.set(Some(Report::Unreadable(name)));
                    return;
                };
                let read = work.with(|w| {
                    xliff::import(w.draft.document(), &text).map(|i| {
                        let other = i
                            .original
                            .as_ref()
                            .is_some_and(|o| *o != w.save_name() && *o != w.name);
                        (i, other)
                    })
                });
                report.set(Some(match read {
                    None => return,
                    Some(Err(error)) => Report::Failed(name, error),
                    Some(Ok((imported, true))) => Report::Other(name, imported),
                    Some(Ok((imported, false))) => {
                        apply(&on_ask, &imported);
                        Report::Done(name, imported)
                    }
                }));
            });
        })
    };

    let shown = match &*report {
        None => html! {},
        Some(Report::Done(file, imported)) => done(&locale, file, imported),
        Some(Report::Other(file, imported)) => {
            let original = imported.original.clone().unwrap_or_default();
            let call = props.work.with(|w| w.save_name()).unwrap_or_default();
            let anyway = {
                let report = report.clone();
                let on_ask = props.on_ask.clone();
                let done = Report::Done(file.clone(), imported.clone());
                Callback::from(move |_: MouseEvent| {
                    if let Report::Done(_, imported) = &done {
                        apply(&on_ask, imported);
                    }
                    report.set(Some(done.clone()));
                })
            };
            let cancel = {
                let report = report.clone();
                Callback::from(move |_: MouseEvent| report.set(None))
            };
            html! {
                <div role="alert" class="warning-panel" data-testid="studio-translate-other">
                    <p>{ locale.text_with("studio-translate-other-call", &[
                        ("file", file.clone().into()), ("original", original.into()), ("call", call.into()),
                    ]) }</p>
                    <p class="studio-actions">
                        <button type="button" class="button" data-testid="studio-translate-apply" onclick={anyway}>{ locale.text("studio-translate-apply-anyway") }</button>
                        <button type="button" class="button button-quiet" onclick={cancel}>{ locale.text("studio-translate-dont-apply") }</button>
                    </p>
                </div>
            }
        }
        Some(Report::Failed(file, error)) => {
            let (why, detail) = kind(&locale, error);
            let (line, column) = error.position();
            html! {
                <div role="alert" class="error-panel" data-testid="studio-translate-failed">
                    <p>{ locale.text_with("studio-translate-failed", &[
                        ("file", file.clone().into()), ("why", why.into()),
                        ("line", i64::from(line).into()), ("column", i64::from(column).into()),
                    ]) }</p>
                    if let Some(detail) = detail {
                        <p class="hint" lang="en">{ detail }</p>
                    }
                </div>
            }
        }
        Some(Report::Unreadable(file)) => html! {
            <p role="alert" class="error-panel" data-testid="studio-translate-failed">
                { locale.text_with("studio-unreadable", &[("file", file.clone().into())]) }
            </p>
        },
    };

    html! {
        <div class="studio-translate-xliff" role="group" aria-labelledby="studio-translate-xliff-heading">
            <h3 id="studio-translate-xliff-heading">{ locale.text("studio-translate-xliff") }</h3>
            <p class="hint">{ locale.text("studio-translate-xliff-lead") }</p>
            <p class="studio-translate-pair">
                { select(&locale, "studio-translate-source", "studio-translate-source", &source) }
                { select(&locale, "studio-translate-target", "studio-translate-target", &target) }
                <button type="button" class="button" data-testid="studio-translate-export" disabled={same}
                        aria-describedby={same.then_some("studio-translate-same")} onclick={export}>
                    { locale.text("studio-translate-export") }
                </button>
                if same {
                    <span id="studio-translate-same" class="hint">{ locale.text("studio-translate-same") }</span>
                }
            </p>
            <label class="file-pick">
                <span>{ locale.text("studio-translate-import") }</span>
                <input type="file" accept=".xlf,.xliff,application/xliff+xml,application/xml,text/xml" data-testid="studio-translate-file" onchange={import} />
            </label>
            <div aria-live="polite">{ shown }</div>
        </div>
    }
}
