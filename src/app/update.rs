//! The one place state changes: `update(&mut App, Action)`. Pure with respect to the terminal:
//! everything it needs to know about the screen comes from `layout`.

use super::layout::inner;
use super::{Action, App, Effect, LineInput, Mode, Pane, Route, keep_visible};
use crate::app::detail::Row;
use std::sync::Arc;

use crate::catalog::RecordId;
use crate::search::{Scoped, SearchJob, SearchResults, scoped};
use crate::text::fold;

/// Rows kept visible above and below the link cursor when the detail scrolls to it.
const SCROLL_MARGIN: usize = 2;
/// How far one notch of the mouse wheel moves.
const WHEEL_STEP: usize = 3;

/// Apply `action` to the app, and return what the world must do about it (save, export,
/// search on the worker…), in the order it was asked for.
pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    debug_assert!(app.effects.is_empty(), "effects are handed out by every update");
    apply(app, action);
    std::mem::take(&mut app.effects)
}

fn apply(app: &mut App, action: Action) {
    // A message lasts until the user's next action; what the program itself delivers (search
    // results, counted facets, a resize) must not wipe it before it was read.
    if !matches!(action, Action::SearchDone(_) | Action::FacetIndexReady(_) | Action::Resize { .. })
    {
        app.message = None;
    }
    match action {
        // Every way out keeps a note being written (Ctrl-C, a signal, a closed terminal).
        Action::Quit => {
            if app.mode == Mode::Note {
                keep_note(app);
            }
            // Changes the last save could not write would be lost: say so once, and offer the
            // export (x), which writes marks and notes elsewhere; quitting again quits.
            if let Some(why) = app.unsaved.as_ref().filter(|_| !app.quit_warned) {
                // What to do first, why after: a status bar cuts from the end.
                app.message = Some(format!(
                    "not saved: x exports the plan to keep them, q again quits without them \
                     ({why})"
                ));
                app.quit_warned = true;
                return;
            }
            app.emit(Effect::Quit);
        }
        Action::SearchDone(results) => {
            // Results of a search the input has since moved on from are dropped.
            if results.generation == app.search.generation {
                // The latest generation answers the line as it stands (with its `KIND:`).
                let typed = app.search.input.text().to_owned();
                app.search.hits = with_note_matches(app, scoped(&typed), results.hits);
                app.search.matched = results.matched;
                app.search.answered = typed;
                app.search.pending = false;
                app.search.cursor = 0;
                app.search.offset = 0;
            }
        }
        Action::ToggleMark if shared_stand(app).is_some() => {
            app.message = shared_stand(app);
        }
        Action::ToggleMark => {
            if let Some(record) = app.focused_record() {
                let id = app.catalog.get(record).id().to_owned();
                let marked = app.state.toggle_mark(&id);
                app.emit(Effect::Save);
                app.refresh_plan();
                let name = app.catalog.get(record).name();
                app.message = Some(format!(
                    "{} {}",
                    if marked { "marked" } else { "unmarked" },
                    crate::text::sanitize_line(name)
                ));
            }
        }
        Action::Notice(text) => app.message = Some(text),
        Action::FacetIndexReady(index) => {
            app.facet_index_coming = false;
            app.facet_index.get_or_insert(index.0);
            if app.mode == Mode::Facets {
                app.rebuild_facet_panel();
            }
        }
        Action::Suspend => app.emit(Effect::Suspend),
        Action::Resize { width, height } => {
            app.width = width;
            app.height = height;
            app.keep_list_cursor_visible();
            keep_link_visible(app);
            // Scrolls stay within what the new size shows, so the first key back moves at once.
            if let Some(table) = super::compare_view::current(app) {
                app.compare_scroll = app.compare_scroll.min(table.max_scroll());
            }
            app.help_scroll = app.help_scroll.min(app.help_room().1);
        }
        action => match app.mode {
            Mode::Help => help(app, action),
            Mode::Note => note(app, action),
            Mode::Search => search(app, action),
            Mode::Filter => filter(app, action),
            Mode::Facets => facets(app, action),
            Mode::Compare => compare(app, action),
            Mode::Browse => browse(app, action),
        },
    }
}

/// Apply a text-editing action to an input; false when the action is not an edit. A paste cut
/// at the line's limit says so in `message`.
fn edit(input: &mut LineInput, action: &Action, message: &mut Option<String>) -> bool {
    match action {
        Action::Insert(c) => input.insert(*c),
        Action::Paste(text) => {
            if input.insert_str(text) {
                let limit = crate::app::input::MAX_CHARS;
                *message = Some(format!("pasted text cut to the line's {limit} characters"));
            }
        }
        Action::DeleteBack => input.delete_back(),
        Action::DeleteForward => input.delete_forward(),
        Action::DeleteWord => input.delete_word(),
        Action::ClearInput => input.clear(),
        Action::CursorLeft => input.left(),
        Action::CursorRight => input.right(),
        Action::CursorStart => input.start(),
        Action::CursorEnd => input.end(),
        _ => return false,
    }
    true
}

/// Where a movement action takes a cursor over `len` items with `page` rows on screen.
fn moved(cursor: usize, len: usize, page: usize, action: &Action) -> usize {
    let last = len.saturating_sub(1);
    let page = page.max(1);
    match action {
        Action::Up => cursor.saturating_sub(1),
        Action::Down => (cursor + 1).min(last),
        Action::PageUp => cursor.saturating_sub(page),
        Action::PageDown => (cursor + page).min(last),
        Action::Top => 0,
        Action::Bottom => last,
        _ => cursor,
    }
}

fn is_movement(action: &Action) -> bool {
    matches!(
        action,
        Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::Top
            | Action::Bottom
    )
}

/// Open the note editor on the record in focus, with its note if it has one.
/// On the floor plan, a stand shared by several exhibitors: what to say instead of marking
/// or annotating the stand itself.
fn shared_stand(app: &App) -> Option<String> {
    let stand = app.shown().filter(|_| app.on_floor_plan())?;
    let count = app.exhibitors_of(stand).len();
    (count > 1).then(|| {
        format!("this stand has {count} exhibitors: Enter lists them, to mark or note one")
    })
}

fn open_note(app: &mut App) {
    if let Some(message) = shared_stand(app) {
        app.message = Some(message);
        return;
    }
    let Some(record) = app.focused_record() else { return };
    let existing =
        app.state.note(app.catalog.get(record).id()).map(|note| crate::text::editable(&note.text));
    let lines = existing
        .map_or_else(|| vec![String::new()], |text| text.lines().map(str::to_owned).collect());
    let mut text = ratatui_textarea::TextArea::new(lines);
    text.move_cursor(ratatui_textarea::CursorMove::Bottom);
    text.move_cursor(ratatui_textarea::CursorMove::End);
    app.note = Some(super::NoteEditor { record, text });
    app.mode = Mode::Note;
}

fn note(app: &mut App, action: Action) {
    let Some(editor) = app.note.as_mut() else {
        app.mode = Mode::Browse;
        return;
    };
    match action {
        Action::EditNote(key) => {
            editor.text.input(key);
        }
        Action::Paste(text) => {
            editor.text.insert_str(crate::text::editable(&text));
        }
        Action::Close => keep_note(app),
        _ => {}
    }
}

/// Put the note being edited into the state and ask for a save: on Esc, and on every way out.
fn keep_note(app: &mut App) {
    app.mode = Mode::Browse;
    let Some(editor) = app.note.take() else { return };
    let text = editor.text.lines().join("\n");
    let id = app.catalog.get(editor.record).id().to_owned();
    let had = app.state.note(&id).is_some();
    app.state.set_note(&id, &text, &app.now().to_string());
    let has = app.state.note(&id).is_some();
    app.message = Some(match (had, has) {
        (_, true) => "note saved".to_owned(),
        (true, false) => "note deleted".to_owned(),
        (false, false) => "empty note not kept".to_owned(),
    });
    // A note is part of the plan, on a marked record or not.
    app.refresh_plan();
    app.emit(Effect::Save);
}

fn help(app: &mut App, action: Action) {
    match action {
        Action::Close | Action::ToggleHelp => app.mode = Mode::Browse,
        action if is_movement(&action) => {
            let (rows, last_offset) = app.help_room();
            app.help_scroll = moved(app.help_scroll, last_offset + 1, rows, &action);
        }
        _ => {}
    }
}

fn search(app: &mut App, action: Action) {
    if edit(&mut app.search.input, &action, &mut app.message) {
        run_search(app);
        return;
    }
    match action {
        Action::Close => app.mode = Mode::Browse,
        Action::Accept => {
            if let Some(record) = app.shown() {
                app.mode = Mode::Browse;
                navigate(app, record);
            }
        }
        Action::Click { column, row } => {
            if let Some(area) = app.areas().and_then(|a| a.search) {
                let inside = inner(area);
                let first_row = inside.y + 2;
                if contains(inside, column, row) && row >= first_row {
                    let index = app.search.offset + usize::from(row - first_row);
                    if index < app.search.hits.len() {
                        app.search.cursor = index;
                    }
                }
            }
        }
        Action::Scroll { down, .. } => {
            let step = if down { Action::Down } else { Action::Up };
            for _ in 0..WHEEL_STEP {
                move_search_cursor(app, &step);
            }
        }
        action if is_movement(&action) => move_search_cursor(app, &action),
        _ => {}
    }
}

fn move_search_cursor(app: &mut App, action: &Action) {
    let rows = app.search_rows();
    app.search.cursor = moved(app.search.cursor, app.search.hits.len(), rows, action);
    app.search.offset = keep_visible(app.search.cursor, app.search.offset, rows.max(1));
}

/// Put records whose note matches `query` first: the user's own words are what they are most
/// likely looking for. The query is read as everywhere (`Query::matches_text`), as typed.
/// Notes are few and change while browsing, so they are matched here rather than indexed.
fn with_note_matches(
    app: &App,
    scope: Scoped<'_>,
    mut hits: Vec<crate::search::Hit>,
) -> Vec<crate::search::Hit> {
    let query = crate::search::Query::parse(scope.words);
    if query.is_empty() || app.state.notes.is_empty() {
        return hits;
    }
    let mut noted: Vec<crate::search::Hit> = app
        .state
        .notes
        .iter()
        .filter(|(_, note)| query.matches_text(&note.text))
        .filter_map(|(id, _)| app.catalog.find(id))
        .filter(|&record| scope.kind.is_none_or(|kind| app.catalog.get(record).kind() == kind))
        .map(|record| crate::search::Hit {
            record,
            score: 0,
            field: crate::search::MatchField::Note,
        })
        .collect();
    if noted.is_empty() {
        return hits;
    }
    noted.sort_by_cached_key(|hit| fold(app.catalog.get(hit.record).name()));
    hits.retain(|hit| !noted.iter().any(|n| n.record == hit.record));
    noted.extend(hits);
    noted
}

/// Search for the input as it now stands: inline, or by leaving a job for the background
/// worker. A query that extends the one the current hits answer is matched only against them.
/// A `KIND:` before the words ("sys: kargu") scopes the search to that kind.
fn run_search(app: &mut App) {
    let typed = app.search.input.text().to_owned();
    let (before, now) = (scoped(&app.search.answered), scoped(&typed));
    let narrows = before.kind == now.kind
        && crate::search::narrows(before.words, now.words)
        && !app.search.pending;
    let candidates = narrows.then(|| Arc::clone(&app.search.matched));
    app.search.generation += 1;
    let query = now.words.to_owned();
    let job = SearchJob { generation: app.search.generation, query, kind: now.kind, candidates };
    if app.background_search {
        app.search.pending = true;
        app.emit(Effect::Search(job));
        return;
    }
    let candidates = job.candidates.as_deref();
    let found =
        app.index.search_within(&job.query, job.kind, candidates, &|| false).unwrap_or_default();
    let matched = Arc::new(found.matched);
    let results = SearchResults { generation: job.generation, hits: found.hits, matched };
    apply(app, Action::SearchDone(results));
}

fn filter(app: &mut App, action: Action) {
    if edit(&mut app.filter, &action, &mut app.message) {
        let keep = app.selected();
        app.refilter(keep);
        reset_detail(app);
        return;
    }
    match action {
        Action::Accept => app.mode = Mode::Browse,
        Action::Close => {
            app.mode = Mode::Browse;
            clear_filter(app);
        }
        action if is_movement(&action) => move_list_cursor(app, &action),
        _ => {}
    }
}

fn facets(app: &mut App, action: Action) {
    match action {
        Action::Close | Action::OpenFacets => app.mode = Mode::Browse,
        Action::ToggleFacet => {
            let Some(super::facets::FacetRow::Value { field, value, .. }) =
                app.facet_panel.rows.get(app.facet_panel.cursor).cloned()
            else {
                return;
            };
            if let Some(filters) = app.facets.get_mut(app.section) {
                filters.toggle(field, &value);
            }
            facets_changed(app);
        }
        Action::ClearFacets => clear_facets(app),
        Action::ToggleHelp => {
            app.mode = Mode::Help;
            app.help_scroll = 0;
        }
        action if is_movement(&action) => {
            let rows = app.facet_rows().max(1);
            let panel = &mut app.facet_panel;
            let target = moved(panel.cursor, panel.rows.len(), rows, &action);
            let forward = target >= panel.cursor;
            panel.cursor = panel.value_row_near(target, forward);
            panel.offset = keep_visible(panel.cursor, panel.offset, rows);
        }
        _ => {}
    }
}

/// After a facet value was chosen, dropped or cleared: the list, the counts and the detail.
fn facets_changed(app: &mut App) {
    app.refilter_keeping_selection();
    app.rebuild_facet_panel();
    reset_detail(app);
}

fn clear_facets(app: &mut App) {
    if let Some(filters) = app.facets.get_mut(app.section) {
        *filters = crate::facet::Filters::default();
    }
    facets_changed(app);
}

fn compare(app: &mut App, action: Action) {
    match action {
        Action::Close | Action::OpenCompare => app.mode = Mode::Browse,
        Action::EmptyTray => {
            app.tray.clear();
            app.mode = Mode::Browse;
            app.message = Some("the compare tray is empty".into());
        }
        // Bounded here, by the table as drawn: j past the end does nothing, so k moves at once.
        Action::Down => {
            let last = super::compare_view::current(app).map_or(0, |table| table.max_scroll());
            app.compare_scroll = (app.compare_scroll + 1).min(last);
        }
        Action::Up => app.compare_scroll = app.compare_scroll.saturating_sub(1),
        Action::ToggleHelp => {
            app.mode = Mode::Help;
            app.help_scroll = 0;
        }
        _ => {}
    }
}

fn toggle_compare(app: &mut App) {
    let Some(record) = app.focused_record() else { return };
    let name = crate::text::sanitize_line(app.catalog.get(record).name()).into_owned();
    if let Some(at) = app.tray.iter().position(|&r| r == record) {
        app.tray.remove(at);
        app.message =
            Some(format!("{name} taken out of the compare tray ({} in it)", app.tray.len()));
    } else if app.tray.len() >= crate::compare::MAX_COLUMNS {
        app.message = Some(format!(
            "the compare tray holds {} records; take one out (c on it) first",
            crate::compare::MAX_COLUMNS
        ));
    } else {
        app.tray.push(record);
        app.message = Some(format!(
            "{name} added to the compare tray ({} of {}; C compares)",
            app.tray.len(),
            crate::compare::MAX_COLUMNS
        ));
    }
}

fn clear_filter(app: &mut App) {
    let keep = app.selected();
    app.filter.clear();
    app.refilter(keep);
}

fn browse(app: &mut App, action: Action) {
    match action {
        Action::FocusNext => app.focus = cycle(app.focus, true),
        Action::FocusPrev => app.focus = cycle(app.focus, false),
        Action::OpenSearch => {
            app.mode = Mode::Search;
            app.search.input.clear();
            app.search.answered.clear();
            app.search.pending = false;
            run_search(app);
        }
        Action::OpenFilter => {
            app.mode = Mode::Filter;
            app.focus = Pane::List;
        }
        Action::OpenFacets => match app.current_section().and_then(|s| s.kind()) {
            Some(kind) if !crate::facet::facets_of(kind).is_empty() => {
                app.mode = Mode::Facets;
                app.focus = Pane::List;
                app.facet_panel = super::facets::FacetPanel::default();
                app.rebuild_facet_panel();
            }
            _ => app.message = Some("this list has no facets to narrow it by".into()),
        },
        Action::ClearFacets => clear_facets(app),
        Action::CopyRecord => {
            if let Some(record) = app.focused_record() {
                let shown = app.catalog.get(record);
                // What a person pastes into a report: the id to look it up again, the name.
                let text = crate::text::sanitize_line(&format!("{} {}", shown.id(), shown.name()))
                    .into_owned();
                app.message = Some(format!("copied “{text}” to the clipboard"));
                app.emit(Effect::Copy(text));
            }
        }
        Action::ToggleCompare => toggle_compare(app),
        Action::OpenCompare if app.tray.len() < 2 => {
            app.message = Some("put two records or more in the compare tray (c) first".into());
        }
        Action::OpenCompare => {
            app.mode = Mode::Compare;
            app.compare_scroll = 0;
        }
        Action::ExportList => match app.current_section().and_then(|s| s.kind()) {
            Some(_) => app.emit(Effect::ExportList),
            None => app.message = Some("only a list of one kind can be exported".into()),
        },
        Action::ToggleHelp => {
            app.mode = Mode::Help;
            app.help_scroll = 0;
        }
        Action::OpenNote => open_note(app),
        Action::ExportPlan => app.emit(Effect::ExportPlan),
        Action::Spatial(direction) => {
            let to = app.selected().and_then(|from| {
                let to = crate::floor::nearest(&app.catalog, from, direction)?;
                app.list.visible.iter().position(|&s| s == to)
            });
            match to {
                Some(at) => {
                    app.list.cursor = at;
                    app.keep_list_cursor_visible();
                    reset_detail(app);
                }
                // At the left edge, or on a floor with no stands, ← is the way back out, as it
                // is in every list.
                None if direction == crate::floor::Direction::Left => app.focus = Pane::Kinds,
                None => {}
            }
        }
        Action::ZoomIn => app.floor_zoom = (app.floor_zoom + 1).min(3),
        Action::ZoomOut => app.floor_zoom = app.floor_zoom.saturating_sub(1),
        Action::ShowOnFloor => show_on_floor(app),
        Action::Close if !app.filter.text().is_empty() => clear_filter(app),
        Action::HistoryBack | Action::HistoryForward => {
            walk_history(app, action == Action::HistoryBack)
        }
        Action::Open => open(app),
        Action::Leave => {
            app.focus = match app.focus {
                Pane::Detail => Pane::List,
                Pane::List | Pane::Kinds => Pane::Kinds,
            }
        }
        Action::Click { column, row } => click(app, column, row),
        Action::Scroll { column, row, down } => wheel(app, column, row, down),
        action if is_movement(&action) => match app.focus {
            Pane::Kinds => {
                let section = moved(app.section, app.sections.len(), app.sections.len(), &action);
                select_section(app, section);
            }
            Pane::List => move_list_cursor(app, &action),
            Pane::Detail => move_link_cursor(app, &action),
        },
        _ => {}
    }
}

fn cycle(pane: Pane, forward: bool) -> Pane {
    match (pane, forward) {
        (Pane::Kinds, true) | (Pane::Detail, false) => Pane::List,
        (Pane::List, true) | (Pane::Kinds, false) => Pane::Detail,
        (Pane::Detail, true) | (Pane::List, false) => Pane::Kinds,
    }
}

fn select_section(app: &mut App, section: usize) {
    if section != app.section {
        app.section = section;
        app.filter.clear();
        app.refilter(None);
        reset_detail(app);
    }
}

fn move_list_cursor(app: &mut App, action: &Action) {
    let before = app.list.cursor;
    app.list.cursor = moved(app.list.cursor, app.list.visible.len(), app.list_rows(), action);
    app.keep_list_cursor_visible();
    if app.list.cursor != before {
        reset_detail(app);
    }
}

fn reset_detail(app: &mut App) {
    app.detail = super::DetailView::default();
}

/// Move the link cursor, or scroll the text when the record has no links.
fn move_link_cursor(app: &mut App, action: &Action) {
    let Some(doc) = app.detail_doc() else { return };
    let rows = app.detail_rows();
    if doc.links.is_empty() {
        let last_offset = doc.rows.len().saturating_sub(rows);
        app.detail.scroll = moved(app.detail.scroll, last_offset + 1, rows, action);
        return;
    }
    let shown = app.link_cursor_shown();
    app.detail.untouched = false;
    if !shown && matches!(action, Action::Down | Action::Up) {
        // The first step shows the first link, wherever it is; a jump (G, PgDn) jumps.
        scroll_to_link(app, &doc);
        return;
    }
    // Paging in the detail moves by links that fit a screen, a fair stand-in for rows.
    app.detail.link_cursor = moved(app.detail.link_cursor, doc.links.len(), rows / 2, action);
    scroll_to_link(app, &doc);
}

fn keep_link_visible(app: &mut App) {
    if app.detail.untouched {
        // Nothing moved since it opened: it stays at its top.
        app.detail.scroll = 0;
        return;
    }
    if let Some(doc) = app.detail_doc()
        && !doc.links.is_empty()
    {
        app.detail.link_cursor = app.detail.link_cursor.min(doc.links.len() - 1);
        scroll_to_link(app, &doc);
    }
}

/// A record just opened: shown from its top (its name and what it is), the cursor on its first
/// link, seen once something moves if that link is below the screen.
fn open_at_top(app: &mut App) {
    app.detail = super::DetailView::default();
}

fn scroll_to_link(app: &mut App, doc: &crate::app::detail::DetailDoc) {
    let rows = app.detail_rows().max(1);
    let Some(row) = doc.link_row(app.detail.link_cursor) else { return };
    let margin = SCROLL_MARGIN.min(rows.saturating_sub(1) / 2);
    let top = row.saturating_sub(margin);
    let bottom = (row + margin).min(doc.rows.len().saturating_sub(1));
    let mut scroll = app.detail.scroll;
    if top < scroll {
        scroll = top;
    }
    if bottom >= scroll + rows {
        scroll = bottom + 1 - rows;
    }
    // Near the top, show the record's title rather than scroll a line or two past it; on the
    // first link, show it whenever the link fits below it (a record opens at its top).
    if row < rows.saturating_sub(margin) || app.detail.link_cursor == 0 && row < rows {
        scroll = 0;
    }
    app.detail.scroll = scroll;
}

/// From a company, to its stand on the floor plan.
fn show_on_floor(app: &mut App) {
    let Some(record) = app.focused_record() else { return };
    let stand = match app.catalog.get(record).kind() {
        crate::catalog::Kind::Stand => Some(record),
        _ => app.catalog.stand_of(record),
    };
    let Some(stand) = stand else {
        let name = app.catalog.get(record).name().to_owned();
        app.message = Some(format!("{name} has no stand on the floor plan"));
        return;
    };
    if let Some(floor) = app.sections.iter().position(|s| s.shelf == super::Shelf::Floor) {
        app.section = floor;
        app.filter.clear();
        app.refilter(Some(stand));
        app.focus = Pane::List;
        reset_detail(app);
    }
}

/// On the floor plan, Enter opens the stand's exhibitor; a shared stand opens on its card,
/// whose links list them all.
fn open_exhibitor(app: &mut App, stand: RecordId) {
    match app.exhibitors_of(stand).as_slice() {
        [] => app.message = Some("nobody is listed on this stand".to_owned()),
        [company] => navigate(app, *company),
        _ => {
            app.history.push(Route::Record(stand));
            app.focus = Pane::Detail;
            open_at_top(app);
        }
    }
}

fn open(app: &mut App) {
    let on_floor = app.current_section().is_some_and(|s| s.shelf == super::Shelf::Floor);
    match app.focus {
        Pane::Kinds => app.focus = Pane::List,
        Pane::List if on_floor => {
            if let Some(stand) = app.selected() {
                open_exhibitor(app, stand);
            }
        }
        Pane::List => {
            if let Some(record) = app.selected() {
                app.history.push(Route::Record(record));
                app.focus = Pane::Detail;
                open_at_top(app);
            }
        }
        Pane::Detail => follow_link(app),
    }
}

fn follow_link(app: &mut App) {
    let Some(doc) = app.detail_doc() else { return };
    if !app.link_cursor_shown() {
        app.message = Some("no link chosen yet: ↓ moves to the first one".to_owned());
        return;
    }
    let Some(&(target, _)) = doc.links.get(app.detail.link_cursor) else {
        app.message = Some("no link to follow here".to_owned());
        return;
    };
    // The page the link is followed from becomes part of the history (it may only have been
    // previewed from the list), with the cursor on the link, so Back returns to it.
    if let Some(current) = app.selected() {
        app.history.push(Route::Record(current));
        app.history.set_link_cursor(app.detail.link_cursor);
    }
    navigate(app, target);
}

/// Open `record` as a new visit: select its kind and the record in the list, focus the detail.
pub(super) fn navigate(app: &mut App, record: RecordId) {
    show(app, record);
    app.history.push(Route::Record(record));
    app.focus = Pane::Detail;
    open_at_top(app);
}

/// Select `record` in the kinds and list panes (clearing a filter that hides it).
fn show(app: &mut App, record: RecordId) {
    let kind = app.catalog.get(record).kind();
    if let Some(section) = app.sections.iter().position(|s| s.kind() == Some(kind)) {
        if section != app.section {
            app.section = section;
            app.filter.clear();
        }
        app.refilter(Some(record));
        if app.selected() != Some(record) {
            app.filter.clear();
            app.refilter(Some(record));
        }
    }
    reset_detail(app);
}

fn walk_history(app: &mut App, back: bool) {
    // Moved on in the list since the last visit: the trail ends with the record on screen, so
    // Back first returns to the page visited, as the trail shows, not the one before it.
    let current = app.history.current().copied();
    if back
        && let Some(visit) = current
        && app.shown().is_some_and(|shown| Route::Record(shown) != visit.route)
    {
        match visit.route {
            Route::Record(record) => show(app, record),
        }
        app.focus = Pane::Detail;
        app.detail.link_cursor = visit.link_cursor;
        app.detail.untouched = visit.link_cursor == 0;
        keep_link_visible(app);
        return;
    }
    app.history.set_link_cursor(app.detail.link_cursor);
    let visit = if back { app.history.back() } else { app.history.forward() };
    let Some(visit) = visit else {
        app.message = Some(
            if back { "already at the oldest page" } else { "already at the newest page" }
                .to_owned(),
        );
        return;
    };
    match visit.route {
        Route::Record(record) => show(app, record),
    }
    app.focus = Pane::Detail;
    if visit.link_cursor == 0 {
        open_at_top(app);
    } else {
        app.detail.link_cursor = visit.link_cursor;
        app.detail.untouched = false;
        keep_link_visible(app);
    }
}

fn contains(rect: ratatui::layout::Rect, column: u16, row: u16) -> bool {
    rect.contains(ratatui::layout::Position::new(column, row))
}

fn click(app: &mut App, column: u16, row: u16) {
    let Some(areas) = app.areas() else { return };
    if let Some(kinds) = areas.kinds
        && contains(kinds, column, row)
    {
        app.focus = Pane::Kinds;
        let inside = inner(kinds);
        if row >= inside.y && usize::from(row - inside.y) < app.sections.len() {
            select_section(app, usize::from(row - inside.y));
        }
    } else if let Some(list) = areas.list
        && contains(list, column, row)
    {
        app.focus = Pane::List;
        let inside = inner(list);
        if app.current_section().is_some_and(|s| s.shelf == super::Shelf::Floor) {
            // The floor plan is not a list of rows: a click picks the stand drawn under it.
            let floor = super::floor_view::FloorView::new(app, inside);
            let stand = floor.stand_at(app, inside, column, row);
            if let Some(index) = stand.and_then(|s| app.list.visible.iter().position(|&v| v == s)) {
                app.list.cursor = index;
                reset_detail(app);
            }
        } else if row >= inside.y {
            let index = app.list.offset + usize::from(row - inside.y);
            if index < app.list.visible.len() && usize::from(row - inside.y) < app.list_rows() {
                app.list.cursor = index;
                reset_detail(app);
            }
        }
    } else if let Some(detail) = areas.detail
        && contains(detail, column, row)
    {
        app.focus = Pane::Detail;
        let inside = inner(detail);
        let Some(doc) = app.detail_doc() else { return };
        if row < inside.y {
            return;
        }
        let clicked = app.detail.scroll + usize::from(row - inside.y);
        if let Some(Row::Link { index, .. }) = doc.rows.get(clicked) {
            app.detail.link_cursor = *index;
            app.detail.untouched = false;
            follow_link(app);
        }
    }
}

fn wheel(app: &mut App, column: u16, row: u16, down: bool) {
    let Some(areas) = app.areas() else { return };
    let step = if down { Action::Down } else { Action::Up };
    if areas.list.is_some_and(|r| contains(r, column, row)) {
        for _ in 0..WHEEL_STEP {
            move_list_cursor(app, &step);
        }
    } else if areas.detail.is_some_and(|r| contains(r, column, row)) {
        let Some(doc) = app.detail_doc() else { return };
        let last_offset = doc.rows.len().saturating_sub(app.detail_rows());
        app.detail.scroll = if down {
            (app.detail.scroll + WHEEL_STEP).min(last_offset)
        } else {
            app.detail.scroll.saturating_sub(WHEEL_STEP)
        };
    } else if areas.kinds.is_some_and(|r| contains(r, column, row)) {
        let section = moved(app.section, app.sections.len(), 1, &step);
        select_section(app, section);
    }
}
