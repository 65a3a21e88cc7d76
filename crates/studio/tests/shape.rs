//! Adding and taking out across the whole library: a new reply, turn, customer line and ending
//! is only an insertion into the file (every other byte where it was), taking any reply or
//! wording out is only a deletion, a translation taken out and put back gives the file back
//! byte for byte, and undo always restores the exact text. A call built from nothing with the
//! blueprints passes the validator once its texts are written.

mod support;

use calmline_studio::draft::FieldValue;
use calmline_studio::{Draft, FieldPath, Step, Work, blueprint};
use support::{ids, library, where_apart};

fn path(text: &str) -> FieldPath {
    FieldPath::parse(text).unwrap()
}

/// `after` is `before` with one run of bytes added (or, when `removed`, taken out) at one place.
fn one_run(before: &str, after: &str, removed: bool) -> bool {
    let (short, long) = if removed {
        (after, before)
    } else {
        (before, after)
    };
    let head = short
        .bytes()
        .zip(long.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    let tail = short[head..]
        .bytes()
        .rev()
        .zip(long[head..].bytes().rev())
        .take_while(|(a, b)| a == b)
        .count();
    long.len() > short.len() && head + tail >= short.len()
}

#[test]
fn adding_to_any_library_call_only_inserts_and_undoes_exactly() {
    for (name, text) in library() {
        let mut draft = Draft::open(&text).unwrap();
        let ending = ids(&draft, "ending")[0].clone();
        let turns = ids(&draft, "turn").len();
        for turn in 0..turns {
            let before = draft.text().to_owned();
            let reply = blueprint::reply(draft.document(), turn, &ending);
            let list = FieldPath::default().key("turn").index(turn).key("reply");
            draft.add_table(&list, &reply).unwrap();
            assert!(
                one_run(&before, draft.text(), false),
                "{name}: reply of turn {turn}: {}",
                where_apart(&before, draft.text())
            );
            let before = draft.text().to_owned();
            let lines = FieldPath::default().key("turn").index(turn).key("line");
            draft.add_table(&lines, &blueprint::line()).unwrap();
            assert!(
                one_run(&before, draft.text(), false),
                "{name}: line of turn {turn}"
            );
        }
        let before = draft.text().to_owned();
        let (id, fields) = blueprint::turn(draft.document(), &ending);
        assert!(!ids(&draft, "turn").contains(&id));
        assert_eq!(draft.add_table(&path("turn"), &fields), Ok(turns));
        assert!(one_run(&before, draft.text(), false), "{name}: a new turn");
        let before = draft.text().to_owned();
        let (id, fields) = blueprint::ending(draft.document());
        assert!(!ids(&draft, "ending").contains(&id) && !ids(&draft, "turn").contains(&id));
        draft.add_table(&path("ending"), &fields).unwrap();
        assert!(
            one_run(&before, draft.text(), false),
            "{name}: a new ending"
        );
        assert!(draft.text().ends_with(&format!("\n[[ending]]\nid = \"{id}\"\noutcome = \"resolved\"\ntext.pl = \"\"\ntext.hu = \"\"\ntext.en = \"\"\ndebrief.pl = \"\"\ndebrief.hu = \"\"\ndebrief.en = \"\"\n")), "{name}");
        while draft.undo() {}
        assert_eq!(draft.text(), text, "{name}");
    }
}

#[test]
fn a_rule_added_to_any_library_call_only_inserts_a_new_hang_up_rule_before_the_last_one() {
    for (name, text) in library() {
        let mut draft = Draft::open(&text).unwrap();
        let ending = ids(&draft, "ending")[0].clone();
        let before = draft.text().to_owned();
        let trigger = blueprint::trigger(draft.document(), &ending);
        draft.add_table(&path("trigger"), &trigger).unwrap();
        assert!(one_run(&before, draft.text(), false), "{name}: a trigger");
        let rules = draft.document()["hang_up"]
            .as_array_of_tables()
            .unwrap()
            .len();
        assert!(rules >= 1, "{name}");
        let last = draft.get(&path(&format!("hang_up[{}].ending", rules - 1)));
        let before = draft.text().to_owned();
        let rule = blueprint::hang_up(&ending, true);
        assert_eq!(blueprint::add_hang_up(&mut draft, &ending), Ok(rules - 1));
        assert!(
            one_run(&before, draft.text(), false),
            "{name}: a hang-up rule: {}",
            where_apart(&before, draft.text())
        );
        // Written just before the rule that holds in every other case, which stays last.
        let added = draft.text().find(&rule).expect("written as made");
        let catch_all = draft.text()[added..]
            .find("[[hang_up]]")
            .map(|at| added + at);
        assert!(
            catch_all.is_some(),
            "{name}: the last rule comes after the new one"
        );
        assert_eq!(
            draft.get(&path(&format!("hang_up[{rules}].ending"))),
            last,
            "{name}"
        );
        let report = calmline_engine::validate_playable(&name, draft.text().as_bytes());
        let errors: Vec<String> = report
            .diagnostics
            .iter()
            .map(|d| d.message.clone())
            .filter(|m| !m.contains("empty"))
            .collect();
        assert!(
            errors.iter().all(|m| !m.contains("hang_up")),
            "{name}: {errors:?}"
        );
        while draft.undo() {}
        assert_eq!(draft.text(), text, "{name}");
    }
}

#[test]
fn a_call_with_no_hang_up_rule_gets_one_for_every_case_then_one_under_a_condition_before_it() {
    let mut draft = Draft::open(calmline_studio::skeleton::skeleton()).unwrap();
    let rules = |draft: &Draft| {
        draft
            .document()
            .get("hang_up")
            .and_then(|t| t.as_array_of_tables())
            .map_or(0, |t| t.len())
    };
    // The trainer took out every hang-up rule of the new call.
    while rules(&draft) > 0 {
        draft.remove(&path("hang_up[0]")).unwrap();
    }
    let ending = ids(&draft, "ending")[0].clone();
    assert_eq!(blueprint::add_hang_up(&mut draft, &ending), Ok(0));
    assert_eq!(rules(&draft), 1);
    assert_eq!(
        draft.get(&path("hang_up[0].ending")),
        Some(FieldValue::Text(ending.clone()))
    );
    assert!(
        draft.document()["hang_up"][0].get("when").is_none(),
        "the only rule holds in every case"
    );
    let messages = |draft: &Draft| -> Vec<String> {
        calmline_engine::validate_playable("new.toml", draft.text().as_bytes())
            .diagnostics
            .into_iter()
            .map(|d| d.message)
            .collect()
    };
    let found = messages(&draft);
    assert!(
        found.iter().all(|m| m.contains("empty")),
        "only its feedback is left to write: {found:?}"
    );
    // A second rule holds under a condition and goes before the one for every other case.
    assert_eq!(blueprint::add_hang_up(&mut draft, &ending), Ok(0));
    assert_eq!(rules(&draft), 2);
    assert!(draft.document()["hang_up"][0].get("when").is_some());
    assert!(draft.document()["hang_up"][1].get("when").is_none());
    let found = messages(&draft);
    assert!(found.iter().all(|m| m.contains("empty")), "{found:?}");
}

#[test]
fn taking_out_any_reply_or_wording_only_deletes_and_a_translation_comes_back_exactly() {
    for (name, text) in library() {
        let mut draft = Draft::open(&text).unwrap();
        let turns = ids(&draft, "turn").len();
        for turn in 0..turns {
            let reply = FieldPath::default()
                .key("turn")
                .index(turn)
                .key("reply")
                .index(0);
            let before = draft.text().to_owned();
            draft.remove(&reply).unwrap();
            assert!(
                one_run(&before, draft.text(), true),
                "{name}: reply 0 of turn {turn}"
            );
            assert!(draft.undo());
            let wording = reply.clone().key("text").key("en").index(1);
            if draft.get(&wording).is_some() {
                draft.remove(&wording).unwrap();
                assert!(one_run(&before, draft.text(), true), "{name}: {wording}");
                assert!(draft.undo());
            }
            assert_eq!(draft.text(), before);
        }
        for lang in ["pl", "hu", "en"] {
            let title = FieldPath::default().key("title").key(lang);
            let Some(value) = draft.get(&title) else {
                continue;
            };
            draft.remove(&title).unwrap();
            assert!(draft.get(&title).is_none());
            draft.put_all(&[(title.clone(), value)]).unwrap();
            assert!(
                draft.text() == text,
                "{name}: {title} put back: {}",
                where_apart(draft.text(), &text)
            );
        }
        while draft.undo() {}
        assert_eq!(draft.text(), text, "{name}");
    }
}

/// Every empty text of the document, by path.
fn empty_texts(item: &toml_edit::Item, at: FieldPath, out: &mut Vec<FieldPath>) {
    match item {
        toml_edit::Item::Value(toml_edit::Value::String(s)) if s.value().is_empty() => out.push(at),
        toml_edit::Item::Value(toml_edit::Value::Array(list)) => {
            for (i, v) in list.iter().enumerate() {
                empty_texts(&toml_edit::Item::Value(v.clone()), at.clone().index(i), out);
            }
        }
        toml_edit::Item::Value(toml_edit::Value::InlineTable(t)) => {
            for (k, v) in t.iter() {
                empty_texts(&toml_edit::Item::Value(v.clone()), at.clone().key(k), out);
            }
        }
        toml_edit::Item::Table(t) => {
            for (k, v) in t.iter() {
                empty_texts(v, at.clone().key(k), out);
            }
        }
        toml_edit::Item::ArrayOfTables(list) => {
            for (i, t) in list.iter().enumerate() {
                empty_texts(&toml_edit::Item::Table(t.clone()), at.clone().index(i), out);
            }
        }
        _ => {}
    }
}

#[test]
fn three_turns_added_to_a_new_call_make_a_playable_call_once_their_texts_are_written() {
    let mut work = Work::open("my-call.toml", calmline_studio::skeleton::skeleton(), "en").unwrap();
    let errors = |work: &Work| {
        work.problems
            .iter()
            .filter(|p| p.diagnostic.severity == calmline_engine::Severity::Error)
            .count()
    };
    assert_eq!(errors(&work), 0, "the new call is valid");
    // The trainer adds an ending and three turns, each leading to the one added before it, and
    // points the start's first reply at the last one: one step to undo.
    let first = work
        .change(|d| {
            let (mut next, fields) = blueprint::ending(d.document());
            d.add_table(&path("ending"), &fields)?;
            for _ in 0..3 {
                let (id, fields) = blueprint::turn(d.document(), &next);
                d.add_table(&path("turn"), &fields)?;
                next = id;
            }
            d.set(
                &path("turn[0].reply[0].goto"),
                FieldValue::Text(next.clone()),
            )?;
            Ok(next)
        })
        .unwrap();
    assert!(errors(&work) > 0, "empty texts are problems");
    assert!(
        work.problems.iter().any(|p| p.field.is_some()),
        "a problem leads to its field"
    );
    let mut empty = Vec::new();
    empty_texts(
        work.draft.document().as_item(),
        FieldPath::default(),
        &mut empty,
    );
    assert!(empty.len() >= 3 * 12, "{}", empty.len());
    let written: Vec<_> = empty
        .into_iter()
        .enumerate()
        .map(|(i, at)| (at, FieldValue::Text(format!("Tekst numer {i}."))))
        .collect();
    work.change(|d| d.put_all(&written)).unwrap();
    let left: Vec<_> = work
        .problems
        .iter()
        .filter(|p| p.diagnostic.severity == calmline_engine::Severity::Error)
        .map(|p| p.diagnostic.message.clone())
        .collect();
    assert!(left.is_empty(), "{left:?}");
    assert!(work.map.nodes.iter().any(|n| n.id == first));
    let report = calmline_engine::validate("my-call.toml", work.draft.text().as_bytes());
    assert!(report.scenario.is_some());
    assert!(work.undo() && work.undo());
    assert_eq!(work.draft.text(), calmline_studio::skeleton::skeleton());
}

#[test]
fn a_changed_call_is_saved_with_its_version_bumped_once() {
    let (name, text) = library().remove(0);
    let mut work = Work::open(&name, &text, "en").unwrap();
    assert_eq!(
        work.for_saving(),
        text,
        "an unchanged call is saved as it is"
    );
    let version = |w: &Work| w.draft.get(&path("version"));
    let Some(FieldValue::Int(old)) = version(&work) else {
        panic!("{name}: no version");
    };
    work.edit(&path("turn[0].time"), FieldValue::Int(29))
        .unwrap();
    let saved = work.for_saving().to_owned();
    assert_eq!(version(&work), Some(FieldValue::Int(old + 1)));
    assert!(saved.contains(&format!("version = {}", old + 1)));
    work.for_saving();
    assert_eq!(
        version(&work),
        Some(FieldValue::Int(old + 1)),
        "bumped once"
    );
    assert!(work.undo(), "the bump is a step of its own");
    assert_eq!(version(&work), Some(FieldValue::Int(old)));
    work.edit(&path("version"), FieldValue::Int(old + 5))
        .unwrap();
    work.for_saving();
    assert_eq!(
        version(&work),
        Some(FieldValue::Int(old + 5)),
        "the trainer's own version stays"
    );
}

#[test]
fn what_a_reply_lacks_is_added_as_it_starts_and_only_inserted() {
    let mut added = 0;
    for (name, text) in library() {
        let mut draft = Draft::open(&text).unwrap();
        let turns = draft.document()["turn"].as_array_of_tables().unwrap().len();
        for t in 0..turns {
            let replies = draft.document()["turn"][t]["reply"]
                .as_array_of_tables()
                .map_or(0, |r| r.len());
            for r in 0..replies {
                let reply = path(&format!("turn[{t}].reply[{r}]"));
                for key in ["mood", "reaction"] {
                    let table = &draft.document()["turn"][t]["reply"][r];
                    if table.get(key).is_some() {
                        continue;
                    }
                    let before = draft.text().to_owned();
                    let edits = blueprint::reply_extra(&reply, key);
                    assert!(draft.put_all(&edits).unwrap(), "{name} {reply} {key}");
                    assert!(
                        one_run(&before, draft.text(), false),
                        "{name} {reply} {key}: {}",
                        where_apart(&before, draft.text())
                    );
                    for (at, value) in &edits {
                        assert_eq!(draft.get(at).as_ref(), Some(value), "{name} {at}");
                    }
                    assert!(draft.undo());
                    assert_eq!(draft.text(), before, "{name} {reply} {key}");
                    added += 1;
                }
            }
        }
    }
    assert!(
        added > 100,
        "replies without a mood change or a reaction: {added}"
    );
}

#[test]
fn a_condition_is_added_to_a_reply_or_rule_as_it_starts_and_the_call_still_reads() {
    let mut added = 0;
    for (name, text) in library() {
        let mut draft = Draft::open(&text).unwrap();
        let doc = draft.document().clone();
        let mut holders = vec![path("turn[0].reply[0]")];
        // A trigger, and a hang-up rule but the last (which holds in every other case).
        for (list, least) in [("trigger", 1), ("hang_up", 2)] {
            let rules = doc.get(list).and_then(|t| t.as_array_of_tables());
            if rules.is_some_and(|r| r.len() >= least) {
                holders.push(path(&format!("{list}[0]")));
            }
        }
        for holder in &holders {
            for key in blueprint::CONDITIONS {
                let Some((at, value)) = blueprint::condition(&doc, holder, key) else {
                    continue;
                };
                let before = draft.text().to_owned();
                // Already there as a list or a table: that condition is not offered.
                let there = FieldPath(at.0[..holder.0.len() + 2].to_vec());
                let mut item = draft.document().as_item();
                for step in &there.0 {
                    item = match step {
                        Step::Key(k) => item.get(k.as_str()).unwrap_or(&toml_edit::Item::None),
                        Step::Index(i) => item.get(*i).unwrap_or(&toml_edit::Item::None),
                    };
                }
                if !item.is_none() {
                    continue;
                }
                let edits = [(at.clone(), value.clone())];
                assert!(draft.put_all(&edits).unwrap(), "{name} {at}");
                assert!(
                    one_run(&before, draft.text(), false),
                    "{name} {at}: {}",
                    where_apart(&before, draft.text())
                );
                assert_eq!(draft.get(&at).as_ref(), Some(&value), "{name} {at}");
                // The engine reads the call with the new condition, its reference valid (what
                // the condition does to the call, a turn no longer reached, is the trainer's to
                // judge: the studio says it).
                let report = calmline_engine::validate_playable(&name, draft.text().as_bytes());
                let consequence = [
                    "diag-never-holds",
                    "diag-unreachable-turn",
                    "diag-unreachable-ending",
                ];
                let errors: Vec<_> = report
                    .diagnostics
                    .iter()
                    .filter(|d| d.severity == calmline_engine::Severity::Error)
                    .filter(|d| !consequence.contains(&d.what.id()))
                    .map(|d| d.to_string())
                    .collect();
                assert!(errors.is_empty(), "{name} {at}: {errors:?}");
                assert!(draft.undo());
                assert_eq!(draft.text(), before, "{name} {at}");
                added += 1;
            }
        }
    }
    assert!(added > 40, "conditions added: {added}");
}
