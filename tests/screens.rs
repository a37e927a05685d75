//! Snapshots drawn by the real drawing code into ratatui's TestBackend: whole screens where the
//! whole screen is the point (the first screens, narrow and too-small layouts, help, search with
//! its preview, My plan, the floor plan), and one pane where the test is about that pane.
//! NO_COLOR is asserted cell by cell; tests/drawing.rs asserts lines and styles without
//! snapshots.

mod common;

use common::*;
use insta::assert_snapshot;
use ratatui::style::{Color, Modifier};
use showfloor::browser::app::{Action, Msg, update};

#[test]
fn main_screen_wide() {
    assert_snapshot!(screen(&app(120, 40)));
}

#[test]
fn main_screen_80x24() {
    assert_snapshot!(screen(&app(80, 24)));
}

#[test]
fn narrow_screen_shows_one_pane_at_a_time() {
    let mut app = app(60, 20);
    assert_snapshot!("narrow_list", screen(&app));
    act(&mut app, &[Action::Down, Action::Open]);
    assert_snapshot!("narrow_detail", screen(&app));
}

#[test]
fn too_small_a_terminal_gets_a_notice() {
    assert_snapshot!(screen(&app(20, 4)));
}

#[test]
fn help_overlay() {
    let mut app = app(120, 40);
    act(&mut app, &[Action::ToggleHelp]);
    assert_snapshot!("help_120x40", screen(&app));
    update(&mut app, Msg::Resize { width: 80, height: 24 });
    assert_snapshot!("help_80x24", screen(&app));
}

#[test]
fn search_with_results_and_preview() {
    let mut app = app(120, 40);
    act(&mut app, &[Action::OpenSearch]);
    type_text(&mut app, "tb");
    assert_snapshot!("search_tb_120x40", screen(&app));
    update(&mut app, Msg::Resize { width: 80, height: 24 });
    assert_snapshot!("search_tb_80x24", screen(&app));
}

#[test]
fn no_color_draws_with_modifiers_only() {
    let mut app = app(120, 40);
    app.settings_mut().color = false;
    act(&mut app, &[Action::OpenSearch]);
    type_text(&mut app, "tb2");
    let buffer = render(&app);
    assert!(buffer.content.iter().all(|cell| cell.fg == Color::Reset && cell.bg == Color::Reset));
    assert!(
        buffer.content.iter().any(|cell| cell.modifier.contains(Modifier::UNDERLINED)),
        "matches still stand out"
    );
}

#[test]
fn a_country_page_lists_what_refers_to_it() {
    let mut app = app(120, 40);
    open(&mut app, "country:turkiye");
    assert_snapshot!(pane(&app, |a| a.detail));
}

#[test]
fn a_record_with_many_links_scrolls_with_the_link_cursor() {
    let mut app = app(80, 16);
    open(&mut app, "country:turkiye");
    assert_snapshot!("turkiye_80x16_top", pane(&app, |a| a.detail));
    act(&mut app, &[Action::Bottom]);
    assert_snapshot!("turkiye_80x16_last_link", pane(&app, |a| a.detail));
}

#[test]
fn a_system_card_with_specs() {
    let mut app = app(120, 40);
    open(&mut app, "bayraktar-tb2");
    assert_snapshot!(pane(&app, |a| a.detail));
}

#[test]
fn the_list_filter_line() {
    let mut app = app(120, 40);
    act(&mut app, &[Action::FocusPrev, Action::Down, Action::Open, Action::OpenFilter]);
    type_text(&mut app, "bay");
    assert_snapshot!(pane(&app, |a| a.list));
}

#[test]
fn the_schedule_is_in_time_order_with_demo_days_marked() {
    let mut app = app(120, 40);
    open(&mut app, "bamex-2025-day-1");
    act(&mut app, &[Action::Leave]);
    assert_snapshot!(pane(&app, |a| a.list));
}

#[test]
fn marked_records_show_a_star_in_lists_search_and_detail() {
    let mut app = app(80, 24);
    // Marked in another session and merged in by a save: the view stays where it is.
    let mut state = app.state().clone();
    state.toggle_mark("baykar");
    state.toggle_mark("stm");
    update(&mut app, Msg::Saved { merged: state });
    act(&mut app, &[Action::Down]);
    assert_snapshot!("marked_list", pane(&app, |a| a.list));
    assert!(pane(&app, |a| a.detail).contains("★ Baykar"), "the page says it is marked");
    act(&mut app, &[Action::OpenSearch]);
    type_text(&mut app, "ba");
    assert_snapshot!("marked_search", pane(&app, |a| a.search));
}

#[test]
fn the_note_editor() {
    let mut app = app(80, 24);
    let mut state = app.state().clone();
    state.set_note(
        "baykar",
        "Ask about TB2 exports.\nTwo engineers on the stand.",
        "2025-11-13T10:00:00Z",
    );
    update(&mut app, Msg::Saved { merged: state });
    act(&mut app, &[Action::Down, Action::OpenNote]);
    assert_snapshot!(pane(&app, |a| a.note));
}

#[test]
fn my_plan() {
    assert_snapshot!("my_plan_120x40", screen(&planned_app(120, 40)));
    assert_snapshot!("my_plan_80x24", screen(&planned_app(80, 24)));
}

#[test]
fn the_schedule_with_now_and_next() {
    let mut app = app(120, 40);
    app.settings_mut().clock.fixed = Some("2025-11-13T10:00".parse().expect("a time"));
    let schedule = app
        .sections()
        .iter()
        .position(|s| s.kind() == Some(showfloor::catalog::Kind::ScheduleItem))
        .expect("a schedule");
    // Shift-Tab from the list, as a person gets to the kinds pane.
    update(&mut app, Action::FocusPrev);
    for _ in app.section()..schedule {
        update(&mut app, Action::Down);
    }
    update(&mut app, Action::Open);
    assert_snapshot!(screen(&app));
}

#[test]
fn the_floor_plan_drawn_to_scale() {
    let mut app = demo(120, 40);
    let mut state = app.state().clone();
    state.toggle_mark("borealis-optics");
    update(&mut app, Msg::Saved { merged: state });
    to_floor(&mut app);
    update(&mut app, Action::Spatial(showfloor::features::floor::Direction::Right));
    assert_snapshot!("floor_120x40", screen(&app));
    // At 80×24 the stands are one line deep: label and exhibitors share it ("B1 Delta…").
    let mut small = demo(80, 24);
    to_floor(&mut small);
    let text = screen(&small);
    assert!(text.contains("│B1 Delta"), "{text}");
    assert_snapshot!("floor_80x24", text);
    let mut narrow = demo(60, 24);
    to_floor(&mut narrow);
    update(&mut narrow, Action::ZoomIn);
    update(&mut narrow, Action::Spatial(showfloor::features::floor::Direction::Right));
    update(&mut narrow, Action::Spatial(showfloor::features::floor::Direction::Right));
    assert_snapshot!("floor_narrow_zoomed", screen(&narrow));
}

#[test]
fn bamex_has_no_floor_plan_and_says_so() {
    let mut app = app(100, 24);
    to_floor(&mut app);
    assert_snapshot!(pane(&app, |a| a.list));
}

/// The facet panel in place of the detail, after choosing the maker Baykar: the list narrowed,
/// the choice in the header, the other facets counted within it.
#[test]
fn facet_panel_with_a_value_chosen() {
    let mut app = app(120, 30);
    act(&mut app, &[Action::Leave, Action::Down, Action::Open, Action::OpenFacets]);
    act(&mut app, &[Action::Down, Action::Down, Action::ToggleFacet]);
    assert_snapshot!(pane(&app, |a| a.facets));
    assert!(screen(&app).lines().next().is_some_and(|l| l.contains("maker")), "{}", screen(&app));
}

/// The compare view of the TB2 and the Akinci.
#[test]
fn compare_view_of_two_systems() {
    let mut app = app(120, 24);
    act(&mut app, &[Action::Leave, Action::Down, Action::Open, Action::Down, Action::Down]);
    act(
        &mut app,
        &[Action::ToggleCompare, Action::Top, Action::ToggleCompare, Action::OpenCompare],
    );
    assert_snapshot!(pane(&app, |a| a.compare));
}

/// Four people side by side at 100 columns: long names and roles wrap inside their column
/// instead of being cut ("Minister of Defence of Nigeria" on three lines).
#[test]
fn compare_view_wraps_long_values() {
    let mut app = app(100, 24);
    let people = ["abdoulaye-maiga", "efe-ceylan", "mohammed-badaru-abubakar", "sadio-camara"];
    for id in people {
        open(&mut app, id);
        update(&mut app, Action::ToggleCompare);
    }
    update(&mut app, Action::OpenCompare);
    let text = screen(&app);
    assert!(text.contains("Abubakar") && text.contains("Nigeria"), "nothing is cut: {text}");
    let table: Vec<&str> = text.lines().skip(1).collect();
    assert!(!table.iter().any(|line| line.contains('…')), "{text}");
    assert_snapshot!(text);
}

/// The relationship view of Baykar, whole screens at both sizes: the tree's box lines, each
/// row's field and arrow, records met again dimmed with where they are shown, the title with
/// the depth, and the status bar's keys for the view.
#[test]
fn the_relationship_view_at_80_and_120_columns() {
    let mut app = app(120, 40);
    open(&mut app, "baykar");
    act(&mut app, &[Action::OpenGraph, Action::Down, Action::Down]);
    assert_snapshot!("graph_baykar_120x40", screen(&app));
    update(&mut app, Msg::Resize { width: 80, height: 24 });
    assert_snapshot!("graph_baykar_80x24", screen(&app));
}

/// A country at depth 3 overflows the screen: it scrolls, says which rows it shows, and
/// folds groups past the limit into a count.
#[test]
fn a_deep_relationship_view_scrolls_and_folds() {
    let mut app = app(80, 24);
    open(&mut app, "country:turkiye");
    act(&mut app, &[Action::OpenGraph, Action::GraphDeeper, Action::Bottom]);
    let text = screen(&app);
    assert!(text.contains(" of "), "the rows shown: {text}");
    assert_snapshot!("graph_turkiye_depth3_bottom_80x24", text);
}

/// A changed record's page says what changed, old beside new, under a heading that names the
/// earlier edition; the kinds pane has the removed records' entry, the list its badges.
#[test]
fn a_changed_record_against_an_earlier_edition() {
    let mut app = compared_app(100, 24);
    open(&mut app, "acme");
    let shown = screen(&app);
    assert!(shown.contains("Removed since…"), "the kinds pane's last entry: {shown}");
    assert!(shown.contains("Stand: A9 → B2"), "{shown}");
    assert_snapshot!("changed_record_100x24", shown);
}

/// "Removed since OLD" lists what is gone by name and kind; its page is the old one, read-only.
#[test]
fn the_records_removed_since_an_earlier_edition() {
    let mut app = compared_app(100, 24);
    // Over to the kinds pane, down to its last entry, into its list.
    act(&mut app, &[Action::FocusPrev, Action::Bottom, Action::Open]);
    let shown = screen(&app);
    assert!(shown.contains("Gone Ltd  company"), "{shown}");
    assert!(shown.contains("removed since old"), "{shown}");
    assert_snapshot!("removed_records_100x24", shown);
}

/// The facet panel starts with the `edition` facet, in the reader's words, when there is an
/// earlier edition; choosing "new" leaves the new records.
#[test]
fn the_edition_facet_in_the_facet_panel() {
    let mut app = compared_app(100, 24);
    act(&mut app, &[Action::OpenFacets]);
    let panel = pane(&app, |a| a.facets);
    assert!(panel.contains("Edition") && panel.contains("[ ] new"), "{panel}");
    act(&mut app, &[Action::ToggleFacet]);
    assert_snapshot!("edition_facet_chosen", screen(&app));
}
