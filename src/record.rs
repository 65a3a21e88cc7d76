//! What a trainee has achieved per skill across every call played in this browser: the best
//! and the latest score of each rubric skill, so that the catalog can show a skill profile and
//! suggest the call that trains the weakest skill.
//!
//! The scores per scenario (best, passed, completions) stay in [`crate::progress`]; this module
//! keeps only what that record does not: the skills. It is written by the local reporter when a
//! call ends ([`crate::lms::local`]) and read by the catalog. The stored form is one short
//! versioned line under [`SKILLS_KEY`]; a damaged one reads as nothing achieved yet.

use std::collections::BTreeMap;

use calmline_engine::Skill;
use calmline_engine::score::Scorecard;

use crate::platform;

/// The local-storage key of the skill record.
pub const SKILLS_KEY: &str = "calmline.skills";

/// The trainee's scores in one skill, each 0..=100.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SkillMark {
    /// The best score of any call that tested the skill.
    pub best: u8,
    /// The score of the latest call that tested it.
    pub latest: u8,
}

/// The scores of every skill a finished call has tested.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SkillRecord(pub BTreeMap<Skill, SkillMark>);

impl SkillRecord {
    /// The scores of a skill, if a call has tested it.
    pub fn get(&self, skill: Skill) -> Option<SkillMark> {
        self.0.get(&skill).copied()
    }

    /// The record with one more finished call's skill scores (skills the call did not test are
    /// left as they were).
    pub fn with_call(&self, scores: impl IntoIterator<Item = (Skill, u8)>) -> SkillRecord {
        let mut next = self.clone();
        for (skill, score) in scores {
            let score = score.min(100);
            next.0
                .entry(skill)
                .and_modify(|m| {
                    m.best = m.best.max(score);
                    m.latest = score;
                })
                .or_insert(SkillMark {
                    best: score,
                    latest: score,
                });
        }
        next
    }

    /// The record with the skills a scorecard measured at enough moments to rank them
    /// ([`calmline_engine::score::EVIDENCE_MOMENTS`]): one silence at the one moment that
    /// tested a skill does not make it the trainee's weakest.
    pub fn with_scorecard(&self, card: &Scorecard) -> SkillRecord {
        self.with_call(
            card.skills
                .iter()
                .filter_map(|s| s.ranked_score().map(|score| (s.skill, score))),
        )
    }

    /// The weakest skill measured so far: the lowest latest score, then the lowest best, then
    /// the rubric's order. `None` before any call has ended.
    pub fn weakest(&self) -> Option<Skill> {
        self.ranked().into_iter().next()
    }

    /// Every measured skill, weakest first (see [`SkillRecord::weakest`]).
    pub fn ranked(&self) -> Vec<Skill> {
        let mut skills: Vec<(Skill, SkillMark)> = self.0.iter().map(|(s, m)| (*s, *m)).collect();
        skills.sort_by_key(|(s, m)| (m.latest, m.best, rubric_index(*s)));
        skills.into_iter().map(|(s, _)| s).collect()
    }

    /// The stored form: `v1` then `skill:best:latest` per skill, in the rubric's order.
    pub fn encode(&self) -> String {
        let mut out = String::from("v1");
        for (skill, m) in &self.0 {
            out.push_str(&format!(" {}:{}:{}", skill.id(), m.best, m.latest));
        }
        out
    }

    /// Reads the stored form; `None` if anything in it is damaged or of another version.
    pub fn decode(stored: &str) -> Option<SkillRecord> {
        let body = stored.strip_prefix("v1")?;
        let mut map = BTreeMap::new();
        if body.is_empty() {
            return Some(SkillRecord(map));
        }
        for word in body.strip_prefix(' ')?.split(' ') {
            let mut parts = word.split(':');
            let skill: Skill = parts.next()?.parse().ok()?;
            let best = score(parts.next()?)?;
            let latest = score(parts.next()?)?;
            if parts.next().is_some() || latest > best || map.contains_key(&skill) {
                return None;
            }
            map.insert(skill, SkillMark { best, latest });
        }
        Some(SkillRecord(map))
    }

    /// The record kept in this browser; nothing achieved if none is kept or it is damaged.
    pub fn load() -> SkillRecord {
        platform::storage_get(SKILLS_KEY)
            .and_then(|s| SkillRecord::decode(&s))
            .unwrap_or_default()
    }

    /// Adds a finished call's skill scores to the record kept in this browser.
    pub fn save_call(card: &Scorecard) {
        let next = SkillRecord::load().with_scorecard(card);
        platform::storage_set(SKILLS_KEY, &next.encode());
    }
}

/// A score 0..=100 written as digits only.
fn score(word: &str) -> Option<u8> {
    if word.is_empty() || !word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    word.parse::<u8>().ok().filter(|s| *s <= 100)
}

/// The position of a skill in the rubric.
fn rubric_index(skill: Skill) -> usize {
    Skill::ALL
        .iter()
        .position(|s| *s == skill)
        .unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_best_and_the_latest() {
        let r = SkillRecord::default()
            .with_call([(Skill::Calm, 80), (Skill::Empathy, 40)])
            .with_call([(Skill::Calm, 60)])
            .with_call([(Skill::Empathy, 90)]);
        assert_eq!(
            r.get(Skill::Calm),
            Some(SkillMark {
                best: 80,
                latest: 60
            })
        );
        assert_eq!(
            r.get(Skill::Empathy),
            Some(SkillMark {
                best: 90,
                latest: 90
            })
        );
        assert_eq!(r.get(Skill::Clarity), None);
        assert_eq!(r.weakest(), Some(Skill::Calm));
        assert_eq!(SkillRecord::default().weakest(), None);
    }

    #[test]
    fn ties_are_broken_by_best_then_rubric_order() {
        let r = SkillRecord::default().with_call([
            (Skill::Ownership, 50),
            (Skill::Clarity, 50),
            (Skill::Listening, 70),
        ]);
        assert_eq!(
            r.ranked(),
            vec![Skill::Clarity, Skill::Ownership, Skill::Listening]
        );
        let r = r
            .with_call([(Skill::Listening, 100)])
            .with_call([(Skill::Listening, 50)]);
        // Listening is at 50 now too, but its best is higher.
        assert_eq!(
            r.ranked(),
            vec![Skill::Clarity, Skill::Ownership, Skill::Listening]
        );
    }

    #[test]
    fn the_stored_form_round_trips() {
        let r = SkillRecord::default()
            .with_call([(Skill::Ownership, 100), (Skill::Empathy, 0)])
            .with_call([(Skill::Ownership, 35)]);
        assert_eq!(r.encode(), "v1 empathy:0:0 ownership:100:35");
        assert_eq!(SkillRecord::decode(&r.encode()), Some(r));
        assert_eq!(SkillRecord::decode("v1"), Some(SkillRecord::default()));
    }

    #[test]
    fn damaged_data_reads_as_nothing() {
        for bad in [
            "",
            "v2",
            "v0 calm:1:1",
            "v1 calm:101:1",
            "v1 calm:50:60",
            "v1 calm:1",
            "v1 calm:1:1:1",
            "v1 patience:1:1",
            "v1 calm:1:1 calm:2:2",
            "v1 calm:+1:1",
            "v1 calm:x:1",
            "v1  calm:1:1",
            "v1 calm:1:1 ",
            "v1calm:1:1",
            "garbage",
        ] {
            assert_eq!(SkillRecord::decode(bad), None, "{bad}");
        }
    }
}
