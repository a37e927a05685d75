//! The compare view: a column per record in the tray, facts and specs aligned in rows, the rows
//! that differ in the match colour, a dash where a record has no value.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Widget};

use super::panes::pane_block;
use super::text::{cells, fit};
use super::theme::Theme;
use crate::app::{App, layout::inner};
use crate::text::sanitize_line;

/// The widest the row labels' column gets; it is narrower when the labels are short or the
/// screen is, so the values keep the room.
const LABEL_MAX: usize = 24;

/// At most this many lines of one cell; a longer value ends in "…".
const CELL_LINES: usize = 4;

/// `text` wrapped to `width` cells, at most `CELL_LINES` lines, each padded to `width`.
fn wrapped(text: &str, width: usize) -> Vec<String> {
    // Only what can show is wrapped: a 50 000-character value costs what four lines hold.
    let budget = width.saturating_mul(CELL_LINES).saturating_mul(4).saturating_add(16);
    let text: String = sanitize_line(text).chars().take(budget).collect();
    let mut lines: Vec<String> =
        textwrap::wrap(&text, width.max(1)).iter().map(|line| fit(line, width)).collect();
    if lines.len() > CELL_LINES {
        lines.truncate(CELL_LINES);
        if let Some(last) = lines.last_mut() {
            // Cut to make room if need be; either way the line ends in "…".
            *last = fit(&format!("{last}…"), width);
        }
    }
    lines.into_iter().map(|line| pad(&line, width)).collect()
}

/// `text` padded with spaces to `width` cells.
fn pad(text: &str, width: usize) -> String {
    format!("{text}{}", " ".repeat(width.saturating_sub(cells(text))))
}

/// One row of the table, its cells wrapped: as many lines as its tallest cell. `first` starts
/// the row's first line and `indent` blank cells stand in for it on the others.
fn row_lines<'a>(
    first: Vec<Span<'a>>,
    indent: usize,
    columns: &[(Vec<String>, Style)],
) -> Vec<Line<'a>> {
    let height = columns.iter().map(|(lines, _)| lines.len()).max().unwrap_or(1).max(1);
    (0..height)
        .map(|row| {
            let mut spans =
                if row == 0 { first.clone() } else { vec![Span::raw(" ".repeat(indent))] };
            for (lines, style) in columns {
                let width = lines.first().map_or(0, |line| cells(line));
                let text = lines.get(row).cloned().unwrap_or_else(|| " ".repeat(width));
                spans.push(Span::styled(format!("{text} "), *style));
            }
            Line::from(spans)
        })
        .collect()
}

pub fn compare(app: &App, area: Rect, buf: &mut Buffer, theme: Theme) {
    Clear.render(area, buf);
    let found = crate::compare::compare(&app.catalog, &app.tray);
    pane_block(format!(" Compare {} ─ ≠ differs ─ Esc closes ", found.records.len()), true, theme)
        .render(area, buf);
    let inside = inner(area);
    let width = usize::from(inside.width).saturating_sub(1);
    let columns = found.records.len().max(1);
    let longest = found.rows.iter().map(|row| cells(&sanitize_line(&row.label))).max();
    let label = (longest.unwrap_or(0) + 1).min(LABEL_MAX).min(width / 4).max(6);
    let column = (width.saturating_sub(label + 2) / columns).saturating_sub(1).max(1);

    // The label is a column like the others, so a long one ("operational ceiling") wraps too.
    let blank_label = (vec![" ".repeat(label - 1)], Style::default());
    let names = std::iter::once(blank_label).chain(
        found
            .records
            .iter()
            .map(|&r| (wrapped(app.catalog.get(r).name(), column), theme.heading())),
    );
    let header = row_lines(vec![Span::raw("  ")], 2, &names.collect::<Vec<_>>());
    let mut body = Vec::new();
    for row in &found.rows {
        let style = if row.differs { theme.matched() } else { theme.dim() };
        let marker = vec![Span::styled(if row.differs { "≠ " } else { "  " }, style)];
        let label_column = (wrapped(&row.label, label - 1), theme.label());
        let values = row
            .cells
            .iter()
            .map(|value| (wrapped(value.as_deref().unwrap_or("—"), column), Style::default()));
        let columns: Vec<(Vec<String>, Style)> =
            std::iter::once(label_column).chain(values).collect();
        body.extend(row_lines(marker, 2, &columns));
    }
    let rows = usize::from(inside.height);
    // The names stay on top; the rows below scroll.
    let room = rows.saturating_sub(header.len());
    let scroll = app.compare_scroll.min(body.len().saturating_sub(room));
    let shown = header.iter().chain(body.iter().skip(scroll));
    for (offset, line) in shown.take(rows).enumerate() {
        let y = inside.y + u16::try_from(offset).unwrap_or(u16::MAX);
        buf.set_line(inside.x + 1, y, line, inside.width.saturating_sub(1));
    }
}
