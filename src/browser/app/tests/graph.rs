//! The relationship view (r): opened on the record in focus as a visit, moved through, a link
//! further and nearer, Enter into a record (a visit of its own), back and forward through it.

use super::*;
use crate::browser::app::update::navigate;
use crate::features::graph::{DEFAULT_DEPTH, Entry, MAX_DEPTH};

/// The app on Baykar's page, its relationship view open.
fn on_baykar_graph() -> App {
    let mut app = app();
    apply(&mut app, &[Action::Down]);
    assert_eq!(name(&app, app.shown()), "Baykar");
    apply(&mut app, &[Action::OpenGraph]);
    app
}

/// The row of the view that shows `record` in full.
fn row_of(app: &App, record: RecordId) -> usize {
    let found = app.graph().expect("the view is open");
    found
        .rows
        .iter()
        .position(|row| matches!(row.entry, Entry::Record { record: r, .. } if r == record))
        .expect("a row for the record")
}

#[test]
fn r_opens_the_view_of_the_record_in_focus_as_a_visit() {
    let app = on_baykar_graph();
    let baykar = id(&app, "baykar");
    assert_eq!(app.graph_view(), Some(&GraphView::of(baykar, DEFAULT_DEPTH)));
    assert_eq!(app.contexts(), [Context::Always, Context::Graph]);
    // The page first, then the view: back goes to the page.
    let routes: Vec<Route> = app.history.trail().iter().map(|visit| visit.route).collect();
    assert_eq!(routes, [Route::Record(baykar), Route::Graph { record: baykar, depth: 2 }]);
    assert_eq!(app.trail().last(), Some(&Route::Graph { record: baykar, depth: 2 }));
    let found = app.graph().expect("built");
    assert_eq!(found.root, baykar);
    assert!(matches!(found.rows[0].entry, Entry::Root(r) if r == baykar));
}

#[test]
fn plus_and_minus_change_the_depth_in_place_and_say_where_it_stops() {
    let mut app = on_baykar_graph();
    let baykar = id(&app, "baykar");
    let tb2 = id(&app, "bayraktar-tb2");
    let position = app.history.position();
    // The cursor on Bayraktar TB2 stays on it as the tree grows and shrinks around it.
    let at = row_of(&app, tb2);
    apply(&mut app, &vec![Action::Down; at]);
    let rows_at_two = app.graph().map(|found| found.rows.len());
    apply(&mut app, &[Action::GraphDeeper]);
    assert_eq!(app.graph_view().map(|view| view.depth), Some(3));
    assert!(app.graph().map(|found| found.rows.len()) > rows_at_two);
    assert_eq!(app.graph().and_then(|f| f.rows[app.graph_view()?.cursor].record()), Some(tb2));
    assert_eq!(app.history.position(), position, "the same visit");
    assert_eq!(
        app.history.current().map(|v| v.route),
        Some(Route::Graph { record: baykar, depth: 3 })
    );
    apply(&mut app, &[Action::GraphDeeper]);
    assert_eq!(app.graph_view().map(|view| view.depth), Some(MAX_DEPTH));
    assert!(app.message().is_some_and(|m| m.contains("furthest")), "{:?}", app.message());
    apply(&mut app, &[Action::GraphShallower, Action::GraphShallower]);
    assert_eq!(app.graph_view().map(|view| view.depth), Some(1));
    assert_eq!(app.graph().and_then(|f| f.rows[app.graph_view()?.cursor].record()), Some(tb2));
    apply(&mut app, &[Action::GraphShallower]);
    assert_eq!(app.graph_view().map(|view| view.depth), Some(1));
    assert!(app.message().is_some_and(|m| m.contains("nearest")), "{:?}", app.message());
}

#[test]
fn enter_opens_a_record_as_a_visit_and_back_returns_to_the_view_as_it_was() {
    let mut app = on_baykar_graph();
    let baykar = id(&app, "baykar");
    let tb2 = id(&app, "bayraktar-tb2");
    let at = row_of(&app, tb2);
    apply(&mut app, &vec![Action::Down; at]);
    apply(&mut app, &[Action::GraphDeeper, Action::Open]);
    assert_eq!(app.mode.name(), ModeName::Browse);
    assert_eq!(app.shown(), Some(tb2));
    assert_eq!(app.history.current().map(|v| v.route), Some(Route::Record(tb2)));
    // Back: the view again, at the depth and on the row it was left at.
    apply(&mut app, &[Action::HistoryBack]);
    let view = app.graph_view().copied().expect("the view again");
    assert_eq!((view.record, view.depth), (baykar, 3));
    assert_eq!(app.graph().and_then(|f| f.rows[view.cursor].record()), Some(tb2));
    // Back again: Baykar's page; forward: the view; forward: the system's page.
    apply(&mut app, &[Action::HistoryBack]);
    assert_eq!((app.mode.name(), app.shown()), (ModeName::Browse, Some(baykar)));
    apply(&mut app, &[Action::HistoryForward]);
    assert_eq!(app.graph_view().map(|v| (v.record, v.depth)), Some((baykar, 3)));
    apply(&mut app, &[Action::HistoryForward]);
    assert_eq!((app.mode.name(), app.shown()), (ModeName::Browse, Some(tb2)));
}

#[test]
fn escape_closes_the_view_onto_the_page_it_was_opened_from() {
    let mut app = on_baykar_graph();
    let baykar = id(&app, "baykar");
    apply(&mut app, &[Action::Down, Action::Close]);
    assert_eq!((app.mode.name(), app.shown()), (ModeName::Browse, Some(baykar)));
    assert_eq!(app.history.current().map(|v| v.route), Some(Route::Record(baykar)));
    // r on the page again opens it anew, at its top.
    apply(&mut app, &[Action::OpenGraph]);
    assert_eq!(app.graph_view().map(|v| v.cursor), Some(0));
}

#[test]
fn the_cursor_stays_in_the_rows_and_on_screen() {
    let mut app = on_baykar_graph();
    let rows = app.graph().map_or(0, |found| found.rows.len());
    apply(&mut app, &[Action::Up, Action::PageUp]);
    assert_eq!(app.graph_view().map(|v| v.cursor), Some(0));
    apply(&mut app, &[Action::Bottom, Action::Down, Action::PageDown]);
    assert_eq!(app.graph_view().map(|v| v.cursor), Some(rows - 1));
    // A short screen scrolls the rows so the cursor is on it.
    update(&mut app, Msg::Resize { width: 80, height: 10 });
    let layout = app.graph_layout().expect("laid out");
    assert!(layout.shown().contains(&(rows - 1)), "{layout:?}");
    apply(&mut app, &[Action::Top]);
    assert_eq!(app.graph_layout().map(|l| l.offset), Some(0));
}

#[test]
fn a_click_on_a_row_opens_its_record() {
    let mut app = on_baykar_graph();
    let layout = app.graph_layout().expect("laid out");
    let found = app.graph().expect("built");
    let (at, record) = found
        .rows
        .iter()
        .enumerate()
        .find_map(|(at, row)| Some((at, row.record()?)).filter(|_| at > 0))
        .expect("a record's row");
    let row = layout.rows_area.y + u16::try_from(at).expect("on screen");
    apply(&mut app, &[Action::Click { column: layout.rows_area.x + 2, row }]);
    assert_eq!((app.mode.name(), app.shown()), (ModeName::Browse, Some(record)));
    // A click outside the rows does nothing.
    let mut app = on_baykar_graph();
    apply(&mut app, &[Action::Click { column: 0, row: 0 }]);
    assert_eq!(app.mode.name(), ModeName::Graph);
}

#[test]
fn enter_on_a_count_opens_the_record_it_is_under() {
    let catalog = load(&crate::synth::generate(400, 3)).catalog;
    let mut app = App::new(catalog, 120, 40);
    let countries = app.catalog.of_kind(Kind::Country);
    let busiest = *countries.iter().max_by_key(|&&c| app.catalog.backlinks(c).len()).expect("one");
    update(&mut app, Action::FocusNext);
    navigate(&mut app, busiest);
    apply(&mut app, &[Action::OpenGraph, Action::GraphShallower]);
    assert_eq!(app.graph_view().map(|v| (v.record, v.depth)), Some((busiest, 1)));
    let found = app.graph().expect("built");
    let fold = found
        .rows
        .iter()
        .position(|row| matches!(row.entry, Entry::Folded { .. }))
        .expect("a country of 400 records folds");
    apply(&mut app, &vec![Action::Down; fold]);
    apply(&mut app, &[Action::Open]);
    assert_eq!((app.mode.name(), app.shown()), (ModeName::Browse, Some(busiest)));
}

#[test]
fn help_and_quit_work_from_the_view() {
    let mut app = on_baykar_graph();
    apply(&mut app, &[Action::ToggleHelp]);
    assert_eq!(app.mode.name(), ModeName::Help);
    apply(&mut app, &[Action::Close]);
    let effects = apply(&mut app, &[Action::Quit]);
    assert!(effects.contains(&Effect::Quit), "{effects:?}");
}

/// After the tree gets shorter (a link nearer) or the screen taller, the view does not stay
/// scrolled past its end with its first rows hidden above blank room.
#[test]
fn a_shorter_tree_or_a_taller_screen_scrolls_back_to_fill_the_view() {
    let mut app = app();
    update(&mut app, Msg::Resize { width: 80, height: 24 });
    apply(&mut app, &[Action::Down, Action::OpenGraph, Action::GraphDeeper, Action::Bottom]);
    let deep = app.graph_view().expect("open").offset;
    assert!(deep > 0, "depth 3 is longer than the screen");
    apply(&mut app, &[Action::GraphShallower, Action::GraphShallower]);
    let rows = app.graph().expect("open").rows.len();
    let page = app.graph_rows();
    assert!(rows <= page, "depth 1 fits: {rows} rows in {page}");
    assert_eq!(app.graph_view().expect("open").offset, 0, "the root row shows again");
    // The same when the screen grows under a deep view.
    apply(&mut app, &[Action::GraphDeeper, Action::GraphDeeper, Action::Bottom]);
    update(&mut app, Msg::Resize { width: 80, height: 200 });
    assert_eq!(app.graph_view().expect("open").offset, 0);
}

/// Enter on the root row goes back to the page the view was opened from, rather than visiting
/// that page again.
#[test]
fn enter_on_the_root_row_is_the_page_it_was_opened_from() {
    let mut app = on_baykar_graph();
    let baykar = id(&app, "baykar");
    let (position, length) = app.history.position();
    apply(&mut app, &[Action::Top, Action::Open]);
    assert!(app.graph_view().is_none(), "the view closed");
    assert_eq!(app.shown(), Some(baykar));
    assert_eq!(app.history.position(), (position - 1, length), "back one, no visit added");
    assert_eq!(app.trail().last(), Some(&Route::Record(baykar)));
}

/// `?` from the view opens help at the view's keys; from the panes, at the top.
#[test]
fn help_opens_at_the_keys_of_the_view_it_covers() {
    let mut app = on_baykar_graph();
    apply(&mut app, &[Action::ToggleHelp]);
    let Mode::Help(help) = &app.mode else { panic!("help is open") };
    let (lines, rows) = (app.help_text(), app.help_room().0);
    let shown = &lines[help.scroll..(help.scroll + rows).min(lines.len())];
    let title = |line: &crate::browser::app::keymap::HelpLine| matches!(line, crate::browser::app::keymap::HelpLine::Title(t) if *t == Context::Graph.title());
    assert!(help.scroll > 0 && shown.iter().any(title), "the view's keys are on screen");
    apply(&mut app, &[Action::Close, Action::Close, Action::ToggleHelp]);
    let Mode::Help(help) = &app.mode else { panic!("help is open") };
    assert_eq!(help.scroll, 0, "over the panes, from the top");
}
