//! What a cmi5 launch asks of the LMS before the first statement: the auth token (one `POST`
//! to the `fetch` URL per launch: a second is an error in cmi5, so the token is kept in this
//! tab's session storage and a reload of the same launch uses it again), the State document
//! `LMS.LaunchData` (launch mode, mastery score, return URL, context template), and the
//! learner's preferred language if the LMS keeps the `cmi5LearnerPreferences` profile.

use calmline_engine::xapi::{LaunchMode, SESSION_EXTENSION};
use serde_json::Value;

use crate::xapi::fnv;
use crate::xapi_http::{Request, encode, parse_json, send, tab_get, tab_set};

/// What `LMS.LaunchData` says.
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchData {
    /// Normal, Browse or Review.
    pub mode: LaunchMode,
    /// 0..1, if the LMS set one.
    pub mastery: Option<f64>,
    /// Where the AU goes when the trainee finishes.
    pub return_url: Option<String>,
    /// The context template's session id.
    pub session_id: Option<String>,
    /// The context template's grouping (the AU's publisher id).
    pub grouping: Vec<String>,
}

impl Default for LaunchData {
    fn default() -> Self {
        LaunchData {
            mode: LaunchMode::Normal,
            mastery: None,
            return_url: None,
            session_id: None,
            grouping: Vec::new(),
        }
    }
}

/// Reads `LMS.LaunchData`; what is absent or malformed keeps its default.
pub fn launch_data(doc: &Value) -> LaunchData {
    let template = &doc["contextTemplate"];
    LaunchData {
        mode: match doc["launchMode"].as_str() {
            Some("Browse") => LaunchMode::Browse,
            Some("Review") => LaunchMode::Review,
            _ => LaunchMode::Normal,
        },
        mastery: doc["masteryScore"]
            .as_f64()
            .filter(|m| (0.0..=1.0).contains(m)),
        return_url: doc["returnURL"]
            .as_str()
            .filter(|u| !u.is_empty())
            .map(str::to_owned),
        session_id: template["extensions"][SESSION_EXTENSION]
            .as_str()
            .map(str::to_owned),
        grouping: template["contextActivities"]["grouping"]
            .as_array()
            .map(|g| {
                g.iter()
                    .filter_map(|a| a["id"].as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default(),
    }
}

/// The first language of a `cmi5LearnerPreferences` document.
pub fn preferred_language(doc: &Value) -> Option<String> {
    let tags = doc["languagePreference"].as_str()?;
    tags.split(',')
        .map(str::trim)
        .find(|t| !t.is_empty())
        .map(str::to_owned)
}

/// The token in a `fetch` answer (`{"auth-token": "…"}`); an answer with an `error-code` has
/// none.
pub fn token_of(v: &Value) -> Option<String> {
    v["auth-token"]
        .as_str()
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
}

/// The `Authorization` header of the launch: the token kept for this `fetch` URL, or one
/// fetched now (once). `None` if the LMS gave none.
pub async fn authorization(fetch: &str) -> Option<String> {
    let key = format!("calmline.cmi5.token.{:016x}", fnv(fetch));
    let token = match tab_get(&key) {
        Some(token) => token,
        None => {
            let answer = send(Request {
                method: "POST",
                url: fetch,
                auth: None,
                body: None,
                plain: true,
            })
            .await;
            let token = parse_json(&answer.body)
                .as_ref()
                .and_then(token_of)
                .filter(|_| answer.ok())?;
            tab_set(&key, &token);
            token
        }
    };
    Some(format!("Basic {token}"))
}

/// A JSON document of the xAPI document APIs (`activities/state`, `agents/profile`); `None`
/// if there is none or it cannot be read.
pub async fn document(endpoint: &str, auth: &str, path_and_query: &str) -> Option<Value> {
    let url = format!("{endpoint}{path_and_query}");
    let answer = send(Request {
        method: "GET",
        url: &url,
        auth: Some(auth),
        body: None,
        plain: false,
    })
    .await;
    if !answer.ok() {
        return None;
    }
    parse_json(&answer.body)
}

/// The query of `LMS.LaunchData` for this launch.
pub fn launch_data_query(activity: &str, actor: &Value, registration: &str) -> String {
    format!(
        "activities/state?stateId=LMS.LaunchData&activityId={}&agent={}&registration={}",
        encode(activity),
        encode(&actor.to_string()),
        encode(registration)
    )
}

/// The query of the learner's preferences.
pub fn preferences_query(actor: &Value) -> String {
    format!(
        "agents/profile?profileId=cmi5LearnerPreferences&agent={}",
        encode(&actor.to_string())
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn launch_data_gives_mode_mastery_return_url_and_the_context_template() {
        let doc = json!({
            "contextTemplate": {
                "contextActivities": { "grouping": [{ "id": "https://lms.example/au/7" }] },
                "extensions": { SESSION_EXTENSION: "s-42" }
            },
            "launchMode": "Browse",
            "moveOn": "CompletedAndPassed",
            "masteryScore": 0.8,
            "returnURL": "https://lms.example/course/1"
        });
        let d = launch_data(&doc);
        assert_eq!(d.mode, LaunchMode::Browse);
        assert_eq!(d.mastery, Some(0.8));
        assert_eq!(
            d.return_url.as_deref(),
            Some("https://lms.example/course/1")
        );
        assert_eq!(d.session_id.as_deref(), Some("s-42"));
        assert_eq!(d.grouping, ["https://lms.example/au/7"]);
    }

    #[test]
    fn a_missing_or_odd_launch_data_means_a_normal_launch_without_mastery() {
        assert_eq!(launch_data(&Value::Null), LaunchData::default());
        let odd = json!({ "launchMode": "Sideways", "masteryScore": 7, "returnURL": "" });
        assert_eq!(launch_data(&odd), LaunchData::default());
    }

    #[test]
    fn the_token_and_the_preferred_language_are_read_from_the_lms_answers() {
        assert_eq!(
            token_of(&json!({"auth-token": "QWxhZGRpbjpvcGVu"})).as_deref(),
            Some("QWxhZGRpbjpvcGVu")
        );
        assert_eq!(
            token_of(&json!({"error-code": "1", "error-text": "already fetched"})),
            None
        );
        assert_eq!(token_of(&Value::Null), None);
        let prefs = json!({ "languagePreference": "hu-HU, en-US", "audioPreference": "on" });
        assert_eq!(preferred_language(&prefs).as_deref(), Some("hu-HU"));
        assert_eq!(preferred_language(&json!({})), None);
    }
}
