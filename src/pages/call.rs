//! The call screen: the customer's face and mood, the conversation so far, the countdown, the
//! replies (the number keys choose), pause, more time and ending the call. Coach mode shows the
//! feedback on each move before the next reply.
//!
//! The reply clock lives in [`Call`]; this screen only reads the page's clock on a short
//! interval to redraw the countdown and to report that time is up. The tab being hidden pauses
//! the clock. New customer lines arrive in a live region; a timer warning is announced once.
//!
//! Layout: one compact bar (face, name, mood, call clock, reply timer) that a phone pins to the
//! top, the conversation, the timer's controls (more time, pause: reachable without scrolling
//! past the replies), the replies, then ending the call by the thumb. When the replies appear,
//! [`reveal`] scrolls the customer's newest line into view below the bar and brings the replies
//! up as far as they fit.
//!
//! A call that feels like one: the phone rings first ([`ring`]), the call clock runs from the
//! pick-up ([`clock`]), each customer line is said before the replies come ([`deliver`],
//! [`sound`]), the voice is offered once ([`voice_offer`]) and the end of the call is a moment
//! of its own before the debrief ([`hangup`]).

mod clock;
mod deliver;
mod feedback;
mod hangup;
pub mod hold;
mod keys;
mod lines;
mod reveal;
pub mod ring;
mod sound;
mod voice_offer;

use calmline_engine::run::wording_text;
use calmline_engine::{TimerMode, timer};
use gloo::events::EventListener;
use gloo::timers::callback::{Interval, Timeout};
use yew::prelude::*;

use self::clock::CallClock;
use self::hangup::HangUp;
pub use self::lines::line_text;
use self::voice_offer::VoiceOffer;

use crate::call::{Call, CallAction, NoExtension};
use crate::components::countdown::{Countdown, TimerControls};
use crate::components::portrait::{MoodMeter, Portrait};
use crate::components::{use_locale, use_title};
use crate::context::use_app;
use crate::platform;

/// Properties of [`CallScreen`].
#[derive(Properties, PartialEq)]
pub struct CallScreenProps {
    /// The call.
    pub call: Call,
    /// Moves and controls.
    pub on_action: Callback<CallAction>,
    /// Goes on from the ended call to its debrief.
    #[prop_or_default]
    pub on_debrief: Callback<Call>,
}

/// The call screen.
#[component]
pub fn CallScreen(props: &CallScreenProps) -> Html {
    let locale = use_locale();
    let app = use_app();
    let call = &props.call;
    let sc = &call.scenario;
    let lang = locale.lang();
    let reader = locale.reader();
    // The page clock as last read; 0 before the first effect (the countdown then shows the
    // whole time), because rendering never reads the browser.
    let now = use_state(|| 0.0_f64);
    let confirm_end = use_state(|| false);
    use_title(locale.text_with(
        "call-heading",
        &[("name", sc.customer.name.get(reader).into_owned().into())],
    ));

    // Redraw the countdown while the clock runs, and report when time is up.
    {
        let now = now.clone();
        let on_action = props.on_action.clone();
        use_effect_with(call.clone(), move |call| {
            now.set(platform::now_ms());
            let interval = (call.clock.is_running() && call.limit_ms().is_some()).then(|| {
                let call = call.clone();
                Interval::new(200, move || {
                    let t = platform::now_ms();
                    now.set(t);
                    if call.remaining_ms(t) == Some(0) {
                        on_action.emit(CallAction::Expire { now: t });
                    }
                })
            });
            move || drop(interval)
        });
    }

    // A hidden tab stops the clock.
    {
        let on_action = props.on_action.clone();
        use_effect_with((), move |_| {
            let on_action_now = on_action.clone();
            on_action_now.emit(CallAction::SetHidden {
                hidden: platform::is_hidden(),
                now: platform::now_ms(),
            });
            let listener = web_sys::window()
                .and_then(|w| w.document())
                .map(|document| {
                    EventListener::new(&document, "visibilitychange", move |_| {
                        on_action.emit(CallAction::SetHidden {
                            hidden: platform::is_hidden(),
                            now: platform::now_ms(),
                        });
                    })
                });
            move || {
                drop(listener);
                platform::stop_speaking();
            }
        });
    }

    let replies = call.replies();

    // The number keys choose the reply shown at that position; not while the trainee is deciding
    // whether to end the call.
    keys::use_reply_keys(
        call.accepts_replies() && !*confirm_end,
        replies.clone(),
        props.on_action.clone(),
    );

    // Focus follows the call: the feedback's button in coach mode, else the replies.
    let moves = call.state.history().len();
    // The page is placed a task later, once the screen is drawn, and placed again shortly after
    // (on a new screen twice more), since the screen's own start, which scrolls to the top, may
    // come after the first; placing is idempotent, so a later one changes nothing when the first
    // held. The last one marks the call section as placed once the scrolling ends.
    let first_placing = use_mut_ref(|| true);
    // A call that has just ended shows its hang-up moment, which takes the focus: no placing.
    let ended = call.is_over() && !call.feedback_open;
    // While the customer speaks, the "speaking" sign and its skip button are placed instead.
    let speaking = call.speaking && !call.feedback_open;
    use_effect_with(
        (moves, call.feedback_open, call.paused, ended, speaking),
        move |&(moves, feedback, paused, ended, speaking)| {
            let place = move || {
                if feedback {
                    reveal::reveal_feedback()
                } else {
                    reveal::reveal_turn()
                }
            };
            let delays: &[u32] = if std::mem::replace(&mut *first_placing.borrow_mut(), false) {
                &[0, 150, 500]
            } else {
                &[0, 150]
            };
            let placing = if ended {
                Vec::new()
            } else if paused || speaking {
                // A resumed or paused call opens at its live point: the newest line and the
                // pause card; a line being said shows its sign.
                reveal::focus_quietly(if paused {
                    "resume-call"
                } else {
                    "skip-speaking"
                });
                delays
                    .iter()
                    .map(|&ms| {
                        Timeout::new(ms, move || {
                            reveal::reveal_live(paused);
                        })
                    })
                    .collect()
            } else {
                reveal::focus_quietly(if feedback { "continue-call" } else { "replies" });
                let last = delays.len() - 1;
                delays
                    .iter()
                    .enumerate()
                    .map(|(i, &ms)| {
                        Timeout::new(ms, move || {
                            let target = place();
                            if i == last {
                                reveal::mark_placed(moves, feedback, target);
                            }
                        })
                    })
                    .collect()
            };
            move || drop(placing)
        },
    );

    let transcript = call.transcript();
    let (said, saying) = transcript.split_at(deliver::shown_lines(&transcript, call.speaking));
    let saying_text = saying
        .iter()
        .map(|&l| line_text(&locale, call, l))
        .collect::<Vec<_>>()
        .join(" ");
    deliver::use_delivery(
        call,
        saying_text,
        app.settings.voice,
        lang,
        props.on_action.clone(),
    );
    // The warning text appears in a live region when time runs short and stays until the next
    // turn, so it is announced once per turn.
    let remaining = call.remaining_ms(*now);
    let warning = match (call.limit_ms(), remaining) {
        (Some(limit), Some(remaining)) => timer::is_warning(limit, limit - remaining),
        _ => false,
    };

    // The question "end the call now?" takes the focus when it opens.
    use_effect_with(*confirm_end, |open| {
        if *open {
            platform::focus("confirm-end-yes");
        }
    });

    let turn = call.state.turn();
    let emotion = turn.map_or(calmline_engine::model::Emotion::Neutral, |t| {
        sc.turn(t).emotion
    });
    let mood = call.state.mood(sc);
    let name = sc.customer.name.get(reader).into_owned();

    let on_extend = props.on_action.reform(|()| CallAction::Extend {
        now: platform::now_ms(),
    });
    // "More time" only while the reply clock runs, so that it can never be banked; the reason it
    // is unavailable is given to screen readers. (Before the first effect `now` is 0, which only
    // makes the button look available for that first render.)
    let no_extension = call.extension(*now).err().map(|why| match why {
        NoExtension::UsedUp => locale.text("timer-more-used-up"),
        NoExtension::Untimed | NoExtension::Stopped | NoExtension::TimeUp => {
            locale.text("timer-more-stopped")
        }
    });
    let on_pause = props
        .on_action
        .reform(|paused: bool| CallAction::SetPaused {
            paused,
            now: platform::now_ms(),
        });
    let resume = props
        .on_action
        .reform(|_: MouseEvent| CallAction::SetPaused {
            paused: false,
            now: platform::now_ms(),
        });
    let ask_end = {
        let confirm_end = confirm_end.clone();
        Callback::from(move |_: MouseEvent| confirm_end.set(true))
    };
    let keep_talking = {
        let confirm_end = confirm_end.clone();
        Callback::from(move |_: MouseEvent| confirm_end.set(false))
    };
    let end_now = props.on_action.reform(|_: MouseEvent| CallAction::EndCall {
        now: platform::now_ms(),
    });

    let log = lines::transcript_items(&locale, call, said, &name);

    let feedback = call
        .feedback_open
        .then(|| feedback::coach_feedback(&locale, call, &props.on_action))
        .flatten();

    let reply_buttons = replies.iter().enumerate().map(|(i, &r)| {
        let reply_turn = turn.expect("replies only at a turn");
        let onclick = props
            .on_action
            .reform(move |_: MouseEvent| CallAction::Choose {
                reply: r,
                now: platform::now_ms(),
            });
        // A new button for every move, so that nothing of the last tap (focus, a touch screen's
        // hover) carries over to the reply now under the finger.
        html! {
            <li key={format!("{moves}-{r}")}>
                <button type="button" class="reply" data-testid="reply"
                        aria-keyshortcuts={(i + 1).to_string()} {onclick}>
                    <kbd class="reply-key" aria-hidden="true">{ i + 1 }</kbd>
                    <span class="reply-text">{ wording_text(sc, call.state.deal(), reply_turn, r).get(reader).into_owned() }</span>
                </button>
            </li>
        }
    });

    let show_replies = call.accepts_replies() && turn.is_some();
    let timed = call.state.timer() != TimerMode::Off && !call.is_over();
    let over = call.is_over();
    let skip = props
        .on_action
        .reform(|_: MouseEvent| CallAction::Delivered {
            now: platform::now_ms(),
        });

    html! {
        <section class="call" aria-labelledby="call-heading" data-testid="call">
            <h1 id="call-heading" class="visually-hidden">
                { locale.text_with("call-heading", &[("name", name.clone().into())]) }
            </h1>
            <div class={classes!("call-bar", speaking.then_some("is-speaking"))} data-testid="call-bar">
                <Portrait name={name.clone()} {mood} {emotion} face={sc.customer.face} />
                <div class="call-status">
                    // The name is in the portrait's label and the heading already.
                    <p class="call-name" aria-hidden="true">{ name.clone() }</p>
                    <p class="call-title">{ sc.title.get(reader).into_owned() }</p>
                    <MoodMeter {mood} short=true />
                    <p class="call-emotion">{ locale.text_with("call-tone", &[("emotion", locale.text(&format!("emotion-{}", emotion.id())).into())]) }</p>
                </div>
                <div class="call-clocks">
                    <CallClock clock={call.call_clock} />
                    <Countdown remaining_ms={remaining} limit_ms={call.limit_ms()} {warning} ended={over} />
                </div>
            </div>
            <div class="visually-hidden" aria-live="assertive" data-testid="timer-announcement">
                // Only while the reply clock runs: not on hold, paused or after the turn.
                if warning && call.clock.is_running() {
                    { locale.text("timer-warning") }
                }
            </div>
            <VoiceOffer />
            <div role="log" aria-live="polite" aria-label={locale.text("call-transcript")}>
                <ol class="transcript">{ log }</ol>
            </div>
            if speaking && !over {
                <div class="speaking" data-testid="speaking">
                    <p id="speaking-text" class="speaking-text">
                        <span class="speaking-dots" aria-hidden="true"><span></span><span></span><span></span></span>
                        { locale.text_with("call-speaking", &[("name", name.clone().into())]) }
                    </p>
                    <button type="button" id="skip-speaking" class="button button-quiet" data-testid="skip-speaking"
                            aria-describedby="speaking-text" onclick={skip}>{ locale.text("call-speaking-skip") }</button>
                </div>
            }
            if call.paused && !over {
                <div class="paused-panel" data-testid="paused">
                    <h2>{ locale.text("call-paused-title") }</h2>
                    <p>{ locale.text("call-paused-body") }</p>
                    <button type="button" id="resume-call" class="button button-primary"
                            data-testid="resume" onclick={resume}>{ locale.text("call-resume") }</button>
                </div>
            }
            { for feedback }
            if over && !call.feedback_open {
                <HangUp call={call.clone()} on_debrief={props.on_debrief.clone()} />
            }
            if timed {
                <div class="call-tools call-timer-tools" data-testid="timer-tools">
                    <TimerControls {timed} {no_extension} paused={call.paused} {on_extend} {on_pause} />
                </div>
            }
            if show_replies {
                <div class="replies-wrap">
                    <h2 id="replies" class="replies-heading" tabindex="-1">{ locale.text("call-your-reply") }</h2>
                    <ul class="replies" aria-labelledby="replies">
                        { for reply_buttons }
                    </ul>
                </div>
            }
            // The hold button by the replies, or the on-hold panel in their place (helper D).
            <hold::HoldControls call={call.clone()} on_action={props.on_action.clone()} />
            if !over {
                <div class="call-tools">
                    if *confirm_end {
                        <div class="confirm-end" role="group" aria-label={locale.text("call-end-confirm")}>
                            <p>{ locale.text("call-end-confirm") }</p>
                            <button type="button" id="confirm-end-yes" class="button button-danger" data-testid="confirm-end"
                                    onclick={end_now}>{ locale.text("call-end-yes") }</button>
                            <button type="button" class="button button-quiet"
                                    onclick={keep_talking}>{ locale.text("call-end-no") }</button>
                        </div>
                    } else {
                        <button type="button" class="button button-danger end-call" data-testid="end-call"
                                onclick={ask_end}>{ locale.text("call-end") }</button>
                    }
                </div>
            }
        </section>
    }
}
