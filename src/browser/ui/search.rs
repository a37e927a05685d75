//! The search overlay: the query, the count, and the results with matched characters lit.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Widget};

use super::Theme;
use super::panes::{MARK, pane_block};
use super::text::{fit, highlighted};
use crate::browser::app::{App, layout::inner};
use crate::text::sanitize_line;

/// The width of the kind column.
const KIND_WIDTH: usize = 14;

pub fn search(app: &App, area: Rect, buf: &mut Buffer, theme: Theme) {
    Clear.render(area, buf);
    pane_block(" Search everything ".to_owned(), true, theme).render(area, buf);
    let inside = inner(area);
    if inside.height < 2 || inside.width < 4 {
        return;
    }
    let width = usize::from(inside.width);
    let typed = app.search().input.text();
    let prompt = Line::from(vec![
        Span::styled("› ", theme.key()),
        Span::raw(fit(&sanitize_line(typed), width.saturating_sub(3))),
    ]);
    buf.set_line(inside.x, inside.y, &prompt, inside.width);
    // "sys: kargu" searches systems for "kargu": the count says so, and only the words light up.
    let scope = crate::search::scoped(&app.search().answered);
    let query = scope.words;
    let (total, noun) = match scope.kind {
        Some(kind) => (app.catalog().of_kind(kind).len(), kind.plural().to_lowercase()),
        None => (app.catalog().len(), "records".to_owned()),
    };
    // While a background search runs the list still shows the previous query's results; say
    // so, so nobody takes them for the answer.
    let count = if app.search().pending {
        format!("  searching… ({} of {total} {noun} so far)", app.search().hits.len())
    } else {
        format!("  {} of {total} {noun}", app.search().hits.len())
    };
    buf.set_line(
        inside.x,
        inside.y + 1,
        &Line::styled(fit(&count, width), theme.dim()),
        inside.width,
    );

    // The rows of this frame's area: a resize can land after the app last heard the size.
    let rows = usize::from(inside.height.saturating_sub(2));
    for (row, hit) in app.search().hits.iter().enumerate().skip(app.search().offset).take(rows) {
        let record = app.catalog().get(hit.record);
        let y = inside.y + 2 + u16::try_from(row - app.search().offset).unwrap_or(u16::MAX);
        let kind = format!("{:<w$}", record.kind().name(), w = KIND_WIDTH - 1);
        let mark = if app.is_marked(hit.record) { MARK } else { " " };
        let mut spans = vec![Span::styled(mark, theme.mark()), Span::styled(kind, theme.kind())];
        let name_width = width.saturating_sub(KIND_WIDTH + 1);
        // Match positions are worked out here, for the rows on screen only.
        let positions = app.index().match_positions(record.name(), query);
        let name_spans = highlighted(
            record.name(),
            &positions,
            ratatui::style::Style::new(),
            theme.matched(),
            name_width,
        );
        let mut used: usize = KIND_WIDTH + name_spans.iter().map(|s| s.width()).sum::<usize>();
        spans.extend(name_spans);
        // Against an earlier edition (--compare-to), as in the lists.
        let edition = super::panes::edition_badge(app, hit.record);
        if let Some(badge) = edition.filter(|b| used + b.len() + 1 < width) {
            spans.push(Span::styled(badge, theme.demo()));
            used += badge.len();
        }
        let context = match hit.field {
            // Say why a record is here when it is the user's note that matched.
            crate::search::MatchField::Note => {
                let note = app
                    .state()
                    .note(record.id())
                    .map(|note| note.text.lines().next().unwrap_or("").to_owned());
                format!("note: {}", note.unwrap_or_default())
            }
            // The alias that matched, when one did alone (not letters across several).
            crate::search::MatchField::Alias => {
                match app.index().matched_alias(app.catalog(), hit, query) {
                    Some(alias) => {
                        crate::search::with_alias(alias, &app.catalog().context(hit.record))
                    }
                    None => app.catalog().context(hit.record),
                }
            }
            _ => app.catalog().context(hit.record),
        };
        if !context.is_empty() && used + 4 < width {
            spans.push(Span::styled(
                format!("  {}", fit(&sanitize_line(&context), width - used - 2)),
                theme.dim(),
            ));
        }
        let mut line = Line::from(spans);
        if row == app.search().cursor {
            buf.set_style(Rect { y, height: 1, ..inside }, theme.cursor());
            line = line.patch_style(theme.cursor());
        }
        buf.set_line(inside.x, y, &line, inside.width);
    }
    if app.search().hits.is_empty() && inside.height > 2 {
        // "s:" could be systems, schedule or stands: said as `showfloor list s` says it.
        let text = match crate::search::ambiguous_scope(&app.search().answered) {
            Some(could_be) => format!("  {could_be}"),
            None => "  no match".to_owned(),
        };
        buf.set_line(
            inside.x,
            inside.y + 2,
            &Line::styled(fit(&text, width), theme.dim()),
            inside.width,
        );
    }
}
