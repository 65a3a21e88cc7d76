//! Taking out one optional value (a reply's condition, a variable change, a hold override of a
//! turn) together with the tables it leaves empty: `when = { twist = "x" }` without its only
//! condition goes whole, never stays as `when = {}` (QA round 2, MA2: parts of the annotated
//! example could not be taken out).

use super::{Draft, EditError, item};
use crate::path::{FieldPath, Step};

impl Draft {
    /// Takes out `path`, then each table or list above it that is left empty, up to (never
    /// including) the first `keep` steps (the turn, reply or ending it belongs to); one step to
    /// undo.
    pub fn remove_pruned(&mut self, path: &FieldPath, keep: usize) -> Result<(), EditError> {
        self.batch(|draft| {
            draft.remove(path)?;
            let mut at = path.clone();
            while at.0.len() > keep + 1 {
                at.0.pop();
                let empty = item(draft.doc.as_item(), &at).is_some_and(|i| {
                    i.as_table_like().is_some_and(|t| t.is_empty())
                        || i.as_array().is_some_and(|a| a.is_empty())
                });
                if !empty || !matches!(at.0.last(), Some(Step::Key(_))) {
                    break;
                }
                draft.remove(&at)?;
            }
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CALL: &str = "[[turn]]\nid = \"a\" # the first\n\n[[turn.reply]]\nid = \"r\"\n\
        when = { twist = \"late\" } # only for a late parcel\nadd = { warnings = 1, tries = 2 }\n\
        grade = \"best\"\n\n[turn.hold]\nsilent = -20 # right after an insult\n";

    fn draft() -> Draft {
        Draft::open(CALL).unwrap()
    }

    fn at(path: &str) -> FieldPath {
        FieldPath::parse(path).unwrap()
    }

    #[test]
    fn a_condition_alone_takes_its_table_with_it_and_undo_gives_the_file_back() {
        let mut d = draft();
        d.remove_pruned(&at("turn[0].reply[0].when.twist"), 4)
            .unwrap();
        assert!(!d.text().contains("when"), "{}", d.text());
        assert!(d.text().contains("add = { warnings = 1, tries = 2 }"));
        assert!(d.undo());
        assert_eq!(d.text(), CALL);
    }

    #[test]
    fn a_value_beside_others_goes_alone() {
        let mut d = draft();
        d.remove_pruned(&at("turn[0].reply[0].add.warnings"), 4)
            .unwrap();
        assert!(d.text().contains("add = { tries = 2 }"), "{}", d.text());
    }

    #[test]
    fn a_turns_hold_override_goes_with_its_table_but_never_the_turn() {
        let mut d = draft();
        d.remove_pruned(&at("turn[0].hold.silent"), 2).unwrap();
        assert!(!d.text().contains("hold"), "{}", d.text());
        assert!(d.text().contains("id = \"a\" # the first"));
        assert!(d.get(&at("turn[0].id")).is_some());
    }
}
