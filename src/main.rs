//! Entry point of the browser build: reads what the browser knows, fetches what the first
//! render needs (`calmline::boot`) and mounts the app.

fn main() {
    let startup = calmline::platform::startup();
    wasm_bindgen_futures::spawn_local(async move {
        match calmline::boot::prepare(startup).await {
            Ok(props) => {
                // Out before the app's first render, so no element id is found twice; the
                // keyboard stays where the trainee had it on the prerendered screen.
                let focus = calmline::app::boot_focus();
                calmline::app::remove_boot_sign();
                yew::Renderer::<calmline::App>::with_props(props).render();
                if let Some(place) = focus {
                    calmline::app::restore_boot_focus(place);
                }
            }
            Err(_) => calmline::platform::boot_failed(),
        }
    });
}
