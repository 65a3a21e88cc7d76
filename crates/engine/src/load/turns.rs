//! Reading a `[[turn]]`: the customer's lines, the replies offered (each with its grade,
//! feedback, condition, effect and `goto`) and what happens when the trainee says nothing.

use super::effects::{condition, effect};
use super::names::target;
use super::{Names, check_keys_of, field, tables};
use crate::Text;
use crate::diag::{Msg, Problems, msg};
use crate::model::{Emotion, Grade, Reply, Silence, Turn};
use crate::reader::{self, Obj, Value};
use crate::spec;

pub(super) fn turn(p: &mut Problems, obj: Obj<'_, '_>, names: &mut Names) -> Option<Turn> {
    let a_turn = msg!("diag-what-a-turn");
    check_keys_of(p, obj, spec::TURN, &a_turn);
    let id = field(p, obj, "id", &a_turn, "\"opening\"", |p, v| {
        reader::id(p, v, &msg!("diag-what-turn-id"))
    });
    let what = match &id {
        Some(id) => msg!("diag-what-turn", id = id.get_ref()),
        None => a_turn,
    };
    let emotion = field(p, obj, "emotion", &what, "\"angry\"", |p, v| {
        reader::choice(p, v, &msg!("diag-what-emotion"), &Emotion::ALL)
    });
    let time = field(p, obj, "time", &what, "20", |p, v| {
        reader::int(
            p,
            v,
            &msg!("diag-what-reply-time"),
            crate::timer::MIN_TURN_SECONDS,
            crate::timer::MAX_TURN_SECONDS,
        )
    });
    let mut lines = Vec::new();
    match obj.get("line") {
        None => p.hinted(
            obj.span(),
            msg!("diag-no-lines", what = &what),
            msg!("diag-no-lines-hint"),
        ),
        Some(v) => {
            for item in reader::array(p, v, &msg!("diag-what-field", key = "line")).unwrap_or(&[]) {
                lines.push(reader::text(
                    p,
                    item,
                    &msg!("diag-what-a-line-of", what = &what),
                ));
            }
        }
    }
    let reply_tables = tables(p, obj, "reply", &what);
    if obj.get("reply").is_none() {
        p.hinted(
            obj.span(),
            msg!("diag-no-replies", what = &what),
            msg!("diag-no-replies-hint"),
        );
    } else if !(1..=6).contains(&reply_tables.len()) {
        p.hinted(
            obj.span(),
            msg!("diag-reply-count", what = &what, count = reply_tables.len()),
            msg!("diag-reply-count-hint"),
        );
    }
    let replies: Vec<Option<Reply>> = reply_tables
        .iter()
        .map(|r| reply(p, *r, &what, names))
        .collect();
    let silence = field(
        p,
        obj,
        "silence",
        &what,
        "{ line = { … }, feedback = { … } }",
        |p, v| silence(p, v, &what, names),
    );
    let hold = obj
        .get("hold")
        .map(|v| crate::hold::read(p, v, &msg!("diag-what-hold-of", what = &what)))
        .unwrap_or_default();
    Some(Turn {
        id: id?.into_inner(),
        emotion: emotion?,
        time_s: time? as u16,
        lines: lines
            .into_iter()
            .collect::<Option<Vec<Text>>>()
            .filter(|l| !l.is_empty())?,
        replies: replies
            .into_iter()
            .collect::<Option<Vec<_>>>()
            .filter(|r| !r.is_empty())?,
        silence: silence?,
        hold,
    })
}

fn reply(p: &mut Problems, obj: Obj<'_, '_>, turn: &Msg, names: &mut Names) -> Option<Reply> {
    check_keys_of(p, obj, spec::REPLY, &msg!("diag-what-a-reply"));
    let a_reply = msg!("diag-what-a-reply-of", turn = turn);
    let id = field(p, obj, "id", &a_reply, "\"empathize\"", |p, v| {
        reader::id(p, v, &msg!("diag-what-reply-id"))
    });
    let what = match &id {
        Some(id) => msg!("diag-what-reply", id = id.get_ref(), turn = turn),
        None => a_reply,
    };
    let wordings = field(
        p,
        obj,
        "text",
        &what,
        "{ pl = \"…\", hu = \"…\", en = \"…\" }",
        |p, v| reader::wordings(p, v, &msg!("diag-what-text-of", what = &what)),
    );
    let reaction = obj
        .get("reaction")
        .and_then(|v| reader::text(p, v, &msg!("diag-what-reaction-to", what = &what)));
    let grade = field(p, obj, "grade", &what, "\"best\"", |p, v| {
        reader::choice(p, v, &msg!("diag-what-grade"), &Grade::ALL)
    });
    let feedback = obj
        .get("feedback")
        .and_then(|v| reader::text(p, v, &msg!("diag-what-feedback-of", what = &what)));
    if feedback.is_none()
        && obj.get("feedback").is_none()
        && grade.is_some_and(|g| g != Grade::Best)
    {
        p.hinted(
            obj.span(),
            msg!(
                "diag-no-feedback",
                what = &what,
                grade = grade.map_or("", Grade::id)
            ),
            msg!("diag-no-feedback-hint"),
        );
    }
    let critical = match obj.get("critical") {
        None => false,
        Some(v) => match v.get_ref().as_bool() {
            Some(true) if grade.is_some_and(|g| g > Grade::Poor) => {
                p.hinted(
                    v.span(),
                    msg!(
                        "diag-critical-grade",
                        what = &what,
                        grade = grade.map_or("", Grade::id)
                    ),
                    msg!("diag-critical-grade-hint"),
                );
                false
            }
            Some(b) => b,
            None => {
                p.error(v.span(), msg!("diag-critical-bool"));
                false
            }
        },
    };
    let when = obj
        .get("when")
        .map(|v| condition(p, v, names))
        .unwrap_or_default();
    let effect = effect(p, obj, names);
    let goto = field(p, obj, "goto", &what, "\"next-turn-id\"", |p, v| {
        target(p, v, names, &msg!("diag-what-field", key = "goto"))
    });
    Some(Reply {
        id: id?.into_inner(),
        wordings: wordings.filter(|w| !w.is_empty())?,
        reaction,
        grade: grade?,
        critical,
        feedback,
        when,
        effect,
        goto: goto?,
    })
}

fn silence(p: &mut Problems, value: &Value<'_>, turn: &Msg, names: &mut Names) -> Option<Silence> {
    let key = msg!("diag-what-field", key = "silence");
    let obj = reader::obj(p, value, &key)?;
    check_keys_of(p, obj, spec::SILENCE, &key);
    let what = msg!("diag-what-silence-of", turn = turn);
    let line = field(
        p,
        obj,
        "line",
        &what,
        "{ pl = \"…\", hu = \"…\", en = \"…\" }",
        |p, v| reader::text(p, v, &msg!("diag-what-line-of", what = &what)),
    );
    let feedback = field(
        p,
        obj,
        "feedback",
        &what,
        "{ pl = \"…\", hu = \"…\", en = \"…\" }",
        |p, v| reader::text(p, v, &msg!("diag-what-feedback-of", what = &what)),
    );
    let effect = effect(p, obj, names);
    let goto = match obj.get("goto") {
        Some(v) => Some(target(p, v, names, &msg!("diag-what-field", key = "goto"))?),
        None => None,
    };
    Some(Silence {
        line: line?,
        effect,
        goto,
        feedback: feedback?,
    })
}
