//! The facet panel's state: for the list's kind, each facet with its values and their counts
//! under the other facets' filters, rebuilt whenever a value is chosen or dropped.

use crate::catalog::{Field, Kind, RecordId};
use crate::facet::{FacetIndex, Filters, facets_of};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FacetRow {
    /// A facet's name, above its values.
    Heading(Field),
    Value {
        field: Field,
        value: String,
        count: usize,
        selected: bool,
    },
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetPanel {
    pub rows: Vec<FacetRow>,
    /// The row the cursor is on: always a value row while there is one.
    pub cursor: usize,
    pub offset: usize,
}

/// The panel's rows for `kind`'s facets over `records`, with `filters` in effect. A facet no
/// record has a value for is left out.
pub fn rows(
    index: &FacetIndex,
    kind: Kind,
    records: &[RecordId],
    filters: &Filters,
) -> Vec<FacetRow> {
    let mut rows = Vec::new();
    for field in facets_of(kind) {
        let values = index.counts(records, filters, field);
        if values.is_empty() {
            continue;
        }
        rows.push(FacetRow::Heading(field));
        rows.extend(values.into_iter().map(|(value, count)| FacetRow::Value {
            field,
            value: value.to_owned(),
            count,
            selected: filters.is_selected(field, value),
        }));
    }
    rows
}

impl FacetPanel {
    /// The nearest value row to `from`, looking first in the direction of travel.
    pub fn value_row_near(&self, from: usize, forward: bool) -> usize {
        let is_value = |i: &usize| matches!(self.rows.get(*i), Some(FacetRow::Value { .. }));
        let ahead: Option<usize> = if forward {
            (from..self.rows.len()).find(is_value)
        } else {
            (0..=from.min(self.rows.len().saturating_sub(1))).rev().find(is_value)
        };
        let behind = || {
            if forward {
                (0..from.min(self.rows.len())).rev().find(is_value)
            } else {
                (from..self.rows.len()).find(is_value)
            }
        };
        ahead.or_else(behind).unwrap_or(0)
    }
}
