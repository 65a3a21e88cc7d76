//! Keeping what the trainee must read in view on the call screen: when the replies appear, the
//! customer's newest line is scrolled below anything pinned (the call bar on a phone), with the
//! replies (and, when they fit, the timer controls) brought up to the thumb; when coach feedback
//! opens, the feedback is shown whole. Smooth unless the trainee asked for reduced motion.
//! The call section's `data-placed` then names the move placed for (tests wait for it).
//!
//! A scroll that would stop with the site's header cut in half above the call goes on to the
//! call's top (QA 12 round 3 #10): the page shows the header whole or not at all. The ring screen
//! is placed the same way ([`reveal_ring`]): its card, the caller and "Pick up", in view.
//!
//! Browser calls that `web-sys` does not expose with the features this crate enables
//! (`getBoundingClientRect`, `getComputedStyle`, `scrollTo` with options, `focus` without
//! scrolling) go through `Reflect`, so the crate's feature list stays as it is.

use gloo::events::EventListener;
use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// The space left between a pinned bar (or the viewport's edge) and what is revealed, in px.
const GAP: f64 = 8.0;

fn get(target: &JsValue, key: &str) -> Option<JsValue> {
    Reflect::get(target, &JsValue::from_str(key)).ok()
}

fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Option<JsValue> {
    let f = get(target, method)?.dyn_into::<Function>().ok()?;
    f.apply(target, &args.iter().collect::<Array>()).ok()
}

fn number(target: &JsValue, key: &str) -> Option<f64> {
    get(target, key)?.as_f64()
}

fn options(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o.into()
}

/// Top and bottom of an element in the viewport, in CSS px.
fn rect(el: &web_sys::Element) -> Option<(f64, f64)> {
    let r = call(el, "getBoundingClientRect", &[])?;
    Some((number(&r, "top")?, number(&r, "bottom")?))
}

fn reduced_motion(window: &web_sys::Window) -> bool {
    let chosen = window
        .document()
        .and_then(|d| d.document_element())
        .is_some_and(|root| root.class_list().contains("reduce-motion"));
    let asked = window
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|q| q.matches());
    chosen || asked
}

/// How much of the viewport's top the pinned call bar takes once stuck (0 when nothing is
/// pinned: a desktop, or a viewport too short to pin anything).
fn pinned_height(window: &web_sys::Window, document: &web_sys::Document) -> f64 {
    let Some(bar) = document.query_selector(".call-bar").ok().flatten() else {
        return 0.0;
    };
    let position = call(window, "getComputedStyle", &[bar.clone().into()])
        .and_then(|style| get(&style, "position"))
        .and_then(|p| p.as_string())
        .unwrap_or_default();
    if position == "sticky" || position == "fixed" {
        rect(&bar).map_or(0.0, |(top, bottom)| bottom - top)
    } else {
        0.0
    }
}

/// Scrolls so that `start` is in view below anything pinned and as much as fits of what follows
/// it, up to the first of `ends` that fits (tried in order), sits above the viewport's bottom.
/// Nothing moves when all of it is in view already. The target does not depend on where the
/// page is now, so placing twice lands in the same place. Returns where the page is going (a
/// smooth scroll takes a while), if it moves.
fn show(start: &web_sys::Element, ends: &[web_sys::Element]) -> Option<f64> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let (top, _) = rect(start)?;
    let height = window.inner_height().ok()?.as_f64()?;
    let pinned = pinned_height(&window, &document);
    let fits = |bottom: f64| bottom - top <= height - pinned - 2.0 * GAP;
    let end = ends
        .iter()
        .filter_map(rect)
        .map(|(_, bottom)| bottom)
        .find(|&b| fits(b));
    let here = window.scroll_y().unwrap_or(0.0);
    let call_top = element(&document, "[data-testid=call]")
        .and_then(|c| rect(&c))
        .map(|(call_top, _)| here + call_top);
    // Failing that, the first that fits with no gaps (QA 12 round 3: feedback just the height
    // of the room below a pinned strip): its end goes to the viewport's bottom, so its start is
    // still just below the bar.
    let tight = || {
        ends.iter()
            .filter_map(rect)
            .map(|(_, bottom)| bottom)
            .find(|&b| b - top <= height - pinned)
    };
    let delta = match end.map(|b| (b, GAP)).or_else(|| tight().map(|b| (b, 0.0))) {
        // All of it in view already: leave the page where the trainee has it, unless that is
        // with the header cut in half (then on to the call's top, which keeps all of it in view).
        Some((bottom, _)) if top >= pinned && bottom <= height => match call_top {
            Some(call_top) if snap_to(here, call_top) != here => call_top - here,
            _ => return None,
        },
        // It fits: bring its end to the thumb, the line stays below the bar.
        Some((bottom, gap)) => bottom + gap - height,
        // Too tall for the screen: the line goes to the top, just below the bar.
        None => top - pinned - GAP,
    };
    // Down to the call's top at least: never the header cut in half above the bar. Whatever
    // follows the bar stays below it there, so nothing the target showed is lost.
    let target = match call_top {
        Some(call_top) => snap_to(here + delta, call_top),
        None => here + delta,
    };
    scroll_to(&window, &document, target)
}

/// Where a scroll to `target` should stop so that the part above `top` (the site's header) is
/// shown whole or not at all: at `top` when it would stop part way down it (document px).
fn snap_to(target: f64, top: f64) -> f64 {
    if target > 0.0 && target < top {
        top
    } else {
        target
    }
}

/// Scrolls the page to `target` (document px, clamped to what the page can scroll), smoothly
/// unless the trainee asked for reduced motion. Returns where the page is going.
fn scroll_to(window: &web_sys::Window, document: &web_sys::Document, target: f64) -> Option<f64> {
    let behavior = if reduced_motion(window) {
        "auto"
    } else {
        "smooth"
    };
    let root = document.document_element()?;
    let most = f64::from(root.scroll_height() - root.client_height()).max(0.0);
    let target = target.clamp(0.0, most);
    call(
        window,
        "scrollTo",
        &[options(&[
            ("top", JsValue::from_f64(target)),
            ("behavior", JsValue::from_str(behavior)),
        ])],
    );
    Some(target)
}

/// The ring screen's card (its heading, the caller and "Pick up") in view when the phone rings:
/// nothing moves when it is in view already (a laptop: the header stays); else the card's top
/// goes to the viewport's top, the header scrolled away (a phone in landscape, large text); a
/// card taller than the screen brings its button up to the bottom instead. The last placing
/// (`last`) marks the card `data-placed` once the page is there (tests wait for it): an
/// earlier one's smooth scroll may be cut short by the next, and its end is no sign the page
/// has settled. Returns where the page is going.
pub fn reveal_ring(last: bool) -> Option<f64> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let ring = element(&document, "[data-testid=ringing]")?;
    let button = element(&document, "#pick-up")?;
    let (top, bottom) = rect(&ring)?;
    let (_, button_bottom) = rect(&button)?;
    let height = window.inner_height().ok()?.as_f64()?;
    let here = window.scroll_y().unwrap_or(0.0);
    let target = if top >= 0.0 && bottom <= height {
        None
    } else if bottom - top <= height {
        Some(here + top)
    } else {
        Some(here + button_bottom + GAP - height)
    };
    let target = target.and_then(|t| scroll_to(&window, &document, t));
    let mark = move || {
        let _ = ring.set_attribute("data-placed", "ring");
    };
    let moving = target.is_some_and(|t| (here - t).abs() > 1.0);
    match (last, moving) {
        (false, _) => {}
        (true, true) => EventListener::once(&window, "scrollend", move |_| mark()).forget(),
        (true, false) => mark(),
    }
    target
}

fn last(document: &web_sys::Document, selector: &str) -> Option<web_sys::Element> {
    let all = document.query_selector_all(selector).ok()?;
    all.item(all.length().checked_sub(1)?)?.dyn_into().ok()
}

fn element(document: &web_sys::Document, selector: &str) -> Option<web_sys::Element> {
    document.query_selector(selector).ok().flatten()
}

/// Marks the call section as placed for move `moves` (its turn or its feedback) once the page
/// has got to `target` (at once when it is not moving).
pub fn mark_placed(moves: usize, feedback: bool, target: Option<f64>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let mark = move || {
        let call = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| element(&d, "[data-testid=call]"));
        if let Some(call) = call {
            let what = if feedback { "feedback" } else { "turn" };
            let _ = call.set_attribute("data-placed", &format!("{moves}-{what}"));
        }
    };
    let moving = target.is_some_and(|t| (window.scroll_y().unwrap_or(t) - t).abs() > 1.0);
    if moving {
        EventListener::once(&window, "scrollend", move |_| mark()).forget();
    } else {
        mark();
    }
}

/// After the replies appear: the customer's newest line below anything pinned, then the replies
/// and the timer controls brought up as far as they fit. Returns where the page is going.
pub fn reveal_turn() -> Option<f64> {
    let document = web_sys::window()?.document()?;
    let line = last(&document, "[data-testid=customer-line]")?;
    // The last of the call's tool rows (ending the call), after the replies; the timer's
    // controls above the replies are on the way.
    let ends: Vec<_> = [
        last(&document, ".call-tools"),
        last(&document, "[data-testid=reply]"),
    ]
    .into_iter()
    .flatten()
    .collect();
    show(&line, &ends)
}

/// Coach feedback, whole if it fits, else its beginning below anything pinned. Returns where
/// the page is going.
pub fn reveal_feedback() -> Option<f64> {
    let document = web_sys::window()?.document()?;
    let coach = element(&document, "[data-testid=coach-feedback]")?;
    show(&coach, std::slice::from_ref(&coach))
}

/// Moves the keyboard focus to `id` without scrolling (the page is placed by [`reveal_turn`]
/// or [`reveal_feedback`]).
pub fn focus_quietly(id: &str) {
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    call(
        &el,
        "focus",
        &[options(&[("preventScroll", JsValue::TRUE)])],
    );
}

/// The call's live point while no replies show: the customer's newest line (or the "speaking"
/// sign of a first line) with the pause card (`paused`) or the "speaking" sign below it; the
/// card or sign alone when both do not fit. Returns where the page is going.
pub fn reveal_live(paused: bool) -> Option<f64> {
    let document = web_sys::window()?.document()?;
    let card = element(
        &document,
        if paused {
            "[data-testid=paused]"
        } else {
            "[data-testid=speaking]"
        },
    )?;
    let line = last(&document, "[data-testid=customer-line]").unwrap_or_else(|| card.clone());
    let window = web_sys::window()?;
    let height = window.inner_height().ok()?.as_f64()?;
    let fits = match (rect(&line), rect(&card)) {
        (Some((top, _)), Some((_, bottom))) => {
            bottom - top <= height - pinned_height(&window, &document) - 2.0 * GAP
        }
        _ => false,
    };
    if fits {
        show(&line, std::slice::from_ref(&card))
    } else {
        show(&card, std::slice::from_ref(&card))
    }
}

#[cfg(test)]
mod tests {
    use super::snap_to;

    #[test]
    fn a_scroll_never_stops_with_the_header_cut_in_half() {
        // The call starts 150 px down: a scroll to 78 would show the header's lower half.
        assert_eq!(snap_to(78.0, 150.0), 150.0);
        // At the top (the header whole) or past the call's top: as asked.
        assert_eq!(snap_to(0.0, 150.0), 0.0);
        assert_eq!(snap_to(150.0, 150.0), 150.0);
        assert_eq!(snap_to(400.0, 150.0), 400.0);
    }
}
