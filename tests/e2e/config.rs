//! A config file that changes the keys, used in a real terminal: the new keys work, the freed
//! one does nothing, and the status bar and help say what the keys now do.

use super::*;

#[test]
fn a_config_that_rebinds_keys_is_used_and_shown() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        "mouse = false\n[keys.list]\n\"ctrl-n\" = \"down\"\n\"j\" = \"none\"\n\
         [keys.browsing]\n\"f2\" = \"toggle-help\"\n[colors]\nborder = \"#ff0000 bold\"\n",
    )
    .expect("write the config");
    let config = config.to_string_lossy().into_owned();
    let mut session = Session::start(&["--config", &config], 120, 40);
    session.wait_for("Companies (4)");
    session.wait_until(
        |_| {
            session
                .screen()
                .lines()
                .last()
                .is_some_and(|l| l.contains("Ctrl-n move") && l.contains("F2 help"))
        },
        "the new keys in the status bar",
    );
    // The focused list pane's border in the config's colour.
    session.wait_until_screen(
        |screen| {
            screen.cell(1, 20).is_some_and(|cell| cell.fgcolor() == vt100::Color::Rgb(255, 0, 0))
        },
        "the border in #ff0000",
    );
    let detail = |s: &Session| s.screen().lines().nth(2).unwrap_or_default().to_owned();
    let first = detail(&session);
    session.send("j"); // freed: nothing
    thread::sleep(Duration::from_millis(200));
    assert_eq!(detail(&session), first, "j does nothing now");
    session.send("\x0e"); // Ctrl-n
    session.wait_until(|_| detail(&session) != first, "the next record");
    session.send("\x1bOQ"); // F2
    session
        .wait_until(|s| s.contains("Ctrl-n ↓") && s.contains("next record"), "help lists Ctrl-n");
    session.send("\x1b");
    session.wait_until(|s| !s.contains("Keys — Esc closes"), "help closed");
    session.send("q");
    session.assert_exited_and_restored();
}

#[test]
fn a_broken_config_is_said_on_the_first_screen_and_the_defaults_run() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "[keys.list]\n\"ctrl-n\" = \"dwn\"\n").expect("write the config");
    let config = config.to_string_lossy().into_owned();
    let mut session = Session::start(&["--config", &config], 120, 40);
    session.wait_until(
        |s| s.contains("the config has 1 problem, the first at 2:12; the settings they touch keep their defaults"),
        "the notice",
    );
    session.send("q");
    session.assert_exited_and_restored();
}
