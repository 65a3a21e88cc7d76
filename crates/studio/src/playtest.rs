//! Play-testing from any turn: the call is played up to the chosen turn along the shortest way
//! there (the best replies first where ways are as short), so the trainer starts there with the
//! mood, variables, twists and said replies a real call would have at that point, not a state
//! made up by hand that no trainee could meet. The moves made on the way stay in the call's
//! record, so the debrief is the one a trainee taking that way would see.

use std::collections::{HashSet, VecDeque};

use calmline_engine::model::{Grade, TurnIx};
use calmline_engine::{Input, Scenario, State, TimerMode, step};

/// The most states looked at per customer before giving up (a library call needs a few hundred).
const MAX_STATES: usize = 20_000;

/// How many customers (seeds) are tried: a turn only a twist leads to needs a customer with
/// that twist.
const SEEDS: u64 = 32;

/// The call played from its start up to `target`, with the customer `seed` (or the next one
/// whose twists lead there) and the trainee's `deal`: the state there, and the moves made on the
/// way (`turn.reply`, or `turn.silence`). `None` when no call reaches the turn, or it is the
/// start.
pub fn route_to(
    sc: &Scenario,
    target: TurnIx,
    seed: u64,
    deal: u64,
) -> Option<(State, Vec<String>)> {
    (0..SEEDS).find_map(|n| route_with(sc, target, seed.wrapping_add(n), deal))
}

fn route_with(sc: &Scenario, target: TurnIx, seed: u64, deal: u64) -> Option<(State, Vec<String>)> {
    let (start, _) = step(
        sc,
        &State::new(),
        Input::Start {
            seed,
            deal,
            timer: TimerMode::Standard,
        },
    );
    if start.turn() == Some(target) {
        return None;
    }
    let rank = |g: Grade| Grade::ALL.iter().position(|(_, x)| *x == g).unwrap_or(0);
    let mut seen = HashSet::new();
    let mut queue = VecDeque::from([(start, Vec::new())]);
    while let Some((state, way)) = queue.pop_front() {
        let Some(turn) = state.turn() else { continue };
        let Some(offer) = calmline_engine::run::offer(sc, &state) else {
            continue;
        };
        let mut replies = offer.replies;
        replies.sort_by_key(|r| rank(sc.turn(turn).replies[usize::from(*r)].grade));
        let moves = replies.into_iter().map(Some).chain([None]);
        for reply in moves {
            let (input, name) = match reply {
                Some(reply) => (
                    Input::Choose {
                        reply,
                        elapsed_ms: 2_000,
                        extensions: 0,
                        pauses: 0,
                    },
                    sc.turn(turn).replies[usize::from(reply)].id.as_str(),
                ),
                None => (
                    Input::TimerExpired {
                        extensions: 0,
                        pauses: 0,
                    },
                    "silence",
                ),
            };
            let (next, _) = step(sc, &state, input);
            let mut way = way.clone();
            way.push(format!("{}.{name}", sc.turn(turn).id));
            if next.turn() == Some(target) {
                return Some((next, way));
            }
            let Some(at) = next.turn() else { continue };
            if seen.len() < MAX_STATES && seen.insert((at, next.mood(sc), next.silences())) {
                queue.push_back((next, way));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn library(name: &str) -> Scenario {
        let path = format!("{}/../../scenarios/{name}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read(path).unwrap();
        calmline_engine::validate(name, &text)
            .into_result()
            .unwrap()
    }

    fn calls() -> Vec<String> {
        let dir = format!("{}/../../scenarios", env!("CARGO_MANIFEST_DIR"));
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".toml") && !n.ends_with(".plan.toml") && n != "index.toml")
            .collect();
        names.sort();
        names
    }

    #[test]
    fn every_turn_of_every_library_call_is_reached_along_a_way() {
        for name in calls() {
            every_turn_is_reached(&library(&name));
        }
    }

    fn every_turn_is_reached(sc: &Scenario) {
        let sc = sc.clone();
        let mut reached = 0;
        for (i, turn) in sc.turns.iter().enumerate() {
            let ix = TurnIx(i as u16);
            match route_to(&sc, ix, 7, 11) {
                Some((state, way)) => {
                    assert_eq!(state.turn(), Some(ix), "{}", turn.id);
                    assert_eq!(state.history().len(), way.len());
                    assert!(!way.is_empty());
                    // The state is one a save can keep and give back (the play-test resumes it).
                    let saved = calmline_engine::save::encode(
                        &sc,
                        &state,
                        calmline_engine::save::Pending::default(),
                    )
                    .unwrap();
                    let (back, _) = calmline_engine::save::decode(&sc, &saved).unwrap();
                    assert_eq!(back.turn(), Some(ix));
                    reached += 1;
                }
                None => assert!(ix == sc.start, "{} is reached by no call", turn.id),
            }
        }
        assert_eq!(reached, sc.turns.len() - 1);
    }

    #[test]
    fn the_way_prefers_the_best_replies() {
        let sc = library("shouter-late-delivery.toml");
        let best = sc
            .turn(sc.start)
            .replies
            .iter()
            .find(|r| r.grade == Grade::Best && r.when == Default::default())
            .unwrap();
        let calmline_engine::model::Target::Turn(target) = best.goto else {
            panic!("the best first reply leads to a turn");
        };
        let (_, way) = route_to(&sc, target, 1, 2).unwrap();
        assert_eq!(way, vec![format!("{}.{}", sc.turn(sc.start).id, best.id)]);
    }
}
