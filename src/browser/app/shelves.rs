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
    /// The records of the earlier edition (`--compare-to`) this one no longer has: ids in the
    /// earlier edition's catalogue, not this one's, so nothing of this catalogue is selected
    /// there (`App::selected` is `None`) and their pages are the earlier edition's.
    Removed,
}

/// One entry of the kinds pane and its records in display order.
#[derive(Debug)]
pub struct Section {
    pub shelf: Shelf,
    pub records: Vec<RecordId>,
    /// The entry's label when the shelf's own is not enough ("Removed since bamex-2024").
    pub named: Option<String>,
}

impl Section {
    /// The kind of record the entry lists; `None` for the plan and the removed records, which
    /// mix kinds.
    pub fn kind(&self) -> Option<Kind> {
        match self.shelf {
            Shelf::Kind(kind) => Some(kind),
            Shelf::Plan | Shelf::Removed => None,
            Shelf::Floor => Some(Kind::Stand),
        }
    }

    pub fn label(&self) -> &str {
        if let Some(named) = &self.named {
            return named;
        }
        match self.shelf {
            Shelf::Kind(kind) => kind.plural(),
            Shelf::Plan => crate::tr!("ui-shelf-plan"),
            Shelf::Floor => crate::tr!("ui-floor-title"),
            Shelf::Removed => crate::tr!("edition-removed-since"),
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
            Section { shelf: Shelf::Plan, records: Vec::new(), named: None },
            Section {
                shelf: Shelf::Floor,
                records: crate::features::floor::stands_in_order(catalog),
                named: None,
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
                    named: None,
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

    /// Add (or replace) the last entry, "Removed since OLD", listing `records` of the earlier
    /// edition under `label`; none when nothing is gone.
    pub(super) fn set_removed(&mut self, label: String, records: Vec<RecordId>) {
        if let Some(at) = self.position(Shelf::Removed) {
            self.sections.remove(at);
            self.facets.remove(at);
            if self.selected >= self.sections.len() {
                self.selected = self.sections.len().saturating_sub(1);
            }
        }
        if !records.is_empty() {
            self.sections.push(Section { shelf: Shelf::Removed, records, named: Some(label) });
            self.facets.push(Filters::default());
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
        if section.shelf == Shelf::Removed {
            // The earlier edition's records: matched by name or id in that edition, with no
            // facets (they count this catalogue's values).
            self.list.unfaceted = super::editions::removed_matching(self.earlier(), section, query);
            self.list.visible = self.list.unfaceted.clone();
            self.list.cursor =
                keep.and_then(|id| self.list.visible.iter().position(|&v| v == id)).unwrap_or(0);
            self.list.offset = 0;
            self.keep_list_cursor_visible();
            return;
        }
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
