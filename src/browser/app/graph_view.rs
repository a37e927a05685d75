//! The relationship view laid out once for update and drawing alike: where its rows are drawn,
//! how many show, the first on screen, and which row a screen cell is on. The rows themselves
//! are the neighbourhood's (`features::graph`), built once per record and depth (`built.rs`);
//! drawing adds only the styles, and `update` moves, scrolls and hit-tests by the same numbers.

use ratatui::layout::{Position, Rect};

use super::App;
use super::layout::inner;

/// The view as it is on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GraphLayout {
    /// Where the rows are drawn: the pane's inside, less a column of margin on the left.
    pub rows_area: Rect,
    /// The first row on screen.
    pub offset: usize,
    /// How many rows the neighbourhood has.
    pub total: usize,
}

impl GraphLayout {
    /// The rows on screen, as indices into the neighbourhood's rows.
    pub fn shown(&self) -> std::ops::Range<usize> {
        let end = (self.offset + usize::from(self.rows_area.height)).min(self.total);
        self.offset.min(end)..end
    }

    /// The row drawn at a screen cell, if one is.
    pub fn row_at(&self, column: u16, row: u16) -> Option<usize> {
        if !self.rows_area.contains(Position::new(column, row)) {
            return None;
        }
        let at = self.offset + usize::from(row - self.rows_area.y);
        (at < self.total).then_some(at)
    }
}

/// The inside of the view's pane where rows go, for a pane drawn in `area`.
pub fn rows_area(area: Rect) -> Rect {
    let inside = inner(area);
    Rect { x: inside.x + 1, width: inside.width.saturating_sub(1), ..inside }
}

impl App {
    /// The relationship view as it is on screen, while it is open.
    pub fn graph_layout(&self) -> Option<GraphLayout> {
        self.graph_layout_in(self.areas()?.graph?)
    }

    /// The relationship view drawn in the pane `area`: the app's own layout for `update`, and
    /// for drawing the frame's, which may be another size than the app was last told.
    pub fn graph_layout_in(&self, area: Rect) -> Option<GraphLayout> {
        let view = self.graph_view()?;
        let total = self.graph().map_or(0, |found| found.rows.len());
        Some(GraphLayout { rows_area: rows_area(area), offset: view.offset, total })
    }
}
