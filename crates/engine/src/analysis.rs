//! What a scenario makes possible: every reachable situation, explored with the game's own rules.
//!
//! The analysis walks every call the scenario allows (each reply, each timeout and ending the
//! call at every turn), with the same `transition` the game uses, memoising on the part of the
//! state that decides the future. From that it knows which turns and endings can be reached,
//! where the trainee can be left without a reply, the shortest and longest call, and the best and
//! worst total each skill can reach, which is what a score of 0 and 100 mean. Scenarios too big
//! to explore exactly (over [`STATE_BUDGET`] situations) fall back to a bound on the turn graph
//! that ignores conditions and triggers; the summary then says "approximate".

use std::collections::HashMap;

use crate::Skill;
use crate::model::*;
use crate::run::{At, Core, Move};

/// The most distinct situations the exact analysis explores before falling back to the bound.
pub const STATE_BUDGET: usize = 200_000;

/// The score range of a scenario: the best and worst raw total of each skill over all calls.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Ranges {
    /// Best reachable raw total per skill, in [`Skill::ALL`] order.
    pub best: [i32; 7],
    /// Worst reachable raw total per skill.
    pub worst: [i32; 7],
    /// The highest overall score (0..=100) any call can reach.
    pub best_overall: u8,
    /// The lowest overall score any call can reach.
    pub worst_overall: u8,
    /// Fewest moves in a call.
    pub shortest: u32,
    /// Most moves in a call.
    pub longest: u32,
    /// False if the scenario was too big to explore and these are bounds on the turn graph.
    pub exact: bool,
}

impl Ranges {
    /// Whether the skill is scored in this scenario (some move changes it).
    pub fn scores(&self, skill: Skill) -> bool {
        self.best[skill as usize] > self.worst[skill as usize]
    }

    /// The 0..=100 score of a raw total; `None` if the skill is not scored here.
    pub fn normalise(&self, skill: Skill, raw: i32) -> Option<u8> {
        let (best, worst) = (self.best[skill as usize], self.worst[skill as usize]);
        (best > worst).then(|| {
            let score = (f64::from(raw - worst) * 100.0 / f64::from(best - worst)).round();
            score.clamp(0.0, 100.0) as u8
        })
    }

    /// The overall score of raw totals: the mean of the scored skills' scores.
    pub fn overall(&self, raw: &[i32; 7]) -> u8 {
        let scores: Vec<u32> = Skill::ALL
            .iter()
            .filter_map(|&s| self.normalise(s, raw[s as usize]))
            .map(u32::from)
            .collect();
        if scores.is_empty() {
            return 0;
        }
        ((scores.iter().sum::<u32>() as f64) / scores.len() as f64).round() as u8
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
    PassMarkUnreachable {
        best: u8,
    },
    SkillNotScored(Skill),
}

/// The result of analysing a scenario.
#[derive(Debug, Clone)]
pub(crate) struct Analysis {
    pub ranges: Ranges,
    pub findings: Vec<Finding>,
}

/// Per-situation summary of everything that can still happen from it.
#[derive(Clone, Copy)]
struct Summary {
    min: [i32; 7],
    max: [i32; 7],
    shortest: u32,
    longest: u32,
    /// Best weighted overall (second pass only).
    best: f64,
    worst: f64,
}

impl Summary {
    const LEAF: Summary = Summary {
        min: [0; 7],
        max: [0; 7],
        shortest: 0,
        longest: 0,
        best: 0.0,
        worst: 0.0,
    };
    const EMPTY: Summary = Summary {
        min: [i32::MAX; 7],
        max: [i32::MIN; 7],
        shortest: u32::MAX,
        longest: 0,
        best: f64::NEG_INFINITY,
        worst: f64::INFINITY,
    };

    fn merge(&mut self, child: &Summary, skills: &[i32; 7], weights: &[f64; 7]) {
        let gain: f64 = skills
            .iter()
            .zip(weights)
            .map(|(&s, w)| f64::from(s) * w)
            .sum();
        for (i, &delta) in skills.iter().enumerate() {
            self.min[i] = self.min[i].min(child.min[i].saturating_add(delta));
            self.max[i] = self.max[i].max(child.max[i].saturating_add(delta));
        }
        self.shortest = self.shortest.min(child.shortest.saturating_add(1));
        self.longest = self.longest.max(child.longest.saturating_add(1));
        self.best = self.best.max(child.best + gain);
        self.worst = self.worst.min(child.worst + gain);
    }
}

struct Frame {
    core: Core,
    moves: Vec<Move>,
    next: usize,
    acc: Summary,
    /// The skill changes of the move that led here (merged into the parent on pop).
    skills: [i32; 7],
}

/// Everything a run of the exact exploration learns.
struct Explored {
    root: Summary,
    turns: Vec<bool>,
    endings: Vec<bool>,
    no_reply: Vec<bool>,
}

fn moves(core: &Core, sc: &Scenario) -> Vec<Move> {
    let mut moves: Vec<Move> = core.available(sc).into_iter().map(Move::Reply).collect();
    moves.push(Move::Silence);
    moves.push(Move::HangUp);
    moves
}

/// Explores every situation; `None` if there are more than the budget.
fn explore(sc: &Scenario, weights: &[f64; 7]) -> Option<Explored> {
    let mut memo: HashMap<Core, Summary> = HashMap::new();
    let mut turns = vec![false; sc.turns.len()];
    let mut endings = vec![false; sc.endings.len()];
    let mut no_reply = vec![false; sc.turns.len()];
    let start = Core::start(sc);
    turns[usize::from(sc.start.0)] = true;
    let mut stack = vec![Frame {
        moves: moves(&start, sc),
        core: start,
        next: 0,
        acc: Summary::EMPTY,
        skills: [0; 7],
    }];
    loop {
        let top = stack.last_mut()?;
        if top.next == top.moves.len() {
            let done = stack.pop()?;
            memo.insert(done.core, done.acc);
            match stack.last_mut() {
                Some(parent) => parent.acc.merge(&done.acc, &done.skills, weights),
                None => break,
            }
            continue;
        }
        let mv = top.moves[top.next];
        top.next += 1;
        let Some(t) = top.core.transition(sc, mv) else {
            continue;
        };
        match t.core.at {
            At::Ended(e) => {
                endings[usize::from(e.0)] = true;
                top.acc.merge(&Summary::LEAF, &t.skills, weights);
            }
            At::Turn(turn) => {
                turns[usize::from(turn.0)] = true;
                if let Some(known) = memo.get(&t.core) {
                    let known = *known;
                    top.acc.merge(&known, &t.skills, weights);
                } else {
                    if memo.len() + stack.len() > STATE_BUDGET {
                        return None;
                    }
                    let next_moves = moves(&t.core, sc);
                    if next_moves.len() == 2 {
                        no_reply[usize::from(turn.0)] = true;
                    }
                    stack.push(Frame {
                        moves: next_moves,
                        core: t.core,
                        next: 0,
                        acc: Summary::EMPTY,
                        skills: t.skills,
                    });
                }
            }
        }
    }
    let root = memo.get(&Core::start(sc)).copied()?;
    Some(Explored {
        root,
        turns,
        endings,
        no_reply,
    })
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

/// The bound used when exact exploration is over budget: longest/shortest paths and skill
/// totals over the turn graph, ignoring conditions and triggers.
fn bound(sc: &Scenario, weights: &[f64; 7]) -> (Summary, Vec<bool>, Vec<bool>) {
    let n = sc.turns.len();
    let mut memo: Vec<Option<Summary>> = vec![None; n];
    let mut turns = vec![false; n];
    let mut endings = vec![false; sc.endings.len()];
    let hang_up: Vec<(&[i32; 7], EndingIx)> = sc
        .hang_up
        .iter()
        .map(|h| (&h.effect.skills, h.ending))
        .collect();
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
            .map(|r| (r.goto, &r.effect.skills))
            .chain(turn.silence.goto.map(|g| (g, &turn.silence.effect.skills)));
        if !expanded {
            stack.push((node, true));
            for (target, _) in targets {
                if let Target::Turn(t) = target {
                    let t = usize::from(t.0);
                    turns[t] = true;
                    if memo[t].is_none() && t != node {
                        stack.push((t, false));
                    }
                }
            }
            continue;
        }
        let mut acc = Summary::EMPTY;
        for (target, skills) in targets {
            match target {
                Target::Ending(e) => {
                    endings[usize::from(e.0)] = true;
                    acc.merge(&Summary::LEAF, skills, weights);
                }
                Target::Turn(t) if usize::from(t.0) != node => {
                    if let Some(child) = memo[usize::from(t.0)] {
                        acc.merge(&child, skills, weights);
                    }
                }
                Target::Turn(_) => {}
            }
        }
        acc.merge(&Summary::LEAF, &turn.silence.effect.skills, weights);
        for (skills, e) in &hang_up {
            endings[usize::from(e.0)] = true;
            acc.merge(&Summary::LEAF, skills, weights);
        }
        endings[usize::from(sc.customer.gives_up.0)] = true;
        memo[node] = Some(acc);
    }
    let root = memo[usize::from(sc.start.0)].unwrap_or(Summary::LEAF);
    (root, turns, endings)
}

/// Analyses a loaded scenario.
pub(crate) fn analyse(sc: &Scenario) -> Analysis {
    let mut findings = cycles(sc);
    if !findings.is_empty() {
        // Exploring a graph with cycles could go on for ever; the cycles must be fixed first.
        return Analysis {
            ranges: Ranges::default(),
            findings,
        };
    }
    let zero = [0.0; 7];
    let (root, turns, endings, no_reply, exact) = match explore(sc, &zero) {
        Some(e) => (e.root, e.turns, e.endings, e.no_reply, true),
        None => {
            let (root, turns, endings) = bound(sc, &zero);
            (root, turns, endings, vec![false; sc.turns.len()], false)
        }
    };
    let mut ranges = Ranges {
        best: root.max,
        worst: root.min,
        best_overall: 0,
        worst_overall: 0,
        shortest: root.shortest,
        longest: root.longest,
        exact,
    };
    // Second pass: the overall score is linear in the raw totals, so its best and worst over all
    // calls are found by the same exploration with each skill weighted by 100 / its range.
    let mut weights = [0.0; 7];
    let scored: Vec<Skill> = Skill::ALL
        .into_iter()
        .filter(|&s| ranges.scores(s))
        .collect();
    for &s in &scored {
        let i = s as usize;
        weights[i] = 100.0 / f64::from(ranges.best[i] - ranges.worst[i]) / scored.len() as f64;
    }
    let weighted = if exact {
        explore(sc, &weights).map(|e| e.root)
    } else {
        Some(bound(sc, &weights).0)
    };
    if let Some(w) = weighted {
        let offset: f64 = scored
            .iter()
            .map(|&s| -f64::from(ranges.worst[s as usize]) * weights[s as usize])
            .sum();
        ranges.best_overall = (w.best + offset).round().clamp(0.0, 100.0) as u8;
        ranges.worst_overall = (w.worst + offset).round().clamp(0.0, 100.0) as u8;
    }
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
        if !ranges.scores(skill) {
            findings.push(Finding::SkillNotScored(skill));
        }
    }
    if ranges.best_overall < sc.pass_mark {
        findings.push(Finding::PassMarkUnreachable {
            best: ranges.best_overall,
        });
    }
    Analysis { ranges, findings }
}
