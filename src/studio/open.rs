//! Opening a call in the studio: a library call as a template (its TOML source, published
//! beside the compiled calls, opened as a copy with its own name and id), or a scenario file
//! from the trainer's computer. What cannot be opened says which file and where.

use calmline_studio::Work;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::app::SCENARIOS_DIR;
use crate::components::use_locale;
use crate::context::{CatalogState, use_app};
use crate::i18n::Locale;

/// The largest file read, in bytes (the validator refuses bigger ones anyway).
pub(super) const MAX_BYTES: f64 = 16.0 * 1024.0 * 1024.0;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_open: Callback<Work>,
}

/// How a call is opened.
#[derive(Clone, Copy, PartialEq, Eq)]
enum As {
    /// A file from the trainer's computer.
    New,
    /// A new call: the annotated example or the empty call (`calmline_studio::skeleton`).
    Fresh,
    /// A library call as a template: a copy with its own name and id (`calmline_studio::copy`).
    Copy,
    /// A kept draft, going on under its own name.
    Kept,
    /// A kept draft of a call the studio started (`Kept::new_call`): its version stays.
    KeptNew,
}

/// Opens `text` as `name`, or says why not.
fn open(locale: &Locale, name: &str, text: &str, way: As) -> Result<Work, String> {
    // A second call of the same name gets a name of its own (`…-2.toml`), so its draft does not
    // replace the first one's.
    let name = match way {
        As::Kept | As::KeptNew => name.to_owned(),
        As::New | As::Fresh => calmline_studio::shelf::free_name(&super::drafts::list(), name),
        As::Copy => calmline_studio::shelf::free_name(
            &super::drafts::list(),
            &calmline_studio::copy::name(name),
        ),
    };
    let lang = locale.lang().code();
    let opened = match way {
        As::Copy => Work::open_copy(&name, text, lang),
        As::Fresh | As::KeptNew => Work::open_new(&name, text, lang),
        As::New | As::Kept => Work::open(&name, text, lang),
    };
    opened.map_err(|e| {
        let at = e.span.map_or(0, |s| s.start);
        let (line, column) = line_and_column(text, at);
        locale.text_with(
            "studio-not-toml",
            &[
                ("file", name.to_owned().into()),
                ("line", (line as i64).into()),
                ("column", (column as i64).into()),
            ],
        )
    })
}

/// 1-based line and column (in characters) of a byte offset.
fn line_and_column(text: &str, at: usize) -> (usize, usize) {
    let before = text.get(..at.min(text.len())).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[component]
pub fn OpenPanel(props: &Props) -> Html {
    let locale = use_locale();
    let app = use_app();
    let status = use_state(|| None::<Result<(), String>>);
    let chosen = use_node_ref();

    let report = {
        let status = status.clone();
        let on_open = props.on_open.clone();
        move |result: Result<Work, String>| match result {
            Ok(work) => {
                status.set(None);
                on_open.emit(work);
            }
            Err(why) => status.set(Some(Err(why))),
        }
    };

    let from_library = {
        let chosen = chosen.clone();
        let status = status.clone();
        let locale = locale.clone();
        let report = report.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(file) = chosen
                .cast::<web_sys::HtmlSelectElement>()
                .map(|s| s.value())
            else {
                return;
            };
            status.set(Some(Ok(())));
            let locale = locale.clone();
            let report = report.clone();
            yew::platform::spawn_local(async move {
                let fetched =
                    crate::fetch::fetch_bytes(&format!("{SCENARIOS_DIR}{file}"), false).await;
                let result =
                    match fetched.ok().and_then(|b| String::from_utf8(b).ok()) {
                        Some(text) => open(&locale, &file, &text, As::Copy),
                        None => Err(locale
                            .text_with("studio-fetch-failed", &[("file", file.clone().into())])),
                    };
                report(result);
            });
        })
    };

    let from_file = {
        let status = status.clone();
        let locale = locale.clone();
        let report = report.clone();
        Callback::from(move |e: Event| {
            let Some(file) = crate::pages::own_file::picked_file(&e) else {
                return;
            };
            let name = file.name();
            let unreadable =
                locale.text_with("studio-unreadable", &[("file", name.clone().into())]);
            if file.size() > MAX_BYTES {
                status.set(Some(Err(unreadable)));
                return;
            }
            status.set(Some(Ok(())));
            let locale = locale.clone();
            let report = report.clone();
            yew::platform::spawn_local(async move {
                let bytes = match JsFuture::from(file.array_buffer()).await {
                    Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                    Err(_) => return report(Err(unreadable)),
                };
                // Read as it is: a file in another encoding is refused with where, never
                // "repaired" into a file that would be saved with other bytes.
                report(match String::from_utf8(bytes) {
                    Ok(text) => open(&locale, &name, &text, As::New),
                    Err(e) => Err(not_utf8(
                        &locale,
                        &name,
                        e.as_bytes(),
                        e.utf8_error().valid_up_to(),
                    )),
                });
            });
        })
    };

    let resume = {
        let status = status.clone();
        let locale = locale.clone();
        let report = report.clone();
        Callback::from(move |name: String| match super::drafts::load(&name) {
            Some(text) => {
                let new_call = super::drafts::list()
                    .iter()
                    .any(|k| k.name == name && k.new_call);
                let way = if new_call { As::KeptNew } else { As::Kept };
                report(open(&locale, &name, &text, way));
            }
            None => status.set(Some(Err(
                locale.text_with("studio-unreadable", &[("file", name.into())])
            ))),
        })
    };
    let fresh = |text: &'static str| {
        let locale = locale.clone();
        let report = report.clone();
        Callback::from(move |_: MouseEvent| {
            use calmline_studio::skeleton::NEW_FILE;
            report(open(&locale, NEW_FILE, text, As::Fresh));
        })
    };
    let entries = match &app.catalog {
        CatalogState::Ready(entries) => entries.to_vec(),
        _ => Vec::new(),
    };
    html! {
        <div class="studio-open" data-testid="studio-open">
            <super::drafts_panel::DraftsPanel on_resume={resume} />
            if !entries.is_empty() {
                <form class="studio-open-library" onsubmit={from_library}>
                    <label for="studio-library">{ locale.text("studio-open-library") }</label>
                    <select id="studio-library" ref={chosen} data-testid="studio-library">
                        // The first call chosen at first (Yew puts the options in from the last,
                        // which the browser would otherwise keep: QA round 4, mi-h).
                        { for entries.iter().enumerate().map(|(i, e)| html! {
                            <option value={e.file.clone()} selected={i == 0}>{ e.title.get(locale.reader()).into_owned() }</option>
                        }) }
                    </select>
                    <button type="submit" class="button button-primary" data-testid="studio-open-library">
                        { locale.text("studio-open-library-button") }
                    </button>
                </form>
            }
            <p class="studio-open-new">
                <button type="button" class="button" data-testid="studio-new-empty" onclick={fresh(calmline_studio::skeleton::EMPTY)}>
                    { locale.text("studio-open-empty") }
                </button>
                <button type="button" class="button" data-testid="studio-new" onclick={fresh(calmline_studio::skeleton::skeleton())}>
                    { locale.text("studio-open-new") }
                </button>
            </p>
            <label class="file-pick">
                <span>{ locale.text("studio-open-file") }</span>
                <input type="file" accept=".toml,text/plain" data-testid="studio-file" onchange={from_file} />
            </label>
            <div aria-live="polite">
                { match &*status {
                    Some(Ok(())) => html! { <p role="status">{ locale.text("studio-opening") }</p> },
                    Some(Err(why)) => html! { <p class="error-panel" role="alert" data-testid="studio-open-failed">{ why.clone() }</p> },
                    None => html! {},
                } }
            </div>
        </div>
    }
}

/// Why a file that is not UTF-8 does not open: its name and where its first byte of another
/// encoding is (line and column, as the validator counts them).
fn not_utf8(locale: &crate::i18n::Locale, name: &str, bytes: &[u8], valid: usize) -> String {
    let before = String::from_utf8_lossy(&bytes[..valid]);
    let (line, column) = line_and_column(&before, before.len());
    locale.text_with(
        "studio-not-utf8",
        &[
            ("file", name.to_owned().into()),
            ("line", (line as i64).into()),
            ("column", (column as i64).into()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::line_and_column;

    #[test]
    fn a_byte_offset_becomes_a_line_and_a_column_in_characters() {
        assert_eq!(line_and_column("ab\nźdź = =", 3 + "źdź = ".len()), (2, 7));
        assert_eq!(line_and_column("x", 0), (1, 1));
    }
}
