//! Marks and notes across restarts, and a state file another session holds locked.

use super::*;

#[test]
fn marks_and_notes_survive_a_restart() {
    let mut session = Session::start(&[], 120, 40);
    session.wait_for("Companies (4)");
    session.send("j");
    session.send("m");
    session.wait_for("marked Baykar");
    session.send("n");
    session.wait_for("Note on Baykar");
    session.type_text("Ask about TB2 exports");
    session.send("\r");
    session.type_text("second line");
    session.wait_for("second line");
    session.send("\x1b");
    session.wait_for("note saved");
    session.send("/");
    session.wait_for("Search everything");
    session.type_text("kargu");
    session.wait_until(|s| s.contains("Preview: system"), "the Kargu preview");
    session.send("\x14"); // Ctrl-t marks the highlighted result
    session.wait_for("marked Kargu");
    session.close_search();
    session.send("q");
    session.assert_exited_and_restored();

    let mut again = Session::start_with_state(&[], 120, 40, session.into_state());
    // With marks saved, the browser opens on the plan: both records, the note on the first.
    again.wait_for("My plan (2)");
    let screen = again.screen();
    assert!(screen.contains("★Baykar") && screen.contains("★Kargu"), "{screen}");
    again.wait_until(
        |s| s.contains("Your note") && s.contains("Ask about TB2 exports"),
        "the note on the card",
    );
    again.send("x");
    let first = again.state_dir().join("bamex-2025-plan.md");
    again.wait_for(&format!("plan exported to {}", first.display()));
    // A second export keeps the first: the next one is numbered.
    again.send("x");
    again.wait_for("bamex-2025-plan-2.md (and .ics, .json)");
    again.send("/");
    again.type_text("kargu");
    again.wait_until(
        |s| s.contains("★system") && s.contains("Kargu"),
        "Kargu still marked in search",
    );
    again.send("\x03");
    again.assert_exited_and_restored();

    // The export went where --out said: parse all three.
    let dir = again.into_state();
    let listing: Vec<_> = std::fs::read_dir(dir.path())
        .expect("the state dir")
        .flatten()
        .map(|e| e.file_name())
        .collect();
    let md = std::fs::read_to_string(dir.path().join("bamex-2025-plan.md"))
        .unwrap_or_else(|e| panic!("Markdown not written ({e}); the state dir holds {listing:?}"));
    assert!(md.contains("### Baykar") && md.contains("> Ask about TB2 exports"), "{md}");
    let ics =
        std::fs::read_to_string(dir.path().join("bamex-2025-plan.ics")).expect("iCalendar written");
    let unfolded = icalendar::parser::unfold(&ics);
    icalendar::parser::read_calendar(&unfolded).expect("valid iCalendar");
    let json: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("bamex-2025-plan.json")).expect("JSON written"),
    )
    .expect("valid JSON");
    let ids: Vec<&str> = json["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["id"].as_str().expect("id"))
        .collect();
    assert_eq!(ids, vec!["baykar", "kargu"]);
}

/// What the user is told about their saved state: marks on records this catalogue lacks are
/// kept and flagged, and a save that fails says so, leaving the file as it was.
#[test]
fn state_problems_are_told_in_the_status_bar() {
    let state = tempfile::tempdir().expect("temp dir");
    let file = state.path().join("state.toml");
    let saved = "version = 1\ncatalogue = \"bamex-2025\"\nmarks = [\"gone-from-this-edition\"]\n";
    std::fs::write(&file, saved).expect("write state");
    // A directory where the lock file goes: every save fails, even for root.
    std::fs::create_dir(state.path().join(".state.toml.lock")).expect("mkdir");

    let mut session = Session::start_with_state(&[], 160, 40, state);
    session.wait_for("1 marked or noted record is not in this catalogue; it is kept");
    session.wait_for("Companies (4)");
    session.send("j");
    session.send("m");
    session.wait_for("your last change is not saved");
    // Quitting would lose the mark: asked once, with the way to keep it.
    session.send("q");
    session.wait_for("not saved: x exports the plan to keep them, q again quits");
    session.send("q");
    session.assert_exited_and_restored();
    let dir = session.into_state();
    assert_eq!(std::fs::read_to_string(dir.path().join("state.toml")).expect("read"), saved);
}

/// A save never freezes the browser: while another session holds the lock, keys still work,
/// the status bar says the change waits, and it lands once the lock is let go.
#[test]
fn a_held_state_lock_never_freezes_the_browser_and_the_change_lands_after() {
    let state = tempfile::tempdir().expect("temp dir");
    let held = hold_state_lock(state.path());
    let mut session = Session::start_with_state(&[], 120, 40, state);
    session.wait_for("Companies (4)");
    session.send("m");
    session.wait_for("change waiting");
    session.send("j");
    session.send("m");
    session.wait_for("marked Baykar");
    drop(held);
    session.wait_for("saved now");
    session.send("q");
    session.assert_exited_and_restored();
    let saved = std::fs::read_to_string(session.into_state().path().join("state.toml"))
        .expect("saved once the lock was let go");
    assert!(saved.contains("aselsan") && saved.contains("baykar"), "{saved}");
}

/// When the lock is held to the end, quitting asks once, and the change is written beside
/// the state file rather than lost; a signal does the same without asking.
#[test]
fn a_change_the_lock_keeps_out_is_kept_beside_the_state_file_on_every_way_out() {
    for way_out in ["quit", "SIGTERM"] {
        let state = tempfile::tempdir().expect("temp dir");
        let _held = hold_state_lock(state.path());
        let mut session = Session::start_with_state(&[], 120, 40, state);
        session.wait_for("Companies (4)");
        session.send("m");
        session.wait_for("change waiting");
        if way_out == "quit" {
            session.send("q");
            session.wait_for("not saved");
            session.send("q");
        } else {
            session.signal(libc::SIGTERM);
        }
        session.assert_exited_and_restored();
        assert!(session.output().contains("could not be saved"), "{way_out}");
        let dir = session.into_state();
        let rescued: Vec<_> = std::fs::read_dir(dir.path())
            .expect("the state dir")
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with("state.toml.unsaved-"))
            .collect();
        assert_eq!(rescued.len(), 1, "{way_out}: one copy of the unsaved state");
        let kept = std::fs::read_to_string(rescued[0].path()).expect("read");
        assert!(kept.contains("aselsan"), "{way_out}: {kept}");
        assert!(!dir.path().join("state.toml").exists(), "never written without the lock");
    }
}

/// A note being written is saved on every way out: SIGTERM, SIGHUP, and Ctrl-C in the editor.
#[test]
fn a_note_being_written_survives_signals_and_ctrl_c() {
    for way_out in ["SIGTERM", "SIGHUP", "Ctrl-C"] {
        let mut session = Session::start(&[], 120, 40);
        session.wait_for("Kinds");
        session.send("n");
        session.wait_for("Note on Aselsan");
        session.type_text("ask about Ilgar");
        session.wait_for("ask about Ilgar");
        match way_out {
            "SIGTERM" => session.signal(libc::SIGTERM),
            "SIGHUP" => session.signal(libc::SIGHUP),
            _ => session.send("\x03"),
        }
        session.assert_exited_and_restored();
        let state = std::fs::read_to_string(session.into_state().path().join("state.toml"))
            .unwrap_or_else(|_| panic!("state saved after {way_out}"));
        assert!(state.contains("ask about Ilgar"), "{way_out}: {state}");
    }
}

/// A panic while a note is being written (the debug build panics once the note ends in
/// "boom") still saves the note, after the terminal is restored and the message printed.
#[test]
fn a_note_being_written_survives_a_panic() {
    let mut session = Session::start_with_env("SHOWFLOOR_TEST_PANIC", "note");
    session.wait_for("Kinds");
    session.send("n");
    session.wait_for("Note on Aselsan");
    session.type_text("ask about Ilgar boom");
    session.assert_exited_and_restored();
    let output = session.output();
    assert!(output.contains("injected test panic in note"), "{output}");
    assert!(output.contains("the note being written on `aselsan` was saved"), "{output}");
    let state = std::fs::read_to_string(session.into_state().path().join("state.toml"))
        .expect("the note saved after the panic");
    assert!(state.contains("ask about Ilgar boom"), "{state}");
}

/// A colleague's plan taken in from the browser: `I`, its path, Enter; the status bar says
/// what changed, My plan shows it, and it is saved.
#[test]
fn a_plan_file_typed_after_capital_i_is_merged_shown_and_saved() {
    let state = tempfile::tempdir().expect("temp dir");
    let plan = state.path().join("ana.json");
    let exported = serde_json::json!({
        "format": "showfloor-plan", "version": 1, "catalogue": "BAMEX 2025",
        "catalogue_id": "bamex-2025", "exported": "2025-11-13T18:00:00Z",
        "items": [
            { "id": "kargu", "marked": true },
            { "id": "baykar", "marked": false,
              "note": { "text": "Met their export manager.", "edited": "2025-11-13T11:00:00Z" } }
        ],
        "missing": []
    });
    std::fs::write(&plan, exported.to_string()).expect("the colleague's plan");
    let mut session = Session::start_with_state(&[], 120, 40, state);
    session.wait_for("My plan        0");
    session.send("I");
    session.wait_for("Import a plan from:");
    session.type_text(&plan.display().to_string());
    session.send("\r");
    session.wait_for("ana.json: 2 changes merged");
    session.wait_for("My plan        2");
    session.send("q");
    session.assert_exited_and_restored();
    let saved =
        std::fs::read_to_string(session.into_state().path().join("state.toml")).expect("saved");
    assert!(saved.contains("kargu") && saved.contains("Met their export manager."), "{saved}");
}
