//! The detail pane: the record's document (built by `app::detail`) with its link cursor.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::Theme;
use super::panes::{MARK, pane_block};
use super::text::fit;
use crate::browser::app::detail::{Row, link_text};
use crate::browser::app::{App, Mode, Pane, layout::inner};

pub fn detail(app: &App, area: Rect, buf: &mut Buffer, theme: Theme) {
    let focused = app.focus() == Pane::Detail && matches!(app.mode(), Mode::Browse);
    // A record of this catalogue, or on "Removed since OLD" one of the earlier edition's.
    let (id, kind) = match (app.shown(), app.removed_shown().zip(app.earlier())) {
        (Some(id), _) => (Some(id), app.catalog().get(id).kind()),
        (None, Some((gone, earlier))) => (None, earlier.catalog().get(gone).kind()),
        (None, None) => {
            pane_block(format!(" {} ", crate::tr!("ui-detail-title")), focused, theme)
                .render(area, buf);
            return;
        }
    };
    let Some(doc) = app.detail_doc() else { return };
    // One column of margin on the left, so text does not touch the border.
    let inside = inner(area);
    let inside = Rect { x: inside.x + 1, width: inside.width.saturating_sub(1), ..inside };
    let rows = usize::from(inside.height);
    // The search preview is a different record from the page behind it: shown from its top,
    // not at the page's scroll.
    let scroll = if matches!(app.mode(), Mode::Search) {
        0
    } else {
        app.detail().scroll.min(doc.rows.len().saturating_sub(1))
    };
    let mut title = format!(" {} ", kind.label());
    if matches!(app.mode(), Mode::Search) {
        let kind = kind.label().to_lowercase();
        title = format!(" {} ", crate::tr!("ui-preview-title", kind = kind));
    }
    let mut block = pane_block(title, focused, theme);
    if doc.rows.len() > rows {
        let position = format!(
            " {} ",
            crate::tr!(
                "ui-rows-shown",
                first = scroll + 1,
                last = (scroll + rows).min(doc.rows.len()),
                total = doc.rows.len()
            )
        );
        block = block.title_bottom(Line::styled(position, theme.dim()).right_aligned());
    }
    block.render(area, buf);

    let width = usize::from(inside.width);
    let show_cursor = !matches!(app.mode(), Mode::Search) && app.detail().cursor_shown(&doc, rows);
    for (offset, row) in doc.rows.iter().skip(scroll).take(rows).enumerate() {
        let y = inside.y + u16::try_from(offset).unwrap_or(u16::MAX);
        let line = match row {
            Row::Title(text) if offset + scroll == 0 && id.is_some_and(|id| app.is_marked(id)) => {
                Line::from(vec![
                    Span::styled(format!("{MARK} "), theme.mark()),
                    Span::styled(fit(text, width.saturating_sub(2)), theme.title()),
                ])
            }
            Row::Title(text) => Line::styled(fit(text, width), theme.title()),
            Row::Meta(text) => Line::styled(fit(text, width), theme.dim()),
            Row::Field { label, text } => Line::from(vec![
                Span::styled(crate::text::pad(label, doc.label_width), theme.label()),
                Span::raw(fit(text, width.saturating_sub(doc.label_width))),
            ]),
            Row::Heading(text) => Line::styled(fit(text, width), theme.heading()),
            Row::Section(text) => Line::styled(fit(text, width), theme.heading()),
            Row::Group(text) => Line::styled(fit(&format!(" {text}"), width), theme.group()),
            Row::Link { index, target } => {
                let (name, context) = link_text(app.catalog(), *target);
                let name = fit(&name, width.saturating_sub(4));
                let mut spans = vec![Span::raw("   "), Span::styled(name.clone(), theme.link())];
                let used = 3 + name.chars().count();
                if used + 4 < width {
                    spans.push(Span::styled(
                        format!("  {}", fit(&context, width - used - 2)),
                        theme.dim(),
                    ));
                }
                let line = Line::from(spans);
                if show_cursor && *index == app.detail().link_cursor {
                    let style = if focused { theme.cursor() } else { theme.selected() };
                    buf.set_style(Rect { y, height: 1, ..inside }, style);
                    line.patch_style(style)
                } else {
                    line
                }
            }
            Row::Text(text) => Line::raw(fit(text, width)),
            Row::Dim(text) => Line::styled(fit(text, width), theme.dim()),
            Row::Blank => Line::raw(""),
        };
        buf.set_line(inside.x, y, &line, inside.width);
    }
}
