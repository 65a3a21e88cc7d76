//! The studio (`#/studio`, the authoring build only): a trainer opens a call (a library call as
//! a template, or a scenario file from their computer), sees it as a map or a list, edits any
//! value of a turn or an ending, and every edit is validated at once, with each problem leading
//! to its field; undo and redo, and the file saved back to their computer.
//!
//! The work itself (the lossless draft, the map and its layout, the validator's problems) is
//! `calmline_studio::Work`, tested natively; these components only show it and pass edits on.

mod asks;
mod control;
mod drafts;
mod drafts_panel;
mod fields;
mod groups;
mod inspector;
mod inspector_rows;
mod keys;
mod list_view;
mod map_view;
mod naming;
mod open;
mod package;
mod plan_panel;
mod play_setup;
mod play_way;
mod playtest;
mod problems;
mod save;
mod say;
mod shape;
mod share;
mod skills;
mod state;
mod toolbar;
mod translate;
mod translate_report;
mod translate_xliff;
mod verdicts;

use calmline_studio::{FieldPath, Work};
use yew::prelude::*;

use crate::components::{use_locale, use_title};
use crate::pages::play::Play;
use crate::route::Route;

pub use shape::Shape;
pub use state::{Ask, Shared, node_name};

/// How the call is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// The turns and endings drawn as a graph.
    Map,
    /// The same in words, one after another.
    List,
    /// Every text in three languages side by side, and XLIFF out and in (`translate.rs`).
    Translate,
}

/// The studio page: opening a call, then the toolbar, the problems, the map or the list, and
/// the selected node's fields.
#[component]
pub fn Studio() -> Html {
    let locale = use_locale();
    use_title(locale.text("studio-heading"));
    drafts::use_keep_on_leave();
    let cell = use_mut_ref(|| None::<Work>);
    let rev = use_state(|| 0u32);
    let selected = use_state(|| None::<usize>);
    // The inspector shows the call's own fields and rules instead of a node's.
    let about = use_state(|| false);
    let focus = use_state(|| (0u32, None::<FieldPath>, false));
    let refused = use_state(|| None::<String>);
    // Whether the last change was kept in this browser (`None` before the first change).
    let kept = use_state(|| None::<bool>);
    let view = use_state(|| View::Map);
    {
        // On a phone the list is the easier way around a call (QA m11): it is shown first there.
        let view = view.clone();
        use_effect_with((), move |_| {
            if narrow() {
                view.set(View::List);
            }
        });
    }
    // The call being play-tested, as it was when "Play-test" was pressed.
    let playing = use_state(|| None::<playtest::PlayTest>);
    // A play-test from a turn, waiting for the trainer to confirm or change its state.
    let setup = use_state(|| None::<playtest::Setup>);
    // What the last save did, shown under the toolbar until the call changes.
    let saved = use_state(|| None::<toolbar::Saved>);
    let shared = Shared {
        cell: cell.clone(),
        rev: *rev,
    };
    let lang = locale.lang().code();
    {
        // The map's texts follow the interface language.
        let cell = cell.clone();
        let rev = rev.clone();
        use_effect_with(lang, move |lang| {
            if let Some(work) = cell.borrow_mut().as_mut() {
                work.set_lang(lang);
                rev.set(*rev + 1);
            }
        });
    }

    let bump = {
        let rev = rev.clone();
        move || rev.set(rev.wrapping_add(1))
    };
    // After every change: the draft kept in this browser, and the panels drawn again.
    let changed = {
        let cell = cell.clone();
        let kept = kept.clone();
        let bump = bump.clone();
        move || {
            if let Some(work) = cell.borrow().as_ref() {
                kept.set(Some(drafts::keep(
                    &work.name,
                    work.draft.text(),
                    work.is_new(),
                )));
            }
            bump();
        }
    };
    let on_open = {
        let cell = cell.clone();
        let bump = bump.clone();
        let selected = selected.clone();
        let kept = kept.clone();
        Callback::from(move |work: Work| {
            *cell.borrow_mut() = Some(work);
            selected.set(Some(0));
            kept.set(None);
            bump();
            // The keyboard goes on from the line that names the call (QA round 2: it was lost).
            later_focus("studio-editing");
        })
    };
    let on_ask = {
        let handles = asks::Handles {
            cell: cell.clone(),
            selected: selected.clone(),
            about: about.clone(),
            focus: focus.clone(),
            refused: refused.clone(),
            playing: playing.clone(),
            setup: setup.clone(),
            locale: locale.clone(),
        };
        let changed = changed.clone();
        Callback::from(move |ask: Ask| asks::answer(&handles, &changed, ask))
    };
    let on_history = {
        let cell = cell.clone();
        let changed = changed.clone();
        Callback::from(move |undo: bool| {
            let moved = cell
                .borrow_mut()
                .as_mut()
                .is_some_and(|w| if undo { w.undo() } else { w.redo() });
            if moved {
                changed();
            }
        })
    };
    let on_close = {
        let cell = cell.clone();
        let bump = bump.clone();
        let selected = selected.clone();
        Callback::from(move |()| {
            *cell.borrow_mut() = None;
            selected.set(None);
            bump();
        })
    };
    let on_play = {
        let shared = shared.clone();
        let playing = playing.clone();
        Callback::from(move |()| {
            if let Some(Ok(sc)) = shared.with(playtest::start) {
                playing.set(Some(sc));
            }
        })
    };
    let on_view = {
        let view = view.clone();
        Callback::from(move |which: View| view.set(which))
    };

    if let Some(ready) = &*setup {
        let on_start = {
            let (setup, playing) = (setup.clone(), playing.clone());
            Callback::from(move |test: playtest::PlayTest| {
                setup.set(None);
                playing.set(Some(test));
            })
        };
        let on_cancel = {
            let setup = setup.clone();
            Callback::from(move |()| {
                setup.set(None);
                back_to_editing();
            })
        };
        return html! { <play_setup::PlaySetup setup={ready.clone()} {on_start} {on_cancel} /> };
    }
    if let Some(test) = &*playing {
        let sc = &test.scenario;
        // The call as the trainee gets it, then back to editing where the trainer was (the
        // selection, the view and the history are kept, and so is the keyboard's place).
        let back = {
            let playing = playing.clone();
            Callback::from(move |_: MouseEvent| {
                playing.set(None);
                back_to_editing();
            })
        };
        return html! {
            <section class="studio studio-playing" data-testid="studio-playing">
                <p class="studio-bar">
                    <button type="button" class="button" data-testid="studio-back" onclick={back}>
                        { locale.text("studio-back-to-editing") }
                    </button>
                </p>
                <Play id={sc.id.clone()} scenario={Some(sc.clone())} from={test.from.clone()} />
            </section>
        };
    }

    let open = cell.borrow().is_none();
    let body = if open {
        html! { <open::OpenPanel {on_open} /> }
    } else {
        let (name, unnamed, can_undo, can_redo, keeps_layout, errors) = shared
            .with(|w| {
                (
                    // The name it is saved under: its id once it has one (QA round 3, mi-l).
                    w.save_name(),
                    // A new call before its id is written is said to be one, not named after a
                    // file the trainer never chose (QA round 7, mi-e).
                    w.draft.get(&FieldPath::default().key("id"))
                        == Some(calmline_studio::draft::FieldValue::Text(String::new())),
                    w.draft.can_undo(),
                    w.draft.can_redo(),
                    w.draft.keeps_layout(),
                    w.errors(),
                )
            })
            .unwrap_or_default();
        // The call as saved: a changed call gets its version bumped (an edit of its own).
        let take_saved = {
            let cell = cell.clone();
            let changed = changed.clone();
            Callback::from(move |()| {
                let saved = cell.borrow_mut().as_mut().map(|w| {
                    let before = w.draft.text().to_owned();
                    let text = w.for_saving().to_owned();
                    (w.save_name(), text, before)
                });
                let (name, text, before) = saved?;
                if text != before {
                    changed();
                }
                Some((name, text))
            })
        };
        let on_save = {
            let cell = cell.clone();
            let take_saved = take_saved.clone();
            let saved = saved.clone();
            let rev = *rev;
            Callback::from(move |()| {
                // One with errors is saved too, and the note says how many it has.
                let before = cell.borrow().as_ref().map(|w| w.draft.text().to_owned());
                let Some((name, text)) = take_saved.emit(()) else {
                    return;
                };
                let bumped = before.as_deref() != Some(text.as_str());
                let errors = cell.borrow().as_ref().map_or(0, |w| w.errors());
                let file = save::download(&name, &text);
                let rev = rev.wrapping_add(u32::from(bumped));
                saved.set(Some(toolbar::Saved { rev, file, errors }));
            })
        };
        let shown = if *about { None } else { *selected };
        html! {
            <>
                <p class="studio-editing" id="studio-editing" tabindex="-1" data-testid="studio-editing">
                    { locale.text_with(if unnamed { "studio-editing-unnamed" } else { "studio-editing" }, &[("file", name.into())]) }
                    if *kept == Some(true) {
                        <span class="hint" data-testid="studio-kept">{ format!(" · {}", locale.text("studio-draft-kept")) }</span>
                    }
                </p>
                if *kept == Some(false) {
                    <p class="warning-panel" role="alert" data-testid="studio-not-kept">{ locale.text("studio-draft-not-kept") }</p>
                }
                <toolbar::Toolbar {can_undo} {can_redo} about={*about} {errors} view={*view} rev={*rev}
                    saved={(*saved).clone()} {on_history} on_ask={on_ask.clone()} {on_save} {on_view} {on_play} {on_close} />
                if !keeps_layout {
                    <p class="hint" data-testid="studio-keeps-layout">{ locale.text("studio-keeps-layout") }</p>
                }
                if let Some(refused) = &*refused {
                    <p class="error-panel" role="alert">{ refused.clone() }</p>
                }
                if *view == View::Translate {
                    <div class="studio-grid studio-grid-translate">
                        <div class="studio-side"><problems::ProblemsPanel work={shared.clone()} on_ask={on_ask.clone()} /></div>
                        <translate::TranslateView work={shared.clone()} {on_ask} />
                    </div>
                } else {
                // The map or list first, the panels under it, the inspector beside both: the
                // reading order is the order on the screen (QA round 2, mi5).
                <div class="studio-grid">
                    // While "About this call" is open no node is the one being edited
                    // (QA round 2, mi4); the node comes back when About closes.
                    if *view == View::Map {
                        <map_view::MapView work={shared.clone()} selected={shown} on_ask={on_ask.clone()} />
                    } else {
                        <list_view::ListView work={shared.clone()} selected={shown} on_ask={on_ask.clone()} />
                    }
                    <div class="studio-side">
                        <problems::ProblemsPanel work={shared.clone()} on_ask={on_ask.clone()} />
                        <verdicts::VerdictsPanel work={shared.clone()} />
                        <plan_panel::PlanPanel work={shared.clone()} on_ask={on_ask.clone()} />
                        <share::SharePanel />
                        <package::PackagePanel work={shared.clone()} take_saved={take_saved.clone()} />
                    </div>
                    <inspector::Inspector work={shared.clone()} selected={*selected} about={*about} focus={focus.1.clone()} jump={focus.0} from_problem={focus.2} {on_ask} />
                </div>
                }
            </>
        }
    };

    html! {
        <section class="studio" aria-labelledby="studio-heading" data-testid="studio">
            <nav class="crumbs"><a href={Route::Catalog.href()}>{ locale.text("back-to-catalog") }</a></nav>
            <h1 id="studio-heading">{ locale.text("studio-heading") }</h1>
            if open {
                <p class="lead">{ locale.text("studio-lead") }</p>
                <p><a href={Route::OwnFile.href()}>{ locale.text("own-heading") }</a></p>
            }
            { body }
        </section>
    }
}

/// Back from a play-test or its setup: the keyboard goes to the selected node's heading (or
/// the call's line when none is selected) once the editing screen is drawn again.
fn back_to_editing() {
    gloo::timers::callback::Timeout::new(0, || {
        let shown = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("studio-inspector-heading"))
            .is_some();
        crate::platform::focus(if shown {
            "studio-inspector-heading"
        } else {
            "studio-editing"
        });
    })
    .forget();
}

/// Whether the studio is laid out in one column (a phone), as `styles/studio.css` decides.
fn narrow() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(max-width: 40rem)").ok().flatten())
        .is_some_and(|q| q.matches())
}

/// Puts the focus on the element `id` once the page has been drawn again.
fn later_focus(id: impl Into<String>) {
    let id = id.into();
    gloo::timers::callback::Timeout::new(0, move || crate::platform::focus(&id)).forget();
}
