//! A record's neighbourhood (issue 16): the records linked to it in both directions — what its
//! fields name, and what names it — and theirs, breadth-first to a depth of 1 to 3, as the tree
//! of rows the browser's relationship view draws and `showfloor graph` prints.
//!
//! Each record is in the tree once, at the shallowest depth it is reached (breadth-first, in
//! the order the rows are shown); met again, it is a reference to the row that shows it. Under
//! each record its neighbours are grouped by the field the link runs through, its direction and
//! the neighbour's kind; a group longer than [`FOLD_AT`] shows its first records and one row
//! that counts the rest ("+ 214 systems"), and what is folded is not walked further. So the tree
//! is bounded by what it shows, not by the catalogue: the busiest country of a 100 000-record
//! catalogue reads its two thousand backlinks once to count them, and walks a few dozen.

use std::collections::{HashMap, HashSet};

use crate::catalog::{Catalog, Field, Kind, RecordId};

mod words;
pub use words::{RowText, folded_text};

/// The shallowest and deepest a neighbourhood goes, and where it starts: the records linked to
/// one, and theirs.
pub const MIN_DEPTH: u8 = 1;
pub const MAX_DEPTH: u8 = 3;
pub const DEFAULT_DEPTH: u8 = 2;

/// The most rows one group shows: a longer one shows `FOLD_AT - 1` records and a count of the
/// rest (so a count is always of two or more: one more record would fit in its row).
pub const FOLD_AT: usize = 8;

/// Which way a link runs between a row's record and the record above it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// The record above names this one in its field ("Maker → Baykar").
    Out,
    /// This record names the one above in its field ("Maker ← Bayraktar TB2").
    In,
    /// This delegation names in its interests what the company above makes, not the company
    /// itself ("Interests (via Rys) ← Czech delegation"): `features::interest`'s interest
    /// through products. The records it runs through are the neighbourhood's [`Neighbourhood::via`].
    Through,
}

/// The link a row hangs from: the field it runs through, and which way.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Edge {
    pub field: Field,
    pub direction: Direction,
}

impl Edge {
    /// "→" for a link of the record above, "←" for one to it: the arrow points at the record
    /// the field names.
    pub fn arrow(self) -> &'static str {
        match self.direction {
            Direction::Out => "→",
            Direction::In | Direction::Through => "←",
        }
    }

    /// The edge for people: the field's label, in the reader's language, and its arrow
    /// ("Maker →").
    pub fn label(self) -> String {
        format!("{} {}", self.field.label(), self.arrow())
    }

    /// The direction as scripts read it (`show --json` says "links" and "backlinks").
    pub fn direction_key(self) -> &'static str {
        match self.direction {
            Direction::Out => "link",
            Direction::In => "backlink",
            Direction::Through => "interest-via",
        }
    }
}

/// What a row shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    /// The record the neighbourhood is of, at the top.
    Root(RecordId),
    /// A record, shown here in full (its own neighbours below it).
    Record { record: RecordId, edge: Edge },
    /// A record shown in full at row `full`, met again here through another link.
    Seen { record: RecordId, edge: Edge, full: usize },
    /// The records of a group past its first ones, counted: `parent`'s `count` records of
    /// `kind` linked through `edge`.
    Folded { parent: RecordId, edge: Edge, kind: Kind, count: usize },
}

impl Entry {
    /// The record the entry is about: a fold has none of its own.
    pub fn record(self) -> Option<RecordId> {
        match self {
            Entry::Root(record) | Entry::Record { record, .. } | Entry::Seen { record, .. } => {
                Some(record)
            }
            Entry::Folded { .. } => None,
        }
    }
}

/// One row of the tree, in the order shown (depth first, each record's groups in order).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub entry: Entry,
    /// 0 for the root, 1 for the records linked to it, and so on.
    pub depth: u8,
    /// The row of the record this one hangs from (none for the root).
    pub parent: Option<usize>,
    /// The last of its parent's rows: its branch ends here (└─ rather than ├─).
    pub last: bool,
    /// For each depth above this row's (1 to `depth - 1`), whether the line of the row at that
    /// depth it hangs under goes on below it (│), because more rows hang from that one's parent.
    rails: [bool; MAX_DEPTH as usize + 1],
}

impl Row {
    /// The box-drawing lines before the row's text: "│  ├─ " for a row at depth 2 under a row
    /// that has siblings after it; nothing for the root.
    pub fn prefix(&self) -> String {
        let mut prefix = String::new();
        if self.depth == 0 {
            return prefix;
        }
        for level in 1..self.depth {
            prefix.push_str(if self.rails[usize::from(level)] { "│  " } else { "   " });
        }
        prefix.push_str(if self.last { "└─ " } else { "├─ " });
        prefix
    }

    /// The record the row is about: a fold has none of its own.
    pub fn record(&self) -> Option<RecordId> {
        self.entry.record()
    }

    /// The link the row hangs from (none for the root).
    pub fn edge(&self) -> Option<Edge> {
        match self.entry {
            Entry::Root(_) => None,
            Entry::Record { edge, .. } | Entry::Seen { edge, .. } | Entry::Folded { edge, .. } => {
                Some(edge)
            }
        }
    }
}

/// A record's neighbourhood to some depth, as rows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Neighbourhood {
    pub root: RecordId,
    pub depth: u8,
    pub rows: Vec<Row>,
    /// For a delegation interested in a company through its products (a row whose edge runs
    /// [`Direction::Through`]), keyed by (company, delegation): the products, by name.
    pub via: HashMap<(RecordId, RecordId), Vec<RecordId>>,
}

/// A link as the data has it: `from`'s `field` names `to`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Link {
    pub from: RecordId,
    pub field: Field,
    pub to: RecordId,
}

impl Neighbourhood {
    /// The records shown in full (the root first), each once, with their depth.
    pub fn records(&self) -> impl Iterator<Item = (RecordId, u8)> + '_ {
        self.rows.iter().filter_map(|row| match row.entry {
            Entry::Root(record) | Entry::Record { record, .. } => Some((record, row.depth)),
            Entry::Seen { .. } | Entry::Folded { .. } => None,
        })
    }

    /// Every link a row shows (to a record in full or to one met again), as the data has it:
    /// from the record whose field it is to the record it names, each once (two records both
    /// in the tree show their link from both ends: one row in full, the other met again).
    pub fn links(&self) -> impl Iterator<Item = Link> + '_ {
        let mut given = HashSet::new();
        let links = self.rows.iter().filter_map(|row| {
            let (record, edge) = match row.entry {
                Entry::Record { record, edge } | Entry::Seen { record, edge, .. } => (record, edge),
                Entry::Root(_) | Entry::Folded { .. } => return None,
            };
            let above = self.rows.get(row.parent?)?.record()?;
            Some(match edge.direction {
                Direction::Out => Link { from: above, field: edge.field, to: record },
                Direction::In => Link { from: record, field: edge.field, to: above },
                Direction::Through => return None,
            })
        });
        links.filter(move |link| given.insert(*link))
    }

    /// Every link of the data between two records the tree shows in full, each once: the
    /// tree's own ([`Neighbourhood::links`]) first, then those the tree has no row for (two
    /// records placed under different parents that also name each other), so a drawing of
    /// the neighbourhood as a graph (DOT, Mermaid) leaves none of them out.
    pub fn links_among(&self, catalog: &Catalog) -> Vec<Link> {
        let shown: HashSet<RecordId> = self.records().map(|(record, _)| record).collect();
        let mut given: HashSet<Link> = HashSet::new();
        let mut links: Vec<Link> = self.links().filter(|link| given.insert(*link)).collect();
        for (record, _) in self.records() {
            for (field, to) in catalog.get(record).links() {
                let link = Link { from: record, field, to };
                if shown.contains(&to) && to != record && given.insert(link) {
                    links.push(link);
                }
            }
        }
        links
    }

    /// Every interest through products a row shows, each once: (the delegation, the company,
    /// the products its interests name), the delegation's row shown in full or met again,
    /// hanging from the company through those products, or through its interests in the
    /// company itself when it also names some of what the company makes.
    pub fn interests(&self) -> impl Iterator<Item = (RecordId, RecordId, &[RecordId])> + '_ {
        let mut given = HashSet::new();
        self.rows.iter().filter_map(move |row| {
            let (Entry::Record { record, edge } | Entry::Seen { record, edge, .. }) = row.entry
            else {
                return None;
            };
            if edge.field != Field::Interests || edge.direction == Direction::Out {
                return None;
            }
            let company = self.rows.get(row.parent?)?.record()?;
            let via = self.via_of(company, record);
            (!via.is_empty() && given.insert((record, company))).then_some((record, company, via))
        })
    }

    /// The products through which `delegation` is interested in `company` (empty if none).
    pub fn via_of(&self, company: RecordId, delegation: RecordId) -> &[RecordId] {
        self.via.get(&(company, delegation)).map_or(&[], Vec::as_slice)
    }
}

/// One group of a record's neighbours: those of one kind linked through one field, one way.
struct Group {
    edge: Edge,
    kind: Kind,
    /// The first [`FOLD_AT`] of them, in order.
    first: Vec<RecordId>,
    /// All of them.
    count: usize,
}

/// `record`'s neighbours, grouped: its own links first, in its fields' order, then what names
/// it, in the order of its backlinks (by kind, field and name). `above`, the record it hangs
/// from in the tree, is left out: the row above shows it. A neighbour is in one group only, and
/// counted once there: a record named twice in one field, or a delegation's head among its
/// members, is the first group's. A company's groups end with the delegations interested in it
/// only through what it makes (`features::interest`); the products of every interest through
/// products, direct as well or not, go into `via`.
fn groups(
    catalog: &Catalog,
    record: RecordId,
    above: Option<RecordId>,
    via: &mut HashMap<(RecordId, RecordId), Vec<RecordId>>,
) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    // Every neighbour met so far: a country's thousands are each looked up once here, which
    // keeps the count true and costs a hash per backlink.
    let mut met: HashSet<RecordId> = HashSet::from([record]);
    met.extend(above);
    let mut add = |edge: Edge, neighbour: RecordId| {
        if !met.insert(neighbour) {
            return;
        }
        let kind = catalog.get(neighbour).kind();
        let at = match groups.iter().rposition(|g| g.edge == edge && g.kind == kind) {
            Some(at) => at,
            None => {
                groups.push(Group { edge, kind, first: Vec::new(), count: 0 });
                groups.len() - 1
            }
        };
        let group = &mut groups[at];
        if group.first.len() < FOLD_AT {
            group.first.push(neighbour);
        }
        group.count += 1;
    };
    for (field, target) in catalog.get(record).links() {
        add(Edge { field, direction: Direction::Out }, target);
    }
    for backlink in catalog.backlinks(record) {
        add(Edge { field: backlink.field, direction: Direction::In }, backlink.from);
    }
    if catalog.get(record).kind() == Kind::Company {
        let through = Edge { field: Field::Interests, direction: Direction::Through };
        for interest in crate::features::interest::interested_in(catalog, record) {
            // Through the product the company hangs from only, the row above says so.
            let products: Vec<RecordId> =
                interest.via.into_iter().filter(|&product| Some(product) != above).collect();
            if products.is_empty() {
                continue;
            }
            via.insert((record, interest.delegation), products);
            // Met directly, a delegation is in the Interests ← group already, which then says
            // "directly and via".
            if !interest.direct {
                add(through, interest.delegation);
            }
        }
    }
    groups
}

/// A record of the tree while it is built: where it hangs and what hangs from it.
struct Node {
    record: RecordId,
    above: Option<RecordId>,
    depth: u8,
    children: Vec<Child>,
}

enum Child {
    /// A record placed here (an index into the nodes).
    Node {
        node: usize,
        edge: Edge,
    },
    /// A record placed elsewhere (its node).
    Seen {
        record: RecordId,
        edge: Edge,
        node: usize,
    },
    Folded {
        edge: Edge,
        kind: Kind,
        count: usize,
    },
}

/// The neighbourhood of `root` to `depth` (kept within [`MIN_DEPTH`]..=[`MAX_DEPTH`]).
pub fn neighbourhood(catalog: &Catalog, root: RecordId, depth: u8) -> Neighbourhood {
    let depth = depth.clamp(MIN_DEPTH, MAX_DEPTH);
    let mut nodes = vec![Node { record: root, above: None, depth: 0, children: Vec::new() }];
    let mut placed: HashMap<RecordId, usize> = HashMap::from([(root, 0)]);
    let mut via = HashMap::new();
    // The nodes are appended breadth-first, so walking them in order is the breadth-first walk:
    // a record is placed at the first (shallowest) row that reaches it.
    let mut next = 0;
    while next < nodes.len() {
        let at = next;
        next += 1;
        let (record, above, level) = (nodes[at].record, nodes[at].above, nodes[at].depth);
        if level >= depth {
            continue;
        }
        let mut children = Vec::new();
        for group in groups(catalog, record, above, &mut via) {
            let (shown, folded) = if group.count > FOLD_AT {
                (&group.first[..FOLD_AT - 1], group.count - (FOLD_AT - 1))
            } else {
                (&group.first[..], 0)
            };
            for &neighbour in shown {
                match placed.get(&neighbour) {
                    Some(&node) => {
                        children.push(Child::Seen { record: neighbour, edge: group.edge, node })
                    }
                    None => {
                        let node = nodes.len();
                        nodes.push(Node {
                            record: neighbour,
                            above: Some(record),
                            depth: level + 1,
                            children: Vec::new(),
                        });
                        placed.insert(neighbour, node);
                        children.push(Child::Node { node, edge: group.edge });
                    }
                }
            }
            if folded > 0 {
                children.push(Child::Folded { edge: group.edge, kind: group.kind, count: folded });
            }
        }
        nodes[at].children = children;
    }
    let mut rows = Vec::new();
    let mut row_of = vec![0; nodes.len()];
    let root_row = Row {
        entry: Entry::Root(root),
        depth: 0,
        parent: None,
        last: true,
        rails: [false; MAX_DEPTH as usize + 1],
    };
    rows.push(root_row);
    emit(&nodes, 0, 0, &mut rows, &mut row_of);
    // A record met again points at the row that shows it, now that every row has its place.
    for row in &mut rows {
        if let Entry::Seen { full, .. } = &mut row.entry {
            *full = row_of[*full];
        }
    }
    Neighbourhood { root, depth, rows, via }
}

/// The rows under node `at` (shown at row `row`), depth first.
fn emit(nodes: &[Node], at: usize, row: usize, rows: &mut Vec<Row>, row_of: &mut [usize]) {
    row_of[at] = row;
    let (depth, rails) = (rows[row].depth + 1, rows[row].rails);
    let count = nodes[at].children.len();
    for (index, child) in nodes[at].children.iter().enumerate() {
        let last = index + 1 == count;
        let mut rails_below = rails;
        // The rows under this one keep a line down its depth while siblings follow it.
        rails_below[usize::from(depth)] = !last;
        let parent = Some(row);
        let entry = match *child {
            Child::Node { node, edge } => Entry::Record { record: nodes[node].record, edge },
            // Resolved to the full row once all rows are placed.
            Child::Seen { record, edge, node } => Entry::Seen { record, edge, full: node },
            Child::Folded { edge, kind, count } => {
                Entry::Folded { parent: nodes[at].record, edge, kind, count }
            }
        };
        rows.push(Row { entry, depth, parent, last, rails: rails_below });
        if let Child::Node { node, .. } = *child {
            let here = rows.len() - 1;
            emit(nodes, node, here, rows, row_of);
        }
    }
}

#[cfg(test)]
mod tests;
