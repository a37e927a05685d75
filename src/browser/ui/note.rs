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
    // The name gets what the words around it leave, in whichever language they are.
    let words =
        unicode_width::UnicodeWidthStr::width(crate::tr!("ui-note-title", name = "").as_str());
    let room = usize::from(area.width).saturating_sub(words + 4);
    let title = format!(" {} ", crate::tr!("ui-note-title", name = fit(&name, room)));
    pane_block(title, true, theme).render(area, buf);
    // The editor's text was typed, or filtered by `text::editable` when it was pasted or loaded
    // from the state file: it holds no control characters.
    editor.text.render(layout::inner(area), buf);
}
