//! Reading a scenario file into a [`Scenario`], reporting every problem at once.
//!
//! Loading runs in two passes over the parsed TOML: the first collects the ids of turns, replies
//! and endings (so that a `goto` may name something written further down), the second reads
//! every table into the model, resolving references as it goes. Graph checks that need the whole
//! scenario (reachability, endless paths, score ranges) are in [`crate::analysis`].

use std::collections::HashMap;
use std::ops::Range;

use crate::diag::{Msg, Problems, msg};
use crate::model::*;
use crate::reader::{self, Obj, Value};
use crate::spec::{self, Field};
use crate::{Skill, Text};

/// Reply ids reserved for the moves that are not replies (in test plans and saves).
pub const RESERVED_REPLY_IDS: [&str; 2] = ["silence", "hang-up"];

/// Names of things in the file, collected before reading them.
struct Names {
    targets: HashMap<String, Target>,
    replies: HashMap<(u16, String), u8>,
    turns: HashMap<String, TurnIx>,
    vars: Vec<String>,
    assigned: Vec<bool>,
    reads: Vec<(VarIx, Range<usize>)>,
    /// Twist ids and their bits.
    twists: HashMap<String, u8>,
    /// The bits of the twists some condition reads.
    twists_read: u8,
    spans: Spans,
}

/// Where things are in the file, for locating the analysis' findings.
#[derive(Debug, Default)]
pub(crate) struct Spans {
    pub turns: Vec<Range<usize>>,
    pub endings: Vec<Range<usize>>,
    pub reply_gotos: HashMap<(u16, u8), Range<usize>>,
    pub silence_gotos: HashMap<u16, Range<usize>>,
    /// The `grade` of each reply, by (turn, reply).
    pub reply_grades: HashMap<(u16, u8), Range<usize>>,
    /// The `[turn.silence]` table of each turn.
    pub silences: HashMap<u16, Range<usize>>,
    pub pass_mark: Range<usize>,
    pub skills: Range<usize>,
}

/// Reads a scenario from the text of a file. Returns the scenario if it could be built (it may
/// still have problems) and every problem found.
pub(crate) fn read(source: &str, p: &mut Problems) -> (Option<Scenario>, Spans) {
    let doc = reader::parse(source, p);
    if !p.is_empty() {
        // After a syntax error the recovered document is unreliable: report the syntax errors
        // (all of them) and nothing that may only be their echo.
        return (None, Spans::default());
    }
    let root = Obj {
        span: (0, 0),
        table: doc.get_ref(),
    };
    if root.table.is_empty() {
        if p.is_empty() {
            p.hinted(0..0, msg!("diag-empty-file"), msg!("diag-empty-file-hint"));
        }
        return (None, Spans::default());
    }
    let a_scenario = msg!("diag-what-a-scenario");
    let the_scenario = msg!("diag-what-the-scenario");
    reader::check_keys(p, root, &spec::keys(spec::SCENARIO), &a_scenario);
    let turn_tables = tables(p, root, "turn", &a_scenario);
    let ending_tables = tables(p, root, "ending", &a_scenario);
    let mut names = collect_names(p, source, &turn_tables, &ending_tables);
    let (twists, twist_bits) = crate::twist::read(p, root);
    names.twists = twist_bits;
    names.spans.pass_mark = root.get("pass_mark").map_or(0..0, |v| v.span());
    names.spans.skills = root.get("skills").map_or(0..0, |v| v.span());

    if let Some(v) = reader::required(p, root, "format", &the_scenario, "1") {
        reader::int(
            p,
            v,
            &msg!("diag-what-field", key = "format"),
            1,
            spec::FORMAT_VERSION,
        );
    }
    let id = field(p, root, "id", &the_scenario, "\"late-delivery\"", |p, v| {
        reader::id(p, v, &msg!("diag-what-scenario-id"))
    });
    let version = field(p, root, "version", &the_scenario, "1", |p, v| {
        reader::int(p, v, &msg!("diag-what-field", key = "version"), 1, 65_535)
    });
    let title = field(
        p,
        root,
        "title",
        &the_scenario,
        "{ pl = \"…\", hu = \"…\", en = \"…\" }",
        |p, v| reader::text(p, v, &msg!("diag-what-title")),
    );
    let summary = field(
        p,
        root,
        "summary",
        &the_scenario,
        "{ pl = \"…\", hu = \"…\", en = \"…\" }",
        |p, v| reader::text(p, v, &msg!("diag-what-summary")),
    );
    let customer_type = field(
        p,
        root,
        "customer_type",
        &the_scenario,
        "\"shouter\"",
        |p, v| reader::choice(p, v, &msg!("diag-what-customer-type"), &CustomerType::ALL),
    );
    let difficulty = field(
        p,
        root,
        "difficulty",
        &the_scenario,
        "\"medium\"",
        |p, v| reader::choice(p, v, &msg!("diag-what-difficulty"), &Difficulty::ALL),
    );
    let direction = root
        .get("direction")
        .map(|v| reader::choice(p, v, &msg!("diag-what-direction"), &Direction::ALL))
        .unwrap_or(Some(Direction::Inbound));
    let minutes = field(p, root, "minutes", &the_scenario, "5", |p, v| {
        reader::int(p, v, &msg!("diag-what-field", key = "minutes"), 1, 60)
    });
    let skills = field(
        p,
        root,
        "skills",
        &the_scenario,
        "[\"empathy\", \"calm\"]",
        skill_list,
    );
    let techniques = field(
        p,
        root,
        "techniques",
        &the_scenario,
        "[\"venting\"]",
        technique_list,
    );
    let self_care = root
        .get("self_care")
        .and_then(|v| reader::text(p, v, &msg!("diag-what-self-care")));
    let pass_mark = field(p, root, "pass_mark", &the_scenario, "60", |p, v| {
        reader::int(p, v, &msg!("diag-what-pass-mark"), 0, 100)
    });
    let start = field(p, root, "start", &the_scenario, "\"opening\"", |p, v| {
        let id = reader::id(p, v, &msg!("diag-what-field", key = "start"))?;
        match names.turns.get(id.get_ref()) {
            Some(t) => Some(*t),
            None => {
                dangling(
                    p,
                    v.span(),
                    id.get_ref(),
                    msg!("diag-kind-turn"),
                    names.turns.keys(),
                );
                None
            }
        }
    });

    let customer = field(p, root, "customer", &the_scenario, "{ … }", |p, v| {
        customer(p, v, &names)
    });
    let turns: Vec<Option<Turn>> = turn_tables
        .iter()
        .map(|t| turn(p, *t, &mut names))
        .collect();
    let endings: Vec<Option<Ending>> = ending_tables.iter().map(|e| ending(p, *e)).collect();
    let triggers: Vec<Option<Trigger>> = tables(p, root, "trigger", &a_scenario)
        .iter()
        .map(|t| trigger(p, *t, &mut names))
        .collect();
    let hang_up_tables = tables(p, root, "hang_up", &a_scenario);
    let hang_up: Vec<Option<HangUpRule>> = hang_up_tables
        .iter()
        .map(|h| hang_up_rule(p, *h, &mut names))
        .collect();
    if root.get("hang_up").is_none() {
        p.hinted(0..0, msg!("diag-no-hang-up"), msg!("diag-no-hang-up-hint"));
    }
    if let Some(last) = hang_up_tables.last() {
        if last.get("when").is_some() {
            p.hinted(
                last.span(),
                msg!("diag-last-hang-up-when"),
                msg!("diag-last-hang-up-when-hint"),
            );
        }
    }
    let hold = root
        .get("hold")
        .map(|v| crate::hold::read(p, v, &msg!("diag-what-hold-table")))
        .unwrap_or_default();
    check_unique_triggers(p, root);
    check_vars(p, &names);
    check_twists_read(p, root, &names);
    let spans = std::mem::take(&mut names.spans);
    let scenario = (|| {
        let mut scenario = Scenario {
            id: id?.into_inner(),
            version: u32::try_from(version?).ok()?,
            title: title?,
            summary: summary?,
            customer_type: customer_type?,
            difficulty: difficulty?,
            direction: direction?,
            minutes: u8::try_from(minutes?).ok()?,
            skills: skills?,
            techniques: techniques?,
            self_care,
            pass_mark: u8::try_from(pass_mark?).ok()?,
            customer: customer?,
            start: start?,
            turns: turns.into_iter().collect::<Option<Vec<_>>>()?,
            endings: endings.into_iter().collect::<Option<Vec<_>>>()?,
            triggers: triggers.into_iter().collect::<Option<Vec<_>>>()?,
            hang_up: hang_up.into_iter().collect::<Option<Vec<_>>>()?,
            twists,
            vars: names.vars,
            tracked: Vec::new(),
            hold,
        };
        scenario.tracked = tracked(&scenario);
        (!scenario.turns.is_empty() && !scenario.endings.is_empty() && !scenario.hang_up.is_empty())
            .then_some(scenario)
    })();
    if scenario.as_ref().is_some_and(|s| s.tracked.len() > 64) {
        p.hinted(
            0..0,
            msg!("diag-too-many-tracked"),
            msg!("diag-too-many-tracked-hint"),
        );
        return (None, spans);
    }
    (scenario, spans)
}

/// Every reply some condition refers to, in a fixed order (their bits in the run state).
fn tracked(sc: &Scenario) -> Vec<ReplyRef> {
    let conditions = sc
        .turns
        .iter()
        .flat_map(|t| t.replies.iter().map(|r| &r.when))
        .chain(sc.triggers.iter().map(|t| &t.when))
        .chain(sc.hang_up.iter().map(|h| &h.when));
    let mut out: Vec<ReplyRef> = conditions
        .flat_map(|c| c.said.iter().chain(&c.not_said).copied())
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Reads a required field with `read`, or records that it is missing.
fn field<'a, 'i, T>(
    p: &mut Problems,
    obj: Obj<'a, 'i>,
    key: &str,
    what: &Msg,
    example: &str,
    read: impl FnOnce(&mut Problems, &'a Value<'i>) -> Option<T>,
) -> Option<T> {
    let value = reader::required(p, obj, key, what, example)?;
    read(p, value)
}

/// The tables of an array of tables such as `[[turn]]`; empty if absent or malformed.
fn tables<'a, 'i>(p: &mut Problems, obj: Obj<'a, 'i>, key: &str, what: &Msg) -> Vec<Obj<'a, 'i>> {
    let Some(value) = obj.get(key) else {
        return Vec::new();
    };
    let Some(items) = reader::array(
        p,
        value,
        &msg!("diag-what-field-in", key = key, what = what),
    ) else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| reader::obj(p, item, &msg!("diag-what-each", key = key)))
        .collect()
}

fn dangling<'k>(
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

fn collect_names(
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

fn target(p: &mut Problems, value: &Value<'_>, names: &Names, what: &Msg) -> Option<Target> {
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

fn ending_ref(p: &mut Problems, value: &Value<'_>, names: &Names, what: &Msg) -> Option<EndingIx> {
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

pub(crate) fn skill_list(p: &mut Problems, value: &Value<'_>) -> Option<Vec<Skill>> {
    let items = reader::array(p, value, &msg!("diag-what-field", key = "skills"))?;
    let mut skills = Vec::new();
    for item in items {
        let s = reader::string(p, item, &msg!("diag-what-a-skill"))?;
        match s.parse::<Skill>() {
            Ok(skill) if skills.contains(&skill) => {
                p.error(item.span(), msg!("diag-skill-twice", skill = s));
            }
            Ok(skill) => skills.push(skill),
            Err(_) => {
                let known: Vec<&str> = Skill::ALL.iter().map(|s| s.id()).collect();
                p.error(
                    item.span(),
                    msg!("diag-unknown-skill", skill = s, known = known.join(", ")),
                );
            }
        }
    }
    if skills.is_empty() {
        p.hinted(
            value.span(),
            msg!("diag-skills-empty"),
            msg!("diag-skills-empty-hint"),
        );
        return None;
    }
    Some(skills)
}

pub(crate) fn technique_list(p: &mut Problems, value: &Value<'_>) -> Option<Vec<Technique>> {
    let items = reader::array(p, value, &msg!("diag-what-field", key = "techniques"))?;
    let mut out = Vec::new();
    for item in items {
        let Some(t) = reader::choice(p, item, &msg!("diag-what-technique"), &Technique::ALL) else {
            continue;
        };
        if out.contains(&t) {
            p.error(
                item.span(),
                msg!("diag-technique-twice", technique = t.id()),
            );
        } else {
            out.push(t);
        }
    }
    if out.is_empty() && p.is_empty() {
        p.hinted(
            value.span(),
            msg!("diag-techniques-empty"),
            msg!("diag-techniques-empty-hint"),
        );
        return None;
    }
    Some(out)
}

fn customer(p: &mut Problems, value: &Value<'_>, names: &Names) -> Option<Customer> {
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

fn var(names: &mut Names, name: &str) -> VarIx {
    let ix = names
        .vars
        .iter()
        .position(|v| v == name)
        .unwrap_or_else(|| {
            names.vars.push(name.to_owned());
            names.assigned.push(false);
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
            names.assigned[usize::from(ix.0)] = true;
        } else {
            names.reads.push((ix, key.span()));
        }
        out.push((ix, n as i32));
    }
    out
}

fn skill_map(p: &mut Problems, value: &Value<'_>) -> [i32; 7] {
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
            }
        }
    }
    skills
}

fn effect(p: &mut Problems, obj: Obj<'_, '_>, names: &mut Names) -> Effect {
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
    let skills = obj.get("skills").map(|v| skill_map(p, v)).unwrap_or([0; 7]);
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

fn reply_refs(p: &mut Problems, value: &Value<'_>, names: &Names, what: &Msg) -> Vec<ReplyRef> {
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

fn condition(p: &mut Problems, value: &Value<'_>, names: &mut Names) -> Condition {
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
fn check_twists_read(p: &mut Problems, root: Obj<'_, '_>, names: &Names) {
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

fn check_keys_of(p: &mut Problems, obj: Obj<'_, '_>, fields: &[Field], what: &Msg) {
    reader::check_keys(p, obj, &spec::keys(fields), what);
}

fn turn(p: &mut Problems, obj: Obj<'_, '_>, names: &mut Names) -> Option<Turn> {
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

fn ending(p: &mut Problems, obj: Obj<'_, '_>) -> Option<Ending> {
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

fn trigger(p: &mut Problems, obj: Obj<'_, '_>, names: &mut Names) -> Option<Trigger> {
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

fn check_unique_triggers(p: &mut Problems, root: Obj<'_, '_>) {
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

fn hang_up_rule(p: &mut Problems, obj: Obj<'_, '_>, names: &mut Names) -> Option<HangUpRule> {
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

fn check_vars(p: &mut Problems, names: &Names) {
    for (ix, span) in &names.reads {
        if !names.assigned[usize::from(ix.0)] {
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
