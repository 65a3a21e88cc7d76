//! Elements whose size or position comes from data (a mood bar's width, a score marker's place)
//! without a `style` attribute.
//!
//! The site's Content Security Policy allows no inline styles (no 'unsafe-inline'), and a
//! `style="…"` attribute written by the app is one. Values set through the CSSOM
//! (`element.style.setProperty`) are allowed, so [`Styled`] renders its element plain and sets
//! the properties in an effect; CSS transitions on them keep working.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Properties of [`Styled`].
#[derive(Properties, PartialEq)]
pub struct StyledProps {
    /// The element's tag (`span`, `div`).
    #[prop_or(AttrValue::Static("span"))]
    pub tag: AttrValue,
    /// Its classes.
    #[prop_or_default]
    pub class: Classes,
    /// CSS properties to set (`width`, `--done`) with their values.
    pub style: Vec<(&'static str, String)>,
}

/// An empty element with `style` set through the CSSOM.
#[component]
pub fn Styled(props: &StyledProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(props.style.clone(), move |style| {
            if let Some(el) = node.cast::<web_sys::Element>()
                && let Ok(el) = el.dyn_into::<web_sys::HtmlElement>()
            {
                let css = el.style();
                for (name, value) in style {
                    let _ = css.set_property(name, value);
                }
            }
        });
    }
    html! { <@{props.tag.to_string()} ref={node} class={props.class.clone()} /> }
}
