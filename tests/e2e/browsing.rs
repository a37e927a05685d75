//! Browsing in a real terminal: search, links, help, the mouse, resizes, facets, editions, copying.

use super::*;

#[test]
fn search_open_follow_back_forward_quit() {
    let mut session = Session::start(&[], 120, 40);
    session.wait_for("Kinds");
    session.wait_for("Companies (4)");

    session.send("/");
    session.wait_for("Search everything");
    session.type_text("tb2");
    session.wait_until(|s| s.contains("› tb2") && s.contains("Preview: system"), "the TB2 preview");

    session.send("\r");
    session.wait_until(
        |s| s.contains("Systems (6)") && !s.contains("Search everything"),
        "the TB2 page",
    );
    assert!(session.header().contains("Bayraktar TB2"), "{}", session.header());

    // The link cursor starts on the first link, the maker.
    session.send("\r");
    session.wait_until(
        |s| s.lines().next().is_some_and(|h| h.contains("Bayraktar TB2 › Baykar")),
        "Baykar",
    );
    assert!(session.header().contains("2/2"), "{}", session.header());

    session.send("\x7f"); // Backspace: back
    session.wait_until(|s| s.lines().next().is_some_and(|h| h.contains("1/2")), "history back");
    assert!(session.screen().contains("Systems (6)"));

    session.send("]");
    session.wait_until(|s| s.lines().next().is_some_and(|h| h.contains("2/2")), "history forward");
    assert!(session.screen().contains("Companies (4)"));

    session.send("q");
    session.assert_exited_and_restored();
}

/// Several words typed as a person types them, in the search box and the list filter: any
/// order, fzf's operators, the same reading in both.
#[test]
fn several_words_and_operators_find_what_they_name() {
    let mut session = Session::start(&[], 120, 40);
    session.wait_for("Companies (4)");
    session.send("/");
    session.wait_for("Search everything");
    session.type_text("maiga abdoulaye");
    session.wait_until(
        |s| s.contains("› maiga abdoulaye") && s.contains("Preview: person"),
        "the Prime Minister, last name first",
    );
    assert!(session.screen().contains("Abdoulaye Maïga"));

    session.send("\x15"); // Ctrl-u clears the line
    session.type_text("drone !kargu");
    session.wait_until(
        |s| s.contains("› drone !kargu") && s.contains("Bayraktar TB2") && !s.contains("searching"),
        "the drones but the Kargu",
    );
    assert!(!session.screen().contains("Kargu  STM"), "{}", session.screen());
    session.close_search();

    session.send("f");
    session.type_text("^as");
    session.wait_until(
        |s| s.contains("Aselsan") && !s.contains("Baykar") && !s.contains("Otokar"),
        "the companies whose name starts with as",
    );
    session.send("\x03");
    session.assert_exited_and_restored();
}

/// Under a process limit no thread can be started (root ignores `ulimit -u`, so the debug
/// build's fault injection stands in): the browser searches on its own thread, says so, and
/// never panics.
#[test]
fn without_threads_the_browser_searches_on_its_own_thread() {
    for place in ["search", "scan", "loader"] {
        let mut session = Session::start_with_env("SHOWFLOOR_TEST_NO_THREAD", place);
        session.wait_for("Companies (4)");
        if place == "search" {
            session.wait_for("without a background thread");
        }
        session.send("/");
        session.wait_for("Search everything");
        session.type_text("tb2 bay");
        session.wait_until(
            |s| s.contains("› tb2 bay") && s.contains("Preview: system"),
            "results found on the browser's own thread",
        );
        session.send("\x03");
        session.assert_exited_and_restored();
    }
}

#[test]
fn help_lists_the_keys_and_q_in_a_text_input_types() {
    let mut session = Session::start(&[], 100, 30);
    session.wait_for("Kinds");
    session.send("?");
    session.wait_for("Keys — Esc closes");
    assert!(session.screen().contains("search everything"));
    session.send("?");
    session.wait_until(|s| !s.contains("Keys — Esc closes"), "help closed");

    session.send("/");
    session.wait_for("Search everything");
    session.type_text("iq");
    session.wait_for("› iq");
    session.send("\x03"); // Ctrl-C quits from anywhere, a text input included
    session.assert_exited_and_restored();
}

#[test]
fn mouse_clicks_select_and_follow_and_resizing_narrows_the_layout() {
    let mut session = Session::start(&[], 120, 40);
    session.wait_for("Companies (4)");
    // SGR mouse report of a left click on the "Systems" row of the kinds pane (1-based cells).
    session.send("\x1b[<0;4;6M\x1b[<0;4;6m");
    session.wait_for("Systems (6)");

    // The click focused the kinds pane: narrow, that pane alone is shown; Enter opens the list.
    session.resize(60, 20);
    session
        .wait_until(|s| s.contains("Kinds") && !s.contains("Systems (6)"), "the kinds pane alone");
    session.send("\r");
    session
        .wait_until(|s| !s.contains("Kinds") && s.contains("Systems (6)"), "the list pane alone");

    session.resize(10, 3);
    session.wait_for("too small");

    session.resize(120, 40);
    session.wait_for("Kinds");
    session.send("q");
    session.assert_exited_and_restored();
}

/// Resizes arriving faster than frames (a window being dragged) while the user types a search:
/// no panic, no drawing past the edge, and the last size wins.
#[test]
fn a_storm_of_resizes_while_searching_settles_on_the_last_size() {
    let mut session = Session::start(&[], 120, 40);
    session.wait_for("Companies (4)");
    session.send("/");
    session.wait_for("Search everything");
    for step in 0u16..60 {
        session.resize(1 + (step * 37) % 200, 1 + (step * 13) % 60);
        if step % 6 == 0 {
            session.send("a");
        }
    }
    session.resize(100, 30);
    session.type_text("\x7f\x7f\x7f\x7f\x7f\x7f\x7f\x7f\x7f\x7fbaykar");
    session.wait_until(|s| s.contains("Preview: company") && s.contains("Baykar"), "the search");
    session.close_search();
    session.send("q");
    session.assert_exited_and_restored();
}

/// A catalogue with errors: the browser refuses it and says how to go on; with `--keep-going`
/// it opens without what the errors leave out, and keeps their count in the header.
#[test]
fn a_broken_catalogue_opens_only_with_keep_going_and_counts_its_errors() {
    let refused = Session::start(&["--data", "tests/fixtures/broken"], 100, 24);
    refused.wait_until(|_| refused.output().contains("--keep-going"), "the refusal");
    refused.assert_exited_and_restored();
    let output = refused.output();
    assert!(output.contains("b-systems.toml:10:9: error:"), "{output}");

    let mut session = Session::start(&["--data", "tests/fixtures/broken", "--keep-going"], 100, 24);
    session.wait_for("7 errors in the catalogue: what they affect is left out");
    session.wait_until(|_| session.header().contains("⚠ 7 errors"), "the count in the header");
    session.wait_for("Acme");
    session.send("q");
    session.assert_exited_and_restored();
}

/// F opens the facet panel at once; its values, counted on a thread of their own, fill in, and
/// choosing one narrows the list and shows in the header.
#[test]
fn facets_are_counted_in_the_background_and_narrow_the_list() {
    let mut session = Session::start(&[], 120, 30);
    session.wait_for("Companies (4)");
    session.send("h"); // back to the kinds
    session.send("j");
    session.send("l");
    session.wait_for("Systems (6)");
    session.send("F");
    session.wait_for("[ ] Baykar");
    for _ in 0..2 {
        session.send("j");
    }
    session.send(" ");
    session
        .wait_until(|_| session.header().contains("⧩ maker: Baykar"), "the choice in the header");
    session.wait_for("Systems (2 of 6)");
    session.send("q");
    session.assert_exited_and_restored();
}

/// `--compare-to` an earlier edition: the browser says what changed, badges the records, shows
/// a changed record's changes on its page and lists what is gone.
#[test]
fn comparing_with_an_earlier_edition_badges_new_and_changed_records() {
    let mut session = Session::start(
        &["--data", "tests/fixtures/editions/new", "--compare-to", "tests/fixtures/editions/old"],
        120,
        30,
    );
    session.wait_for("compared with tests/fixtures/editions/old: 1 new, 2 changed, 1 removed");
    session.wait_until(
        |s| s.contains("Acme Defence Systems CHANGED") && s.contains("Newco NEW"),
        "badges on the companies",
    );
    session.send("/");
    session.type_text("newco");
    session.wait_until(|s| s.contains("Newco NEW") && s.contains("Preview"), "the badge in search");
    session.close_search();
    // Acme's page, first in the list, says what changed; the kinds pane lists what is gone.
    session.wait_until(
        |s| s.contains("Changed since old") && s.contains("Stand: A9 → B2"),
        "what changed on the page",
    );
    session.wait_for("Removed since old");
    session.send("q");
    session.assert_exited_and_restored();
}

/// `y` copies through the terminal (OSC 52) and `E` writes the filtered list where `--out` says.
#[test]
fn copying_a_record_and_exporting_the_list() {
    let mut session = Session::start(&[], 120, 30);
    session.wait_for("Companies (4)");
    session.send("j");
    session.send("y");
    session.wait_for("copied “baykar Baykar” to the clipboard");
    // base64 of "baykar Baykar", inside an OSC 52 sequence addressed to the clipboard.
    assert!(session.output().contains("\x1b]52;c;YmF5a2FyIEJheWthcg==\x1b\\"), "no OSC 52 sent");
    // Filtered to one company, the export holds that one, and the dossier says why.
    session.send("f");
    session.type_text("otok");
    session.send("\r");
    session.wait_for("Companies (1 of 4)");
    session.send("E");
    session.wait_for("1 record exported to");
    session.send("q");
    session.assert_exited_and_restored();
    let dir = session.into_state();
    let csv = std::fs::read_to_string(dir.path().join("bamex-2025-companies.csv")).expect("CSV");
    assert!(csv.starts_with("id,name,aliases,country,sectors"), "{csv}");
    assert_eq!(csv.lines().count(), 2, "a header and the one company: {csv}");
    assert!(csv.contains("\notokar,Otokar,"), "{csv}");
    let md = std::fs::read_to_string(dir.path().join("bamex-2025-companies.md")).expect("MD");
    assert!(md.starts_with("# Companies (1)\n\nOnly those with a match for \"otok\".\n"), "{md}");
}

/// At 100×12 a record's first link is below the screen: the record still opens at its top, its
/// name on the detail's first line, and the first ↓ shows the first link.
#[test]
fn a_record_opens_at_its_top_on_a_short_screen() {
    let mut session = Session::start(&["--data", "examples/floorplan-demo"], 100, 12);
    session.wait_for("Companies (5)");
    session.send("\r");
    // The list's preview looks the same, and a frame may be half written: wait for what only
    // the opened record draws, in the header (its place in the history) and on the last line
    // (the status bar's history key), which is written after the detail's footer.
    session.wait_until(
        |s| {
            s.lines().next().is_some_and(|header| header.contains("1/1"))
                && s.lines().last().is_some_and(|status| status.contains("Backspace history"))
        },
        "the record opened",
    );
    let screen = session.screen();
    let first = screen.lines().nth(2).unwrap_or_default().to_owned();
    let detail = first.rsplit("││").next().unwrap_or_default();
    assert!(
        detail.starts_with(" Acme Rover Works "),
        "the name on the detail's first line: {screen}"
    );
    assert!(screen.contains(" 1–8 of "), "the footer counts from the top: {screen}");
    session.send("j");
    session.wait_until(|s| s.contains("Utopia  country") && !s.contains(" 1–8 of "), "the link");
    session.send("q");
    session.assert_exited_and_restored();
}

/// `r` on a page opens its relationships; Enter on a row follows that edge to the record's
/// page, Backspace comes back to the view as it was left, and Esc closes it to the page it was
/// opened from.
#[test]
fn the_relationship_view_follows_an_edge_and_comes_back() {
    let mut session = Session::start(&[], 120, 40);
    session.wait_for("Companies (4)");
    session.send("/");
    session.wait_for("Search everything");
    session.type_text("baykar");
    session.wait_until(|s| s.contains("Preview: company"), "the Baykar preview");
    session.send("\r");
    session.wait_until(|s| !s.contains("Search everything"), "Baykar's page");
    session.send("r");
    session.wait_until(
        |s| s.contains("Relationships of Baykar") && s.contains("├─ Country → Türkiye"),
        "Baykar's relationships",
    );
    // The first row below the root is Türkiye, through Baykar's country.
    session.send("j");
    session.send("\r");
    session.wait_until(
        |s| {
            !s.contains("Relationships of")
                && s.lines().next().is_some_and(|header| header.contains("› Türkiye"))
        },
        "Türkiye's page",
    );
    assert!(session.screen().contains("Country"), "{}", session.screen());
    session.send("\x7f");
    session.wait_until(|s| s.contains("Relationships of Baykar"), "back to the view");
    session.send("\x1b");
    session.wait_until(
        |s| {
            !s.contains("Relationships of")
                && s.lines().next().is_some_and(|header| header.contains(" 1/3"))
        },
        "Baykar's page again",
    );
    assert!(session.header().contains("Baykar"), "{}", session.header());
    session.send("q");
    session.assert_exited_and_restored();
}
