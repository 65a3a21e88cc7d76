//! The xAPI statement as data: plain structs with `Serialize`, written as the xAPI 1.0.3
//! JSON an LRS stores (field names in its camelCase, empty parts left out). What goes into
//! them is decided by [`super::Session`].

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

/// A JSON object of string values, in order (a language map, context extensions), written
/// without a sorted map: the statements need one or two entries.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LangMap(pub Vec<(String, String)>);

impl LangMap {
    pub(super) fn one(tag: &str, text: impl Into<String>) -> LangMap {
        LangMap(vec![(tag.to_owned(), text.into())])
    }

    /// Whether it has no entry.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for LangMap {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// A verb.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verb {
    /// Its IRI.
    pub id: String,
    /// Its name.
    pub display: LangMap,
}

/// One choice of an interaction.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Choice {
    /// The reply id.
    pub id: String,
    /// The reply as the learner saw it.
    pub description: LangMap,
}

/// An activity's definition.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Definition {
    /// Its name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<LangMap>,
    /// Its type IRI.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// `choice` for a move.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interaction_type: Option<String>,
    /// The replies on offer.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<Choice>,
    /// The best reply on offer.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub correct_responses_pattern: Vec<String>,
}

/// An activity.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Activity {
    /// Its IRI.
    pub id: String,
    /// Always `Activity`.
    pub object_type: &'static str,
    /// What it is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub definition: Option<Definition>,
}

impl Activity {
    pub(super) fn bare(id: &str) -> Activity {
        Activity {
            id: id.to_owned(),
            object_type: "Activity",
            definition: None,
        }
    }
}

/// A score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Score {
    /// 0..1.
    pub scaled: f64,
    /// 0..100.
    pub raw: u8,
    /// 0.
    pub min: u8,
    /// 100.
    pub max: u8,
}

/// A result.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Outcome {
    /// The learner's reply id (for `answered`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response: Option<String>,
    /// Whether the move or the call succeeded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// Whether the call was completed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completion: Option<bool>,
    /// The call's score.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<Score>,
    /// An ISO 8601 duration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration: Option<String>,
    /// How many times the learner asked for more time before this move, if they did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extensions: Option<MoreTime>,
}

/// The result extension of a move that used "More time": `{ <MORE_TIME_EXTENSION>: n }`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MoreTime(pub u8);

impl Serialize for MoreTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(1))?;
        map.serialize_entry(super::MORE_TIME_EXTENSION, &self.0)?;
        map.end()
    }
}

/// Context activities.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct ContextActivities {
    /// The call (for a move).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parent: Vec<Activity>,
    /// The cmi5 categories.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub category: Vec<Activity>,
    /// What the launch groups the call under (cmi5: the AU's publisher id).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub grouping: Vec<Activity>,
}

/// A statement's context.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Context {
    /// The registration (a UUID).
    pub registration: String,
    /// Parent and categories.
    pub context_activities: ContextActivities,
    /// The language of the descriptions.
    pub language: String,
    /// Context extensions (cmi5: the session id).
    #[serde(skip_serializing_if = "LangMap::is_empty")]
    pub extensions: LangMap,
}

/// A statement, with its actor as the LMS or the launch link gave it (any JSON object).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Statement<A: Serialize> {
    /// A UUID set by the game (see the module doc).
    pub id: String,
    /// Who.
    pub actor: A,
    /// Did what.
    pub verb: Verb,
    /// To what.
    pub object: Activity,
    /// How.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<Outcome>,
    /// In which registration and course.
    pub context: Context,
    /// When (ISO 8601, UTC).
    pub timestamp: String,
}
