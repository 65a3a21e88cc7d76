//! The cmi5 and plain xAPI launch: reads the launch parameters, talks to the LMS for a cmi5
//! launch (token, `LMS.LaunchData`, preferences: [`super::cmi5`]), then reports every moment
//! of the call as xAPI statements ([`super::xapi_session`]) through an outbox that keeps what
//! the Learning Record Store has not accepted yet ([`super::outbox`]).
//!
//! - **cmi5** (`lms=cmi5`): the LMS appends `endpoint`, `fetch`, `actor`, `registration` and
//!   `activityId`; all are needed.
//! - **Plain xAPI** (`lms=xapi`): `endpoint` (the LRS's base URL), `auth` (the `Authorization`
//!   header value, as given), `actor` (JSON), and optionally `registration` (a new UUID v4 is
//!   made when it is absent, kept for reloads of this tab) and `activity_id` (else
//!   `https://calmline.example/call/<scenario>`, the id in `tincan.xml`).
//!
//! Without them the status line says that no LMS answered and nothing is sent.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use serde_json::Value;

use calmline_engine::relay::{LmsKind, LmsStatus, LmsUpdate};
use calmline_web as platform;

use crate::outbox::Outbox;
use crate::xapi_http::{new_uuid, parse_json, tab_get, tab_set};
use crate::xapi_session::{Adapter, XapiReporter, owner_key};
use crate::{Reporter, Updates, cmi5};

/// The base of the activity ids in the packages (`xtask/src/package`).
pub const IRI_BASE: &str = "https://calmline.example/";

/// What a launch link gives.
#[derive(Debug, Clone, PartialEq)]
pub struct Launch {
    /// cmi5 rather than plain xAPI.
    pub cmi5: bool,
    /// The LRS's base URL, ending in `/`.
    pub endpoint: String,
    /// cmi5: the URL to fetch the token from.
    pub fetch: String,
    /// Plain xAPI: the `Authorization` header.
    pub auth: String,
    /// The learner, as the launch gives it.
    pub actor: Value,
    /// The registration, if the launch gives one.
    pub registration: Option<String>,
    /// The activity id of the call.
    pub activity: String,
    /// A hash of the actor: whose outbox it is.
    pub learner: String,
}

fn http(url: &str) -> bool {
    url.starts_with("https://") || url.starts_with("http://")
}

fn uuid_like(s: &str) -> bool {
    let lens: Vec<usize> = s.split('-').map(str::len).collect();
    lens == [8, 4, 4, 4, 12] && s.chars().all(|c| c == '-' || c.is_ascii_hexdigit())
}

impl Launch {
    /// Reads a launch through `param` (JSON read by `parse`); `None` if something needed is
    /// absent or unusable.
    pub fn read(
        cmi5: bool,
        param: impl Fn(&str) -> Option<String>,
        parse: impl Fn(&str) -> Option<Value>,
    ) -> Option<Launch> {
        let mut endpoint = param("endpoint").filter(|e| http(e))?;
        if !endpoint.ends_with('/') {
            endpoint.push('/');
        }
        let actor = parse(&param("actor")?).filter(Value::is_object)?;
        let identified = ["mbox", "mbox_sha1sum", "openid", "account"]
            .iter()
            .any(|k| actor.get(k).is_some());
        if !identified {
            return None;
        }
        let registration = param("registration");
        if registration.as_deref().is_some_and(|r| !uuid_like(r)) {
            return None;
        }
        let learner = format!("{:016x}", fnv(&actor.to_string()));
        let (fetch, auth, activity) = if cmi5 {
            registration.as_ref()?;
            (
                param("fetch").filter(|f| http(f))?,
                String::new(),
                param("activityId")?,
            )
        } else {
            let activity = match param("activity_id") {
                Some(id) => id,
                None => format!("{IRI_BASE}call/{}", param("scenario")?),
            };
            (String::new(), param("auth")?, activity)
        };
        Some(Launch {
            cmi5,
            endpoint,
            fetch,
            auth,
            actor,
            registration,
            activity,
            learner,
        })
    }
}

/// FNV-1a, 64 bits: short stable keys from longer text.
pub fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Connects a cmi5 or plain xAPI launch and returns its reporter.
pub fn connect(
    kind: LmsKind,
    call_key: Option<String>,
    updates: Updates,
) -> Option<Box<dyn Reporter>> {
    let Some(mut launch) = Launch::read(kind == LmsKind::Cmi5, platform::link_param, parse_json)
    else {
        updates.emit(LmsUpdate::Status(LmsStatus::Missing));
        return None;
    };
    let registration = launch.registration.clone().unwrap_or_else(|| {
        // A plain xAPI launch without a registration: one is made, and kept for reloads.
        let key = format!(
            "calmline.xapi.registration.{:016x}",
            fnv(&format!(
                "{}|{}|{}",
                launch.endpoint, launch.learner, launch.activity
            ))
        );
        tab_get(&key).unwrap_or_else(|| {
            let made = new_uuid(&key);
            tab_set(&key, &made);
            made
        })
    });
    launch.registration = Some(registration.clone());
    // The unfinished call this browser keeps is resumed only by the launch that started it:
    // never by another learner on a shared computer (nor another registration).
    if let (Some(id), Some(call_key)) = (platform::link_param("scenario"), &call_key) {
        let me = format!("{}.{registration}", launch.learner);
        if platform::storage_get(&owner_key(&id)).as_deref() != Some(me.as_str()) {
            platform::storage_remove(call_key);
        }
    }
    if let Some(name) = launch.actor["name"].as_str() {
        updates.emit(LmsUpdate::Learner(name.to_owned()));
    }
    let outbox = Outbox::new(
        &launch.learner,
        &registration,
        &launch.endpoint,
        updates.clone(),
    );
    outbox.show(LmsStatus::Connecting);
    // What the LMS is asked before the first statement (the launch itself goes to the adapter).
    let is_cmi5 = launch.cmi5;
    let fetch = launch.fetch.clone();
    let endpoint = launch.endpoint.clone();
    let plain_auth = std::mem::take(&mut launch.auth);
    let launch_data = cmi5::launch_data_query(&launch.activity, &launch.actor, &registration);
    let preferences = cmi5::preferences_query(&launch.actor);
    let adapter = Rc::new(RefCell::new(Adapter::new(launch, outbox.clone())));
    let reporter = XapiReporter(adapter.clone());
    if let Some(window) = web_sys::window() {
        let online = outbox.clone();
        EventListener::new(&window, "online", move |_| online.flush()).forget();
        let leaving = adapter.clone();
        EventListener::new(&window, "pagehide", move |_| {
            if let Ok(mut a) = leaving.try_borrow_mut() {
                a.leave_page();
            }
        })
        .forget();
    }
    wasm_bindgen_futures::spawn_local(async move {
        let mut data = cmi5::LaunchData::default();
        let auth = if is_cmi5 {
            cmi5::authorization(&fetch).await
        } else {
            Some(plain_auth)
        };
        outbox.authorize(auth.clone());
        if let (true, Some(auth)) = (is_cmi5, &auth) {
            if let Some(doc) = cmi5::document(&endpoint, auth, &launch_data).await {
                data = cmi5::launch_data(&doc);
            }
            if let Some(tag) = cmi5::document(&endpoint, auth, &preferences)
                .await
                .as_ref()
                .and_then(cmi5::preferred_language)
            {
                updates.emit(LmsUpdate::Language(tag));
            }
        }
        if let Some(m) = data.mastery {
            updates.emit(LmsUpdate::Mastery((m * 100.0).round() as u8));
        }
        adapter.borrow_mut().ready(data);
        outbox.flush();
    });
    Some(Box::new(reporter))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ACTOR: &str = r#"{"objectType":"Agent","name":"Ewa","account":{"homePage":"https://lms.example","name":"ewa"}}"#;
    fn parse(text: &str) -> Option<Value> {
        serde_json::from_str(text).ok()
    }

    const REG: &str = "6f1c2b0e-3a55-4a31-9d7e-0c2f4b5a6d71";

    fn params<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| (*v).to_owned())
        }
    }

    #[test]
    fn a_cmi5_launch_needs_all_five_parameters() {
        let all = [
            ("endpoint", "https://lrs.example/xapi"),
            ("fetch", "https://lms.example/token?k=1"),
            ("actor", ACTOR),
            ("registration", REG),
            ("activityId", "https://calmline.example/call/shouter"),
        ];
        let l = Launch::read(true, params(&all), parse).expect("launch");
        assert_eq!(l.endpoint, "https://lrs.example/xapi/");
        assert_eq!(l.activity, "https://calmline.example/call/shouter");
        for skip in 0..all.len() {
            let some: Vec<_> = all
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != skip)
                .map(|(_, p)| *p)
                .collect();
            assert!(
                Launch::read(true, params(&some), parse).is_none(),
                "without {}",
                all[skip].0
            );
        }
    }

    #[test]
    fn a_plain_xapi_launch_defaults_the_activity_and_may_lack_a_registration() {
        let given = [
            ("endpoint", "https://lrs.example/xAPI/"),
            ("auth", "Basic dTpw"),
            ("actor", ACTOR),
            ("scenario", "shouter"),
        ];
        let l = Launch::read(false, params(&given), parse).expect("launch");
        assert_eq!(l.activity, "https://calmline.example/call/shouter");
        assert_eq!(l.registration, None);
        assert_eq!(l.auth, "Basic dTpw");
    }

    #[test]
    fn unusable_launches_are_refused_and_learners_get_their_own_keys() {
        let base = |actor: &'static str, endpoint: &'static str, reg: &'static str| {
            [
                ("endpoint", endpoint),
                ("auth", "Basic x"),
                ("actor", actor),
                ("scenario", "s"),
                ("registration", reg),
            ]
        };
        assert!(
            Launch::read(
                false,
                params(&base(ACTOR, "javascript:alert(1)", REG)),
                parse
            )
            .is_none()
        );
        assert!(
            Launch::read(false, params(&base("{not json", "https://l/", REG)), parse).is_none()
        );
        assert!(
            Launch::read(
                false,
                params(&base(r#"{"name":"nobody"}"#, "https://l/", REG)),
                parse
            )
            .is_none()
        );
        assert!(Launch::read(false, params(&base(ACTOR, "https://l/", "42")), parse).is_none());
        let other =
            r#"{"objectType":"Agent","account":{"homePage":"https://lms.example","name":"jan"}}"#;
        let a = Launch::read(false, params(&base(ACTOR, "https://l/", REG)), parse).expect("a");
        let b = Launch::read(false, params(&base(other, "https://l/", REG)), parse).expect("b");
        assert_ne!(a.learner, b.learner);
    }
}
