//! `update` for every action, on the embedded BAMEX catalogue at a wide and a narrow size.

use super::*;
use crate::catalog::{Kind, embedded, load};

fn app() -> App {
    App::new(load(&embedded()).catalog, 120, 40)
}

fn id(app: &App, id: &str) -> RecordId {
    app.catalog.find(id).unwrap_or_else(|| panic!("no record {id}"))
}

fn name(app: &App, record: Option<RecordId>) -> String {
    record.map(|r| app.catalog.get(r).name().to_string()).unwrap_or_default()
}

/// Select the kinds pane's entry `wanted` picks as a person does: over to the kinds pane, to
/// its top, down to the entry, and into its list.
fn open_entry(app: &mut App, wanted: impl Fn(&Section) -> bool) {
    let at = app.sections().iter().position(wanted).expect("the entry");
    while app.focus != Pane::Kinds {
        update(app, Action::FocusPrev);
    }
    update(app, Action::Top);
    for _ in 0..at {
        update(app, Action::Down);
    }
    update(app, Action::Open);
    assert_eq!((app.section(), app.focus), (at, Pane::List), "the entry is open");
}

/// Apply each action in turn; the effects they asked for, in order.
fn apply(app: &mut App, actions: &[Action]) -> Vec<Effect> {
    actions.iter().flat_map(|action| update(app, action.clone())).collect()
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        update(app, Action::Insert(c));
    }
}

/// The link cursor onto the link to `target` in the shown record's detail.
fn put_link_cursor_on(app: &mut App, target: &str) {
    let target = id(app, target);
    let doc = app.detail_doc().expect("a record is shown");
    app.detail.link_cursor =
        doc.links.iter().position(|&(t, _)| t == target).expect("link present");
    app.detail.untouched = false;
}

#[test]
fn starts_on_the_first_kind_with_the_list_focused() {
    let app = app();
    assert_eq!(app.sections()[0].shelf, Shelf::Plan, "the plan heads the kinds pane");
    assert_eq!(
        app.current_section().and_then(Section::kind),
        Some(Kind::Company),
        "empty, so not opened on"
    );
    assert_eq!(app.focus, Pane::List);
    assert_eq!(name(&app, app.shown()), "Aselsan");
    assert_eq!(app.history.position(), (0, 0));
}

#[test]
fn movement_keys_move_the_list_cursor_and_clamp() {
    let mut app = app();
    apply(&mut app, &[Action::Down, Action::Down]);
    assert_eq!(name(&app, app.shown()), "Otokar");
    apply(&mut app, &[Action::Bottom]);
    assert_eq!(name(&app, app.shown()), "STM");
    apply(&mut app, &[Action::Down]);
    assert_eq!(app.list.cursor, 3, "stays on the last row");
    apply(&mut app, &[Action::Top, Action::Up]);
    assert_eq!(app.list.cursor, 0);
    apply(&mut app, &[Action::PageDown]);
    assert_eq!(app.list.cursor, 3, "a page down on a short list reaches its end");
    apply(&mut app, &[Action::PageUp]);
    assert_eq!(app.list.cursor, 0);
}

#[test]
fn moving_in_the_kinds_pane_changes_the_list() {
    let mut app = app();
    apply(&mut app, &[Action::FocusPrev, Action::Down]);
    assert_eq!(app.focus, Pane::Kinds);
    assert_eq!(app.current_section().and_then(Section::kind), Some(Kind::System));
    assert_eq!(name(&app, app.shown()), "Akinci");
    apply(&mut app, &[Action::Open]);
    assert_eq!(app.focus, Pane::List);
}

#[test]
fn tab_and_shift_tab_cycle_the_panes() {
    let mut app = app();
    apply(&mut app, &[Action::FocusNext]);
    assert_eq!(app.focus, Pane::Detail);
    apply(&mut app, &[Action::FocusNext]);
    assert_eq!(app.focus, Pane::Kinds);
    apply(&mut app, &[Action::FocusPrev, Action::FocusPrev]);
    assert_eq!(app.focus, Pane::List);
}

#[test]
fn open_and_leave_walk_the_levels() {
    let mut app = app();
    apply(&mut app, &[Action::Open]);
    assert_eq!(app.focus, Pane::Detail);
    assert_eq!(app.history.current().map(|v| v.route), Some(Route::Record(id(&app, "aselsan"))));
    apply(&mut app, &[Action::Leave]);
    assert_eq!(app.focus, Pane::List);
    apply(&mut app, &[Action::Leave, Action::Leave]);
    assert_eq!(app.focus, Pane::Kinds);
}

#[test]
fn following_a_link_opens_the_target_in_its_own_kind() {
    let mut app = app();
    apply(&mut app, &[Action::Down, Action::Open]);
    assert_eq!(name(&app, app.shown()), "Baykar");
    put_link_cursor_on(&mut app, "bayraktar-tb2");
    apply(&mut app, &[Action::Open]);
    assert_eq!(name(&app, app.shown()), "Bayraktar TB2");
    assert_eq!(app.current_section().and_then(Section::kind), Some(Kind::System));
    assert_eq!(app.focus, Pane::Detail);
    assert_eq!(app.history.position(), (2, 2));
    assert_eq!(app.detail.link_cursor, 0, "a new page starts on its first link");
}

#[test]
fn down_and_up_in_the_detail_move_the_link_cursor() {
    let mut app = app();
    apply(&mut app, &[Action::Open]);
    let links = app.detail_doc().expect("shown").links.len();
    assert!(links >= 3);
    apply(&mut app, &[Action::Down, Action::Down]);
    assert_eq!(app.detail.link_cursor, 2);
    apply(&mut app, &[Action::Bottom]);
    assert_eq!(app.detail.link_cursor, links - 1);
    apply(&mut app, &[Action::Up, Action::Top]);
    assert_eq!(app.detail.link_cursor, 0);
}

#[test]
fn the_detail_scrolls_to_keep_the_link_cursor_visible() {
    let mut app = App::new(load(&embedded()).catalog, 120, 12);
    let mali = id(&app, "country:mali");
    update(&mut app, Action::FocusNext);
    update::navigate(&mut app, mali);
    let doc = app.detail_doc().expect("shown");
    apply(&mut app, &[Action::Bottom]);
    let row = doc.link_row(app.detail.link_cursor).expect("link row");
    let rows = app.detail_rows();
    assert!(
        app.detail.scroll <= row && row < app.detail.scroll + rows,
        "row {row} visible from {}",
        app.detail.scroll
    );
    apply(&mut app, &[Action::Top]);
    assert_eq!(app.detail.scroll, 0);
}

/// A record opens at its top, even when its first link is below a short screen: the name
/// and kind are what a person needs to see first. The first ↓ then shows the first link,
/// not the second, and Enter before it says what to do rather than follow a link off screen.
#[test]
fn a_record_opens_at_its_top_and_the_first_move_reaches_its_first_link() {
    let mut app = demo();
    app.width = 100;
    app.height = 12;
    update(&mut app, Action::Open);
    assert_eq!(name(&app, app.shown()), "Acme Rover Works");
    assert_eq!(app.detail.scroll, 0, "opened at the top");
    assert!(!app.link_cursor_shown(), "its first link is below the screen");
    update(&mut app, Action::Open);
    assert_eq!(name(&app, app.shown()), "Acme Rover Works", "nothing followed unseen");
    assert!(app.message.as_deref().is_some_and(|m| m.contains("↓ moves to the first")));
    update(&mut app, Action::Down);
    assert_eq!(app.detail.link_cursor, 0, "the first link, not the second");
    let doc = app.detail_doc().expect("shown");
    let row = doc.link_row(0).expect("a link");
    assert!(app.detail.scroll <= row && row < app.detail.scroll + app.detail_rows());
    update(&mut app, Action::Open);
    assert_eq!(name(&app, app.shown()), "Utopia", "the first link is followed");
    assert_eq!(app.detail.scroll, 0, "and the page it leads to opens at its top too");
}

#[test]
fn history_goes_back_and_forward_and_remembers_the_link_followed() {
    let mut app = app();
    apply(&mut app, &[Action::Down, Action::Open]);
    put_link_cursor_on(&mut app, "bayraktar-tb2");
    let followed = app.detail.link_cursor;
    apply(&mut app, &[Action::Open]);
    apply(&mut app, &[Action::HistoryBack]);
    assert_eq!(name(&app, app.shown()), "Baykar");
    assert_eq!(app.detail.link_cursor, followed, "back puts the cursor on the link followed");
    assert_eq!(app.current_section().and_then(Section::kind), Some(Kind::Company));
    apply(&mut app, &[Action::HistoryForward]);
    assert_eq!(name(&app, app.shown()), "Bayraktar TB2");
    apply(&mut app, &[Action::HistoryForward]);
    assert_eq!(app.message.as_deref(), Some("already at the newest page"));
}

#[test]
fn following_a_link_from_the_middle_of_history_drops_the_forward_part() {
    let mut app = app();
    apply(&mut app, &[Action::Down, Action::Open]);
    put_link_cursor_on(&mut app, "bayraktar-tb2");
    apply(&mut app, &[Action::Open]);
    put_link_cursor_on(&mut app, "fama");
    apply(&mut app, &[Action::Open]);
    assert_eq!(app.history.position(), (3, 3));
    apply(&mut app, &[Action::HistoryBack, Action::HistoryBack]);
    assert_eq!(name(&app, app.shown()), "Baykar");
    put_link_cursor_on(&mut app, "akinci");
    apply(&mut app, &[Action::Open]);
    assert_eq!(app.history.position(), (2, 2), "TB2 and FAMa are gone from the forward history");
    apply(&mut app, &[Action::HistoryForward]);
    assert_eq!(name(&app, app.shown()), "Akinci");
}

#[test]
fn search_previews_then_opens_the_highlighted_result() {
    let mut app = app();
    apply(&mut app, &[Action::OpenSearch]);
    assert_eq!(app.mode.name(), ModeName::Search);
    assert_eq!(app.search.hits.len(), app.catalog.len(), "an empty query lists everything");
    type_text(&mut app, "maiga");
    assert_eq!(name(&app, Some(app.search.hits[0].record)), "Abdoulaye Maïga");
    assert!(
        app.search.hits[1..].iter().all(|hit| hit.field == crate::search::MatchField::Linked),
        "the records that link to him come after him"
    );
    assert_eq!(
        name(&app, app.shown()),
        "Abdoulaye Maïga",
        "the detail previews the highlighted result"
    );
    apply(&mut app, &[Action::Accept]);
    assert_eq!(app.mode.name(), ModeName::Browse);
    assert_eq!(app.focus, Pane::Detail);
    assert_eq!(app.current_section().and_then(Section::kind), Some(Kind::Person));
    assert_eq!(
        app.history.current().map(|v| v.route),
        Some(Route::Record(id(&app, "abdoulaye-maiga")))
    );
}

#[test]
fn search_cancel_leaves_everything_as_it_was() {
    let mut app = app();
    apply(&mut app, &[Action::Down, Action::Open, Action::Down]);
    let before =
        (app.section(), app.list.cursor, app.focus, app.detail.link_cursor, app.history.position());
    apply(&mut app, &[Action::OpenSearch]);
    type_text(&mut app, "tb2");
    apply(&mut app, &[Action::Down, Action::Close]);
    assert_eq!(app.mode.name(), ModeName::Browse);
    assert_eq!(
        (app.section(), app.list.cursor, app.focus, app.detail.link_cursor, app.history.position()),
        before
    );
}

#[test]
fn search_input_edits_and_reruns_the_query() {
    let mut app = app();
    apply(&mut app, &[Action::OpenSearch]);
    let typed: Vec<Effect> =
        "q turkiye".chars().flat_map(|c| update(&mut app, Action::Insert(c))).collect();
    assert!(!typed.contains(&Effect::Quit), "q types, it does not quit");
    assert_eq!(app.search.input.text(), "q turkiye", "q types in the search box");
    apply(&mut app, &[Action::CursorStart, Action::DeleteForward, Action::DeleteForward]);
    assert_eq!(name(&app, app.shown()), "Türkiye");
    apply(&mut app, &[Action::Down]);
    assert_eq!(app.search.cursor, 1);
    apply(&mut app, &[Action::ClearInput]);
    assert_eq!((app.search.input.text(), app.search.cursor), ("", 0));
    apply(&mut app, &[Action::Paste("cobra\nii".into())]);
    assert_eq!(name(&app, app.shown()), "Cobra II");
}

#[test]
fn a_huge_paste_into_search_is_cut_with_a_word_and_searched_once() {
    let mut app = app();
    apply(&mut app, &[Action::OpenSearch]);
    let generation = app.search.generation;
    apply(&mut app, &[Action::Paste("tb2 ".repeat(29_000))]);
    assert_eq!(app.search.input.text().chars().count(), crate::app::input::MAX_CHARS);
    assert!(app.message.as_deref().is_some_and(|m| m.contains("cut")), "{:?}", app.message);
    assert_eq!(app.search.generation, generation + 1, "one search for the whole paste");
    assert_eq!(name(&app, app.shown()), "Bayraktar TB2");
}

#[test]
fn a_kind_before_a_colon_scopes_the_search_and_changing_it_searches_afresh() {
    let mut app = app();
    apply(&mut app, &[Action::OpenSearch]);
    type_text(&mut app, "sys: a");
    let kinds = |app: &App| -> Vec<Kind> {
        app.search.hits.iter().map(|hit| app.catalog.get(hit.record).kind()).collect()
    };
    assert_eq!(kinds(&app), vec![Kind::System; 6], "every system has an a, nothing else shows");
    type_text(&mut app, "selsan");
    assert_eq!(name(&app, app.shown()), "Aselsan counter-UAS solutions", "not Aselsan the company");
    // Dropping the scope must not narrow within the systems found so far.
    apply(&mut app, &[Action::CursorStart]);
    for _ in 0.."sys: ".len() {
        apply(&mut app, &[Action::DeleteForward]);
    }
    assert_eq!(app.search.input.text(), "aselsan");
    assert!(kinds(&app).contains(&Kind::Company), "{:?}", kinds(&app));
}

#[test]
fn every_editing_action_reaches_the_input() {
    let mut app = app();
    apply(&mut app, &[Action::OpenSearch]);
    type_text(&mut app, "ab cd");
    apply(&mut app, &[Action::DeleteBack]);
    assert_eq!(app.search.input.text(), "ab c");
    apply(&mut app, &[Action::CursorLeft, Action::CursorLeft, Action::Insert('x')]);
    assert_eq!(app.search.input.text(), "abx c");
    apply(&mut app, &[Action::CursorRight, Action::DeleteForward]);
    assert_eq!(app.search.input.text(), "abx ");
    apply(&mut app, &[Action::CursorEnd, Action::DeleteWord]);
    assert_eq!(app.search.input.text(), "");
    apply(&mut app, &[Action::Insert('z'), Action::CursorStart, Action::Insert('y')]);
    assert_eq!((app.search.input.text(), app.search.input.cursor()), ("yz", 1));
}

#[test]
fn the_list_filter_narrows_as_you_type_and_esc_clears_it() {
    let mut app = app();
    apply(&mut app, &[Action::FocusPrev, Action::Down, Action::Open, Action::OpenFilter]);
    assert_eq!(app.mode.name(), ModeName::Filter);
    type_text(&mut app, "ba");
    let names: Vec<String> = app.list.visible.iter().map(|&r| name(&app, Some(r))).collect();
    assert!(names.contains(&"Bayraktar TB2".to_owned()));
    assert!(names.len() < 6);
    apply(&mut app, &[Action::Accept]);
    assert_eq!(app.mode.name(), ModeName::Browse);
    assert_eq!(app.filter.text(), "ba", "Enter keeps the filter");
    apply(&mut app, &[Action::Close]);
    assert_eq!(app.list.visible.len(), 6, "Esc in the list clears the filter");
    apply(&mut app, &[Action::OpenFilter]);
    type_text(&mut app, "zzz");
    assert!(app.list.visible.is_empty());
    apply(&mut app, &[Action::Close]);
    assert_eq!((app.mode.name(), app.list.visible.len()), (ModeName::Browse, 6));
}

#[test]
fn following_a_link_clears_a_filter_that_hides_the_target() {
    let mut app = app();
    apply(&mut app, &[Action::FocusPrev, Action::Down, Action::Open, Action::OpenFilter]);
    type_text(&mut app, "akinci");
    apply(&mut app, &[Action::Accept]);
    assert_eq!(app.list.visible.len(), 1);
    apply(&mut app, &[Action::Open]);
    put_link_cursor_on(&mut app, "bayraktar-tb2");
    apply(&mut app, &[Action::Open]);
    assert_eq!(
        name(&app, app.selected()),
        "Bayraktar TB2",
        "the list shows the record the detail shows"
    );
    assert_eq!(app.filter.text(), "");
    assert_eq!(app.list.visible.len(), 6);
}

#[test]
fn q_quits_when_browsing() {
    let mut app = app();
    assert_eq!(press(&mut app, crossterm::event::KeyCode::Char('q')), vec![Effect::Quit]);
}

#[test]
fn help_opens_scrolls_and_closes() {
    let mut app = App::new(load(&embedded()).catalog, 100, 20);
    apply(&mut app, &[Action::ToggleHelp]);
    assert_eq!(app.mode.name(), ModeName::Help);
    apply(&mut app, &[Action::Down, Action::Down]);
    assert_eq!(app.help_scroll(), 2);
    apply(&mut app, &[Action::Bottom]);
    let bottom = app.help_scroll();
    apply(&mut app, &[Action::Down]);
    assert_eq!(app.help_scroll(), bottom, "does not scroll past the end");
    apply(&mut app, &[Action::Close]);
    assert_eq!(app.mode.name(), ModeName::Browse);
    let q = crossterm::event::KeyEvent::new(
        crossterm::event::KeyCode::Char('q'),
        crossterm::event::KeyModifiers::NONE,
    );
    apply(&mut app, &[Action::ToggleHelp]);
    let action = keymap::action_for_key(q, &app.contexts()).expect("q is bound in help");
    assert_eq!(apply(&mut app, &[action]), vec![Effect::Quit], "q quits from the help overlay too");
}

#[test]
fn clicks_select_rows_and_follow_links() {
    let mut app = app();
    let areas = app.areas().expect("fits");
    let list = layout::inner(areas.list.expect("wide"));
    apply(&mut app, &[Action::Click { column: list.x + 2, row: list.y + 2 }]);
    assert_eq!(name(&app, app.selected()), "Otokar");
    let kinds = layout::inner(areas.kinds.expect("wide"));
    apply(&mut app, &[Action::Click { column: kinds.x + 1, row: kinds.y + 3 }]);
    assert_eq!(app.current_section().and_then(Section::kind), Some(Kind::System));
    assert_eq!(app.focus, Pane::Kinds);
    let doc = app.detail_doc().expect("shown");
    let (target, row) = doc.links[0];
    let detail = layout::inner(areas.detail.expect("wide"));
    apply(
        &mut app,
        &[Action::Click {
            column: detail.x + 4,
            row: detail.y + u16::try_from(row).expect("fits"),
        }],
    );
    assert_eq!(app.shown(), Some(target), "a click on a link follows it");
    assert_eq!(app.focus, Pane::Detail);
}

#[test]
fn the_wheel_scrolls_the_pane_under_the_pointer() {
    let mut app = App::new(load(&embedded()).catalog, 120, 12);
    open_entry(&mut app, |s| s.kind() == Some(Kind::Country));
    let areas = app.areas().expect("fits");
    let list = areas.list.expect("wide");
    apply(&mut app, &[Action::Scroll { column: list.x + 1, row: list.y + 1, down: true }]);
    assert_eq!(app.list.cursor, 3);
    // One more, to Mali, whose page is long enough to scroll in 12 rows (Libya's, at 3 now that
    // France is a country too, is not).
    apply(&mut app, &[Action::Down]);
    assert_eq!(name(&app, app.shown()), "Mali");
    let detail = areas.detail.expect("wide");
    apply(&mut app, &[Action::Scroll { column: detail.x + 1, row: detail.y + 1, down: true }]);
    assert_eq!(app.detail.scroll, 3);
}

#[test]
fn resizing_to_narrow_keeps_working_with_the_same_keys() {
    let mut app = app();
    update(&mut app, Msg::Resize { width: 60, height: 20 });
    let areas = app.areas().expect("fits");
    assert!(areas.list.is_some() && areas.detail.is_none(), "one pane at a time");
    apply(&mut app, &[Action::Down, Action::Open]);
    let areas = app.areas().expect("fits");
    assert!(areas.detail.is_some() && areas.list.is_none());
    assert_eq!(name(&app, app.shown()), "Baykar");
    apply(&mut app, &[Action::Leave]);
    assert_eq!(app.focus, Pane::List);
    update(&mut app, Msg::Resize { width: 3, height: 2 });
    assert!(app.areas().is_none());
    apply(&mut app, &[Action::Down]);
    assert_eq!(name(&app, app.shown()), "Otokar", "keys still work while too small to draw");
}

#[test]
fn m_marks_the_record_in_the_list_the_detail_and_the_search() {
    let mut app = app();
    let effects = apply(&mut app, &[Action::ToggleMark]);
    assert!(app.state.is_marked("aselsan"), "the list's selection");
    assert_eq!(effects, vec![Effect::Save], "a change asks to be saved");
    assert_eq!(app.message.as_deref(), Some("marked Aselsan"));
    apply(&mut app, &[Action::Down, Action::Open]);
    put_link_cursor_on(&mut app, "bayraktar-tb2");
    apply(&mut app, &[Action::ToggleMark]);
    assert!(app.state.is_marked("baykar"), "the detail's record, not the link under the cursor");
    apply(&mut app, &[Action::OpenSearch]);
    type_text(&mut app, "tb2");
    apply(&mut app, &[Action::ToggleMark]);
    assert!(app.state.is_marked("bayraktar-tb2"), "the highlighted search result");
    assert_eq!(app.mode.name(), ModeName::Search, "marking does not close the search");
    apply(&mut app, &[Action::ToggleMark]);
    assert!(!app.state.is_marked("bayraktar-tb2"), "a second press unmarks");
    assert_eq!(app.state.marks, vec!["aselsan", "baykar"]);
    let aselsan = id(&app, "aselsan");
    assert!(app.is_marked(aselsan));
}

#[test]
fn a_notice_shows_in_the_status_bar() {
    let mut app = app();
    update(&mut app, Msg::Notice("cannot save".into()));
    assert_eq!(app.message.as_deref(), Some("cannot save"));
    apply(&mut app, &[Action::Down]);
    assert_eq!(app.message, None, "until the next key");
}

/// Press a key in the note editor, through the key map as the terminal's keys go.
fn note_key(app: &mut App, code: crossterm::event::KeyCode) -> Vec<Effect> {
    let event = crossterm::event::KeyEvent::new(code, crossterm::event::KeyModifiers::NONE);
    let msg = keymap::msg_for_key(event, &app.contexts()).expect("the note editor takes any key");
    update(app, msg)
}

fn type_note(app: &mut App, text: &str) {
    for c in text.chars() {
        let code = if c == '\n' {
            crossterm::event::KeyCode::Enter
        } else {
            crossterm::event::KeyCode::Char(c)
        };
        note_key(app, code);
    }
}

#[test]
fn a_note_is_written_saved_with_its_time_and_shown_on_the_card() {
    let mut app = app();
    app.settings.clock.fixed = Some("2025-11-13T10:00".parse().expect("a civil time"));
    apply(&mut app, &[Action::Down, Action::OpenNote]);
    assert_eq!(app.mode.name(), ModeName::Note);
    assert_eq!(app.note().map(|n| n.record), Some(id(&app, "baykar")));
    type_note(&mut app, "Ask about TB2 exports.\nTwo engineers on the stand.");
    assert_eq!(apply(&mut app, &[Action::Close]), vec![Effect::Save]);
    assert_eq!(app.mode.name(), ModeName::Browse);
    let plan = app.sections().iter().find(|s| s.shelf == Shelf::Plan).expect("the plan");
    assert!(
        plan.records.contains(&id(&app, "baykar")),
        "a note on an unmarked record is planned at once"
    );
    let note = app.state.note("baykar").expect("saved");
    assert_eq!(note.text, "Ask about TB2 exports.\nTwo engineers on the stand.");
    assert_eq!(note.edited, "2025-11-13T10:00:00Z");
    let doc = app.detail_doc().expect("shown");
    let rows: Vec<&detail::Row> = doc.rows.iter().collect();
    let at =
        rows.iter().position(|r| **r == detail::Row::Heading("Your note")).expect("a note section");
    assert_eq!(*rows[at + 1], detail::Row::Text("Ask about TB2 exports.".into()));
}

#[test]
fn quitting_while_a_note_is_open_keeps_the_note() {
    // Ctrl-C, a signal and a closed terminal all arrive as Quit.
    let mut app = app();
    apply(&mut app, &[Action::Down, Action::OpenNote]);
    type_note(&mut app, "Half-written thought");
    let effects = apply(&mut app, &[Action::Quit]);
    assert_eq!(effects, vec![Effect::Save, Effect::Quit], "saved before the session ends");
    assert_eq!(app.state.note("baykar").map(|n| n.text.as_str()), Some("Half-written thought"));
}

#[test]
fn quitting_with_changes_a_save_could_not_write_asks_once() {
    let mut app = app();
    // As the event loop leaves it after a failed save.
    app.saving.unsaved = Some("cannot save s.toml: disk full".into());
    assert_eq!(apply(&mut app, &[Action::Quit]), vec![], "not at once");
    let said = app.message.clone().unwrap_or_default();
    assert!(said.contains("not saved") && said.contains("x exports"), "{said}");
    assert_eq!(apply(&mut app, &[Action::Quit]), vec![Effect::Quit], "the second quit quits");
}

#[test]
fn reopening_a_note_edits_it_and_emptying_it_deletes_it() {
    let mut app = app();
    app.state.set_note("aselsan", "first", "2025-11-13T10:00:00Z");
    apply(&mut app, &[Action::OpenNote]);
    assert_eq!(app.note().map(|n| n.text.lines().to_vec()), Some(vec!["first".to_owned()]));
    for _ in 0..5 {
        note_key(&mut app, crossterm::event::KeyCode::Backspace);
    }
    apply(&mut app, &[Action::Close]);
    assert_eq!(app.state.note("aselsan"), None);
    assert_eq!(app.message.as_deref(), Some("note deleted"));
}

#[test]
fn pasted_control_characters_never_reach_the_note() {
    let mut app = app();
    apply(
        &mut app,
        &[Action::OpenNote, Action::Paste("ok\u{1b}[2J\r\nnext".into()), Action::Close],
    );
    assert_eq!(app.state.note("aselsan").map(|n| n.text.as_str()), Some("ok[2J\nnext"));
}

#[test]
fn search_finds_notes_and_lists_them_first() {
    let mut app = app();
    app.state.set_note("ilgar", "They promised a live jamming demo", "2025-11-13T10:00:00Z");
    apply(&mut app, &[Action::OpenSearch]);
    type_text(&mut app, "jamming demo");
    let first = app.search.hits.first().expect("a hit");
    assert_eq!(first.record, id(&app, "ilgar"));
    assert_eq!(first.field, crate::search::MatchField::Note);
}

#[test]
fn the_plan_lists_what_is_marked_and_opens_first_when_there_is_one() {
    let mut app = app();
    let mut state = crate::state::State::new("bamex-2025");
    for mark in ["stm", "bamex-2025-demo-day-2", "baykar"] {
        state.toggle_mark(mark);
    }
    state.set_note("stm", "Kargu video at 3pm\nsecond line", "2025-11-13T10:00:00Z");
    app.set_state(state);
    assert_eq!(app.current_section().map(|s| s.shelf), Some(Shelf::Plan));
    let plan: Vec<&str> = app.list.visible.iter().map(|&r| app.catalog.get(r).id()).collect();
    assert_eq!(
        plan,
        vec!["bamex-2025-demo-day-2", "baykar", "stm"],
        "programme first, then by stand or name"
    );
    let stm = id(&app, "stm");
    assert_eq!(
        app.row_context(stm),
        "Company · note: Kargu video at 3pm · Türkiye · loitering munitions"
    );
    apply(&mut app, &[Action::Bottom, Action::ToggleMark]);
    let plan: Vec<&str> = app.list.visible.iter().map(|&r| app.catalog.get(r).id()).collect();
    assert_eq!(plan, vec!["bamex-2025-demo-day-2", "baykar", "stm"], "its note keeps it there");
    assert!(!app.is_marked(stm));
    apply(&mut app, &[Action::Up, Action::ToggleMark]);
    let plan: Vec<&str> = app.list.visible.iter().map(|&r| app.catalog.get(r).id()).collect();
    assert_eq!(
        plan,
        vec!["bamex-2025-demo-day-2", "stm"],
        "unmarking a record without a note takes it off the plan at once"
    );
}

/// Two timed items that overlap are flagged; an all-day item (an exhibition day) clashes with
/// nothing, least of all the demonstrations held during it.
#[test]
fn overlapping_timed_items_are_flagged_in_the_plan_and_all_day_ones_never() {
    let mut app = app();
    let mut state = crate::state::State::new("bamex-2025");
    state.toggle_mark("bamex-2025-day-3");
    state.toggle_mark("bamex-2025-demo-day-1");
    app.set_state(state);
    let day3 = id(&app, "bamex-2025-day-3");
    assert!(!app.row_context(day3).contains("overlaps"), "{}", app.row_context(day3));

    let catalog = crate::catalog::clean(
        "[[event]]\nid = \"e\"\nname = \"E\"\nstart_date = 2030-05-02\n\
         [[event.schedule]]\nid = \"a\"\nname = \"A\"\nday = 2030-05-02\nstart_time = 09:00\nend_time = 10:00\n\
         [[event.schedule]]\nid = \"b\"\nname = \"B\"\nday = 2030-05-02\nstart_time = 09:30\nend_time = 11:00\n",
    );
    let mut app = App::new(catalog, 120, 40);
    let mut state = crate::state::State::new("e");
    state.toggle_mark("a");
    state.toggle_mark("b");
    app.set_state(state);
    let a = id(&app, "a");
    // The clash first, then the times, then the day: a narrow pane cuts from the end (and the
    // list puts the start before the name).
    assert_eq!(app.row_context(a), "⚠ overlaps B · 09:00–10:00 · Thu 2 May 2030");
}

#[test]
fn now_and_next_follow_the_clock() {
    let mut app = app();
    app.settings.clock.fixed = Some("2025-11-12T15:00".parse().expect("a time"));
    let now_next = app.now_next();
    let today: Vec<&str> = now_next.today.iter().map(|&r| app.catalog.get(r).id()).collect();
    assert_eq!(today, vec!["bamex-2025-day-2"], "an all-day item is today");
    assert!(now_next.now.is_empty(), "and never ▶ now: {:?}", now_next.now);
    assert!(now_next.next.is_some());
    app.settings.clock.fixed = Some("2026-01-01T10:00".parse().expect("a time"));
    assert_eq!(app.now_next(), crate::plan::NowNext::default(), "nothing is now after the event");
}

#[test]
fn x_asks_the_loop_to_export_the_plan() {
    let mut app = app();
    let effects = press(&mut app, crossterm::event::KeyCode::Char('x'));
    assert_eq!(effects, vec![Effect::ExportPlan]);
}

fn demo() -> App {
    let dir =
        std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/floorplan-demo"));
    App::new(crate::catalog::load_dirs(&[dir]).catalog, 120, 40)
}

fn open_floor(app: &mut App) {
    open_entry(app, |s| s.shelf == Shelf::Floor);
}

#[test]
fn arrows_move_across_the_floor_and_enter_opens_the_exhibitor() {
    let mut app = demo();
    open_floor(&mut app);
    assert!(app.contexts().contains(&Context::Floor));
    let label = |app: &App| {
        app.selected()
            .and_then(|s| app.catalog.get(s).text(crate::catalog::Field::Label))
            .map(str::to_owned)
    };
    assert_eq!(label(&app).as_deref(), Some("A1"));
    apply(&mut app, &[Action::Spatial(crate::floor::Direction::Right)]);
    assert_eq!(label(&app).as_deref(), Some("A2"));
    apply(&mut app, &[Action::Spatial(crate::floor::Direction::Down)]);
    assert_eq!(label(&app).as_deref(), Some("A4"));
    apply(&mut app, &[Action::Open]);
    assert_eq!(app.message.as_deref(), Some("nobody is listed on this stand"));
    apply(&mut app, &[Action::Spatial(crate::floor::Direction::Up), Action::Open]);
    assert_eq!(name(&app, app.shown()), "Acme Rover Works", "one exhibitor: opened");
    assert_eq!(app.focus, Pane::Detail);
}

/// The key the person presses, through the key map of the screen they are on.
fn press(app: &mut App, code: crossterm::event::KeyCode) -> Vec<Effect> {
    let event = crossterm::event::KeyEvent::new(code, crossterm::event::KeyModifiers::NONE);
    keymap::action_for_key(event, &app.contexts())
        .map(|action| update(app, action))
        .unwrap_or_default()
}

/// On the floor plan, m and n are about the stand's exhibitor, f is not a filter nobody can
/// see, and Esc or ← at the edge leads back out, even on a floor with no stands.
#[test]
fn the_floor_plans_keys_mark_the_exhibitor_and_lead_back_out() {
    use crossterm::event::KeyCode;
    let mut app = demo();
    open_floor(&mut app);
    press(&mut app, KeyCode::Char('m'));
    assert!(app.state.is_marked("acme-rover"), "A1's exhibitor is marked, not the stand");
    assert_eq!(app.message.as_deref(), Some("marked Acme Rover Works"));
    press(&mut app, KeyCode::Char('f'));
    assert_eq!(app.mode.name(), ModeName::Browse, "no invisible filter on the map");
    press(&mut app, KeyCode::Char('G'));
    press(&mut app, KeyCode::Char('m'));
    assert!(
        app.message.as_deref().is_some_and(|m| m.contains("2 exhibitors")),
        "{:?}",
        app.message
    );
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.focus, Pane::Kinds, "Esc leaves the floor plan");

    open_floor(&mut app);
    press(&mut app, KeyCode::Char('g'));
    press(&mut app, KeyCode::Left);
    assert_eq!(app.focus, Pane::Kinds, "← with no stand to the left leaves too");

    let mut bamex = self::app();
    open_floor(&mut bamex);
    assert!(bamex.selected().is_none(), "BAMEX names no stands");
    press(&mut bamex, KeyCode::Char('h'));
    assert_eq!(bamex.focus, Pane::Kinds, "an empty floor plan has a way out");
}

#[test]
fn a_shared_stand_opens_on_its_card_with_every_exhibitor() {
    let mut app = demo();
    open_floor(&mut app);
    apply(&mut app, &[Action::Bottom, Action::Open]);
    assert_eq!(name(&app, app.shown()), "Freedonia–Ruritania pavilion");
    assert_eq!(app.focus, Pane::Detail);
    let doc = app.detail_doc().expect("shown");
    let targets: Vec<&str> = doc.links.iter().map(|&(t, _)| app.catalog.get(t).name()).collect();
    assert!(targets.contains(&"Delta Radio") && targets.contains(&"Ember Power"));
}

#[test]
fn w_shows_a_company_on_the_floor() {
    let mut app = demo();
    apply(&mut app, &[Action::Down, Action::Down]);
    assert_eq!(name(&app, app.shown()), "Cirrus Drones");
    apply(&mut app, &[Action::ShowOnFloor]);
    assert_eq!(app.current_section().map(|s| s.shelf), Some(Shelf::Floor));
    assert_eq!(name(&app, app.selected()), "Stand A3");
    let mut bamex = self::app();
    apply(&mut bamex, &[Action::ShowOnFloor]);
    assert_eq!(bamex.message.as_deref(), Some("Aselsan has no stand on the floor plan"));
}

#[test]
fn zoom_steps_in_and_out_within_bounds() {
    let mut app = demo();
    apply(&mut app, &[Action::ZoomOut]);
    assert_eq!(app.floor_zoom, 0);
    apply(&mut app, &[Action::ZoomIn, Action::ZoomIn, Action::ZoomIn, Action::ZoomIn]);
    assert_eq!(app.floor_zoom, 3);
}

/// The list of one kind, focused, as a person gets to it.
fn on_kind(kind: Kind) -> App {
    let mut app = app();
    open_entry(&mut app, |s| s.kind() == Some(kind));
    app
}

/// The value rows of the facet panel, as "field=value count [x]".
fn facet_values(app: &App) -> Vec<String> {
    app.facet_panel()
        .map_or(&[][..], |panel| &panel.rows)
        .iter()
        .filter_map(|row| match row {
            facets::FacetRow::Value { field, value, count, selected } => Some(format!(
                "{}={value} {count}{}",
                field.key(),
                if *selected { " [x]" } else { "" }
            )),
            facets::FacetRow::Heading(_) => None,
        })
        .collect()
}

/// Move the facet cursor onto `field=value` and choose it.
fn choose(app: &mut App, wanted: &str) {
    let at = facet_values(app)
        .iter()
        .position(|row| row.starts_with(&format!("{wanted} ")))
        .unwrap_or_else(|| panic!("no facet value {wanted}: {:?}", facet_values(app)));
    update(app, Action::Top);
    for _ in 0..at {
        update(app, Action::Down);
    }
    update(app, Action::ToggleFacet);
}

/// In the browser the facet index is counted on another thread: the panel opens at once,
/// says it is counting, asks the loop once, and fills in when the index arrives.
#[test]
fn the_facet_panel_waits_for_an_index_counted_in_the_background() {
    let mut app = on_kind(Kind::System);
    app.settings.background_facets = true;
    let effects = update(&mut app, Action::OpenFacets);
    assert!(matches!(app.mode, Mode::Facets(_)), "the panel opens without waiting");
    assert!(matches!(app.facet_count, FacetCount::Counting));
    assert_eq!(facet_values(&app), Vec::<String>::new(), "nothing to show while counting");
    assert_eq!(effects, vec![Effect::CountFacets], "the loop is asked to count");
    update(&mut app, Action::Close);
    let again = update(&mut app, Action::OpenFacets);
    assert_eq!(again, vec![], "asked once, not again while counting");
    let index = Arc::new(crate::facet::FacetIndex::build(&app.catalog));
    update(&mut app, Msg::FacetIndexReady(index));
    assert!(matches!(app.facet_count, FacetCount::Ready(_)));
    assert!(facet_values(&app).contains(&"maker=Baykar 2".to_owned()), "{:?}", facet_values(&app));
}

#[test]
fn facets_narrow_the_list_or_within_a_facet_and_across_facets() {
    let mut app = on_kind(Kind::System);
    update(&mut app, Action::OpenFacets);
    assert_eq!(app.mode.name(), ModeName::Facets);
    assert_eq!(app.list.visible.len(), 6);
    assert!(facet_values(&app).contains(&"maker=Baykar 2".to_owned()));

    choose(&mut app, "maker=Baykar");
    let names: Vec<String> = app.list.visible.iter().map(|&r| name(&app, Some(r))).collect();
    assert_eq!(names, vec!["Akinci", "Bayraktar TB2"]);
    // The maker's other values keep their counts (OR); the other facets count within Baykar.
    let values = facet_values(&app);
    assert!(values.contains(&"maker=Baykar 2 [x]".to_owned()), "{values:?}");
    assert!(values.contains(&"maker=STM 1".to_owned()), "{values:?}");
    assert!(values.contains(&"country=Türkiye 2".to_owned()), "{values:?}");

    choose(&mut app, "maker=STM");
    assert_eq!(app.list.visible.len(), 3, "Baykar or STM");
    choose(&mut app, "tags=UAV");
    let names: Vec<String> = app.list.visible.iter().map(|&r| name(&app, Some(r))).collect();
    assert_eq!(names, vec!["Akinci", "Bayraktar TB2"], "and tagged UAV");
    assert_eq!(
        app.current_facets().map(crate::facet::Filters::describe).as_deref(),
        Some("maker: Baykar or STM · tags: UAV"),
        "what the header shows"
    );

    // Choosing again drops the value; X clears everything; Esc keeps the choices.
    choose(&mut app, "tags=UAV");
    assert_eq!(app.list.visible.len(), 3);
    update(&mut app, Action::Close);
    assert_eq!(app.mode.name(), ModeName::Browse);
    assert_eq!(app.list.visible.len(), 3, "closing the panel keeps the filter");
    update(&mut app, Action::ClearFacets);
    assert_eq!(app.list.visible.len(), 6);
    assert!(app.current_facets().is_some_and(crate::facet::Filters::is_empty));
}

/// The value under the cursor, as "field=value count [x]".
fn facet_under_cursor(app: &App) -> String {
    let values = facet_values(app);
    let panel = app.facet_panel().expect("the panel is open");
    let before = panel.rows[..panel.cursor]
        .iter()
        .filter(|r| matches!(r, facets::FacetRow::Value { .. }))
        .count();
    values[before].clone()
}

/// Choosing a value hides the values left with no match; the cursor must stay on the value it
/// chose, so that a second Space drops it rather than choosing whatever slid under it.
#[test]
fn the_facet_cursor_stays_on_the_value_it_chose() {
    let mut app = on_kind(Kind::System);
    update(&mut app, Action::OpenFacets);
    let values = facet_values(&app);
    let last_tag = values.iter().rposition(|v| v.starts_with("tags=")).expect("tags");
    let wanted = values[last_tag].split(' ').next().expect("field=value").to_owned();
    choose(&mut app, &wanted);
    assert!(facet_values(&app).len() < values.len(), "choosing hid some values: {values:?}");
    let under = facet_under_cursor(&app);
    assert!(under.starts_with(&format!("{wanted} ")) && under.ends_with("[x]"), "{under}");
    update(&mut app, Action::ToggleFacet);
    assert_eq!(app.list.visible.len(), 6, "the second Space dropped the same value");
    assert!(facet_under_cursor(&app).starts_with(&format!("{wanted} ")));
}

#[test]
fn facets_stay_with_their_kind_and_the_cursor_skips_headings() {
    let mut systems = on_kind(Kind::System);
    let app = &mut systems;
    update(app, Action::OpenFacets);
    let on_value = |app: &App| {
        let panel = app.facet_panel().expect("open");
        matches!(panel.rows.get(panel.cursor), Some(facets::FacetRow::Value { .. }))
    };
    assert!(on_value(app));
    let values = facet_values(app).len();
    for _ in 0..values + 3 {
        update(app, Action::Down);
        assert!(on_value(app));
    }
    choose(app, "maker=Otokar");
    update(app, Action::Close);
    // To the companies and back: the systems are still narrowed to Otokar's.
    update(app, Action::Leave);
    update(app, Action::Up);
    assert_eq!(app.current_section().and_then(|s| s.kind()), Some(Kind::Company));
    assert_eq!(app.list.visible.len(), 4, "companies are not narrowed by a system facet");
    update(app, Action::Down);
    assert_eq!(app.list.visible.len(), 1);

    // The plan mixes kinds: it has no facets, and says so.
    let mut plan = self::app();
    open_entry(&mut plan, |s| s.shelf == Shelf::Plan);
    update(&mut plan, Action::OpenFacets);
    assert_eq!(plan.mode.name(), ModeName::Browse);
    assert!(plan.message.as_deref().is_some_and(|m| m.contains("no facets")));
}

#[test]
fn y_puts_the_record_on_the_clipboard_and_e_asks_for_the_list_export() {
    let mut systems = on_kind(Kind::System);
    let app = &mut systems;
    assert_eq!(
        press(app, crossterm::event::KeyCode::Char('y')),
        vec![Effect::Copy("akinci Akinci".into())]
    );
    assert!(app.message.as_deref().is_some_and(|m| m.contains("copied “akinci Akinci”")));
    assert_eq!(press(app, crossterm::event::KeyCode::Char('E')), vec![Effect::ExportList]);

    let mut plan = self::app();
    open_entry(&mut plan, |s| s.shelf == Shelf::Plan);
    assert_eq!(update(&mut plan, Action::ExportList), vec![], "the plan mixes kinds");
}

#[test]
fn the_compare_tray_holds_up_to_four_and_opens_with_two() {
    let mut systems = on_kind(Kind::System);
    let app = &mut systems;
    update(app, Action::ToggleCompare);
    update(app, Action::OpenCompare);
    assert_eq!(app.mode.name(), ModeName::Browse, "one record is nothing to compare");
    assert!(app.message.as_deref().is_some_and(|m| m.contains("two records or more")));
    for _ in 0..4 {
        update(app, Action::Down);
        update(app, Action::ToggleCompare);
    }
    assert_eq!(app.tray.len(), 4);
    assert!(app.message.as_deref().is_some_and(|m| m.contains("holds 4 records")));
    update(app, Action::Up);
    update(app, Action::ToggleCompare);
    assert_eq!(app.tray.len(), 3, "c again takes a record out");
    update(app, Action::OpenCompare);
    assert_eq!(app.mode.name(), ModeName::Compare);
    update(app, Action::Close);
    assert_eq!(app.mode.name(), ModeName::Browse);
    assert_eq!(app.tray.len(), 3, "closing keeps the tray");
}

/// j past the end of the compare table does nothing, so the first k moves at once.
#[test]
fn the_compare_view_scrolls_within_its_table() {
    let mut systems = on_kind(Kind::System);
    let app = &mut systems;
    apply(app, &[Action::ToggleCompare, Action::Down, Action::ToggleCompare, Action::OpenCompare]);
    update(app, Msg::Resize { width: 60, height: 12 });
    assert_eq!(app.mode.name(), ModeName::Compare);
    let last = app.current_compare_table().expect("open").max_scroll();
    assert!(last > 0, "the table is taller than the screen");
    for _ in 0..50 {
        update(app, Action::Down);
    }
    assert_eq!(app.compare_scroll(), last, "stopped at the last row");
    update(app, Action::Up);
    assert_eq!(app.compare_scroll(), last - 1, "k moves at once");
    update(app, Msg::Resize { width: 200, height: 60 });
    let taller = app.current_compare_table().expect("open").max_scroll();
    assert!(app.compare_scroll() <= taller, "a bigger screen shrinks the bound too");
}

/// `?` opens help from the facet panel and the compare view too, and the status bar says so.
#[test]
fn help_is_a_key_away_in_the_facet_panel_and_the_compare_view() {
    let mut systems = on_kind(Kind::System);
    let app = &mut systems;
    update(app, Action::OpenFacets);
    assert!(keymap::hints(&app.contexts()).iter().any(|(k, _)| k == "?"));
    press(app, crossterm::event::KeyCode::Char('?'));
    assert_eq!(app.mode.name(), ModeName::Help);
    update(app, Action::Close);
    assert_eq!(app.mode.name(), ModeName::Facets, "closing help returns to the panel");
    update(app, Action::Close);
    apply(app, &[Action::ToggleCompare, Action::Down, Action::ToggleCompare, Action::OpenCompare]);
    assert_eq!(app.mode.name(), ModeName::Compare);
    assert!(keymap::hints(&app.contexts()).iter().any(|(k, _)| k == "?"));
    press(app, crossterm::event::KeyCode::Char('?'));
    assert_eq!(app.mode.name(), ModeName::Help);
    press(app, crossterm::event::KeyCode::Char('?'));
    assert_eq!(app.mode.name(), ModeName::Compare, "and to the comparison");
}

#[test]
fn facet_counts_follow_the_text_filter_too() {
    let mut systems = on_kind(Kind::System);
    let app = &mut systems;
    update(app, Action::OpenFilter);
    type_text(app, "kargu");
    update(app, Action::Accept);
    assert_eq!(app.list.visible.len(), 1);
    update(app, Action::OpenFacets);
    let makers: Vec<String> =
        facet_values(app).into_iter().filter(|v| v.starts_with("maker=")).collect();
    assert_eq!(makers, vec!["maker=STM 1"], "counted over what the filter f keeps");
}
