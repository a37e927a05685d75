//! The relationship view: the record's neighbourhood as a tree drawn with box lines, each row
//! hanging from the one above by the field its link runs through ("Maker →", "Maker ←"),
//! records met again dimmed with where they are shown, and counted groups. The rows on screen
//! are the layout's (`app::graph_view`), as `update` moves and hit-tests them.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Widget};

use super::panes::{MARK, pane_block};
use super::text::{cells, fit};
use super::theme::Theme;
use crate::browser::app::App;
use crate::features::graph::{Entry, MAX_DEPTH};
use crate::text::sanitize_line;

pub fn graph(app: &App, area: Rect, buf: &mut Buffer, theme: Theme) {
    Clear.render(area, buf);
    let (Some(view), Some(found), Some(layout)) =
        (app.graph_view(), app.graph(), app.graph_layout_in(area))
    else {
        return;
    };
    let name = sanitize_line(app.catalog().get(view.record).name()).into_owned();
    let title =
        crate::tr!("ui-graph-title", name = fit(&name, 40), depth = view.depth, max = MAX_DEPTH);
    let mut block = pane_block(format!(" {title} "), true, theme);
    let shown = layout.shown();
    if found.rows.len() > usize::from(layout.rows_area.height) {
        let position = crate::tr!(
            "ui-rows-shown",
            first = shown.start + 1,
            last = shown.end,
            total = found.rows.len()
        );
        block =
            block.title_bottom(Line::styled(format!(" {position} "), theme.dim()).right_aligned());
    }
    block.render(area, buf);
    let inside = layout.rows_area;
    let width = usize::from(inside.width);
    for (offset, at) in shown.enumerate() {
        let (Some(row), Some(text)) = (found.rows.get(at), found.row_text(app.catalog(), at))
        else {
            continue;
        };
        let y = inside.y + u16::try_from(offset).unwrap_or(u16::MAX);
        let mut spans = vec![Span::styled(text.prefix.clone(), theme.dim())];
        let marked = row.record().is_some_and(|record| app.is_marked(record));
        if marked {
            spans.push(Span::styled(format!("{MARK} "), theme.mark()));
        }
        // A long "(via …)" may take half of what is left, so the name always shows.
        let before: usize = spans.iter().map(|span| cells(&span.content)).sum();
        let edge_room = width.saturating_sub(before) / 2;
        let edge = if cells(&text.edge) > edge_room {
            format!("{} ", fit(text.edge.trim_end(), edge_room.saturating_sub(1)))
        } else {
            text.edge.clone()
        };
        spans.push(Span::styled(edge, theme.label()));
        let name_style = match row.entry {
            Entry::Root(_) => theme.title(),
            Entry::Record { .. } => theme.link(),
            Entry::Seen { .. } | Entry::Folded { .. } => theme.dim(),
        };
        // The name is cut before the context is ("· shown below" says where to look), while
        // the name keeps a few letters; past that the context goes first.
        // NEW or CHANGED against an earlier edition, as the lists badge it, right after the name.
        let badge = row.record().and_then(|record| super::panes::edition_badge(app, record));
        let badge_width = badge.as_deref().map_or(0, cells);
        let used: usize =
            spans.iter().map(|span| cells(&span.content)).sum::<usize>() + badge_width;
        let room = width.saturating_sub(used);
        let context_width = if text.context.is_empty() { 0 } else { cells(&text.context) + 2 };
        let name_room = if room >= context_width + 8 { room - context_width } else { room };
        let name_text = fit(&text.name, name_room);
        let name_width = cells(&name_text);
        spans.push(Span::styled(name_text, name_style));
        if let Some(badge) = badge {
            spans.push(Span::styled(badge, theme.demo()));
        }
        if !text.context.is_empty() && name_width + 4 < room {
            let context = fit(&text.context, room - name_width - 2);
            spans.push(Span::styled(format!("  {context}"), theme.dim()));
        }
        let mut line = Line::from(spans);
        if at == view.cursor {
            buf.set_style(Rect { y, height: 1, ..inside }, theme.cursor());
            line = line.patch_style(theme.cursor());
        }
        buf.set_line(inside.x, y, &line, inside.width);
    }
}
