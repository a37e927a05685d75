//! The browser against an earlier edition (`--compare-to`): the badges read how each record
//! stands, a changed record's page says what changed, and "Removed since OLD", the last entry
//! of the kinds pane, lists what is gone, each with its page as it stood, read-only.

use std::sync::Arc;

use super::detail::{self, DetailDoc, Row};
use super::{Action, App, Edition, ModeName, Pane, Section, Shelf};
use crate::catalog::RecordId;
use crate::features::diff::Earlier;
use crate::text::{fold, sanitize_line};

impl App {
    /// Compare with `earlier` from now on: badges, "Changed since" on the pages, and the
    /// removed records' entry in the kinds pane when some are gone.
    pub fn set_earlier(&mut self, earlier: Earlier) {
        let label = crate::tr!("edition-removed-since", edition = sanitize_line(earlier.name()));
        let removed = earlier.removed_records().to_vec();
        let keep = self.selected();
        self.earlier = Some(Arc::new(earlier));
        self.shelves.set_removed(label, removed);
        self.refilter(keep);
        self.forget_built();
        self.keep_built();
    }

    /// The earlier edition this catalogue is compared with, when there is one.
    pub fn earlier(&self) -> Option<&Earlier> {
        self.earlier.as_deref()
    }

    pub fn edition_of(&self, record: RecordId) -> Edition {
        self.earlier.as_ref().map_or(Edition::Same, |earlier| earlier.edition_of(record))
    }

    /// The removed records' entry is the one on screen.
    pub fn on_removed(&self) -> bool {
        self.current_section().is_some_and(|section| section.shelf == Shelf::Removed)
    }

    /// On "Removed since OLD", the record under the list cursor: an id in the earlier
    /// edition's catalogue. None while searching: the detail pane previews the result.
    pub fn removed_shown(&self) -> Option<RecordId> {
        if !self.on_removed() || matches!(self.mode, super::Mode::Search) {
            return None;
        }
        self.list.visible.get(self.list.cursor).copied()
    }

    /// Whether `action` is one a removed record's old page cannot take: nothing of it is here
    /// to mark, note, copy, compare, follow, place on the floor, narrow, export or see the
    /// relationships of (its links lead into the earlier edition). `update` refuses these
    /// with [`App::removed_not_here`], and the status bar does not offer them.
    pub fn refused_on_removed(&self, action: &Action) -> bool {
        const REFUSED: [Action; 8] = [
            Action::ToggleMark,
            Action::OpenNote,
            Action::CopyRecord,
            Action::ToggleCompare,
            Action::OpenGraph,
            Action::ShowOnFloor,
            Action::OpenFacets,
            Action::ExportList,
        ];
        matches!(self.mode.name(), ModeName::Browse)
            && self.removed_shown().is_some()
            && (REFUSED.contains(action) || *action == Action::Open && self.focus == Pane::Detail)
    }

    /// What to say when a key asks to mark, note, copy or compare a record that is gone.
    pub(super) fn removed_not_here(&self) -> Option<String> {
        let (gone, earlier) = self.removed_shown().zip(self.earlier())?;
        let name = sanitize_line(earlier.catalog().get(gone).name());
        let edition = sanitize_line(earlier.name());
        Some(crate::tr!("edition-removed-not-here", name = name, edition = edition))
    }
}

/// The removed records of `section` whose name or id, folded, holds `query`, in order.
pub(super) fn removed_matching(
    earlier: Option<&Earlier>,
    section: &Section,
    query: &str,
) -> Vec<RecordId> {
    let wanted = fold(query.trim());
    let Some(earlier) = earlier else { return Vec::new() };
    let old = earlier.catalog();
    section
        .records
        .iter()
        .copied()
        .filter(|&id| {
            let record = old.get(id);
            wanted.is_empty()
                || fold(record.name()).contains(&wanted)
                || fold(record.id()).contains(&wanted)
        })
        .collect()
}

/// The page of a record that is gone, as the earlier edition had it, read-only: its links are
/// names to read, not to follow (they lead into the earlier edition), under a line that says
/// where the page is from.
pub fn removed_page(earlier: &Earlier, record: RecordId, width: usize) -> DetailDoc {
    let old = earlier.catalog();
    let mut doc = detail::build(old, record, width, None);
    for row in &mut doc.rows {
        if let Row::Link { target, .. } = row {
            let (name, context) = detail::link_text(old, *target);
            *row = Row::Text(format!("   {name}  {context}"));
        }
    }
    doc.links.clear();
    let edition = sanitize_line(earlier.name());
    let said = crate::tr!("edition-removed-page", edition = edition);
    // Under the title and the kind's line, before anything the page says.
    let at = doc.rows.iter().position(|row| matches!(row, Row::Meta(_))).map_or(0, |at| at + 1);
    let lines: Vec<Row> = detail::wrap(&said, width).into_iter().map(Row::Dim).collect();
    doc.rows.splice(at..at, lines);
    doc
}

/// The "Changed since OLD" rows of `record`'s page, when it changed: a heading, then each
/// change on its own lines ("Stand: B-112 → B-120"), wrapped to `width`.
pub fn changed_rows(
    earlier: &Earlier,
    catalog: &crate::catalog::Catalog,
    record: RecordId,
    width: usize,
) -> Vec<Row> {
    let Some(changes) = earlier.shown_changes(catalog, record) else { return Vec::new() };
    let edition = sanitize_line(earlier.name());
    let mut rows =
        vec![Row::Blank, Row::Section(crate::tr!("edition-changed-since", edition = edition))];
    for change in changes {
        for (at, line) in
            detail::wrap(&change.line(), width.saturating_sub(2)).into_iter().enumerate()
        {
            let indent = if at == 0 { "" } else { "  " };
            rows.push(Row::Text(format!("{indent}{line}")));
        }
    }
    rows
}
