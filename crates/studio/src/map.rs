//! The call as a graph: its turns and endings (nodes) joined by the replies, silences, triggers
//! and hang-up rules that lead from one to another (edges), read straight from the file so that
//! a broken file still has a map, with what is wrong marked on it: a target that does not exist,
//! a turn or ending no call can reach. The positions come from a layered-graph library
//! (`rust-sugiyama`), never from hand-written layout code.

use std::borrow::Cow;
use std::collections::{HashMap, VecDeque};

use calmline_engine::address::{self, Address};

use toml_edit::{DocumentMut, Item, Table};

use crate::path::FieldPath;

/// What a node stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeKind {
    Turn,
    Ending,
}

/// A turn or an ending, as the map shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub kind: NodeKind,
    pub id: String,
    /// Where it is in the file (`turn[3]`, `ending[0]`): a click on the map opens it.
    pub path: FieldPath,
    /// The customer's first line in the map's language (a turn), or what happens (an ending).
    pub text: String,
    /// The turn's emotion or the ending's outcome.
    pub tag: String,
    /// Seconds to reply (a turn).
    pub time: Option<i64>,
    /// The call starts here (the first turn).
    pub start: bool,
    /// No move of any call leads here.
    pub unreachable: bool,
}

/// What moves the call along an edge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EdgeKind {
    /// A reply, with its grade (`best`, `good`, `acceptable`, `weak`, `harmful`).
    Reply { id: String, grade: String },
    /// The reply timer running out.
    Silence,
    /// A trigger, which can fire after any move.
    Trigger { id: String },
    /// A hang-up rule (the trainee ending the call), numbered from 1 in file order, and
    /// whether it holds only under a condition (`when`).
    HangUp { rule: usize, conditional: bool },
    /// The customer giving up (`customer.gives_up`).
    GivesUp,
}

/// One way from a node to another.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// The node it leaves (`None`: from anywhere in the call: a trigger, a hang-up rule).
    pub from: Option<usize>,
    /// The node it leads to (`None`: the id it names is neither a turn nor an ending).
    pub to: Option<usize>,
    /// The id the file names as the target.
    pub target: String,
    pub kind: EdgeKind,
    /// Where it is in the file (the reply, the silence, the trigger).
    pub path: FieldPath,
}

/// The graph of one call.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Map {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
}

/// Where the layout puts each node: its centre, in the units of the sizes given.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub centres: Vec<(f64, f64)>,
    pub width: f64,
    pub height: f64,
}

impl Map {
    /// The map of `doc`, its texts in `lang` (`pl`, `hu`, `en`; another language's text stands
    /// in where one is missing).
    pub fn read(doc: &DocumentMut, lang: &str) -> Self {
        let mut map = Self::default();
        let root = doc.as_table();
        let turns = tables(root, "turn");
        let endings = tables(root, "ending");
        for (i, turn) in turns.iter().enumerate() {
            let line = turn
                .get("line")
                .and_then(Item::as_array_of_tables)
                .and_then(|l| l.get(0));
            map.nodes.push(Node {
                kind: NodeKind::Turn,
                id: string(turn, "id"),
                path: FieldPath::default().key("turn").index(i),
                text: line
                    .map(|l| in_lang(l.get(lang), l, lang))
                    .unwrap_or_default(),
                tag: string(turn, "emotion"),
                time: turn.get("time").and_then(Item::as_integer),
                start: i == 0,
                unreachable: false,
            });
        }
        for (i, ending) in endings.iter().enumerate() {
            map.nodes.push(Node {
                kind: NodeKind::Ending,
                id: string(ending, "id"),
                path: FieldPath::default().key("ending").index(i),
                text: ending
                    .get("text")
                    .map(|t| in_lang(t.get(lang), t, lang))
                    .unwrap_or_default(),
                tag: string(ending, "outcome"),
                time: None,
                start: false,
                unreachable: false,
            });
        }
        let index: HashMap<String, usize> = map
            .nodes
            .iter()
            .enumerate()
            .rev()
            .map(|(i, n)| (n.id.clone(), i))
            .collect();
        let to = |target: &str| index.get(target).copied();
        for (i, turn) in turns.iter().enumerate() {
            let at = FieldPath::default().key("turn").index(i);
            for (r, reply) in tables(turn, "reply").iter().enumerate() {
                let target = string(reply, "goto");
                map.edges.push(Edge {
                    from: Some(i),
                    to: to(&target),
                    kind: EdgeKind::Reply {
                        id: string(reply, "id"),
                        grade: string(reply, "grade"),
                    },
                    path: at.clone().key("reply").index(r),
                    target,
                });
            }
            if let Some(target) = turn
                .get("silence")
                .and_then(|s| s.get("goto"))
                .and_then(Item::as_str)
            {
                map.edges.push(Edge {
                    from: Some(i),
                    to: to(target),
                    target: target.to_owned(),
                    kind: EdgeKind::Silence,
                    path: at.clone().key("silence"),
                });
            }
        }
        for (t, trigger) in tables(root, "trigger").iter().enumerate() {
            let target = string(trigger, "goto");
            map.edges.push(Edge {
                from: None,
                to: to(&target),
                kind: EdgeKind::Trigger {
                    id: string(trigger, "id"),
                },
                path: FieldPath::default().key("trigger").index(t),
                target,
            });
        }
        for (h, rule) in tables(root, "hang_up").iter().enumerate() {
            let target = string(rule, "ending");
            map.edges.push(Edge {
                from: None,
                to: to(&target),
                kind: EdgeKind::HangUp {
                    rule: h + 1,
                    conditional: rule.contains_key("when"),
                },
                path: FieldPath::default().key("hang_up").index(h),
                target,
            });
        }
        if let Some(target) = root
            .get("customer")
            .and_then(|c| c.get("gives_up"))
            .and_then(Item::as_str)
        {
            map.edges.push(Edge {
                from: None,
                to: to(target),
                target: target.to_owned(),
                kind: EdgeKind::GivesUp,
                path: FieldPath::default().key("customer").key("gives_up"),
            });
        }
        map.mark_unreachable();
        map
    }

    /// Marks the nodes no call reaches: from the first turn along replies and silences, and
    /// from anywhere along triggers and hang-ups.
    fn mark_unreachable(&mut self) {
        let mut seen = vec![false; self.nodes.len()];
        let mut queue: VecDeque<usize> = VecDeque::new();
        let starts = self.nodes.iter().position(|n| n.start).into_iter();
        let anywhere = self
            .edges
            .iter()
            .filter(|e| e.from.is_none())
            .filter_map(|e| e.to);
        for node in starts.chain(anywhere) {
            if !seen[node] {
                seen[node] = true;
                queue.push_back(node);
            }
        }
        while let Some(node) = queue.pop_front() {
            for edge in self.edges.iter().filter(|e| e.from == Some(node)) {
                if let Some(next) = edge.to.filter(|&n| !seen[n]) {
                    seen[next] = true;
                    queue.push_back(next);
                }
            }
        }
        for (node, seen) in self.nodes.iter_mut().zip(seen) {
            node.unreachable = !seen;
        }
    }

    /// Edges whose target is neither a turn nor an ending.
    pub fn dangling(&self) -> impl Iterator<Item = &Edge> {
        self.edges.iter().filter(|e| e.to.is_none())
    }

    /// Which node leads to which (each pair once, no node to itself): with the number of nodes,
    /// all that [`Map::layout`] reads of the map.
    pub fn links(&self) -> Vec<(u32, u32)> {
        let mut links: Vec<(u32, u32)> = self
            .edges
            .iter()
            .filter_map(|e| Some((e.from? as u32, e.to? as u32)))
            .filter(|(a, b)| a != b)
            .collect();
        links.sort_unstable();
        links.dedup();
        links
    }

    /// Lays the map out from top to bottom, each node `size(node)` (width, height) with `gap`
    /// between nodes and layers; separate parts of the graph side by side.
    pub fn layout(&self, size: impl Fn(&Node) -> (f64, f64), gap: f64) -> Layout {
        let vertices: Vec<(u32, (f64, f64))> = self
            .nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (i as u32, size(n)))
            .collect();
        let edges = self.links();
        let config = rust_sugiyama::configure::Config {
            vertex_spacing: gap,
            dummy_vertices: true,
            ..Default::default()
        };
        let mut centres = vec![(0.0, 0.0); self.nodes.len()];
        let (mut width, mut height) = (0.0f64, 0.0f64);
        for (part, part_width, part_height) in
            rust_sugiyama::from_vertices_and_edges(&vertices, &edges, &config)
        {
            let left = part
                .iter()
                .map(|(i, (x, _))| x - size(&self.nodes[*i]).0 / 2.0)
                .fold(f64::INFINITY, f64::min);
            let top = part
                .iter()
                .map(|(i, (_, y))| y - size(&self.nodes[*i]).1 / 2.0)
                .fold(f64::INFINITY, f64::min);
            let (mut right, mut bottom) = (0.0f64, 0.0f64);
            for (i, (x, y)) in &part {
                let (w, h) = size(&self.nodes[*i]);
                let centre = (width + x - left, y - top);
                right = right.max(centre.0 + w / 2.0);
                bottom = bottom.max(centre.1 + h / 2.0);
                centres[*i] = centre;
            }
            let _ = (part_width, part_height);
            width = right + gap;
            height = height.max(bottom);
        }
        Layout {
            centres,
            width: (width - gap).max(0.0),
            height,
        }
    }
}

impl Edge {
    /// The field that names this edge's target: a reply's, a silence's or a trigger's `goto`, a
    /// hang-up rule's `ending`, the customer's `gives_up`.
    pub fn field(&self) -> FieldPath {
        match self.kind {
            EdgeKind::GivesUp => self.path.clone(),
            EdgeKind::HangUp { .. } => self.path.clone().key("ending"),
            _ => self.path.clone().key("goto"),
        }
    }
}

fn tables<'a>(table: &'a Table, key: &str) -> Vec<&'a Table> {
    table
        .get(key)
        .and_then(Item::as_array_of_tables)
        .map(|all| all.iter().collect())
        .unwrap_or_default()
}

fn string(table: &Table, key: &str) -> String {
    table
        .get(key)
        .and_then(Item::as_str)
        .unwrap_or_default()
        .to_owned()
}

/// The text in `lang` of a `{ pl, hu, en }` item (or its first wording), else the first
/// language that has one, its address forms resolved.
fn in_lang(found: Option<&Item>, all: &impl ItemLike, lang: &str) -> String {
    let first = |item: &Item| -> Option<String> {
        item.as_str()
            .or_else(|| {
                item.as_array()
                    .and_then(|a| a.get(0))
                    .and_then(|v| v.as_str())
            })
            .map(str::to_owned)
    };
    let text = found
        .and_then(first)
        .or_else(|| {
            ["pl", "hu", "en"]
                .iter()
                .filter(|l| **l != lang)
                .find_map(|l| all.item(l).and_then(first))
        })
        .unwrap_or_default();
    // A Polish `{Pan|Pani}` pair shows as a trainee addressed as Pan hears it (QA round 3, mi-m).
    match address::resolve(&text, Address::default()) {
        Cow::Borrowed(_) => text,
        Cow::Owned(resolved) => resolved,
    }
}

/// A table or an item holding one (a `[[turn.line]]` table, a dotted `text.pl` key).
trait ItemLike {
    fn item(&self, key: &str) -> Option<&Item>;
}

impl ItemLike for Table {
    fn item(&self, key: &str) -> Option<&Item> {
        self.get(key)
    }
}

impl ItemLike for Item {
    fn item(&self, key: &str) -> Option<&Item> {
        self.get(key)
    }
}
