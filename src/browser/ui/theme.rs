//! Styles. Colours are the terminal's own named ANSI colours (so they follow the user's palette
//! on dark and light backgrounds alike), emphasis is bold, reverse, underline and dim; under
//! NO_COLOR only those modifiers are used.

use ratatui::style::{Color, Modifier, Style};

#[derive(Clone, Copy, Debug)]
pub struct Theme {
    color: bool,
}

impl Theme {
    pub fn new(color: bool) -> Theme {
        Theme { color }
    }

    fn fg(self, color: Color) -> Style {
        if self.color { Style::new().fg(color) } else { Style::new() }
    }

    pub fn border(self, focused: bool) -> Style {
        if focused { self.fg(Color::Cyan).add_modifier(Modifier::BOLD) } else { Style::new() }
    }

    pub fn title(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// The row under the cursor of the focused pane.
    pub fn cursor(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    /// The selected row of a pane without focus.
    pub fn selected(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    pub fn dim(self) -> Style {
        Style::new().add_modifier(Modifier::DIM)
    }

    /// Characters a search matched.
    pub fn matched(self) -> Style {
        let style = self.fg(Color::Yellow).add_modifier(Modifier::BOLD);
        if self.color { style } else { style.add_modifier(Modifier::UNDERLINED) }
    }

    pub fn heading(self) -> Style {
        self.fg(Color::Magenta).add_modifier(Modifier::BOLD)
    }

    pub fn group(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn link(self) -> Style {
        self.fg(Color::Blue)
    }

    pub fn label(self) -> Style {
        self.fg(Color::Cyan)
    }

    pub fn kind(self) -> Style {
        self.fg(Color::Magenta)
    }

    pub fn key(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    pub fn message(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    pub fn mark(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    pub fn demo(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }
}
