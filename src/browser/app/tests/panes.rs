//! Moving through the three panes: the cursor, links, history, the mouse, resizing.

use super::*;
use crate::browser::app::detail::Row;

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
fn a_company_page_names_who_wants_its_systems_and_the_link_is_followed() {
    let dir =
        std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/small"));
    let mut app = App::new(crate::catalog::load_dirs(&[dir]).catalog, 120, 40);
    open_entry(&mut app, |s| s.kind() == Some(Kind::Company));
    // The list is by name: Anatolia Dynamics, then Škoda Defence.
    apply(&mut app, &[Action::Down, Action::Open]);
    assert_eq!(name(&app, app.shown()), "Škoda Defence");
    let doc = app.detail_doc().expect("shown");
    let heading = doc
        .rows
        .iter()
        .position(|row| *row == Row::Heading(crate::tr!("detail-interest-shown")))
        .expect("the section, though the delegation names only the system");
    let delegation = id(&app, "czech-delegation");
    assert!(matches!(doc.rows[heading + 1], Row::Link { target, .. } if target == delegation));
    assert_eq!(doc.rows[heading + 2], Row::Dim("    via Rys".into()));
    // Down through the links as a person does, to the delegation, and open it.
    let at = doc.links.iter().position(|&(target, _)| target == delegation).expect("a link");
    for _ in 0..at {
        update(&mut app, Action::Down);
    }
    update(&mut app, Action::Open);
    assert_eq!(name(&app, app.shown()), "Czech delegation");
}
