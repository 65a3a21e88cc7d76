//! Every call's verdict (the validator's deepest pass: every way through the call, scored) and
//! how it crosses from the Web Worker that computes it to the page that shows it. On the largest
//! library call the pass takes about half a second on a laptop and several on a phone, so the
//! studio runs it in a worker (`crates/verdicts`), never holding the page while a trainer types;
//! the result crosses as JSON, its messages rebuilt on the page with their ids interned.

use std::cell::RefCell;
use std::collections::HashSet;

use calmline_engine::diag::Arg;
use calmline_engine::{Msg, Severity};
use serde::{Deserialize, Serialize};

/// What the validator's deepest pass says of a call: how its calls score and how long they are,
/// and whether it meets the library's quality bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdicts {
    /// Overall scores of passing calls, lowest and highest (`None`: no call passes).
    pub passing: Option<(u8, u8)>,
    /// Overall scores of failing calls, lowest and highest (`None`: no call fails).
    pub failing: Option<(u8, u8)>,
    /// Fewest and most moves in a call.
    pub shortest: u32,
    pub longest: u32,
    /// Distinct calls, saturating.
    pub paths: u64,
    /// Endings some passing call reaches, of all endings.
    pub endings_passing: usize,
    pub endings: usize,
    /// The call was small enough to explore every path (else only the moves are bounds).
    pub exact: bool,
    /// Where it falls short of the library's quality bar, as messages (empty: it meets the bar).
    pub below_library_bar: Vec<Msg>,
}

/// The verdicts of the call `text` (saved as `name`); `None` when it has errors.
pub fn check(name: &str, text: &str) -> Option<Verdicts> {
    let report = calmline_engine::validate(name, text.as_bytes());
    let sc = report.scenario.as_ref()?;
    let stats = report.stats.as_ref()?;
    if report
        .diagnostics
        .iter()
        .any(|d| d.severity == Severity::Error)
    {
        return None;
    }
    Some(Verdicts {
        passing: stats.passing(sc),
        failing: stats.failing(sc),
        shortest: stats.shortest,
        longest: stats.longest,
        paths: stats.paths,
        endings_passing: stats.endings_that_pass(),
        endings: sc.endings.len(),
        exact: stats.exact && stats.verdicts,
        below_library_bar: calmline_engine::quality::library_problems(sc),
    })
}

/// [`Verdicts`] as they cross to the page.
#[derive(Serialize, Deserialize)]
struct Wire {
    passing: Option<(u8, u8)>,
    failing: Option<(u8, u8)>,
    shortest: u32,
    longest: u32,
    paths: u64,
    endings_passing: usize,
    endings: usize,
    exact: bool,
    below: Vec<WireMsg>,
}

#[derive(Serialize, Deserialize)]
struct WireMsg {
    id: String,
    args: Vec<(String, WireArg)>,
}

#[derive(Serialize, Deserialize)]
enum WireArg {
    Text(String),
    Number(i64),
    Msg(WireMsg),
}

impl WireMsg {
    fn of(msg: &Msg) -> WireMsg {
        WireMsg {
            id: msg.id().to_owned(),
            args: msg
                .args()
                .iter()
                .map(|(name, arg)| {
                    let arg = match arg {
                        Arg::Text(t) => WireArg::Text(t.clone()),
                        Arg::Number(n) => WireArg::Number(*n),
                        Arg::Msg(m) => WireArg::Msg(WireMsg::of(m)),
                    };
                    ((*name).to_owned(), arg)
                })
                .collect(),
        }
    }

    fn rebuilt(self) -> Msg {
        self.args
            .into_iter()
            .fold(Msg::new(intern(&self.id)), |msg, (name, arg)| {
                let arg = match arg {
                    WireArg::Text(t) => Arg::Text(t),
                    WireArg::Number(n) => Arg::Number(n),
                    WireArg::Msg(m) => Arg::Msg(m.rebuilt()),
                };
                msg.with(intern(&name), arg)
            })
    }
}

thread_local! {
    /// Message ids and argument names seen from the worker: a fixed set (the engine's own),
    /// each kept once for the page's life.
    static INTERNED: RefCell<HashSet<&'static str>> = RefCell::new(HashSet::new());
}

/// `text` as a `&'static str`, kept once however often it comes (a message's id or argument
/// name: [`Msg`] holds them as the engine's constants).
fn intern(text: &str) -> &'static str {
    INTERNED.with(|seen| {
        let mut seen = seen.borrow_mut();
        if let Some(kept) = seen.get(text) {
            return *kept;
        }
        let kept: &'static str = Box::leak(text.to_owned().into_boxed_str());
        seen.insert(kept);
        kept
    })
}

/// The result of [`check`] as the worker sends it.
pub fn to_json(verdicts: Option<&Verdicts>) -> String {
    let wire = verdicts.map(|v| Wire {
        passing: v.passing,
        failing: v.failing,
        shortest: v.shortest,
        longest: v.longest,
        paths: v.paths,
        endings_passing: v.endings_passing,
        endings: v.endings,
        exact: v.exact,
        below: v.below_library_bar.iter().map(WireMsg::of).collect(),
    });
    serde_json::to_string(&wire).unwrap_or_else(|_| "null".to_owned())
}

/// What the worker sent, back as [`check`] gave it; `Err` when it is not that.
pub fn from_json(json: &str) -> Result<Option<Verdicts>, String> {
    let wire: Option<Wire> = serde_json::from_str(json).map_err(|e| e.to_string())?;
    Ok(wire.map(|w| Verdicts {
        passing: w.passing,
        failing: w.failing,
        shortest: w.shortest,
        longest: w.longest,
        paths: w.paths,
        endings_passing: w.endings_passing,
        endings: w.endings,
        exact: w.exact,
        below_library_bar: w.below.into_iter().map(WireMsg::rebuilt).collect(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn library(name: &str) -> String {
        std::fs::read_to_string(format!(
            "{}/../../scenarios/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap()
    }

    #[test]
    fn verdicts_cross_to_the_page_unchanged() {
        // A library call meets the bar; the example call of a new draft misses it on several
        // counts, with nested messages.
        let texts = [
            (
                "shouter-late-delivery.toml",
                library("shouter-late-delivery.toml"),
            ),
            ("new-call.toml", crate::skeleton::skeleton().to_owned()),
        ];
        for (name, text) in texts {
            let verdicts = check(name, &text).unwrap();
            let back = from_json(&to_json(Some(&verdicts))).unwrap();
            assert_eq!(back.as_ref(), Some(&verdicts), "{name}");
        }
        let some = check("new-call.toml", crate::skeleton::skeleton()).unwrap();
        assert!(!some.below_library_bar.is_empty());
    }

    #[test]
    fn a_call_with_errors_has_no_verdicts_and_says_so_across() {
        let broken = "format = 1\nid = \"x\"\n";
        assert_eq!(check("x.toml", broken), None);
        assert_eq!(from_json(&to_json(None)), Ok(None));
        assert!(from_json("{\"passing\": 3}").is_err());
        assert!(from_json("not json").is_err());
    }

    #[test]
    fn a_message_inside_a_message_crosses_too() {
        let inner = Msg::new("diag-name-turn").with("id", "vent");
        let outer = Msg::new("quality-cue")
            .with("what", inner)
            .with("count", 3u32);
        let verdicts = Verdicts {
            passing: Some((70, 96)),
            failing: None,
            shortest: 4,
            longest: 9,
            paths: u64::MAX,
            endings_passing: 2,
            endings: 5,
            exact: false,
            below_library_bar: vec![outer],
        };
        assert_eq!(from_json(&to_json(Some(&verdicts))), Ok(Some(verdicts)));
    }

    #[test]
    fn an_id_is_kept_once() {
        let a = intern("quality-length");
        let b = intern(&String::from("quality-length"));
        assert!(std::ptr::eq(a, b));
    }
}
