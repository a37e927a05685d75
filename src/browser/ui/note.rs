//! The note editor overlay.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Clear, Widget};

use super::Theme;
use super::panes::pane_block;
use super::text::fit;
use crate::browser::app::{App, layout};
use crate::text::sanitize_line;

pub fn note(app: &App, area: Rect, buf: &mut Buffer, theme: Theme) {
    let Some(editor) = app.note() else { return };
    Clear.render(area, buf);
    let name = sanitize_line(app.catalog().get(editor.record).name());
    let title =
        format!(" Note on {} — Esc saves ", fit(&name, usize::from(area.width).saturating_sub(24)));
    pane_block(title, true, theme).render(area, buf);
    // The editor's text was typed, or filtered by `text::editable` when it was pasted or loaded
    // from the state file: it holds no control characters.
    editor.text.render(layout::inner(area), buf);
}
