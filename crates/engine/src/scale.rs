//! The scoring scale: what a move is worth, when a call passes, and the one number reported.
//!
//! The verdict of a call depends only on a [`Tally`] of its moves (how many of each grade, how
//! many critical errors) and on how it ended. The scorecard of a played call and the analysis
//! that checks every path of a scenario both call [`verdict`], so what the validator proves about
//! a scenario is what the game will say. The reasoning is in `docs/scoring.md`:
//!
//! - every move the trainee makes (a reply, a silence, ending the call) is worth the points of its
//!   grade: best 100, acceptable 75, poor 25, harmful 0; a silence is poor;
//! - the quality of a call is the mean of its moves' points, so a short by-the-book call scores
//!   100 like a long one;
//! - a call passes when it reached an ending that can pass, has no critical error and its quality
//!   is at least the pass mark;
//! - a call that does not pass reports an overall score below the pass mark (its quality capped at
//!   pass mark - 1), so an LMS that compares the score with its mastery score agrees.

use crate::model::{Grade, Outcome};

/// The points a move of `grade` is worth.
pub const fn points(grade: Grade) -> u32 {
    match grade {
        Grade::Best => 100,
        Grade::Acceptable => 75,
        Grade::Poor => 25,
        Grade::Harmful => 0,
    }
}

/// The lowest pass mark that still fails every call made mostly of poor moves: with more than
/// half of the moves poor, the mean is below 62.5 and rounds to at most 62.
pub const PASS_MARK_MIN: u8 = 63;

/// The highest pass mark that passes every call made only of best and acceptable moves (whose
/// mean is at least 75).
pub const PASS_MARK_MAX: u8 = 75;

/// What a call's verdict depends on: the grades of its moves and its critical errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct Tally {
    /// Moves per grade, indexed by `Grade as usize` (harmful, poor, acceptable, best).
    pub moves: [u16; 4],
    /// Moves that were critical errors.
    pub critical: u16,
}

impl Tally {
    /// The tally with one more move.
    pub fn with(mut self, grade: Grade, critical: bool) -> Tally {
        let slot = &mut self.moves[grade as usize];
        *slot = slot.saturating_add(1);
        self.critical = self.critical.saturating_add(u16::from(critical));
        self
    }

    /// How many moves had `grade`.
    pub fn count(&self, grade: Grade) -> u32 {
        u32::from(self.moves[grade as usize])
    }

    /// How many moves in all.
    pub fn len(&self) -> u32 {
        self.moves.iter().map(|&n| u32::from(n)).sum()
    }

    /// Whether no move was made.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The quality of the moves: the mean of their points, rounded half up (0 with no move).
    pub fn quality(&self) -> u8 {
        let n = self.len();
        if n == 0 {
            return 0;
        }
        let total: u32 = [Grade::Harmful, Grade::Poor, Grade::Acceptable, Grade::Best]
            .iter()
            .map(|&g| self.count(g) * points(g))
            .sum();
        ((2 * total + n) / (2 * n)).min(100) as u8
    }
}

/// The verdict of a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verdict {
    /// Whether the call passed.
    pub passed: bool,
    /// The one number reported everywhere (debrief, progress, LMS): the quality, capped at
    /// `pass_mark - 1` when the call did not pass.
    pub overall: u8,
    /// The mean points of the moves, uncapped.
    pub quality: u8,
    /// The pass mark applied.
    pub pass_mark: u8,
    /// The call has ended.
    pub finished: bool,
    /// It ended in a way that can pass.
    pub good_ending: bool,
    /// The quality reached the pass mark.
    pub quality_enough: bool,
}

/// Clamps a pass mark (a scenario's or an LMS's mastery score) to 1..=100, so that a call that
/// did not pass can always report a score below it.
pub fn clamp_pass_mark(pass_mark: u8) -> u8 {
    pass_mark.clamp(1, 100)
}

/// Decides a call: `ended` is the outcome of its ending, `None` while it goes on.
pub fn verdict(tally: &Tally, ended: Option<Outcome>, pass_mark: u8) -> Verdict {
    let pass_mark = clamp_pass_mark(pass_mark);
    let quality = tally.quality();
    let good_ending = ended.is_some_and(Outcome::can_pass);
    let quality_enough = quality >= pass_mark;
    let passed = good_ending && tally.critical == 0 && quality_enough;
    Verdict {
        passed,
        overall: if passed {
            quality
        } else {
            quality.min(pass_mark - 1)
        },
        quality,
        pass_mark,
        finished: ended.is_some(),
        good_ending,
        quality_enough,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tally(best: u16, acceptable: u16, poor: u16, harmful: u16) -> Tally {
        Tally {
            moves: [harmful, poor, acceptable, best],
            critical: harmful,
        }
    }

    #[test]
    fn quality_is_the_mean_of_the_moves_whatever_the_length() {
        assert_eq!(tally(2, 0, 0, 0).quality(), 100);
        assert_eq!(tally(19, 0, 0, 0).quality(), 100);
        assert_eq!(tally(1, 1, 0, 0).quality(), 88);
        assert_eq!(tally(0, 3, 0, 0).quality(), 75);
        assert_eq!(tally(0, 0, 0, 0).quality(), 0);
    }

    #[test]
    fn the_pass_mark_bounds_follow_from_the_points() {
        // More than half poor, the rest best: the highest such mean stays below the minimum.
        for n in 1..60u16 {
            let poor = n / 2 + 1;
            assert!(tally(n - poor, 0, poor, 0).quality() < PASS_MARK_MIN, "{n}");
        }
        assert!(points(Grade::Acceptable) >= u32::from(PASS_MARK_MAX));
    }

    #[test]
    fn a_failed_call_reports_below_the_pass_mark() {
        let v = verdict(&tally(9, 0, 0, 1), Some(Outcome::Resolved), 70);
        assert!(!v.passed);
        assert_eq!((v.quality, v.overall), (90, 69));
        let v = verdict(&tally(5, 0, 0, 0), Some(Outcome::CustomerHungUp), 70);
        assert_eq!((v.passed, v.overall), (false, 69));
        let v = verdict(&tally(5, 0, 0, 0), None, 70);
        assert_eq!((v.passed, v.finished), (false, false));
        let v = verdict(&tally(5, 0, 0, 0), Some(Outcome::EndedProperly), 0);
        assert_eq!((v.passed, v.pass_mark, v.overall), (true, 1, 100));
        let v = verdict(&tally(5, 0, 0, 0), Some(Outcome::PassedOn), 0);
        assert_eq!((v.passed, v.overall), (false, 0));
    }
}
