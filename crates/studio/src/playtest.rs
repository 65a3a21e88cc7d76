//! Play-testing from any turn: the call is played up to the chosen turn along a way there
//! through the best replies (or the weakest), the shortest such way, silence counted below every
//! reply, so
//! the trainer starts there with the mood, variables, twists and said replies a real call would
//! have at that point, not a state made up by hand that no trainee could meet. The moves made on
//! the way stay in the call's record, so the debrief shows the way a trainee would have come;
//! they are handed over as made for the trainer ([`State::hand_over`]), so neither their grades
//! nor their made-up response times count as the trainer's (QA rounds 3 and 4).

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashSet};

use calmline_engine::model::{Grade, TurnIx};
use calmline_engine::{Input, Scenario, State, TimerMode, step};

/// The most states looked at per customer before giving up (a library call needs a few hundred).
const MAX_STATES: usize = 20_000;

/// How many customers (seeds) are tried: a turn only a twist leads to needs a customer with
/// that twist, and a trigger may end the call after the best reply for one customer and not for
/// another.
const SEEDS: u64 = 32;

/// What a move costs on a way: the best reply nothing, each grade below it one more, and
/// silence more than any reply.
const SILENCE: u32 = Grade::ALL.len() as u32;

/// Which way to a turn a play-test takes: a turn often reads differently to a
/// customer a trainee has handled well and to one they have handled badly (QA round 4, MA1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prefer {
    /// The best replies where ways are as short.
    Best,
    /// The lowest-graded replies that keep the call going.
    Weakest,
}

impl Prefer {
    /// Both, in the order the studio offers them.
    pub const ALL: [Prefer; 2] = [Prefer::Best, Prefer::Weakest];

    /// What a reply of `grade` costs on a way (silence costs more than any reply either way).
    fn price(self, grade: Grade) -> u32 {
        let rank = Grade::ALL
            .iter()
            .position(|(_, x)| *x == grade)
            .unwrap_or(0) as u32;
        match self {
            Prefer::Best => rank,
            Prefer::Weakest => SILENCE - 1 - rank,
        }
    }
}

/// The call played from its start up to `target`, with the customer `seed` (or another whose
/// twists lead there or let the preferred replies lead there) and the trainee's `deal`: the state
/// there, and the moves made on the way (`turn.reply`, or `turn.silence`). Of the ways there the
/// one with the best replies is taken, or the weakest (`prefer`), and of those the shortest (the
/// first customer tried wins a tie). The state is handed over ([`State::hand_over`]): the moves
/// on the way are neither scored nor timed as the trainer's. `None` when no call reaches the
/// turn, or it is the start.
pub fn route_to(
    sc: &Scenario,
    target: TurnIx,
    seed: u64,
    deal: u64,
    prefer: Prefer,
) -> Option<(State, Vec<String>)> {
    (0..SEEDS)
        .filter_map(|n| route_with(sc, target, seed.wrapping_add(n), deal, prefer))
        .min_by_key(|way| way.0)
        .map(|(_, state, way)| (state.hand_over(), way))
}

/// A way there: its cost and length, the state reached and the moves.
type Way = ((u32, usize), State, Vec<String>);

/// The cheapest, then shortest way for one customer.
fn route_with(sc: &Scenario, target: TurnIx, seed: u64, deal: u64, prefer: Prefer) -> Option<Way> {
    let start = started(sc, seed, deal);
    if start.turn() == Some(target) {
        return None;
    }
    search(sc, start, target, prefer)
}

/// The call with customer `seed` and deal `deal`, at its first turn.
fn started(sc: &Scenario, seed: u64, deal: u64) -> State {
    let input = Input::Start {
        seed,
        deal,
        timer: TimerMode::Standard,
    };
    step(sc, &State::new(), input).0
}

/// What a move on a way is: a reply of the turn (its index) or silence.
pub type Move = Option<u8>;

/// The moves a trainee can make in `state` (the replies on offer in the order shown, then
/// silence), each with its name on a way (`turn.reply` or `turn.silence`) and its grade (`None`
/// for silence).
pub fn moves(sc: &Scenario, state: &State) -> Vec<(Move, String, Option<Grade>)> {
    let (Some(turn), Some(offer)) = (state.turn(), calmline_engine::run::offer(sc, state)) else {
        return Vec::new();
    };
    let id = &sc.turn(turn).id;
    let replies = offer.replies.into_iter().map(|reply| {
        let said = &sc.turn(turn).replies[usize::from(reply)];
        (Some(reply), format!("{id}.{}", said.id), Some(said.grade))
    });
    replies
        .chain([(None, format!("{id}.silence"), None)])
        .collect()
}

/// `state` after the move `chosen`, made as on a way (two seconds, no help): a reply's index is
/// the turn's own.
fn make(sc: &Scenario, state: &State, chosen: Move) -> State {
    let input = match chosen {
        Some(reply) => Input::Choose {
            reply,
            elapsed_ms: 2_000,
            extensions: 0,
            pauses: 0,
        },
        None => Input::TimerExpired {
            extensions: 0,
            pauses: 0,
        },
    };
    step(sc, state, input).0
}

/// The states before each move of `way`, replayed from the start of the call `end` was reached
/// in (its customer and deal): where a trainer may take another move ([`reroute`]). Empty when
/// the way does not replay (a move that is not on offer).
pub fn states_before(sc: &Scenario, end: &State, way: &[String]) -> Vec<State> {
    let mut state = started(sc, end.seed(), end.deal());
    let mut before = Vec::with_capacity(way.len());
    for name in way {
        let Some((chosen, _, _)) = moves(sc, &state).into_iter().find(|(_, n, _)| n == name) else {
            return Vec::new();
        };
        before.push(state.clone());
        state = make(sc, &state, chosen);
    }
    before
}

/// The way to `target` with move `at` of `way` changed to `chosen` (the trainer picking another
/// reply on the way, QA round 4, MA1): the moves before it kept, then the way on from there,
/// preferred as `prefer`. `before` is [`states_before`] of the way. The state reached is
/// handed over; `None` when the call, after that move, reaches the turn no more.
pub fn reroute(
    sc: &Scenario,
    before: &[State],
    way: &[String],
    at: usize,
    chosen: Move,
    target: TurnIx,
    prefer: Prefer,
) -> Option<(State, Vec<String>)> {
    let state = before.get(at)?;
    let (_, name, _) = moves(sc, state)
        .into_iter()
        .find(|(m, _, _)| *m == chosen)?;
    let next = make(sc, state, chosen);
    let mut moves_so_far: Vec<String> = way[..at].to_vec();
    moves_so_far.push(name);
    let (end, rest) = if next.turn() == Some(target) {
        (next, Vec::new())
    } else {
        let (_, end, rest) = search(sc, next, target, prefer)?;
        (end, rest)
    };
    moves_so_far.extend(rest);
    Some((end.hand_over(), moves_so_far))
}

/// Whether the call can still reach `target` after the move `chosen` at `state`: the studio
/// greys out the moves that cannot before the trainer tries them (QA round 8), as [`reroute`]
/// would refuse them.
pub fn reaches(sc: &Scenario, state: &State, chosen: Move, target: TurnIx) -> bool {
    let next = make(sc, state, chosen);
    next.turn() == Some(target) || search(sc, next, target, Prefer::Best).is_some()
}

/// Where the move `chosen` at `state` leads, by id: the turn it goes on to, or the ending the
/// call reaches (`Err`). The studio says it when a move never reaches the play-test's turn
/// (QA round 6, mi-b: the refusal said that, not why).
pub fn after(sc: &Scenario, state: &State, chosen: Move) -> Result<String, String> {
    let next = make(sc, state, chosen);
    match (next.turn(), next.ending()) {
        (Some(turn), _) => Ok(sc.turn(turn).id.clone()),
        (None, Some(ending)) => Err(sc.ending(ending).id.clone()),
        (None, None) => Err(String::new()),
    }
}

/// The cheapest, then shortest way from `start` on to `target` (a search in order of cost,
/// then length: "through the best replies" means them, even on a longer way, QA round 5, MA2);
/// the moves are those after `start`.
fn search(sc: &Scenario, start: State, target: TurnIx, prefer: Prefer) -> Option<Way> {
    let mut seen = HashSet::new();
    let mut found: Vec<(State, Vec<String>)> = vec![(start, Vec::new())];
    let mut queue = BinaryHeap::from([Reverse((0u32, 0usize, 0usize))]);
    while let Some(Reverse((cost, len, at))) = queue.pop() {
        let (state, way) = found[at].clone();
        let Some(turn) = state.turn() else { continue };
        if len > 0 {
            if turn == target {
                return Some(((cost, len), state, way));
            }
            if !seen.insert((turn, state.mood(sc), state.silences())) {
                continue;
            }
        }
        for (chosen, name, grade) in moves(sc, &state) {
            let next = make(sc, &state, chosen);
            if next.turn().is_none() || seen.len() >= MAX_STATES {
                continue;
            }
            let price = grade.map_or(SILENCE, |g| prefer.price(g));
            let mut way = way.clone();
            way.push(name);
            queue.push(Reverse((cost + price, len + 1, found.len())));
            found.push((next, way));
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
            match route_to(&sc, ix, 7, 11, Prefer::Best) {
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
    fn the_moves_on_the_way_are_neither_scored_nor_timed_as_the_trainers() {
        let sc = library("shouter-late-delivery.toml");
        let target = sc
            .turns
            .iter()
            .enumerate()
            .map(|(i, _)| TurnIx(i as u16))
            .filter_map(|ix| route_to(&sc, ix, 3, 4, Prefer::Best).map(|(state, _)| state))
            .max_by_key(|state| state.history().len())
            .unwrap();
        let given = target.history().len();
        assert!(given >= 2, "a turn a few moves in");
        assert_eq!(target.given(), given);
        let mut state = target.clone();
        while let Some(offer) = calmline_engine::run::offer(&sc, &state) {
            let input = Input::Choose {
                reply: offer.replies[0],
                elapsed_ms: 7_500,
                extensions: 1,
                pauses: 0,
            };
            state = step(&sc, &state, input).0;
        }
        let mine = state.history().len() - given;
        assert!(mine > 0);
        let debrief = calmline_engine::score::debrief(&sc, &state, None);
        let timing = debrief.scorecard.timing;
        assert_eq!(timing.replies as usize, mine);
        assert_eq!((timing.median_ms, timing.max_ms), (7_500, 7_500));
        assert_eq!(timing.extensions as usize, mine);
        let marks: Vec<bool> = debrief.steps.iter().map(|s| s.given).collect();
        assert_eq!(marks.iter().filter(|&&g| g).count(), given);
        assert!(marks[..given].iter().all(|&g| g) && !marks[given..].iter().any(|&g| g));
        // The moves on the way are shown (above), but only the trainer's own are scored: the
        // scorecard is the one of the trainer's moves alone.
        let counted: u16 = debrief.scorecard.tally.moves.iter().sum();
        assert_eq!(usize::from(counted), mine);
        assert_eq!(
            debrief.scorecard.tally,
            calmline_engine::score::tally(&sc, &state)
        );
        assert!(debrief.scorecard.critical.iter().all(|&i| i >= given));
    }

    #[test]
    fn a_mood_set_by_hand_is_the_one_the_debrief_replays() {
        let sc = library("shouter-late-delivery.toml");
        let (target, _) = sc
            .turns
            .iter()
            .enumerate()
            .filter_map(|(i, _)| route_to(&sc, TurnIx(i as u16), 3, 4, Prefer::Best))
            .max_by_key(|(state, _)| state.history().len())
            .unwrap();
        let given = target.history().len();
        let set = if target.mood(&sc) > 50 { 12 } else { 88 };
        let mut state = target.set_by_hand(set, &target.vars(&sc)).unwrap();
        assert_eq!(state.given(), given, "still handed over");
        let offer = calmline_engine::run::offer(&sc, &state).unwrap();
        let input = Input::Choose {
            reply: offer.replies[0],
            elapsed_ms: 4_000,
            extensions: 0,
            pauses: 0,
        };
        state = step(&sc, &state, input).0;
        let debrief = calmline_engine::score::debrief(&sc, &state, None);
        let first = &debrief.steps[given];
        assert!(!first.given);
        assert_eq!(
            i32::from(first.mood_before),
            set,
            "the trainer's first move met the mood they set"
        );
        assert_eq!(first.mood_after, state.history()[given].mood_after);
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
        let (_, way) = route_to(&sc, target, 1, 2, Prefer::Best).unwrap();
        assert_eq!(way, vec![format!("{}.{}", sc.turn(sc.start).id, best.id)]);
    }

    /// The grades of a way's replies, best first (silence counted below them all).
    fn grades(sc: &Scenario, way: &[String]) -> Vec<u32> {
        way.iter()
            .map(|step| {
                let (turn, reply) = step.rsplit_once('.').unwrap();
                let turn = sc.turns.iter().find(|t| t.id == turn).unwrap();
                turn.replies
                    .iter()
                    .find(|r| r.id == reply)
                    .map_or(SILENCE, |r| Prefer::Best.price(r.grade))
            })
            .collect()
    }

    #[test]
    fn the_weakest_way_is_never_better_graded_than_the_best() {
        let (mut lower, mut angrier) = (0, 0);
        for name in calls() {
            let sc = library(&name);
            for i in 0..sc.turns.len() {
                let ix = TurnIx(i as u16);
                let Some((calm, best)) = route_to(&sc, ix, 7, 11, Prefer::Best) else {
                    continue;
                };
                let (state, weakest) = route_to(&sc, ix, 7, 11, Prefer::Weakest)
                    .unwrap_or_else(|| panic!("{name}: {} has a best way only", sc.turns[i].id));
                assert_eq!(state.turn(), Some(ix));
                assert_eq!(state.given(), weakest.len(), "handed over");
                // What a way costs when the best replies are wanted (silence dearest): the best
                // way is the cheapest of all, the weakest one the dearest but for silence.
                let cost = |w: &[String]| grades(&sc, w).iter().sum::<u32>();
                let weak_cost = |w: &[String]| {
                    grades(&sc, w)
                        .iter()
                        .map(|&g| if g == SILENCE { g } else { SILENCE - 1 - g })
                        .sum::<u32>()
                };
                assert!(
                    cost(&best) <= cost(&weakest),
                    "{name}: {weakest:?} vs {best:?}"
                );
                assert!(
                    weak_cost(&weakest) <= weak_cost(&best),
                    "{name}: {weakest:?} vs {best:?}"
                );
                lower += usize::from(cost(&weakest) > cost(&best));
                angrier += usize::from(state.mood(&sc) < calm.mood(&sc));
            }
        }
        assert!(lower > 20, "the weakest way differs on many turns: {lower}");
        assert!(angrier > 20, "and meets an angrier customer: {angrier}");
    }

    #[test]
    fn the_best_way_takes_the_best_replies_even_when_a_poorer_way_is_shorter() {
        // QA round 5, MA2: in the washing machine call the shortest way to "what-now" opens
        // with two poor replies, where best replies lead there too.
        let sc = library("never-satisfied-washing-machine.toml");
        let target = TurnIx(sc.turns.iter().position(|t| t.id == "what-now").unwrap() as u16);
        for seed in [1, 7, 19] {
            let (_, way) = route_to(&sc, target, seed, seed + 1, Prefer::Best).unwrap();
            let graded = grades(&sc, &way);
            assert_eq!(graded[0], 0, "{way:?} opens with a best reply");
            assert!(
                graded
                    .iter()
                    .all(|&g| g <= Prefer::Best.price(Grade::Acceptable)),
                "no poor or harmful reply, nor silence: {way:?}"
            );
        }
    }

    #[test]
    fn a_move_picked_on_the_way_is_kept_and_the_way_goes_on_from_it() {
        let sc = library("shouter-late-delivery.toml");
        let target = TurnIx(sc.turns.iter().position(|t| t.id == "options").unwrap() as u16);
        let (end, way) = route_to(&sc, target, 5, 6, Prefer::Best).unwrap();
        let before = states_before(&sc, &end, &way);
        assert_eq!(before.len(), way.len(), "the way replays: {way:?}");
        assert_eq!(before[0].turn(), Some(sc.start));
        // Every other move of the first turn: kept first, then the way on (or refused).
        let (mut kept, mut refused) = (0, 0);
        for (chosen, name, _) in moves(&sc, &before[0]) {
            if name == way[0] {
                continue;
            }
            let rerouted = reroute(&sc, &before, &way, 0, chosen, target, Prefer::Best);
            assert_eq!(
                reaches(&sc, &before[0], chosen, target),
                rerouted.is_some(),
                "{name} is greyed out exactly when it is refused"
            );
            match rerouted {
                Some((state, new_way)) => {
                    assert_eq!(new_way[0], name);
                    assert_eq!(state.turn(), Some(target));
                    assert_eq!(state.given(), new_way.len(), "handed over");
                    assert_eq!(state.history().len(), new_way.len());
                    // The way replays to the same place, so it can be changed again.
                    assert_eq!(states_before(&sc, &state, &new_way).len(), new_way.len());
                    kept += 1;
                }
                None => {
                    // Where a refused move leads is said by id: a turn of the call or an ending.
                    match after(&sc, &before[0], chosen) {
                        Ok(turn) => assert!(sc.turns.iter().any(|t| t.id == turn), "{turn}"),
                        Err(ending) => {
                            assert!(sc.endings.iter().any(|e| e.id == ending), "{ending}")
                        }
                    }
                    refused += 1
                }
            }
            // A move that goes on to a turn names the turn its way goes through next.
            if let Ok(turn) = after(&sc, &before[0], chosen)
                && let Some((_, new_way)) =
                    reroute(&sc, &before, &way, 0, chosen, target, Prefer::Best)
                && new_way.len() > 1
            {
                assert!(
                    new_way[1].starts_with(&format!("{turn}.")),
                    "{new_way:?} after {turn}"
                );
            }
        }
        assert!(kept >= 1, "another first reply still leads there");
        assert!(
            refused >= 1,
            "and one leads elsewhere (the studio greys it out)"
        );
        assert!(refused + kept == moves(&sc, &before[0]).len() - 1);
        // A later move changed keeps the moves before it.
        let last = way.len() - 1;
        let other = moves(&sc, &before[last])
            .into_iter()
            .filter(|(_, n, _)| *n != way[last])
            .find_map(|(m, _, _)| reroute(&sc, &before, &way, last, m, target, Prefer::Best));
        if let Some((_, new_way)) = other {
            assert_eq!(new_way[..last], way[..last]);
        }
        // A move that is not on offer there is refused.
        assert!(reroute(&sc, &before, &way, 0, Some(99), target, Prefer::Best).is_none());
    }

    #[test]
    fn the_way_takes_the_best_reply_over_silence_when_both_are_as_short() {
        // In the annotated example both the best first reply and silence lead to `again`, but
        // a trigger ends the call after the best reply for a customer without the twist: the
        // way must then be found with another customer, not through silence (QA m5).
        let text = crate::skeleton::skeleton();
        let sc = calmline_engine::validate(crate::skeleton::NEW_FILE, text.as_bytes())
            .into_result()
            .unwrap();
        let again = TurnIx(sc.turns.iter().position(|t| t.id == "again").unwrap() as u16);
        for seed in 0..16 {
            let (state, way) = route_to(&sc, again, seed, seed ^ 5, Prefer::Best).unwrap();
            assert_eq!(way, vec!["insult.first-warning".to_owned()], "seed {seed}");
            assert_eq!(state.turn(), Some(again));
        }
    }
}
