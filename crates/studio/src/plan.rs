//! The call's test plan (`<call>.plan.toml`, the cases `cargo xtask validate` plays), kept beside
//! the call when the trainer opens it: renaming a turn or an ending renames it in the plan's
//! moves and endings too, in the same step to undo, and the plan's cases are played against the
//! call as it is, so a trainer sees at once which intended path an edit broke.

use calmline_engine::Scenario;
use calmline_engine::plan::PlanReport;

use crate::draft::Draft;
use crate::place::Places;

/// A test plan being kept in step with its call.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The file name it is saved under.
    pub name: String,
    text: String,
    /// The plan as it was before each of the call's steps (the call's undo moves it back too).
    undo: Vec<String>,
    redo: Vec<String>,
    opened: String,
}

impl Plan {
    /// A plan as opened (it is checked when played, not here: a broken plan still opens).
    pub fn open(name: &str, text: &str) -> Self {
        Self {
            name: name.to_owned(),
            text: text.to_owned(),
            undo: Vec::new(),
            redo: Vec::new(),
            opened: text.to_owned(),
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// Whether the plan differs from the one opened (so it is worth saving).
    pub fn changed(&self) -> bool {
        self.text != self.opened
    }

    /// The call made a step: the plan as it is now is where undoing that step comes back to.
    pub(crate) fn checkpoint(&mut self) {
        self.undo.push(self.text.clone());
        self.redo.clear();
    }

    /// The call went back one step.
    pub(crate) fn undo(&mut self) {
        if let Some(before) = self.undo.pop() {
            self.redo.push(std::mem::replace(&mut self.text, before));
        }
    }

    /// The call made again the step last undone.
    pub(crate) fn redo(&mut self) {
        if let Some(after) = self.redo.pop() {
            self.undo.push(std::mem::replace(&mut self.text, after));
        }
    }

    /// Renames the turn or ending `old` to `new` in every move and ending of the plan, keeping
    /// every other byte (the plan is edited through the same lossless draft as the call).
    /// Returns how many values changed; a plan that is not TOML is left as it is.
    pub(crate) fn rename(&mut self, old: &str, new: &str) -> usize {
        let (Ok(mut draft), Some(places)) = (Draft::open(&self.text), Places::read(&self.text))
        else {
            return 0;
        };
        let edits = crate::rename::edits(&draft, &places, old, new);
        if draft.set_all(&edits).unwrap_or(false) {
            self.text = draft.text().to_owned();
            edits.len()
        } else {
            0
        }
    }

    /// Plays every case of the plan against `sc` (the call as it is now).
    pub fn check(&self, sc: &Scenario) -> PlanReport {
        calmline_engine::plan::check(sc, &self.name, self.text.as_bytes())
    }
}
