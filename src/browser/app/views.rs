//! The state each part of the browser keeps: the panes, the modes (each carrying its own
//! state, so an editor cannot be open without its text), and the settings a session starts with.

use std::sync::Arc;

use super::LineInput;
use super::detail;
use super::facets::FacetPanel;
use crate::catalog::RecordId;
use crate::search::Hit;

/// The three panes of the browser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pane {
    Kinds,
    List,
    Detail,
}

/// What the keyboard is talking to, with what that mode alone needs.
#[derive(Debug)]
pub enum Mode {
    Browse,
    /// The search overlay (its input and results live on in [`SearchView`], whose generation
    /// count must outlast one opening).
    Search,
    /// Typing the list filter.
    Filter,
    /// The help overlay, over the mode it was opened from.
    Help(HelpView),
    /// The note editor on a record.
    Note(Box<NoteEditor>),
    /// The facet panel over the list.
    Facets(FacetPanel),
    /// The records of the compare tray side by side; `scroll` is the first row on screen.
    Compare {
        scroll: usize,
    },
    /// Typing the path of a plan file to merge in (`I`).
    ImportPlan(LineInput),
    /// The relationship view of a record (r).
    Graph(GraphView),
}

/// Which mode it is, without its state: what the layout and the key map ask.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModeName {
    Browse,
    Search,
    Filter,
    Help,
    Note,
    Facets,
    Compare,
    ImportPlan,
    Graph,
}

impl Mode {
    pub fn name(&self) -> ModeName {
        match self {
            Mode::Browse => ModeName::Browse,
            Mode::Search => ModeName::Search,
            Mode::Filter => ModeName::Filter,
            Mode::Help(_) => ModeName::Help,
            Mode::Note(_) => ModeName::Note,
            Mode::Facets(_) => ModeName::Facets,
            Mode::Compare { .. } => ModeName::Compare,
            Mode::ImportPlan(_) => ModeName::ImportPlan,
            Mode::Graph(_) => ModeName::Graph,
        }
    }
}

/// The help overlay: how far it is scrolled, and the mode closing it returns to (the facet
/// panel or the comparison as they were, or browsing).
#[derive(Debug)]
pub struct HelpView {
    pub scroll: usize,
    under: Box<Mode>,
}

impl HelpView {
    /// Help over `under`, at its top.
    pub fn over(under: Mode) -> HelpView {
        // Help over help is help: closing it goes back to what the first was opened from.
        let under = match under {
            Mode::Help(help) => *help.under,
            other => other,
        };
        HelpView { scroll: 0, under: Box::new(under) }
    }

    /// The mode help was opened from.
    pub fn under(&self) -> &Mode {
        &self.under
    }

    pub(super) fn close(self) -> Mode {
        *self.under
    }
}

/// The relationship view: whose neighbourhood, how deep, the row under the cursor and the first
/// row on screen. The rows themselves are built from the first two (`app::graph_view`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GraphView {
    pub record: RecordId,
    pub depth: u8,
    pub cursor: usize,
    pub offset: usize,
}

impl GraphView {
    /// The view of `record` at `depth`, at its top.
    pub fn of(record: RecordId, depth: u8) -> GraphView {
        GraphView { record, depth, cursor: 0, offset: 0 }
    }
}

/// The note being written: the record and the editor's text.
#[derive(Debug)]
pub struct NoteEditor {
    pub record: RecordId,
    pub text: ratatui_textarea::TextArea<'static>,
}

/// The time as the app sees it: the system clock, or a fixed time (`--now`, tests).
#[derive(Clone, Copy, Debug, Default)]
pub struct Clock {
    /// A wall-clock time, read in the catalogue's time zone (`--now 2025-11-13T10:00` means ten
    /// in the morning in Bamako).
    pub fixed: Option<jiff::civil::DateTime>,
}

impl Clock {
    /// Now, as a point in time; a fixed time is read as the wall clock in `zone`.
    pub fn now(self, zone: &jiff::tz::TimeZone) -> jiff::Timestamp {
        match self.fixed {
            Some(fixed) => fixed
                .to_zoned_datetime(zone.clone())
                .map_or_else(|_| jiff::Timestamp::now(), |z| z.timestamp()),
            None => jiff::Timestamp::now(),
        }
    }
}

/// How a session runs, set before it starts (from the command line, or by a test). Each is
/// independent of the others and of the browser's state, so they are plain fields.
#[derive(Clone, Debug)]
pub struct Settings {
    /// False under NO_COLOR: drawing then uses only bold, reverse and underline.
    pub color: bool,
    /// The style of each role on screen: a built-in theme, changed by the config.
    pub palette: crate::browser::ui::Palette,
    /// The folder `x` and `E` write their exports to (`--out`; the current directory).
    pub export_dir: std::path::PathBuf,
    pub clock: Clock,
    /// Searches are returned as [`super::Effect::Search`] for a background worker, whose
    /// results come back as [`super::Msg::SearchDone`]; otherwise they run inline.
    pub background_search: bool,
    /// The facet index is counted on another thread ([`super::Effect::CountFacets`]) rather
    /// than in place when first needed (tests, benches).
    pub background_facets: bool,
    /// How many errors the catalogue had when it was opened anyway (`--keep-going`); the
    /// header keeps them in view, since what they affect is missing.
    pub catalogue_errors: usize,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            color: true,
            palette: crate::browser::ui::Palette::default(),
            export_dir: std::path::PathBuf::from("."),
            clock: Clock::default(),
            background_search: false,
            background_facets: false,
            catalogue_errors: 0,
        }
    }
}

/// The list pane: the selected section's records that pass the filter.
#[derive(Debug, Default)]
pub struct ListView {
    pub visible: Vec<RecordId>,
    /// The section's records the text filter (f) keeps, before facets: what the facet panel
    /// counts over.
    pub unfaceted: Vec<RecordId>,
    pub cursor: usize,
    /// The first visible row.
    pub offset: usize,
}

#[derive(Debug, PartialEq, Eq)]
pub struct DetailView {
    pub link_cursor: usize,
    /// Nothing has moved in the page since it was shown: it stays at its top (a record opens
    /// with its name and kind in view, at any size and after any resize). When its first link
    /// is below the screen then, no link is highlighted, and the first move shows that first
    /// link rather than skip to the second.
    pub untouched: bool,
    /// The first visible row of the detail document.
    pub scroll: usize,
}

impl DetailView {
    /// Whether the link cursor is on screen in `doc` drawn `rows` high: not while an untouched
    /// page's first link is below the screen. For callers that already built the document.
    pub fn cursor_shown(&self, doc: &detail::DetailDoc, rows: usize) -> bool {
        !(self.untouched && doc.link_row(0).is_some_and(|row| row >= rows))
    }
}

impl Default for DetailView {
    fn default() -> Self {
        DetailView { link_cursor: 0, untouched: true, scroll: 0 }
    }
}

#[derive(Debug, Default)]
pub struct SearchView {
    pub input: LineInput,
    pub hits: Vec<Hit>,
    pub cursor: usize,
    pub offset: usize,
    /// The query `hits` answer. While a background search runs it lags behind the input.
    pub answered: String,
    /// The records of `hits` in record order: the candidates when the query grows.
    pub matched: Arc<crate::search::Matched>,
    /// The generation of the latest search asked for; results of older ones are stale.
    pub generation: u64,
    /// A background search is running for the input as it now stands.
    pub pending: bool,
}

/// Where the facet index stands: it is counted once, when the facet panel first needs it.
#[derive(Default)]
pub enum FacetCount {
    #[default]
    NotYet,
    /// Being counted on another thread; the panel says so until it comes.
    Counting,
    Ready(Arc<crate::features::facet::FacetIndex>),
}

impl std::fmt::Debug for FacetCount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            FacetCount::NotYet => "NotYet",
            FacetCount::Counting => "Counting",
            FacetCount::Ready(_) => "Ready",
        })
    }
}

/// What the user must know about saving: why the last save failed while it has not succeeded
/// since (quitting then asks first), whether they were told on a first quit, and whether the
/// terminal's input closed (the session then ends without asking).
#[derive(Debug, Default)]
pub struct SaveStatus {
    pub unsaved: Option<String>,
    pub quit_warned: bool,
    pub input_gone: bool,
}
