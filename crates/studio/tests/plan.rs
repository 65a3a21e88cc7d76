//! A call's test plan kept in step with the call: renaming any turn or ending of a library call
//! renames it in the plan's moves and endings in the same step, the plan's cases still pass
//! against the renamed call, and undo gives both files back exactly.

mod support;

use calmline_studio::Work;
use calmline_studio::plan::Plan;
use support::{ids, library};

#[test]
fn renaming_in_a_library_call_renames_in_its_plan_which_still_passes_and_undo_restores_both() {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../scenarios");
    let mut plans = 0;
    for (name, text) in library() {
        let plan_name = name.replace(".toml", ".plan.toml");
        let Ok(plan_text) = std::fs::read_to_string(dir.join(&plan_name)) else {
            continue;
        };
        plans += 1;
        let mut work = Work::open(&name, &text, "en").unwrap();
        work.plan = Some(Plan::open(&plan_name, &plan_text));
        // Turns and endings the plan names (the first five), renamed one after another.
        let named: Vec<String> = ids(&work.draft, "turn")
            .into_iter()
            .chain(ids(&work.draft, "ending"))
            .filter(|id| plan_text.contains(&format!("\"{id}")))
            .take(5)
            .collect();
        assert!(!named.is_empty(), "{plan_name}");
        for id in &named {
            let renamed = work.rename(id, &format!("{id}-x")).unwrap();
            assert!(renamed > 0, "{name}: {id}");
        }
        let plan = work.plan.as_ref().unwrap();
        assert!(plan.changed());
        for id in &named {
            assert!(
                !plan.text().contains(&format!("\"{id}."))
                    && !plan.text().contains(&format!("ending = \"{id}\"")),
                "{plan_name}: {id} left behind"
            );
        }
        let sc = calmline_engine::validate(&name, work.draft.text().as_bytes())
            .into_result()
            .unwrap_or_else(|e| panic!("{name}: {e:?}"));
        let report = plan.check(&sc);
        let failures: Vec<_> = report
            .diagnostics
            .iter()
            .map(|d| d.message.clone())
            .collect();
        assert!(failures.is_empty(), "{plan_name}: {failures:?}");
        assert_eq!(report.cases, plan_text.matches("[[case]]").count());
        while work.undo() {}
        assert_eq!(work.draft.text(), text, "{name}");
        assert_eq!(work.plan.as_ref().unwrap().text(), plan_text, "{plan_name}");
        assert!(work.redo());
        assert_ne!(
            work.plan.as_ref().unwrap().text(),
            plan_text,
            "redo renames in the plan again"
        );
    }
    assert!(plans >= 8, "{plans} plans");
}
