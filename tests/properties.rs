//! Properties that must hold for every input, not just the ones we thought of: the sanitiser
//! never lets a control character through, fitted text never exceeds its cells, search and the
//! loader accept anything without panicking, and no sequence of keys breaks the browser.

mod common;

use common::{forbidden, render, render_at};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use proptest::prelude::*;
use showfloor::app::keymap::msg_for_key;
use showfloor::app::{Action, App, Mode, Msg, update};
use showfloor::catalog::{Kind, SourceFile, embedded, load};
use showfloor::search::SearchIndex;
use showfloor::text::{sanitize_line, sanitize_text};
use showfloor::ui::text::{cells, fit, highlighted};
use std::borrow::Cow;
use std::sync::OnceLock;

/// Strings weighted towards trouble: controls, escapes, combining marks, wide CJK, emoji with
/// joiners, the dotted capital I whose lowercase is longer, and plain text around them.
fn nasty_string() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\u{1b}[31m".to_owned()),
        Just("\u{1b}]0;pwned\u{7}".to_owned()),
        Just("\u{9b}2J".to_owned()),
        Just("\u{202e}gnp.exe".to_owned()),
        Just("\r\n".to_owned()),
        Just("\t".to_owned()),
        Just("İ".to_owned()),
        Just("e\u{301}".to_owned()),
        Just("防务展".to_owned()),
        Just("👩\u{200d}🚀".to_owned()),
        Just("\u{fe0f}".to_owned()),
        Just("\u{0}".to_owned()),
        "[a-zA-Z ]{0,12}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
}

/// Queries in fzf's extended syntax, as typed and as mistyped: operators alone and in every
/// position, words from the catalogue, escapes, and the nasty pieces.
fn extended_query() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just("!".to_owned()),
        Just("'".to_owned()),
        Just("^".to_owned()),
        Just("$".to_owned()),
        Just("|".to_owned()),
        Just("\\".to_owned()),
        Just(" ".to_owned()),
        Just("  ".to_owned()),
        Just("drone".to_owned()),
        Just("tb2".to_owned()),
        Just("turkiye".to_owned()),
        Just("armored".to_owned()),
        Just("a".to_owned()),
        Just("Maïga".to_owned()),
        "[a-z]{1,6}",
        nasty_string(),
    ];
    prop::collection::vec(token, 0..10).prop_map(|tokens| tokens.concat())
}

fn embedded_index() -> &'static (showfloor::catalog::Catalog, SearchIndex) {
    static INDEX: OnceLock<(showfloor::catalog::Catalog, SearchIndex)> = OnceLock::new();
    INDEX.get_or_init(|| {
        let loaded = load(&embedded());
        let index = SearchIndex::build(&loaded.catalog);
        (loaded.catalog, index)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn sanitised_lines_hold_nothing_a_terminal_would_obey(s in nasty_string()) {
        let line = sanitize_line(&s);
        prop_assert!(!line.chars().any(forbidden), "{line:?}");
        let text = sanitize_text(&s);
        prop_assert!(!text.chars().any(|c| c != '\n' && forbidden(c)), "{text:?}");
        // Sanitising is idempotent: safe text passes through unchanged.
        prop_assert_eq!(sanitize_line(&line), line.clone());
    }

    #[test]
    fn fitted_text_never_exceeds_its_cells(s in nasty_string(), width in 0usize..40) {
        let safe = sanitize_line(&s);
        let fitted = fit(&safe, width);
        prop_assert!(cells(&fitted) <= width, "{fitted:?} is {} cells, budget {width}", cells(&fitted));
        if cells(&safe) <= width {
            prop_assert_eq!(fitted, safe.into_owned());
        }
    }

    #[test]
    fn highlighted_text_never_exceeds_its_cells(
        s in nasty_string(),
        positions in prop::collection::vec(0usize..64, 0..8),
        width in 0usize..40,
    ) {
        let mut positions = positions;
        positions.sort_unstable();
        positions.dedup();
        let spans = highlighted(&s, &positions, Default::default(), Default::default(), width);
        let joined: String = spans.iter().map(|span| span.content.as_ref()).collect();
        prop_assert!(cells(&joined) <= width, "{spans:?} is {} cells, budget {width}", cells(&joined));
        for span in &spans {
            prop_assert!(!span.content.chars().any(forbidden), "{span:?}");
        }
    }

    /// The browser's `KIND:` scope: whatever is typed, the words searched are the end of what
    /// was typed, and a scope found is one the search then honours.
    #[test]
    fn any_typed_line_splits_into_a_scope_and_its_words(
        head in "[A-Za-z-]{0,14}",
        colon in any::<bool>(),
        rest in nasty_string(),
    ) {
        let typed = if colon { format!("{head}:{rest}") } else { format!("{head}{rest}") };
        let scope = showfloor::search::scoped(&typed);
        prop_assert!(typed.ends_with(scope.words), "{typed:?} -> {:?}", scope.words);
        if scope.kind.is_some() {
            prop_assert!(typed.contains(':'), "a scope needs its colon: {typed:?}");
        }
        let (catalog, index) = embedded_index();
        let hits = index.search(scope.words, scope.kind);
        if let Some(kind) = scope.kind {
            prop_assert!(hits.iter().all(|hit| catalog.get(hit.record).kind() == kind));
        }
    }

    #[test]
    fn any_query_searches_without_panicking(query in nasty_string(), kind in 0usize..=Kind::ALL.len()) {
        let (catalog, index) = embedded_index();
        let kind = Kind::ALL.get(kind).copied();
        let hits = index.search(&query, kind);
        prop_assert!(hits.len() <= catalog.len());
        for pair in hits.windows(2) {
            prop_assert!(pair[0].score >= pair[1].score, "hits out of order for {query:?}");
        }
        if let Some(kind) = kind {
            prop_assert!(hits.iter().all(|hit| catalog.get(hit.record).kind() == kind));
        }
        for hit in hits.iter().take(5) {
            let name = catalog.get(hit.record).name();
            for position in index.match_positions(name, &query) {
                prop_assert!(position < name.chars().count());
            }
        }
    }

    /// Typed a character at a time, as the browser searches: each search matched only against
    /// the previous hits where the query cannot widen (`search::narrows`) finds exactly what a
    /// search from scratch finds, and never panics, whatever the operators.
    #[test]
    fn typing_any_extended_query_narrows_without_loss(query in extended_query()) {
        let (catalog, index) = embedded_index();
        let mut previous: Option<(String, showfloor::search::Matched)> = None;
        let chars: Vec<char> = query.chars().collect();
        for end in 0..=chars.len() {
            let typed: String = chars[..end].iter().collect();
            let candidates = previous
                .as_ref()
                .filter(|(before, _)| showfloor::search::narrows(before, &typed))
                .map(|(_, matched)| matched);
            let found = index.search_within(&typed, None, candidates, &|| false).expect("runs");
            prop_assert_eq!(&found.hits, &index.search(&typed, None), "typed {:?}", typed);
            for hit in found.hits.iter().take(3) {
                let name = catalog.get(hit.record).name();
                let cells = name.chars().count();
                prop_assert!(index.match_positions(name, &typed).iter().all(|&p| p < cells));
            }
            previous = Some((typed, found.matched));
        }
    }

    #[test]
    fn any_bytes_load_into_diagnostics_not_panics(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        assert_loads_cleanly(bytes);
    }

    /// A real catalogue file with bytes spliced in or cut out: the loader must still report every
    /// problem at a place inside the file.
    #[test]
    fn damaged_catalogue_files_load_into_diagnostics(
        file in 0usize..64,
        at in any::<prop::sample::Index>(),
        cut in 0usize..64,
        insert in nasty_string(),
    ) {
        let mut sources = embedded();
        let damaged = damage(&mut sources, file, at, cut, insert);
        assert_loads_cleanly(sources[damaged].bytes.to_vec());
    }
}

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

/// Cut `cut` bytes out of one of `sources` (picked by `file`) at `at`, and splice `insert` in
/// their place; the index of the damaged file.
fn damage(
    sources: &mut [SourceFile],
    file: usize,
    at: prop::sample::Index,
    cut: usize,
    insert: String,
) -> usize {
    let index = file % sources.len();
    let mut bytes = sources[index].bytes.to_vec();
    let at = at.index(bytes.len() + 1);
    let end = (at + cut).min(bytes.len());
    bytes.splice(at..end, insert.into_bytes());
    sources[index].bytes = Cow::Owned(bytes);
    index
}

fn assert_loads_cleanly(bytes: Vec<u8>) {
    let text = String::from_utf8_lossy(&bytes);
    let lines = text.split('\n').count() as u32;
    let source = SourceFile { path: "fuzzed.toml".to_owned(), bytes: Cow::Owned(bytes.clone()) };
    let loaded = load(&[source]);
    for diagnostic in &loaded.diagnostics {
        assert!(diagnostic.location.line >= 1, "{diagnostic}");
        assert!(diagnostic.location.line <= lines.max(1), "{diagnostic} is past the end");
        assert!(diagnostic.location.column >= 1, "{diagnostic}");
        let shown = diagnostic.to_string();
        assert!(shown.starts_with("fuzzed.toml:"), "{shown}");
        assert!(!shown.chars().any(forbidden), "{shown:?}");
    }
}

/// Every key the key map binds, as the terminal sends it (a capital comes with Shift).
fn bound_keys() -> Vec<KeyEvent> {
    let mut keys: Vec<KeyEvent> = showfloor::app::keymap::BINDINGS
        .iter()
        .flat_map(|binding| binding.keys.iter())
        .filter_map(|key| match key {
            showfloor::app::keymap::Key::Press(code, modifiers) => {
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
                Step::Key(key) => match msg_for_key(key, &app.contexts()) {
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
