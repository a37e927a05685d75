//! Facets, the copy and export keys, and the compare tray and view.

use super::*;

/// The value rows of the facet panel, as "field=value count [x]".
pub(super) fn facet_values(app: &App) -> Vec<String> {
    app.facet_panel()
        .map_or(&[][..], |panel| &panel.rows)
        .iter()
        .filter_map(|row| match row {
            facets::FacetRow::Value { field, value, count, selected } => Some(format!(
                "{}={value} {count}{}",
                field.key(),
                if *selected { " [x]" } else { "" }
            )),
            facets::FacetRow::EditionValue { edition, count, selected } => Some(format!(
                "edition={} {count}{}",
                edition.key(),
                if *selected { " [x]" } else { "" }
            )),
            facets::FacetRow::Heading(_) | facets::FacetRow::EditionHeading => None,
        })
        .collect()
}

/// Move the facet cursor onto `field=value` and choose it.
pub(super) fn choose(app: &mut App, wanted: &str) {
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
    let index = Arc::new(crate::features::facet::FacetIndex::build(&app.catalog));
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
        app.current_facets().map(crate::features::facet::Filters::describe).as_deref(),
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
    assert!(app.current_facets().is_some_and(crate::features::facet::Filters::is_empty));
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
    assert!(keymap::hints(app.keymap(), &app.contexts()).iter().any(|(k, _)| k == "?"));
    press(app, crossterm::event::KeyCode::Char('?'));
    assert_eq!(app.mode.name(), ModeName::Help);
    update(app, Action::Close);
    assert_eq!(app.mode.name(), ModeName::Facets, "closing help returns to the panel");
    update(app, Action::Close);
    apply(app, &[Action::ToggleCompare, Action::Down, Action::ToggleCompare, Action::OpenCompare]);
    assert_eq!(app.mode.name(), ModeName::Compare);
    assert!(keymap::hints(app.keymap(), &app.contexts()).iter().any(|(k, _)| k == "?"));
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

/// Found by the key-sequence property: the terminal shrinking while help covers the facet
/// panel left the panel's scroll for the old size, and closing help showed its cursor off
/// screen.
#[test]
fn a_resize_under_help_fits_the_facet_panel_it_covers() {
    let mut app = on_kind(Kind::System);
    update(&mut app, Action::OpenFacets);
    for _ in 0..3 {
        update(&mut app, Action::PageDown);
    }
    update(&mut app, Action::ToggleHelp);
    update(&mut app, Msg::Resize { width: 60, height: 12 });
    update(&mut app, Action::Close);
    let Mode::Facets(panel) = &app.mode else { panic!("back to the facets") };
    let rows = app.facet_rows().max(1);
    assert!(panel.cursor > 0, "the cursor moved");
    assert!(
        panel.offset <= panel.cursor && panel.cursor < panel.offset + rows,
        "{} of {} from {}",
        panel.cursor,
        rows,
        panel.offset
    );
}
