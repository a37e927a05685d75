//! The facet panel's state: for the list's kind, each facet with its values and their counts
//! under the other facets' filters, rebuilt whenever a value is chosen or dropped.

use crate::catalog::{Field, Kind, RecordId};
use std::sync::Arc;

use super::{FacetCount, Mode};
use crate::features::diff::{Edition, Editions};
use crate::features::facet::{FacetIndex, Filters, facets_of};

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
    /// The `edition` facet's name (against an earlier edition, `--compare-to`).
    EditionHeading,
    /// What is new, or changed, since the earlier edition.
    EditionValue {
        edition: Edition,
        count: usize,
        selected: bool,
    },
}

impl FacetRow {
    /// A row the cursor can be on and Space chooses.
    pub fn is_value(&self) -> bool {
        matches!(self, FacetRow::Value { .. } | FacetRow::EditionValue { .. })
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetPanel {
    pub rows: Vec<FacetRow>,
    /// The row the cursor is on: always a value row while there is one.
    pub cursor: usize,
    pub offset: usize,
}

/// The panel's rows for `kind`'s facets over `records`, with `filters` in effect, the
/// `edition` facet first when `editions` says how records stand against an earlier edition. A
/// facet no record has a value for is left out.
pub fn rows(
    index: &FacetIndex,
    kind: Option<Kind>,
    records: &[RecordId],
    filters: &Filters,
    editions: Option<&Editions>,
) -> Vec<FacetRow> {
    let mut rows = Vec::new();
    let counted = editions.map(|editions| index.edition_counts(records, filters, editions));
    if let Some(counted) = counted.filter(|counted| !counted.is_empty()) {
        rows.push(FacetRow::EditionHeading);
        rows.extend(counted.into_iter().map(|(edition, count)| FacetRow::EditionValue {
            edition,
            count,
            selected: filters.is_edition_selected(edition),
        }));
    }
    // My plan is of every kind: only the edition's facet is its.
    for field in kind.map(facets_of).unwrap_or_default() {
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
        let is_value = |i: &usize| self.rows.get(*i).is_some_and(FacetRow::is_value);
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

impl super::App {
    /// The facet filters of the list on screen.
    pub fn current_facets(&self) -> Option<&crate::features::facet::Filters> {
        self.shelves.current_facets()
    }

    /// Rebuild the open facet panel's rows for the current list, keeping the cursor on the
    /// value it was on (or near where it was) and on screen. The index is counted the first
    /// time: on a thread when the session has one to spare, here otherwise.
    pub(super) fn rebuild_facet_panel(&mut self) {
        let rows_on_screen = self.facet_rows().max(1);
        let Some(kind) = self.current_section().map(|s| s.kind()) else { return };
        if matches!(self.facet_count, FacetCount::NotYet) {
            self.facet_count = if self.settings.background_facets {
                // At a million records counting takes over a second: ask for it on a thread,
                // and show that it is counting until it comes.
                self.effects.push(super::Effect::CountFacets);
                FacetCount::Counting
            } else {
                FacetCount::Ready(Arc::new(FacetIndex::build(&self.catalog)))
            };
        }
        let Mode::Facets(panel) = &mut self.mode else { return };
        let (FacetCount::Ready(index), Some(filters)) =
            (&self.facet_count, self.shelves.current_facets())
        else {
            panel.rows.clear();
            return;
        };
        // The cursor stays on the value it was on: choosing a value hides others, and a
        // cursor left at the same row number would land on a different value.
        let was_on = panel.rows.get(panel.cursor).cloned();
        let editions = self.earlier.as_ref().map(|earlier| &**earlier.editions());
        panel.rows = rows(index, kind, &self.list.unfaceted, filters, editions);
        let same_value = was_on.and_then(|was| match was {
            FacetRow::Value { field, value, .. } => panel.rows.iter().position(|row| {
                matches!(row, FacetRow::Value { field: f, value: v, .. } if *f == field && *v == value)
            }),
            FacetRow::EditionValue { edition, .. } => panel.rows.iter().position(|row| {
                matches!(row, FacetRow::EditionValue { edition: e, .. } if *e == edition)
            }),
            _ => None,
        });
        let cursor = same_value.unwrap_or_else(|| {
            let near = panel.cursor.min(panel.rows.len().saturating_sub(1));
            panel.value_row_near(near, true)
        });
        panel.cursor = cursor;
        panel.offset = super::keep_visible(cursor, panel.offset.min(cursor), rows_on_screen);
    }
}
