//! Statements a Learning Record Store has not accepted yet, and the loop that sends them.
//!
//! The outbox lives in local storage under `calmline.outbox.<learner>.<registration>` (the
//! learner is a hash of the launch's actor), one statement a line as `<id> <JSON>` (statement
//! JSON has no raw line break), so nothing has to parse JSON to keep, send or drop one, so that what one learner left unsent on a shared
//! computer is sent only at that learner's next launch of the same registration, never under
//! another's. Statements are sent in order, in batches, and removed only once the LRS accepted
//! them; "already there" (409) counts as accepted, since a statement keeps its id and a resend
//! is the same statement. An error, an authorization failure or no answer keeps them and
//! retries with backoff (and at once when the browser comes back `online`). A statement the LRS
//! refuses for good (400 or 403 for that statement alone: a batch so answered is sent again one
//! statement at a time to find it) would block every later one, so it moves to
//! `calmline.refused.<learner>.<registration>`, kept in this browser and never sent again, and
//! the rest goes on. The status line follows: saved when the outbox is empty, kept while
//! something waits.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;

use crate::xapi_http::{Answer, Request, send, send_on_leaving};
use calmline_engine::relay::{LmsStatus, LmsUpdate};

use crate::Updates;
use calmline_web as platform;

/// At most this many statements go in one request.
const BATCH: usize = 25;

/// The storage key of a learner's outbox for a registration.
pub fn key(learner: &str, registration: &str) -> String {
    format!("calmline.outbox.{learner}.{registration}")
}

/// The storage key of the statements an LRS refused for good, kept for the record.
pub fn refused_key(outbox_key: &str) -> String {
    outbox_key.replacen("calmline.outbox.", "calmline.refused.", 1)
}

/// Whether an LRS answer refuses the statements sent for good (sending them again cannot
/// help), as opposed to failing now.
pub fn refuses_for_good(status: u16) -> bool {
    matches!(status, 400 | 403)
}

/// A kept statement: `<id> <JSON>`.
pub fn line(id: &str, json: &str) -> String {
    format!("{id} {json}")
}

fn id_of(line: &str) -> &str {
    line.split_once(' ').map_or(line, |(id, _)| id)
}

/// Appends statements not already in `queue` (by id), in order.
pub fn merge(queue: &mut Vec<String>, lines: Vec<String>) {
    for l in lines {
        if !queue.iter().any(|q| id_of(q) == id_of(&l)) {
            queue.push(l);
        }
    }
}

/// Drops the statements of `sent` (by id).
pub fn remove(queue: &mut Vec<String>, sent: &[String]) {
    queue.retain(|q| !sent.iter().any(|s| id_of(s) == id_of(q)));
}

/// The body of a request: the statements as a JSON array.
pub fn body(lines: &[String]) -> String {
    let parts: Vec<&str> = lines
        .iter()
        .map(|l| l.split_once(' ').map_or("", |(_, json)| json))
        .collect();
    format!("[{}]", parts.join(","))
}

/// The wait before retry number `failures` (1 s, doubling, at most 30 s).
pub fn backoff_ms(failures: u32) -> u32 {
    1_000u32.saturating_mul(1 << failures.min(5)).min(30_000)
}

/// Where statements go and what waits for them.
pub struct Outbox {
    key: String,
    /// `{endpoint}statements`.
    url: String,
    /// The `Authorization` header; `None` while there is none (a cmi5 token that could not be
    /// fetched): statements are then kept for a later launch.
    auth: RefCell<Option<String>>,
    updates: Updates,
    state: RefCell<Flow>,
}

#[derive(Default)]
struct Flow {
    busy: bool,
    again: bool,
    failures: u32,
    retry: Option<Timeout>,
    shown: Option<LmsStatus>,
    /// The session is closed: an empty outbox then shows "closed", not "saved".
    closed: bool,
}

impl Outbox {
    /// The outbox of `learner` for `registration`, sending to `endpoint` (ending in `/`).
    pub fn new(learner: &str, registration: &str, endpoint: &str, updates: Updates) -> Rc<Outbox> {
        Rc::new(Outbox {
            key: key(learner, registration),
            url: format!("{endpoint}statements"),
            auth: RefCell::new(None),
            updates,
            state: RefCell::new(Flow::default()),
        })
    }

    /// Sets the `Authorization` header value.
    pub fn authorize(&self, auth: Option<String>) {
        *self.auth.borrow_mut() = auth;
    }

    /// What waits, in order.
    pub fn load(&self) -> Vec<String> {
        platform::storage_get(&self.key)
            .map(|text| {
                text.lines()
                    .filter(|l| l.contains(' '))
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default()
    }

    fn store(&self, queue: &[String]) {
        if queue.is_empty() {
            platform::storage_remove(&self.key);
        } else {
            platform::storage_set(&self.key, &queue.join("\n"));
        }
    }

    /// Keeps statements ([`line`]s) to send (one already waiting is not kept twice).
    pub fn push(&self, statements: Vec<String>) {
        if statements.is_empty() {
            return;
        }
        let mut queue = self.load();
        merge(&mut queue, statements);
        self.store(&queue);
    }

    /// Shows a status, once per change.
    pub fn show(&self, status: LmsStatus) {
        let mut flow = self.state.borrow_mut();
        if flow.shown != Some(status) {
            flow.shown = Some(status);
            drop(flow);
            self.updates.emit(LmsUpdate::Status(status));
        }
    }

    /// The session is closed: "closed" replaces "saved" once everything is sent.
    pub fn close(&self) {
        self.state.borrow_mut().closed = true;
    }

    fn settled(&self) {
        let closed = self.state.borrow().closed;
        self.show(if closed {
            LmsStatus::Closed
        } else {
            LmsStatus::Saved
        });
    }

    /// Sends what waits now (a retry already planned is brought forward).
    pub fn flush(self: &Rc<Self>) {
        {
            let mut flow = self.state.borrow_mut();
            flow.retry = None;
            if flow.busy {
                flow.again = true;
                return;
            }
            flow.busy = true;
        }
        let this = self.clone();
        wasm_bindgen_futures::spawn_local(async move { this.run().await });
    }

    async fn run(self: Rc<Self>) {
        let mut single = false;
        loop {
            self.state.borrow_mut().again = false;
            let queue = self.load();
            if queue.is_empty() {
                self.state.borrow_mut().failures = 0;
                self.settled();
                break;
            }
            let Some(auth) = self.auth.borrow().clone() else {
                self.show(LmsStatus::Kept);
                break;
            };
            let batch: Vec<String> = queue
                .into_iter()
                .take(if single { 1 } else { BATCH })
                .collect();
            let answer = self.post(&auth, &batch).await;
            let accepted = answer.ok() || (answer.status == 409 && batch.len() == 1);
            if accepted {
                let mut now = self.load();
                remove(&mut now, &batch);
                self.store(&now);
                self.state.borrow_mut().failures = 0;
                continue;
            }
            if answer.status == 409 || (refuses_for_good(answer.status) && batch.len() > 1) {
                // One of the batch is already there, or refused: find which, one at a time.
                single = true;
                continue;
            }
            if refuses_for_good(answer.status) {
                let mut now = self.load();
                remove(&mut now, &batch);
                self.store(&now);
                let refused = refused_key(&self.key);
                let mut kept: Vec<String> = platform::storage_get(&refused)
                    .map(|t| t.lines().map(str::to_owned).collect())
                    .unwrap_or_default();
                merge(&mut kept, batch);
                platform::storage_set(&refused, &kept.join("\n"));
                continue;
            }
            self.show(LmsStatus::Kept);
            let mut flow = self.state.borrow_mut();
            flow.failures += 1;
            if flow.again {
                continue;
            }
            let wait = backoff_ms(flow.failures - 1);
            let this = self.clone();
            // The flush runs after the timer's callback has returned (it drops the timer).
            flow.retry = Some(Timeout::new(wait, move || {
                wasm_bindgen_futures::spawn_local(async move { this.flush() });
            }));
            break;
        }
        let again = {
            let mut flow = self.state.borrow_mut();
            flow.busy = false;
            std::mem::take(&mut flow.again)
        };
        if again {
            self.flush();
        }
    }

    /// POSTs `statements` (stored lines) to the LRS in one request.
    async fn post(&self, auth: &str, statements: &[String]) -> Answer {
        let body = body(statements);
        send(Request {
            method: "POST",
            url: &self.url,
            auth: Some(auth),
            body: Some(&body),
            plain: false,
        })
        .await
    }

    /// Sends everything that waits in one request and waits for the answer; whether nothing
    /// waits afterwards.
    pub async fn deliver(&self) -> bool {
        let queue = self.load();
        let auth = self.auth.borrow().clone();
        if let (false, Some(auth)) = (queue.is_empty(), auth) {
            let answer = self.post(&auth, &queue).await;
            if answer.ok() {
                let mut now = self.load();
                remove(&mut now, &queue);
                self.store(&now);
            }
        }
        self.load().is_empty()
    }

    /// The page is going away: everything waiting goes out in one request that outlives it.
    /// It stays in the outbox (the answer will not be heard): the next launch of this learner
    /// and registration sends it again, and the LRS keeps one copy.
    pub fn send_on_leaving(&self) {
        let queue = self.load();
        let Some(auth) = self.auth.borrow().clone() else {
            return;
        };
        if queue.is_empty() {
            return;
        }
        // A keepalive request carries at most 64 KB: the oldest statements first.
        let mut batch = Vec::new();
        let mut size = 2;
        for s in queue {
            size += s.len();
            if size > 60_000 && !batch.is_empty() {
                break;
            }
            batch.push(s);
        }
        let body = body(&batch);
        send_on_leaving(Request {
            method: "POST",
            url: &self.url,
            auth: Some(&auth),
            body: Some(&body),
            plain: false,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_statement_already_waiting_is_kept_once_and_removed_by_id() {
        let s = |id: &str| line(id, &format!(r#"{{"id":"{id}","verb":{{"id":"x y"}}}}"#));
        let mut q = vec![s("a"), s("b")];
        merge(&mut q, vec![s("b"), s("c")]);
        assert_eq!(q, [s("a"), s("b"), s("c")]);
        assert_eq!(
            body(&q[..2]),
            r#"[{"id":"a","verb":{"id":"x y"}},{"id":"b","verb":{"id":"x y"}}]"#
        );
        remove(&mut q, &[s("a"), s("c")]);
        assert_eq!(q, [s("b")]);
        assert_eq!(body(&[]), "[]");
    }

    #[test]
    fn each_learner_and_registration_has_its_own_outbox() {
        assert_ne!(key("l1", "r"), key("l2", "r"));
        assert_ne!(key("l1", "r1"), key("l1", "r2"));
        assert_eq!(key("l1", "r1"), "calmline.outbox.l1.r1");
    }

    #[test]
    fn retries_back_off_to_half_a_minute() {
        assert!(refuses_for_good(400) && refuses_for_good(403));
        assert!(!refuses_for_good(401) && !refuses_for_good(500) && !refuses_for_good(0));
        assert_eq!(
            refused_key(&key("abc", "reg-1")),
            "calmline.refused.abc.reg-1"
        );
        assert_eq!(backoff_ms(0), 1_000);
        assert_eq!(backoff_ms(1), 2_000);
        assert_eq!(backoff_ms(4), 16_000);
        assert_eq!(backoff_ms(9), 30_000);
    }
}
