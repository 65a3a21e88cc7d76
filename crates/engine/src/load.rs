//! Reading a scenario file into a [`Scenario`], reporting every problem at once.
//!
//! Loading runs in two passes over the parsed TOML: the first collects the ids of turns, replies
//! and endings (so that a `goto` may name something written further down), the second reads
//! every table into the model, resolving references as it goes. Graph checks that need the whole
//! scenario (reachability, endless paths, score ranges) are in [`crate::analysis`].

use std::collections::HashMap;
use std::ops::Range;

use crate::diag::Problems;
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
            p.hinted(
                0..0,
                "the file is empty",
                "start from the example in docs/scenario-format.md",
            );
        }
        return (None, Spans::default());
    }
    reader::check_keys(p, root, &spec::keys(spec::SCENARIO), "a scenario");
    let turn_tables = tables(p, root, "turn", "a scenario");
    let ending_tables = tables(p, root, "ending", "a scenario");
    let mut names = collect_names(p, source, &turn_tables, &ending_tables);
    let (twists, twist_bits) = crate::twist::read(p, root);
    names.twists = twist_bits;
    names.spans.pass_mark = root.get("pass_mark").map_or(0..0, |v| v.span());
    names.spans.skills = root.get("skills").map_or(0..0, |v| v.span());

    if let Some(v) = reader::required(p, root, "format", "the scenario", "1") {
        reader::int(p, v, "`format`", 1, spec::FORMAT_VERSION);
    }
    let id = field(
        p,
        root,
        "id",
        "the scenario",
        "\"late-delivery\"",
        |p, v| reader::id(p, v, "the scenario id"),
    );
    let version = field(p, root, "version", "the scenario", "1", |p, v| {
        reader::int(p, v, "`version`", 1, 65_535)
    });
    let title = field(
        p,
        root,
        "title",
        "the scenario",
        "{ pl = \"…\", hu = \"…\", en = \"…\" }",
        |p, v| reader::text(p, v, "the title"),
    );
    let summary = field(
        p,
        root,
        "summary",
        "the scenario",
        "{ pl = \"…\", hu = \"…\", en = \"…\" }",
        |p, v| reader::text(p, v, "the summary"),
    );
    let customer_type = field(
        p,
        root,
        "customer_type",
        "the scenario",
        "\"shouter\"",
        |p, v| reader::choice(p, v, "the customer type", &CustomerType::ALL),
    );
    let difficulty = field(
        p,
        root,
        "difficulty",
        "the scenario",
        "\"medium\"",
        |p, v| reader::choice(p, v, "the difficulty", &Difficulty::ALL),
    );
    let direction = root
        .get("direction")
        .map(|v| reader::choice(p, v, "the direction", &Direction::ALL))
        .unwrap_or(Some(Direction::Inbound));
    let minutes = field(p, root, "minutes", "the scenario", "5", |p, v| {
        reader::int(p, v, "`minutes`", 1, 60)
    });
    let skills = field(
        p,
        root,
        "skills",
        "the scenario",
        "[\"empathy\", \"calm\"]",
        skill_list,
    );
    let techniques = field(
        p,
        root,
        "techniques",
        "the scenario",
        "[\"venting\"]",
        technique_list,
    );
    let self_care = root
        .get("self_care")
        .and_then(|v| reader::text(p, v, "the self-care tip"));
    let pass_mark = field(p, root, "pass_mark", "the scenario", "60", |p, v| {
        reader::int(p, v, "the pass mark", 0, 100)
    });
    let start = field(p, root, "start", "the scenario", "\"opening\"", |p, v| {
        let id = reader::id(p, v, "`start`")?;
        match names.turns.get(id.get_ref()) {
            Some(t) => Some(*t),
            None => {
                dangling(p, v.span(), id.get_ref(), "turn", names.turns.keys());
                None
            }
        }
    });

    let customer = field(p, root, "customer", "the scenario", "{ … }", |p, v| {
        customer(p, v, &names)
    });
    let turns: Vec<Option<Turn>> = turn_tables
        .iter()
        .map(|t| turn(p, *t, &mut names))
        .collect();
    let endings: Vec<Option<Ending>> = ending_tables.iter().map(|e| ending(p, *e)).collect();
    let triggers: Vec<Option<Trigger>> = tables(p, root, "trigger", "a scenario")
        .iter()
        .map(|t| trigger(p, *t, &mut names))
        .collect();
    let hang_up_tables = tables(p, root, "hang_up", "a scenario");
    let hang_up: Vec<Option<HangUpRule>> = hang_up_tables
        .iter()
        .map(|h| hang_up_rule(p, *h, &mut names))
        .collect();
    if root.get("hang_up").is_none() {
        p.hinted(
            0..0,
            "the scenario has no `[[hang_up]]` rule",
            "add at least one `[[hang_up]]` with an `ending`: the trainee may end the call at any time",
        );
    }
    if let Some(last) = hang_up_tables.last() {
        if last.get("when").is_some() {
            p.hinted(
                last.span(),
                "the last `[[hang_up]]` rule has a `when`",
                "the last rule must apply always, so that ending the call always leads somewhere",
            );
        }
    }
    let hold = root
        .get("hold")
        .map(|v| crate::hold::read(p, v, "`[hold]`"))
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
            "conditions refer to more than 64 different replies",
            "simplify the conditions",
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
    what: &str,
    example: &str,
    read: impl FnOnce(&mut Problems, &'a Value<'i>) -> Option<T>,
) -> Option<T> {
    let value = reader::required(p, obj, key, what, example)?;
    read(p, value)
}

/// The tables of an array of tables such as `[[turn]]`; empty if absent or malformed.
fn tables<'a, 'i>(p: &mut Problems, obj: Obj<'a, 'i>, key: &str, what: &str) -> Vec<Obj<'a, 'i>> {
    let Some(value) = obj.get(key) else {
        return Vec::new();
    };
    let Some(items) = reader::array(p, value, &format!("`{key}` in {what}")) else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| reader::obj(p, item, &format!("each `{key}`")))
        .collect()
}

fn dangling<'k>(
    p: &mut Problems,
    span: Range<usize>,
    id: &str,
    kind: &str,
    known: impl Iterator<Item = &'k String>,
) {
    let known: Vec<&str> = known.map(String::as_str).collect();
    let hint = match crate::diag::suggest(id, known.iter().copied()) {
        Some(close) => format!("did you mean `{close}`?"),
        None if known.is_empty() => format!("define the {kind} first"),
        None => {
            let mut sorted = known.clone();
            sorted.sort_unstable();
            format!("known: {}", sorted.join(", "))
        }
    };
    p.hinted(span, format!("no {kind} has the id `{id}`"), hint);
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
                format!("the id `{id}` is used twice"),
                format!(
                    "turns and endings share one set of ids; the first `{id}` is on line {}",
                    crate::diag::line_of(source, first.start)
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
            .and_then(|v| reader::id(&mut scratch, v, "a turn id"))
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
            .and_then(|v| reader::array(&mut scratch, v, "replies"))
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
                .and_then(|v| reader::id(&mut scratch, v, "a reply id"))
            else {
                continue;
            };
            if RESERVED_REPLY_IDS.contains(&rid.get_ref().as_str()) {
                p.hinted(
                    rid.span(),
                    format!("`{}` is reserved and cannot be a reply id", rid.get_ref()),
                    "choose another id; `silence` and `hang-up` name the timeout and ending the call",
                );
            }
            let key = (i as u16, rid.get_ref().clone());
            if let std::collections::hash_map::Entry::Vacant(slot) = names.replies.entry(key) {
                slot.insert(r.min(255) as u8);
            } else {
                p.hinted(
                    rid.span(),
                    format!(
                        "the reply id `{}` is used twice in turn `{}`",
                        rid.get_ref(),
                        id.get_ref()
                    ),
                    "give each reply of a turn its own id",
                );
            }
        }
    }
    for (j, ending) in endings.iter().enumerate() {
        let Some(id) = ending
            .get("id")
            .and_then(|v| reader::id(&mut scratch, v, "an ending id"))
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

fn target(p: &mut Problems, value: &Value<'_>, names: &Names, what: &str) -> Option<Target> {
    let id = reader::id(p, value, what)?;
    match names.targets.get(id.get_ref()) {
        Some(t) => Some(*t),
        None => {
            dangling(
                p,
                value.span(),
                id.get_ref(),
                "turn or ending",
                names.targets.keys(),
            );
            None
        }
    }
}

fn ending_ref(p: &mut Problems, value: &Value<'_>, names: &Names, what: &str) -> Option<EndingIx> {
    match target(p, value, names, what)? {
        Target::Ending(e) => Some(e),
        Target::Turn(_) => {
            p.hinted(
                value.span(),
                format!("{what} must name an ending, not a turn"),
                "use the id of an `[[ending]]`",
            );
            None
        }
    }
}

pub(crate) fn skill_list(p: &mut Problems, value: &Value<'_>) -> Option<Vec<Skill>> {
    let items = reader::array(p, value, "`skills`")?;
    let mut skills = Vec::new();
    for item in items {
        let s = reader::string(p, item, "a skill")?;
        match s.parse::<Skill>() {
            Ok(skill) if skills.contains(&skill) => {
                p.error(item.span(), format!("the skill `{s}` is listed twice"));
            }
            Ok(skill) => skills.push(skill),
            Err(e) => p.error(item.span(), e.to_string()),
        }
    }
    if skills.is_empty() {
        p.hinted(
            value.span(),
            "`skills` is empty",
            "list the skills this scenario trains",
        );
        return None;
    }
    Some(skills)
}

pub(crate) fn technique_list(p: &mut Problems, value: &Value<'_>) -> Option<Vec<Technique>> {
    let items = reader::array(p, value, "`techniques`")?;
    let mut out = Vec::new();
    for item in items {
        let Some(t) = reader::choice(p, item, "the technique", &Technique::ALL) else {
            continue;
        };
        if out.contains(&t) {
            p.error(
                item.span(),
                format!("the technique `{}` is listed twice", t.id()),
            );
        } else {
            out.push(t);
        }
    }
    if out.is_empty() && p.is_empty() {
        p.hinted(
            value.span(),
            "`techniques` is empty",
            "list the techniques this scenario teaches",
        );
        return None;
    }
    Some(out)
}

fn customer(p: &mut Problems, value: &Value<'_>, names: &Names) -> Option<Customer> {
    let obj = reader::obj(p, value, "`customer`")?;
    reader::check_keys(p, obj, &spec::keys(spec::CUSTOMER), "`[customer]`");
    let name = field(
        p,
        obj,
        "name",
        "`[customer]`",
        "{ pl = \"…\", hu = \"…\", en = \"…\" }",
        |p, v| reader::text(p, v, "the customer's name"),
    );
    let mood = field(p, obj, "mood", "`[customer]`", "30", |p, v| {
        reader::int(p, v, "the starting mood", 0, 100)
    });
    let patience = field(p, obj, "patience", "`[customer]`", "2", |p, v| {
        reader::int(p, v, "`patience`", 0, 5)
    });
    let gives_up = field(p, obj, "gives_up", "`[customer]`", "\"hung-up\"", |p, v| {
        ending_ref(p, v, names, "`gives_up`")
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
    what: &str,
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
                format!("`{name}` is not a valid variable name"),
                "use lowercase letters, digits and hyphens",
            );
            continue;
        }
        if names.vars.len() >= 32 && !names.vars.iter().any(|v| v == name) {
            p.hinted(
                key.span(),
                "too many variables",
                "a scenario may use at most 32 variables",
            );
            continue;
        }
        let Some(n) = reader::int(p, v, &format!("`{name}`"), -1000, 1000) else {
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
    let Some(obj) = reader::obj(p, value, "`skills`") else {
        return skills;
    };
    let ids: Vec<&str> = Skill::ALL.iter().map(|s| s.id()).collect();
    reader::check_keys(p, obj, &ids, "`skills`");
    for skill in Skill::ALL {
        if let Some(v) = obj.get(skill.id()) {
            let what = format!("the change to `{}`", skill.id());
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
        .and_then(|v| reader::int(p, v, "the mood change", -spec::MOOD_DELTA, spec::MOOD_DELTA))
        .unwrap_or(0) as i32;
    let skills = obj.get("skills").map(|v| skill_map(p, v)).unwrap_or([0; 7]);
    let mut vars = Vec::new();
    if let Some(v) = obj.get("set") {
        vars.extend(
            var_map(p, v, "`set`", names, true)
                .into_iter()
                .map(|(x, n)| VarOp::Set(x, n)),
        );
    }
    if let Some(v) = obj.get("add") {
        vars.extend(
            var_map(p, v, "`add`", names, true)
                .into_iter()
                .map(|(x, n)| VarOp::Add(x, n)),
        );
    }
    Effect { mood, skills, vars }
}

fn reply_refs(p: &mut Problems, value: &Value<'_>, names: &Names, what: &str) -> Vec<ReplyRef> {
    let Some(items) = reader::array(p, value, what) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for item in items {
        let Some(s) = reader::string(p, item, "a reply reference") else {
            continue;
        };
        let Some((turn, reply)) = s.split_once('.') else {
            p.hinted(
                item.span(),
                format!("`{s}` does not name a reply"),
                "write `turn-id.reply-id`",
            );
            continue;
        };
        let Some(&t) = names.turns.get(turn) else {
            dangling(p, item.span(), turn, "turn", names.turns.keys());
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
                    &format!("reply of turn `{turn}`"),
                    known.iter(),
                );
            }
        }
    }
    out
}

fn condition(p: &mut Problems, value: &Value<'_>, names: &mut Names) -> Condition {
    let Some(obj) = reader::obj(p, value, "`when`") else {
        return Condition::default();
    };
    reader::check_keys(p, obj, &spec::keys(spec::CONDITION), "`when`");
    let mut c = Condition::default();
    if let Some(v) = obj.get("mood_below") {
        c.mood_below = reader::int(p, v, "`mood_below`", 1, 101).map(|n| n as i32);
    }
    if let Some(v) = obj.get("mood_at_least") {
        c.mood_at_least = reader::int(p, v, "`mood_at_least`", 0, 100).map(|n| n as i32);
    }
    if let Some(v) = obj.get("said") {
        c.said = reply_refs(p, v, names, "`said`");
    }
    if let Some(v) = obj.get("not_said") {
        c.not_said = reply_refs(p, v, names, "`not_said`");
    }
    if let Some(v) = obj.get("var_at_least") {
        c.var_at_least = var_map(p, v, "`var_at_least`", names, false);
    }
    if let Some(v) = obj.get("var_below") {
        c.var_below = var_map(p, v, "`var_below`", names, false);
    }
    if let Some(v) = obj.get("twist") {
        c.twist = twist_bits(p, v, names, "`twist`");
    }
    if let Some(v) = obj.get("not_twist") {
        c.not_twist = twist_bits(p, v, names, "`not_twist`");
    }
    if c.twist & c.not_twist != 0 {
        p.hinted(
            obj.span(),
            "this condition can never hold",
            "a twist cannot both happen and not happen: remove it from `twist` or `not_twist`",
        );
    }
    if let (Some(below), Some(least)) = (c.mood_below, c.mood_at_least) {
        if least >= below {
            p.hinted(
                obj.span(),
                "this condition can never hold",
                format!("the mood cannot be at least {least} and below {below}"),
            );
        }
    }
    if c.is_always() {
        p.hinted(
            obj.span(),
            "this `when` is empty",
            "remove it, or give it a condition such as `mood_below = 30`",
        );
    }
    c
}

/// Reads a list of twist ids as bits, noting that they are read.
fn twist_bits(p: &mut Problems, value: &Value<'_>, names: &mut Names, what: &str) -> u8 {
    let Some(items) = reader::array(p, value, what) else {
        return 0;
    };
    let mut bits = 0;
    for item in items {
        let Some(id) = reader::id(p, item, "a twist id") else {
            continue;
        };
        match names.twists.get(id.get_ref()) {
            Some(&bit) => bits |= bit,
            None => dangling(p, item.span(), id.get_ref(), "twist", names.twists.keys()),
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
                format!("the twist `{id}` is never read"),
                "use it in a condition, such as `when = { twist = [\"…\"] }` on a trigger or a reply",
            );
        }
    }
}

fn check_keys_of(p: &mut Problems, obj: Obj<'_, '_>, fields: &[Field], what: &str) {
    reader::check_keys(p, obj, &spec::keys(fields), what);
}

fn turn(p: &mut Problems, obj: Obj<'_, '_>, names: &mut Names) -> Option<Turn> {
    check_keys_of(p, obj, spec::TURN, "a turn");
    let id = field(p, obj, "id", "a turn", "\"opening\"", |p, v| {
        reader::id(p, v, "the turn id")
    });
    let what = match &id {
        Some(id) => format!("turn `{}`", id.get_ref()),
        None => "a turn".to_owned(),
    };
    let emotion = field(p, obj, "emotion", &what, "\"angry\"", |p, v| {
        reader::choice(p, v, "the emotion", &Emotion::ALL)
    });
    let time = field(p, obj, "time", &what, "20", |p, v| {
        reader::int(
            p,
            v,
            "the reply time",
            crate::timer::MIN_TURN_SECONDS,
            crate::timer::MAX_TURN_SECONDS,
        )
    });
    let mut lines = Vec::new();
    match obj.get("line") {
        None => p.hinted(
            obj.span(),
            format!("{what} has no `[[turn.line]]`"),
            "add what the customer says, with `pl`, `hu` and `en`",
        ),
        Some(v) => {
            for item in reader::array(p, v, "`line`").unwrap_or(&[]) {
                lines.push(reader::text(p, item, &format!("a line of {what}")));
            }
        }
    }
    let reply_tables = tables(p, obj, "reply", &what);
    if obj.get("reply").is_none() {
        p.hinted(
            obj.span(),
            format!("{what} has no replies"),
            "add two to six `[[turn.reply]]` tables",
        );
    } else if !(1..=6).contains(&reply_tables.len()) {
        p.hinted(
            obj.span(),
            format!("{what} has {} replies", reply_tables.len()),
            "give a turn one to six replies",
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
        .map(|v| crate::hold::read(p, v, &format!("`hold` of {what}")))
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

fn reply(p: &mut Problems, obj: Obj<'_, '_>, turn: &str, names: &mut Names) -> Option<Reply> {
    check_keys_of(p, obj, spec::REPLY, "a reply");
    let id = field(
        p,
        obj,
        "id",
        &format!("a reply of {turn}"),
        "\"empathize\"",
        |p, v| reader::id(p, v, "the reply id"),
    );
    let what = match &id {
        Some(id) => format!("reply `{}` of {turn}", id.get_ref()),
        None => format!("a reply of {turn}"),
    };
    let wordings = field(
        p,
        obj,
        "text",
        &what,
        "{ pl = \"…\", hu = \"…\", en = \"…\" }",
        |p, v| reader::wordings(p, v, &format!("the text of {what}")),
    );
    let reaction = obj
        .get("reaction")
        .and_then(|v| reader::text(p, v, &format!("the reaction to {what}")));
    let grade = field(p, obj, "grade", &what, "\"best\"", |p, v| {
        reader::choice(p, v, "the grade", &Grade::ALL)
    });
    let feedback = obj
        .get("feedback")
        .and_then(|v| reader::text(p, v, &format!("the feedback of {what}")));
    if feedback.is_none()
        && obj.get("feedback").is_none()
        && grade.is_some_and(|g| g != Grade::Best)
    {
        p.hinted(
            obj.span(),
            format!(
                "{what} is graded `{}` but has no feedback",
                grade.map_or("", Grade::id)
            ),
            "add `feedback` that names the technique and what would have worked better",
        );
    }
    let critical = match obj.get("critical") {
        None => false,
        Some(v) => match v.get_ref().as_bool() {
            Some(true) if grade.is_some_and(|g| g > Grade::Poor) => {
                p.hinted(
                    v.span(),
                    format!(
                        "{what} is graded `{}` and marked critical",
                        grade.map_or("", Grade::id)
                    ),
                    "a critical error fails the call: mark only poor replies critical (harmful ones always are), or lower the grade",
                );
                false
            }
            Some(b) => b,
            None => {
                p.error(v.span(), "`critical` must be true or false");
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
        target(p, v, names, "`goto`")
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

fn silence(p: &mut Problems, value: &Value<'_>, turn: &str, names: &mut Names) -> Option<Silence> {
    let obj = reader::obj(p, value, "`silence`")?;
    check_keys_of(p, obj, spec::SILENCE, "`silence`");
    let what = format!("the silence of {turn}");
    let line = field(
        p,
        obj,
        "line",
        &what,
        "{ pl = \"…\", hu = \"…\", en = \"…\" }",
        |p, v| reader::text(p, v, &format!("the line of {what}")),
    );
    let feedback = field(
        p,
        obj,
        "feedback",
        &what,
        "{ pl = \"…\", hu = \"…\", en = \"…\" }",
        |p, v| reader::text(p, v, &format!("the feedback of {what}")),
    );
    let effect = effect(p, obj, names);
    let goto = match obj.get("goto") {
        Some(v) => Some(target(p, v, names, "`goto`")?),
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
    check_keys_of(p, obj, spec::ENDING, "an ending");
    let id = field(p, obj, "id", "an ending", "\"resolved\"", |p, v| {
        reader::id(p, v, "the ending id")
    });
    let what = match &id {
        Some(id) => format!("ending `{}`", id.get_ref()),
        None => "an ending".to_owned(),
    };
    let outcome = field(p, obj, "outcome", &what, "\"resolved\"", |p, v| {
        reader::choice(p, v, "the outcome", &Outcome::ALL)
    });
    let text = field(
        p,
        obj,
        "text",
        &what,
        "{ pl = \"…\", hu = \"…\", en = \"…\" }",
        |p, v| reader::text(p, v, &format!("the text of {what}")),
    );
    let debrief = field(
        p,
        obj,
        "debrief",
        &what,
        "{ pl = \"…\", hu = \"…\", en = \"…\" }",
        |p, v| reader::text(p, v, &format!("the debrief of {what}")),
    );
    Some(Ending {
        id: id?.into_inner(),
        outcome: outcome?,
        text: text?,
        debrief: debrief?,
    })
}

fn trigger(p: &mut Problems, obj: Obj<'_, '_>, names: &mut Names) -> Option<Trigger> {
    check_keys_of(p, obj, spec::TRIGGER, "a trigger");
    let id = field(p, obj, "id", "a trigger", "\"boiling-over\"", |p, v| {
        reader::id(p, v, "the trigger id")
    });
    let when = field(
        p,
        obj,
        "when",
        "a trigger",
        "{ mood_below = 10 }",
        |p, v| Some(condition(p, v, names)),
    );
    let goto = field(
        p,
        obj,
        "goto",
        "a trigger",
        "\"customer-hangs-up\"",
        |p, v| target(p, v, names, "`goto`"),
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
    for t in tables(&mut scratch, root, "trigger", "a scenario") {
        if let Some(id) = t.get("id").and_then(|v| reader::id(&mut scratch, v, "id")) {
            if seen.contains(id.get_ref()) {
                p.hinted(
                    id.span(),
                    format!("the trigger id `{}` is used twice", id.get_ref()),
                    "give each trigger its own id",
                );
            }
            seen.push(id.into_inner());
        }
    }
}

fn hang_up_rule(p: &mut Problems, obj: Obj<'_, '_>, names: &mut Names) -> Option<HangUpRule> {
    check_keys_of(p, obj, spec::HANG_UP, "a `[[hang_up]]` rule");
    let what = "a `[[hang_up]]` rule";
    let when = obj
        .get("when")
        .map(|v| condition(p, v, names))
        .unwrap_or_default();
    let ending = field(p, obj, "ending", what, "\"agent-hung-up\"", |p, v| {
        ending_ref(p, v, names, "`ending`")
    });
    let grade = field(p, obj, "grade", what, "\"poor\"", |p, v| {
        reader::choice(p, v, "the grade", &Grade::ALL)
    });
    let feedback = field(
        p,
        obj,
        "feedback",
        what,
        "{ pl = \"…\", hu = \"…\", en = \"…\" }",
        |p, v| reader::text(p, v, "the feedback"),
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
                format!(
                    "the variable `{}` is never set",
                    names.vars[usize::from(ix.0)]
                ),
                "set it with `set` or `add` in a reply, or check the spelling",
            );
        }
    }
}
