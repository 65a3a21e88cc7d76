//! The loaded scenario: an immutable, fully resolved graph of customer turns and replies.
//!
//! Every reference an author wrote as a string id is resolved to an index when loading, so the
//! engine never looks anything up by name while playing and cannot meet a dangling reference.

pub use crate::face::Face;
use crate::{Skill, Text};

/// Index of a customer turn in [`Scenario::turns`].
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct TurnIx(pub u16);

/// Index of an ending in [`Scenario::endings`].
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct EndingIx(pub u16);

/// Index of a variable in [`Scenario::vars`].
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct VarIx(pub u8);

/// A reply of a turn: its turn and its position in [`Turn::replies`].
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct ReplyRef {
    /// The turn the reply belongs to.
    pub turn: TurnIx,
    /// The reply's position in that turn, as written in the file.
    pub reply: u8,
}

/// The customer types of the content brief, one per scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum CustomerType {
    /// Loud and angry.
    Shouter,
    /// Personal insults: the three-step method applies.
    Abusive,
    /// Wants a supervisor now.
    SupervisorDemander,
    /// Needs simple steps and checks of understanding.
    TechNovice,
    /// Nothing is ever good enough.
    NeverSatisfied,
    /// Wants a discount.
    DiscountHunter,
    /// Unclear needs.
    Lost,
    /// The problem cannot be solved in this call.
    Unsolvable,
    /// Called back as promised, and sceptical that anything was done.
    CallBack,
    /// Screams so that nothing can be done yet.
    Screamer,
}

impl CustomerType {
    /// Every type with its id in scenario files and localization keys.
    pub const ALL: [(&'static str, CustomerType); 10] = [
        ("shouter", CustomerType::Shouter),
        ("abusive", CustomerType::Abusive),
        ("supervisor-demander", CustomerType::SupervisorDemander),
        ("tech-novice", CustomerType::TechNovice),
        ("never-satisfied", CustomerType::NeverSatisfied),
        ("discount-hunter", CustomerType::DiscountHunter),
        ("lost", CustomerType::Lost),
        ("unsolvable", CustomerType::Unsolvable),
        ("call-back", CustomerType::CallBack),
        ("screamer", CustomerType::Screamer),
    ];

    /// The id used in scenario files and as the localization key suffix.
    pub fn id(self) -> &'static str {
        CustomerType::ALL
            .iter()
            .find(|(_, t)| *t == self)
            .map_or("", |(id, _)| id)
    }
}

/// A technique of the content brief that a scenario teaches (for the coverage table and the
/// catalog; the feedback of each reply names techniques in prose).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Technique {
    /// Letting the customer finish and vent before solving.
    Venting,
    /// Paraphrasing and asking "did I get that right?".
    Paraphrasing,
    /// Naming and accepting the customer's feeling.
    EmpathyStatement,
    /// Warn, warn again, end the call: for personal insults.
    ThreeStepMethod,
    /// Offer to help first, transfer if the customer still wants it.
    SupervisorDemand,
    /// Next steps, when the customer will hear back, and keeping that promise.
    FollowUpPromise,
    /// "I may be wrong, but it seems to me that …".
    SoftDisagreement,
    /// Admitting a real mistake of the company.
    AdmittingMistake,
    /// Offering options: exchange, refund, call-back.
    OfferingOptions,
    /// Plain words without jargon, checking understanding.
    PlainLanguage,
    /// Open questions to find unclear needs.
    OpenQuestions,
    /// Realistic promises and time frames.
    ExpectationSetting,
    /// Polite but firm limits (rules, discounts).
    FirmBoundaries,
    /// Summarising what was agreed and thanking the customer.
    ClosingSummary,
    /// Reflecting after the call and a self-care tip.
    PostCallReflection,
    /// Asking a screaming customer for calm so that the agent can help ("so that I can help you
    /// properly"), never as a rebuke; offering a short break or a call-back.
    AskingForCalm,
    /// Putting on hold by the book: ask first, say what you are doing and for how long, thank.
    HoldEtiquette,
}

impl Technique {
    /// Every technique with its id in scenario files and localization keys.
    pub const ALL: [(&'static str, Technique); 17] = [
        ("venting", Technique::Venting),
        ("paraphrasing", Technique::Paraphrasing),
        ("empathy-statement", Technique::EmpathyStatement),
        ("three-step-method", Technique::ThreeStepMethod),
        ("supervisor-demand", Technique::SupervisorDemand),
        ("follow-up-promise", Technique::FollowUpPromise),
        ("soft-disagreement", Technique::SoftDisagreement),
        ("admitting-mistake", Technique::AdmittingMistake),
        ("offering-options", Technique::OfferingOptions),
        ("plain-language", Technique::PlainLanguage),
        ("open-questions", Technique::OpenQuestions),
        ("expectation-setting", Technique::ExpectationSetting),
        ("firm-boundaries", Technique::FirmBoundaries),
        ("closing-summary", Technique::ClosingSummary),
        ("post-call-reflection", Technique::PostCallReflection),
        ("asking-for-calm", Technique::AskingForCalm),
        ("hold-etiquette", Technique::HoldEtiquette),
    ];

    /// The id used in scenario files and localization keys.
    pub fn id(self) -> &'static str {
        Technique::ALL
            .iter()
            .find(|(_, t)| *t == self)
            .map_or("", |(id, _)| id)
    }
}

/// How hard a scenario is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Difficulty {
    /// A first call.
    Easy,
    /// Needs the techniques.
    Medium,
    /// Punishes mistakes quickly.
    Hard,
}

impl Difficulty {
    /// Every difficulty with its id.
    pub const ALL: [(&'static str, Difficulty); 3] = [
        ("easy", Difficulty::Easy),
        ("medium", Difficulty::Medium),
        ("hard", Difficulty::Hard),
    ];

    /// The id used in scenario files and as the localization key suffix.
    pub fn id(self) -> &'static str {
        Difficulty::ALL
            .iter()
            .find(|(_, d)| *d == self)
            .map_or("", |(id, _)| id)
    }
}

/// Who places the call: the customer rings the agent (inbound, the default) or the agent calls
/// the customer (outbound, such as a promised call-back).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
pub enum Direction {
    /// The customer calls: the phone rings and the trainee picks up.
    #[default]
    Inbound,
    /// The trainee calls the customer: the ring screen dials and the customer answers.
    Outbound,
}

impl Direction {
    /// Every direction with its id in scenario files.
    pub const ALL: [(&'static str, Direction); 2] = [
        ("inbound", Direction::Inbound),
        ("outbound", Direction::Outbound),
    ];

    /// The id used in scenario files and the catalog.
    pub fn id(self) -> &'static str {
        Direction::ALL
            .iter()
            .find(|(_, d)| *d == self)
            .map_or("", |(id, _)| id)
    }
}

/// How the customer sounds in a turn (drives the face and the screen-reader label).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Emotion {
    /// Shouting, out of control.
    Furious,
    /// Angry.
    Angry,
    /// Fed up, impatient.
    Frustrated,
    /// Worried.
    Anxious,
    /// Does not understand.
    Confused,
    /// Suspicious or sarcastic.
    Sceptical,
    /// Neutral.
    Neutral,
    /// Calming down.
    Relieved,
    /// Satisfied.
    Pleased,
}

impl Emotion {
    /// Every emotion with its id.
    pub const ALL: [(&'static str, Emotion); 9] = [
        ("furious", Emotion::Furious),
        ("angry", Emotion::Angry),
        ("frustrated", Emotion::Frustrated),
        ("anxious", Emotion::Anxious),
        ("confused", Emotion::Confused),
        ("sceptical", Emotion::Sceptical),
        ("neutral", Emotion::Neutral),
        ("relieved", Emotion::Relieved),
        ("pleased", Emotion::Pleased),
    ];

    /// The id used in scenario files and localization keys.
    pub fn id(self) -> &'static str {
        Emotion::ALL
            .iter()
            .find(|(_, e)| *e == self)
            .map_or("", |(id, _)| id)
    }
}

/// How good a reply is, as a trainer grades it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Grade {
    /// Makes things worse: escalates, blames, insults, lies.
    Harmful,
    /// A weak reply that a trainer would correct.
    Poor,
    /// Acceptable but not the best.
    Acceptable,
    /// What a skilled agent would say.
    Best,
}

impl Grade {
    /// Every grade with its id.
    pub const ALL: [(&'static str, Grade); 4] = [
        ("best", Grade::Best),
        ("acceptable", Grade::Acceptable),
        ("poor", Grade::Poor),
        ("harmful", Grade::Harmful),
    ];

    /// The id used in scenario files and localization keys.
    pub fn id(self) -> &'static str {
        Grade::ALL
            .iter()
            .find(|(_, g)| *g == self)
            .map_or("", |(id, _)| id)
    }
}

/// What kind of end a call came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Outcome {
    /// Solved in the call.
    Resolved,
    /// Not solvable now; next steps and a follow-up were promised.
    FollowUp,
    /// Transferred to a supervisor or specialist for a good reason.
    Escalated,
    /// Transferred or passed on to get rid of the call: an escalation used as an escape.
    PassedOn,
    /// The customer hung up, still unhappy.
    CustomerHungUp,
    /// The agent ended an abusive call correctly, after the warnings.
    EndedProperly,
    /// The agent hung up without reason or without the warnings.
    AgentHungUp,
    /// The call ended without a solution or a plan.
    Unresolved,
}

impl Outcome {
    /// Every outcome with its id.
    pub const ALL: [(&'static str, Outcome); 8] = [
        ("resolved", Outcome::Resolved),
        ("follow-up", Outcome::FollowUp),
        ("escalated", Outcome::Escalated),
        ("passed-on", Outcome::PassedOn),
        ("customer-hung-up", Outcome::CustomerHungUp),
        ("ended-properly", Outcome::EndedProperly),
        ("agent-hung-up", Outcome::AgentHungUp),
        ("unresolved", Outcome::Unresolved),
    ];

    /// The id used in scenario files, LMS reports and localization keys.
    pub fn id(self) -> &'static str {
        Outcome::ALL
            .iter()
            .find(|(_, o)| *o == self)
            .map_or("", |(id, _)| id)
    }

    /// Whether a call that ends this way can pass: a good ending. A customer who hangs up angry,
    /// an agent who hangs up without the warnings, an unresolved call and an escalation used as
    /// an escape never pass, whatever the points (docs/scoring.md).
    pub fn can_pass(self) -> bool {
        matches!(
            self,
            Outcome::Resolved | Outcome::FollowUp | Outcome::Escalated | Outcome::EndedProperly
        )
    }
}

/// Where a move leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Target {
    /// Another customer turn.
    Turn(TurnIx),
    /// The end of the call.
    Ending(EndingIx),
}

/// A change to a variable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum VarOp {
    /// Set to a value.
    Set(VarIx, i32),
    /// Add a (possibly negative) amount.
    Add(VarIx, i32),
}

/// What a move does: to the mood, to each skill's score, to variables.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Effect {
    /// Added to the customer's mood (which stays within 0..=100).
    pub mood: i32,
    /// Added to each skill's raw score, in [`Skill::ALL`] order.
    pub skills: [i32; 7],
    /// Variable changes, applied in order.
    pub vars: Vec<VarOp>,
}

impl Effect {
    /// The change to one skill.
    pub fn skill(&self, skill: Skill) -> i32 {
        self.skills[skill as usize]
    }
}

/// A condition on the state of the call; every part given must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Condition {
    /// The mood is below this.
    pub mood_below: Option<i32>,
    /// The mood is at least this.
    pub mood_at_least: Option<i32>,
    /// Each of these replies was chosen earlier in the call.
    pub said: Vec<ReplyRef>,
    /// None of these replies was chosen earlier in the call.
    pub not_said: Vec<ReplyRef>,
    /// Each variable is at least the value.
    pub var_at_least: Vec<(VarIx, i32)>,
    /// Each variable is below the value.
    pub var_below: Vec<(VarIx, i32)>,
    /// Each of these twists (bits by index into [`Scenario::twists`]) happens in this call.
    pub twist: u8,
    /// None of these twists happens in this call.
    pub not_twist: u8,
}

impl Condition {
    /// True for the empty condition, which always holds.
    pub fn is_always(&self) -> bool {
        *self == Condition::default()
    }
}

/// A reply the trainee can choose.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Reply {
    /// Unique within its turn.
    pub id: String,
    /// What the agent says, in one or more wordings of the same meaning; the trainee's deal
    /// picks one per call (see [`crate::run::wording`]). Never empty in a loaded scenario.
    pub wordings: Vec<Text>,
    /// What the customer says right after this reply, instead of the next turn's usual line
    /// (or, before an ending, as their last words); `None` for the usual line.
    pub reaction: Option<Text>,
    /// The trainer's grade.
    pub grade: Grade,
    /// Marked critical by the author (`critical = true`, only on a poor reply); see
    /// [`Reply::is_critical`].
    pub critical: bool,
    /// What the trainer says about this reply in the debrief: why it works or not, and what
    /// would have worked better.
    pub feedback: Option<Text>,
    /// When the reply is offered at all (always, if empty).
    pub when: Condition,
    /// What choosing it does.
    pub effect: Effect,
    /// Where it leads.
    pub goto: Target,
}

impl Reply {
    /// The first wording: the one the debrief and the validator quote when no call picked one.
    pub fn text(&self) -> &Text {
        &self.wordings[0]
    }

    /// Whether choosing this reply is a critical error, after which the call cannot pass: every
    /// harmful reply, and a poor one the author marked critical.
    pub fn is_critical(&self) -> bool {
        self.critical || self.grade == Grade::Harmful
    }
}

/// What happens when the trainee lets the reply timer run out.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Silence {
    /// What the customer says into the silence.
    pub line: Text,
    /// What the silence does.
    pub effect: Effect,
    /// Where it leads; `None` keeps the customer on this turn (the customer's patience bounds it).
    pub goto: Option<Target>,
    /// Debrief feedback on the silence.
    pub feedback: Text,
}

/// One thing the customer says and the replies the trainee may give.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Turn {
    /// Unique within the scenario.
    pub id: String,
    /// How the customer sounds.
    pub emotion: Emotion,
    /// Seconds allowed to reply in the standard timer mode.
    pub time_s: u16,
    /// What the customer says; one variant is picked per call from the seed.
    pub lines: Vec<Text>,
    /// The replies, as written in the file (the order shown varies with the seed).
    pub replies: Vec<Reply>,
    /// What the timer running out does here.
    pub silence: Silence,
    /// Holds at this turn (`[turn.hold]`), over the scenario's ([`crate::hold::rules`]).
    pub hold: HoldPatch,
}

/// An automatic event when the state of the call meets a condition (usually a mood threshold).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Trigger {
    /// Unique within the scenario.
    pub id: String,
    /// Checked after every move, in file order; fires at most once per call.
    pub when: Condition,
    /// Where the call goes instead of where the move led.
    pub goto: Target,
}

/// What happens when the trainee ends the call; the first rule whose condition holds applies.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct HangUpRule {
    /// When this rule applies (the last rule must always apply).
    pub when: Condition,
    /// What ending the call here does to the scores.
    pub effect: Effect,
    /// The ending it leads to.
    pub ending: EndingIx,
    /// Debrief feedback on ending the call this way.
    pub feedback: Text,
    /// The grade of ending the call this way.
    pub grade: Grade,
}

/// One way the call can end.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Ending {
    /// Unique within the scenario (and apart from turn ids).
    pub id: String,
    /// What kind of end this is.
    pub outcome: Outcome,
    /// What happens, shown when the call ends.
    pub text: Text,
    /// The trainer's message in the debrief.
    pub debrief: Text,
}

/// A seeded alternative in the flow: in some calls, picked by the seed, the customer does
/// something else (keeps insulting after a good warning, insists on a supervisor after a good
/// attempt). Conditions read it with `twist` and `not_twist`.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Twist {
    /// Unique within the scenario.
    pub id: String,
    /// Per cent of calls (by seed) in which it happens, 1..=99.
    pub chance: u8,
}

/// The most twists a scenario may have (the analysis explores every combination).
pub const MAX_TWISTS: usize = 3;

/// The customer on the line.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Customer {
    /// The customer's name, per language (names differ between countries).
    pub name: Text,
    /// The mood at the start of the call, 0 (furious) to 100 (delighted).
    pub mood: i32,
    /// How many reply timeouts the customer tolerates; one more ends the call at `gives_up`.
    pub patience: u8,
    /// The ending when the customer's patience with silence runs out.
    pub gives_up: EndingIx,
    /// How the customer looks in the portrait.
    pub face: Face,
}

/// A whole scenario, immutable once loaded.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Scenario {
    /// Stable id, used in links, saves and LMS reports.
    pub id: String,
    /// Bumped by the author when the call changes; saves record it.
    pub version: u32,
    /// Shown in the catalog.
    pub title: Text,
    /// One or two sentences for the catalog.
    pub summary: Text,
    /// Which customer type the scenario trains.
    pub customer_type: CustomerType,
    /// How hard it is.
    pub difficulty: Difficulty,
    /// Who places the call (`direction`, inbound unless the file says outbound).
    pub direction: Direction,
    /// About how long a call takes.
    pub minutes: u8,
    /// The skills the scenario is about (shown in the catalog).
    pub skills: Vec<Skill>,
    /// The techniques the scenario teaches.
    pub techniques: Vec<Technique>,
    /// A short self-care tip for after this call, shown in the debrief.
    pub self_care: Option<Text>,
    /// The overall score needed to pass, 0..=100 (an LMS may override it).
    pub pass_mark: u8,
    /// The customer.
    pub customer: Customer,
    /// Where the call starts.
    pub start: TurnIx,
    /// The customer's turns.
    pub turns: Vec<Turn>,
    /// The endings.
    pub endings: Vec<Ending>,
    /// Automatic events, in the order they are checked.
    pub triggers: Vec<Trigger>,
    /// Seeded alternatives in the flow (at most [`MAX_TWISTS`]).
    pub twists: Vec<Twist>,
    /// What ending the call does; the last rule has no condition.
    pub hang_up: Vec<HangUpRule>,
    /// Names of the variables, indexed by [`VarIx`].
    pub vars: Vec<String>,
    /// Replies that conditions refer to, whose choice the run state tracks.
    pub tracked: Vec<ReplyRef>,
    /// What holds cost in this call (`[hold]`), over the engine's defaults.
    pub hold: HoldPatch,
}

impl Scenario {
    /// The turn at `ix`.
    pub fn turn(&self, ix: TurnIx) -> &Turn {
        &self.turns[usize::from(ix.0)]
    }

    /// The ending at `ix`.
    pub fn ending(&self, ix: EndingIx) -> &Ending {
        &self.endings[usize::from(ix.0)]
    }

    /// The reply at `r`.
    pub fn reply(&self, r: ReplyRef) -> &Reply {
        &self.turn(r.turn).replies[usize::from(r.reply)]
    }

    /// Finds a turn by id.
    pub fn turn_ix(&self, id: &str) -> Option<TurnIx> {
        self.turns
            .iter()
            .position(|t| t.id == id)
            .map(|i| TurnIx(i as u16))
    }

    /// Finds an ending by id.
    pub fn ending_ix(&self, id: &str) -> Option<EndingIx> {
        self.endings
            .iter()
            .position(|e| e.id == id)
            .map(|i| EndingIx(i as u16))
    }
}

/// A `hold` table as written: each field overrides what applies without it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct HoldPatch {
    /// See [`crate::hold::HoldRules::announced`].
    pub announced: Option<i32>,
    /// See [`crate::hold::HoldRules::bare`].
    pub bare: Option<i32>,
    /// See [`crate::hold::HoldRules::silent`].
    pub silent: Option<i32>,
    /// See [`crate::hold::HoldRules::again`].
    pub again: Option<i32>,
    /// See [`crate::hold::HoldRules::overrun`].
    pub overrun: Option<i32>,
    /// See [`crate::hold::HoldRules::unthanked`].
    pub unthanked: Option<i32>,
    /// See [`crate::hold::HoldRules::minutes`].
    pub minutes: Option<u8>,
}
