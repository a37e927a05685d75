//! Marks, notes and My plan: what they change, what they save, what they show.

use super::*;

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
    // Opened and closed an hour later without a change, it keeps the time it was written.
    app.settings.clock.fixed = Some("2025-11-13T11:00".parse().expect("a civil time"));
    apply(&mut app, &[Action::OpenNote]);
    assert_eq!(app.note().map(|n| n.record), Some(id(&app, "baykar")));
    apply(&mut app, &[Action::Close]);
    assert_eq!(app.state.note("baykar").map(|n| n.edited.as_str()), Some("2025-11-13T10:00:00Z"));
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
    assert_eq!(
        app.now_next(),
        crate::features::plan::NowNext::default(),
        "nothing is now after the event"
    );
}

#[test]
fn x_asks_the_loop_to_export_the_plan() {
    let mut app = app();
    // With nothing marked or noted, there is nothing to write: it says how to start.
    let effects = press(&mut app, crossterm::event::KeyCode::Char('x'));
    assert!(effects.is_empty(), "{effects:?}");
    assert!(app.message().is_some_and(|said| said.starts_with("nothing to export yet")));
    press(&mut app, crossterm::event::KeyCode::Char('m'));
    let effects = press(&mut app, crossterm::event::KeyCode::Char('x'));
    assert_eq!(effects, vec![Effect::ExportPlan]);
}

#[test]
fn capital_i_asks_for_a_plan_file_and_enter_asks_the_loop_to_read_it() {
    use crossterm::event::KeyCode;
    let mut app = app();
    press(&mut app, KeyCode::Char('I'));
    assert_eq!(app.contexts(), [Context::Always, Context::ImportPlan], "the prompt takes the keys");
    // An empty line is not a file: said, and the prompt stays.
    assert!(press(&mut app, KeyCode::Enter).is_empty());
    assert!(app.message().is_some_and(|m| m.contains("type the path")));
    for c in "plans/ana.json".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Char('n'));
    let effects = press(&mut app, KeyCode::Enter);
    assert_eq!(effects, [Effect::ImportPlan(std::path::PathBuf::from("./plans/ana.json"))]);
    assert_eq!(app.mode().name(), ModeName::Browse);
    // Esc leaves the prompt and asks for nothing.
    press(&mut app, KeyCode::Char('I'));
    press(&mut app, KeyCode::Char('x'));
    assert!(press(&mut app, KeyCode::Esc).is_empty());
    assert_eq!(app.mode().name(), ModeName::Browse);
}

#[test]
fn a_plan_read_is_merged_saved_and_said_and_a_second_time_changes_nothing() {
    let mut app = app();
    let mut theirs = crate::state::State::new("bamex-2025");
    theirs.toggle_mark("kargu");
    theirs.set_note("baykar", "Met their export manager.", "2025-11-13T11:00:00Z");
    let exported = crate::export::plan(
        &app.catalog,
        &theirs,
        crate::export::Format::Json,
        "2025-11-13T18:00:00Z".parse().expect("a time"),
    );
    let read =
        || crate::features::plan::travel::read(&exported, "bamex-2025").map_err(|e| e.to_string());
    let effects = update(&mut app, Msg::PlanRead { source: "ana.json".into(), plan: read() });
    assert_eq!(effects, [Effect::Save], "the merge is saved as any change is");
    assert!(app.state().is_marked("kargu"));
    assert_eq!(
        app.state().note("baykar").map(|n| n.text.as_str()),
        Some("Met their export manager.")
    );
    assert_eq!(app.message(), Some("ana.json: 2 changes merged"));
    assert!(app.sections().iter().any(|s| s.shelf == Shelf::Plan), "My plan follows");
    let again = update(&mut app, Msg::PlanRead { source: "ana.json".into(), plan: read() });
    assert!(again.is_empty(), "nothing to save");
    assert!(app.message().is_some_and(|m| m.contains("nothing to merge")));
    // A file that is not a plan: its reason is said, the state is untouched.
    let before = app.state().clone();
    update(
        &mut app,
        Msg::PlanRead { source: "x.json".into(), plan: Err("x.json:1:1: not a plan".into()) },
    );
    assert_eq!(app.state(), &before);
    assert_eq!(app.message(), Some("x.json:1:1: not a plan"));
}
