//! `update` for the relationship view (r): opening it on a record as a visit of the history,
//! moving through its rows, a link further or nearer, Enter into the record's page (a new
//! visit), and closing back to the page it was opened from. Back and forward walk through it
//! as through pages (`browsing::walk_history` reopens it from its route).

use super::*;
use crate::browser::app::GraphView;
use crate::features::graph::{DEFAULT_DEPTH, Entry, MAX_DEPTH, MIN_DEPTH};

/// Open the view on the record in focus: its page becomes part of the history first (it may
/// only have been previewed from the list), as following a link makes it, so back returns to
/// it; then the view is a visit of its own.
pub(super) fn open_graph(app: &mut App) {
    let Some(record) = app.focused_record() else {
        app.message = Some(crate::tr!("ui-graph-nothing").to_owned());
        return;
    };
    if app.selected() != Some(record) {
        // On the floor plan the stand stands for its exhibitor: the page behind is the company's.
        show(app, record);
    }
    app.history.push(Route::Record(record));
    app.history.set_link_cursor(app.detail.link_cursor);
    app.history.push(Route::Graph { record, depth: DEFAULT_DEPTH });
    reopen_graph(app, record, DEFAULT_DEPTH, 0);
}

/// The view of `record` at `depth` with the cursor on row `cursor` (kept within the rows), as a
/// visit of the history left it.
pub(super) fn reopen_graph(app: &mut App, record: RecordId, depth: u8, cursor: usize) {
    app.mode = Mode::Graph(GraphView::of(record, depth));
    // Built once here and kept, so the end of `update` does not build it again.
    let found = Arc::new(crate::features::graph::neighbourhood(&app.catalog, record, depth));
    let rows = found.rows.len();
    app.keep_graph(record, depth, found);
    let page = app.graph_rows().max(1);
    if let Mode::Graph(view) = &mut app.mode {
        view.cursor = cursor.min(rows.saturating_sub(1));
        view.offset = keep_visible_within(view.cursor, 0, page, rows);
    }
}

pub(super) fn graph(app: &mut App, action: Action) {
    match action {
        // Closing is going back: to the page the view was opened from, which is the visit
        // before it (and forward comes back to the view).
        Action::Close => match app.history.current().map(|visit| visit.route) {
            Some(Route::Graph { .. }) => walk_history(app, true),
            _ => app.mode = Mode::Browse,
        },
        Action::HistoryBack | Action::HistoryForward => {
            walk_history(app, action == Action::HistoryBack)
        }
        Action::Open => open_row(app),
        Action::GraphDeeper | Action::GraphShallower => {
            change_depth(app, action == Action::GraphDeeper)
        }
        Action::ToggleHelp => open_help(app),
        Action::Click { column, row } => {
            if let Some(at) = app.graph_layout().and_then(|layout| layout.row_at(column, row)) {
                if let Mode::Graph(view) = &mut app.mode {
                    view.cursor = at;
                }
                open_row(app);
            }
        }
        Action::Scroll { down, .. } => {
            let step = if down { Action::Down } else { Action::Up };
            for _ in 0..WHEEL_STEP {
                move_graph_cursor(app, &step);
            }
        }
        action if is_movement(&action) => move_graph_cursor(app, &action),
        _ => {}
    }
}

fn move_graph_cursor(app: &mut App, action: &Action) {
    let rows = app.graph().map_or(0, |found| found.rows.len());
    let page = app.graph_rows().max(1);
    if let Mode::Graph(view) = &mut app.mode {
        view.cursor = moved(view.cursor, rows, page, action);
        view.offset = keep_visible_within(view.cursor, view.offset, page, rows);
    }
}

/// Enter: the record under the cursor opens as a new visit, the view's cursor kept in its own
/// visit for the way back. A count opens the record it is under, whose page lists them all.
fn open_row(app: &mut App) {
    let Some(view) = app.graph_view().copied() else { return };
    let Some(found) = app.graph() else { return };
    let Some(row) = found.rows.get(view.cursor) else { return };
    let target = match row.entry {
        Entry::Folded { parent, .. } => parent,
        // The root's page is the visit the view was opened from: back to it, not a new visit
        // of the same page ("Baykar › Baykar (relationships) › Baykar").
        Entry::Root(_) => {
            app.history.set_link_cursor(view.cursor);
            walk_history(app, true);
            return;
        }
        entry => entry.record().unwrap_or(view.record),
    };
    app.history.set_link_cursor(view.cursor);
    app.mode = Mode::Browse;
    navigate(app, target);
}

/// A link further or nearer, the cursor kept on the record it was on when that record is still
/// in the view (else on the row as near the top as it was), the visit changed in place.
fn change_depth(app: &mut App, deeper: bool) {
    let Some(view) = app.graph_view().copied() else { return };
    let depth = if deeper { view.depth + 1 } else { view.depth.saturating_sub(1) };
    if !(MIN_DEPTH..=MAX_DEPTH).contains(&depth) {
        app.message = Some(if deeper {
            crate::tr!("ui-graph-deepest", max = MAX_DEPTH)
        } else {
            crate::tr!("ui-graph-nearest").to_owned()
        });
        return;
    }
    let on = app.graph().and_then(|found| found.rows.get(view.cursor).map(|row| row.entry));
    let found = Arc::new(crate::features::graph::neighbourhood(&app.catalog, view.record, depth));
    let same = |row: &crate::features::graph::Row| match (on, row.entry) {
        (Some(entry @ Entry::Folded { .. }), other) => entry == other,
        (Some(entry), Entry::Root(record) | Entry::Record { record, .. }) => {
            entry.record() == Some(record)
        }
        _ => false,
    };
    let cursor = found
        .rows
        .iter()
        .position(same)
        .unwrap_or(view.cursor.min(found.rows.len().saturating_sub(1)));
    app.keep_graph(view.record, depth, Arc::clone(&found));
    app.history.replace_current(Route::Graph { record: view.record, depth });
    let page = app.graph_rows().max(1);
    if let Mode::Graph(now) = &mut app.mode {
        now.depth = depth;
        now.cursor = cursor;
        now.offset = keep_visible_within(cursor, view.offset, page, found.rows.len());
    }
}
