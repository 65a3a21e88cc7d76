//! Entry point of the browser build: picks the interface language and mounts the app.

fn main() {
    let initial_lang = calmline::platform::initial_lang();
    yew::Renderer::<calmline::App>::with_props(calmline::AppProps { initial_lang }).render();
}
