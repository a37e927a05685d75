//! The detail document, the compare table and the relationship view's neighbourhood, built once
//! per change rather than per call. Each is a pure function of a few inputs (the record, the
//! width, its note; the tray and the view's area; the record and the depth). `update` keeps the last one built, with the inputs it was built from, when it
//! ends; a later call with the same inputs — every frame drawn, and most of the next key's
//! questions — gets that one instead of laying the page out again.

use std::sync::Arc;

use ratatui::layout::Rect;

use super::App;
use super::compare_view::{self, CompareTable};
use super::detail::{self, DetailDoc};
use crate::catalog::RecordId;
use crate::features::graph::Neighbourhood;
use crate::state::Note;

#[derive(Clone, PartialEq, Eq)]
struct DocInputs {
    record: RecordId,
    width: usize,
    note: Option<Note>,
    /// `record` is one of the earlier edition's, gone from this one ("Removed since OLD").
    removed: bool,
}

#[derive(Clone, PartialEq, Eq)]
struct TableInputs {
    tray: Vec<RecordId>,
    area: Rect,
}

#[derive(Default)]
pub(super) struct Built {
    doc: Option<(DocInputs, Arc<DetailDoc>)>,
    table: Option<(TableInputs, Arc<CompareTable>)>,
    graph: Option<((RecordId, u8), Arc<Neighbourhood>)>,
}

impl App {
    fn doc_inputs(&self) -> Option<DocInputs> {
        let width = self.detail_width();
        if let Some(record) = self.removed_shown() {
            return Some(DocInputs { record, width, note: None, removed: true });
        }
        let record = self.shown()?;
        let note = self.state.note(self.catalog.get(record).id()).cloned();
        Some(DocInputs { record, width, note, removed: false })
    }

    /// Forget the pages built: what they were built from changed beyond their inputs (an
    /// earlier edition to compare with).
    pub(super) fn forget_built(&mut self) {
        self.built = Built::default();
    }

    /// The detail document of the shown record.
    pub fn detail_doc(&self) -> Option<Arc<DetailDoc>> {
        let inputs = self.doc_inputs()?;
        match &self.built.doc {
            Some((built, doc)) if *built == inputs => Some(Arc::clone(doc)),
            _ => Some(Arc::new(build_doc(self, &inputs))),
        }
    }

    /// The compare table for the tray drawn in `area`.
    pub fn compare_table(&self, area: Rect) -> Arc<CompareTable> {
        let inputs = TableInputs { tray: self.tray.clone(), area };
        match &self.built.table {
            Some((built, table)) if *built == inputs => Arc::clone(table),
            _ => Arc::new(compare_view::table(self, area)),
        }
    }

    /// The compare table as the screen shows it, while the view is open.
    pub fn current_compare_table(&self) -> Option<Arc<CompareTable>> {
        self.areas().and_then(|areas| areas.compare).map(|area| self.compare_table(area))
    }

    /// The neighbourhood the relationship view shows, while it is open.
    pub fn graph(&self) -> Option<Arc<Neighbourhood>> {
        let view = self.graph_view()?;
        let inputs = (view.record, view.depth);
        Some(match &self.built.graph {
            Some((built, found)) if *built == inputs => Arc::clone(found),
            _ => Arc::new(crate::features::graph::neighbourhood(&self.catalog, inputs.0, inputs.1)),
        })
    }

    /// Keep a neighbourhood `update` has just built, so the end of `update` does not build it
    /// again.
    pub(super) fn keep_graph(&mut self, record: RecordId, depth: u8, found: Arc<Neighbourhood>) {
        self.built.graph = Some(((record, depth), found));
    }

    /// Keep what the screen now shows built, for drawing and the next key (end of `update`).
    pub(super) fn keep_built(&mut self) {
        let doc = self.doc_inputs().map(|inputs| {
            let doc = self.detail_doc().unwrap_or_else(|| Arc::new(build_doc(self, &inputs)));
            (inputs, doc)
        });
        let table = self
            .areas()
            .and_then(|areas| areas.compare)
            .map(|area| (TableInputs { tray: self.tray.clone(), area }, self.compare_table(area)));
        // A page laid out anew at another width (a resize, or a narrow screen's pane changing
        // with the focus) can be shorter than where it was scrolled to.
        if let Some((_, doc)) = &doc {
            self.detail.scroll = self.detail.scroll.min(doc.rows.len().saturating_sub(1));
        }
        let graph = self.graph_view().map(|view| (view.record, view.depth)).zip(self.graph());
        self.built = Built { doc, table, graph };
    }
}

fn build_doc(app: &App, inputs: &DocInputs) -> DetailDoc {
    let earlier = app.earlier();
    if inputs.removed {
        return earlier.map_or_else(DetailDoc::default, |earlier| {
            super::editions::removed_page(earlier, inputs.record, inputs.width)
        });
    }
    let mut doc = detail::build(&app.catalog, inputs.record, inputs.width, inputs.note.as_ref());
    if let Some(earlier) = earlier {
        let changed =
            super::editions::changed_rows(earlier, &app.catalog, inputs.record, inputs.width);
        // After the card and the summary, before the note and the links: the first heading
        // has a blank row above it.
        let at = doc.rows.iter().position(|row| matches!(row, detail::Row::Heading(_)));
        let at = at.map_or(doc.rows.len(), |at| at.saturating_sub(1));
        // Links are kept by the row they are drawn on: those below move down.
        let moved = changed.len();
        for (_, row) in &mut doc.links {
            if *row >= at {
                *row += moved;
            }
        }
        doc.rows.splice(at..at, changed);
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::browser::app::{Action, update};
    use crate::catalog::{embedded, load};

    #[test]
    fn a_frame_reuses_the_page_update_built_and_a_change_builds_it_anew() {
        let mut app = App::new(load(&embedded()).catalog, 120, 40);
        update(&mut app, Action::Down);
        let first = app.detail_doc().expect("a record is shown");
        let again = app.detail_doc().expect("a record is shown");
        assert!(Arc::ptr_eq(&first, &again), "drawing twice lays the page out once");
        // Another record, and another width, are other pages.
        update(&mut app, Action::Down);
        let next = app.detail_doc().expect("a record is shown");
        assert!(!Arc::ptr_eq(&first, &next));
        update(&mut app, crate::browser::app::Msg::Resize { width: 80, height: 24 });
        let narrow = app.detail_doc().expect("a record is shown");
        assert!(!Arc::ptr_eq(&next, &narrow));
        assert_eq!(
            narrow.rows.len(),
            detail::build(&app.catalog, app.shown().expect("shown"), app.detail_width(), None)
                .rows
                .len(),
            "what was kept is what building it now gives"
        );
    }
}
