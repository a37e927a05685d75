//! The kinds and list panes.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use super::Theme;
use super::text::{cells, fit};
use crate::browser::app::{App, Mode, Pane, Shelf, layout::inner};
use crate::catalog::{Field, Kind, ValueRef};
use crate::text::sanitize_line;

/// The width of the schedule's day column ("Thu 13 Nov " and a space), and on a pane too narrow
/// for it, without the month ("Thu 13 ").
const DAY_WIDTH: usize = 12;
const SHORT_DAY_WIDTH: usize = 7;
/// Below this the day column drops its month.
const FULL_DAY_FROM: usize = 60;
/// The room a schedule item's name is given before the day column is left out: on a narrow
/// pane the time says more than the day (the card has both).
const NAME_ROOM: usize = 16;
/// The room a "▶ now" badge takes.
const BADGE_ROOM: usize = 7;

/// "Thu 13 Nov" for a schedule item.
fn schedule_day(app: &App, id: crate::catalog::RecordId) -> String {
    match app.catalog().get(id).get(Field::Day) {
        Some(ValueRef::Date(date)) => {
            date.long().rsplit_once(' ').map_or_else(String::new, |(day, _)| day.to_owned())
        }
        _ => String::new(),
    }
}

/// Shown before the name of a marked record, in every list.
pub const MARK: &str = "★";

/// A bordered block, its border showing whether the pane has focus.
pub fn pane_block(title: String, focused: bool, theme: Theme) -> Block<'static> {
    Block::bordered().title(Span::styled(title, theme.title())).border_style(theme.border(focused))
}

/// The style of a row: the cursor in the focused pane, the selection elsewhere.
fn row_style(selected: bool, focused: bool, theme: Theme) -> ratatui::style::Style {
    match (selected, focused) {
        (true, true) => theme.cursor(),
        (true, false) => theme.selected(),
        _ => ratatui::style::Style::new(),
    }
}

pub fn kinds(app: &App, area: Rect, buf: &mut Buffer, theme: Theme) {
    let focused = app.focus() == Pane::Kinds && matches!(app.mode(), Mode::Browse);
    pane_block(format!(" {} ", crate::tr!("ui-kinds-title")), focused, theme).render(area, buf);
    let inside = inner(area);
    let width = usize::from(inside.width);
    for (index, section) in app.sections().iter().enumerate().take(usize::from(inside.height)) {
        // The count is what the row is for: when room runs out the label is cut, not the count.
        let count = section.records.len().to_string();
        let label = fit(section.label(), width.saturating_sub(count.len() + 3));
        let gap = width.saturating_sub(cells(&label) + count.len() + 2).max(1);
        let text = fit(&format!(" {label}{}{count} ", " ".repeat(gap)), width);
        let style = row_style(index == app.section(), focused, theme);
        let y = inside.y + u16::try_from(index).unwrap_or(u16::MAX);
        buf.set_line(inside.x, y, &Line::styled(format!("{text:<width$}"), style), inside.width);
    }
}

/// The badge of a record against an earlier edition (`--compare-to`), for lists and results.
pub fn edition_badge(app: &App, record: crate::catalog::RecordId) -> Option<String> {
    match app.edition_of(record) {
        crate::browser::app::Edition::New => Some(format!(" {}", crate::tr!("ui-badge-new"))),
        crate::browser::app::Edition::Changed => {
            Some(format!(" {}", crate::tr!("ui-badge-changed")))
        }
        crate::browser::app::Edition::Same => None,
    }
}

pub fn list(app: &App, area: Rect, buf: &mut Buffer, theme: Theme) {
    let focused = app.focus() == Pane::List && matches!(app.mode(), Mode::Browse | Mode::Filter);
    let Some(section) = app.current_section() else {
        pane_block(format!(" {} ", crate::tr!("ui-list-empty-title")), focused, theme)
            .render(area, buf);
        return;
    };
    let total = section.records.len();
    let shown = app.list().visible.len();
    let mut title = if shown == total {
        format!(" {} ({total}) ", section.label())
    } else {
        let counts = crate::tr!("ui-shown-of-total", shown = shown, total = total);
        format!(" {} ({counts}) ", section.label())
    };
    // Times are the event's wall clock: say whose, when the catalogue tells. Looked up for the
    // schedule only, not on every frame of every list.
    if section.shelf == Shelf::Kind(Kind::ScheduleItem) {
        let zone =
            app.catalog().events().first().and_then(|&e| app.catalog().declared_time_zone(e));
        if let Some(name) = zone.as_ref().and_then(|z| z.iana_name()) {
            let zone = crate::text::sanitize_line(name);
            title.push_str(&format!("· {} ", crate::tr!("ui-zone-time", zone = zone)));
        }
    }
    pane_block(title, focused, theme).render(area, buf);
    let inside = inner(area);
    let width = usize::from(inside.width);
    // This frame's rows, less the filter line: the app may not have heard of a resize yet.
    let rows = usize::from(inside.height).saturating_sub(usize::from(app.filter_shown()));
    if section.shelf == Shelf::Removed {
        removed(app, inside, rows, focused, buf, theme);
    } else {
        records(app, section, inside, rows, focused, buf, theme);
    }
    if shown == 0 {
        let note = if app.filter().text().is_empty() {
            crate::tr!("ui-list-nothing")
        } else {
            crate::tr!("ui-list-no-match")
        };
        let note = format!(" {note}");
        buf.set_line(inside.x, inside.y, &Line::styled(note, theme.dim()), inside.width);
    }
    if app.filter_shown() && inside.height > 0 {
        let y = inside.y + inside.height - 1;
        let prompt = format!(" {} ", crate::tr!("ui-filter-prompt"));
        let room = width.saturating_sub(cells(&prompt) + 1);
        let prompt = Span::styled(prompt, theme.label());
        let text = Span::raw(fit(&sanitize_line(app.filter().text()), room));
        buf.set_line(inside.x, y, &Line::from(vec![prompt, text]), inside.width);
    }
}

/// The rows of "Removed since OLD": each gone record's name and kind, from the earlier
/// edition, no mark (there is nothing of it here to mark).
fn removed(app: &App, inside: Rect, rows: usize, focused: bool, buf: &mut Buffer, theme: Theme) {
    let Some(old) = app.earlier().map(|earlier| earlier.catalog()) else { return };
    let width = usize::from(inside.width);
    for (row, &id) in app.list().visible.iter().enumerate().skip(app.list().offset).take(rows) {
        let record = old.get(id);
        let kind = record.kind().label().to_lowercase();
        let name = fit(&sanitize_line(record.name()), width.saturating_sub(cells(&kind) + 4));
        let used = 1 + cells(&name);
        let mut spans = vec![Span::raw(" "), Span::raw(name)];
        if used + 4 < width {
            spans.push(Span::styled(format!("  {}", fit(&kind, width - used - 2)), theme.dim()));
        }
        list_row(app, (inside, row), spans, focused, buf, theme);
    }
}

/// The rows of a list of this catalogue's records.
fn records(
    app: &App,
    section: &crate::browser::app::Section,
    inside: Rect,
    rows: usize,
    focused: bool,
    buf: &mut Buffer,
    theme: Theme,
) {
    let width = usize::from(inside.width);
    let shows_schedule = matches!(section.shelf, Shelf::Plan | Shelf::Kind(Kind::ScheduleItem));
    let now_next = if shows_schedule { app.now_next() } else { Default::default() };
    // A programme of whole days only (BAMEX) needs no time column: "all day" on every row
    // would cost the names their room.
    let timed = shows_schedule
        && app.list().visible.iter().any(|&id| {
            app.catalog().get(id).kind() == Kind::ScheduleItem
                && !crate::features::plan::is_all_day(app.catalog(), id)
        });
    let in_schedule = section.shelf == Shelf::Kind(Kind::ScheduleItem);
    // The times' column, as wide as the longest on screen ("09:00–10:00 ", "23:30–00:30+1 "),
    // or on a narrow pane the start alone ("09:00 "): the end is on the card.
    let full_time = |id| app.catalog().time_text_compact(id).unwrap_or_default();
    let column_width = |time: &dyn Fn(crate::catalog::RecordId) -> String| {
        let on_screen = app.list().visible.iter().skip(app.list().offset).take(rows);
        on_screen.map(|&id| super::text::cells(&time(id)) + 1).max().unwrap_or(0)
    };
    let full_width = if timed && in_schedule { column_width(&full_time) } else { 0 };
    let short = width < 1 + full_width + NAME_ROOM + BADGE_ROOM;
    let start_time = |id| {
        let full = full_time(id);
        full.split('–').next().map(str::to_owned).unwrap_or(full)
    };
    let time_of = |id| if short { start_time(id) } else { full_time(id) };
    let time_width = if !timed || !in_schedule {
        0
    } else if short {
        column_width(&start_time)
    } else {
        full_width
    };
    // Times first, then the day, while the name keeps room: a schedule is read by its times.
    let time_column = time_width > 0 && width > 1 + time_width + NAME_ROOM / 2;
    let full_day = width >= FULL_DAY_FROM;
    // As wide as the days on screen say themselves, and a space: French writes "jeu. 13 nov.",
    // wider than "Thu 13 Nov", and its day ran into the name.
    let said: usize = if in_schedule {
        let visible = app.list().visible.iter().skip(app.list().offset).take(rows);
        visible
            .map(|&id| {
                let day = schedule_day(app, id);
                let shown = if full_day {
                    day.as_str()
                } else {
                    day.rsplit_once(' ').map_or(day.as_str(), |(short, _)| short)
                };
                cells(shown) + 1
            })
            .max()
            .unwrap_or(0)
    } else {
        0
    };
    let day_width = said.max(if full_day { DAY_WIDTH } else { SHORT_DAY_WIDTH });
    let day_column =
        in_schedule && width > 1 + day_width + NAME_ROOM + if time_column { time_width } else { 0 };
    for (row, &id) in app.list().visible.iter().enumerate().skip(app.list().offset).take(rows) {
        let record = app.catalog().get(id);
        let mark = if app.is_marked(id) { MARK } else { " " };
        let mut spans = vec![Span::styled(mark, theme.mark())];
        let mut used = 1;
        // The schedule is grouped by day: the day stands in a column of its own, on the first
        // item of each day only.
        if day_column {
            let day = schedule_day(app, id);
            let first = row == 0 || schedule_day(app, app.list().visible[row - 1]) != day;
            let column = match first {
                true if full_day => day,
                true => day.rsplit_once(' ').map_or(day.clone(), |(short, _)| short.to_owned()),
                false => String::new(),
            };
            spans.push(Span::styled(format!("{column:<day_width$}"), theme.heading()));
            used += day_width;
        }
        if time_column {
            let time = time_of(id);
            spans.push(Span::styled(format!("{time:<time_width$}"), theme.dim()));
            used += time_width;
        }
        // In My plan, which mixes kinds, a timed item's start stands before its name: the one
        // thing about it a narrow pane must not cut.
        let planned_time = section.shelf == Shelf::Plan
            && record.kind() == Kind::ScheduleItem
            && !crate::features::plan::is_all_day(app.catalog(), id);
        if planned_time && width > 6 + NAME_ROOM / 2 {
            let start = start_time(id);
            spans.push(Span::styled(format!("{start} "), theme.dim()));
            used += super::text::cells(&start) + 1;
        }
        // The schedule's "now" and "next", while the event is on: room is kept for it, since
        // it says more than the end of a long name.
        let badge = if now_next.now.contains(&id) {
            Some(format!("  ▶ {}", crate::tr!("ui-badge-now")))
        } else if now_next.today.contains(&id) {
            Some(format!("  {}", crate::tr!("ui-badge-today")))
        } else if now_next.next == Some(id) {
            Some(format!("  {}", crate::tr!("ui-badge-next")))
        } else {
            None
        };
        let badge_width = badge.as_deref().map_or(0, cells);
        // DEMO and NEW/CHANGED say more than the end of a long name too: the name gives way to
        // them while it keeps half its room (a French name, longer, must not cost the badge).
        let demo = matches!(record.get(Field::Demo), Some(ValueRef::Bool(true)))
            .then(|| format!(" {}", crate::tr!("ui-badge-demo")));
        let tags: Vec<String> = demo.into_iter().chain(edition_badge(app, id)).collect();
        let tags_width: usize = tags.iter().map(|tag| cells(tag)).sum();
        let keeps_half = width > used + badge_width + tags_width + NAME_ROOM / 2;
        let name_room =
            width.saturating_sub(used + badge_width + if keeps_half { tags_width + 1 } else { 0 });
        let name = fit(&sanitize_line(record.name()), name_room);
        used += super::text::cells(&name);
        spans.push(Span::raw(name.clone()));
        for tag in tags {
            if used + cells(&tag) + badge_width < width {
                used += cells(&tag);
                spans.push(Span::styled(tag, theme.demo()));
            }
        }
        if let Some(badge) = badge.filter(|_| used + badge_width <= width) {
            spans.push(Span::styled(badge, theme.now()));
            used += badge_width;
        }
        // In the schedule the day and times have columns: the context is the place.
        let context = if in_schedule {
            record.text(Field::Place).unwrap_or_default().to_owned()
        } else {
            app.row_context(id)
        };
        if !context.is_empty() && used + 4 < width {
            let context = fit(&sanitize_line(&context), width - used - 2);
            spans.push(Span::styled(format!("  {context}"), theme.dim()));
        }
        list_row(app, (inside, row), spans, focused, buf, theme);
    }
}

/// List row `row` drawn in the list pane's `inside`, as `spans`, lit when it is the cursor's.
fn list_row(
    app: &App,
    (inside, row): (Rect, usize),
    spans: Vec<Span<'static>>,
    focused: bool,
    buf: &mut Buffer,
    theme: Theme,
) {
    let selected = row == app.list().cursor;
    let y = inside.y + u16::try_from(row - app.list().offset).unwrap_or(u16::MAX);
    let style = row_style(selected, focused, theme);
    if selected {
        buf.set_style(Rect { y, height: 1, ..inside }, style);
    }
    buf.set_line(inside.x, y, &Line::from(spans).patch_style(style), inside.width);
}
