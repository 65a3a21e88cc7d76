//! Putting the customer on hold: a trade-off the trainee chooses, scored by hold etiquette.
//!
//! A hold is one input ([`crate::Input::Hold`]) given when the hold ends, so a call's history and
//! its save stay a list of things that happened. While the customer is on hold the reply clock
//! stops (time to check or think), but the customer waits: the mood drops, a little after an
//! announced hold ("I'll check your order, it takes about a minute; may I put you on hold?"),
//! more after a bare "please wait", most after a silent one; more again for every earlier hold
//! of the call, for every started half minute beyond what was promised, and for coming back
//! without thanking the customer. A badly done hold also puts skill points at stake that it does
//! not earn (`clarity` for not saying what and for how long, `ownership` for not keeping the
//! promised time or not thanking), so it lowers those skills' scores but never raises what a
//! call can score: a by-the-book call with no hold, or with announced, kept, thanked holds, still
//! scores full marks.
//!
//! Holds are not graded moves: the tally, the verdict and the analysis of a scenario's paths
//! know nothing of them (see `docs/scenario-format.md`, "Holds"). The mood costs have defaults
//! here; a scenario may change them for the whole call (`[hold]`) or for one turn
//! (`[turn.hold]`), such as a turn where checking is the right move or a customer who hates
//! waiting.

use crate::Skill;
#[cfg(feature = "authoring")]
use crate::diag::{Msg, Problems, msg};
use crate::model::{HoldPatch, Scenario, TurnIx};
#[cfg(feature = "authoring")]
use crate::reader::{self, Value};
use crate::spec;

/// The most holds one call records; more are refused.
pub const MAX_HOLDS: usize = 20;
/// What a bare "please wait" or a silent hold implies the customer will wait, in milliseconds.
pub const MOMENT_MS: u32 = 30_000;
/// The step in which a hold longer than promised costs more, in milliseconds.
pub const OVERRUN_STEP_MS: u32 = 30_000;
/// The most one hold may change the mood by (before clamping to 0..=100).
pub const MAX_COST: i32 = 50;
/// The range of each mood cost in a `hold` table.
pub const COST_RANGE: (i64, i64) = spec::HOLD_COST;
/// The range of `minutes` in a `hold` table.
pub const MINUTES_RANGE: (i64, i64) = spec::HOLD_MINUTES;

/// How the trainee put the customer on hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HoldWay {
    /// Asked, said what they would do and for how long.
    Announced,
    /// A bare "please wait", saying neither what nor how long.
    Bare,
    /// Without a word.
    Silent,
}

impl HoldWay {
    /// Every way with its id (saves, localization keys).
    pub const ALL: [(&'static str, HoldWay); 3] = [
        ("announced", HoldWay::Announced),
        ("bare", HoldWay::Bare),
        ("silent", HoldWay::Silent),
    ];

    /// The id used in localization keys.
    pub fn id(self) -> &'static str {
        HoldWay::ALL
            .iter()
            .find(|(_, w)| *w == self)
            .map_or("", |(id, _)| id)
    }
}

/// The mood costs of holds at one turn, resolved (engine defaults, then `[hold]`, then
/// `[turn.hold]`). Every cost is a change to the mood, zero or negative.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HoldRules {
    /// An announced hold.
    pub announced: i32,
    /// A bare "please wait".
    pub bare: i32,
    /// A silent hold.
    pub silent: i32,
    /// More for each earlier hold of the call.
    pub again: i32,
    /// More for every started half minute beyond what was promised.
    pub overrun: i32,
    /// More for coming back without thanking the customer for waiting.
    pub unthanked: i32,
    /// The minutes the announced phrasing promises.
    pub minutes: u8,
}

impl HoldRules {
    /// The engine's defaults.
    pub const DEFAULT: HoldRules = HoldRules {
        announced: -2,
        bare: -6,
        silent: -12,
        again: -3,
        overrun: -4,
        unthanked: -3,
        minutes: 1,
    };

    /// What the customer was told to expect, in milliseconds.
    pub fn promised_ms(&self, way: HoldWay) -> u32 {
        match way {
            HoldWay::Announced => u32::from(self.minutes) * 60_000,
            HoldWay::Bare | HoldWay::Silent => MOMENT_MS,
        }
    }

    fn with(mut self, patch: &HoldPatch) -> HoldRules {
        let pick = |slot: &mut i32, v: Option<i32>| *slot = v.unwrap_or(*slot);
        pick(&mut self.announced, patch.announced);
        pick(&mut self.bare, patch.bare);
        pick(&mut self.silent, patch.silent);
        pick(&mut self.again, patch.again);
        pick(&mut self.overrun, patch.overrun);
        pick(&mut self.unthanked, patch.unthanked);
        self.minutes = patch.minutes.unwrap_or(self.minutes);
        self
    }
}

/// The hold rules at `turn`: the engine's defaults, the scenario's `[hold]`, the turn's
/// `[turn.hold]`.
pub fn rules(sc: &Scenario, turn: TurnIx) -> HoldRules {
    HoldRules::DEFAULT.with(&sc.hold).with(&sc.turn(turn).hold)
}

/// One hold, as recorded in the call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hold {
    /// The turn at which the customer was put on hold.
    pub turn: TurnIx,
    /// How many moves had been made before it (its place in the history).
    pub before_move: u16,
    /// How the customer was put on hold.
    pub way: HoldWay,
    /// How long the customer waited, in milliseconds (to a tenth of a second, at most an hour).
    pub held_ms: u32,
    /// Whether the trainee thanked the customer for waiting when coming back.
    pub thanked: bool,
    /// Holds earlier in the call.
    pub earlier: u8,
    /// What the customer was told to expect ([`HoldRules::promised_ms`]).
    pub promised_ms: u32,
    /// The mood before the hold.
    pub mood_before: u8,
    /// The mood after it.
    pub mood_after: u8,
}

impl Hold {
    /// Whether the customer waited longer than promised.
    pub fn overran(&self) -> bool {
        self.held_ms > self.promised_ms
    }

    /// The skill points this hold put at stake and did not earn: (skill, points).
    pub fn skill_costs(&self) -> Vec<(Skill, i32)> {
        let mut out = Vec::new();
        match self.way {
            HoldWay::Announced => {}
            HoldWay::Bare => out.push((Skill::Clarity, 1)),
            HoldWay::Silent => out.push((Skill::Clarity, 2)),
        }
        let ownership = i32::from(self.overran()) + i32::from(!self.thanked);
        if ownership > 0 {
            out.push((Skill::Ownership, ownership));
        }
        out
    }

    /// What the debrief says about this hold, in order: what went wrong (each with what to do
    /// instead), or that it was done well.
    pub fn lessons(&self) -> Vec<Lesson> {
        let mut out = Vec::new();
        match self.way {
            HoldWay::Announced => {}
            HoldWay::Bare => out.push(Lesson::Bare),
            HoldWay::Silent => out.push(Lesson::Silent),
        }
        if self.overran() {
            out.push(Lesson::Overran);
        }
        if !self.thanked {
            out.push(Lesson::Unthanked);
        }
        if self.earlier > 0 {
            out.push(Lesson::Again);
        }
        if out.is_empty() {
            out.push(Lesson::WellDone);
        }
        out
    }
}

/// One point of hold etiquette the debrief makes (its text is looked up by the edge:
/// `debrief-hold-lesson-<id>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lesson {
    /// Announced, within the promised time, thanked.
    WellDone,
    /// A bare "please wait".
    Bare,
    /// No word at all.
    Silent,
    /// Longer than promised.
    Overran,
    /// No thanks for waiting.
    Unthanked,
    /// Not the first hold of the call.
    Again,
}

impl Lesson {
    /// The id used in localization keys.
    pub fn id(self) -> &'static str {
        match self {
            Lesson::WellDone => "well-done",
            Lesson::Bare => "bare",
            Lesson::Silent => "silent",
            Lesson::Overran => "overran",
            Lesson::Unthanked => "unthanked",
            Lesson::Again => "again",
        }
    }
}

/// The change to the mood of a hold under `rules`.
pub fn mood_cost(rules: &HoldRules, way: HoldWay, held_ms: u32, thanked: bool, earlier: u8) -> i32 {
    let base = match way {
        HoldWay::Announced => rules.announced,
        HoldWay::Bare => rules.bare,
        HoldWay::Silent => rules.silent,
    };
    let over = held_ms
        .saturating_sub(rules.promised_ms(way))
        .div_ceil(OVERRUN_STEP_MS);
    let cost = i64::from(base)
        + i64::from(rules.again) * i64::from(earlier)
        + i64::from(rules.overrun) * i64::from(over)
        + if thanked {
            0
        } else {
            i64::from(rules.unthanked)
        };
    cost.clamp(-i64::from(MAX_COST), 0) as i32
}

/// Reads a `hold` table (`[hold]` or `[turn.hold]`); every problem is recorded at its place.
#[cfg(feature = "authoring")]
pub(crate) fn read(p: &mut Problems, value: &Value<'_>, what: &Msg) -> HoldPatch {
    let mut patch = HoldPatch::default();
    let Some(obj) = reader::obj(p, value, what) else {
        return patch;
    };
    reader::check_keys(p, obj, &spec::keys(spec::HOLD), what);
    let cost = |p: &mut Problems, key: &str| {
        obj.get(key).and_then(|v| {
            reader::int(
                p,
                v,
                &msg!("diag-what-field-in", key = key, what = what),
                COST_RANGE.0,
                COST_RANGE.1,
            )
            .map(|n| n as i32)
        })
    };
    patch.announced = cost(p, "announced");
    patch.bare = cost(p, "bare");
    patch.silent = cost(p, "silent");
    patch.again = cost(p, "again");
    patch.overrun = cost(p, "overrun");
    patch.unthanked = cost(p, "unthanked");
    patch.minutes = obj.get("minutes").and_then(|v| {
        reader::int(
            p,
            v,
            &msg!("diag-what-field-in", key = "minutes", what = what),
            MINUTES_RANGE.0,
            MINUTES_RANGE.1,
        )
        .map(|n| n as u8)
    });
    patch
}

/// The hold that ended at `turn` after `before_move` moves, with the customer's `mood` before it
/// and the call's earlier `holds`: its cost applied ([`crate::run::step`] records it).
pub(crate) fn record(
    sc: &Scenario,
    turn: TurnIx,
    holds: &[Hold],
    before_move: usize,
    mood: i32,
    (way, held_ms, thanked): (HoldWay, u32, bool),
) -> Hold {
    let rules = rules(sc, turn);
    let earlier = holds.len().min(usize::from(u8::MAX)) as u8;
    let after = (mood + mood_cost(&rules, way, held_ms, thanked, earlier)).clamp(0, 100);
    Hold {
        turn,
        before_move: before_move.min(usize::from(u16::MAX)) as u16,
        way,
        held_ms,
        thanked,
        earlier,
        promised_ms: rules.promised_ms(way),
        mood_before: mood.clamp(0, 100) as u8,
        mood_after: after as u8,
    }
}
