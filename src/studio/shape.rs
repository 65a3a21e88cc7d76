//! Adding and taking out: a new turn or ending from the toolbar, a reply, a customer line or a
//! wording from the inspector, a trigger or a hang-up rule from "About this call", a missing translation written in place, and any of them taken
//! out again. Each is one step to undo; what a new thing starts as is
//! `calmline_studio::blueprint` (tested natively), and its empty texts show up as problems that
//! lead to them.

use calmline_studio::draft::FieldValue;
use calmline_studio::{EditError, FieldPath, Work, blueprint};

/// A change of the call's shape, asked by a button.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A turn, at the end of the turns.
    AddTurn,
    /// An ending, at the end of the endings.
    AddEnding,
    /// A reply of the turn at this position.
    AddReply(usize),
    /// A customer line of the turn at this position.
    AddLine(usize),
    /// A trigger (a rule that moves the call elsewhere), at the end of the triggers.
    AddTrigger,
    /// A hang-up rule, before the last one (which holds in every other case).
    AddHangUp,
    /// One more wording of this text, in every language.
    AddWording(FieldPath),
    /// The last wording of this text, in every language.
    RemoveWording(FieldPath),
    /// A turn, an ending, a reply or a line.
    Remove(FieldPath),
    /// An optional value (a condition, a variable change, a hold override), with the tables it
    /// leaves empty, never the first this many steps of its path (its turn, reply or ending).
    RemoveOptional(FieldPath, usize),
    /// A translation not written yet.
    Put(FieldPath, String),
    /// Translations read from an XLIFF file, written or set all at once.
    PutAll(Vec<(FieldPath, FieldValue)>),
    /// Points for a skill (its id) on the reply at this path, starting at 1.
    AddSkill(FieldPath, String),
    /// What the reply at this path does not hold yet (a key of [`blueprint::REPLY_EXTRAS`]: a
    /// mood change, the customer's reaction, feedback, the critical mark), as it starts (QA
    /// round 3, MA2).
    AddExtra(FieldPath, &'static str),
    /// A condition of this kind (a key of [`blueprint::CONDITIONS`]) on the reply or rule at
    /// this path, as it starts (QA round 3, mi-f).
    AddCondition(FieldPath, &'static str),
    /// One more id on the call's own list at this path (`skills`, `techniques`), at its end
    /// (QA round 3, mi-e: a trainer could not add a third skill).
    AddToList(FieldPath, String),
}

/// How many wordings `text` has in `lang` (a single string is one).
pub fn wordings(work: &Work, text: &FieldPath, lang: &str) -> usize {
    let at = text.clone().key(lang);
    match work.draft.get(&at) {
        Some(_) => 1,
        None => (0..)
            .take_while(|i| work.draft.get(&at.clone().index(*i)).is_some())
            .count(),
    }
}

/// Makes the change as one step to undo. Returns the field to show next (its node selected,
/// the field focused), if any.
pub fn apply(work: &mut Work, shape: Shape) -> Result<Option<FieldPath>, EditError> {
    // The first ending of this outcome, else the first ending: a trigger on the mood falling
    // leads to the customer hanging up, a hang-up rule to the trainee's (QA round 3, mi-f: a
    // new trigger led to "you hung up").
    let ending_for = |outcome: &str| {
        let endings = || {
            work.map
                .nodes
                .iter()
                .filter(|n| n.kind == calmline_studio::NodeKind::Ending)
        };
        endings()
            .find(|n| n.tag == outcome)
            .or_else(|| endings().next())
            .map(|n| n.id.clone())
            .unwrap_or_default()
    };
    let first_ending = || ending_for("");
    let list = |key: &str| FieldPath::default().key(key);
    match shape {
        Shape::AddTurn => {
            let goto = first_ending();
            let at = work.change(|d| {
                let (_, fields) = blueprint::turn(d.document(), &goto);
                d.add_table(&list("turn"), &fields)
            })?;
            Ok(Some(list("turn").index(at).key("line").index(0).key("pl")))
        }
        Shape::AddEnding => {
            let at = work.change(|d| {
                let (_, fields) = blueprint::ending(d.document());
                d.add_table(&list("ending"), &fields)
            })?;
            Ok(Some(list("ending").index(at).key("text").key("pl")))
        }
        Shape::AddReply(turn) => {
            let node = list("turn").index(turn);
            let goto = match work
                .draft
                .get(&node.clone().key("reply").index(0).key("goto"))
            {
                Some(FieldValue::Text(goto)) => goto,
                _ => first_ending(),
            };
            let at = work.change(|d| {
                let fields = blueprint::reply(d.document(), turn, &goto);
                d.add_table(&node.clone().key("reply"), &fields)
            })?;
            Ok(Some(node.key("reply").index(at).key("text").key("pl")))
        }
        Shape::AddLine(turn) => {
            let node = list("turn").index(turn);
            let at = work.change(|d| d.add_table(&node.clone().key("line"), &blueprint::line()))?;
            Ok(Some(node.key("line").index(at).key("pl")))
        }
        Shape::AddTrigger => {
            let goto = ending_for("customer-hung-up");
            let at = work.change(|d| {
                let fields = blueprint::trigger(d.document(), &goto);
                d.add_table(&list("trigger"), &fields)
            })?;
            Ok(Some(
                list("trigger").index(at).key("when").key("mood_below"),
            ))
        }
        Shape::AddHangUp => {
            let ending = ending_for("agent-hung-up");
            let at = work.change(|d| blueprint::add_hang_up(d, &ending))?;
            Ok(Some(list("hang_up").index(at).key("feedback").key("pl")))
        }
        Shape::AddWording(text) => {
            let edits: Vec<_> = blueprint::LANGS
                .iter()
                .map(|lang| {
                    let at = match wordings(work, &text, lang) {
                        0 => text.clone().key(lang),
                        n => text.clone().key(lang).index(n),
                    };
                    (at, FieldValue::Text(String::new()))
                })
                .collect();
            let focus = edits.first().map(|(at, _)| at.clone());
            work.change(|d| d.put_all(&edits))?;
            Ok(focus)
        }
        Shape::RemoveWording(text) => {
            let last: Vec<_> = blueprint::LANGS
                .iter()
                .filter_map(|lang| {
                    let n = wordings(work, &text, lang);
                    (n > 1).then(|| text.clone().key(lang).index(n - 1))
                })
                .collect();
            work.change(|d| last.iter().try_for_each(|at| d.remove(at)))?;
            Ok(None)
        }
        Shape::Remove(path) => {
            work.change(|d| d.remove(&path))?;
            Ok(None)
        }
        Shape::RemoveOptional(path, keep) => {
            work.change(|d| d.remove_pruned(&path, keep))?;
            Ok(None)
        }
        Shape::Put(path, value) => {
            work.change(|d| d.put_all(&[(path.clone(), FieldValue::Text(value))]))?;
            Ok(Some(path))
        }
        Shape::PutAll(edits) => {
            work.change(|d| d.put_all(&edits))?;
            Ok(None)
        }
        Shape::AddExtra(reply, key) => {
            let edits = blueprint::reply_extra(&reply, key);
            let focus = edits.first().map(|(at, _)| at.clone());
            work.change(|d| d.put_all(&edits))?;
            Ok(focus)
        }
        Shape::AddCondition(holder, key) => {
            let (at, value) = blueprint::condition(work.draft.document(), &holder, key)
                .ok_or_else(|| EditError::Missing(holder.clone().key("when").key(key)))?;
            work.change(|d| d.put_all(&[(at.clone(), value)]))?;
            Ok(Some(at))
        }
        Shape::AddToList(list, id) => {
            let n = (0..)
                .take_while(|i| work.draft.get(&list.clone().index(*i)).is_some())
                .count();
            let at = list.index(n);
            work.change(|d| d.put_all(&[(at.clone(), FieldValue::Text(id))]))?;
            Ok(Some(at))
        }
        Shape::AddSkill(reply, skill) => {
            let at = reply.key("skills").key(&skill);
            work.change(|d| d.put_all(&[(at.clone(), FieldValue::Int(1))]))?;
            Ok(Some(at))
        }
    }
}
