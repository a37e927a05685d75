//! The compare view's table, laid out once for update and drawing alike: the column widths,
//! every cell wrapped, and so how far the rows below the names can scroll. Drawing adds only
//! the styles; `update` bounds the scroll with the same numbers.

use ratatui::layout::Rect;

use super::App;
use super::layout::inner;
use crate::text::{cells, fit, pad, sanitize_line};

/// The widest the row labels' column gets; it is narrower when the labels are short or the
/// screen is, so the values keep the room.
const LABEL_MAX: usize = 24;

/// At most this many lines of one cell; a longer value ends in "…".
const CELL_LINES: usize = 4;

/// One row of facts: its label and each record's value, wrapped to their columns.
pub struct TableRow {
    pub differs: bool,
    pub label: Vec<String>,
    pub cells: Vec<Vec<String>>,
}

impl TableRow {
    /// As many lines as its tallest cell.
    pub fn height(&self) -> usize {
        self.cells.iter().map(Vec::len).chain([self.label.len(), 1]).max().unwrap_or(1)
    }
}

pub struct CompareTable {
    /// The label column's width, in cells.
    pub label: usize,
    /// Each record's name, wrapped to its column.
    pub names: Vec<Vec<String>>,
    pub rows: Vec<TableRow>,
    /// Lines of table the pane's inside has room for (the names included).
    pub room: usize,
}

impl CompareTable {
    /// The lines the names take at the top (they stay while the rows scroll).
    pub fn header_height(&self) -> usize {
        self.names.iter().map(Vec::len).max().unwrap_or(1).max(1)
    }

    /// The furthest the rows can scroll: the last row's last line at the bottom.
    pub fn max_scroll(&self) -> usize {
        let body: usize = self.rows.iter().map(TableRow::height).sum();
        body.saturating_sub(self.room.saturating_sub(self.header_height()))
    }
}

/// The table for the records in the tray, drawn in `area` (the compare view's).
pub fn table(app: &App, area: Rect) -> CompareTable {
    let found = crate::features::compare::compare(&app.catalog, &app.tray);
    let inside = inner(area);
    let width = usize::from(inside.width).saturating_sub(1);
    let columns = found.records.len().max(1);
    let longest = found.rows.iter().map(|row| cells(&sanitize_line(&row.label))).max();
    let label = (longest.unwrap_or(0) + 1).min(LABEL_MAX).min(width / 4).max(6);
    let column = (width.saturating_sub(label + 2) / columns).saturating_sub(1).max(1);
    let names = found.records.iter().map(|&r| wrapped(app.catalog.get(r).name(), column)).collect();
    let rows = found
        .rows
        .iter()
        .map(|row| TableRow {
            differs: row.differs,
            // The label is a column like the others, so a long one ("operational ceiling")
            // wraps too.
            label: wrapped(&row.label, label - 1),
            cells: row
                .cells
                .iter()
                .map(|value| wrapped(value.as_deref().unwrap_or("—"), column))
                .collect(),
        })
        .collect();
    CompareTable { label, names, rows, room: usize::from(inside.height) }
}

/// `text` wrapped to `width` cells, at most `CELL_LINES` lines, each padded to `width`.
fn wrapped(text: &str, width: usize) -> Vec<String> {
    // Only what can show is wrapped: a 50 000-character value costs what four lines hold.
    let budget = width.saturating_mul(CELL_LINES).saturating_mul(4).saturating_add(16);
    let text: String = sanitize_line(text).chars().take(budget).collect();
    let mut lines: Vec<String> =
        crate::text::wrap(&text, width.max(1)).iter().map(|line| fit(line, width)).collect();
    if lines.len() > CELL_LINES {
        lines.truncate(CELL_LINES);
        if let Some(last) = lines.last_mut() {
            // Cut to make room if need be; either way the line ends in "…".
            *last = fit(&format!("{last}…"), width);
        }
    }
    lines.into_iter().map(|line| pad(&line, width)).collect()
}
