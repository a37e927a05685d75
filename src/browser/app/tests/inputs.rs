//! The text inputs and overlays: search, the list filter, help, quitting.

use super::*;

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
    assert_eq!(app.search.input.text().chars().count(), crate::browser::app::input::MAX_CHARS);
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
    type_text(&mut app, "bayr");
    let names: Vec<String> = app.list.visible.iter().map(|&r| name(&app, Some(r))).collect();
    assert!(names.contains(&"Bayraktar TB2".to_owned()));
    assert!(names.len() < 6);
    apply(&mut app, &[Action::Accept]);
    assert_eq!(app.mode.name(), ModeName::Browse);
    assert_eq!(app.filter.text(), "bayr", "Enter keeps the filter");
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
    let action = app.keymap().action_for_key(q, &app.contexts()).expect("q is bound in help");
    assert_eq!(apply(&mut app, &[action]), vec![Effect::Quit], "q quits from the help overlay too");
}

/// A sequence from a config, pressed as a person presses it: the first press says it waits,
/// the second acts, and the status bar's note goes with it.
#[test]
fn a_key_sequence_is_typed_press_by_press_through_the_app() {
    use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    let mut keymap = crate::browser::app::keymap::KeyMap::default();
    let z_z = crate::browser::app::keymap::parse_key("z z").expect("a sequence");
    keymap.bind(Context::List, z_z, Action::Bottom);
    let mut app = on_kind(Kind::Company).with_keymap(keymap);
    let z = Event::Key(KeyEvent::new(KeyCode::Char('z'), KeyModifiers::NONE));
    let msg = app.msg_for_event(&z).expect("a first press");
    update(&mut app, msg);
    assert_eq!(app.message.as_deref(), Some("z …"));
    assert_eq!(app.list.cursor, 0);
    let msg = app.msg_for_event(&z).expect("the second press");
    update(&mut app, msg);
    assert!(app.pending_keys.is_empty());
    assert_eq!(app.message, None);
    assert_eq!(app.list.cursor, app.list.visible.len() - 1, "to the bottom");
}
