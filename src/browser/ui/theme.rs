//! Styles, by the role each plays on screen. The built-in themes use the terminal's own named
//! ANSI colours (so they follow the user's palette), emphasis is bold, reverse, underline and
//! dim; a config may give any role a style of its own. Under NO_COLOR only the modifiers are
//! used, whatever the theme.

use ratatui::style::{Color, Modifier, Style};

/// The roles the interface draws, each with its config name and what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Border,
    Title,
    Selection,
    Selected,
    Dim,
    Match,
    Heading,
    Group,
    Link,
    Label,
    Kind,
    Key,
    Warning,
    Mark,
    Demo,
    Now,
}

impl Role {
    pub const ALL: [Role; 16] = [
        Role::Border,
        Role::Title,
        Role::Selection,
        Role::Selected,
        Role::Dim,
        Role::Match,
        Role::Heading,
        Role::Group,
        Role::Link,
        Role::Label,
        Role::Kind,
        Role::Key,
        Role::Warning,
        Role::Mark,
        Role::Demo,
        Role::Now,
    ];

    pub fn config_name(self) -> &'static str {
        match self {
            Role::Border => "border",
            Role::Title => "title",
            Role::Selection => "selection",
            Role::Selected => "selected",
            Role::Dim => "dim",
            Role::Match => "match",
            Role::Heading => "heading",
            Role::Group => "group",
            Role::Link => "link",
            Role::Label => "label",
            Role::Kind => "kind",
            Role::Key => "key",
            Role::Warning => "warning",
            Role::Mark => "mark",
            Role::Demo => "demo",
            Role::Now => "now",
        }
    }

    /// What the role is, for the default config's comments.
    pub fn what(self) -> &'static str {
        match self {
            Role::Border => "the focused pane's border",
            Role::Title => "pane titles",
            Role::Selection => "the row under the cursor in the focused pane",
            Role::Selected => "the selected row of a pane without focus",
            Role::Dim => "secondary text (times, counts, hints)",
            Role::Match => "the characters a search matched",
            Role::Heading => "a page's headings",
            Role::Group => "groups of links and backlinks",
            Role::Link => "links to other records",
            Role::Label => "field labels",
            Role::Kind => "kind badges (company, system…)",
            Role::Key => "keys in the status bar and help",
            Role::Warning => "messages and warnings",
            Role::Mark => "★ on marked records",
            Role::Demo => "DEMO, NEW and CHANGED badges",
            Role::Now => "the schedule's ▶ now, today and next",
        }
    }

    pub fn from_config_name(name: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.config_name() == name)
    }
}

/// A style for each role.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    styles: [Style; Role::ALL.len()],
}

const fn bold() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

const fn colour(color: Color) -> Style {
    Style::new().fg(color)
}

impl Palette {
    /// The built-in themes, by the names a config gives them.
    pub const THEMES: [&'static str; 3] = ["dark", "light", "high-contrast"];

    /// The default: named ANSI colours, which terminals tune for their own background.
    pub fn dark() -> Palette {
        let mut palette = Palette { styles: [Style::new(); Role::ALL.len()] };
        let yellow_bold = colour(Color::Yellow).add_modifier(Modifier::BOLD);
        for (role, style) in [
            (Role::Border, colour(Color::Cyan).add_modifier(Modifier::BOLD)),
            (Role::Title, bold()),
            (Role::Selection, Style::new().add_modifier(Modifier::REVERSED)),
            (
                Role::Selected,
                colour(Color::Cyan).add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            ),
            (Role::Dim, Style::new().add_modifier(Modifier::DIM)),
            (Role::Match, yellow_bold),
            (Role::Heading, colour(Color::Magenta).add_modifier(Modifier::BOLD)),
            (Role::Group, bold()),
            (Role::Link, colour(Color::Blue)),
            (Role::Label, colour(Color::Cyan)),
            (Role::Kind, colour(Color::Magenta)),
            (Role::Key, yellow_bold),
            (Role::Warning, yellow_bold),
            (Role::Mark, yellow_bold),
            (Role::Demo, colour(Color::Red).add_modifier(Modifier::BOLD)),
            (Role::Now, yellow_bold),
        ] {
            palette.set(role, style);
        }
        palette
    }

    /// For light backgrounds: yellow and cyan, unreadable on white, give way to darker ones.
    pub fn light() -> Palette {
        let mut palette = Palette::dark();
        let strong = |color: Color| colour(color).add_modifier(Modifier::BOLD);
        palette.set(Role::Border, strong(Color::Blue));
        palette.set(Role::Selected, strong(Color::Blue).add_modifier(Modifier::UNDERLINED));
        palette.set(Role::Match, strong(Color::Red));
        palette.set(Role::Label, colour(Color::Blue));
        palette.set(Role::Key, strong(Color::Magenta));
        palette.set(Role::Warning, strong(Color::Red));
        palette.set(Role::Mark, strong(Color::Red));
        palette.set(Role::Now, strong(Color::Green));
        palette
    }

    /// Strong contrast: white and bright colours, emphasis doubled by modifiers, nothing dim.
    pub fn high_contrast() -> Palette {
        let mut palette = Palette::dark();
        let strong = |color: Color| colour(color).add_modifier(Modifier::BOLD);
        palette.set(Role::Border, strong(Color::White));
        palette.set(
            Role::Selection,
            Style::new().fg(Color::Black).bg(Color::White).add_modifier(Modifier::BOLD),
        );
        palette.set(Role::Selected, strong(Color::White).add_modifier(Modifier::UNDERLINED));
        palette.set(Role::Dim, Style::new());
        palette.set(Role::Match, strong(Color::LightYellow).add_modifier(Modifier::UNDERLINED));
        palette.set(Role::Link, strong(Color::LightCyan).add_modifier(Modifier::UNDERLINED));
        palette.set(Role::Label, strong(Color::LightCyan));
        palette.set(Role::Warning, strong(Color::LightYellow).add_modifier(Modifier::REVERSED));
        palette.set(Role::Demo, strong(Color::LightRed));
        palette
    }

    /// The built-in theme called `name`.
    pub fn named(name: &str) -> Option<Palette> {
        match name {
            "dark" => Some(Palette::dark()),
            "light" => Some(Palette::light()),
            "high-contrast" => Some(Palette::high_contrast()),
            _ => None,
        }
    }

    pub fn get(&self, role: Role) -> Style {
        self.styles[role as usize]
    }

    pub fn set(&mut self, role: Role, style: Style) {
        self.styles[role as usize] = style;
    }
}

impl Default for Palette {
    fn default() -> Self {
        Palette::dark()
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Theme {
    color: bool,
    palette: Palette,
}

impl Theme {
    pub fn new(color: bool) -> Theme {
        Theme { color, palette: Palette::dark() }
    }

    pub fn with_palette(color: bool, palette: Palette) -> Theme {
        Theme { color, palette }
    }

    /// A role's style; without colour, its modifiers only.
    fn role(self, role: Role) -> Style {
        let style = self.palette.get(role);
        if self.color { style } else { Style { fg: None, bg: None, ..style } }
    }

    pub fn border(self, focused: bool) -> Style {
        if focused { self.role(Role::Border) } else { Style::new() }
    }

    pub fn title(self) -> Style {
        self.role(Role::Title)
    }

    /// The row under the cursor of the focused pane.
    pub fn cursor(self) -> Style {
        self.role(Role::Selection)
    }

    /// The selected row of a pane without focus.
    pub fn selected(self) -> Style {
        self.role(Role::Selected)
    }

    pub fn dim(self) -> Style {
        self.role(Role::Dim)
    }

    /// Characters a search matched: underlined too without colour, to be seen at all.
    pub fn matched(self) -> Style {
        let style = self.role(Role::Match);
        if self.color { style } else { style.add_modifier(Modifier::UNDERLINED) }
    }

    pub fn heading(self) -> Style {
        self.role(Role::Heading)
    }

    pub fn group(self) -> Style {
        self.role(Role::Group)
    }

    pub fn link(self) -> Style {
        self.role(Role::Link)
    }

    pub fn label(self) -> Style {
        self.role(Role::Label)
    }

    pub fn kind(self) -> Style {
        self.role(Role::Kind)
    }

    pub fn key(self) -> Style {
        self.role(Role::Key)
    }

    pub fn message(self) -> Style {
        self.role(Role::Warning)
    }

    pub fn mark(self) -> Style {
        self.role(Role::Mark)
    }

    pub fn demo(self) -> Style {
        self.role(Role::Demo)
    }

    /// The schedule's "▶ now", "today" and "next".
    pub fn now(self) -> Style {
        self.role(Role::Now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_wins_over_any_theme_and_keeps_the_emphasis() {
        let mut palette = Palette::high_contrast();
        palette.set(
            Role::Border,
            Style::new().fg(Color::Rgb(255, 0, 0)).bg(Color::Blue).add_modifier(Modifier::BOLD),
        );
        let plain = Theme::with_palette(false, palette);
        assert_eq!(plain.border(true), Style::new().add_modifier(Modifier::BOLD));
        assert_eq!(plain.matched().fg, None);
        assert!(plain.matched().add_modifier.contains(Modifier::UNDERLINED), "seen without colour");
        let coloured = Theme::with_palette(true, palette);
        assert_eq!(coloured.border(true).fg, Some(Color::Rgb(255, 0, 0)));
        // Each built-in theme is its own.
        assert_ne!(Palette::light(), Palette::dark());
        assert_ne!(Palette::high_contrast(), Palette::dark());
    }
}
