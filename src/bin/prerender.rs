//! `prerender <index.clc> <out-dir>`: writes `<screen>-<lang>.html` for every first screen and
//! language, and `call-<id>-<lang>.html` for the briefing of every call of the catalog (its
//! compiled file next to the index), in `<out-dir>` (src/prerender.rs); run by `cargo xtask
//! dist`.

#[cfg(not(target_arch = "wasm32"))]
#[tokio::main(flavor = "current_thread")]
async fn main() {
    use calmline::i18n::Lang;
    use calmline::prerender::{FirstScreen, render, render_call};

    let args: Vec<String> = std::env::args().skip(1).collect();
    let [index, out] = args.as_slice() else {
        eprintln!("usage: prerender <scenarios/index.clc> <out-dir>");
        std::process::exit(2);
    };
    let fail = |what: String| -> ! {
        eprintln!("prerender: {what}");
        std::process::exit(1);
    };
    let bytes = std::fs::read(index).unwrap_or_else(|e| fail(format!("reading {index}: {e}")));
    std::fs::create_dir_all(out).unwrap_or_else(|e| fail(format!("creating {out}: {e}")));
    for lang in Lang::ALL {
        for screen in FirstScreen::ALL {
            let html = render(lang, screen, &bytes)
                .await
                .unwrap_or_else(|e| fail(format!("{index}: {e}")));
            let path =
                std::path::Path::new(out).join(format!("{}-{}.html", screen.name(), lang.code()));
            std::fs::write(&path, html)
                .unwrap_or_else(|e| fail(format!("writing {}: {e}", path.display())));
        }
    }
    let entries = calmline_engine::compiled::catalog_from_bytes(&bytes)
        .unwrap_or_else(|_| fail(format!("{index}: the catalog cannot be read")));
    let dir = std::path::Path::new(index)
        .parent()
        .unwrap_or(std::path::Path::new("."));
    for entry in entries {
        let file = dir.join(calmline_engine::compiled::file_name(&entry.id));
        let call = std::fs::read(&file)
            .unwrap_or_else(|e| fail(format!("reading {}: {e}", file.display())));
        for lang in Lang::ALL {
            let html = render_call(lang, &bytes, &entry.id, &call)
                .await
                .unwrap_or_else(|e| fail(e));
            let path =
                std::path::Path::new(out).join(format!("call-{}-{}.html", entry.id, lang.code()));
            std::fs::write(&path, html)
                .unwrap_or_else(|e| fail(format!("writing {}: {e}", path.display())));
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
