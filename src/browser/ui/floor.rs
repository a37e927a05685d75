//! The floor plan: every hall drawn to scale, one under the other, stands as labelled boxes.
//! At zoom 0 the widest hall fits the pane, at most two columns a grid cell; a cell is drawn
//! half as many rows deep as it is columns wide, so that square things look square in a
//! terminal. Each zoom step doubles the scale. Everything is clipped to the pane, and the view
//! scrolls to keep the selected stand in sight.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;

use super::Theme;
use super::panes::{MARK, pane_block};
use super::text::fit;
use crate::browser::app::floor_view::FloorView;
use crate::browser::app::{App, Mode, Pane, layout::inner};
use crate::catalog::{Field, RecordId};
use crate::text::sanitize_line;

/// Write `text` at canvas position (x, y), clipped to the view.
fn put(buf: &mut Buffer, view: Rect, offset: (i32, i32), x: i32, y: i32, text: &str, style: Style) {
    let (row, mut column) = (y - offset.1, x - offset.0);
    if row < 0 || row >= i32::from(view.height) {
        return;
    }
    for c in text.chars() {
        if column >= i32::from(view.width) {
            break;
        }
        if column >= 0 {
            let (cx, cy) = (
                view.x + u16::try_from(column).unwrap_or(0),
                view.y + u16::try_from(row).unwrap_or(0),
            );
            buf[(cx, cy)].set_char(c).set_style(style);
        }
        column += 1;
    }
}

pub fn floor(app: &App, area: Rect, buf: &mut Buffer, theme: Theme) {
    let focused = app.focus() == Pane::List && matches!(app.mode(), Mode::Browse);
    let zoom = if app.floor_zoom() > 0 {
        format!(" {}", crate::tr!("ui-floor-zoom", times = 1u16 << app.floor_zoom().min(3)))
    } else {
        String::new()
    };
    pane_block(format!(" {}{zoom} ", crate::tr!("ui-floor-title")), focused, theme)
        .render(area, buf);
    let view = inner(area);
    let floor = FloorView::new(app, view);
    let (s, halls, offset) = (floor.scale, &floor.halls, floor.offset);
    if halls.is_empty() {
        let text = crate::tr!("ui-floor-none");
        let width = usize::from(view.width.saturating_sub(2)).max(8);
        for (row, line) in crate::text::wrap(text, width).iter().enumerate() {
            put(buf, view, (0, 0), 1, i32::try_from(row).unwrap_or(0), line, theme.dim());
        }
        return;
    }
    let selected = app.selected();
    for hall in halls {
        let name = sanitize_line(app.catalog().get(hall.hall).name()).into_owned();
        let title = format!("{name} · {} × {} m", hall.width, hall.depth);
        put(buf, view, offset, 0, hall.top, &title, theme.heading());
        let width = FloorView::cells(hall.width, s) + 2;
        let depth = FloorView::cells(hall.depth, s / 2.0) + 2;
        draw_box(buf, view, offset, (0, hall.top + 1, width, depth), theme.dim());
        for stand in crate::features::floor::stands_of(app.catalog(), hall.hall) {
            let Some((x, y, w, h)) = floor.stand_box(app, stand) else { continue };
            let chosen = Some(stand) == selected;
            let marked = app.is_marked(stand)
                || app.catalog().exhibitors_of(stand).iter().any(|&c| app.is_marked(c));
            let style = match (chosen, focused) {
                (true, true) => theme.cursor(),
                (true, false) => theme.selected(),
                _ if marked => theme.mark(),
                _ => Style::new(),
            };
            draw_stand(app, buf, view, offset, stand, (x, y, w, h), style, marked);
        }
    }
}

fn draw_box(
    buf: &mut Buffer,
    view: Rect,
    offset: (i32, i32),
    (x, y, w, h): (i32, i32, i32, i32),
    style: Style,
) {
    let inner = usize::try_from(w - 2).unwrap_or(0);
    put(buf, view, offset, x, y, &format!("┌{}┐", "─".repeat(inner)), style);
    for row in 1..h - 1 {
        put(buf, view, offset, x, y + row, "│", style);
        put(buf, view, offset, x + w - 1, y + row, "│", style);
    }
    put(buf, view, offset, x, y + h - 1, &format!("└{}┘", "─".repeat(inner)), style);
}

/// A stand: a box when there is room for one, its label and exhibitors inside, abbreviated.
#[allow(clippy::too_many_arguments)]
fn draw_stand(
    app: &App,
    buf: &mut Buffer,
    view: Rect,
    offset: (i32, i32),
    stand: RecordId,
    (x, y, w, h): (i32, i32, i32, i32),
    style: Style,
    marked: bool,
) {
    let label =
        sanitize_line(app.catalog().get(stand).text(Field::Label).unwrap_or("?")).into_owned();
    let names: Vec<String> = app
        .catalog()
        .exhibitors_of(stand)
        .iter()
        .map(|&c| sanitize_line(app.catalog().get(c).name()).into_owned())
        .collect();
    let star = if marked { MARK } else { "" };
    let room = usize::try_from(w - 2).unwrap_or(0).max(1);
    if h >= 3 {
        for row in 0..h {
            let fill = if row == 0 || row == h - 1 { "─" } else { " " };
            let (left, right) = match row {
                0 => ("┌", "┐"),
                r if r == h - 1 => ("└", "┘"),
                _ => ("│", "│"),
            };
            put(
                buf,
                view,
                offset,
                x,
                y + row,
                &format!("{left}{}{right}", fill.repeat(room)),
                style,
            );
        }
        // One line inside: the label and the exhibitors share it, since the names are what a
        // visitor looks for. More lines: the label, then a name a line.
        let first_line = if h == 3 && !names.is_empty() {
            format!("{star}{label} {}", names.join(", "))
        } else {
            format!("{star}{label}")
        };
        put(buf, view, offset, x + 1, y + 1, &fit(&first_line, room), style);
        for (i, name) in names.iter().enumerate() {
            let row = y + 2 + i32::try_from(i).unwrap_or(0);
            if row >= y + h - 1 {
                break;
            }
            put(buf, view, offset, x + 1, row, &fit(name, room), style);
        }
    } else {
        // Too shallow for a box: a filled bar with the label.
        for row in 0..h {
            put(buf, view, offset, x, y + row, &"░".repeat(usize::try_from(w).unwrap_or(0)), style);
        }
        let text = names.first().map_or(label.clone(), |name| format!("{label} {name}"));
        put(
            buf,
            view,
            offset,
            x,
            y,
            &fit(&format!("{star}{text}"), usize::try_from(w).unwrap_or(0)),
            style,
        );
    }
}
