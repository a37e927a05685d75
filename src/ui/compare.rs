//! The compare view: a column per record in the tray, facts and specs aligned in rows, the rows
//! that differ in the match colour, a dash where a record has no value.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Widget};

use super::panes::pane_block;
use super::text::fit;
use super::theme::Theme;
use crate::app::{App, layout::inner};
use crate::text::sanitize_line;

/// The width of the row labels.
const LABEL: usize = 24;

pub fn compare(app: &App, area: Rect, buf: &mut Buffer, theme: Theme) {
    Clear.render(area, buf);
    let found = crate::compare::compare(&app.catalog, &app.tray);
    pane_block(format!(" Compare {} ─ ≠ differs ─ Esc closes ", found.records.len()), true, theme)
        .render(area, buf);
    let inside = inner(area);
    let width = usize::from(inside.width).saturating_sub(1);
    let columns = found.records.len().max(1);
    let column = width.saturating_sub(LABEL + 2) / columns;
    let cell =
        |text: &str| format!("{:<column$}", fit(&sanitize_line(text), column.saturating_sub(1)));

    let mut lines = vec![Line::from(
        std::iter::once(Span::raw(" ".repeat(LABEL + 2)))
            .chain(
                found
                    .records
                    .iter()
                    .map(|&r| Span::styled(cell(app.catalog.get(r).name()), theme.heading())),
            )
            .collect::<Vec<_>>(),
    )];
    for row in &found.rows {
        let style = if row.differs { theme.matched() } else { theme.dim() };
        let mut spans = vec![
            Span::styled(if row.differs { "≠ " } else { "  " }, style),
            Span::styled(
                format!("{:<LABEL$}", fit(&sanitize_line(&row.label), LABEL - 1)),
                theme.label(),
            ),
        ];
        spans
            .extend(row.cells.iter().map(|value| Span::raw(cell(value.as_deref().unwrap_or("—")))));
        lines.push(Line::from(spans));
    }
    let rows = usize::from(inside.height);
    // The names stay on top; the rows below scroll.
    let scroll = app.compare_scroll.min(lines.len().saturating_sub(rows));
    let shown = std::iter::once(&lines[0]).chain(lines.iter().skip(1 + scroll));
    for (offset, line) in shown.take(rows).enumerate() {
        let y = inside.y + u16::try_from(offset).unwrap_or(u16::MAX);
        buf.set_line(inside.x + 1, y, line, inside.width.saturating_sub(1));
    }
}
