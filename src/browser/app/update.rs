//! The one place state changes: `update(&mut App, Msg)`. Pure with respect to the terminal:
//! everything it needs to know about the screen comes from `layout`.

use super::layout::inner;
use super::{
    Action, App, Effect, FacetCount, LineInput, Mode, ModeName, Msg, Pane, Route, keep_visible,
    keep_visible_within,
};
use crate::browser::app::detail::Row;
use std::sync::Arc;

use crate::catalog::RecordId;
use crate::search::{Scoped, SearchJob, SearchResults, scoped};
use crate::text::fold;

/// Rows kept visible above and below the link cursor when the detail scrolls to it.
const SCROLL_MARGIN: usize = 2;
/// How far one notch of the mouse wheel moves.
const WHEEL_STEP: usize = 3;

mod browsing;
mod graph;
mod overlays;
pub(super) use browsing::navigate;
use browsing::*;
use graph::*;
use overlays::*;

/// Apply a user's action or a program's message to the app, and return what the world must
/// do about it (save, export, search on the worker…), in the order it was asked for.
pub fn update(app: &mut App, msg: impl Into<Msg>) -> Vec<Effect> {
    debug_assert!(app.effects.is_empty(), "effects are handed out by every update");
    let msg = msg.into();
    // A key sequence waits for its next press only; anything the user does ends it.
    if matches!(msg, Msg::Action(_) | Msg::NoteKey(_)) {
        app.pending_keys.clear();
    }
    match msg {
        Msg::Action(action) => {
            // A message lasts until the user's next action; what the program itself delivers
            // (search results, counted facets, a resize) must not wipe it before it was read.
            app.message = None;
            apply(app, action);
        }
        Msg::KeysPending(keys) => {
            let typed: Vec<String> = keys.iter().map(ToString::to_string).collect();
            app.message = Some(format!("{} …", typed.join(" ")));
            app.pending_keys = keys;
        }
        Msg::NoteKey(key) => {
            app.message = None;
            if let Mode::Note(editor) = &mut app.mode {
                editor.text.input(key);
            }
        }
        Msg::Resize { width, height } => resize(app, width, height),
        Msg::SearchDone(results) => take_search_results(app, results),
        Msg::FacetIndexReady(index) => {
            if !matches!(app.facet_count, FacetCount::Ready(_)) {
                app.facet_count = FacetCount::Ready(index);
            }
            app.rebuild_facet_panel();
        }
        Msg::NoFacetThread => {
            // Count here, as the tests' app does, rather than wait for ever.
            app.settings.background_facets = false;
            app.facet_count = FacetCount::NotYet;
            app.rebuild_facet_panel();
        }
        Msg::Notice(text) => app.message = Some(text),
        Msg::Saved { merged } => {
            // What was waiting (or failed) has landed: the warning is over.
            if app.saving.unsaved.take().is_some() {
                app.message = Some(crate::tr!("ui-saved-now").into());
            }
            app.saving.quit_warned = false;
            // Another session's marks and notes, merged in by the save, now show here.
            if merged != app.state {
                app.merge_state(merged);
            }
        }
        Msg::NotSaved { why, notice } => {
            app.saving.unsaved = Some(why);
            app.message = Some(notice);
        }
        Msg::QuitWaits(notice) => {
            app.saving.quit_warned = true;
            app.message = Some(notice);
        }
        Msg::PlanRead { source, plan } => plan_read(app, source, plan),
        Msg::InputGone => {
            // A closed terminal cannot be asked whether to leave unsaved changes behind.
            app.saving.input_gone = true;
            app.saving.quit_warned = true;
            apply(app, Action::Quit);
        }
    }
    app.keep_built();
    std::mem::take(&mut app.effects)
}

fn resize(app: &mut App, width: u16, height: u16) {
    app.width = width;
    app.height = height;
    app.keep_list_cursor_visible();
    // While searching, the detail pane previews a result: the page behind keeps its own
    // scroll, fitted to the new size when the search closes.
    if !matches!(app.mode, Mode::Search) {
        keep_link_visible(app);
    }
    // Scrolls stay within what the new size shows, so the first key back moves at once.
    let help_last = app.help_room().1;
    if let Mode::Help(help) = &mut app.mode {
        help.scroll = help.scroll.min(help_last);
        // What help covers is fitted too, as it will be shown when help closes (the facet
        // panel under help kept its old scroll, and came back with its cursor off screen).
        let Mode::Help(help) = std::mem::replace(&mut app.mode, Mode::Browse) else { return };
        let scroll = help.scroll;
        app.mode = help.close();
        fit_mode(app);
        let under = std::mem::replace(&mut app.mode, Mode::Browse);
        let mut help = super::HelpView::over(under);
        help.scroll = scroll;
        app.mode = Mode::Help(help);
        return;
    }
    fit_mode(app);
}

/// The mode's own scroll kept within what the app's size shows.
fn fit_mode(app: &mut App) {
    let compare_last = app.current_compare_table().map(|table| table.max_scroll());
    let facet_rows = app.facet_rows().max(1);
    let graph_rows = app.graph_rows().max(1);
    let graph_total = app.graph().map_or(0, |found| found.rows.len());
    match &mut app.mode {
        Mode::Compare { scroll } => *scroll = (*scroll).min(compare_last.unwrap_or(0)),
        Mode::Graph(view) => {
            view.offset = keep_visible_within(view.cursor, view.offset, graph_rows, graph_total)
        }
        Mode::Facets(panel) => panel.offset = keep_visible(panel.cursor, panel.offset, facet_rows),
        _ => {}
    }
}

pub(super) fn take_search_results(app: &mut App, results: SearchResults) {
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

/// The user's actions, by mode.
fn apply(app: &mut App, action: Action) {
    match action {
        // Every way out keeps a note being written (Ctrl-C, a signal, a closed terminal).
        Action::Quit => {
            keep_note(app);
            // Changes the last save could not write would be lost: say so once, and offer the
            // export (x), which writes marks and notes elsewhere; quitting again quits.
            if let Some(why) = app.saving.unsaved.as_ref().filter(|_| !app.saving.quit_warned) {
                // What to do first, why after: a status bar cuts from the end.
                app.message = Some(format!(
                    "not saved: x exports the plan to keep them, q again quits without them \
                     ({why})"
                ));
                app.saving.quit_warned = true;
                return;
            }
            app.emit(Effect::Quit);
        }
        // A record removed since the earlier edition has only its old page here: each key
        // that cannot apply to it says so rather than something beside the point.
        action if app.refused_on_removed(&action) => {
            app.message = app.removed_not_here();
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
                let name = crate::text::sanitize_line(name);
                app.message = Some(if marked {
                    crate::tr!("ui-marked", name = name)
                } else {
                    crate::tr!("ui-unmarked", name = name)
                });
            }
        }
        Action::Suspend => app.emit(Effect::Suspend),
        action => match app.mode.name() {
            ModeName::Help => help(app, action),
            ModeName::Note => note(app, action),
            ModeName::Search => search(app, action),
            ModeName::Filter => filter(app, action),
            ModeName::Facets => facets(app, action),
            ModeName::Compare => compare(app, action),
            ModeName::ImportPlan => import_plan(app, action),
            ModeName::Graph => graph(app, action),
            ModeName::Browse => browse(app, action),
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
                let limit = crate::browser::app::input::MAX_CHARS;
                *message = Some(crate::tr!("ui-paste-cut", limit = limit));
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
    (count > 1).then(|| crate::tr!("ui-stand-shared", count = count))
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
    app.mode = Mode::Note(Box::new(super::NoteEditor { record, text }));
}

fn note(app: &mut App, action: Action) {
    match action {
        Action::Paste(text) => {
            if let Mode::Note(editor) = &mut app.mode {
                editor.text.insert_str(crate::text::editable(&text));
            }
        }
        Action::Close => keep_note(app),
        _ => {}
    }
}

/// Put the note being edited into the state and ask for a save: on Esc, and on every way out.
fn keep_note(app: &mut App) {
    let Mode::Note(editor) = std::mem::replace(&mut app.mode, Mode::Browse) else { return };
    let text = editor.text.lines().join("\n");
    let id = app.catalog.get(editor.record).id().to_owned();
    let had = app.state.note(&id).is_some();
    app.state.set_note(&id, &text, &app.now().to_string());
    let has = app.state.note(&id).is_some();
    app.message = Some(match (had, has) {
        (_, true) => crate::tr!("ui-note-saved").to_owned(),
        (true, false) => crate::tr!("ui-note-deleted").to_owned(),
        (false, false) => crate::tr!("ui-note-empty").to_owned(),
    });
    // A note is part of the plan, on a marked record or not.
    app.refresh_plan();
    app.emit(Effect::Save);
}

/// Help over what is on screen, opened at the keys of the view it covers (the relationship
/// view's, the facets'…): those are what the reader is asking about. Over the panes it opens
/// at the top, where the keys of every pane come first.
fn open_help(app: &mut App) {
    use super::keymap::{Context, HelpLine};
    let covered = app.contexts().get(1).copied().filter(|context| {
        !matches!(
            context,
            Context::Global | Context::Kinds | Context::List | Context::Detail | Context::Help
        )
    });
    let under = std::mem::replace(&mut app.mode, Mode::Browse);
    app.mode = Mode::Help(super::HelpView::over(under));
    let Some(context) = covered else { return };
    let start = app
        .help_text()
        .iter()
        .position(|line| matches!(line, HelpLine::Title(title) if *title == context.title()));
    let last = app.help_room().1;
    if let (Mode::Help(help), Some(start)) = (&mut app.mode, start) {
        help.scroll = start.min(last);
    }
}

fn help(app: &mut App, action: Action) {
    match action {
        Action::Close | Action::ToggleHelp => {
            if let Mode::Help(help) = std::mem::replace(&mut app.mode, Mode::Browse) {
                app.mode = help.close();
            }
        }
        action if is_movement(&action) => {
            let (rows, last_offset) = app.help_room();
            if let Mode::Help(help) = &mut app.mode {
                help.scroll = moved(help.scroll, last_offset + 1, rows, &action);
            }
        }
        _ => {}
    }
}
