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

/// A talk that runs past midnight, on the conference's own clock: at 00:15 on the next day it
/// is on now, and the one at 01:30 is next, wherever the machine is.
#[test]
fn now_and_next_of_an_imported_schedule_run_on_the_show_s_clock() {
    let args = ["--data", "tests/fixtures/import/frab-normal.xml", "--now", "2026-03-06T00:15"];
    let mut session = Session::start(&args, 120, 30);
    session.wait_for("Schedule       4");
    session.send("\x1b[D"); // ←: to the kinds
    session.send("jj");
    session.send("\r");
    session.wait_until(|s| s.contains("Schedule (4) · Europe/Berlin time"), "the programme");
    let screen = session.screen();
    let row = |title: &str| screen.lines().find(|l| l.contains(title)).unwrap_or("").to_owned();
    assert!(
        row("Night watch").contains("23:30–00:30+1") && row("Night watch").contains("▶ now"),
        "{screen}"
    );
    assert!(row("Late lab").contains("next"), "{screen}");
    session.send("q");
    session.assert_exited_and_restored();
}
