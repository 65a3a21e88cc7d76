//! The list of drafts a browser keeps (the studio stores each draft's text under its own key and
//! this list under one more): one line a draft, `<saved at, unix ms>\t<file name>`, newest first,
//! the time followed by `*` for a call the studio started (a new call or a template's copy,
//! [`Kept::new_call`]). A damaged line is left out, never a reason to lose the others.

/// One kept draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kept {
    pub name: String,
    pub saved_ms: u64,
    /// A call the studio started, which no trainee has played: opened again, saving it still
    /// keeps its version (QA round 5, mi-h: a new call reopened from the list saved as 2).
    pub new_call: bool,
}

/// The most drafts kept; the oldest beyond it are let go.
pub const MOST: usize = 20;

/// Reads the list; damaged lines are skipped.
pub fn read(text: &str) -> Vec<Kept> {
    let mut kept: Vec<Kept> = Vec::new();
    for line in text.lines() {
        let Some((ms, name)) = line.split_once('\t') else {
            continue;
        };
        let (ms, new_call) = ms.strip_suffix('*').map_or((ms, false), |ms| (ms, true));
        let (Ok(saved_ms), false) = (ms.parse(), name.trim().is_empty() || name.contains('\n'))
        else {
            continue;
        };
        if !kept.iter().any(|k| k.name == name) {
            kept.push(Kept {
                name: name.to_owned(),
                saved_ms,
                new_call,
            });
        }
    }
    kept.sort_by_key(|k| std::cmp::Reverse(k.saved_ms));
    kept
}

/// The list with `name` saved at `now_ms` first (`new_call`: [`Kept::new_call`]); returns it and
/// the names let go.
pub fn saved(list: &[Kept], name: &str, new_call: bool, now_ms: u64) -> (Vec<Kept>, Vec<String>) {
    let mut next = vec![Kept {
        name: name.to_owned(),
        saved_ms: now_ms,
        new_call,
    }];
    next.extend(list.iter().filter(|k| k.name != name).cloned());
    let gone = next
        .split_off(next.len().min(MOST))
        .into_iter()
        .map(|k| k.name)
        .collect();
    (next, gone)
}

/// The list without `name`.
pub fn without(list: &[Kept], name: &str) -> Vec<Kept> {
    list.iter().filter(|k| k.name != name).cloned().collect()
}

/// The list with `kept` back in its place (by the time it was saved), as it was before it was
/// deleted: undoing a delete gives the draft back exactly, its name and its place included.
pub fn restored(list: &[Kept], kept: &Kept) -> Vec<Kept> {
    let mut next = without(list, &kept.name);
    let at = next
        .iter()
        .position(|k| k.saved_ms < kept.saved_ms)
        .unwrap_or(next.len());
    next.insert(at, kept.clone());
    next
}

/// The list as stored.
pub fn write(list: &[Kept]) -> String {
    list.iter()
        .map(|k| {
            let new = if k.new_call { "*" } else { "" };
            format!("{}{new}\t{}\n", k.saved_ms, k.name)
        })
        .collect()
}

/// The name a newly opened call is kept under: `name`, or, when a draft of that name is kept
/// already, the first free `stem-2.toml`, `stem-3.toml`… so that opening the same template or
/// starting a new call twice never overwrites the first one's work.
pub fn free_name(list: &[Kept], name: &str) -> String {
    let taken = |n: &str| list.iter().any(|k| k.name == n);
    if !taken(name) {
        return name.to_owned();
    }
    let stem = name.strip_suffix(".toml").unwrap_or(name);
    (2..)
        .map(|n| format!("{stem}-{n}.toml"))
        .find(|n| !taken(n))
        .unwrap_or_else(|| name.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drafts_are_listed_newest_first_and_a_damaged_line_is_left_out() {
        let list = read("5\ta.toml\nrubbish\n9*\tb.toml\nx\tc.toml\n7\t \n3\ta.toml\n");
        let names: Vec<&str> = list.iter().map(|k| k.name.as_str()).collect();
        assert_eq!(names, ["b.toml", "a.toml"]);
        assert_eq!(
            list.iter().map(|k| k.new_call).collect::<Vec<_>>(),
            [true, false]
        );
        assert_eq!(read(&write(&list)), list);
    }

    #[test]
    fn saving_moves_a_draft_first_and_lets_the_oldest_go_past_the_most() {
        let (list, gone) = saved(&read("5\ta.toml\n9\tb.toml\n"), "a.toml", true, 10);
        assert_eq!(
            list[0],
            Kept {
                name: "a.toml".into(),
                saved_ms: 10,
                new_call: true,
            }
        );
        assert_eq!(list.len(), 2);
        assert!(gone.is_empty());
        let mut many = Vec::new();
        for i in 0..MOST {
            many = saved(&many, &format!("{i}.toml"), false, i as u64).0;
        }
        let (full, gone) = saved(&many, "new.toml", false, 100);
        assert_eq!(full.len(), MOST);
        assert_eq!(gone, ["0.toml"]);
        assert_eq!(without(&full, "new.toml").len(), MOST - 1);
    }

    #[test]
    fn a_new_call_never_takes_the_name_of_a_kept_draft() {
        let kept = |names: &[&str]| {
            names
                .iter()
                .map(|n| Kept {
                    name: (*n).to_owned(),
                    saved_ms: 1,
                    new_call: true,
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(free_name(&kept(&[]), "new-call.toml"), "new-call.toml");
        assert_eq!(
            free_name(&kept(&["new-call.toml"]), "new-call.toml"),
            "new-call-2.toml"
        );
        assert_eq!(
            free_name(&kept(&["a.toml", "a-2.toml"]), "a.toml"),
            "a-3.toml"
        );
    }

    #[test]
    fn a_deleted_draft_comes_back_in_its_place_with_its_name() {
        let list = read("9\tc.toml\n7\tb.toml\n5\ta.toml\n");
        for kept in &list {
            let after = without(&list, &kept.name);
            assert_eq!(restored(&after, kept), list, "{}", kept.name);
        }
        assert_eq!(restored(&[], &list[1]), vec![list[1].clone()]);
    }
}
