//! Effects and conditions: what a move changes (mood, skill points, variables) and when a reply,
//! trigger or hang-up rule applies; with the bookkeeping of the variables and twists they set
//! or read, so that one read but never set (or a twist never read) is reported.

use super::Names;
use super::names::{dangling, reply_refs};
use crate::Skill;
use crate::diag::{Msg, Problems, msg};
use crate::model::{Condition, Effect, VarIx, VarOp};
use crate::reader::{self, Obj, Value};
use crate::spec;

fn var(names: &mut Names, name: &str) -> VarIx {
    let ix = names
        .vars
        .iter()
        .position(|v| v == name)
        .unwrap_or_else(|| {
            names.vars.push(name.to_owned());
            names.assigned.push(None);
            names.vars.len() - 1
        });
    VarIx(ix.min(255) as u8)
}

fn var_map(
    p: &mut Problems,
    value: &Value<'_>,
    what: &Msg,
    names: &mut Names,
    assigns: bool,
) -> Vec<(VarIx, i32)> {
    let Some(obj) = reader::obj(p, value, what) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (key, v) in obj.entries() {
        let name = key.get_ref().as_ref();
        let valid = !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !valid {
            p.hinted(
                key.span(),
                msg!("diag-invalid-variable", name = name),
                msg!("diag-invalid-variable-hint"),
            );
            continue;
        }
        if names.vars.len() >= 32 && !names.vars.iter().any(|v| v == name) {
            p.hinted(
                key.span(),
                msg!("diag-too-many-variables"),
                msg!("diag-too-many-variables-hint", max = 32),
            );
            continue;
        }
        let Some(n) = reader::int(p, v, &msg!("diag-what-field", key = name), -1000, 1000) else {
            continue;
        };
        let ix = var(names, name);
        if assigns {
            names.assigned[usize::from(ix.0)].get_or_insert_with(|| key.span());
        } else {
            names.reads.push((ix, key.span()));
        }
        out.push((ix, n as i32));
    }
    out
}

fn skill_map(p: &mut Problems, value: &Value<'_>, names: &Names) -> [i32; 7] {
    let mut skills = [0; 7];
    let Some(obj) = reader::obj(p, value, &msg!("diag-what-field", key = "skills")) else {
        return skills;
    };
    let ids: Vec<&str> = Skill::ALL.iter().map(|s| s.id()).collect();
    reader::check_keys(p, obj, &ids, &msg!("diag-what-field", key = "skills"));
    for skill in Skill::ALL {
        if let Some(v) = obj.get(skill.id()) {
            let what = msg!("diag-what-skill-change", skill = skill.id());
            if let Some(n) = reader::int(p, v, &what, -spec::SKILL_DELTA, spec::SKILL_DELTA) {
                skills[skill as usize] = n as i32;
                // Points left from a skill taken off the list (QA round 3, mi-c): the debrief
                // would show it all the same.
                let listed = !names.skills_listed || names.spans.skill_items.contains_key(&skill);
                if n != 0 && !listed {
                    p.warning(
                        v.span(),
                        msg!("diag-skill-not-listed", skill = skill.id()),
                        msg!("diag-skill-not-listed-hint"),
                    );
                }
            }
        }
    }
    skills
}

pub(super) fn effect(p: &mut Problems, obj: Obj<'_, '_>, names: &mut Names) -> Effect {
    let mood = obj
        .get("mood")
        .and_then(|v| {
            reader::int(
                p,
                v,
                &msg!("diag-what-mood-change"),
                -spec::MOOD_DELTA,
                spec::MOOD_DELTA,
            )
        })
        .unwrap_or(0) as i32;
    let skills = obj
        .get("skills")
        .map(|v| skill_map(p, v, names))
        .unwrap_or([0; 7]);
    let mut vars = Vec::new();
    if let Some(v) = obj.get("set") {
        vars.extend(
            var_map(p, v, &msg!("diag-what-field", key = "set"), names, true)
                .into_iter()
                .map(|(x, n)| VarOp::Set(x, n)),
        );
    }
    if let Some(v) = obj.get("add") {
        vars.extend(
            var_map(p, v, &msg!("diag-what-field", key = "add"), names, true)
                .into_iter()
                .map(|(x, n)| VarOp::Add(x, n)),
        );
    }
    Effect { mood, skills, vars }
}

pub(super) fn condition(p: &mut Problems, value: &Value<'_>, names: &mut Names) -> Condition {
    let Some(obj) = reader::obj(p, value, &msg!("diag-what-field", key = "when")) else {
        return Condition::default();
    };
    reader::check_keys(
        p,
        obj,
        &spec::keys(spec::CONDITION),
        &msg!("diag-what-field", key = "when"),
    );
    let mut c = Condition::default();
    if let Some(v) = obj.get("mood_below") {
        c.mood_below = reader::int(p, v, &msg!("diag-what-field", key = "mood_below"), 1, 101)
            .map(|n| n as i32);
    }
    if let Some(v) = obj.get("mood_at_least") {
        c.mood_at_least = reader::int(
            p,
            v,
            &msg!("diag-what-field", key = "mood_at_least"),
            0,
            100,
        )
        .map(|n| n as i32);
    }
    if let Some(v) = obj.get("said") {
        c.said = reply_refs(p, v, names, &msg!("diag-what-field", key = "said"));
    }
    if let Some(v) = obj.get("not_said") {
        c.not_said = reply_refs(p, v, names, &msg!("diag-what-field", key = "not_said"));
    }
    if let Some(v) = obj.get("var_at_least") {
        c.var_at_least = var_map(
            p,
            v,
            &msg!("diag-what-field", key = "var_at_least"),
            names,
            false,
        );
    }
    if let Some(v) = obj.get("var_below") {
        c.var_below = var_map(
            p,
            v,
            &msg!("diag-what-field", key = "var_below"),
            names,
            false,
        );
    }
    if let Some(v) = obj.get("twist") {
        c.twist = twist_bits(p, v, names, &msg!("diag-what-field", key = "twist"));
    }
    if let Some(v) = obj.get("not_twist") {
        c.not_twist = twist_bits(p, v, names, &msg!("diag-what-field", key = "not_twist"));
    }
    if c.twist & c.not_twist != 0 {
        p.hinted(
            obj.span(),
            msg!("diag-never-holds"),
            msg!("diag-never-holds-twist-hint"),
        );
    }
    if let (Some(below), Some(least)) = (c.mood_below, c.mood_at_least) {
        if least >= below {
            p.hinted(
                obj.span(),
                msg!("diag-never-holds"),
                msg!("diag-never-holds-mood-hint", least = least, below = below),
            );
        }
    }
    if c.is_always() {
        p.hinted(
            obj.span(),
            msg!("diag-empty-when"),
            msg!("diag-empty-when-hint"),
        );
    }
    c
}

/// Reads a list of twist ids as bits, noting that they are read.
fn twist_bits(p: &mut Problems, value: &Value<'_>, names: &mut Names, what: &Msg) -> u8 {
    let Some(items) = reader::array(p, value, what) else {
        return 0;
    };
    let mut bits = 0;
    for item in items {
        let Some(id) = reader::id(p, item, &msg!("diag-what-a-twist-id")) else {
            continue;
        };
        match names.twists.get(id.get_ref()) {
            Some(&bit) => bits |= bit,
            None => dangling(
                p,
                item.span(),
                id.get_ref(),
                msg!("diag-kind-twist"),
                names.twists.keys(),
            ),
        }
    }
    names.twists_read |= bits;
    bits
}

/// A twist that no condition reads changes nothing: it is a mistake.
pub(super) fn check_twists_read(p: &mut Problems, root: Obj<'_, '_>, names: &Names) {
    for (id, bit) in &names.twists {
        if names.twists_read & bit == 0 {
            p.hinted(
                root.get("twist").map_or(0..0, |v| v.span()),
                msg!("diag-twist-never-read", id = id),
                msg!("diag-twist-never-read-hint"),
            );
        }
    }
}

pub(super) fn check_vars(p: &mut Problems, names: &Names) {
    for (ix, span) in &names.reads {
        if names.assigned[usize::from(ix.0)].is_none() {
            p.hinted(
                span.clone(),
                msg!(
                    "diag-variable-never-set",
                    name = &names.vars[usize::from(ix.0)]
                ),
                msg!("diag-variable-never-set-hint"),
            );
        }
    }
}

/// A variable changed but read by no condition is a leftover (QA round 3, mi-c): reported where
/// it is first changed.
pub(super) fn check_vars_read(p: &mut Problems, names: &Names) {
    for (ix, (name, set)) in names.vars.iter().zip(&names.assigned).enumerate() {
        let read = names.reads.iter().any(|(r, _)| usize::from(r.0) == ix);
        if let (Some(span), false) = (set, read) {
            p.warning(
                span.clone(),
                msg!("diag-variable-never-read", name = name),
                msg!("diag-variable-never-read-hint"),
            );
        }
    }
}
