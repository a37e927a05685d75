//! The compare view: a column per record in the tray, facts and specs aligned in rows, the rows
//! that differ in the match colour, a dash where a record has no value.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Widget};

use super::panes::pane_block;
use super::text::cells;
use super::theme::Theme;
use crate::browser::app::{App, layout::inner};

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
    let table = app.compare_table(area);
    pane_block(
        format!(" {} ", crate::tr!("ui-compare-title", count = table.names.len())),
        true,
        theme,
    )
    .render(area, buf);
    let inside = inner(area);
    let blank_label = (vec![" ".repeat(table.label - 1)], Style::default());
    let names = std::iter::once(blank_label)
        .chain(table.names.iter().map(|name| (name.clone(), theme.heading())));
    let header = row_lines(vec![Span::raw("  ")], 2, &names.collect::<Vec<_>>());
    let mut body = Vec::new();
    for row in &table.rows {
        let style = if row.differs { theme.matched() } else { theme.dim() };
        let marker = vec![Span::styled(if row.differs { "≠ " } else { "  " }, style)];
        let label_column = (row.label.clone(), theme.label());
        let values = row.cells.iter().map(|value| (value.clone(), Style::default()));
        let columns: Vec<(Vec<String>, Style)> =
            std::iter::once(label_column).chain(values).collect();
        body.extend(row_lines(marker, 2, &columns));
    }
    let rows = usize::from(inside.height);
    // The names stay on top; the rows below scroll, within the bound update keeps.
    let scroll = app.compare_scroll().min(table.max_scroll());
    let shown = header.iter().chain(body.iter().skip(scroll));
    for (offset, line) in shown.take(rows).enumerate() {
        let y = inside.y + u16::try_from(offset).unwrap_or(u16::MAX);
        buf.set_line(inside.x + 1, y, line, inside.width.saturating_sub(1));
    }
}
