//! The browser's state and its rules, with no terminal in sight: a key becomes an [`Action`]
//! through the [`keymap`], [`update`] applies it (or a program's [`Msg`]) to the [`App`], and
//! the `ui` module draws the result without changing it. `App`'s fields are private: code
//! outside this module reads them through methods and changes them only through `update`.

mod action;
mod built;
pub mod compare_view;
pub mod detail;
mod editions;
mod effect;
pub mod facets;
pub mod floor_view;
pub mod graph_view;
mod history;
mod input;
pub mod keymap;
pub mod layout;
mod msg;
mod plan_rows;
mod shelves;
mod update;
mod views;

pub use crate::features::diff::Edition;
pub use action::Action;
pub use effect::Effect;
pub use history::{History, Route, Visit};
pub use input::LineInput;
pub use keymap::Context;
pub use msg::Msg;
pub use shelves::{Section, Shelf, Shelves};
pub use update::update;
pub use views::{
    Clock, DetailView, FacetCount, GraphView, HelpView, ListView, Mode, ModeName, NoteEditor, Pane,
    SaveStatus, SearchView, Settings,
};

use crate::catalog::{Catalog, RecordId};
use std::sync::Arc;

use crate::search::SearchIndex;
use crate::state::State;

pub struct App {
    catalog: Arc<Catalog>,
    index: Arc<SearchIndex>,
    shelves: Shelves,
    list: ListView,
    filter: LineInput,
    detail: DetailView,
    history: History,
    focus: Pane,
    mode: Mode,
    search: SearchView,
    settings: Settings,
    width: u16,
    height: u16,
    /// A one-off note for the status bar ("no link here"), until the user's next action.
    message: Option<String>,
    /// The user's marks and notes for this catalogue.
    state: State,
    saving: SaveStatus,
    /// How closely the floor plan is drawn: 0 fits halls to the pane, each step doubles.
    floor_zoom: u8,
    /// Facet values prepared for counting, built when the facet panel first opens: on a thread
    /// in the browser (a second and a half at a million records), in place in tests.
    facet_count: FacetCount,
    /// The earlier edition this catalogue is compared with (`--compare-to`), when there is one.
    earlier: Option<Arc<crate::features::diff::Earlier>>,
    /// The effects of the `update` call under way, returned when it ends; always empty
    /// between calls (see [`update::update`]).
    effects: Vec<Effect>,
    /// Records put aside to compare, in the order added (at most `compare::MAX_COLUMNS`).
    tray: Vec<RecordId>,
    /// The detail document and compare table last built, with what they were built from.
    built: built::Built,
    /// The keys in effect: the defaults, with the user's config.
    keymap: keymap::KeyMap,
    /// The presses of a key sequence typed so far ("g" of "g g"); empty between sequences.
    pending_keys: Vec<keymap::Key>,
}

impl App {
    pub fn new(catalog: Catalog, width: u16, height: u16) -> App {
        let index = Arc::new(SearchIndex::build(&catalog));
        let shelves = Shelves::new(&catalog);
        let mut app = App {
            catalog: Arc::new(catalog),
            index,
            shelves,
            list: ListView::default(),
            filter: LineInput::default(),
            detail: DetailView::default(),
            history: History::default(),
            focus: Pane::List,
            mode: Mode::Browse,
            search: SearchView::default(),
            settings: Settings::default(),
            width,
            height,
            message: None,
            state: State::default(),
            saving: SaveStatus::default(),
            floor_zoom: 0,
            facet_count: FacetCount::NotYet,
            earlier: None,
            effects: Vec::new(),
            tray: Vec::new(),
            built: built::Built::default(),
            keymap: keymap::KeyMap::default(),
            pending_keys: Vec::new(),
        };
        app.refilter(None);
        app.keep_built();
        app
    }

    /// The same app with these settings (how the session runs: colour, export folder, clock,
    /// background threads).
    pub fn with_settings(mut self, settings: Settings) -> App {
        self.settings = settings;
        self
    }

    /// The same app with this key map (the defaults changed by the user's config).
    pub fn with_keymap(mut self, keymap: keymap::KeyMap) -> App {
        self.keymap = keymap;
        self
    }

    /// The keys in effect, for input, help and the status bar.
    pub fn keymap(&self) -> &keymap::KeyMap {
        &self.keymap
    }

    /// What a terminal event asks of `update`, after the presses of a sequence typed so far.
    pub fn msg_for_event(&self, event: &crossterm::event::Event) -> Option<Msg> {
        match event {
            crossterm::event::Event::Key(key) => {
                self.keymap.msg_after(&self.pending_keys, *key, &self.contexts())
            }
            other => self.keymap.msg_for_event(other, &self.contexts()),
        }
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Change how the session runs, before it starts or when a thread could not be had. The
    /// settings are independent of the browser's state, so no invariant is at stake.
    pub fn settings_mut(&mut self) -> &mut Settings {
        &mut self.settings
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// The catalogue, to hand to another thread.
    pub fn shared_catalog(&self) -> Arc<Catalog> {
        Arc::clone(&self.catalog)
    }

    /// The search index, to hand to the search worker.
    pub fn shared_index(&self) -> Arc<SearchIndex> {
        Arc::clone(&self.index)
    }

    pub fn index(&self) -> &SearchIndex {
        &self.index
    }

    pub fn shelves(&self) -> &Shelves {
        &self.shelves
    }

    /// Every entry of the kinds pane.
    pub fn sections(&self) -> &[Section] {
        self.shelves.all()
    }

    /// The selected entry of the kinds pane.
    pub fn section(&self) -> usize {
        self.shelves.selected()
    }

    pub fn list(&self) -> &ListView {
        &self.list
    }

    pub fn filter(&self) -> &LineInput {
        &self.filter
    }

    pub fn detail(&self) -> &DetailView {
        &self.detail
    }

    pub fn history(&self) -> &History {
        &self.history
    }

    pub fn focus(&self) -> Pane {
        self.focus
    }

    pub fn mode(&self) -> &Mode {
        &self.mode
    }

    pub fn search(&self) -> &SearchView {
        &self.search
    }

    pub fn width(&self) -> u16 {
        self.width
    }

    pub fn height(&self) -> u16 {
        self.height
    }

    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    pub fn state(&self) -> &State {
        &self.state
    }

    pub fn saving(&self) -> &SaveStatus {
        &self.saving
    }

    pub fn floor_zoom(&self) -> u8 {
        self.floor_zoom
    }

    pub fn facet_count(&self) -> &FacetCount {
        &self.facet_count
    }

    pub fn tray(&self) -> &[RecordId] {
        &self.tray
    }

    /// The note editor, while it is open.
    pub fn note(&self) -> Option<&NoteEditor> {
        match &self.mode {
            Mode::Note(editor) => Some(editor),
            _ => None,
        }
    }

    /// The facet panel, while it is open.
    pub fn facet_panel(&self) -> Option<&facets::FacetPanel> {
        match &self.mode {
            Mode::Facets(panel) => Some(panel),
            _ => None,
        }
    }

    /// How far help is scrolled, while it is open.
    pub fn help_scroll(&self) -> usize {
        match &self.mode {
            Mode::Help(help) => help.scroll,
            _ => 0,
        }
    }

    /// The first row of the comparison on screen, while it is open.
    pub fn compare_scroll(&self) -> usize {
        match self.mode {
            Mode::Compare { scroll } => scroll,
            _ => 0,
        }
    }

    /// The relationship view's state, while it is open.
    pub fn graph_view(&self) -> Option<&GraphView> {
        match &self.mode {
            Mode::Graph(view) => Some(view),
            _ => None,
        }
    }

    /// The contexts whose key bindings are in effect, most specific first.
    pub fn contexts(&self) -> Vec<Context> {
        let pane = match self.focus {
            Pane::Kinds => Context::Kinds,
            Pane::List => Context::List,
            Pane::Detail => Context::Detail,
        };
        let on_floor = self.on_floor_plan();
        match self.mode.name() {
            // The floor plan is a map, not a list: the list's keys (its filter among them,
            // whose line a map has no room for) are not offered there.
            ModeName::Browse if on_floor => {
                vec![Context::Always, Context::Floor, Context::Global]
            }
            ModeName::Browse => vec![Context::Always, pane, Context::Global],
            ModeName::Search => vec![Context::Always, Context::Search],
            ModeName::Filter => vec![Context::Always, Context::Filter],
            ModeName::Help => vec![Context::Always, Context::Help],
            ModeName::Note => vec![Context::Always, Context::Note],
            ModeName::Facets => vec![Context::Always, Context::Facets],
            ModeName::Compare => vec![Context::Always, Context::Compare],
            ModeName::ImportPlan => vec![Context::Always, Context::ImportPlan],
            ModeName::Graph => vec![Context::Always, Context::Graph],
        }
    }

    pub fn current_section(&self) -> Option<&Section> {
        self.shelves.current()
    }

    /// The record under the list cursor. None on "Removed since OLD", whose records are the
    /// earlier edition's ([`App::removed_shown`]): nothing of this catalogue is selected there.
    pub fn selected(&self) -> Option<RecordId> {
        if self.on_removed() {
            return None;
        }
        self.list.visible.get(self.list.cursor).copied()
    }

    /// The record the detail pane shows: the highlighted search result while searching (a live
    /// preview), otherwise the record under the list cursor.
    pub fn shown(&self) -> Option<RecordId> {
        match self.mode {
            Mode::Search => self.search.hits.get(self.search.cursor).map(|hit| hit.record),
            _ => self.selected(),
        }
    }

    /// The header's trail, oldest first: the visits up to the current one, and then the record
    /// on screen when the user has moved on from the last visit in the list (a page previewed,
    /// not yet a visit, but where the user is: the trail must not name the page left behind).
    pub fn trail(&self) -> Vec<Route> {
        let mut trail: Vec<Route> = self.history.trail().iter().map(|visit| visit.route).collect();
        if let Some(shown) = self.shown()
            && !trail.is_empty()
            && trail.last().map(|route| route.record()) != Some(shown)
        {
            trail.push(Route::Record(shown));
        }
        trail
    }

    /// Go to `record` as following a link to it does: its kind's list, the record selected
    /// (a filter that hides it cleared), its page open at the top, a new visit in history.
    pub fn go_to(&mut self, record: RecordId) {
        update::navigate(self, record);
    }

    /// Ask the event loop for `effect` when this `update` ends.
    pub(crate) fn emit(&mut self, effect: Effect) {
        self.effects.push(effect);
    }

    /// Whether `id` is marked.
    pub fn is_marked(&self, id: RecordId) -> bool {
        self.state.is_marked(self.catalog.get(id).id())
    }

    /// The record a mark or a note applies to: the highlighted search result while searching,
    /// otherwise the record the list and the detail pane show.
    /// The record a mark, a note or a copy is about: the one shown, except on the floor plan,
    /// where a stand with one exhibitor stands for its exhibitor (a person marks a company,
    /// not a rectangle of floor). A shared or empty stand is itself.
    pub fn focused_record(&self) -> Option<RecordId> {
        let shown = self.shown()?;
        if self.on_floor_plan()
            && let [exhibitor] = self.exhibitors_of(shown).as_slice()
        {
            return Some(*exhibitor);
        }
        Some(shown)
    }

    /// The floor plan is on screen with its map focused.
    pub fn on_floor_plan(&self) -> bool {
        matches!(self.mode, Mode::Browse)
            && self.focus == Pane::List
            && self.current_section().is_some_and(|s| s.shelf == Shelf::Floor)
    }

    /// The companies at a stand ([`Catalog::exhibitors_of`]).
    pub fn exhibitors_of(&self, stand: RecordId) -> Vec<RecordId> {
        self.catalog.exhibitors_of(stand)
    }

    /// Whether the link cursor is on screen to be seen and followed: not while an untouched
    /// page's first link is below the screen.
    pub fn link_cursor_shown(&self) -> bool {
        self.detail_doc().is_none_or(|doc| self.detail.cursor_shown(&doc, self.detail_rows()))
    }
}

/// The first visible row that keeps `cursor` on screen, moving `offset` as little as possible.
pub fn keep_visible(cursor: usize, offset: usize, rows: usize) -> usize {
    if cursor < offset {
        cursor
    } else if cursor >= offset + rows {
        cursor + 1 - rows
    } else {
        offset
    }
}

/// [`keep_visible`] for a view that should not scroll past its end: with `total` rows, no
/// blank room below the last while rows above it are hidden (after the rows got fewer, or the
/// screen taller).
pub fn keep_visible_within(cursor: usize, offset: usize, rows: usize, total: usize) -> usize {
    keep_visible(cursor, offset, rows).min(total.saturating_sub(rows))
}

#[cfg(test)]
mod tests;
