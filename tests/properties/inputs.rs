//! Any string or bytes: the sanitiser, fitting to cells, highlighting, search and the loader.

use super::*;
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
