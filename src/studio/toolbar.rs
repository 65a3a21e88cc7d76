//! The editor's toolbar: undo and redo (with their keyboard shortcuts, `keys.rs`), the call's own
//! fields, adding a turn or an ending, saving to the trainer's computer, the view, play-testing
//! and opening another call; and under it what the last save did ("Saved as …", and how many
//! errors the saved call still has), said in a status region so a screen reader hears it too.

use yew::prelude::*;

use super::{Ask, Shape, View};
use crate::components::use_locale;

/// What the last "Save to your computer" did: the file's name and the errors the call had.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    /// The work's revision right after the save: the note goes once the call changes again.
    pub rev: u32,
    pub file: String,
    pub errors: usize,
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub can_undo: bool,
    pub can_redo: bool,
    /// Whether the inspector shows the call's own fields.
    pub about: bool,
    pub errors: usize,
    pub view: View,
    /// The work's revision now.
    pub rev: u32,
    pub saved: Option<Saved>,
    /// `true` undoes, `false` redoes.
    pub on_history: Callback<bool>,
    pub on_ask: Callback<Ask>,
    pub on_save: Callback<()>,
    pub on_view: Callback<View>,
    pub on_play: Callback<()>,
    pub on_close: Callback<()>,
}

#[component]
pub fn Toolbar(props: &Props) -> Html {
    let locale = use_locale();
    super::keys::use_history_keys(props.on_history.clone());
    let history = |undo: bool| props.on_history.reform(move |_: MouseEvent| undo);
    let ask = |ask: Ask| props.on_ask.reform(move |_: MouseEvent| ask.clone());
    let view = |which: View| props.on_view.reform(move |_: MouseEvent| which);
    let unit = |on: &Callback<()>| on.reform(|_: MouseEvent| ());
    let pressed = |which: View| (props.view == which).to_string();
    let errors = props.errors;
    let saved = props.saved.as_ref().filter(|s| s.rev == props.rev);
    html! {
        <>
            <div class="studio-bar" role="toolbar" aria-label={locale.text("studio-toolbar")}>
                <button type="button" class="button" data-testid="studio-undo" disabled={!props.can_undo} onclick={history(true)}
                        title={locale.text("studio-undo-keys")} aria-keyshortcuts="Control+Z Meta+Z">{ locale.text("studio-undo") }</button>
                <button type="button" class="button" data-testid="studio-redo" disabled={!props.can_redo} onclick={history(false)}
                        title={locale.text("studio-redo-keys")} aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z">{ locale.text("studio-redo") }</button>
                <button type="button" class="button" data-testid="studio-about" aria-pressed={props.about.to_string()} onclick={ask(Ask::About)}>{ locale.text("studio-about") }</button>
                <button type="button" class="button" data-testid="studio-add-turn" onclick={ask(Ask::Shape(Shape::AddTurn))}>{ locale.text("studio-add-turn") }</button>
                <button type="button" class="button" data-testid="studio-add-ending" onclick={ask(Ask::Shape(Shape::AddEnding))}>{ locale.text("studio-add-ending") }</button>
                <button type="button" class="button button-primary" data-testid="studio-download" onclick={unit(&props.on_save)}>{ locale.text("studio-download") }</button>
                <span class="studio-views" role="group" aria-label={locale.text("studio-view")}>
                    <button type="button" class="button" aria-pressed={pressed(View::Map)} data-testid="studio-view-map" onclick={view(View::Map)}>{ locale.text("studio-view-map") }</button>
                    <button type="button" class="button" aria-pressed={pressed(View::List)} data-testid="studio-view-list" onclick={view(View::List)}>{ locale.text("studio-view-list") }</button>
                    <button type="button" class="button" aria-pressed={pressed(View::Translate)} data-testid="studio-view-translate" onclick={view(View::Translate)}>{ locale.text("studio-view-translate") }</button>
                </span>
                <button type="button" class="button" data-testid="studio-play" disabled={errors > 0}
                        aria-describedby={(errors > 0).then_some("studio-play-why")} onclick={unit(&props.on_play)}>
                    { locale.text("studio-play") }
                </button>
                if errors > 0 {
                    <span id="studio-play-why" class="hint">{ locale.text("studio-play-why") }</span>
                }
                <button type="button" class="button" data-testid="studio-close" onclick={unit(&props.on_close)}>{ locale.text("studio-close") }</button>
            </div>
            <div role="status" class="studio-saved" data-testid="studio-saved">
                if let Some(saved) = saved {
                    { locale.text_with("studio-saved", &[("file", saved.file.clone().into())]) }
                    if saved.errors > 0 {
                        { " " }{ locale.count("studio-saved-errors", saved.errors as i64) }
                    }
                }
            </div>
        </>
    }
}
