//! The rubric: the seven skills a trainee is scored on (see `../shared/CONTENT.md`).
//!
//! Skill ids are part of the scenario format and of LMS reports, so they are fixed strings here
//! and nowhere else. Their display names live in the localization files (`skill-<id>`).

use std::fmt;
use std::str::FromStr;

/// One skill of the rubric. Response time is measured apart and is never a skill.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Skill {
    /// Names and accepts the customer's feeling.
    Empathy,
    /// Even tone; does not answer emotion with emotion or take it personally.
    Calm,
    /// Lets the customer finish, paraphrases, summarizes, checks understanding.
    Listening,
    /// Concrete next steps with a time frame; options; realistic promises.
    Solutions,
    /// Polite but firm limits; the three-step method; escalates for the right reason.
    Boundaries,
    /// Plain words without jargon; manages expectations.
    Clarity,
    /// Admits a real mistake, keeps promises, follows up, thanks the customer.
    Ownership,
}

impl Skill {
    /// Every skill, in the rubric's order (the order of charts and reports).
    pub const ALL: [Skill; 7] = [
        Skill::Empathy,
        Skill::Calm,
        Skill::Listening,
        Skill::Solutions,
        Skill::Boundaries,
        Skill::Clarity,
        Skill::Ownership,
    ];

    /// The stable id used in scenario files, saves, LMS reports and localization keys.
    pub const fn id(self) -> &'static str {
        match self {
            Skill::Empathy => "empathy",
            Skill::Calm => "calm",
            Skill::Listening => "listening",
            Skill::Solutions => "solutions",
            Skill::Boundaries => "boundaries",
            Skill::Clarity => "clarity",
            Skill::Ownership => "ownership",
        }
    }
}

impl fmt::Display for Skill {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// The error for a skill id that is not in the rubric.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownSkill(pub String);

impl fmt::Display for UnknownSkill {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let known: Vec<&str> = Skill::ALL.iter().map(|s| s.id()).collect();
        write!(
            f,
            "unknown skill `{}` (known: {})",
            self.0,
            known.join(", ")
        )
    }
}

impl std::error::Error for UnknownSkill {}

impl FromStr for Skill {
    type Err = UnknownSkill;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Skill::ALL
            .into_iter()
            .find(|skill| skill.id() == s)
            .ok_or_else(|| UnknownSkill(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_skill_id_parses_back_to_the_same_skill() {
        for skill in Skill::ALL {
            assert_eq!(skill.id().parse::<Skill>(), Ok(skill));
        }
    }

    #[test]
    fn skill_ids_are_unique() {
        let mut ids: Vec<&str> = Skill::ALL.iter().map(|s| s.id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), Skill::ALL.len());
    }

    #[test]
    fn unknown_skill_error_lists_the_known_ids() {
        let err = "patience".parse::<Skill>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown skill `patience` (known: empathy, calm, listening, solutions, boundaries, clarity, ownership)"
        );
    }
}
