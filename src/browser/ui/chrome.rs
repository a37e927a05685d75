//! The header (catalogue, trail, history position), the status bar (generated from the key
//! map), the help overlay (also generated from the key map) and the too-small notice.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Widget};

use super::Theme;
use super::panes::pane_block;
use super::text::fit;
use crate::browser::app::keymap::{self, HelpLine};
use crate::browser::app::{Action, App, Mode, Route, layout};
use crate::catalog::Progress;
use crate::text::sanitize_line;
use unicode_width::UnicodeWidthStr;

/// How many visits of the history the header's trail shows.
const TRAIL: usize = 3;

pub fn header(app: &App, area: Rect, buf: &mut Buffer, theme: Theme) {
    let width = usize::from(area.width);
    let mut spans = vec![Span::styled(" showfloor ", theme.heading())];
    spans.push(Span::styled(fit(&sanitize_line(&app.catalog().title()), 40), theme.title()));
    spans.push(Span::styled("  │ ", theme.dim()));
    let trail = app.trail();
    let (position, length) = app.history().position();
    let names: Vec<String> = trail[trail.len().saturating_sub(TRAIL)..]
        .iter()
        .map(|&route| {
            // The name is cut, not what the view adds to it, so a view's visit reads as one.
            let name = fit(&sanitize_line(app.catalog().get(route.record()).name()), 30);
            match route {
                Route::Record(_) => name,
                Route::Graph { .. } => crate::tr!("ui-graph-trail", name = name),
            }
        })
        .collect();
    if trail.len() > TRAIL {
        spans.push(Span::styled("… › ", theme.dim()));
    }
    if names.is_empty() {
        if let Some(section) = app.current_section() {
            spans.push(Span::raw(section.label()));
        }
    } else {
        for (i, name) in names.iter().enumerate() {
            let last = i + 1 == names.len();
            spans.push(Span::styled(name.clone(), if last { theme.title() } else { theme.dim() }));
            if !last {
                spans.push(Span::styled(" › ", theme.dim()));
            }
        }
    }
    if let Some(filters) = app.current_facets().filter(|filters| !filters.is_empty()) {
        spans.push(Span::styled("  ⧩ ", theme.mark()));
        spans.push(Span::styled(fit(&sanitize_line(&filters.describe()), 60), theme.title()));
    }
    if app.settings().catalogue_errors > 0 {
        spans.push(Span::styled(
            format!(
                "  ⚠ {}",
                crate::tr!("ui-header-errors", count = app.settings().catalogue_errors)
            ),
            theme.matched(),
        ));
    }
    let used: usize = spans.iter().map(Span::width).sum();
    if length > 0 {
        let back = if position > 1 { "◂" } else { " " };
        let forward = if position < length { "▸" } else { " " };
        let counter = format!(" {back} {position}/{length} {forward} ");
        let gap = width.saturating_sub(used + counter.chars().count());
        spans.push(Span::raw(" ".repeat(gap)));
        spans.push(Span::styled(counter, theme.dim()));
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
}

pub fn status(app: &App, area: Rect, buf: &mut Buffer, theme: Theme) {
    let line = if let Mode::ImportPlan(input) = app.mode() {
        // The line being typed is what matters now; what was said before it can wait.
        let prompt = import_prompt();
        Line::from(vec![
            Span::styled(prompt, theme.key()),
            Span::raw(sanitize_line(input.text()).into_owned()),
        ])
    } else if let Some(message) = &app.message() {
        // Cut where it must be with an ellipsis, so a reader knows there was more.
        let message = format!(" {}", sanitize_line(message));
        Line::styled(fit(&message, usize::from(area.width)), theme.message())
    } else {
        hint_line(app, usize::from(area.width), theme)
    };
    buf.set_line(area.x, area.y, &line, area.width);
}

/// The hints that fit whole, most useful (the focused pane's) first; the way to help, where
/// there is one, is always kept, at the end. The line tightens before a hint gives way, so it
/// keeps as many as it can, and a longer language keeps what a shorter one shows: two spaces
/// between hints, else one, else the least useful hints at a narrower key of theirs ("[" for
/// "Backspace"); only when none of these fit is the least useful hint left out.
fn hint_line(app: &App, width: usize, theme: Theme) -> Line<'static> {
    let mut hints = keymap::hints(app.keymap(), &app.contexts());
    // Keys that would only say why not (a removed record's) are not offered.
    hints.retain(|(_, hint)| {
        !app.keymap().bindings().iter().any(|binding| {
            binding.hint_text() == *hint
                && binding.action().is_some_and(|a| app.refused_on_removed(a))
        })
    });
    let help = hints
        .iter()
        .position(|(_, hint)| *hint == Action::ToggleHelp.hint())
        .map(|at| hints.remove(at));
    let (gap, shown) = (0..=hints.len())
        .rev()
        .find_map(|count| tightest_fit(app, &hints[..count], help.as_ref(), width))
        .unwrap_or_else(|| (1, help.into_iter().collect()));
    let mut spans = vec![Span::raw(" ")];
    for (at, (key, hint)) in shown.into_iter().enumerate() {
        if at > 0 {
            spans.push(Span::raw(" ".repeat(gap)));
        }
        spans.push(Span::styled(key, theme.key()));
        spans.push(Span::raw(format!(" {hint}")));
    }
    Line::from(spans)
}

type Hint = (String, &'static str);

/// `hints` and `help` laid out in the loosest way that fits `width`, with the gap between
/// hints, or None when even the tightest does not.
fn tightest_fit(
    app: &App,
    hints: &[Hint],
    help: Option<&Hint>,
    width: usize,
) -> Option<(usize, Vec<Hint>)> {
    // By display width: the words may be French, longer, and not all one cell a letter.
    let line_width = |line: &[Hint], gap: usize| {
        1 + line.iter().map(|(key, hint)| key.width() + 1 + hint.width()).sum::<usize>()
            + gap * line.len().saturating_sub(1)
    };
    let mut line: Vec<Hint> = hints.iter().cloned().chain(help.cloned()).collect();
    for gap in [2, 1] {
        if line_width(&line, gap) <= width {
            return Some((gap, line));
        }
    }
    // The least useful first; the help hint keeps its key.
    for at in (0..hints.len()).rev() {
        if let Some(alias) = keymap::narrowest_alias(app.keymap(), &app.contexts(), &line[at].0) {
            line[at].0 = alias;
            if line_width(&line, 1) <= width {
                return Some((1, line));
            }
        }
    }
    None
}

/// What the status bar says before the plan file's path, as the text cursor needs to know.
pub fn import_prompt() -> String {
    format!(" {} ", crate::tr!("ui-import-plan-prompt"))
}

/// The help text: every binding, grouped by where it applies.
pub fn help(app: &App, area: Rect, buf: &mut Buffer, theme: Theme) {
    Clear.render(area, buf);
    pane_block(format!(" {} ", crate::tr!("ui-help-title")), true, theme).render(area, buf);
    let inside = layout::inner(area);
    let width = inside.width.saturating_sub(1);
    for (offset, line) in keymap::help_lines(app.keymap(), usize::from(width))
        .into_iter()
        .skip(app.help_scroll())
        .take(usize::from(inside.height))
        .enumerate()
    {
        let line = match line {
            HelpLine::Title(title) => Line::styled(title, theme.heading()),
            HelpLine::Key { keys, text } => {
                Line::from(vec![Span::styled(keys, theme.key()), Span::raw(text)])
            }
            HelpLine::Blank => Line::raw(""),
        };
        let y = inside.y + u16::try_from(offset).unwrap_or(u16::MAX);
        buf.set_line(inside.x + 1, y, &line, width);
    }
}

/// The loading screen: files and records read so far.
pub fn loading(
    area: Rect,
    buf: &mut Buffer,
    progress: &Progress,
    elapsed: std::time::Duration,
    theme: Theme,
) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let total = Progress::get(&progress.files_total);
    let parsed = Progress::get(&progress.files_parsed);
    let records = Progress::get(&progress.records);
    let stage = if total > 0 && parsed >= total {
        crate::tr!("ui-loading-indexing")
    } else {
        crate::tr!("ui-loading-reading")
    };
    let lines = [
        Line::styled("showfloor", theme.heading()),
        Line::raw(format!("{stage}…")),
        Line::styled(
            crate::tr!(
                "ui-loading-progress",
                parsed = parsed,
                total = total,
                records = records,
                seconds = crate::i18n::decimal(elapsed.as_secs_f64(), 1)
            ),
            theme.dim(),
        ),
    ];
    let top = area.y + area.height.saturating_sub(3) / 2;
    for (offset, line) in lines.iter().enumerate() {
        let y = top + u16::try_from(offset).unwrap_or(0);
        if y >= area.bottom() {
            break;
        }
        let width = usize::from(area.width);
        let text_width = line.width().min(width);
        let x = area.x + u16::try_from((width - text_width) / 2).unwrap_or(0);
        buf.set_line(x, y, line, area.width);
    }
}

pub fn too_small(area: Rect, buf: &mut Buffer) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    // The essential words first: at 10 columns this still says "too small…".
    let notice = crate::tr!("ui-too-small", width = layout::MIN_WIDTH, height = layout::MIN_HEIGHT);
    buf.set_string(
        area.x,
        area.y,
        fit(&notice, usize::from(area.width)),
        ratatui::style::Style::new(),
    );
}
