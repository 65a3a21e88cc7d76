//! Entry point of the browser build: reads what the browser knows and mounts the app.

fn main() {
    let startup = calmline::platform::startup();
    yew::Renderer::<calmline::App>::with_props(calmline::AppProps { startup }).render();
}
