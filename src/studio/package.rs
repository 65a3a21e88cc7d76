//! The player package, for a trainer with no web server for a shared link: the studio fetches
//! the player's own files from the site it is served with, puts the call in them as the only
//! call (`calmline_studio::package`), writes them into a zip ([`zip`]) and offers it as a download,
//! with a read-me in the trainer's language. The call is taken as saving takes it (its version
//! bumped once when changed), and only when it can be played.

use calmline_engine::validate_playable;
use calmline_studio::package::{self, Call, PackageError};
use yew::prelude::*;

use super::{Shared, save};
use crate::components::use_locale;
use crate::fetch::{FetchError, fetch_bytes};
use crate::i18n::Locale;

/// Where the player is, relative to the studio (`studio/`, one folder down; see
/// `app::SCENARIOS_DIR`).
const PLAYER_DIR: &str = "../";

#[derive(Properties, PartialEq)]
pub struct Props {
    pub work: Shared,
    /// The call's file name and text as saved (`None` when there is no call).
    pub take_saved: Callback<(), Option<(String, String)>>,
}

/// Where the package is.
#[derive(Clone, PartialEq)]
enum Progress {
    Idle,
    /// Files fetched so far, of how many.
    Fetching(usize, usize),
    /// The zip offered: its file name and size in bytes.
    Done(String, usize),
    /// Not made, and why, in the trainer's words.
    Failed(String),
}

#[component]
pub fn PackagePanel(props: &Props) -> Html {
    let locale = use_locale();
    let progress = use_state(|| Progress::Idle);
    let errors = props.work.with(|w| w.errors()).unwrap_or_default();
    let busy = matches!(*progress, Progress::Fetching(..));
    let onclick = {
        let take_saved = props.take_saved.clone();
        let progress = progress.clone();
        let locale = locale.clone();
        Callback::from(move |_: MouseEvent| {
            let Some((file, text)) = take_saved.emit(()) else {
                return;
            };
            let progress = progress.clone();
            let locale = locale.clone();
            yew::platform::spawn_local(async move {
                progress.set(match make(&locale, &file, &text, &progress).await {
                    Ok(done) => done,
                    Err(why) => Progress::Failed(why),
                });
            });
        })
    };
    let status = match &*progress {
        Progress::Idle => None,
        Progress::Fetching(done, total) => Some(locale.text_with(
            "studio-package-working",
            &[("done", (*done).into()), ("total", (*total).into())],
        )),
        Progress::Done(file, size) => Some(locale.text_with(
            "studio-package-done",
            &[
                ("file", file.clone().into()),
                ("size", locale.tenths((*size / 100_000) as u32).into()),
            ],
        )),
        Progress::Failed(why) => Some(why.clone()),
    };
    html! {
        <section class="studio-package" aria-labelledby="studio-package-heading" data-testid="studio-package">
            <h2 id="studio-package-heading">{ locale.text("studio-package") }</h2>
            <p class="hint" id="studio-package-hint">{ locale.text("studio-package-hint") }</p>
            if errors > 0 {
                <p class="hint" id="studio-package-blocked" data-testid="studio-package-blocked">
                    { locale.count("studio-package-has-errors", errors as i64) }
                </p>
            }
            <button type="button" class="button" data-testid="studio-package-download"
                    aria-describedby={if errors > 0 { "studio-package-hint studio-package-blocked" } else { "studio-package-hint" }}
                    disabled={errors > 0 || busy} {onclick}>
                { locale.text("studio-package-download") }
            </button>
            <p role="status" class="studio-package-status" data-testid="studio-package-status"
               data-state={match &*progress { Progress::Idle => "idle", Progress::Fetching(..) => "working", Progress::Done(..) => "done", Progress::Failed(_) => "failed" }}>
                { status.unwrap_or_default() }
            </p>
        </section>
    }
}

/// Makes the package of the call `file` (`text`) and offers it; `progress` follows the fetches.
async fn make(
    locale: &Locale,
    file: &str,
    text: &str,
    progress: &UseStateHandle<Progress>,
) -> Result<Progress, String> {
    let scenario = validate_playable(file, text.as_bytes())
        .into_result()
        .map_err(|problems| locale.count("studio-package-has-errors", problems.len() as i64))?;
    let fetch = |path: String| async move {
        fetch_bytes(&format!("{PLAYER_DIR}{path}"), false)
            .await
            .map_err(|e| fetch_failed(locale, &path, e))
    };
    let worker = fetch(package::WORKER.to_owned()).await?;
    let names = package::player_files(&String::from_utf8_lossy(&worker))
        .map_err(|e| unexpected(locale, &e))?;
    let total = names.len();
    let mut fetched = Vec::with_capacity(total);
    for (i, name) in names.into_iter().enumerate() {
        progress.set(Progress::Fetching(i, total));
        let bytes = fetch(name.clone()).await?;
        fetched.push((name, bytes));
    }
    let readme = locale.text_with(
        "studio-package-readme",
        &[
            (
                "title",
                scenario.title.get(locale.reader()).into_owned().into(),
            ),
            ("id", scenario.id.clone().into()),
            ("file", file.to_owned().into()),
        ],
    );
    let call = Call {
        file,
        text,
        scenario: &scenario,
    };
    let files = package::build(&call, &fetched, &readme).map_err(|e| unexpected(locale, &e))?;
    let zip = zip(&files).map_err(|e| {
        locale.text_with(
            "studio-package-unexpected",
            &[("what", e.to_string().into())],
        )
    })?;
    let name = format!("{}-player.zip", scenario.id);
    save::download_bytes(&name, &zip, "application/zip");
    Ok(Progress::Done(name, zip.len()))
}

fn fetch_failed(locale: &Locale, path: &str, e: FetchError) -> String {
    let reason = match e {
        FetchError::Status(status) => status.to_string(),
        FetchError::Network => locale.text("studio-package-no-answer"),
    };
    locale.text_with(
        "studio-package-fetch-failed",
        &[("file", path.to_owned().into()), ("reason", reason.into())],
    )
}

fn unexpected(locale: &Locale, e: &PackageError) -> String {
    match e {
        PackageError::NotARelease => locale.text("studio-package-not-release"),
        other => locale.text_with(
            "studio-package-unexpected",
            &[("what", other.to_string().into())],
        ),
    }
}

/// `files` as a zip, deflated, with fixed dates: the same files give the same bytes.
pub fn zip(files: &[(String, Vec<u8>)]) -> Result<Vec<u8>, zip::result::ZipError> {
    use std::io::Write;
    use zip::write::SimpleFileOptions;
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .unix_permissions(0o644);
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (path, bytes) in files {
        out.start_file(path.as_str(), options)?;
        out.write_all(bytes)?;
    }
    Ok(out.finish()?.into_inner())
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::zip;

    #[test]
    fn the_zip_holds_each_file_as_given_deflated_and_the_same_files_give_the_same_bytes() {
        let wasm: Vec<u8> = (0..50_000u32).map(|i| (i % 251) as u8).collect();
        let files = vec![
            ("index.html".to_owned(), b"<!doctype html>".to_vec()),
            ("scenarios/my-call.clc".to_owned(), wasm.clone()),
            (
                "README.txt".to_owned(),
                "Zażółć gęślą jaźń".as_bytes().to_vec(),
            ),
        ];
        let bytes = zip(&files).unwrap();
        assert_eq!(bytes, zip(&files).unwrap());
        assert!(
            bytes.len() < wasm.len() / 2,
            "deflated: {} bytes",
            bytes.len()
        );
        let mut archive = ::zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        assert_eq!(archive.len(), files.len());
        for (i, (path, content)) in files.iter().enumerate() {
            let mut file = archive.by_index(i).unwrap();
            assert_eq!(file.name().unwrap(), path.as_str());
            assert_eq!(file.compression(), ::zip::CompressionMethod::Deflated);
            let mut read = Vec::new();
            file.read_to_end(&mut read).unwrap();
            assert_eq!(&read, content);
        }
    }
}
