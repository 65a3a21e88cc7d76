//! The briefing: the situation and the customer, what is scored, the timer mode, coach or exam
//! mode, and the button that starts the call (kept at the bottom of a phone's screen).
//!
//! A trainer's link with `lock=1` fixes the timer and mode it sets: the briefing states them as
//! set by the trainer instead of offering the choice, and the call starts with them whatever
//! the saved settings say. Otherwise the choices start from the trainee's settings, which keep
//! the timer and mode of their last call (remembered when it starts), so another try keeps an
//! exam an exam.

use calmline_engine::TimerMode;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::call::SharedScenario;
use crate::components::choices::{AddressChoice, ModeChoice, TimerChoice};
use crate::components::embed_panel::EmbedPanel;
use crate::components::{use_copy, use_locale, use_title};
use crate::context::use_app;
use crate::link;
use crate::pages::play::last_call;
use crate::platform;
use crate::route::Route;
use crate::settings::Mode;

/// How the trainee wants to take this call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CallChoice {
    /// The reply timer.
    pub timer: TimerMode,
    /// Coach or exam.
    pub mode: Mode,
}

/// Properties of [`Briefing`].
#[derive(Properties, PartialEq)]
pub struct BriefingProps {
    /// The scenario.
    pub scenario: SharedScenario,
    /// A trainer's own file, previewed: nothing of it is remembered, so no last debrief.
    #[prop_or_default]
    pub own: bool,
    /// Starts the call.
    pub on_start: Callback<CallChoice>,
    /// Shows the debrief of the last finished call.
    pub on_show_last: Callback<()>,
}

/// The briefing screen.
#[component]
pub fn Briefing(props: &BriefingProps) -> Html {
    let locale = use_locale();
    let app = use_app();
    let sc = &props.scenario;
    let reader = locale.reader();
    use_title(sc.title.get(reader).into_owned());
    let defaults = app.link.apply(app.settings);
    let choice = use_state(|| CallChoice {
        timer: defaults.timer,
        mode: defaults.mode,
    });
    // What the trainer locked wins over anything chosen here, even before a new link.
    let locked_timer = app.link.locked_timer();
    let locked_mode = app.link.locked_mode();
    let chosen = CallChoice {
        timer: locked_timer.unwrap_or(choice.timer),
        mode: locked_mode.unwrap_or(choice.mode),
    };
    let has_last = use_state(|| false);
    let page_url = use_state(String::new);
    {
        let has_last = has_last.clone();
        let page_url = page_url.clone();
        let sc = sc.clone();
        let own = props.own;
        use_effect_with((), move |_| {
            has_last.set(!own && last_call(&sc).is_some());
            page_url.set(platform::page_url());
        });
    }
    // For trainers: a link to this briefing with the choices made here. Re-sharing a trainer's
    // link keeps its seed (the same call for everybody) and its lock.
    let fixed_seed = use_state(|| app.link.seed);
    let share_lock = use_state(|| app.link.locks_anything());
    {
        let first = use_mut_ref(|| true);
        let (choice, fixed_seed, share_lock) =
            (choice.clone(), fixed_seed.clone(), share_lock.clone());
        let settings = app.settings;
        use_effect_with(app.link.clone(), move |link| {
            // Another trainer's link for this call, opened in the same tab: start from it.
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                let next = link.apply(settings);
                choice.set(CallChoice {
                    timer: next.timer,
                    mode: next.mode,
                });
                fixed_seed.set(link.seed);
                share_lock.set(link.locks_anything());
            }
        });
    }
    let share = link::share(
        &page_url,
        &sc.id,
        locale.lang().code(),
        chosen.timer.id(),
        chosen.mode.id(),
        *fixed_seed,
        *share_lock,
    );
    let checked = |e: Event| {
        e.target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .is_some_and(|i| i.checked())
    };
    let on_fixed = {
        let fixed_seed = fixed_seed.clone();
        let link_seed = app.link.seed;
        Callback::from(move |e: Event| {
            fixed_seed.set(
                checked(e).then(|| link_seed.unwrap_or_else(|| platform::random_seed() % 10_000)),
            );
        })
    };
    let on_share_lock = {
        let share_lock = share_lock.clone();
        Callback::from(move |e: Event| share_lock.set(checked(e)))
    };
    let (copy, copied) = use_copy(share.clone());
    let select_all = Callback::from(|e: FocusEvent| {
        if let Some(input) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.select();
        }
    });
    let show_last = props.on_show_last.reform(|_: MouseEvent| ());
    // A Polish call needs the trainee's form of address: asked here the first time, kept in
    // the settings (where it can be changed), and the question stays on screen once asked.
    let needs_address = locale.lang() == crate::i18n::Lang::Pl && app.settings.address.is_none();
    // Pressing Start before choosing is answered, never ignored: the hint is announced and
    // focus goes to the choice (the button is only aria-disabled, so it can be pressed).
    let nudged = use_state(|| false);
    let start = {
        let on_start = props.on_start.clone();
        let nudged = nudged.clone();
        // The trainee's choice is remembered for the next briefing (not what a link set).
        let remembered = app.link.remember(app.settings, chosen.timer, chosen.mode);
        let changed = remembered != app.settings;
        let set_settings = app.set_settings.clone();
        Callback::from(move |_: MouseEvent| {
            if needs_address {
                nudged.set(true);
                crate::platform::focus("address-pan");
            } else {
                if changed {
                    set_settings.emit(remembered);
                }
                on_start.emit(chosen);
            }
        })
    };
    let asked_address = use_mut_ref(|| false);
    if needs_address {
        *asked_address.borrow_mut() = true;
    }
    let ask_address = *asked_address.borrow();
    let on_address = {
        let set = app.set_settings.clone();
        let settings = app.settings;
        Callback::from(move |a| {
            set.emit(crate::settings::Settings {
                address: Some(a),
                ..settings
            })
        })
    };
    let record = app.progress.get(&sc.id);

    let on_timer = {
        let choice = choice.clone();
        Callback::from(move |timer| choice.set(CallChoice { timer, ..*choice }))
    };
    let on_mode = {
        let choice = choice.clone();
        Callback::from(move |mode| choice.set(CallChoice { mode, ..*choice }))
    };

    // The customer's type agrees with the customer named beside it (Polish "Klientka
    // podnosząca głos" for a woman; QA round 2, mi12).
    let customer_type = locale.text_with(
        &format!("customer-{}", sc.customer_type.id()),
        &[("presentation", sc.customer.face.presentation.id().into())],
    );
    html! {
        <section class="briefing" aria-labelledby="briefing-heading" data-testid="briefing">
            <nav class="crumbs"><a href={Route::Catalog.href()}>{ locale.text("back-to-catalog") }</a></nav>
            <p class="eyebrow">{ locale.text("briefing-eyebrow") }</p>
            <h1 id="briefing-heading">{ sc.title.get(reader).into_owned() }</h1>
            <div class="briefing-grid">
                <div class="briefing-main">
                    <h2>{ locale.text("briefing-situation") }</h2>
                    <p class="lead">{ sc.summary.get(reader).into_owned() }</p>
                    <dl class="facts">
                        <dt>{ locale.text("briefing-customer") }</dt>
                        <dd>{ sc.customer.name.get(reader).into_owned() }{ " · " }{ customer_type }</dd>
                        <dt>{ locale.text("briefing-difficulty") }</dt>
                        <dd>{ locale.text(&format!("difficulty-{}", sc.difficulty.id())) }</dd>
                        <dt>{ locale.text("briefing-length") }</dt>
                        <dd>{ locale.count("minutes", i64::from(sc.minutes)) }</dd>
                        <dt>{ locale.text("briefing-pass-mark") }</dt>
                        <dd>{ locale.count("points", i64::from(sc.pass_mark)) }</dd>
                    </dl>
                    <h2>{ locale.text("briefing-scored") }</h2>
                    <ul class="chips">
                        { for sc.skills.iter().map(|s| html! {
                            <li class="chip">{ locale.text(&format!("skill-{}", s.id())) }</li>
                        }) }
                    </ul>
                    <h2>{ locale.text("briefing-techniques") }</h2>
                    <ul class="chips chips-quiet">
                        { for sc.techniques.iter().map(|t| html! {
                            <li class="chip">{ locale.text(&format!("technique-{}", t.id())) }</li>
                        }) }
                    </ul>
                    if let Some(r) = record {
                        <p class="card-record" data-testid="briefing-record">
                            { match r.best {
                                Some(best) => locale.text_with("card-best", &[("score", i64::from(best).into())]),
                                None => locale.text("card-best-reset"),
                            } }
                            { " · " }{ locale.count("card-completions", i64::from(r.completions)) }</p>
                    }
                </div>
                <div class="briefing-side">
                    if locked_timer.is_some() || locked_mode.is_some() {
                        <section class="locked" aria-labelledby="locked-heading" data-testid="locked-choices">
                            <h2 id="locked-heading">{ locale.text("briefing-locked-heading") }</h2>
                            <dl>
                                if let Some(t) = locked_timer {
                                    <dt>{ locale.text("timer-heading") }</dt>
                                    <dd data-testid="locked-timer" data-value={t.id()}>
                                        <span class="option-title">{ locale.text(&format!("timer-{}", t.id())) }</span>
                                        <span class="option-hint">{ locale.text(&format!("timer-{}-hint", t.id())) }</span>
                                    </dd>
                                }
                                if let Some(m) = locked_mode {
                                    <dt>{ locale.text("mode-heading") }</dt>
                                    <dd data-testid="locked-mode" data-value={m.id()}>
                                        <span class="option-title">{ locale.text(&format!("mode-{}", m.id())) }</span>
                                        <span class="option-hint">{ locale.text(&format!("mode-{}-hint", m.id())) }</span>
                                    </dd>
                                }
                            </dl>
                            <p class="hint">{ locale.text("briefing-locked-hint") }</p>
                        </section>
                    }
                    if locked_timer.is_none() {
                        <TimerChoice value={chosen.timer} on_change={on_timer} />
                    }
                    if locked_mode.is_none() {
                        <ModeChoice value={chosen.mode} on_change={on_mode} />
                    }
                    if ask_address {
                        <AddressChoice value={app.settings.address} on_change={on_address} />
                    }
                    <p class="hint">{ locale.text("briefing-keys-hint") }</p>
                    // After the choices in reading and tab order; a phone keeps it at the bottom
                    // of the screen (styles/briefing.css), so it is reachable without scrolling.
                    <div class="start-bar" data-testid="start-bar">
                        if needs_address {
                            <p class={classes!("hint", (*nudged).then_some("is-nudged"))} id="address-needed"
                               data-testid="address-needed" role={(*nudged).then_some("alert")}>
                                { locale.text("address-needed") }
                            </p>
                        }
                        <button type="button" class="button button-primary button-large"
                                data-testid="start-call" onclick={start}
                                aria-disabled={needs_address.then_some("true")}
                                aria-describedby={needs_address.then_some("address-needed")}>
                            { locale.text("briefing-start") }
                        </button>
                    </div>
                    // Trainers share from the public site; a learner in an LMS launch has
                    // nothing to share (the link would carry the launch).
                    if app.link.lms.is_none() {
                    <details class="share" data-testid="share">
                        <summary>{ locale.text("share-heading") }</summary>
                        <p class="hint">{ locale.text("share-hint") }</p>
                        <label class="toggle">
                            <input type="checkbox" checked={fixed_seed.is_some()} onchange={on_fixed}
                                   data-testid="share-same-call" />
                            <span>{ locale.text("share-same-call") }</span>
                        </label>
                        <label class="toggle">
                            <input type="checkbox" checked={*share_lock} onchange={on_share_lock}
                                   data-testid="share-lock" />
                            <span>{ locale.text("share-lock") }</span>
                        </label>
                        <label for="share-link" class="visually-hidden">{ locale.text("share-link-label") }</label>
                        <input id="share-link" type="text" readonly=true value={share.clone()}
                               data-testid="share-link" onfocus={select_all} />
                        <div class="share-copy">
                            <button type="button" class="button" data-testid="share-copy" onclick={copy}>
                                { locale.text("share-copy") }
                            </button>
                            <span role="status" data-testid="share-copied">
                                { match copied {
                                    Some(true) => locale.text("share-copied"),
                                    Some(false) => locale.text("share-copy-failed"),
                                    None => String::new(),
                                } }
                            </span>
                        </div>
                        <EmbedPanel link={share.clone()} title={sc.title.get(reader).into_owned()} />
                    </details>
                    }
                    if *has_last {
                        <button type="button" class="button button-quiet" data-testid="show-last"
                                onclick={show_last}>
                            { locale.text("briefing-last-debrief") }
                        </button>
                    }
                </div>
            </div>
        </section>
    }
}
