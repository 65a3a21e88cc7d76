//! Generates valid scenarios of any size, for the property tests and the benchmark.
//!
//! The turns form a layered graph: reply 0 of every turn leads to the next turn without lowering
//! the mood (so every turn is reachable) and the others jump ahead or to an ending, with mood and skill effects, conditions,
//! variables and triggers sprinkled in, so that generated scenarios exercise the same features as
//! hand-written ones.

#![allow(dead_code)]

use std::fmt::Write;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn delta(&mut self, span: i64) -> i64 {
        self.below((2 * span + 1) as u64) as i64 - span
    }
}

const SKILLS: [&str; 7] = [
    "empathy",
    "calm",
    "listening",
    "solutions",
    "boundaries",
    "clarity",
    "ownership",
];

fn text(out: &mut String, key: &str, what: &str) {
    let _ = writeln!(
        out,
        "{key} = {{ pl = \"{what}\", hu = \"{what}\", en = \"{what}\" }}"
    );
}

/// A valid scenario with `turns` turns, shaped by `seed`.
pub fn scenario(turns: usize, seed: u64) -> String {
    let mut r = Rng(seed | 1);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "format = 1\nid = \"generated\"\nversion = 1\ncustomer_type = \"shouter\"\ndifficulty = \"medium\"\nminutes = 5\nskills = [\"empathy\", \"solutions\"]\ntechniques = [\"venting\"]\npass_mark = 1\nstart = \"t0\""
    );
    text(&mut out, "title", "Generated");
    text(&mut out, "summary", "A generated scenario");
    let _ = writeln!(
        out,
        "[customer]\nmood = {}\npatience = {}\ngives_up = \"gave-up\"",
        30 + r.below(40),
        r.below(3)
    );
    text(&mut out, "name", "Customer");
    let _ = writeln!(
        out,
        "[[trigger]]\nid = \"explodes\"\nwhen = {{ mood_below = 3 }}\ngoto = \"gave-up\""
    );
    let _ = writeln!(
        out,
        "[[trigger]]\nid = \"nagged\"\nwhen = {{ var_at_least = {{ nags = 3 }} }}\ngoto = \"bad\""
    );
    for i in 0..turns {
        let _ = writeln!(
            out,
            "[[turn]]\nid = \"t{i}\"\nemotion = \"angry\"\ntime = {}",
            10 + r.below(30)
        );
        for v in 0..=r.below(2) {
            out.push_str("[[turn.line]]\n");
            let _ = writeln!(
                out,
                "pl = \"L{i}.{v}\"\nhu = \"L{i}.{v}\"\nen = \"L{i}.{v}\""
            );
        }
        let replies = 2 + r.below(3) as usize;
        for k in 0..replies {
            let goto = if i + 1 == turns {
                if k == 0 {
                    "good".to_owned()
                } else {
                    "bad".to_owned()
                }
            } else if k == 0 {
                format!("t{}", i + 1)
            } else if r.below(6) == 0 {
                "bad".to_owned()
            } else {
                format!("t{}", (i + 1 + r.below(4) as usize).min(turns - 1))
            };
            let grade = ["best", "acceptable", "poor", "harmful"][k.min(3)];
            // Reply 0 never lowers the mood, so the path through every turn can never set off
            // the mood trigger and every turn stays reachable.
            let mood = if k == 0 {
                r.delta(15).abs()
            } else {
                r.delta(15)
            };
            let _ = writeln!(
                out,
                "[[turn.reply]]\nid = \"r{k}\"\ngrade = \"{grade}\"\ngoto = \"{goto}\"\nmood = {mood}"
            );
            text(&mut out, "text", &format!("R{i}.{k}"));
            text(&mut out, "feedback", &format!("F{i}.{k}"));
            let mut skills = vec![
                format!("empathy = {}", r.delta(3)),
                format!("solutions = {}", r.delta(3)),
            ];
            if r.below(2) == 0 {
                skills.push(
                    format!("{} = {}", SKILLS[r.below(7) as usize], r.delta(2))
                        .replace("empathy", "calm")
                        .replace("solutions", "clarity"),
                );
            }
            let _ = writeln!(out, "skills = {{ {} }}", skills.join(", "));
            if k > 0 && (i == 0 || r.below(5) == 0) {
                out.push_str("add = { nags = 1 }\n");
            }
            if k > 1 && r.below(4) == 0 {
                let _ = writeln!(out, "when = {{ mood_at_least = {} }}", r.below(60));
            }
        }
        out.push_str("[turn.silence]\n");
        text(&mut out, "line", &format!("H{i}"));
        text(&mut out, "feedback", &format!("S{i}"));
        let _ = writeln!(out, "mood = -5\nskills = {{ solutions = -1 }}");
    }
    let _ = writeln!(
        out,
        "[[hang_up]]\nending = \"agent-hung-up\"\ngrade = \"harmful\"\nskills = {{ empathy = -2 }}"
    );
    text(&mut out, "feedback", "Hung up");
    for (id, outcome) in [
        ("good", "resolved"),
        ("bad", "unresolved"),
        ("gave-up", "customer-hung-up"),
        ("agent-hung-up", "agent-hung-up"),
    ] {
        let _ = writeln!(out, "[[ending]]\nid = \"{id}\"\noutcome = \"{outcome}\"");
        text(&mut out, "text", id);
        text(&mut out, "debrief", id);
    }
    out
}
