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

/// The kind column of the results: the mark, the longest kind's name in the reader's
/// language and a space, up to 16 cells (a longer name is cut: the record's needs the room).
fn kind_column_width() -> usize {
    crate::catalog::Kind::ALL
        .iter()
        .map(|kind| super::text::cells(kind.label()) + 2)
        .max()
        .unwrap_or(0)
        .min(16)
}

pub fn search(app: &App, area: Rect, buf: &mut Buffer, theme: Theme) {
    Clear.render(area, buf);
    pane_block(format!(" {} ", crate::tr!("ui-search-title")), true, theme).render(area, buf);
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
        None => (app.catalog().len(), crate::tr!("ui-search-records").to_owned()),
    };
    // While a background search runs the list still shows the previous query's results; say
    // so, so nobody takes them for the answer.
    let found = app.search().hits.len();
    let count = if app.search().pending {
        crate::tr!("ui-search-pending", found = found, total = total, noun = noun)
    } else {
        crate::tr!("ui-search-count", found = found, total = total, noun = noun)
    };
    let count = format!("  {count}");
    buf.set_line(
        inside.x,
        inside.y + 1,
        &Line::styled(fit(&count, width), theme.dim()),
        inside.width,
    );

    // The rows of this frame's area: a resize can land after the app last heard the size.
    let rows = usize::from(inside.height.saturating_sub(2));
    let kind_width = kind_column_width();
    for (row, hit) in app.search().hits.iter().enumerate().skip(app.search().offset).take(rows) {
        let record = app.catalog().get(hit.record);
        let y = inside.y + 2 + u16::try_from(row - app.search().offset).unwrap_or(u16::MAX);
        // The mark, the kind's label and a space before the name.
        let kind = fit(&record.kind().label().to_lowercase(), kind_width - 2);
        let kind = crate::text::pad(&kind, kind_width - 1);
        let mark = if app.is_marked(hit.record) { MARK } else { " " };
        let mut spans = vec![Span::styled(mark, theme.mark()), Span::styled(kind, theme.kind())];
        let name_width = width.saturating_sub(kind_width + 1);
        // Match positions are worked out here, for the rows on screen only.
        let positions = app.index().match_positions(record.name(), query);
        let name_spans = highlighted(
            record.name(),
            &positions,
            ratatui::style::Style::new(),
            theme.matched(),
            name_width,
        );
        let mut used: usize = kind_width + name_spans.iter().map(|s| s.width()).sum::<usize>();
        spans.extend(name_spans);
        // Against an earlier edition (--compare-to), as in the lists.
        let edition = super::panes::edition_badge(app, hit.record);
        if let Some(badge) = edition.filter(|b| used + super::text::cells(b) + 1 < width) {
            used += super::text::cells(&badge);
            spans.push(Span::styled(badge, theme.demo()));
        }
        let context = match hit.field {
            // Say why a record is here when it is the user's note that matched.
            crate::search::MatchField::Note => {
                let note = app
                    .state()
                    .note(record.id())
                    .map(|note| note.text.lines().next().unwrap_or("").to_owned());
                crate::tr!("ui-search-note", note = note.unwrap_or_default())
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
            None => format!("  {}", crate::tr!("ui-search-no-match")),
        };
        buf.set_line(
            inside.x,
            inside.y + 2,
            &Line::styled(fit(&text, width), theme.dim()),
            inside.width,
        );
    }
}
