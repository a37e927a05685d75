//! The facet panel: each facet of the list's kind with its values, how many records have each
//! under the other facets, and which are chosen.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Widget};

use super::panes::pane_block;
use super::text::fit;
use super::theme::Theme;
use crate::browser::app::facets::FacetRow;
use crate::browser::app::{App, layout::inner};
use crate::text::sanitize_line;

pub fn facets(app: &App, area: Rect, buf: &mut Buffer, theme: Theme) {
    Clear.render(area, buf);
    let shown = app.list().visible.len();
    let total = app.current_section().map_or(0, |section| section.records.len());
    pane_block(
        format!(" {} ", crate::tr!("ui-facets-title", shown = shown, total = total)),
        true,
        theme,
    )
    .render(area, buf);
    let inside = inner(area);
    // A column of margin on the left, as the help overlay has.
    let inside = Rect { x: inside.x + 1, width: inside.width.saturating_sub(1), ..inside };
    let width = usize::from(inside.width);
    let rows = usize::from(inside.height);
    let Some(panel) = app.facet_panel() else { return };
    if panel.rows.is_empty() && rows > 0 {
        let text = if matches!(app.facet_count(), crate::browser::app::FacetCount::Counting) {
            crate::tr!("ui-facets-counting")
        } else {
            crate::tr!("ui-facets-none")
        };
        let text = format!(" {text}");
        buf.set_line(inside.x, inside.y, &Line::styled(text, theme.dim()), inside.width);
    }
    // `update` keeps the cursor's row on screen (after every move, rebuild and resize).
    let offset = panel.offset;
    for (row, entry) in panel.rows.iter().enumerate().skip(offset).take(rows) {
        let y = inside.y + u16::try_from(row - offset).unwrap_or(u16::MAX);
        let line = match entry {
            FacetRow::Heading(field) => Line::styled(fit(field.label(), width), theme.heading()),
            FacetRow::EditionHeading => {
                Line::styled(fit(crate::tr!("edition-facet"), width), theme.heading())
            }
            FacetRow::EditionValue { edition, count, selected } => {
                let value = match edition {
                    crate::browser::app::Edition::New => crate::tr!("edition-facet-new"),
                    _ => crate::tr!("edition-facet-changed"),
                };
                value_line(value, *count, *selected, row == panel.cursor, width, theme)
            }
            FacetRow::Value { value, count, selected, .. } => {
                let value = sanitize_line(value);
                value_line(&value, *count, *selected, row == panel.cursor, width, theme)
            }
        };
        buf.set_line(inside.x, y, &line, inside.width);
    }
}

/// A value's row: its tick, its name (sanitised already) and how many records have it.
fn value_line(
    value: &str,
    count: usize,
    selected: bool,
    on_cursor: bool,
    width: usize,
    theme: Theme,
) -> Line<'static> {
    // A cell of margin on the right too, so the count does not touch the border.
    let width = width.saturating_sub(1);
    let tick = if selected { "[x] " } else { "[ ] " };
    let count = format!(" {count}");
    let room = width.saturating_sub(tick.len() + count.len() + 1);
    let name = fit(value, room);
    let gap = width.saturating_sub(tick.len() + super::text::cells(&name) + count.len());
    let mut line = Line::from(vec![
        Span::styled(tick, if selected { theme.mark() } else { theme.dim() }),
        Span::raw(name),
        Span::raw(" ".repeat(gap)),
        Span::styled(count, theme.dim()),
    ]);
    if on_cursor {
        line = line.patch_style(theme.cursor());
    }
    line
}
