//! The browser's state and its rules, with no terminal in sight: a key becomes an [`Action`]
//! through the [`keymap`], [`update`] applies it to the [`App`], and the `ui` module draws the
//! result without changing it.

mod action;
pub mod compare_view;
pub mod detail;
mod effect;
pub mod facets;
pub mod floor_view;
mod history;
mod input;
pub mod keymap;
pub mod layout;
mod msg;
mod update;

pub use action::Action;
pub use effect::Effect;
pub use history::{History, Route, Visit};
pub use input::LineInput;
pub use keymap::Context;
pub use msg::Msg;
pub use update::update;

use crate::catalog::{Catalog, Field, Kind, RecordId, ValueRef};
use std::sync::Arc;

use crate::search::{Hit, SearchIndex};
use crate::state::State;
use layout::Areas;

/// The three panes of the browser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pane {
    Kinds,
    List,
    Detail,
}

/// What the keyboard is talking to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Browse,
    Search,
    Filter,
    Help,
    Note,
    /// The facet panel over the list.
    Facets,
    /// The records of the compare tray side by side.
    Compare,
}

/// The note being written: the record and the editor's text.
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

/// The cells a kinds pane row needs: a space, the label, a space, the count, a space.
fn kinds_row_width(label: &str, count: usize) -> usize {
    use unicode_width::UnicodeWidthStr;
    label.width() + count.to_string().len() + 3
}

/// What an entry of the kinds pane holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shelf {
    /// The user's marked records (and schedule items), grouped as [`crate::plan::planned`] says.
    Plan,
    /// The stands of every hall, drawn as a floor plan rather than listed.
    Floor,
    Kind(Kind),
}

/// One entry of the kinds pane and its records in display order.
#[derive(Debug)]
pub struct Section {
    pub shelf: Shelf,
    pub records: Vec<RecordId>,
}

impl Section {
    /// The kind of record the entry lists; `None` for the plan, which mixes kinds.
    pub fn kind(&self) -> Option<Kind> {
        match self.shelf {
            Shelf::Kind(kind) => Some(kind),
            Shelf::Plan => None,
            Shelf::Floor => Some(Kind::Stand),
        }
    }

    pub fn label(&self) -> &'static str {
        match self.shelf {
            Shelf::Kind(kind) => kind.plural(),
            Shelf::Plan => "My plan",
            Shelf::Floor => "Floor plan",
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

pub struct App {
    pub catalog: Arc<Catalog>,
    pub index: Arc<SearchIndex>,
    pub sections: Vec<Section>,
    pub section: usize,
    pub list: ListView,
    pub filter: LineInput,
    pub detail: DetailView,
    pub history: History,
    pub focus: Pane,
    pub mode: Mode,
    pub search: SearchView,
    pub help_scroll: usize,
    /// The mode help was opened from (the facet panel, the compare view, browsing): closing
    /// help returns there.
    pub help_from: Mode,
    /// How many errors the catalogue had when it was opened anyway (`--keep-going`); the header
    /// keeps them in view, since what they affect is missing.
    pub catalogue_errors: usize,
    pub width: u16,
    pub height: u16,
    /// False under NO_COLOR: drawing then uses only bold, reverse and underline.
    pub color: bool,
    /// The folder `x` and `E` write their exports to (`--out`; the current directory).
    pub export_dir: std::path::PathBuf,
    /// A one-off note for the status bar ("no link here").
    pub message: Option<String>,
    /// When set, searches are not run by `update` but returned as [`Effect::Search`] for a
    /// background worker, whose results come back as [`Msg::SearchDone`]; otherwise they
    /// run inline.
    pub background_search: bool,
    /// The user's marks and notes for this catalogue.
    pub state: State,
    /// Why the last save failed, while it has not succeeded since (set by the event loop):
    /// quitting then asks first, since the changes would be lost.
    pub unsaved: Option<String>,
    /// The user was told, on a first quit, that changes are not saved; the next quit quits.
    pub quit_warned: bool,
    /// The terminal's input closed: the session ends without asking anything.
    pub input_gone: bool,
    /// The note editor, while it is open.
    pub note: Option<NoteEditor>,
    /// How closely the floor plan is drawn: 0 fits halls to the pane, each step doubles.
    pub floor_zoom: u8,
    pub clock: Clock,
    /// Per section, the facet values its list is narrowed to (kept when moving between kinds).
    pub facets: Vec<crate::facet::Filters>,
    /// Facet values prepared for counting, built when the facet panel first opens: on a thread
    /// in the browser (a second and a half at a million records), in place in tests.
    pub facet_index: Option<Arc<crate::facet::FacetIndex>>,
    /// The facet index is being built on another thread: the panel says it is counting and
    /// fills in when it comes ([`Msg::FacetIndexReady`]).
    pub facet_index_coming: bool,
    /// Whether the facet index is built on another thread (the event loop) or, when first
    /// needed, right away (tests, benches).
    pub background_facets: bool,
    pub facet_panel: facets::FacetPanel,
    /// Per record, how it stands against an earlier edition (`--compare-to`); empty otherwise.
    pub edition: Vec<Edition>,
    /// The effects of the `update` call under way, returned when it ends; always empty
    /// between calls (see [`update::update`]).
    effects: Vec<Effect>,
    /// Records put aside to compare, in the order added (at most `compare::MAX_COLUMNS`).
    pub tray: Vec<RecordId>,
    /// The first row of the compare view on screen.
    pub compare_scroll: usize,
}

/// A record against the edition it is compared with.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Edition {
    #[default]
    Same,
    New,
    Changed,
}

impl App {
    pub fn new(catalog: Catalog, width: u16, height: u16) -> App {
        let index = Arc::new(SearchIndex::build(&catalog));
        let floor = crate::floor::stands_in_order(&catalog);
        let sections = [
            Section { shelf: Shelf::Plan, records: Vec::new() },
            Section { shelf: Shelf::Floor, records: floor },
        ]
        .into_iter()
        // Stands are shown by the floor plan entry, not listed again.
        .chain(
            Kind::ALL
                .iter()
                .filter(|kind| **kind != Kind::Stand && !catalog.of_kind(**kind).is_empty())
                .map(|&kind| Section {
                    shelf: Shelf::Kind(kind),
                    records: section_order(&catalog, kind),
                }),
        )
        .collect();
        let mut app = App {
            catalog: Arc::new(catalog),
            index,
            sections,
            // The first kind; `set_state` moves to the plan when there is one.
            section: 2,
            list: ListView::default(),
            filter: LineInput::default(),
            detail: DetailView::default(),
            history: History::default(),
            focus: Pane::List,
            mode: Mode::Browse,
            search: SearchView::default(),
            help_scroll: 0,
            help_from: Mode::Browse,
            catalogue_errors: 0,
            width,
            height,
            color: true,
            export_dir: std::path::PathBuf::from("."),
            message: None,
            background_search: false,
            state: State::default(),
            unsaved: None,
            quit_warned: false,
            input_gone: false,
            note: None,
            floor_zoom: 0,
            clock: Clock::default(),
            facets: Vec::new(),
            facet_index: None,
            facet_index_coming: false,
            background_facets: false,
            facet_panel: facets::FacetPanel::default(),
            edition: Vec::new(),
            effects: Vec::new(),
            tray: Vec::new(),
            compare_scroll: 0,
        };
        app.facets = vec![crate::facet::Filters::default(); app.sections.len()];
        app.refilter(None);
        app
    }

    /// The contexts whose key bindings are in effect, most specific first.
    pub fn contexts(&self) -> Vec<Context> {
        let pane = match self.focus {
            Pane::Kinds => Context::Kinds,
            Pane::List => Context::List,
            Pane::Detail => Context::Detail,
        };
        let on_floor = self.on_floor_plan();
        match self.mode {
            // The floor plan is a map, not a list: the list's keys (its filter among them,
            // whose line a map has no room for) are not offered there.
            Mode::Browse if on_floor => vec![Context::Always, Context::Floor, Context::Global],
            Mode::Browse => vec![Context::Always, pane, Context::Global],
            Mode::Search => vec![Context::Always, Context::Search],
            Mode::Filter => vec![Context::Always, Context::Filter],
            Mode::Help => vec![Context::Always, Context::Help],
            Mode::Note => vec![Context::Always, Context::Note],
            Mode::Facets => vec![Context::Always, Context::Facets],
            Mode::Compare => vec![Context::Always, Context::Compare],
        }
    }

    pub fn areas(&self) -> Option<Areas> {
        layout::areas(self.width, self.height, self.mode, self.focus, self.content())
    }

    /// What the panes hold, as far as the layout cares: a list or the floor plan in the middle,
    /// and how wide the kinds pane's rows want to be (" Organisations 39993 ").
    pub fn content(&self) -> layout::Content {
        let middle = match self.current_section() {
            Some(section) if section.shelf == Shelf::Floor => layout::Middle::FloorPlan,
            _ => layout::Middle::List,
        };
        let kinds_row = self
            .sections
            .iter()
            .map(|section| kinds_row_width(section.label(), section.records.len()))
            .max()
            .unwrap_or(0);
        layout::Content { middle, kinds_row: u16::try_from(kinds_row).unwrap_or(u16::MAX) }
    }

    pub fn current_section(&self) -> Option<&Section> {
        self.sections.get(self.section)
    }

    /// The record under the list cursor.
    pub fn selected(&self) -> Option<RecordId> {
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
    pub fn trail(&self) -> Vec<RecordId> {
        let mut trail: Vec<RecordId> = self
            .history
            .trail()
            .iter()
            .map(|visit| match visit.route {
                Route::Record(id) => id,
            })
            .collect();
        if let Some(shown) = self.shown()
            && !trail.is_empty()
            && trail.last() != Some(&shown)
        {
            trail.push(shown);
        }
        trail
    }

    /// Go to `record` as following a link to it does: its kind's list, the record selected
    /// (a filter that hides it cleared), its page open at the top, a new visit in history.
    pub fn go_to(&mut self, record: RecordId) {
        update::navigate(self, record);
    }

    /// The help overlay's rows on screen and the furthest it can scroll, as it is drawn (the
    /// text starts a cell in from the border).
    pub fn help_room(&self) -> (usize, usize) {
        let inside = self.areas().and_then(|a| a.help).map(layout::inner);
        let rows = inside.map_or(10, |r| usize::from(r.height));
        let width = inside.map_or(80, |r| usize::from(r.width).saturating_sub(1));
        let lines = keymap::help_lines(width).len();
        (rows, lines.saturating_sub(rows))
    }

    /// Ask the event loop for `effect` when this `update` ends.
    pub(crate) fn emit(&mut self, effect: Effect) {
        self.effects.push(effect);
    }

    /// Take the user's saved state, and open on the plan when it has anything in it.
    pub fn set_state(&mut self, state: State) {
        self.state = state;
        self.refresh_plan();
        if self.sections.first().is_some_and(|plan| !plan.records.is_empty()) {
            self.section = 0;
            self.refilter(None);
        }
    }

    /// Take in state merged with another session's save, without moving the user's view.
    pub fn merge_state(&mut self, state: State) {
        self.state = state;
        self.refresh_plan();
    }

    /// Rebuild the plan entry after marks changed, keeping the selection where it can.
    pub fn refresh_plan(&mut self) {
        let planned = crate::plan::planned(&self.catalog, &self.state);
        if let Some(plan) = self.sections.iter_mut().find(|s| s.shelf == Shelf::Plan) {
            plan.records = planned;
        }
        if self.current_section().is_some_and(|s| s.shelf == Shelf::Plan) {
            self.refilter(self.selected());
        }
    }

    /// Now, by the app's clock, a fixed time read in the catalogue's time zone.
    pub fn now(&self) -> jiff::Timestamp {
        self.clock.now(&self.catalog.time_zone())
    }

    /// What is on now and next in the schedule, at the app's clock.
    pub fn now_next(&self) -> crate::plan::NowNext {
        let items = self.catalog.of_kind(Kind::ScheduleItem);
        crate::plan::now_and_next(&self.catalog, items, self.now())
    }

    /// The line of context beside a record in the list pane: in the plan, its kind, stand,
    /// clashes and note; elsewhere, the catalogue's own context line.
    pub fn row_context(&self, id: RecordId) -> String {
        if !self.current_section().is_some_and(|s| s.shelf == Shelf::Plan) {
            return self.catalog.context(id);
        }
        let record = self.catalog.get(id);
        // Most telling first, since a narrow pane cuts from the end: clashes and the user's own
        // note come before the catalogue's context line.
        let schedule = record.kind() == Kind::ScheduleItem;
        // A schedule item is known by when it is and what it clashes with: a clash first (the
        // one thing a plan must not hide), then its times, then the day.
        // (The list shows a timed item's start before its name.)
        let mut parts = Vec::new();
        let items: Vec<RecordId> = self.sections[0].records.clone();
        if let Some((_, with)) =
            crate::plan::overlaps(&self.catalog, &items).into_iter().find(|(item, _)| *item == id)
        {
            let names: Vec<&str> = with.iter().map(|&w| self.catalog.get(w).name()).collect();
            parts.push(format!("⚠ overlaps {}", names.join(", ")));
        }
        if schedule {
            parts.extend(self.catalog.time_text(id));
        } else {
            parts.insert(0, record.kind().label().to_owned());
        }
        if schedule {
            parts.extend(self.catalog.date_range(id));
        }
        if let Some(stand) = record.text(Field::Stand) {
            parts.push(format!("stand {stand}"));
        }
        if let Some(note) = self.state.note(record.id()) {
            parts.push(format!("note: {}", note.text.lines().next().unwrap_or("")));
        }
        if schedule {
            let demo = matches!(record.get(Field::Demo), Some(ValueRef::Bool(true)));
            parts.extend(demo.then(|| "demo".to_owned()));
            parts.extend(record.text(Field::Place).map(str::to_owned));
        } else {
            let context = self.catalog.context(id);
            if !context.is_empty() {
                parts.push(context);
            }
        }
        parts.join(" · ")
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
        self.mode == Mode::Browse
            && self.focus == Pane::List
            && self.current_section().is_some_and(|s| s.shelf == Shelf::Floor)
    }

    /// The companies a stand lists.
    pub fn exhibitors_of(&self, stand: RecordId) -> Vec<RecordId> {
        match self.catalog.get(stand).get(Field::Companies) {
            Some(ValueRef::Links(ids)) => ids.to_vec(),
            _ => Vec::new(),
        }
    }

    /// Whether the link cursor is on screen to be seen and followed: not while an untouched
    /// page's first link is below the screen.
    pub fn link_cursor_shown(&self) -> bool {
        self.detail_doc().is_none_or(|doc| self.detail.cursor_shown(&doc, self.detail_rows()))
    }

    /// The width the detail document is laid out at (the pane's inside less a left margin).
    pub fn detail_width(&self) -> usize {
        self.areas()
            .and_then(|a| a.detail)
            .map_or(60, |r| usize::from(layout::inner(r).width))
            .saturating_sub(1)
    }

    /// The detail document of the shown record.
    pub fn detail_doc(&self) -> Option<detail::DetailDoc> {
        self.shown().map(|id| {
            let note = self.state.note(self.catalog.get(id).id());
            detail::build(&self.catalog, id, self.detail_width(), note)
        })
    }

    /// Rows of the list pane that can show records (the filter line takes one when shown).
    pub fn list_rows(&self) -> usize {
        let rows =
            self.areas().and_then(|a| a.list).map_or(10, |r| usize::from(layout::inner(r).height));
        if self.filter_shown() { rows.saturating_sub(1) } else { rows }
    }

    pub fn filter_shown(&self) -> bool {
        self.mode == Mode::Filter || !self.filter.text().is_empty()
    }

    /// Rows of the search overlay that can show results (two go to the input and the count).
    pub fn search_rows(&self) -> usize {
        self.areas()
            .and_then(|a| a.search)
            .map_or(10, |r| usize::from(layout::inner(r).height))
            .saturating_sub(2)
    }

    /// Rows of the facet panel.
    pub fn facet_rows(&self) -> usize {
        self.areas().and_then(|a| a.facets).map_or(10, |r| usize::from(layout::inner(r).height))
    }

    pub fn detail_rows(&self) -> usize {
        self.areas().and_then(|a| a.detail).map_or(10, |r| usize::from(layout::inner(r).height))
    }

    /// Rebuild the visible list from the section and the filter, keeping `keep` selected when it
    /// is still visible.
    fn refilter(&mut self, keep: Option<RecordId>) {
        let Some(section) = self.sections.get(self.section) else {
            self.list = ListView::default();
            return;
        };
        let query = self.filter.text();
        self.list.unfaceted = if query.trim().is_empty() {
            section.records.clone()
        } else {
            let mut matched: Vec<bool> = vec![false; self.catalog.len()];
            for hit in self.index.search(query, section.kind()) {
                matched[hit.record.index()] = true;
            }
            section.records.iter().copied().filter(|id| matched[id.index()]).collect()
        };
        self.list.visible = match self.facets.get(self.section).filter(|f| !f.is_empty()) {
            None => self.list.unfaceted.clone(),
            Some(filters) => match &self.facet_index {
                Some(index) => index.admitted(&self.list.unfaceted, filters),
                None => {
                    let catalog = &self.catalog;
                    let admits = |id: &RecordId| filters.admits(catalog, *id);
                    self.list.unfaceted.iter().copied().filter(admits).collect()
                }
            },
        };
        self.list.cursor =
            keep.and_then(|id| self.list.visible.iter().position(|&v| v == id)).unwrap_or(0);
        self.list.offset = 0;
        self.keep_list_cursor_visible();
    }

    /// Badge records new or changed since an earlier edition.
    pub fn set_edition_changes(&mut self, found: &crate::diff::Diff) {
        self.edition = vec![Edition::Same; self.catalog.len()];
        for &record in &found.added {
            self.edition[record.index()] = Edition::New;
        }
        for changed in &found.changed {
            self.edition[changed.record.index()] = Edition::Changed;
        }
    }

    pub fn edition_of(&self, record: RecordId) -> Edition {
        self.edition.get(record.index()).copied().unwrap_or_default()
    }

    /// The facet filters of the list on screen.
    pub fn current_facets(&self) -> Option<&crate::facet::Filters> {
        self.facets.get(self.section)
    }

    /// Rebuild the facet panel's rows for the current list, keeping the cursor near where it was.
    pub(crate) fn rebuild_facet_panel(&mut self) {
        let (Some(section), Some(filters)) =
            (self.sections.get(self.section), self.facets.get(self.section))
        else {
            return;
        };
        let Some(kind) = section.kind() else { return };
        if self.facet_index.is_none() && self.background_facets {
            // At a million records counting takes over a second: ask for it on a thread, and
            // show that it is counting until it comes.
            if !self.facet_index_coming {
                self.facet_index_coming = true;
                self.emit(Effect::CountFacets);
            }
            self.facet_panel.rows.clear();
            return;
        }
        let index = self
            .facet_index
            .get_or_insert_with(|| Arc::new(crate::facet::FacetIndex::build(&self.catalog)));
        // The cursor stays on the value it was on: choosing a value hides others, and a
        // cursor left at the same row number would land on a different value.
        let was_on = self.facet_panel.rows.get(self.facet_panel.cursor).cloned();
        self.facet_panel.rows = facets::rows(index, kind, &self.list.unfaceted, filters);
        let same_value = was_on.and_then(|was| {
            let facets::FacetRow::Value { field, value, .. } = was else { return None };
            self.facet_panel.rows.iter().position(|row| {
                matches!(row, facets::FacetRow::Value { field: f, value: v, .. } if *f == field && *v == value)
            })
        });
        let cursor = same_value.unwrap_or_else(|| {
            let near = self.facet_panel.cursor.min(self.facet_panel.rows.len().saturating_sub(1));
            self.facet_panel.value_row_near(near, true)
        });
        self.facet_panel.cursor = cursor;
        self.facet_panel.offset = self.facet_panel.offset.min(cursor);
    }

    /// Apply the facet filters after they changed, keeping the selection when it survives.
    pub(crate) fn refilter_keeping_selection(&mut self) {
        let keep = self.selected();
        self.refilter(keep);
    }

    pub(crate) fn keep_list_cursor_visible(&mut self) {
        let rows = self.list_rows().max(1);
        self.list.offset = keep_visible(self.list.cursor, self.list.offset, rows);
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

/// The order a section lists its records in: by name, except the schedule, which is by time.
fn section_order(catalog: &Catalog, kind: Kind) -> Vec<RecordId> {
    let mut ids = catalog.of_kind(kind).to_vec();
    if kind == Kind::ScheduleItem {
        let when = |id: &RecordId| {
            let record = catalog.get(*id);
            let day = match record.get(Field::Day) {
                Some(ValueRef::Date(date)) => Some(date),
                _ => None,
            };
            let time = match record.get(Field::StartTime) {
                Some(ValueRef::Time(time)) => Some(time),
                _ => None,
            };
            (day, time)
        };
        // A stable sort keeps name order among items at the same time.
        ids.sort_by_key(when);
    }
    ids
}

#[cfg(test)]
mod tests;
