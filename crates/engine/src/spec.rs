//! The scenario format's fields in one table: the loader's unknown-field check and the JSON
//! Schema (`cargo xtask schema`) are both made from it, so they cannot disagree.

use crate::Skill;
use crate::face;
use crate::model::{CustomerType, Difficulty, Direction, Emotion, Grade, Outcome, Technique};

/// The shape of a field's value.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Ty {
    /// A lowercase-hyphenated id.
    Id,
    /// An id of a turn or an ending.
    Target,
    /// A whole number in a range.
    Int(i64, i64),
    /// `true` or `false`.
    Bool,
    /// `{ pl, hu, en }`.
    Text,
    /// `{ pl, hu, en }`, each a string or a list of strings (the wordings of a reply).
    Wordings,
    /// A list of twist ids.
    Twists,
    /// One of a fixed set of strings.
    OneOf(fn() -> Vec<&'static str>),
    /// A list of skill ids.
    Skills,
    /// A list of distinct strings from a fixed set.
    List(fn() -> Vec<&'static str>),
    /// A list of `turn.reply` references.
    Refs,
    /// `{ skill = n }`.
    SkillMap,
    /// `{ variable = n }`.
    VarMap,
    /// A table.
    Table(&'static [Field]),
    /// A list of tables.
    Tables(&'static [Field]),
}

/// One field of a table in the format.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Field {
    pub key: &'static str,
    pub ty: Ty,
    pub required: bool,
    pub doc: &'static str,
}

const fn req(key: &'static str, ty: Ty, doc: &'static str) -> Field {
    Field {
        key,
        ty,
        required: true,
        doc,
    }
}

const fn opt(key: &'static str, ty: Ty, doc: &'static str) -> Field {
    Field {
        key,
        ty,
        required: false,
        doc,
    }
}

/// The highest format version this engine reads.
pub const FORMAT_VERSION: i64 = 1;

/// The range of each mood cost in a `hold` table ([`crate::hold`]).
pub(crate) const HOLD_COST: (i64, i64) = (-30, 0);
/// The range of `minutes` in a `hold` table.
pub(crate) const HOLD_MINUTES: (i64, i64) = (1, 5);

/// Mood and skill changes a single move may make.
pub(crate) const MOOD_DELTA: i64 = 100;
pub(crate) const SKILL_DELTA: i64 = 10;

pub(crate) const CONDITION: &[Field] = &[
    opt(
        "mood_below",
        Ty::Int(1, 101),
        "Holds while the customer's mood is below this.",
    ),
    opt(
        "mood_at_least",
        Ty::Int(0, 100),
        "Holds while the customer's mood is at least this.",
    ),
    opt(
        "said",
        Ty::Refs,
        "Holds if each of these replies (`turn.reply`) was chosen earlier in the call.",
    ),
    opt(
        "not_said",
        Ty::Refs,
        "Holds if none of these replies was chosen earlier in the call.",
    ),
    opt(
        "var_at_least",
        Ty::VarMap,
        "Holds if each variable is at least the value.",
    ),
    opt(
        "var_below",
        Ty::VarMap,
        "Holds if each variable is below the value.",
    ),
    opt(
        "twist",
        Ty::Twists,
        "Holds if each of these twists happens in this call (the seed decides).",
    ),
    opt(
        "not_twist",
        Ty::Twists,
        "Holds if none of these twists happens in this call.",
    ),
];

const EFFECT_DOCS: [&str; 4] = [
    "Change to the customer's mood (0 furious .. 100 delighted).",
    "Change to each skill's raw score, such as `{ empathy = 2, calm = -1 }`.",
    "Variables set to a value, such as `{ warnings = 0 }`.",
    "Amounts added to variables, such as `{ warnings = 1 }`.",
];

pub(crate) const REPLY: &[Field] = &[
    req(
        "id",
        Ty::Id,
        "Unique within the turn; referred to as `turn-id.reply-id`.",
    ),
    req(
        "text",
        Ty::Wordings,
        "What the agent says: in each language one string, or a list of wordings (the same number in every language); the trainee's deal picks one per call.",
    ),
    req(
        "grade",
        Ty::OneOf(grades),
        "The trainer's grade of the reply.",
    ),
    opt(
        "critical",
        Ty::Bool,
        "A critical error: a call with this reply cannot pass. Only for `poor` replies; every `harmful` reply is one already.",
    ),
    opt(
        "feedback",
        Ty::Text,
        "Debrief feedback: why the reply works or not and what would have worked better; required unless the grade is `best`.",
    ),
    opt(
        "reaction",
        Ty::Text,
        "What the customer says right after this reply, instead of the next turn's usual line (before an ending: their last words).",
    ),
    opt(
        "when",
        Ty::Table(CONDITION),
        "The reply is offered only when this holds.",
    ),
    opt("mood", Ty::Int(-MOOD_DELTA, MOOD_DELTA), EFFECT_DOCS[0]),
    opt("skills", Ty::SkillMap, EFFECT_DOCS[1]),
    opt("set", Ty::VarMap, EFFECT_DOCS[2]),
    opt("add", Ty::VarMap, EFFECT_DOCS[3]),
    req(
        "goto",
        Ty::Target,
        "The turn or ending this reply leads to.",
    ),
];

pub(crate) const SILENCE: &[Field] = &[
    req(
        "line",
        Ty::Text,
        "What the customer says when the trainee stays silent.",
    ),
    req("feedback", Ty::Text, "Debrief feedback on the silence."),
    opt("mood", Ty::Int(-MOOD_DELTA, MOOD_DELTA), EFFECT_DOCS[0]),
    opt("skills", Ty::SkillMap, EFFECT_DOCS[1]),
    opt("set", Ty::VarMap, EFFECT_DOCS[2]),
    opt("add", Ty::VarMap, EFFECT_DOCS[3]),
    opt(
        "goto",
        Ty::Target,
        "Where the silence leads; without it the customer waits on this turn, as long as their patience lasts.",
    ),
];

pub(crate) const HOLD: &[Field] = &[
    opt(
        "announced",
        Ty::Int(HOLD_COST.0, HOLD_COST.1),
        "Mood change of an announced hold: asked, said what and for how long (default -2).",
    ),
    opt(
        "bare",
        Ty::Int(HOLD_COST.0, HOLD_COST.1),
        "Mood change of a bare \"please wait\" (default -6).",
    ),
    opt(
        "silent",
        Ty::Int(HOLD_COST.0, HOLD_COST.1),
        "Mood change of a hold without a word (default -12).",
    ),
    opt(
        "again",
        Ty::Int(HOLD_COST.0, HOLD_COST.1),
        "More for each earlier hold of the call (default -3).",
    ),
    opt(
        "overrun",
        Ty::Int(HOLD_COST.0, HOLD_COST.1),
        "More for every started half minute beyond the promised time (default -4).",
    ),
    opt(
        "unthanked",
        Ty::Int(HOLD_COST.0, HOLD_COST.1),
        "More for coming back without thanking the customer for waiting (default -3).",
    ),
    opt(
        "minutes",
        Ty::Int(HOLD_MINUTES.0, HOLD_MINUTES.1),
        "The minutes an announced hold promises (default 1).",
    ),
];

pub(crate) const TURN: &[Field] = &[
    req("id", Ty::Id, "Unique among turns and endings."),
    req("emotion", Ty::OneOf(emotions), "How the customer sounds."),
    req(
        "time",
        Ty::Int(
            crate::timer::MIN_TURN_SECONDS,
            crate::timer::MAX_TURN_SECONDS,
        ),
        "Seconds to reply in the standard timer mode.",
    ),
    req(
        "line",
        Ty::Tables(LINE),
        "What the customer says: one or more variants, one picked per call.",
    ),
    req(
        "reply",
        Ty::Tables(REPLY),
        "The replies (one to six); their order on screen varies per call.",
    ),
    req(
        "silence",
        Ty::Table(SILENCE),
        "What happens when the reply timer runs out.",
    ),
    opt(
        "hold",
        Ty::Table(HOLD),
        "Holds at this turn: overrides `[hold]` field by field (such as a turn where checking is the right move).",
    ),
];

pub(crate) const LINE: &[Field] = &[
    req("pl", Ty::OneOf(no_options), "Polish."),
    req("hu", Ty::OneOf(no_options), "Hungarian."),
    req("en", Ty::OneOf(no_options), "English."),
];

pub(crate) const TRIGGER: &[Field] = &[
    req("id", Ty::Id, "Unique among triggers."),
    req(
        "when",
        Ty::Table(CONDITION),
        "Checked after every move; the trigger fires once, the first time this holds.",
    ),
    req("goto", Ty::Target, "Where the call goes instead."),
];

pub(crate) const TWIST: &[Field] = &[
    req(
        "id",
        Ty::Id,
        "Unique among twists; read by `twist` and `not_twist` in conditions.",
    ),
    req(
        "chance",
        Ty::Int(1, 99),
        "Per cent of calls in which it happens; the call's seed decides.",
    ),
];

pub(crate) const HANG_UP: &[Field] = &[
    opt(
        "when",
        Ty::Table(CONDITION),
        "When this rule applies; the last rule must have none.",
    ),
    req("ending", Ty::Id, "The ending reached."),
    req(
        "grade",
        Ty::OneOf(grades),
        "The grade of ending the call this way.",
    ),
    req(
        "feedback",
        Ty::Text,
        "Debrief feedback on ending the call this way.",
    ),
    opt("mood", Ty::Int(-MOOD_DELTA, MOOD_DELTA), EFFECT_DOCS[0]),
    opt("skills", Ty::SkillMap, EFFECT_DOCS[1]),
];

pub(crate) const ENDING: &[Field] = &[
    req("id", Ty::Id, "Unique among turns and endings."),
    req("outcome", Ty::OneOf(outcomes), "What kind of end this is."),
    req("text", Ty::Text, "What happens, shown when the call ends."),
    req(
        "debrief",
        Ty::Text,
        "The trainer's message about this ending.",
    ),
];

pub(crate) const CUSTOMER: &[Field] = &[
    req("name", Ty::Text, "The customer's name in each language."),
    req(
        "mood",
        Ty::Int(0, 100),
        "The mood at the start: 0 furious .. 100 delighted.",
    ),
    req(
        "patience",
        Ty::Int(0, 5),
        "How many reply timeouts the customer tolerates.",
    ),
    req(
        "gives_up",
        Ty::Id,
        "The ending when one more timeout than `patience` happens.",
    ),
    opt(
        "face",
        Ty::Table(FACE),
        "How the customer looks in the portrait; every field is optional.",
    ),
];

pub(crate) const FACE: &[Field] = &[
    opt(
        "age",
        Ty::Int(16, 99),
        "Years (default 40): lines and grey hair show it.",
    ),
    opt(
        "presentation",
        Ty::OneOf(presentations),
        "The overall look: jaw, brows, lashes (default neutral).",
    ),
    opt("skin", Ty::OneOf(skins), "The skin tone (default medium)."),
    opt("hair", Ty::OneOf(hairs), "The hair style (default short)."),
    opt(
        "hair_colour",
        Ty::OneOf(hair_colours),
        "The hair colour, also of brows and beard (default: brown, greying from 50, grey from 65, white from 75).",
    ),
    opt("glasses", Ty::OneOf(glasses), "Glasses (default none)."),
    opt("beard", Ty::OneOf(beards), "Facial hair (default none)."),
];

pub(crate) const SCENARIO: &[Field] = &[
    req(
        "format",
        Ty::Int(1, FORMAT_VERSION),
        "The version of this file format.",
    ),
    req(
        "id",
        Ty::Id,
        "Stable id used in links, saves and LMS reports.",
    ),
    req(
        "version",
        Ty::Int(1, 65_535),
        "Bump it when the call changes; old saves are then refused politely.",
    ),
    req("title", Ty::Text, "Shown in the catalog."),
    req("summary", Ty::Text, "One or two sentences for the catalog."),
    req(
        "customer_type",
        Ty::OneOf(customer_types),
        "The customer type trained.",
    ),
    req(
        "difficulty",
        Ty::OneOf(difficulties),
        "How hard the call is.",
    ),
    opt(
        "direction",
        Ty::OneOf(directions),
        "Who places the call: `inbound` (the customer calls, the default) or `outbound` (the trainee calls the customer, such as a promised call-back).",
    ),
    req("minutes", Ty::Int(1, 60), "About how long a call takes."),
    req("skills", Ty::Skills, "The skills this scenario is about."),
    req(
        "techniques",
        Ty::List(techniques),
        "The techniques this scenario teaches.",
    ),
    opt(
        "self_care",
        Ty::Text,
        "A short self-care tip for after this call, shown in the debrief.",
    ),
    req(
        "pass_mark",
        Ty::Int(0, 100),
        "The overall score (0..100) needed to pass, with a good ending and no critical error (63 to 75; see docs/scoring.md).",
    ),
    req("start", Ty::Id, "The first turn."),
    req("customer", Ty::Table(CUSTOMER), "The customer on the line."),
    req("turn", Ty::Tables(TURN), "The customer's turns."),
    req("ending", Ty::Tables(ENDING), "The endings."),
    opt(
        "trigger",
        Ty::Tables(TRIGGER),
        "Automatic events, checked after every move in file order.",
    ),
    opt(
        "twist",
        Ty::Tables(TWIST),
        "Seeded alternatives in the flow: in some calls the customer does something else (at most 3).",
    ),
    req(
        "hang_up",
        Ty::Tables(HANG_UP),
        "What ending the call does; first matching rule applies.",
    ),
    opt(
        "hold",
        Ty::Table(HOLD),
        "What putting the customer on hold costs in this call (engine defaults otherwise).",
    ),
];

fn no_options() -> Vec<&'static str> {
    Vec::new()
}
fn grades() -> Vec<&'static str> {
    Grade::ALL.iter().map(|(id, _)| *id).collect()
}
fn emotions() -> Vec<&'static str> {
    Emotion::ALL.iter().map(|(id, _)| *id).collect()
}
fn outcomes() -> Vec<&'static str> {
    Outcome::ALL.iter().map(|(id, _)| *id).collect()
}
fn customer_types() -> Vec<&'static str> {
    CustomerType::ALL.iter().map(|(id, _)| *id).collect()
}
fn techniques() -> Vec<&'static str> {
    Technique::ALL.iter().map(|(id, _)| *id).collect()
}
fn directions() -> Vec<&'static str> {
    Direction::ALL.iter().map(|(id, _)| *id).collect()
}
fn difficulties() -> Vec<&'static str> {
    Difficulty::ALL.iter().map(|(id, _)| *id).collect()
}
fn presentations() -> Vec<&'static str> {
    face::ids(face::Presentation::ALL)
}
fn skins() -> Vec<&'static str> {
    face::ids(face::Skin::ALL)
}
fn hairs() -> Vec<&'static str> {
    face::ids(face::Hair::ALL)
}
fn hair_colours() -> Vec<&'static str> {
    face::ids(face::HairColour::ALL)
}
fn glasses() -> Vec<&'static str> {
    face::ids(face::Glasses::ALL)
}
fn beards() -> Vec<&'static str> {
    face::ids(face::Beard::ALL)
}

#[cfg(feature = "authoring")]
/// The keys of a table in the format.
pub(crate) fn keys(fields: &[Field]) -> Vec<&'static str> {
    fields.iter().map(|f| f.key).collect()
}

/// The JSON Schema (draft 2020-12) of a scenario file, for editors such as VS Code with Even
/// Better TOML (`#:schema ./scenario.schema.json` at the top of a file).
pub fn json_schema() -> String {
    let mut out = String::new();
    out.push_str("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n");
    out.push_str("  \"$id\": \"https://calmline.example/scenario.schema.json\",\n");
    out.push_str("  \"title\": \"CalmLine scenario\",\n");
    out.push_str(
        "  \"description\": \"A training call for CalmLine; see docs/scenario-format.md\",\n",
    );
    out.push_str("  \"$defs\": {\n    \"text\": ");
    out.push_str(
        "{ \"type\": \"object\", \"additionalProperties\": false, \"required\": [\"pl\", \"hu\", \"en\"], \
         \"properties\": { \"pl\": { \"type\": \"string\", \"minLength\": 1 }, \"hu\": { \"type\": \"string\", \"minLength\": 1 }, \
         \"en\": { \"type\": \"string\", \"minLength\": 1 } } },\n",
    );
    out.push_str(
        "    \"wordings\": { \"type\": \"object\", \"additionalProperties\": false, \"required\": [\"pl\", \"hu\", \"en\"], \
         \"properties\": { \"pl\": { \"$ref\": \"#/$defs/wording\" }, \"hu\": { \"$ref\": \"#/$defs/wording\" }, \"en\": { \"$ref\": \"#/$defs/wording\" } } },\n",
    );
    out.push_str(
        "    \"wording\": { \"oneOf\": [ { \"type\": \"string\", \"minLength\": 1 }, \
         { \"type\": \"array\", \"minItems\": 1, \"items\": { \"type\": \"string\", \"minLength\": 1 } } ] },\n",
    );
    out.push_str("    \"id\": { \"type\": \"string\", \"pattern\": \"^[a-z0-9]+(-[a-z0-9]+)*$\", \"maxLength\": 48 }\n  },\n");
    object(&mut out, SCENARIO, 1);
    out.push_str("\n}\n");
    out
}

fn object(out: &mut String, fields: &[Field], depth: usize) {
    let pad = "  ".repeat(depth);
    out.push_str(&format!(
        "{pad}\"type\": \"object\",\n{pad}\"additionalProperties\": false,\n"
    ));
    let required: Vec<String> = fields
        .iter()
        .filter(|f| f.required)
        .map(|f| format!("\"{}\"", f.key))
        .collect();
    out.push_str(&format!("{pad}\"required\": [{}],\n", required.join(", ")));
    out.push_str(&format!("{pad}\"properties\": {{\n"));
    for (i, field) in fields.iter().enumerate() {
        out.push_str(&format!("{pad}  \"{}\": {{\n", field.key));
        out.push_str(&format!(
            "{pad}    \"description\": {},\n",
            json_string(field.doc)
        ));
        value(out, field.ty, depth + 2);
        out.push_str(&format!(
            "\n{pad}  }}{}\n",
            if i + 1 < fields.len() { "," } else { "" }
        ));
    }
    out.push_str(&format!("{pad}}}"));
}

fn value(out: &mut String, ty: Ty, depth: usize) {
    let pad = "  ".repeat(depth);
    let skills: Vec<String> = Skill::ALL
        .iter()
        .map(|s| format!("\"{}\"", s.id()))
        .collect();
    match ty {
        Ty::Id | Ty::Target => out.push_str(&format!("{pad}\"$ref\": \"#/$defs/id\"")),
        Ty::Int(min, max) => out.push_str(&format!(
            "{pad}\"type\": \"integer\", \"minimum\": {min}, \"maximum\": {max}"
        )),
        Ty::Text => out.push_str(&format!("{pad}\"$ref\": \"#/$defs/text\"")),
        Ty::Wordings => out.push_str(&format!("{pad}\"$ref\": \"#/$defs/wordings\"")),
        Ty::Twists => out.push_str(&format!(
            "{pad}\"type\": \"array\", \"minItems\": 1, \"uniqueItems\": true, \"items\": {{ \"$ref\": \"#/$defs/id\" }}"
        )),
        Ty::Bool => out.push_str(&format!("{pad}\"type\": \"boolean\"")),
        Ty::OneOf(options) => {
            let options = options();
            if options.is_empty() {
                out.push_str(&format!("{pad}\"type\": \"string\", \"minLength\": 1"));
            } else {
                let list: Vec<String> = options.iter().map(|o| format!("\"{o}\"")).collect();
                out.push_str(&format!("{pad}\"enum\": [{}]", list.join(", ")));
            }
        }
        Ty::Skills => out.push_str(&format!(
            "{pad}\"type\": \"array\", \"uniqueItems\": true, \"items\": {{ \"enum\": [{}] }}",
            skills.join(", ")
        )),
        Ty::List(options) => {
            let list: Vec<String> = options().iter().map(|o| format!("\"{o}\"")).collect();
            out.push_str(&format!(
                "{pad}\"type\": \"array\", \"minItems\": 1, \"uniqueItems\": true, \"items\": {{ \"enum\": [{}] }}",
                list.join(", ")
            ));
        }
        Ty::Refs => out.push_str(&format!(
            "{pad}\"type\": \"array\", \"items\": {{ \"type\": \"string\", \"pattern\": \"^[a-z0-9-]+\\\\.[a-z0-9-]+$\" }}"
        )),
        Ty::SkillMap => {
            let props: Vec<String> = Skill::ALL
                .iter()
                .map(|s| {
                    format!(
                        "\"{}\": {{ \"type\": \"integer\", \"minimum\": {}, \"maximum\": {} }}",
                        s.id(),
                        -SKILL_DELTA,
                        SKILL_DELTA
                    )
                })
                .collect();
            out.push_str(&format!(
                "{pad}\"type\": \"object\", \"additionalProperties\": false, \"properties\": {{ {} }}",
                props.join(", ")
            ));
        }
        Ty::VarMap => out.push_str(&format!(
            "{pad}\"type\": \"object\", \"propertyNames\": {{ \"$ref\": \"#/$defs/id\" }}, \"additionalProperties\": {{ \"type\": \"integer\" }}"
        )),
        Ty::Table(fields) => object(out, fields, depth),
        Ty::Tables(fields) => {
            out.push_str(&format!("{pad}\"type\": \"array\",\n{pad}\"minItems\": 1,\n{pad}\"items\": {{\n"));
            object(out, fields, depth + 1);
            out.push_str(&format!("\n{pad}}}"));
        }
    }
}

fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
