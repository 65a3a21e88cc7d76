//! What crosses from the player to the LMS runtime (crates/engine/src/relay.rs, lms.rs's
//! `CallView`): a moment arrives as it was told, with everything the adapters report (the
//! wordings of the choices in the trainee's language, the verdict, the save), and what the
//! runtime tells back reads back the same.

use calmline_engine::lms::view;
use calmline_engine::model::Grade;
use calmline_engine::relay::{LmsKind, LmsStatus, LmsUpdate, Sight, Told};
use calmline_engine::{Address, Lang, Reader};

#[path = "support/calls.rs"]
mod calls;

use calls::shouter;

#[test]
fn a_moment_arrives_as_it_was_told() {
    let sc = shouter();
    let states = calls::states(&sc, Grade::Acceptable, 5_000);
    let reader = Reader::new(Lang::Pl, Address::Pani);
    for (n, state) in states.iter().enumerate() {
        let call = Sight {
            view: view(&sc, state, Some(70), reader),
            save: Some(format!("v2 exam SAVE {n}")),
            running: n % 2 == 0,
            extensions: 1,
        };
        let told = Told::Moved { call: call.clone() };
        let json = serde_json::to_string(&told).expect("written");
        // The runtime reads it with the browser's JSON parser: every number must survive a
        // double.
        let back: Told =
            serde_json::from_value(serde_json::from_str::<serde_json::Value>(&json).expect("JSON"))
                .expect("read back");
        assert_eq!(back, told);
        assert_eq!(call.clock_key(), (n, n % 2 == 0, 1));
        assert_eq!(call.view.report.pass_mark, 70);
        assert_eq!(call.view.lang, "pl");
        assert_eq!(call.view.scenario, sc.id);
        // One wording per choice on offer, none empty, without the Pan/Pani pairs unresolved.
        for (i, texts) in call.view.report.interactions.iter().zip(&call.view.texts) {
            assert_eq!(texts.len(), i.choices.len());
            assert!(texts.iter().all(|t| !t.is_empty() && !t.contains('{')));
            assert_eq!(call.view.text(i, &i.choices[0]), Some(texts[0].as_str()));
        }
        assert_eq!(call.is_over(), state.ending().is_some());
    }
    let last = states.last().expect("a call");
    assert!(last.ending().is_some(), "the call was played to its end");
    let leaving = Told::Leaving { call: None };
    let json = serde_json::to_string(&leaving).expect("written");
    assert_eq!(serde_json::from_str::<Told>(&json).expect("read"), leaving);
}

#[test]
fn what_the_runtime_tells_reads_back_the_same() {
    for update in [
        LmsUpdate::Status(LmsStatus::Kept),
        LmsUpdate::Status(LmsStatus::Closed),
        LmsUpdate::Mastery(72),
        LmsUpdate::Learner("Nowak, Ewa".into()),
        LmsUpdate::Language("hu-HU".into()),
    ] {
        let (what, value) = update.to_pair();
        assert_eq!(LmsUpdate::from_pair(what, value), Some(update));
    }
    assert_eq!(LmsUpdate::from_pair("mastery", "high".into()), None);
    assert_eq!(LmsUpdate::from_pair("status", "asleep".into()), None);
    assert_eq!(LmsUpdate::from_pair("weather", "sunny".into()), None);
    for (id, kind) in LmsKind::ALL {
        assert_eq!(kind.id(), id);
        assert_eq!(LmsKind::from_id(id), Some(kind));
    }
}
