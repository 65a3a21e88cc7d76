//! The first pass and the look-ups of the second: collecting the ids of turns, replies and
//! endings before anything is read (so that a `goto` may name something written further down),
//! and resolving a reference against them, with a "did you mean" when it names nothing.

use std::collections::HashMap;
use std::ops::Range;

use super::{Names, RESERVED_REPLY_IDS, Spans};
use crate::diag::{Msg, Problems, msg};
use crate::model::{EndingIx, ReplyRef, Target, TurnIx};
use crate::reader::{self, Obj, Value};

pub(super) fn dangling<'k>(
    p: &mut Problems,
    span: Range<usize>,
    id: &str,
    kind: Msg,
    known: impl Iterator<Item = &'k String>,
) {
    let known: Vec<&str> = known.map(String::as_str).collect();
    let hint = match crate::diag::suggest(id, known.iter().copied()) {
        Some(close) => msg!("diag-did-you-mean", name = close),
        None if known.is_empty() => msg!("diag-define-first", kind = &kind),
        None => {
            let mut sorted = known.clone();
            sorted.sort_unstable();
            msg!("diag-known", ids = sorted.join(", "))
        }
    };
    p.hinted(span, msg!("diag-dangling", kind = kind, id = id), hint);
}

pub(super) fn collect_names(
    p: &mut Problems,
    source: &str,
    turns: &[Obj<'_, '_>],
    endings: &[Obj<'_, '_>],
) -> Names {
    let mut names = Names {
        targets: HashMap::new(),
        replies: HashMap::new(),
        turns: HashMap::new(),
        vars: Vec::new(),
        skills_listed: false,
        assigned: Vec::new(),
        reads: Vec::new(),
        twists: HashMap::new(),
        twists_read: 0,
        spans: Spans::default(),
    };
    let mut first_seen: HashMap<String, Range<usize>> = HashMap::new();
    let mut claim = |p: &mut Problems, id: &str, span: Range<usize>| -> bool {
        if let Some(first) = first_seen.get(id) {
            p.hinted(
                span,
                msg!("diag-duplicate-id", id = id),
                msg!(
                    "diag-duplicate-id-hint",
                    id = id,
                    line = crate::diag::line_of(source, first.start)
                ),
            );
            false
        } else {
            first_seen.insert(id.to_owned(), span);
            true
        }
    };
    let mut scratch = Problems::default();
    for (i, turn) in turns.iter().enumerate() {
        let Some(id) = turn
            .get("id")
            .and_then(|v| reader::id(&mut scratch, v, &msg!("diag-what-a-turn-id")))
        else {
            continue;
        };
        names.spans.turns.resize(i + 1, 0..0);
        names.spans.turns[i] = id.span();
        if let Some(silence) = turn.get("silence") {
            names.spans.silences.insert(i as u16, silence.span());
            if let Some(goto) = silence.get_ref().get("goto") {
                names.spans.silence_gotos.insert(i as u16, goto.span());
            }
        }
        if claim(p, id.get_ref(), id.span()) {
            let ix = TurnIx(i as u16);
            names.targets.insert(id.get_ref().clone(), Target::Turn(ix));
            names.turns.insert(id.get_ref().clone(), ix);
        }
        let replies = turn
            .get("reply")
            .and_then(|v| reader::array(&mut scratch, v, &msg!("diag-what-replies")))
            .unwrap_or(&[]);
        for (r, reply) in replies.iter().enumerate() {
            if let Some(goto) = reply.get_ref().get("goto") {
                names
                    .spans
                    .reply_gotos
                    .insert((i as u16, r.min(255) as u8), goto.span());
            }
            if let Some(grade) = reply.get_ref().get("grade") {
                names
                    .spans
                    .reply_grades
                    .insert((i as u16, r.min(255) as u8), grade.span());
            }
            let Some(rid) = reply
                .get_ref()
                .get("id")
                .and_then(|v| reader::id(&mut scratch, v, &msg!("diag-what-a-reply-id")))
            else {
                continue;
            };
            if RESERVED_REPLY_IDS.contains(&rid.get_ref().as_str()) {
                p.hinted(
                    rid.span(),
                    msg!("diag-reserved-reply-id", id = rid.get_ref()),
                    msg!("diag-reserved-reply-id-hint"),
                );
            }
            let key = (i as u16, rid.get_ref().clone());
            if let std::collections::hash_map::Entry::Vacant(slot) = names.replies.entry(key) {
                slot.insert(r.min(255) as u8);
            } else {
                p.hinted(
                    rid.span(),
                    msg!(
                        "diag-duplicate-reply-id",
                        id = rid.get_ref(),
                        turn = id.get_ref()
                    ),
                    msg!("diag-duplicate-reply-id-hint"),
                );
            }
        }
    }
    for (j, ending) in endings.iter().enumerate() {
        let Some(id) = ending
            .get("id")
            .and_then(|v| reader::id(&mut scratch, v, &msg!("diag-what-an-ending-id")))
        else {
            continue;
        };
        names.spans.endings.resize(j + 1, 0..0);
        names.spans.endings[j] = id.span();
        if claim(p, id.get_ref(), id.span()) {
            let ix = EndingIx(j as u16);
            names
                .targets
                .insert(id.get_ref().clone(), Target::Ending(ix));
        }
    }
    names
}

pub(super) fn target(
    p: &mut Problems,
    value: &Value<'_>,
    names: &Names,
    what: &Msg,
) -> Option<Target> {
    let id = reader::id(p, value, what)?;
    match names.targets.get(id.get_ref()) {
        Some(t) => Some(*t),
        None => {
            dangling(
                p,
                value.span(),
                id.get_ref(),
                msg!("diag-kind-target"),
                names.targets.keys(),
            );
            None
        }
    }
}

pub(super) fn ending_ref(
    p: &mut Problems,
    value: &Value<'_>,
    names: &Names,
    what: &Msg,
) -> Option<EndingIx> {
    match target(p, value, names, what)? {
        Target::Ending(e) => Some(e),
        Target::Turn(_) => {
            p.hinted(
                value.span(),
                msg!("diag-not-an-ending", what = what),
                msg!("diag-not-an-ending-hint"),
            );
            None
        }
    }
}

pub(super) fn reply_refs(
    p: &mut Problems,
    value: &Value<'_>,
    names: &Names,
    what: &Msg,
) -> Vec<ReplyRef> {
    let Some(items) = reader::array(p, value, what) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for item in items {
        let Some(s) = reader::string(p, item, &msg!("diag-what-reply-ref")) else {
            continue;
        };
        let Some((turn, reply)) = s.split_once('.') else {
            p.hinted(
                item.span(),
                msg!("diag-not-a-reply-ref", text = s),
                msg!("diag-not-a-reply-ref-hint"),
            );
            continue;
        };
        let Some(&t) = names.turns.get(turn) else {
            dangling(
                p,
                item.span(),
                turn,
                msg!("diag-kind-turn"),
                names.turns.keys(),
            );
            continue;
        };
        match names.replies.get(&(t.0, reply.to_owned())) {
            Some(&r) => out.push(ReplyRef { turn: t, reply: r }),
            None => {
                let known: Vec<String> = names
                    .replies
                    .keys()
                    .filter(|(ti, _)| *ti == t.0)
                    .map(|(_, id)| id.clone())
                    .collect();
                dangling(
                    p,
                    item.span(),
                    reply,
                    msg!("diag-kind-reply", turn = turn),
                    known.iter(),
                );
            }
        }
    }
    out
}
