//! Drawing only: `impl Widget for &App` reads the state and never changes it.

mod chrome;
mod compare;
mod detail;
mod facets;
mod floor;
mod graph;
mod note;
mod panes;
mod search;
pub mod text;
mod theme;

pub use theme::{Palette, Role, Theme};

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use crate::browser::app::{App, Mode, layout};
use crate::text::sanitize_line;

/// Draw the whole screen, and put the terminal's cursor in the text input being typed in.
pub fn draw(app: &App, frame: &mut Frame) {
    let area = frame.area();
    frame.render_widget(app, area);
    if let Some(position) = input_cursor(app) {
        frame.set_cursor_position(position);
    }
}

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = Theme::with_palette(self.settings().color, self.settings().palette);
        // The app lays itself out for the size it was last told; draw for the real area.
        let Some(areas) = layout::areas(
            area.width,
            area.height,
            self.mode().name(),
            self.focus(),
            self.content(),
        ) else {
            chrome::too_small(area, buf);
            return;
        };
        chrome::header(self, areas.header, buf, theme);
        if let Some(rect) = areas.kinds {
            panes::kinds(self, rect, buf, theme);
        }
        if let Some(rect) = areas.list {
            if self.current_section().is_some_and(|s| s.shelf == crate::browser::app::Shelf::Floor)
            {
                floor::floor(self, rect, buf, theme);
            } else {
                panes::list(self, rect, buf, theme);
            }
        }
        if let Some(rect) = areas.detail {
            detail::detail(self, rect, buf, theme);
        }
        if let Some(rect) = areas.search {
            search::search(self, rect, buf, theme);
        }
        if let Some(rect) = areas.note {
            note::note(self, rect, buf, theme);
        }
        if let Some(rect) = areas.facets {
            facets::facets(self, rect, buf, theme);
        }
        if let Some(rect) = areas.compare {
            compare::compare(self, rect, buf, theme);
        }
        if let Some(rect) = areas.graph {
            graph::graph(self, rect, buf, theme);
        }
        if let Some(rect) = areas.help {
            chrome::help(self, rect, buf, theme);
        }
        chrome::status(self, areas.status, buf, theme);
    }
}

/// The first frame: what loading has done so far, drawn before the catalogue is ready.
pub fn draw_loading(
    frame: &mut Frame,
    progress: &crate::catalog::Progress,
    elapsed: std::time::Duration,
    color: bool,
) {
    chrome::loading(frame.area(), frame.buffer_mut(), progress, elapsed, Theme::new(color));
}

/// Where the text cursor goes while typing a search or a filter.
fn input_cursor(app: &App) -> Option<Position> {
    let areas = app.areas()?;
    let (input, x, y, width) = match app.mode() {
        Mode::Search => {
            let inside = layout::inner(areas.search?);
            (&app.search().input, inside.x + 2, inside.y, inside.width.saturating_sub(3))
        }
        Mode::Filter => {
            let inside = layout::inner(areas.list?);
            (
                app.filter(),
                inside.x + 9,
                inside.y + inside.height.checked_sub(1)?,
                inside.width.saturating_sub(10),
            )
        }
        Mode::ImportPlan(input) => {
            let x = u16::try_from(chrome::import_prompt().width()).unwrap_or(u16::MAX);
            let status = areas.status;
            (input, status.x + x, status.y, status.width.saturating_sub(x + 1))
        }
        _ => return None,
    };
    let before: String = input.text().chars().take(input.cursor()).collect();
    let offset = u16::try_from(sanitize_line(&before).width()).unwrap_or(u16::MAX).min(width);
    Some(Position { x: x + offset, y })
}
