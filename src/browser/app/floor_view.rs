//! Where the floor plan puts each hall and stand on screen: one pure function of the app and
//! the pane, so drawing (`ui::floor`) and mouse clicks (`update`) agree on what is where.
//!
//! At zoom 0 the widest hall fits the pane, at most two columns a grid cell; a cell is drawn
//! half as many rows deep as it is columns wide, so that square things look square in a
//! terminal. Each zoom step doubles the scale. The view scrolls to keep the selected stand in
//! sight.

use ratatui::layout::Rect;

use super::App;
use crate::catalog::{Field, Kind, RecordId, ValueRef, stand_rect};

/// Rows between one hall's drawing and the next hall's title.
const HALL_GAP: i32 = 1;

/// A box on the canvas: column, row, width and height, border included.
pub type CanvasBox = (i32, i32, i32, i32);

/// Where a hall is drawn, in canvas units before scrolling: its title on row `top`, its box
/// below.
pub struct Placed {
    pub hall: RecordId,
    pub top: i32,
    pub width: u32,
    pub depth: u32,
}

/// The floor plan laid out for one pane.
pub struct FloorView {
    /// Columns per grid cell (rows are half of it).
    pub scale: f32,
    pub halls: Vec<Placed>,
    /// The canvas position shown at the pane's top-left corner.
    pub offset: (i32, i32),
}

impl FloorView {
    /// The layout of the floor plan in `view` (the pane's inside), scrolled to the selection.
    pub fn new(app: &App, view: Rect) -> FloorView {
        let scale = scale(app, view);
        let halls = layout(app, scale);
        let mut floor = FloorView { scale, halls, offset: (0, 0) };
        let target = app.selected().and_then(|stand| floor.stand_box(app, stand));
        floor.offset = target.map_or((0, 0), |t| scroll(view, t));
        floor
    }

    /// A grid distance in canvas columns, or in rows with `per` halved.
    pub fn cells(n: u32, per: f32) -> i32 {
        (n as f32 * per).round() as i32
    }

    /// A stand's box on the canvas, if it is placed in a hall.
    pub fn stand_box(&self, app: &App, stand: RecordId) -> Option<CanvasBox> {
        let hall_id = crate::features::floor::hall_of(&app.catalog, stand)?;
        let hall = self.halls.iter().find(|h| h.hall == hall_id)?;
        let rect = stand_rect(&app.catalog, stand)?;
        let s = self.scale;
        let x = 1 + Self::cells(rect.x, s);
        let y = hall.top + 2 + Self::cells(rect.y, s / 2.0);
        let right = 1 + Self::cells(rect.x + rect.width, s);
        let bottom = hall.top + 2 + Self::cells(rect.y + rect.depth, s / 2.0);
        Some((x, y, (right - x).max(3), (bottom - y).max(1)))
    }

    /// The stand drawn at screen cell (`column`, `row`) of `view`, if any.
    pub fn stand_at(&self, app: &App, view: Rect, column: u16, row: u16) -> Option<RecordId> {
        let x = i32::from(column) - i32::from(view.x) + self.offset.0;
        let y = i32::from(row) - i32::from(view.y) + self.offset.1;
        crate::features::floor::stands_in_order(&app.catalog).into_iter().find(|&stand| {
            self.stand_box(app, stand).is_some_and(|(bx, by, w, h)| {
                (bx..bx + w).contains(&x) && (by..by + h).contains(&y)
            })
        })
    }
}

fn count(app: &App, id: RecordId, field: Field) -> u32 {
    match app.catalog.get(id).get(field) {
        Some(ValueRef::Count(n)) => n,
        _ => 0,
    }
}

/// Columns per grid cell at the app's zoom.
fn scale(app: &App, view: Rect) -> f32 {
    let widest = app
        .catalog
        .of_kind(Kind::Hall)
        .iter()
        .map(|&h| count(app, h, Field::Width))
        .max()
        .unwrap_or(1)
        .max(1);
    let fit = (f32::from(view.width.saturating_sub(2)) / widest as f32).clamp(0.25, 2.0);
    fit * f32::from(1u16 << app.floor_zoom.min(3))
}

/// The halls one under the other: a title row, then the hall box (its border around the grid).
fn layout(app: &App, s: f32) -> Vec<Placed> {
    let mut top = 0;
    let mut placed = Vec::new();
    for &hall in app.catalog.of_kind(Kind::Hall) {
        let (width, depth) = (count(app, hall, Field::Width), count(app, hall, Field::Depth));
        placed.push(Placed { hall, top, width, depth });
        top += 1 + FloorView::cells(depth, s / 2.0) + 2 + HALL_GAP;
    }
    placed
}

/// The scroll that keeps the selected stand in view (centred when it would be off-screen).
fn scroll(view: Rect, target: CanvasBox) -> (i32, i32) {
    let (x, y, w, h) = target;
    let (vw, vh) = (i32::from(view.width), i32::from(view.height));
    let sx = if x + w > vw { (x + w / 2 - vw / 2).max(0) } else { 0 };
    let sy = if y + h > vh { (y + h / 2 - vh / 2).max(0) } else { 0 };
    (sx, sy)
}
