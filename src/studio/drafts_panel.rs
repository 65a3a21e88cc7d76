//! "Your drafts in this browser" on the studio's first screen: each kept draft to go on with or
//! to delete. A delete is done at once (a phone's mis-tap included) and can be undone: the
//! notice "Draft … deleted" carries an Undo button that gets the focus, and the draft comes back
//! exactly, its text, its name and its place in the list (`drafts::restore`).

use calmline_studio::draft::Draft;
use calmline_studio::shelf::Kept;
use yew::prelude::*;

use super::drafts;
use crate::components::use_locale;

/// A draft as the header and the saved file name it: by the call's id once it has one
/// (`broken-kettle.toml`), else by the name it was kept under.
fn shown(name: &str, text: &str) -> String {
    Draft::open(text).map_or_else(|_| name.to_owned(), |d| d.file_name(name))
}

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Go on with the draft of this name.
    pub on_resume: Callback<String>,
}

#[component]
pub fn DraftsPanel(props: &Props) -> Html {
    let locale = use_locale();
    let kept = use_state(drafts::list);
    // The drafts deleted on this screen, the last one first to come back.
    let deleted = use_state(Vec::<(Kept, String)>::new);
    // Each draft read once per list, not at every render.
    let names = use_memo((*kept).clone(), |kept| {
        kept.iter()
            .map(|k| {
                drafts::load(&k.name).map_or_else(|| k.name.clone(), |text| shown(&k.name, &text))
            })
            .collect::<Vec<_>>()
    });

    let items = kept.iter().enumerate().map(|(i, draft)| {
        let name = draft.name.clone();
        let shown = names.get(i).cloned().unwrap_or_else(|| name.clone());
        let resume = props.on_resume.reform({
            let name = name.clone();
            move |_: MouseEvent| name.clone()
        });
        let delete = {
            let name = name.clone();
            let kept = kept.clone();
            let deleted = deleted.clone();
            Callback::from(move |_: MouseEvent| {
                if let Some(gone) = drafts::forget(&name) {
                    let mut list = (*deleted).clone();
                    list.push(gone);
                    deleted.set(list);
                }
                kept.set(drafts::list());
                // The button pressed is gone: the focus goes to the notice's Undo.
                super::later_focus("studio-draft-undo");
            })
        };
        html! {
            <li data-testid="studio-draft" data-name={name.clone()} key={name.clone()}>
                <button type="button" class="button" id={format!("studio-draft-{i}")} onclick={resume}>
                    { locale.text_with("studio-draft-continue", &[("file", shown.clone().into())]) }
                </button>
                <button type="button" class="button button-quiet" onclick={delete}>
                    { locale.text_with("studio-draft-delete", &[("file", shown.into())]) }
                </button>
            </li>
        }
    });

    let undo = {
        let kept = kept.clone();
        let deleted = deleted.clone();
        Callback::from(move |_: MouseEvent| {
            let mut list = (*deleted).clone();
            let Some((draft, text)) = list.pop() else {
                return;
            };
            drafts::restore(&draft, &text);
            let now = drafts::list();
            let at = now.iter().position(|k| k.name == draft.name).unwrap_or(0);
            kept.set(now);
            deleted.set(list);
            // Back on the draft that came back.
            super::later_focus(format!("studio-draft-{at}"));
        })
    };
    let last = deleted.last().map(|(k, text)| shown(&k.name, text));

    if kept.is_empty() && last.is_none() {
        return html! {};
    }
    html! {
        <section class="studio-drafts" aria-labelledby="studio-drafts-heading">
            <h2 id="studio-drafts-heading">{ locale.text("studio-drafts") }</h2>
            <ul>{ for items }</ul>
            <div role="status" data-testid="studio-deleted">
                if let Some(name) = last {
                    <p class="studio-deleted">
                        <span id="studio-deleted-text">{ locale.text_with("studio-draft-deleted", &[("file", name.into())]) }</span>
                        { " " }
                        <button type="button" class="button button-small" id="studio-draft-undo" data-testid="studio-draft-undo"
                                aria-describedby="studio-deleted-text" onclick={undo}>
                            { locale.text("studio-undo") }
                        </button>
                    </p>
                }
            </div>
        </section>
    }
}
