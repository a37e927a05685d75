//! A neighbourhood's rows in words, for people: the browser styles each part, the CLI's text
//! prints them one after another. Every string from the data is sanitised here.

use super::{Direction, Entry, Neighbourhood};
use crate::catalog::{Catalog, Field, Kind, RecordId};
use crate::text::sanitize_line;

/// "+ 214 systems": a fold's row, in the reader's language.
pub fn folded_text(kind: Kind, count: usize) -> String {
    crate::tr!(
        "graph-folded",
        count = count,
        kind = kind.label().to_lowercase(),
        kinds = kind.plural().to_lowercase()
    )
}

/// A row in words, in four parts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowText {
    /// The box-drawing lines ([`Row::prefix`]).
    pub prefix: String,
    /// The edge's label and arrow and a space ("Maker → "); empty for the root.
    pub edge: String,
    /// The record's name, or the fold's count ("+ 214 systems").
    pub name: String,
    /// After the name: the record's kind, and where a record met again is shown in full.
    pub context: String,
}

impl RowText {
    /// The row on one line, as `showfloor graph` prints it.
    pub fn line(&self) -> String {
        let mut line = format!("{}{}{}", self.prefix, self.edge, self.name);
        if !self.context.is_empty() {
            line.push_str("  ");
            line.push_str(&self.context);
        }
        line
    }
}

impl Neighbourhood {
    /// Row `at` in words.
    pub fn row_text(&self, catalog: &Catalog, at: usize) -> Option<RowText> {
        let row = self.rows.get(at)?;
        let edge = match row.edge() {
            None => String::new(),
            Some(edge) if edge.field == Field::Interests && edge.direction != Direction::Out => {
                // "Interests (via Rys) ← ": the products the delegation's interests name; a
                // delegation that names the company too is "directly and via"; a fold of them
                // has no one delegation's products to name.
                let company = row.parent.and_then(|p| self.rows.get(p)?.record());
                let via = match (company, row.record()) {
                    (Some(company), Some(delegation)) => self.via_of(company, delegation),
                    _ => &[],
                };
                let direct = edge.direction == Direction::In;
                match (edge.direction, row.record()) {
                    (Direction::Through, None) => format!(
                        "{} ({}) {} ",
                        edge.field.label(),
                        crate::tr!("graph-interest-via-products"),
                        edge.arrow()
                    ),
                    _ if direct && via.is_empty() => format!("{} ", edge.label()),
                    _ => {
                        let via = crate::features::interest::via_text(catalog, direct, via);
                        format!("{} ({via}) {} ", edge.field.label(), edge.arrow())
                    }
                }
            }
            Some(edge) => format!("{} ", edge.label()),
        };
        let kind = |record: RecordId| catalog.get(record).kind().label().to_lowercase();
        let name = |record: RecordId| sanitize_line(catalog.get(record).name()).into_owned();
        let (name, context) = match row.entry {
            Entry::Root(record) | Entry::Record { record, .. } => (name(record), kind(record)),
            Entry::Seen { record, full, .. } => {
                let place = if full < at {
                    crate::tr!("ui-graph-shown-above")
                } else {
                    crate::tr!("ui-graph-shown-below")
                };
                (name(record), format!("{} · {place}", kind(record)))
            }
            Entry::Folded { kind, count, .. } => (folded_text(kind, count), String::new()),
        };
        Some(RowText { prefix: row.prefix(), edge, name, context })
    }
}
