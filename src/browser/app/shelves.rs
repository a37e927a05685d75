//! The kinds pane's entries (My plan, the floor plan, a list per kind) and which one is
//! selected. The selection is private: [`super::App::open_section`] is the one way to change it,
//! and it rebuilds the list, so the list can never show another entry's records.

use crate::catalog::{Catalog, Kind, RecordId};
use crate::features::facet::Filters;

/// What an entry of the kinds pane holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shelf {
    /// The user's marked records (and schedule items), grouped as [`crate::features::plan::planned`] says.
    Plan,
    /// The stands of every hall, drawn as a floor plan rather than listed.
    Floor,
    Kind(Kind),
}

/// One entry of the kinds pane and its records in display order.
#[derive(Debug)]
pub struct Section {
    pub shelf: Shelf,
    pub records: Vec<RecordId>,
}

impl Section {
    /// The kind of record the entry lists; `None` for the plan, which mixes kinds.
    pub fn kind(&self) -> Option<Kind> {
        match self.shelf {
            Shelf::Kind(kind) => Some(kind),
            Shelf::Plan => None,
            Shelf::Floor => Some(Kind::Stand),
        }
    }

    pub fn label(&self) -> &'static str {
        match self.shelf {
            Shelf::Kind(kind) => kind.plural(),
            Shelf::Plan => crate::tr!("ui-shelf-plan"),
            Shelf::Floor => crate::tr!("ui-floor-title"),
        }
    }
}

/// Every entry, the selected one, and per entry the facet values its list is narrowed to
/// (kept when moving between kinds).
#[derive(Debug)]
pub struct Shelves {
    sections: Vec<Section>,
    selected: usize,
    facets: Vec<Filters>,
}

impl Shelves {
    /// My plan (empty until the state is read), the floor plan, then each kind the catalogue
    /// has, with the first kind selected.
    pub fn new(catalog: &Catalog) -> Shelves {
        let sections: Vec<Section> = [
            Section { shelf: Shelf::Plan, records: Vec::new() },
            Section {
                shelf: Shelf::Floor,
                records: crate::features::floor::stands_in_order(catalog),
            },
        ]
        .into_iter()
        // Stands are shown by the floor plan entry, not listed again.
        .chain(
            Kind::ALL
                .iter()
                .filter(|kind| **kind != Kind::Stand && !catalog.of_kind(**kind).is_empty())
                .map(|&kind| Section {
                    shelf: Shelf::Kind(kind),
                    // The catalogue lists each kind in display order already: by name,
                    // the programme by when it happens.
                    records: catalog.of_kind(kind).to_vec(),
                }),
        )
        .collect();
        let first_kind =
            sections.iter().position(|s| matches!(s.shelf, Shelf::Kind(_))).unwrap_or(0);
        let facets = vec![Filters::default(); sections.len()];
        Shelves { sections, selected: first_kind, facets }
    }

    pub fn all(&self) -> &[Section] {
        &self.sections
    }

    pub fn selected(&self) -> usize {
        self.selected
    }

    pub fn current(&self) -> Option<&Section> {
        self.sections.get(self.selected)
    }

    /// The entry of `shelf`.
    pub fn position(&self, shelf: Shelf) -> Option<usize> {
        self.sections.iter().position(|s| s.shelf == shelf)
    }

    /// The entry that lists records of `kind` (the floor plan for stands).
    pub fn position_of_kind(&self, kind: Kind) -> Option<usize> {
        self.sections.iter().position(|s| s.kind() == Some(kind))
    }

    /// What My plan lists.
    pub fn plan(&self) -> &[RecordId] {
        self.position(Shelf::Plan).map_or(&[], |i| &self.sections[i].records)
    }

    pub(super) fn set_plan(&mut self, records: Vec<RecordId>) {
        if let Some(plan) = self.sections.iter_mut().find(|s| s.shelf == Shelf::Plan) {
            plan.records = records;
        }
    }

    /// The facet filters of the selected entry.
    pub fn current_facets(&self) -> Option<&Filters> {
        self.facets.get(self.selected)
    }

    pub(super) fn current_facets_mut(&mut self) -> Option<&mut Filters> {
        self.facets.get_mut(self.selected)
    }

    /// Select entry `index` (when there is one); whether the selection moved. Only
    /// `App::open_section` calls it, and rebuilds the list after.
    pub(super) fn select(&mut self, index: usize) -> bool {
        let moved = index != self.selected && index < self.sections.len();
        if moved {
            self.selected = index;
        }
        moved
    }
}

/// The cells a kinds pane row needs: a space, the label, a space, the count, a space.
pub(super) fn kinds_row_width(label: &str, count: usize) -> usize {
    use unicode_width::UnicodeWidthStr;
    label.width() + count.to_string().len() + 3
}

impl super::App {
    /// Select entry `index` of the kinds pane, with `keep` selected in its list when it is
    /// there. Moving to another entry clears the text filter (it was typed for that list); the
    /// list is always rebuilt. The one way the selection changes.
    pub(super) fn open_section(&mut self, index: usize, keep: Option<RecordId>) {
        if self.shelves.select(index) {
            self.filter.clear();
        }
        self.refilter(keep);
    }

    /// Rebuild the visible list from the section and the filter, keeping `keep` selected when
    /// it is still visible.
    pub(super) fn refilter(&mut self, keep: Option<RecordId>) {
        let Some(section) = self.shelves.current() else {
            self.list = super::ListView::default();
            return;
        };
        let query = self.filter.text();
        self.list.unfaceted = if query.trim().is_empty() {
            section.records.clone()
        } else {
            let mut matched: Vec<bool> = vec![false; self.catalog.len()];
            for hit in self.index.search(query, section.kind()) {
                matched[hit.record.index()] = true;
            }
            section.records.iter().copied().filter(|id| matched[id.index()]).collect()
        };
        self.list.visible = match self.shelves.current_facets().filter(|f| !f.is_empty()) {
            None => self.list.unfaceted.clone(),
            Some(filters) => match &self.facet_count {
                super::FacetCount::Ready(index) => index.admitted(&self.list.unfaceted, filters),
                _ => {
                    let catalog = &self.catalog;
                    let admits = |id: &RecordId| filters.admits(catalog, *id);
                    self.list.unfaceted.iter().copied().filter(admits).collect()
                }
            },
        };
        self.list.cursor =
            keep.and_then(|id| self.list.visible.iter().position(|&v| v == id)).unwrap_or(0);
        self.list.offset = 0;
        self.keep_list_cursor_visible();
    }

    /// Apply the filters after they changed, keeping the selection when it survives.
    pub(super) fn refilter_keeping_selection(&mut self) {
        let keep = self.selected();
        self.refilter(keep);
    }

    pub(super) fn keep_list_cursor_visible(&mut self) {
        let rows = self.list_rows().max(1);
        self.list.offset = super::keep_visible(self.list.cursor, self.list.offset, rows);
    }
}
