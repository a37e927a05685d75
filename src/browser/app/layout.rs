//! Where everything goes on screen, as a pure function of the terminal size and the app's mode.
//! `update` uses it to page and scroll by what is visible and to hit-test mouse clicks; drawing
//! uses it to place the panes. One function, so the two cannot disagree.

use ratatui::layout::{Constraint, Layout, Rect};

use super::{ModeName as Mode, Pane};

/// Below this size nothing useful fits: a one-line notice is drawn instead.
pub const MIN_WIDTH: u16 = 24;
pub const MIN_HEIGHT: u16 = 6;
/// From this width the three panes stand side by side; below it one pane shows at a time.
pub const WIDE: u16 = 80;
/// The kinds pane's width: enough for "Organisations 3999" and the border, more for bigger
/// counts, up to a limit past which the label is cut (never the count).
const KINDS_WIDTH: u16 = 20;
const KINDS_MAX_WIDTH: u16 = 28;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Areas {
    pub header: Rect,
    pub status: Rect,
    pub kinds: Option<Rect>,
    pub list: Option<Rect>,
    pub detail: Option<Rect>,
    /// The search overlay: over the kinds and list panes, leaving the detail pane as a preview.
    pub search: Option<Rect>,
    pub help: Option<Rect>,
    /// The note editor, over the middle of the screen.
    pub note: Option<Rect>,
    /// The facet panel: in place of the detail pane, so the list it narrows stays in view.
    pub facets: Option<Rect>,
    /// The compare view: the whole body.
    pub compare: Option<Rect>,
    /// The relationship view: the whole body.
    pub graph: Option<Rect>,
}

/// The inside of a bordered pane.
pub fn inner(rect: Rect) -> Rect {
    rect.inner(ratatui::layout::Margin::new(1, 1))
}

pub fn is_wide(width: u16) -> bool {
    width >= WIDE
}

/// What the middle pane holds: a list reads well in two fifths of the width, a floor plan drawn
/// to scale wants more, so that stands are big enough to carry their exhibitors' names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Middle {
    List,
    FloorPlan,
}

/// What the panes hold, as far as the layout cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Content {
    pub middle: Middle,
    /// The widest row of the kinds pane, in cells, border excluded.
    pub kinds_row: u16,
    /// How wide the help overlay's text is with nothing wrapped (it follows the key map in
    /// effect); 0 when unknown, and the overlay takes the body's width.
    pub help_width: u16,
}

impl Content {
    /// A list in the middle, kinds rows that fit the narrowest pane.
    pub const LIST: Content = Content { middle: Middle::List, kinds_row: 0, help_width: 0 };
}

/// The areas for a terminal of `width` × `height`, or `None` when it is too small to draw in.
pub fn areas(width: u16, height: u16, mode: Mode, focus: Pane, content: Content) -> Option<Areas> {
    if width < MIN_WIDTH || height < MIN_HEIGHT {
        return None;
    }
    let screen = Rect::new(0, 0, width, height);
    let [header, body, status] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(1), Constraint::Length(1)])
            .areas(screen);
    let mut areas = Areas { header, status, ..Areas::default() };
    if is_wide(width) {
        // The kinds pane grows for big counts, but never takes more than a fifth of the screen.
        let kinds_width = content
            .kinds_row
            .saturating_add(2)
            .clamp(KINDS_WIDTH, KINDS_MAX_WIDTH.min(width / 5).max(KINDS_WIDTH));
        let list_width = match content.middle {
            // Half from 100 columns: a list row holds a name and its context (a schedule row
            // its day, times and place), which two fifths cut at 120 columns while the card had
            // room. Below, the card needs its two thirds more than the row does.
            Middle::List if width >= 100 => (width - kinds_width) / 2,
            Middle::List => (width - kinds_width) * 2 / 5,
            Middle::FloorPlan => (width - kinds_width) * 3 / 5,
        };
        let [kinds, list, detail] = Layout::horizontal([
            Constraint::Length(kinds_width),
            Constraint::Length(list_width),
            Constraint::Min(1),
        ])
        .areas(body);
        areas.kinds = Some(kinds);
        areas.list = Some(list);
        areas.detail = Some(detail);
        if mode == Mode::Search {
            areas.search = Some(Rect { width: kinds.width + list.width, ..kinds });
        }
    } else {
        match focus {
            _ if mode == Mode::Search => areas.search = Some(body),
            _ if mode == Mode::Note => areas.detail = Some(body),
            Pane::Kinds => areas.kinds = Some(body),
            Pane::List => areas.list = Some(body),
            Pane::Detail => areas.detail = Some(body),
        }
    }
    if mode == Mode::Compare {
        areas.compare = Some(body);
    }
    if mode == Mode::Graph {
        areas.graph = Some(body);
    }
    if mode == Mode::Facets {
        areas.facets = areas.detail.take().or_else(|| areas.list.take()).or(Some(body));
    }
    if mode == Mode::Note {
        let width = body.width.min(72).max(body.width * 3 / 5).min(body.width);
        let height = (body.height * 3 / 5).max(6).min(body.height);
        let x = body.x + (body.width - width) / 2;
        let y = body.y + (body.height - height) / 2;
        areas.note = Some(Rect { x, y, width, height });
    }
    if mode == Mode::Help {
        // As wide as its text, border and margins included, or the whole body if that is less.
        let natural = match content.help_width {
            0 => body.width,
            known => known.saturating_add(4),
        };
        let help_width = body.width.min(natural);
        let x = body.x + (body.width - help_width) / 2;
        areas.help = Some(Rect { x, width: help_width, ..body });
    }
    Some(areas)
}

/// What update and drawing both ask of the layout: where the app's panes are and how many
/// rows each shows, at the app's size, in its mode.
impl super::App {
    pub fn areas(&self) -> Option<Areas> {
        self::areas(self.width, self.height, self.mode.name(), self.focus, self.content())
    }

    /// What the panes hold, as far as the layout cares: a list or the floor plan in the middle,
    /// and how wide the kinds pane's rows want to be (" Organisations 39993 ").
    pub fn content(&self) -> self::Content {
        let middle = match self.current_section() {
            Some(section) if section.shelf == super::Shelf::Floor => self::Middle::FloorPlan,
            _ => self::Middle::List,
        };
        let kinds_row = self
            .sections()
            .iter()
            .map(|section| super::shelves::kinds_row_width(section.label(), section.records.len()))
            .max()
            .unwrap_or(0);
        // Only the help overlay is sized by it, and measuring every binding is work for
        // each layout: done while help is open, not on every key of browsing.
        let help_width = if matches!(self.mode, super::Mode::Help(_)) {
            super::keymap::help_natural_width(&self.keymap)
        } else {
            0
        };
        self::Content {
            middle,
            kinds_row: u16::try_from(kinds_row).unwrap_or(u16::MAX),
            help_width: u16::try_from(help_width).unwrap_or(u16::MAX),
        }
    }

    /// The help overlay's rows on screen and the furthest it can scroll, as it is drawn (the
    /// text starts a cell in from the border).
    pub fn help_room(&self) -> (usize, usize) {
        let rows = self.help_inside().map_or(10, |r| usize::from(r.height));
        let lines = self.help_text().len();
        (rows, lines.saturating_sub(rows))
    }

    /// The help overlay's lines as they are drawn at its width.
    pub fn help_text(&self) -> Vec<super::keymap::HelpLine> {
        let width = self.help_inside().map_or(80, |r| usize::from(r.width).saturating_sub(1));
        super::keymap::help_lines(&self.keymap, width)
    }

    fn help_inside(&self) -> Option<Rect> {
        self.areas().and_then(|a| a.help).map(self::inner)
    }

    /// The width the detail document is laid out at (the pane's inside less a left margin).
    pub fn detail_width(&self) -> usize {
        self.areas()
            .and_then(|a| a.detail)
            .map_or(60, |r| usize::from(self::inner(r).width))
            .saturating_sub(1)
    }

    /// Rows of the list pane that can show records (the filter line takes one when shown).
    pub fn list_rows(&self) -> usize {
        let rows =
            self.areas().and_then(|a| a.list).map_or(10, |r| usize::from(self::inner(r).height));
        if self.filter_shown() { rows.saturating_sub(1) } else { rows }
    }

    pub fn filter_shown(&self) -> bool {
        self.mode.name() == Mode::Filter || !self.filter.text().is_empty()
    }

    /// Rows of the search overlay that can show results (two go to the input and the count).
    pub fn search_rows(&self) -> usize {
        self.areas()
            .and_then(|a| a.search)
            .map_or(10, |r| usize::from(self::inner(r).height))
            .saturating_sub(2)
    }

    /// Rows of the facet panel.
    pub fn facet_rows(&self) -> usize {
        self.areas().and_then(|a| a.facets).map_or(10, |r| usize::from(self::inner(r).height))
    }

    /// Rows of the relationship view.
    pub fn graph_rows(&self) -> usize {
        self.areas().and_then(|a| a.graph).map_or(10, |r| usize::from(self::inner(r).height))
    }

    pub fn detail_rows(&self) -> usize {
        self.areas().and_then(|a| a.detail).map_or(10, |r| usize::from(self::inner(r).height))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_terminals_show_three_panes_and_narrow_ones_the_focused_pane() {
        let wide = areas(120, 40, Mode::Browse, Pane::List, Content::LIST).expect("fits");
        assert!(wide.kinds.is_some() && wide.list.is_some() && wide.detail.is_some());
        let narrow = areas(60, 20, Mode::Browse, Pane::Detail, Content::LIST).expect("fits");
        assert_eq!((narrow.kinds, narrow.list), (None, None));
        assert_eq!(narrow.detail.map(|r| r.width), Some(60));
    }

    #[test]
    fn the_floor_plan_gets_more_of_the_width_than_a_list() {
        let width = |middle| {
            let content = Content { middle, ..Content::LIST };
            areas(120, 40, Mode::Browse, Pane::List, content)?.list.map(|r| r.width)
        };
        let (list, plan) = (width(Middle::List), width(Middle::FloorPlan));
        assert!(plan > list, "{plan:?} > {list:?}");
    }

    #[test]
    fn the_kinds_pane_grows_for_big_counts_within_a_limit() {
        let kinds = |kinds_row, width| {
            let content = Content { kinds_row, ..Content::LIST };
            areas(width, 40, Mode::Browse, Pane::List, content)?.kinds.map(|r| r.width)
        };
        assert_eq!(kinds(16, 120), Some(KINDS_WIDTH), "small counts: the usual width");
        assert_eq!(kinds(22, 140), Some(24), "'Organisations 399930' and a margin, plus borders");
        assert_eq!(kinds(40, 200), Some(KINDS_MAX_WIDTH));
        assert_eq!(kinds(40, 100), Some(KINDS_WIDTH), "a fifth of a narrow screen is less");
    }

    #[test]
    fn search_covers_the_left_panes_and_keeps_the_detail_as_preview() {
        let searching = areas(120, 40, Mode::Search, Pane::List, Content::LIST).expect("fits");
        let (search, detail) =
            (searching.search.expect("overlay"), searching.detail.expect("preview"));
        assert_eq!(search.x + search.width, detail.x);
    }

    #[test]
    fn tiny_terminals_get_no_layout() {
        assert_eq!(areas(10, 3, Mode::Browse, Pane::List, Content::LIST), None);
        assert_eq!(areas(0, 0, Mode::Browse, Pane::List, Content::LIST), None);
    }
}
