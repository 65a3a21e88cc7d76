//! Playing calls: inputs, events, timers, triggers, ending the call, the debrief and saves.

use calmline_engine::model::{Grade, Outcome, TurnIx};
use calmline_engine::run::{Choice, Rejection, offer};
use calmline_engine::save::{self, SaveError};
use calmline_engine::score::{debrief, scorecard};
use calmline_engine::{Event, Input, Lang, Scenario, State, TimerMode, step, validate};

fn shouter() -> Scenario {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/late-delivery-v1.toml"
    ))
    .expect("read");
    validate("shouter-late-delivery.toml", &bytes)
        .into_result()
        .expect("valid")
}

fn start(sc: &Scenario, seed: u64, timer: TimerMode) -> (State, Vec<Event>) {
    step(
        sc,
        &State::new(),
        Input::Start {
            seed,
            deal: seed,
            timer,
        },
    )
}

/// Lets the reply timer run out after `extensions` "more time" actions.
fn time_out(sc: &Scenario, state: &State, extensions: u8) -> (State, Vec<Event>) {
    step(
        sc,
        state,
        Input::TimerExpired {
            extensions,
            pauses: 0,
        },
    )
}

/// Chooses the reply with this id at the current turn.
fn say(sc: &Scenario, state: &State, id: &str) -> (State, Vec<Event>) {
    let turn = state.turn().expect("call is on");
    let reply = sc
        .turn(turn)
        .replies
        .iter()
        .position(|r| r.id == id)
        .unwrap_or_else(|| panic!("no reply {id}"));
    step(
        sc,
        state,
        Input::Choose {
            reply: reply as u8,
            elapsed_ms: 4_321,
            extensions: 0,
            pauses: 0,
        },
    )
}

fn turn_id(sc: &Scenario, state: &State) -> String {
    state
        .turn()
        .map(|t| sc.turn(t).id.clone())
        .unwrap_or_default()
}

#[test]
fn starting_a_call_shows_the_first_line_and_the_replies_with_the_modes_time_limit() {
    let sc = shouter();
    let (state, events) = start(&sc, 3, TimerMode::Strict);
    assert_eq!(turn_id(&sc, &state), "opening");
    assert!(matches!(
        events[0],
        Event::CustomerSpeaks {
            turn: TurnIx(0),
            ..
        }
    ));
    let Event::Offer(offer) = &events[1] else {
        panic!("{events:?}")
    };
    assert_eq!(offer.limit_ms, Some(15_000), "25 s at 60 %");
    let mut offered = offer.replies.clone();
    offered.sort_unstable();
    assert_eq!(offered, vec![0, 1, 2, 3]);
    let (_, events) = start(&sc, 3, TimerMode::Off);
    assert!(
        events
            .iter()
            .any(|e| matches!(e, Event::Offer(o) if o.limit_ms.is_none()))
    );
}

#[test]
fn the_same_seed_gives_the_same_call_and_seeds_vary_lines_and_reply_order() {
    let sc = shouter();
    assert_eq!(
        start(&sc, 77, TimerMode::Standard),
        start(&sc, 77, TimerMode::Standard)
    );
    let mut orders = std::collections::HashSet::new();
    let mut variants = std::collections::HashSet::new();
    for seed in 0..40 {
        let (state, events) = start(&sc, seed, TimerMode::Standard);
        orders.insert(offer(&sc, &state).expect("offer").replies);
        if let Event::CustomerSpeaks { variant, .. } = events[0] {
            variants.insert(variant);
        }
    }
    assert!(
        orders.len() > 5,
        "reply order should vary with the seed: {orders:?}"
    );
    assert_eq!(variants.len(), 2, "both opening lines should appear");
}

#[test]
fn the_line_variant_of_a_turn_stays_the_same_for_the_whole_call() {
    let sc = shouter();
    let (state, first) = start(&sc, 9, TimerMode::Standard);
    let (state, _) = time_out(&sc, &state, 0);
    let (_, resumed) = step(&sc, &state, Input::Resume);
    assert_eq!(first[0], resumed[0]);
}

#[test]
fn inputs_that_do_not_fit_are_rejected_and_change_nothing() {
    let sc = shouter();
    let fresh = State::new();
    let (same, events) = step(
        &sc,
        &fresh,
        Input::Choose {
            reply: 0,
            elapsed_ms: 1,
            extensions: 0,
            pauses: 0,
        },
    );
    assert_eq!(
        (same, events),
        (fresh.clone(), vec![Event::Rejected(Rejection::NotStarted)])
    );

    let (state, _) = start(&sc, 1, TimerMode::Off);
    let (same, events) = time_out(&sc, &state, 0);
    assert_eq!(
        (&same, events),
        (&state, vec![Event::Rejected(Rejection::NoTimer)])
    );
    let (_, events) = step(
        &sc,
        &state,
        Input::Choose {
            reply: 9,
            elapsed_ms: 1,
            extensions: 0,
            pauses: 0,
        },
    );
    assert_eq!(events, vec![Event::Rejected(Rejection::NotOffered)]);
    let (_, events) = step(
        &sc,
        &state,
        Input::Start {
            seed: 2,
            deal: 2,
            timer: TimerMode::Off,
        },
    );
    assert_eq!(events, vec![Event::Rejected(Rejection::AlreadyStarted)]);

    // `repeat-guarantee` is only offered after the over-promise.
    let (state, _) = say(&sc, &state, "let-vent");
    let (state, _) = say(&sc, &state, "paraphrase");
    let (state, _) = say(&sc, &state, "own-mistake");
    let guarantee = sc
        .turn(state.turn().unwrap())
        .replies
        .iter()
        .position(|r| r.id == "repeat-guarantee")
        .unwrap();
    assert!(
        !offer(&sc, &state)
            .unwrap()
            .replies
            .contains(&(guarantee as u8))
    );
    let (same, events) = step(
        &sc,
        &state,
        Input::Choose {
            reply: guarantee as u8,
            elapsed_ms: 1,
            extensions: 0,
            pauses: 0,
        },
    );
    assert_eq!(
        (&same, events),
        (&state, vec![Event::Rejected(Rejection::NotOffered)])
    );

    let (ended, _) = step(
        &sc,
        &state,
        Input::EndCall {
            elapsed_ms: 1,
            extensions: 0,
            pauses: 0,
        },
    );
    let (_, events) = step(
        &sc,
        &ended,
        Input::Choose {
            reply: 0,
            elapsed_ms: 1,
            extensions: 0,
            pauses: 0,
        },
    );
    assert_eq!(events, vec![Event::Rejected(Rejection::Ended)]);
}

#[test]
fn a_reply_reports_its_grade_and_the_mood_change_then_the_next_turn() {
    let sc = shouter();
    let (state, _) = start(&sc, 1, TimerMode::Standard);
    let (state, events) = say(&sc, &state, "let-vent");
    assert!(matches!(
        events[0],
        Event::Replied {
            grade: Grade::Best,
            ..
        }
    ));
    assert_eq!(events[1], Event::MoodChanged { from: 20, to: 32 });
    assert!(matches!(events[2], Event::CustomerSpeaks { .. }));
    assert!(matches!(events[3], Event::Offer(_)));
    assert_eq!(turn_id(&sc, &state), "vent");
    assert_eq!(
        state.history()[0].elapsed_ms,
        4_300,
        "kept to a tenth of a second"
    );
}

#[test]
fn a_mood_threshold_trigger_sends_the_call_to_the_supervisor_demand() {
    let sc = shouter();
    let (state, _) = start(&sc, 1, TimerMode::Standard);
    let (state, events) = say(&sc, &state, "calm-down");
    let trigger = sc
        .triggers
        .iter()
        .position(|t| t.id == "wants-a-supervisor")
        .unwrap() as u8;
    assert!(events.contains(&Event::Triggered { trigger }));
    assert_eq!(turn_id(&sc, &state), "supervisor-demand");
}

#[test]
fn silence_keeps_the_customer_waiting_until_patience_runs_out() {
    let sc = shouter();
    let (state, _) = start(&sc, 1, TimerMode::Standard);
    let (state, events) = time_out(&sc, &state, 0);
    assert_eq!(events[0], Event::TimedOut { turn: TurnIx(0) });
    assert!(events.contains(&Event::CustomerWaits { turn: TurnIx(0) }));
    assert!(
        !events
            .iter()
            .any(|e| matches!(e, Event::CustomerSpeaks { .. })),
        "the line is not repeated"
    );
    assert!(matches!(events.last(), Some(Event::Offer(_))));
    assert_eq!(state.history()[0].elapsed_ms, 25_000);
    assert_eq!(state.silences(), 1);
    // The second silence drops the mood below 5: the customer slams the phone down.
    let (state, events) = time_out(&sc, &state, 0);
    assert!(matches!(
        events.last(),
        Some(Event::Ended {
            outcome: Outcome::CustomerHungUp,
            ..
        })
    ));
    assert_eq!(sc.ending(state.ending().unwrap()).id, "customer-hung-up");
}

#[test]
fn ending_the_call_applies_the_hang_up_rule() {
    let sc = shouter();
    let (state, _) = start(&sc, 1, TimerMode::Standard);
    let (state, events) = step(
        &sc,
        &state,
        Input::EndCall {
            elapsed_ms: 900,
            extensions: 0,
            pauses: 0,
        },
    );
    assert_eq!(events[0], Event::AgentEndedCall { rule: 0 });
    assert!(matches!(
        events.last(),
        Some(Event::Ended {
            outcome: Outcome::AgentHungUp,
            ..
        })
    ));
    assert_eq!(state.history()[0].choice, Choice::HangUp(0));
    let (same, events) = step(&sc, &state, Input::Resume);
    assert_eq!(same, state);
    assert!(matches!(events[..], [Event::Ended { .. }]));
}

#[test]
fn the_debrief_shows_the_better_reply_the_mood_and_the_extremes() {
    let sc = shouter();
    let (state, _) = start(&sc, 5, TimerMode::Standard);
    let (state, _) = say(&sc, &state, "order-number");
    let (state, _) = say(&sc, &state, "jargon");
    let (state, _) = say(&sc, &state, "concrete");
    let d = debrief(&sc, &state, None);
    assert_eq!(d.steps.len(), 3);
    let opening = &sc.turns[0];
    let let_vent = opening
        .replies
        .iter()
        .position(|r| r.id == "let-vent")
        .unwrap() as u8;
    assert_eq!(d.steps[0].grade, Grade::Acceptable);
    assert_eq!(d.steps[0].better, Some(let_vent));
    assert_eq!((d.steps[0].mood_before, d.steps[0].mood_after), (20, 20));
    assert_eq!(d.steps[2].better, None, "the best reply was chosen");
    assert!(d.ending.is_none());
    assert!(!d.strongest.is_empty() && !d.weakest.is_empty());
    assert_eq!(d.scorecard.timing.replies, 3);
    assert_eq!(d.scorecard.timing.mean_ms, 4_300);
    // A call that has not ended never passes, whatever the pass mark; an LMS mastery score is
    // the pass mark (clamped to 1..=100), and a failed call stays below it.
    let open = debrief(&sc, &state, Some(0)).scorecard;
    assert!(!open.passed && !open.verdict.finished);
    assert_eq!((open.pass_mark, open.overall), (1, 0));
    let strict = debrief(&sc, &state, Some(95)).scorecard;
    assert_eq!(
        (strict.pass_mark, strict.overall),
        (95, strict.quality.min(94))
    );
}

#[test]
fn a_skill_tested_at_one_moment_keeps_its_score_but_is_never_ranked() {
    use calmline_engine::Skill;
    use calmline_engine::score::EVIDENCE_MOMENTS;
    let sc = shouter();
    // A silence at the opening: the one moment so far that tested empathy, listening and calm.
    let (state, _) = start(&sc, 5, TimerMode::Standard);
    let (state, _) = time_out(&sc, &state, 0);
    let d = debrief(&sc, &state, None);
    let empathy = skill_of(&d, Skill::Empathy);
    assert_eq!((empathy.score, empathy.moments), (Some(0), 1));
    assert!(empathy.is_thin() && empathy.ranked_score().is_none());
    assert!(
        d.weakest.is_empty() && d.strongest.is_empty(),
        "one moment ranks nothing: {d:?}"
    );
    // Two more moments that test empathy (the opening again, after the silence, and the vent):
    // now it is ranked, and its number keeps its meaning (earned of possible over the moments).
    let (state, _) = say(&sc, &state, "let-vent");
    let (state, _) = say(&sc, &state, "paraphrase");
    let d = debrief(&sc, &state, None);
    let empathy = skill_of(&d, Skill::Empathy);
    assert!(empathy.moments >= EVIDENCE_MOMENTS, "{empathy:?}");
    assert!(!empathy.is_thin());
    assert_eq!(empathy.ranked_score(), empathy.score);
    assert!(
        empathy.score.unwrap() > 0 && empathy.score.unwrap() < 100,
        "{empathy:?}"
    );
    // Every skill's moments count the moves that put it at stake: never more than the moves.
    for s in &d.scorecard.skills {
        assert!(usize::from(s.moments) <= d.steps.len(), "{s:?}");
        assert_eq!(s.moments == 0, s.score.is_none(), "{s:?}");
    }
}

#[test]
fn no_skill_is_called_strongest_unless_it_scored_well() {
    use calmline_engine::score::STRONG_SCORE;
    let sc = shouter();
    // The weakest reply on offer every time, with several deals: whatever the skills score,
    // praise goes only to a skill that earned STRONG_SCORE.
    for deal in 0..6 {
        let (mut state, _) = start(&sc, deal, TimerMode::Standard);
        let mut praised_a_weak_call = false;
        while let Some(o) = offer(&sc, &state) {
            let turn = sc.turn(o.turn);
            let worst = *o
                .replies
                .iter()
                .min_by_key(|&&r| (turn.replies[usize::from(r)].grade, r))
                .unwrap();
            let id = turn.replies[usize::from(worst)].id.clone();
            state = say(&sc, &state, &id).0;
            let d = debrief(&sc, &state, None);
            for skill in &d.strongest {
                let s = d
                    .scorecard
                    .skills
                    .iter()
                    .find(|s| s.skill == *skill)
                    .unwrap();
                assert!(s.ranked_score().unwrap() >= STRONG_SCORE, "{s:?}");
            }
            praised_a_weak_call |= !d.strongest.is_empty() && d.scorecard.quality < 30;
        }
        assert!(!praised_a_weak_call, "deal {deal}");
    }
}

/// The score of `skill` in a debrief.
fn skill_of(
    d: &calmline_engine::score::Debrief,
    skill: calmline_engine::Skill,
) -> calmline_engine::score::SkillScore {
    *d.scorecard
        .skills
        .iter()
        .find(|s| s.skill == skill)
        .unwrap()
}

fn play_through(sc: &Scenario, ids: &[&str]) -> State {
    let (mut state, _) = start(sc, 2, TimerMode::Standard);
    for id in ids {
        state = say(sc, &state, id).0;
    }
    state
}

#[test]
fn a_by_the_book_call_scores_100_and_a_critical_error_fails_it_below_the_pass_mark() {
    let sc = shouter();
    let book = play_through(
        &sc,
        &[
            "let-vent",
            "paraphrase",
            "own-mistake",
            "refund-and-call",
            "summarise-thank",
        ],
    );
    let card = scorecard(&sc, &book, None);
    assert_eq!(sc.ending(book.ending().unwrap()).outcome, Outcome::Resolved);
    assert!(card.passed, "{card:?}");
    assert_eq!((card.overall, card.quality), (100, 100));
    assert!(card.critical.is_empty());
    // Every skill the call tested is full; none is named weakest after a perfect call.
    assert!(
        card.skills.iter().all(|s| s.score.is_none_or(|v| v == 100)),
        "{card:?}"
    );
    assert!(debrief(&sc, &book, None).weakest.is_empty());
    // The same call with one harmful over-promise: still resolved, 80 on quality, but failed.
    let slip = play_through(
        &sc,
        &[
            "let-vent",
            "paraphrase",
            "overpromise",
            "refund-and-call",
            "summarise-thank",
        ],
    );
    let card = scorecard(&sc, &slip, None);
    assert_eq!(sc.ending(slip.ending().unwrap()).outcome, Outcome::Resolved);
    assert_eq!(card.critical, vec![2]);
    assert_eq!(card.quality, 80);
    assert!(!card.passed && card.verdict.good_ending && card.verdict.quality_enough);
    assert_eq!(card.overall, card.pass_mark - 1);
    // An LMS with a lower mastery score still sees a fail: the cap follows its pass mark.
    let lms = scorecard(&sc, &slip, Some(40));
    assert_eq!((lms.passed, lms.overall), (false, 39));
    // A mastery score of 100 fails anything short of perfect, and passes the perfect call.
    assert!(scorecard(&sc, &book, Some(100)).passed);
}

#[test]
fn a_skill_no_move_tested_is_not_assessed() {
    let sc = shouter();
    let (state, _) = start(&sc, 1, TimerMode::Standard);
    let (state, _) = step(
        &sc,
        &state,
        Input::EndCall {
            elapsed_ms: 500,
            extensions: 0,
            pauses: 0,
        },
    );
    let card = scorecard(&sc, &state, None);
    assert_eq!(
        card.critical,
        vec![0],
        "hanging up on a polite customer is critical"
    );
    assert!(card.skills.iter().any(|s| s.score.is_none()), "{card:?}");
    // Ending the call shows none of the skills the opening tested, whatever the replies on
    // offer would have cost.
    assert!(card.skills.iter().any(|s| s.score == Some(0)), "{card:?}");
    assert!(
        card.skills.iter().all(|s| s.score.is_none_or(|v| v == 0)),
        "{card:?}"
    );
    let d = debrief(&sc, &state, None);
    assert!(d.strongest.is_empty() || d.strongest != d.weakest);
}

#[test]
fn a_fixed_seed_keeps_the_customer_while_the_deal_varies_order_and_wordings() {
    let sc = shouter();
    let begin = |seed, deal| {
        let input = Input::Start {
            seed,
            deal,
            timer: TimerMode::Standard,
        };
        step(&sc, &State::new(), input)
    };
    let (first, first_events) = begin(7, 0);
    let mut orders = std::collections::HashSet::new();
    let mut wordings = std::collections::HashSet::new();
    for deal in 0..40 {
        let (state, events) = begin(7, deal);
        // The customer's line is the same whatever the deal.
        assert_eq!(events[0], first_events[0]);
        assert_eq!(state.twists(), first.twists());
        let o = offer(&sc, &state).expect("offer");
        wordings.insert(
            o.replies
                .iter()
                .map(|&r| calmline_engine::run::wording(&sc, deal, o.turn, r))
                .collect::<Vec<_>>(),
        );
        orders.insert(o.replies);
    }
    assert!(orders.len() > 5, "the deal should vary the reply order");
    let varied = sc
        .turn(sc.start)
        .replies
        .iter()
        .any(|r| r.wordings.len() > 1);
    assert_eq!(wordings.len() > 1, varied, "the deal picks the wordings");
}

#[test]
fn every_id_in_the_events_has_text_in_every_language() {
    let sc = shouter();
    let (state, events) = start(&sc, 1, TimerMode::Standard);
    let (_, more) = say(&sc, &state, "let-vent");
    for event in events.iter().chain(&more) {
        for lang in Lang::ALL {
            match event {
                Event::CustomerSpeaks { turn, variant } => {
                    assert!(
                        !sc.turn(*turn).lines[usize::from(*variant)]
                            .exact(lang)
                            .is_empty()
                    );
                }
                Event::Offer(o) => {
                    for r in &o.replies {
                        assert!(
                            !sc.turn(o.turn).replies[usize::from(*r)]
                                .wordings
                                .iter()
                                .any(|w| w.exact(lang).is_empty())
                        );
                    }
                }
                _ => {}
            }
        }
    }
    assert_ne!(sc.title.raw(Lang::Pl), sc.title.raw(Lang::En));
}

#[test]
fn a_save_restores_the_same_call_with_its_extensions_and_pending_clock() {
    let sc = shouter();
    let (state, _) = start(&sc, 123_456_789, TimerMode::Relaxed);
    let (state, _) = say(&sc, &state, "let-vent");
    let (state, _) = time_out(&sc, &state, 2);
    let turn = state.turn().expect("on");
    let reply = sc
        .turn(turn)
        .replies
        .iter()
        .position(|r| r.id == "paraphrase")
        .expect("reply") as u8;
    let (state, _) = step(
        &sc,
        &state,
        Input::Choose {
            reply,
            elapsed_ms: 61_234,
            extensions: 1,
            pauses: 0,
        },
    );
    let extensions: Vec<u8> = state.history().iter().map(|s| s.extensions).collect();
    assert_eq!(extensions, [0, 2, 1]);
    let pending = save::Pending {
        elapsed_ms: 7_200,
        extensions: 3,
        pauses: 0,
    };
    let saved = save::encode(&sc, &state, pending).expect("started");
    assert!(saved.starts_with("CL3.shouter-late-delivery.1."), "{saved}");
    // Moves: let-vent after 4.3 s, a timeout after two extensions, paraphrase after 61.2 s with
    // one; then the current turn has used 7.2 s and three extensions.
    let moves_and_pending = saved.split('.').skip(6).take(2).collect::<Vec<_>>();
    assert_eq!(moves_and_pending[1], "20E3", "{saved}");
    assert!(moves_and_pending[0].contains("E2_"), "{saved}");
    assert!(moves_and_pending[0].ends_with("h0E1"), "{saved}");
    assert_eq!(save::decode(&sc, &saved), Ok((state.clone(), pending)));
    // Pending time is kept to a tenth of a second, rounded up so that a reload gives no time
    // back; extensions beyond the maximum are capped.
    let rounded = save::encode(
        &sc,
        &state,
        save::Pending {
            elapsed_ms: 7_201,
            extensions: 200,
            pauses: 0,
        },
    )
    .expect("started");
    assert_eq!(
        save::decode(&sc, &rounded).map(|(_, p)| p),
        Ok(save::Pending {
            elapsed_ms: 7_300,
            extensions: calmline_engine::timer::MAX_EXTENSIONS,
            pauses: 0,
        })
    );
    assert_eq!(save::encode(&sc, &State::new(), pending), None);
}

#[test]
fn an_untimed_call_records_no_extensions_and_an_ended_call_no_pending_clock() {
    let sc = shouter();
    let (state, _) = start(&sc, 5, TimerMode::Off);
    let (state, _) = step(
        &sc,
        &state,
        Input::Choose {
            reply: 0,
            elapsed_ms: 1_000,
            extensions: 4,
            pauses: 0,
        },
    );
    assert_eq!(state.history()[0].extensions, 0, "no timer, no extensions");
    let pending = save::Pending {
        elapsed_ms: 500,
        extensions: 2,
        pauses: 0,
    };
    let saved = save::encode(&sc, &state, pending).expect("started");
    assert!(!saved.contains('E'), "{saved}");
    assert_eq!(
        save::decode(&sc, &saved),
        Ok((
            state.clone(),
            save::Pending {
                elapsed_ms: 500,
                extensions: 0,
                pauses: 0
            }
        ))
    );
    let (ended, _) = step(
        &sc,
        &state,
        Input::EndCall {
            elapsed_ms: 1,
            extensions: 0,
            pauses: 0,
        },
    );
    assert!(ended.ending().is_some());
    let saved = save::encode(&sc, &ended, pending).expect("started");
    assert_eq!(
        save::decode(&sc, &saved),
        Ok((ended, save::Pending::default()))
    );
}

#[test]
fn a_timeout_takes_the_whole_extended_limit() {
    let sc = shouter();
    let (state, _) = start(&sc, 1, TimerMode::Standard);
    let (state, _) = time_out(&sc, &state, 2);
    // 25 s at the opening plus two extensions of 20 s.
    assert_eq!(state.history()[0].elapsed_ms, 65_000);
    assert_eq!(state.history()[0].extensions, 2);
}

/// FNV-1a in base 36, as the save format's checksum, to forge well-formed saves.
fn checksum(body: &str) -> String {
    let h = body.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    let mut n = u64::from(h);
    let mut digits = Vec::new();
    loop {
        digits.push(b"0123456789abcdefghijklmnopqrstuvwxyz"[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    digits.reverse();
    String::from_utf8(digits).unwrap()
}

fn sealed(body: &str) -> String {
    format!("{body}.{}", checksum(body))
}

#[test]
fn bad_saves_are_refused_with_their_reason() {
    let sc = shouter();
    let (state, _) = start(&sc, 123_456_789, TimerMode::Relaxed);
    let (state, _) = say(&sc, &state, "let-vent");
    let (state, _) = time_out(&sc, &state, 1);
    let pending = save::Pending {
        elapsed_ms: 3_000,
        extensions: 1,
        pauses: 0,
    };
    let saved = save::encode(&sc, &state, pending).expect("started");

    // Tampering: another move, more extensions, less time used.
    for tampered in [
        saved.replacen("_S", "_0", 1),
        saved.replacen("E1.", "E2.", 1),
        saved.replacen(".uE1.", ".aE1.", 1),
        saved.replacen(".uE1.", ".u.", 1),
    ] {
        assert_ne!(tampered, saved);
        assert_eq!(
            save::decode(&sc, &tampered),
            Err(SaveError::Corrupt),
            "{tampered}"
        );
    }
    assert_eq!(
        save::decode(&sc, &saved[..saved.len() / 2]),
        Err(SaveError::Malformed)
    );
    assert_eq!(
        save::decode(&sc, &saved[..saved.len() - 1]),
        Err(SaveError::Corrupt)
    );
    assert_eq!(save::decode(&sc, ""), Err(SaveError::Malformed));
    assert_eq!(save::decode(&sc, "hello world"), Err(SaveError::Malformed));
    assert_eq!(
        save::decode(&sc, "CL9.x.1.0.s..0.0"),
        Err(SaveError::UnknownFormat("CL9".into()))
    );
    assert_eq!(
        save::decode(&sc, &"x".repeat(5000)),
        Err(SaveError::TooLong)
    );

    let mut other = sc.clone();
    other.version = 2;
    assert_eq!(
        save::decode(&other, &saved),
        Err(SaveError::ScenarioChanged {
            saved: 1,
            current: 2
        })
    );
    other.id = "other".into();
    assert_eq!(
        save::decode(&other, &saved),
        Err(SaveError::OtherScenario("shouter-late-delivery".into()))
    );
}

#[test]
fn a_save_of_the_first_format_is_refused_as_outdated_never_misread() {
    let sc = shouter();
    // A genuine CL1 save (valid checksum) of this scenario: it must not be replayed with the
    // new randomness, which would show other customer lines.
    let cl1 = sealed("CL1.shouter-late-delivery.1.1.s.0a_1b");
    let err = save::decode(&sc, &cl1).unwrap_err();
    assert_eq!(err, SaveError::Outdated("CL1".into()));
    assert_eq!(err.kind(), "outdated");
    assert!(err.to_string().contains("outdated"), "{err}");
    // A CL2 save had no deal: its reply order and wordings cannot be shown again.
    let cl2 = sealed("CL2.shouter-late-delivery.1.1.s.0a_1b.0");
    assert_eq!(
        save::decode(&sc, &cl2),
        Err(SaveError::Outdated("CL2".into()))
    );
    // Even a damaged one says why.
    assert_eq!(
        save::decode(&sc, "CL1.shouter-late-delivery.2.5.s.zz.0000"),
        Err(SaveError::Outdated("CL1".into()))
    );
}

#[test]
fn a_save_whose_moves_do_not_fit_the_scenario_is_refused_at_that_move() {
    let sc = shouter();
    // Well-formed saves (valid checksum) whose second move names a reply the turn lacks, or
    // that claim more time in an untimed call.
    assert_eq!(
        save::decode(&sc, &sealed("CL3.shouter-late-delivery.1.1.1.s.0a_9a.0")),
        Err(SaveError::Replay(1))
    );
    assert_eq!(
        save::decode(&sc, &sealed("CL3.shouter-late-delivery.1.1.1.o.0a_0aE1.0")),
        Err(SaveError::Replay(1))
    );
    assert_eq!(
        save::decode(&sc, &sealed("CL3.shouter-late-delivery.1.1.1.o.0a.0E1")),
        Err(SaveError::Malformed)
    );
    assert_eq!(
        save::decode(&sc, &sealed("CL3.shouter-late-delivery.1.1.1.s.0aE0.0")),
        Err(SaveError::Malformed)
    );
    assert_eq!(
        save::decode(&sc, &sealed("CL3.shouter-late-delivery.1.1.1.s.0a")),
        Err(SaveError::Malformed),
        "the pending clock is required"
    );
}

#[test]
fn a_trainer_sets_the_mood_and_variables_by_hand_and_the_call_goes_on_from_them() {
    let sc = shouter();
    let (state, _) = start(&sc, 1, TimerMode::Standard);
    let brush_offs = sc.vars.iter().position(|v| v == "brush-offs").unwrap();
    let mut vars = state.vars(&sc);
    assert!(vars.iter().all(|v| *v == 0));
    vars[brush_offs] = 2;
    let set = state.set_by_hand(95, &vars).unwrap();
    assert_eq!(set.mood(&sc), 95);
    assert_eq!(set.vars(&sc), vars);
    assert_eq!(set.turn(), state.turn(), "still waiting at the same turn");
    assert_eq!(set.history(), state.history());
    // The next move starts from the mood set by hand (+12 for letting them vent, at most 100).
    let (_, events) = say(&sc, &set, "let-vent");
    assert_eq!(events[1], Event::MoodChanged { from: 95, to: 100 });
    // Out-of-range moods are kept within 0..=100; extra values are ignored.
    assert_eq!(state.set_by_hand(150, &[]).unwrap().mood(&sc), 100);
    assert_eq!(state.set_by_hand(-7, &[]).unwrap().mood(&sc), 0);
    let long = vec![5; sc.vars.len() + 3];
    assert_eq!(
        state.set_by_hand(50, &long).unwrap().vars(&sc),
        vec![5; sc.vars.len()]
    );
    // Nothing to set before the call starts or once it has ended.
    assert!(State::new().set_by_hand(50, &[]).is_none());
    let mut ended = set;
    while ended.turn().is_some() {
        ended = time_out(&sc, &ended, 0).0;
    }
    assert!(ended.set_by_hand(50, &[]).is_none());
}
