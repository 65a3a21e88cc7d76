//! Reading the scenario's tables other than turns: the `[customer]`, the `[[ending]]`s, the
//! `[[trigger]]`s and the `[[hang_up]]` rules.

use super::effects::{condition, effect};
use super::names::{ending_ref, target};
use super::{Names, check_keys_of, field, tables};
use crate::diag::{Problems, msg};
use crate::model::{Customer, Ending, Face, Grade, HangUpRule, Outcome, Trigger};
use crate::reader::{self, Obj, Value};
use crate::spec;

pub(super) fn customer(p: &mut Problems, value: &Value<'_>, names: &Names) -> Option<Customer> {
    let obj = reader::obj(p, value, &msg!("diag-what-field", key = "customer"))?;
    let what = msg!("diag-what-customer");
    reader::check_keys(p, obj, &spec::keys(spec::CUSTOMER), &what);
    let name = field(
        p,
        obj,
        "name",
        &what,
        "{ pl = \"…\", hu = \"…\", en = \"…\" }",
        |p, v| reader::text(p, v, &msg!("diag-what-customer-name")),
    );
    let mood = field(p, obj, "mood", &what, "30", |p, v| {
        reader::int(p, v, &msg!("diag-what-starting-mood"), 0, 100)
    });
    let patience = field(p, obj, "patience", &what, "2", |p, v| {
        reader::int(p, v, &msg!("diag-what-field", key = "patience"), 0, 5)
    });
    let gives_up = field(p, obj, "gives_up", &what, "\"hung-up\"", |p, v| {
        ending_ref(p, v, names, &msg!("diag-what-field", key = "gives_up"))
    });
    let face = obj
        .get("face")
        .map_or_else(Face::default, |v| crate::face_reader::read(p, v));
    Some(Customer {
        name: name?,
        mood: mood? as i32,
        patience: patience? as u8,
        gives_up: gives_up?,
        face,
    })
}

pub(super) fn ending(p: &mut Problems, obj: Obj<'_, '_>) -> Option<Ending> {
    let an_ending = msg!("diag-what-an-ending");
    check_keys_of(p, obj, spec::ENDING, &an_ending);
    let id = field(p, obj, "id", &an_ending, "\"resolved\"", |p, v| {
        reader::id(p, v, &msg!("diag-what-ending-id"))
    });
    let what = match &id {
        Some(id) => msg!("diag-what-ending", id = id.get_ref()),
        None => an_ending,
    };
    let outcome = field(p, obj, "outcome", &what, "\"resolved\"", |p, v| {
        reader::choice(p, v, &msg!("diag-what-outcome"), &Outcome::ALL)
    });
    let text = field(
        p,
        obj,
        "text",
        &what,
        "{ pl = \"…\", hu = \"…\", en = \"…\" }",
        |p, v| reader::text(p, v, &msg!("diag-what-text-of", what = &what)),
    );
    let debrief = field(
        p,
        obj,
        "debrief",
        &what,
        "{ pl = \"…\", hu = \"…\", en = \"…\" }",
        |p, v| reader::text(p, v, &msg!("diag-what-debrief-of", what = &what)),
    );
    Some(Ending {
        id: id?.into_inner(),
        outcome: outcome?,
        text: text?,
        debrief: debrief?,
    })
}

pub(super) fn trigger(p: &mut Problems, obj: Obj<'_, '_>, names: &mut Names) -> Option<Trigger> {
    let a_trigger = msg!("diag-what-a-trigger");
    check_keys_of(p, obj, spec::TRIGGER, &a_trigger);
    let id = field(p, obj, "id", &a_trigger, "\"boiling-over\"", |p, v| {
        reader::id(p, v, &msg!("diag-what-trigger-id"))
    });
    let when = field(p, obj, "when", &a_trigger, "{ mood_below = 10 }", |p, v| {
        Some(condition(p, v, names))
    });
    let goto = field(
        p,
        obj,
        "goto",
        &a_trigger,
        "\"customer-hangs-up\"",
        |p, v| target(p, v, names, &msg!("diag-what-field", key = "goto")),
    );
    Some(Trigger {
        id: id?.into_inner(),
        when: when?,
        goto: goto?,
    })
}

pub(super) fn check_unique_triggers(p: &mut Problems, root: Obj<'_, '_>) {
    let mut scratch = Problems::default();
    let mut seen = Vec::new();
    for t in tables(&mut scratch, root, "trigger", &msg!("diag-what-a-scenario")) {
        if let Some(id) = t
            .get("id")
            .and_then(|v| reader::id(&mut scratch, v, &msg!("diag-what-id")))
        {
            if seen.contains(id.get_ref()) {
                p.hinted(
                    id.span(),
                    msg!("diag-duplicate-trigger-id", id = id.get_ref()),
                    msg!("diag-duplicate-trigger-id-hint"),
                );
            }
            seen.push(id.into_inner());
        }
    }
}

pub(super) fn hang_up_rule(
    p: &mut Problems,
    obj: Obj<'_, '_>,
    names: &mut Names,
) -> Option<HangUpRule> {
    let what = &msg!("diag-what-a-hang-up-rule");
    check_keys_of(p, obj, spec::HANG_UP, what);
    let when = obj
        .get("when")
        .map(|v| condition(p, v, names))
        .unwrap_or_default();
    let ending = field(p, obj, "ending", what, "\"agent-hung-up\"", |p, v| {
        ending_ref(p, v, names, &msg!("diag-what-field", key = "ending"))
    });
    let grade = field(p, obj, "grade", what, "\"poor\"", |p, v| {
        reader::choice(p, v, &msg!("diag-what-grade"), &Grade::ALL)
    });
    let feedback = field(
        p,
        obj,
        "feedback",
        what,
        "{ pl = \"…\", hu = \"…\", en = \"…\" }",
        |p, v| reader::text(p, v, &msg!("diag-what-feedback")),
    );
    let effect = effect(p, obj, names);
    if !effect.vars.is_empty() {
        // `set` and `add` are not fields of a hang-up rule; check_keys reported them.
    }
    Some(HangUpRule {
        when,
        effect,
        ending: ending?,
        feedback: feedback?,
        grade: grade?,
    })
}
