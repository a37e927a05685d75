//! The loader on damaged catalogues: every cut and splice loads, reports and draws.

use super::*;
proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    /// A damaged catalogue opened anyway (`--keep-going`): whatever the damage left out — a
    /// maker, a required name, half a file — every list, every record's page and every link
    /// on it draws and follows.
    #[test]
    fn a_damaged_catalogue_opened_anyway_browses_without_panicking(
        file in 0usize..64,
        at in any::<prop::sample::Index>(),
        cut in 0usize..256,
        insert in nasty_string(),
    ) {
        let mut sources = embedded();
        damage(&mut sources, file, at, cut, insert);
        let loaded = load(&sources);
        let errors = loaded.error_count();
        let mut app = App::new(loaded.catalog, 100, 30);
        app.settings_mut().catalogue_errors = errors;
        // Shift-Tab from the list, as a person gets to the kinds pane.
        update(&mut app, Action::FocusPrev);
        update(&mut app, Action::Top);
        for _ in 0..app.sections().len() {
            update(&mut app, Action::Open);
            for _ in 0..app.list().visible.len() {
                render(&app);
                update(&mut app, Action::Open);
                render(&app);
                // Follow the first link on the page, if any, and come back.
                update(&mut app, Action::Open);
                render(&app);
                update(&mut app, Action::HistoryBack);
                update(&mut app, Action::Leave);
                update(&mut app, Action::Down);
            }
            update(&mut app, Action::Leave);
            update(&mut app, Action::Down);
        }
    }
}
