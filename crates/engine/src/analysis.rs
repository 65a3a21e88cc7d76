//! What a scenario makes possible: every reachable situation, explored with the game's own rules.
//!
//! The analysis walks every call the scenario allows (each reply, each timeout and ending the
//! call at every turn), with the same `transition` the game uses, memoising on the part of the
//! state that decides the future. Bottom-up over that graph of situations (dynamic programming,
//! never enumerating paths) it learns which turns and endings can be reached, where the trainee
//! can be left without a reply, the shortest and longest call, how many distinct calls there are,
//! and, for every ending, which tallies of graded moves ([`Tally`]) the calls reaching it can
//! have. Since a call's verdict depends only on its tally and its ending ([`crate::scale`]), that
//! set decides exactly which endings can pass and the scores of passing and failing calls.
//!
//! Scenarios too big to explore exactly (over [`STATE_BUDGET`] situations or [`TALLY_BUDGET`]
//! tallies) fall back to a bound on the turn graph that ignores conditions and triggers; the
//! statistics then say "approximate" and carry no verdicts.

use std::collections::HashMap;

use crate::Skill;
use crate::model::*;
use crate::run::{At, Core, Move};
use crate::scale::{self, Tally};
use crate::score::judge_move;

/// The most distinct situations the exact analysis explores before falling back to the bound.
pub const STATE_BUDGET: usize = 200_000;
/// The most (tally, ending) entries kept over all situations before falling back to the bound.
pub const TALLY_BUDGET: usize = 4_000_000;

/// Everything the calls of one ending can be.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EndingStats {
    /// Distinct calls that end here.
    pub paths: u64,
    /// Of those, calls that pass.
    pub passing: u64,
    /// Lowest and highest overall score of the calls that end here.
    pub scores: Option<(u8, u8)>,
}

/// What the analysis knows about a whole scenario.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    /// Fewest moves in a call.
    pub shortest: u32,
    /// Most moves in a call.
    pub longest: u32,
    /// False if the scenario was too big to explore and these are bounds on the turn graph
    /// (then there are no tallies, paths or verdicts).
    pub exact: bool,
    /// Whether the verdicts were analysed ([`Depth::Verdicts`]); without them `endings` and
    /// `tallies` are empty.
    pub verdicts: bool,
    /// Distinct calls (sequences of moves from the start to an ending), saturating.
    pub paths: u64,
    /// Per ending, in [`Scenario::endings`] order (exact analysis only).
    pub endings: Vec<EndingStats>,
    /// Every (tally, ending) a call can have, with how many calls have it, sorted. The tally's
    /// `critical` is 1 when some move was critical (the verdict needs no more).
    pub tallies: Vec<(Tally, EndingIx, u64)>,
    /// For each combination of twists (bits, in [`crate::twist::combinations`] order), whether
    /// a call of best moves only reaches an ending that can pass (exact verdicts only).
    pub by_the_book: Vec<bool>,
}

impl Stats {
    /// Overall scores of passing calls (lowest, highest), with the scenario's pass mark.
    pub fn passing(&self, sc: &Scenario) -> Option<(u8, u8)> {
        self.range(sc, true)
    }

    /// Overall scores of failing calls (lowest, highest), with the scenario's pass mark.
    pub fn failing(&self, sc: &Scenario) -> Option<(u8, u8)> {
        self.range(sc, false)
    }

    fn range(&self, sc: &Scenario, passed: bool) -> Option<(u8, u8)> {
        self.tallies
            .iter()
            .map(|(t, e, _)| scale::verdict(t, Some(sc.ending(*e).outcome), sc.pass_mark))
            .filter(|v| v.passed == passed)
            .fold(None, |acc, v| {
                Some(acc.map_or((v.overall, v.overall), |(lo, hi): (u8, u8)| {
                    (lo.min(v.overall), hi.max(v.overall))
                }))
            })
    }

    /// The highest quality of the moves (uncapped) among calls that fail: how good a call can
    /// be and still fail on its ending or a critical error.
    pub fn best_failing_quality(&self, sc: &Scenario) -> Option<u8> {
        self.tallies
            .iter()
            .map(|(t, e, _)| scale::verdict(t, Some(sc.ending(*e).outcome), sc.pass_mark))
            .filter(|v| !v.passed)
            .map(|v| v.quality)
            .max()
    }

    /// How many endings some call passes through.
    pub fn endings_that_pass(&self) -> usize {
        self.endings.iter().filter(|e| e.passing > 0).count()
    }
}

/// A problem the analysis found, by index; the validator locates it in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Finding {
    UnreachableTurn(TurnIx),
    UnreachableEnding(EndingIx),
    /// A cycle of turns through `goto`s: the reply or silence that closes it.
    Cycle {
        from: TurnIx,
        reply: Option<u8>,
        to: TurnIx,
    },
    /// All replies of the turn can be unavailable at once.
    NoReply(TurnIx),
    /// No call can pass.
    NothingPasses,
    /// No call can pass when these twists (bits) happen, though some can with others.
    NothingPassesWith(u8),
    /// An ending whose outcome could pass, reached only by calls that fail.
    EndingNeverPasses(EndingIx),
    /// Too big to explore exactly.
    Approximate,
    /// The scenario lists a skill that no move changes.
    SkillNotScored(Skill),
}

/// The result of analysing a scenario.
#[derive(Debug, Clone)]
pub(crate) struct Analysis {
    pub stats: Stats,
    pub findings: Vec<Finding>,
}

/// A (tally, ending) packed into a word, so that the sets of the dynamic programme hash and merge
/// fast: four move counts of 8 bits, one bit for "some critical error", 16 bits of ending.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Key(u64);

impl Key {
    fn ending(e: EndingIx) -> Key {
        Key(u64::from(e.0) << 40)
    }

    /// The key with one more move; `None` if a count would overflow (the analysis then falls
    /// back to the bound).
    fn with(self, grade: Grade, critical: bool) -> Option<Key> {
        let shift = 8 * grade as u64;
        if (self.0 >> shift) & 0xff == 0xff {
            return None;
        }
        Some(Key((self.0 + (1 << shift)) | (u64::from(critical) << 32)))
    }

    fn unpack(self) -> (Tally, EndingIx) {
        let count = |g: u64| ((self.0 >> (8 * g)) & 0xff) as u16;
        let tally = Tally {
            moves: [count(0), count(1), count(2), count(3)],
            critical: ((self.0 >> 32) & 1) as u16,
        };
        (tally, EndingIx((self.0 >> 40) as u16))
    }
}

/// A multiply-shift hasher for [`Key`]s (SipHash, the default, is most of the time otherwise).
#[derive(Default)]
struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (n ^ (n >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        self.0 ^= self.0 >> 32;
    }
}

type KeyMap = HashMap<Key, u64, std::hash::BuildHasherDefault<KeyHasher>>;

/// Everything that can still happen from one situation.
#[derive(Clone, Default)]
struct Future {
    shortest: u32,
    longest: u32,
    paths: u64,
    /// Calls from here, by the tally of their remaining moves and their ending; empty when the
    /// analysis only looks at reachability.
    tallies: KeyMap,
    /// A count overflowed a key.
    overflow: bool,
}

impl Future {
    fn empty() -> Future {
        Future {
            shortest: u32::MAX,
            ..Future::default()
        }
    }

    /// Adds the calls that make a move (of `grade`, `critical`) and then go on as `child`.
    fn add(&mut self, child: &Future, grade: Grade, critical: bool) {
        self.shortest = self.shortest.min(child.shortest.saturating_add(1));
        self.longest = self.longest.max(child.longest.saturating_add(1));
        self.paths = self.paths.saturating_add(child.paths);
        self.overflow |= child.overflow;
        for (&key, &n) in &child.tallies {
            match key.with(grade, critical) {
                Some(key) => {
                    let slot = self.tallies.entry(key).or_insert(0);
                    *slot = slot.saturating_add(n);
                }
                None => self.overflow = true,
            }
        }
    }

    /// Adds the calls of `other` as they are (another start of the call).
    fn merge(&mut self, other: &Future) {
        self.shortest = self.shortest.min(other.shortest);
        self.longest = self.longest.max(other.longest);
        self.paths = self.paths.saturating_add(other.paths);
        self.overflow |= other.overflow;
        for (&key, &n) in &other.tallies {
            let slot = self.tallies.entry(key).or_insert(0);
            *slot = slot.saturating_add(n);
        }
    }

    fn ending(e: EndingIx, tallies: bool) -> Future {
        let mut map = KeyMap::default();
        if tallies {
            map.insert(Key::ending(e), 1);
        }
        Future {
            shortest: 0,
            longest: 0,
            paths: 1,
            tallies: map,
            overflow: false,
        }
    }
}

struct Frame {
    core: Core,
    moves: Vec<Move>,
    next: usize,
    acc: Future,
    /// The move that led here (its grade and whether it was critical), merged into the parent.
    led_by: (Grade, bool),
}

/// Everything a run of the exact exploration learns.
struct Explored {
    /// Every call, from every start.
    root: Future,
    /// The calls from each start: one per combination of twists, in [`crate::twist::combinations`]
    /// order.
    starts: Vec<Future>,
    turns: Vec<bool>,
    endings: Vec<bool>,
    no_reply: Vec<bool>,
}

fn moves(core: &Core, sc: &Scenario) -> Vec<Move> {
    let replies = core.available(sc);
    let mut moves: Vec<Move> = Vec::with_capacity(replies.len() + 2);
    moves.extend(replies.into_iter().map(Move::Reply));
    moves.push(Move::Silence);
    moves.push(Move::HangUp);
    moves
}

/// Whether `mv` at `turn` may be missing from a call that reaches the same situation with holds:
/// a hold only lowers the mood ([`crate::hold`], not explored here), so a reply that needs a mood
/// may go, and a turn whose replies all need one may be left without any. Silence and ending the
/// call never go.
fn may_go(sc: &Scenario, turn: TurnIx, mv: Move) -> bool {
    match mv {
        Move::Reply(r) => sc.turn(turn).replies[usize::from(r)]
            .when
            .mood_at_least
            .is_some_and(|m| m > 0),
        Move::Silence | Move::HangUp => true,
    }
}

/// Explores every situation; `None` if there are more than the budgets allow. With `tallies`
/// false, only reachability, lengths and the number of calls are found (fast).
fn explore(sc: &Scenario, tallies: bool) -> Option<Explored> {
    // Sized for a large library call's situations (about ten thousand): growing it step by step
    // was a tenth of the time.
    let mut memo: rustc_hash::FxHashMap<Core, Future> =
        rustc_hash::FxHashMap::with_capacity_and_hasher(1 << 14, Default::default());
    let mut kept = 0usize;
    let mut turns = vec![false; sc.turns.len()];
    let mut endings = vec![false; sc.endings.len()];
    let mut no_reply = vec![false; sc.turns.len()];
    // One start per combination of twists; the memo is shared (the twists are part of Core).
    let mut combos = crate::twist::combinations(sc);
    let root_frame = |twists: u8| {
        let start = Core::start(sc, twists);
        Frame {
            moves: moves(&start, sc),
            core: start,
            next: 0,
            acc: Future::empty(),
            led_by: (Grade::Best, false),
        }
    };
    turns[usize::from(sc.start.0)] = true;
    let mut starts: Vec<Future> = Vec::new();
    let mut stack = vec![root_frame(combos.next().unwrap_or(0))];
    loop {
        let top = stack.last_mut()?;
        if top.next == top.moves.len() {
            let done = stack.pop()?;
            kept += done.acc.tallies.len();
            if kept > TALLY_BUDGET || done.acc.overflow {
                return None;
            }
            match stack.last_mut() {
                Some(parent) => parent.acc.add(&done.acc, done.led_by.0, done.led_by.1),
                None => {
                    starts.push(done.acc.clone());
                    match combos.next() {
                        Some(twists) => stack.push(root_frame(twists)),
                        None => {
                            let mut root = Future::empty();
                            for start in &starts {
                                root.merge(start);
                            }
                            return Some(Explored {
                                root,
                                starts,
                                turns,
                                endings,
                                no_reply,
                            });
                        }
                    }
                }
            }
            memo.insert(done.core, done.acc);
            continue;
        }
        let mv = top.moves[top.next];
        top.next += 1;
        let Some(t) = top.core.transition(sc, mv) else {
            continue;
        };
        let At::Turn(here) = top.core.at else {
            continue;
        };
        let (grade, critical) = judge_move(sc, here, t.choice);
        match t.core.at {
            At::Ended(e) => {
                endings[usize::from(e.0)] = true;
                top.acc.add(&Future::ending(e, tallies), grade, critical);
            }
            At::Turn(turn) => {
                turns[usize::from(turn.0)] = true;
                if let Some(known) = memo.get(&t.core) {
                    top.acc.add(known, grade, critical);
                } else {
                    if memo.len() + stack.len() > STATE_BUDGET {
                        return None;
                    }
                    let next_moves = moves(&t.core, sc);
                    if next_moves.iter().all(|m| may_go(sc, turn, *m)) {
                        no_reply[usize::from(turn.0)] = true;
                    }
                    stack.push(Frame {
                        moves: next_moves,
                        core: t.core,
                        next: 0,
                        acc: Future::empty(),
                        led_by: (grade, critical),
                    });
                }
            }
        }
    }
}

/// Edges of the turn graph: (from, reply or `None` for silence, to).
fn edges(sc: &Scenario) -> Vec<(TurnIx, Option<u8>, Target)> {
    let mut out = Vec::new();
    for (i, turn) in sc.turns.iter().enumerate() {
        let from = TurnIx(i as u16);
        for (r, reply) in turn.replies.iter().enumerate() {
            out.push((from, Some(r as u8), reply.goto));
        }
        if let Some(goto) = turn.silence.goto {
            if goto != Target::Turn(from) {
                out.push((from, None, goto));
            }
        }
    }
    out
}

/// Cycles in the turn graph, each reported once at the edge that closes it.
fn cycles(sc: &Scenario) -> Vec<Finding> {
    let edges = edges(sc);
    let n = sc.turns.len();
    let mut out_edges: Vec<Vec<(Option<u8>, TurnIx)>> = vec![Vec::new(); n];
    for (from, reply, to) in &edges {
        if let Target::Turn(to) = to {
            out_edges[usize::from(from.0)].push((*reply, *to));
        }
    }
    // 0 = unvisited, 1 = on the stack, 2 = done.
    let mut colour = vec![0u8; n];
    let mut found = Vec::new();
    for root in 0..n {
        if colour[root] != 0 {
            continue;
        }
        let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
        colour[root] = 1;
        while let Some(&mut (node, ref mut next)) = stack.last_mut() {
            if let Some(&(reply, to)) = out_edges[node].get(*next) {
                *next += 1;
                let to_ix = usize::from(to.0);
                match colour[to_ix] {
                    0 => {
                        colour[to_ix] = 1;
                        stack.push((to_ix, 0));
                    }
                    1 => found.push(Finding::Cycle {
                        from: TurnIx(node as u16),
                        reply,
                        to,
                    }),
                    _ => {}
                }
            } else {
                colour[node] = 2;
                stack.pop();
            }
        }
    }
    found
}

/// The bound used when exact exploration is over budget: reachability and the shortest and
/// longest paths over the turn graph, ignoring conditions (the longest is an upper bound, the
/// shortest a lower one).
fn bound(sc: &Scenario) -> (u32, u32, Vec<bool>, Vec<bool>) {
    let n = sc.turns.len();
    let mut memo: Vec<Option<(u32, u32)>> = vec![None; n];
    let mut turns = vec![false; n];
    let mut endings = vec![false; sc.endings.len()];
    for rule in &sc.hang_up {
        endings[usize::from(rule.ending.0)] = true;
    }
    endings[usize::from(sc.customer.gives_up.0)] = true;
    for trigger in &sc.triggers {
        match trigger.goto {
            Target::Ending(e) => endings[usize::from(e.0)] = true,
            Target::Turn(t) => turns[usize::from(t.0)] = true,
        }
    }
    // Post-order over the DAG with an explicit stack.
    let mut stack = vec![(usize::from(sc.start.0), false)];
    turns[usize::from(sc.start.0)] = true;
    while let Some((node, expanded)) = stack.pop() {
        if memo[node].is_some() {
            continue;
        }
        let turn = &sc.turns[node];
        let targets = turn
            .replies
            .iter()
            .map(|r| r.goto)
            .chain(turn.silence.goto)
            .filter(|&g| g != Target::Turn(TurnIx(node as u16)));
        if !expanded {
            stack.push((node, true));
            for target in targets {
                if let Target::Turn(t) = target {
                    let t = usize::from(t.0);
                    turns[t] = true;
                    if memo[t].is_none() {
                        stack.push((t, false));
                    }
                }
            }
            continue;
        }
        // Ending the call is always possible: one move.
        let (mut shortest, mut longest) = (1u32, 1u32);
        for target in targets {
            match target {
                Target::Ending(e) => endings[usize::from(e.0)] = true,
                Target::Turn(t) => {
                    if let Some((s, l)) = memo[usize::from(t.0)] {
                        shortest = shortest.min(s.saturating_add(1));
                        longest = longest.max(l.saturating_add(1));
                    }
                }
            }
        }
        // The customer waits through silences up to their patience.
        let waits = u32::from(sc.customer.patience);
        memo[node] = Some((shortest, longest.saturating_add(waits)));
    }
    let (shortest, longest) = memo[usize::from(sc.start.0)].unwrap_or((0, 0));
    // Each trigger fires at most once and may send the call back to any turn, so a call is at
    // most one more path through the graph per trigger.
    let segments = u32::try_from(sc.triggers.len())
        .unwrap_or(u32::MAX)
        .saturating_add(1);
    (shortest, longest.saturating_mul(segments), turns, endings)
}

/// How much the analysis finds out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Depth {
    /// Reachability, dead ends and the lengths of calls: what playing a checked file needs.
    Playable,
    /// Also the verdict of every call (what an author needs; takes longer).
    Verdicts,
}

/// Analyses a loaded scenario.
pub(crate) fn analyse(sc: &Scenario, depth: Depth) -> Analysis {
    let mut findings = cycles(sc);
    if !findings.is_empty() {
        // Exploring a graph with cycles could go on for ever; the cycles must be fixed first.
        return Analysis {
            stats: Stats::default(),
            findings,
        };
    }
    let verdicts = depth == Depth::Verdicts;
    let mut stuck_twists = Vec::new();
    let (stats, turns, endings, no_reply) = match explore(sc, verdicts) {
        Some(e) => {
            let book = |f: &Future| {
                f.tallies.keys().any(|key| {
                    let (t, ending) = key.unpack();
                    t.critical == 0
                        && t.moves[..Grade::Best as usize].iter().all(|&n| n == 0)
                        && sc.ending(ending).outcome.can_pass()
                })
            };
            let by_the_book: Vec<bool> = if verdicts {
                e.starts.iter().map(book).collect()
            } else {
                Vec::new()
            };
            if verdicts && e.starts.len() > 1 {
                let passes = |key: &Key| {
                    let (t, ending) = key.unpack();
                    scale::verdict(&t, Some(sc.ending(ending).outcome), sc.pass_mark).passed
                };
                stuck_twists = e
                    .starts
                    .iter()
                    .enumerate()
                    .filter(|(_, f)| !f.tallies.keys().any(passes))
                    .map(|(i, _)| i as u8)
                    .collect();
            }
            let mut tallies: Vec<(Tally, EndingIx, u64)> = e
                .root
                .tallies
                .iter()
                .map(|(&key, &n)| {
                    let (t, ending) = key.unpack();
                    (t, ending, n)
                })
                .collect();
            tallies.sort_unstable();
            let mut per_ending = vec![EndingStats::default(); sc.endings.len()];
            for &(t, ending, n) in &tallies {
                let v = scale::verdict(&t, Some(sc.ending(ending).outcome), sc.pass_mark);
                let slot = &mut per_ending[usize::from(ending.0)];
                slot.paths = slot.paths.saturating_add(n);
                if v.passed {
                    slot.passing = slot.passing.saturating_add(n);
                }
                slot.scores = Some(slot.scores.map_or((v.overall, v.overall), |(lo, hi)| {
                    (lo.min(v.overall), hi.max(v.overall))
                }));
            }
            let stats = Stats {
                shortest: e.root.shortest,
                longest: e.root.longest,
                exact: true,
                verdicts,
                paths: e.root.paths,
                endings: per_ending,
                tallies,
                by_the_book,
            };
            (stats, e.turns, e.endings, e.no_reply)
        }
        None => {
            let (shortest, longest, turns, endings) = bound(sc);
            findings.push(Finding::Approximate);
            let stats = Stats {
                shortest,
                longest,
                ..Stats::default()
            };
            (stats, turns, endings, vec![false; sc.turns.len()])
        }
    };
    for (i, reached) in turns.iter().enumerate() {
        if !reached {
            findings.push(Finding::UnreachableTurn(TurnIx(i as u16)));
        }
    }
    for (i, reached) in endings.iter().enumerate() {
        if !reached {
            findings.push(Finding::UnreachableEnding(EndingIx(i as u16)));
        }
    }
    for (i, stuck) in no_reply.iter().enumerate() {
        if *stuck {
            findings.push(Finding::NoReply(TurnIx(i as u16)));
        }
    }
    for &skill in &sc.skills {
        let changes = |e: &Effect| e.skill(skill) != 0;
        let scored =
            sc.turns.iter().any(|t| {
                changes(&t.silence.effect) || t.replies.iter().any(|r| changes(&r.effect))
            }) || sc.hang_up.iter().any(|h| changes(&h.effect));
        if !scored {
            findings.push(Finding::SkillNotScored(skill));
        }
    }
    if stats.exact && stats.verdicts {
        if stats.endings_that_pass() == 0 {
            findings.push(Finding::NothingPasses);
        } else {
            findings.extend(stuck_twists.into_iter().map(Finding::NothingPassesWith));
        }
        for (i, e) in stats.endings.iter().enumerate() {
            let ending = EndingIx(i as u16);
            if e.paths > 0 && e.passing == 0 && sc.ending(ending).outcome.can_pass() {
                findings.push(Finding::EndingNeverPasses(ending));
            }
        }
    }
    Analysis { stats, findings }
}
