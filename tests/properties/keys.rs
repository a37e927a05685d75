//! The browser under any sequence of keys, resizes and clicks: nothing panics, everything stays in bounds.

use super::*;
/// Every key the key map binds, as the terminal sends it (a capital comes with Shift).
fn bound_keys() -> Vec<KeyEvent> {
    let mut keys: Vec<KeyEvent> = showfloor::browser::app::keymap::KeyMap::default()
        .bindings()
        .iter()
        .flat_map(|binding| binding.keys.iter())
        .filter_map(|key| match key {
            showfloor::browser::app::keymap::Key::Press(code, modifiers) => {
                let shift = matches!(code, KeyCode::Char(c) if c.is_uppercase());
                let modifiers = if shift { *modifiers | KeyModifiers::SHIFT } else { *modifiers };
                Some(KeyEvent::new(*code, modifiers))
            }
            _ => None,
        })
        .collect();
    keys.sort_by_key(|key| format!("{key:?}"));
    keys.dedup();
    keys
}

/// A key a person might press: any the key map binds (capitals with Shift included), or
/// another, with or without a modifier.
fn any_key() -> impl Strategy<Value = KeyEvent> {
    let code = prop_oneof![
        prop::sample::select(vec![
            KeyCode::Enter,
            KeyCode::Esc,
            KeyCode::Backspace,
            KeyCode::Delete,
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Left,
            KeyCode::Right,
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::PageUp,
            KeyCode::PageDown,
            KeyCode::Home,
            KeyCode::End,
        ]),
        prop::sample::select("abcdefghijklmnopqrstuvwxyzG/?+-[] 1İ防".chars().collect::<Vec<_>>())
            .prop_map(KeyCode::Char),
    ];
    let modifiers = prop::sample::select(vec![
        KeyModifiers::NONE,
        KeyModifiers::NONE,
        KeyModifiers::NONE,
        KeyModifiers::CONTROL,
        KeyModifiers::ALT,
        KeyModifiers::SHIFT,
    ]);
    prop_oneof![
        3 => prop::sample::select(bound_keys()),
        1 => (code, modifiers).prop_map(|(code, modifiers)| KeyEvent::new(code, modifiers)),
    ]
}

/// Every cursor and scroll of the app on something that exists.
fn assert_in_bounds(app: &App) -> Result<(), TestCaseError> {
    let visible = app.list().visible.len();
    prop_assert!(
        visible == 0 || app.list().cursor < visible,
        "list cursor {} of {visible}",
        app.list().cursor
    );
    let (position, length) = app.history().position();
    prop_assert!(position <= length, "history at {position} of {length}");
    let hits = app.search().hits.len();
    prop_assert!(
        hits == 0 || app.search().cursor < hits,
        "search cursor {} of {hits}",
        app.search().cursor
    );
    if let Some(panel) = app.facet_panel() {
        let facets = panel.rows.len();
        prop_assert!(
            facets == 0 || panel.cursor < facets,
            "facet cursor {} of {facets}",
            panel.cursor
        );
        // The panel is scrolled by update, not repaired when drawn: the cursor is on screen.
        let rows = app.facet_rows().max(1);
        prop_assert!(
            facets == 0 || (panel.offset <= panel.cursor && panel.cursor < panel.offset + rows),
            "facet cursor {} off screen (rows {} from {rows} high)",
            panel.cursor,
            panel.offset
        );
    }
    // While searching, the detail previews a result; the link cursor is the page behind's.
    if let Some(doc) = app.detail_doc().filter(|_| !matches!(app.mode(), Mode::Search)) {
        let links = doc.links.len();
        prop_assert!(
            links == 0 || app.detail().link_cursor < links,
            "link {} of {links}",
            app.detail().link_cursor
        );
        prop_assert!(
            app.detail().scroll < doc.rows.len().max(1),
            "detail scroll {} of {}",
            app.detail().scroll,
            doc.rows.len()
        );
    }
    if let Some(table) = app.current_compare_table() {
        prop_assert!(
            app.compare_scroll() <= table.max_scroll(),
            "compare scroll {} past {}",
            app.compare_scroll(),
            table.max_scroll()
        );
    }
    if matches!(app.mode(), Mode::Help(_)) {
        let (_, last) = app.help_room();
        prop_assert!(app.help_scroll() <= last, "help scroll {} past {last}", app.help_scroll());
    }
    Ok(())
}

#[derive(Clone, Debug)]
enum Step {
    Key(KeyEvent),
    Resize(u16, u16),
    Click(u16, u16),
}

fn any_step() -> impl Strategy<Value = Step> {
    prop_oneof![
        20 => any_key().prop_map(Step::Key),
        1 => (0u16..200, 0u16..60).prop_map(|(w, h)| Step::Resize(w, h)),
        2 => (0u16..120, 0u16..40).prop_map(|(c, r)| Step::Click(c, r)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// Whatever is pressed, in whatever order, at whatever size: nothing panics, every cursor
    /// and scroll (list, search, facets, links, detail, compare, help, history) stays on
    /// something that exists, and every frame draws.
    #[test]
    fn no_sequence_of_keys_breaks_the_browser(
        steps in prop::collection::vec(any_step(), 1..80),
        draw_width in 0u16..200,
        draw_height in 0u16..60,
    ) {
        let mut app = App::new(load(&embedded()).catalog, 100, 30);
        for step in steps {
            let msg = match step {
                Step::Key(key) => match app.keymap().msg_for_key(key, &app.contexts()) {
                    // The event loop ends on these; the rest of the sequence would not happen.
                    Some(Msg::Action(Action::Quit | Action::Suspend)) | None => continue,
                    Some(msg) => msg,
                },
                Step::Resize(width, height) => Msg::Resize { width, height },
                Step::Click(column, row) => Msg::Action(Action::Click { column, row }),
            };
            update(&mut app, msg);
            assert_in_bounds(&app)?;
            render(&app);
            // The terminal can be resized between the app hearing of a size and drawing: the
            // frame is then another size than the app thinks. It must draw all the same.
            render_at(&app, draw_width, draw_height);
        }
    }
}
