//! Customers who surprise, on the documented example (`docs/scenario-format.md`): twists decided
//! by the seed, reactions said to a reply, wordings dealt to the trainee, and Polish text for a
//! trainee addressed as Pan or Pani.

use calmline_engine::run::{offer, wording};
use calmline_engine::transcript::{Heard, Line, heard, transcript};
use calmline_engine::twist::{for_seed, seed_for};
use calmline_engine::{Address, Input, Lang, Reader, Scenario, State, TimerMode, plan, step};

#[path = "support/example.rs"]
mod example;

fn example() -> Scenario {
    calmline_engine::validate("example.toml", example::source().as_bytes())
        .into_result()
        .expect("valid")
}

fn begin(sc: &Scenario, seed: u64, deal: u64) -> State {
    let input = Input::Start {
        seed,
        deal,
        timer: TimerMode::Standard,
    };
    step(sc, &State::new(), input).0
}

fn say(sc: &Scenario, state: &State, id: &str) -> State {
    let turn = sc.turn(state.turn().expect("at a turn"));
    let reply = turn.replies.iter().position(|r| r.id == id).expect(id) as u8;
    let input = Input::Choose {
        reply,
        elapsed_ms: 2_000,
        extensions: 0,
        pauses: 0,
    };
    step(sc, state, input).0
}

#[test]
fn a_twist_happens_in_its_share_of_calls_and_every_combination_has_a_seed() {
    let sc = example();
    assert_eq!(sc.twists[0].chance, 40);
    let happens = (0..10_000).filter(|&s| for_seed(&sc, s) == 1).count();
    assert!((3_700..4_300).contains(&happens), "{happens} of 10000");
    for bits in [0, 1] {
        let seed = seed_for(&sc, bits, 100).expect("a seed");
        assert!(seed >= 100);
        assert_eq!(for_seed(&sc, seed), bits);
        assert_eq!(begin(&sc, seed, 0).twists(), bits);
    }
}

#[test]
fn the_twist_decides_whether_a_good_warning_calms_the_customer() {
    let sc = example();
    let calm = seed_for(&sc, 0, 0).expect("seed");
    let storm = seed_for(&sc, 1, 0).expect("seed");
    // Without the twist the good first warning ends the abuse.
    let state = say(&sc, &begin(&sc, calm, 1), "first-warning");
    let ending = state.ending().expect("ended");
    assert_eq!(sc.ending(ending).id, "calmed-down");
    // With it he goes on, and steps two and three of the method are practised.
    let state = say(&sc, &begin(&sc, storm, 1), "first-warning");
    assert_eq!(sc.turn(state.turn().expect("on")).id, "again");
    let state = say(&sc, &state, "end-now");
    assert_eq!(
        sc.ending(state.ending().expect("ended")).id,
        "ended-properly"
    );
    assert!(calmline_engine::score::scorecard(&sc, &state, None).passed);
}

#[test]
fn the_customer_says_the_reaction_written_for_the_reply() {
    let sc = example();
    let seed = seed_for(&sc, 1, 0).expect("seed");
    let state = say(&sc, &begin(&sc, seed, 0), "first-warning");
    let state = say(&sc, &state, "insult-back");
    let lines = transcript(&sc, &state);
    let insult_back = sc.turns[1]
        .replies
        .iter()
        .position(|r| r.id == "insult-back");
    assert_eq!(
        lines.last(),
        Some(&Line::CustomerReacts(
            sc.turn_ix("again").expect("again"),
            insult_back.expect("reply") as u8
        )),
        "{lines:?}"
    );
    // A reply without a reaction is followed by the next turn's own line.
    assert!(matches!(lines[2], Line::Customer(..)), "{lines:?}");
    assert!(
        heard(&sc, &state)
            .iter()
            .all(|h| !matches!(h, Heard::Reaction(..)))
    );
}

#[test]
fn the_deal_picks_the_wordings_and_the_order_but_not_the_customer() {
    let sc = example();
    let opening = sc.start;
    let first = sc
        .turn(opening)
        .replies
        .iter()
        .position(|r| r.id == "first-warning");
    let first = first.expect("reply") as u8;
    let picked: std::collections::HashSet<u8> = (0..64)
        .map(|deal| wording(&sc, deal, opening, first))
        .collect();
    assert_eq!(picked.len(), 2, "both wordings are dealt");
    let orders: std::collections::HashSet<Vec<u8>> = (0..64)
        .map(|deal| offer(&sc, &begin(&sc, 5, deal)).expect("offer").replies)
        .collect();
    assert_eq!(orders.len(), 2, "both orders of the two replies are dealt");
    let lines: std::collections::HashSet<String> = (0..64)
        .map(|deal| format!("{:?}", transcript(&sc, &begin(&sc, 5, deal))))
        .collect();
    assert_eq!(
        lines.len(),
        1,
        "the customer's line depends on the seed only"
    );
}

#[test]
fn polish_text_follows_the_form_of_address() {
    let sc = example();
    let line = &sc.turn(sc.start).lines[0];
    let pan = line.get(Reader::new(Lang::Pl, Address::Pan));
    let pani = line.get(Reader::new(Lang::Pl, Address::Pani));
    assert_eq!(pan, "Jest Pan kompletnym idiotą!");
    assert_eq!(pani, "Jest Pani kompletną idiotką!");
    // Other languages have one form.
    assert_eq!(
        line.get(Reader::new(Lang::En, Address::Pani)),
        line.get(Reader::new(Lang::En, Address::Pan))
    );
}

#[test]
fn a_plan_must_play_every_twist_both_ways() {
    let sc = example();
    let case = |name: &str, twists: &str, moves: &str, ending: &str, passed: bool| {
        format!(
            "[[case]]\nname = \"{name}\"\n{twists}moves = [{moves}]\nending = \"{ending}\"\npassed = {passed}\n"
        )
    };
    let calm = case("calm", "", "\"insult.first-warning\"", "calmed-down", true);
    let storm = case(
        "storm",
        "twists = [\"keeps-insulting\"]\n",
        "\"insult.first-warning\", \"again.end-now\"",
        "ended-properly",
        true,
    );
    let others = [
        case(
            "early",
            "",
            "\"insult.hang-up-at-once\"",
            "agent-ended-early",
            false,
        ),
        case(
            "left",
            "twists = [\"keeps-insulting\"]\n",
            "\"insult.first-warning\", \"again.insult-back\"",
            "customer-left",
            false,
        ),
    ]
    .concat();
    let both = plan::check(&sc, "p.toml", format!("{calm}{storm}{others}").as_bytes());
    assert!(both.diagnostics.is_empty(), "{:?}", both.diagnostics);
    // Only calls without the twist: the plan is incomplete.
    let only_calm = plan::check(
        &sc,
        "p.toml",
        format!(
            "{calm}{}",
            case(
                "early",
                "",
                "\"insult.hang-up-at-once\"",
                "agent-ended-early",
                false
            )
        )
        .as_bytes(),
    );
    let text: Vec<String> = only_calm
        .diagnostics
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        text.iter()
            .any(|d| d.contains("twist `keeps-insulting` happens")),
        "{text:?}"
    );
    // A case that names an unknown twist says so.
    let unknown = plan::check(
        &sc,
        "p.toml",
        case(
            "x",
            "twists = [\"storm\"]\n",
            "\"insult.first-warning\"",
            "calmed-down",
            true,
        )
        .as_bytes(),
    );
    assert!(
        unknown
            .diagnostics
            .iter()
            .any(|d| d.to_string().contains("no twist `storm`"))
    );
}
