//! Reading a scenario file into a [`Scenario`], reporting every problem at once.
//!
//! Loading runs in two passes over the parsed TOML: the first collects the ids of turns, replies
//! and endings (so that a `goto` may name something written further down), the second reads
//! every table into the model, resolving references as it goes. Graph checks that need the whole
//! scenario (reachability, endless paths, score ranges) are in [`crate::analysis`].

mod effects;
mod names;
mod parts;
mod turns;

use std::collections::HashMap;
use std::ops::Range;

use crate::Skill;
use crate::diag::{Msg, Problems, msg};
use crate::model::*;
use crate::reader::{self, Obj, Value};
use crate::spec::{self, Field};
use effects::{check_twists_read, check_vars, check_vars_read};
use names::{collect_names, dangling};
use parts::{check_unique_triggers, customer, ending, hang_up_rule, trigger};
use turns::turn;

/// Reply ids reserved for the moves that are not replies (in test plans and saves).
pub const RESERVED_REPLY_IDS: [&str; 2] = ["silence", "hang-up"];

/// Names of things in the file, collected before reading them.
struct Names {
    targets: HashMap<String, Target>,
    replies: HashMap<(u16, String), u8>,
    turns: HashMap<String, TurnIx>,
    vars: Vec<String>,
    /// The file lists the skills it scores (`skill_items` holds them).
    skills_listed: bool,
    /// Where each variable is first set or added to (`None`: never).
    assigned: Vec<Option<Range<usize>>>,
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
    /// Each skill the call's `skills` names, at its item (its first, if named twice).
    pub skill_items: HashMap<Skill, Range<usize>>,
    /// Each hang-up rule's `feedback` (its table, without one), in file order.
    pub hang_ups: Vec<Range<usize>>,
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
    if let Some(toml::de::DeValue::Array(items)) = root.get("skills").map(|v| v.get_ref()) {
        names.skills_listed = true;
        for item in items {
            if let Some(skill) = item
                .get_ref()
                .as_str()
                .and_then(|s| s.parse::<Skill>().ok())
            {
                names
                    .spans
                    .skill_items
                    .entry(skill)
                    .or_insert_with(|| item.span());
            }
        }
    }

    if let Some(v) = reader::required(p, root, "format", &the_scenario, "1") {
        reader::int(
            p,
            v,
            &msg!("diag-what-field", key = "format"),
            1,
            spec::FORMAT_VERSION,
        );
    }
    // A call not yet named (the studio's new call starts so) is said to lack its id, and read
    // and checked on: its texts' warnings come as they are written, not once it has an id (QA
    // round 8 of issue 15, mi-3). It is never valid while the id is empty.
    let id = field(p, root, "id", &the_scenario, "\"late-delivery\"", |p, v| {
        let unnamed = matches!(v.get_ref(), toml::de::DeValue::String(s) if s.is_empty());
        reader::id(p, v, &msg!("diag-what-scenario-id"))
            .or_else(|| unnamed.then(|| toml::Spanned::new(v.span(), String::new())))
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
    names.spans.hang_ups = hang_up_tables
        .iter()
        .map(|h| h.get("feedback").map_or_else(|| h.span(), |v| v.span()))
        .collect();
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
    check_vars_read(p, &names);
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

fn check_keys_of(p: &mut Problems, obj: Obj<'_, '_>, fields: &[Field], what: &Msg) {
    reader::check_keys(p, obj, &spec::keys(fields), what);
}
