//! A show's published files opened together in the browser: its schedule as frab XML and its
//! exhibitor list as a spreadsheet, searched as one catalogue.

use super::*;

#[test]
fn a_schedule_and_an_exhibitor_list_open_together_and_search_finds_both() {
    let files = [
        "--data",
        "tests/fixtures/import/frab-normal.xml",
        "--data",
        "tests/fixtures/import/exhibitors.csv",
    ];
    let mut session = Session::start(&files, 120, 40);
    session.wait_until(
        |s| s.contains("Harbour Security Conference 2026") && s.contains("Companies (4)"),
        "the show's name and its exhibitors",
    );
    assert!(session.screen().contains("Schedule       4"), "{}", session.screen());

    // A talk, by words of its title.
    session.send("/");
    session.wait_for("Search everything");
    session.type_text("night watch");
    session.wait_until(
        |s| s.contains("Preview: schedule item") && s.contains("Night watch: sensors after dark"),
        "the talk from the XML",
    );
    assert!(session.screen().contains("Jonas Weber"), "its speakers: {}", session.screen());
    session.send("\r");
    session.wait_until(
        |s| !s.contains("Search everything") && s.contains("Ends          00:30 next day"),
        "the talk's page",
    );
    assert!(session.header().contains("Night watch"), "{}", session.header());

    // An exhibitor, by its product, from the spreadsheet.
    session.send("/");
    session.wait_for("Search everything");
    session.send("\x15"); // Ctrl-u clears what was typed before
    session.type_text("kestrel");
    session.wait_until(
        |s| s.contains("Preview: system") && s.contains("Kestrel Mk2"),
        "the product from the CSV",
    );
    session.send("\x15");
    session.type_text("acme harbour");
    session.wait_until(
        |s| s.contains("Preview: company") && s.contains("Stand         A12"),
        "the exhibitor, its stand without the word 'Stand'",
    );
    session.send("\r");
    session.wait_until(|s| !s.contains("Search everything"), "the exhibitor's page");
    assert!(session.header().contains("Acme Harbour Systems"), "{}", session.header());
    session.send("q");
    session.assert_exited_and_restored();
}
