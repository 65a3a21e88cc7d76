//! `prerender <index.clc> <out-dir>`: writes `<screen>-<lang>.html` for every first screen and
//! language (src/prerender.rs); run by `cargo xtask dist`.

#[cfg(not(target_arch = "wasm32"))]
#[tokio::main(flavor = "current_thread")]
async fn main() {
    use calmline::i18n::Lang;
    use calmline::prerender::{FirstScreen, render};

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
}

#[cfg(target_arch = "wasm32")]
fn main() {}
