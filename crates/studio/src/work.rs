//! A call being written: the draft and everything the studio shows of it, made again after
//! every edit: the map and its layout, where each value is, and the validator's problems, each
//! with the field and the turn or ending it is about.
//!
//! Every edit runs the validator as far as playing needs (`validate_playable`: everything but
//! the verdict of every call, which is the slow part on a large call; see `cargo xtask bench`).

use calmline_engine::{Diagnostic, Severity, validate_playable};

use crate::draft::{Draft, EditError, FieldValue, OpenError};
use crate::map::{Layout, Map, Node};
use crate::path::{FieldPath, Step};
use crate::place::{self, Places};
use crate::plan::Plan;
use crate::verdicts::Verdicts;

/// The size of a node on the map, in CSS pixels: room for the id, the tag and two lines of text.
pub const NODE_SIZE: (f64, f64) = (208.0, 88.0);
/// The gap between nodes and between layers.
pub const NODE_GAP: f64 = 32.0;

/// One problem the validator found, placed.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub diagnostic: Diagnostic,
    /// The field it is about.
    pub field: Option<FieldPath>,
    /// The map's node holding that field (a turn or an ending), when it is in one.
    pub node: Option<usize>,
}

/// A call being written.
#[derive(Debug, Clone)]
pub struct Work {
    /// The file name it is saved under.
    pub name: String,
    pub draft: Draft,
    /// The text and `version` the call had when it was opened: a changed call is saved with
    /// its version bumped once ([`Work::for_saving`]).
    pub(crate) opened: (String, Option<i64>),
    /// The call's test plan, when the trainer opened it beside the call.
    pub plan: Option<Plan>,
    /// The map's texts are in this language.
    lang: String,
    pub map: Map,
    pub layout: Layout,
    pub places: Places,
    pub problems: Vec<Problem>,
}

impl Work {
    /// Opens `text` under `name`, the map's texts in `lang` (`pl`, `hu`, `en`).
    pub fn open(name: &str, text: &str, lang: &str) -> Result<Self, OpenError> {
        let draft = Draft::open(text)?;
        let version = match draft.get(&FieldPath::default().key("version")) {
            Some(FieldValue::Int(n)) => Some(n),
            _ => None,
        };
        let mut work = Self {
            name: name.to_owned(),
            draft,
            opened: (text.to_owned(), version),
            plan: None,
            lang: lang.to_owned(),
            map: Map::default(),
            layout: Layout {
                centres: Vec::new(),
                width: 0.0,
                height: 0.0,
            },
            places: Places::default(),
            problems: Vec::new(),
        };
        work.refresh();
        Ok(work)
    }

    /// Whether saving keeps the call's version however much it changed: a call the studio
    /// started (`open_new`, `open_copy`), which no trainee has played (or a file without one).
    pub fn is_new(&self) -> bool {
        self.opened.1.is_none()
    }

    /// The file name the call is saved and packaged under: its id, as the library's files are
    /// named (`crushed-parcel.toml`), once it has a valid one; before that the name it was
    /// opened under (QA round 2, mi7).
    pub fn save_name(&self) -> String {
        self.draft.file_name(&self.name)
    }

    /// Sets one field; everything shown is made again when the file changed.
    pub fn edit(&mut self, path: &FieldPath, value: FieldValue) -> Result<bool, EditError> {
        self.change(|draft| draft.set(path, value))
    }

    /// Makes `edits` to the draft as one step to undo (all or none), then makes everything
    /// shown again if the file changed.
    pub fn change<T>(
        &mut self,
        edits: impl FnOnce(&mut Draft) -> Result<T, EditError>,
    ) -> Result<T, EditError> {
        let before = self.draft.text().to_owned();
        let out = self.draft.batch(edits)?;
        if self.draft.text() != before {
            if let Some(plan) = &mut self.plan {
                plan.checkpoint();
            }
            self.refresh();
        }
        Ok(out)
    }

    /// Renames the turn or ending `old` to `new` everywhere the file names it (its own `id`, the
    /// start, every `goto`, hang-up and giving-up ending, and the `said` and `not_said` of
    /// conditions, `old.reply`), as one edit. Returns how many values changed.
    pub fn rename(&mut self, old: &str, new: &str) -> Result<usize, EditError> {
        let edits = crate::rename::edits(&self.draft, &self.places, old, new);
        let changed = self.change(|draft| draft.set_all(&edits))?;
        if !changed {
            return Ok(0);
        }
        // The plan's moves and endings, in the same step (its checkpoint was just made).
        let in_plan = self.plan.as_mut().map_or(0, |plan| plan.rename(old, new));
        Ok(edits.len() + in_plan)
    }

    /// The text to save. A call changed since it was opened gets `version` one above the
    /// opened one, as an edit of its own (one step to undo), unless the trainer already changed
    /// the version: saves of a trainee's unfinished call of the old version are then refused
    /// politely instead of resuming a different call.
    pub fn for_saving(&mut self) -> &str {
        let (opened, version) = &self.opened;
        let at = FieldPath::default().key("version");
        if let Some(old) = *version
            && self.draft.text() != opened
            && self.draft.get(&at) == Some(FieldValue::Int(old))
        {
            // A version the format refuses (above 65 535) is left to the validator to say.
            let _ = self.edit(&at, FieldValue::Int(old + 1));
        }
        self.draft.text()
    }

    pub fn undo(&mut self) -> bool {
        self.draft.undo() && {
            if let Some(plan) = &mut self.plan {
                plan.undo();
            }
            self.refresh();
            true
        }
    }

    pub fn redo(&mut self) -> bool {
        self.draft.redo() && {
            if let Some(plan) = &mut self.plan {
                plan.redo();
            }
            self.refresh();
            true
        }
    }

    /// The map's texts in another language.
    pub fn set_lang(&mut self, lang: &str) {
        if self.lang != lang {
            self.lang = lang.to_owned();
            self.refresh();
        }
    }

    /// The validator's deepest pass over the call as it is now (the verdict of every call; the
    /// slow part, so the studio runs it when asked); `None` while the call has errors.
    pub fn verdicts(&self) -> Option<Verdicts> {
        crate::verdicts::check(&self.name, self.draft.text())
    }

    /// The problems that stop the call from playing.
    pub fn errors(&self) -> usize {
        self.problems
            .iter()
            .filter(|p| p.diagnostic.severity == Severity::Error)
            .count()
    }

    /// The node at `path` (`turn[2]`), if there is one.
    pub fn node_at(&self, path: &FieldPath) -> Option<usize> {
        self.map.nodes.iter().position(|n| n.path == *path)
    }

    /// Whether a problem is about `node`.
    pub fn has_problem(&self, node: usize) -> bool {
        self.problems.iter().any(|p| p.node == Some(node))
    }

    /// The fields that belong to no turn or ending, in file order: the call's own (title,
    /// summary, the customer), and its rules (triggers, twists, hang-up rules, holds).
    pub fn call_fields(&self) -> Vec<&place::Field> {
        self.places
            .fields
            .iter()
            .filter(
                |f| !matches!(f.path.0.first(), Some(Step::Key(k)) if k == "turn" || k == "ending"),
            )
            .collect()
    }

    /// The fields of `node`, in file order, each with its path inside the node.
    pub fn fields_of(&self, node: &Node) -> Vec<&place::Field> {
        self.places
            .fields
            .iter()
            .filter(|f| f.path.0.starts_with(&node.path.0))
            .collect()
    }

    fn refresh(&mut self) {
        let text = self.draft.text();
        let map = Map::read(self.draft.document(), &self.lang);
        // The layout reads only how many nodes there are and which leads where: an edit of a
        // text or a number keeps it (on a long call it is most of an edit's cost).
        if map.nodes.len() != self.layout.centres.len() || map.links() != self.map.links() {
            self.layout = map.layout(|_| NODE_SIZE, NODE_GAP);
        }
        self.map = map;
        self.places = Places::read(text).unwrap_or_default();
        let report = validate_playable(&self.name, text.as_bytes());
        self.problems = report
            .diagnostics
            .into_iter()
            .map(|diagnostic| {
                let at = place::offset(text, diagnostic.line, diagnostic.column);
                let field = self.places.field_at(at).cloned();
                let node = field
                    .as_ref()
                    .and_then(place::node_of)
                    .and_then(|n| self.map.nodes.iter().position(|m| m.path == n));
                Problem {
                    diagnostic,
                    field,
                    node,
                }
            })
            .collect();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shouter() -> String {
        std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../scenarios/shouter-late-delivery.toml"
        ))
        .unwrap()
    }

    /// The field of the first problem whose English message contains `what`.
    fn field_of(work: &Work, what: &str) -> Option<String> {
        work.problems
            .iter()
            .find(|p| p.diagnostic.message.contains(what))
            .and_then(|p| p.field.as_ref().map(|f| f.to_string()))
    }

    #[test]
    fn an_edit_that_leads_nowhere_new_keeps_the_layout_and_one_that_does_lays_it_out_again() {
        let mut work = Work::open("s.toml", &shouter(), "en").unwrap();
        let fresh = |w: &Work| w.map.layout(|_| NODE_SIZE, NODE_GAP);
        assert_eq!(work.layout, fresh(&work));
        let time = FieldPath::parse("turn[0].time").unwrap();
        assert!(work.edit(&time, FieldValue::Int(33)).unwrap());
        assert_eq!(work.layout, fresh(&work));
        let before = work.layout.clone();
        let ending = work
            .map
            .nodes
            .iter()
            .rev()
            .find(|n| n.kind == crate::NodeKind::Ending)
            .unwrap()
            .id
            .clone();
        let goto = FieldPath::parse("turn[0].reply[0].goto").unwrap();
        assert!(work.edit(&goto, FieldValue::Text(ending)).unwrap());
        assert_eq!(work.layout, fresh(&work), "laid out again");
        assert_ne!(work.layout, before, "a new way changes the layout");
    }

    #[test]
    fn a_problem_goes_to_its_own_item_or_text_not_to_its_table() {
        // A skill no move scores: at its own item of the call's list, not the list's first.
        let text = shouter().replace(
            "\"clarity\", \"ownership\"]",
            "\"clarity\", \"ownership\", \"boundaries\"]",
        );
        let work = Work::open("s.toml", &text, "en").unwrap();
        assert_eq!(
            field_of(&work, "boundaries").as_deref(),
            Some("skills[6]"),
            "{:?}",
            work.problems
        );
        // A Polish word in one form in a turn's silence: at that text, not at the turn's id.
        let text = shouter().replace(
            "line.pl = \"Halo?! Jest tam ktoś?!\"",
            "line.pl = \"Halo?! Jest tam Pan?!\"",
        );
        let work = Work::open("s.toml", &text, "en").unwrap();
        let field = field_of(&work, "has one form only");
        assert!(
            field
                .as_deref()
                .is_some_and(|f| f.ends_with(".silence.line.pl")),
            "{field:?}"
        );
        // In an ending's debrief: at that text, not at the ending's id (QA round 3, mi-a).
        let text = shouter().replace(
            "Jasne podsumowanie ustaleń sprawia",
            "Uspokoiłeś go. Jasne podsumowanie ustaleń sprawia",
        );
        let work = Work::open("s.toml", &text, "en").unwrap();
        let field = field_of(&work, "has one form only");
        assert!(
            field
                .as_deref()
                .is_some_and(|f| f.starts_with("ending[") && f.ends_with(".debrief.pl")),
            "{field:?}"
        );
    }

    #[test]
    fn a_library_call_opens_whole_and_a_broken_goto_is_a_problem_on_its_turn_until_undone() {
        let text = shouter();
        let mut work = Work::open("shouter-late-delivery.toml", &text, "en").unwrap();
        assert_eq!(work.errors(), 0, "{:?}", work.problems);
        assert_eq!(work.layout.centres.len(), work.map.nodes.len());
        let goto = FieldPath::parse("turn[1].reply[0].goto").unwrap();
        assert!(
            work.edit(&goto, FieldValue::Text("nowhere".into()))
                .unwrap()
        );
        assert!(work.errors() >= 1);
        let problem = work
            .problems
            .iter()
            .find(|p| p.diagnostic.severity == Severity::Error)
            .unwrap();
        assert_eq!(
            problem.field.as_ref(),
            Some(&goto),
            "{:?}",
            problem.diagnostic.message
        );
        assert_eq!(problem.node, Some(1));
        assert!(work.has_problem(1));
        assert_eq!(work.map.dangling().count(), 1);
        assert!(work.undo());
        assert_eq!(work.errors(), 0);
        assert_eq!(work.draft.text(), text);
        let verdicts = work.verdicts().unwrap();
        assert!(verdicts.exact);
        let (low, high) = verdicts.passing.unwrap();
        assert!(low >= 70 && high <= 100 && low <= high, "{verdicts:?}");
        assert!(verdicts.failing.unwrap().0 < low);
        assert!(verdicts.shortest >= 1 && verdicts.shortest <= verdicts.longest);
        assert!(verdicts.endings_passing >= 1 && verdicts.endings_passing < verdicts.endings);
        assert_eq!(
            verdicts.below_library_bar,
            Vec::new(),
            "a library call meets the bar"
        );
        work.edit(&goto, FieldValue::Text("nowhere".into()))
            .unwrap();
        assert_eq!(work.verdicts(), None, "no verdicts while it has errors");
        work.undo();
        // Renaming a turn renames every reference to it, as one step.
        let old = work.map.nodes[1].id.clone();
        let into = work.map.edges.iter().filter(|e| e.target == old).count();
        let changed = work.rename(&old, "louder-still").unwrap();
        assert!(
            changed > into,
            "{changed} values for {into} edges and the id"
        );
        assert_eq!(work.errors(), 0, "{:?}", work.problems);
        assert_eq!(work.map.nodes[1].id, "louder-still");
        assert_eq!(
            work.map
                .edges
                .iter()
                .filter(|e| e.target == "louder-still")
                .count(),
            into
        );
        assert!(!work.draft.text().contains(&format!("\"{old}\"")));
        assert!(work.undo());
        assert_eq!(work.draft.text(), text);
        let fields = work.fields_of(&work.map.nodes[1]);
        assert!(fields.iter().any(|f| f.path == goto));
        assert!(
            fields
                .iter()
                .all(|f| f.path.to_string().starts_with("turn[1]."))
        );
    }
}
