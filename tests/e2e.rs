//! The real binary in a pseudo-terminal, driven by keystrokes as a person types them, with the
//! screen read back through a terminal emulator (vt100). After the program exits, the shell that
//! started it runs `stty -a`, so the tests see whether raw mode was really turned off.

use std::io::{Read, Write};
use std::num::NonZero;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

/// How long to wait for the screen to show something before failing. Generous: this is a
/// deadline for a hung program, not a speed requirement.
const PATIENCE: Duration = Duration::from_secs(20);
const EXITED: &str = "SHOWFLOOR-EXITED";

thread_local! {
    /// An extra environment variable for the next session started on this thread.
    static ENV: std::cell::RefCell<Option<(String, String)>> = const { std::cell::RefCell::new(None) };
}

fn non_zero(n: u16) -> NonZero<u16> {
    NonZero::new(n).expect("terminal sizes in these tests are not zero")
}

/// Feed everything the terminal's program writes to `parser` (the screen) and keep the raw
/// bytes in `output`, on a thread of its own.
fn mirror(
    mut reader: Box<dyn Read + Send>,
    parser: &Arc<Mutex<vt100::Parser>>,
    output: &Arc<Mutex<Vec<u8>>>,
) {
    let (parser, output) = (Arc::clone(parser), Arc::clone(output));
    thread::spawn(move || {
        let mut buffer = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buffer) {
            if n == 0 {
                break;
            }
            parser.lock().expect("parser lock").process(&buffer[..n]);
            output.lock().expect("output lock").extend_from_slice(&buffer[..n]);
        }
    });
}

struct Session {
    /// Where this session keeps marks and notes, so tests never touch the real data directory.
    _state: tempfile::TempDir,
    parser: Arc<Mutex<vt100::Parser>>,
    output: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    master: Box<dyn portable_pty::MasterPty + Send>,
    _child: Box<dyn portable_pty::Child + Send + Sync>,
}

impl Session {
    fn start(args: &[&str], cols: u16, rows: u16) -> Session {
        let state = tempfile::tempdir().expect("a temp dir for state");
        Session::start_with_state(args, cols, rows, state)
    }

    /// Start with an extra environment variable (the debug build's fault injection).
    fn start_with_env(name: &str, value: &str) -> Session {
        ENV.with(|env| *env.borrow_mut() = Some((name.to_owned(), value.to_owned())));
        let session = Session::start(&[], 120, 40);
        ENV.with(|env| *env.borrow_mut() = None);
        session
    }

    /// The showfloor process itself (the shell that started it is the pty's child).
    fn showfloor_pid(&self) -> i32 {
        let shell = self._child.process_id().expect("a pid");
        let deadline = Instant::now() + PATIENCE;
        loop {
            let children = std::fs::read_to_string(format!("/proc/{shell}/task/{shell}/children"))
                .unwrap_or_default();
            if let Some(pid) = children.split_whitespace().next().and_then(|p| p.parse().ok()) {
                return pid;
            }
            assert!(Instant::now() < deadline, "showfloor never started");
            thread::sleep(Duration::from_millis(20));
        }
    }

    fn signal(&self, signal: i32) {
        // SAFETY: kill only sends a signal to a process these tests started.
        let sent = unsafe { libc::kill(self.showfloor_pid(), signal) };
        assert_eq!(sent, 0, "signal delivered");
    }

    /// The folder the state file and the exports are in.
    fn state_dir(&self) -> std::path::PathBuf {
        self._state.path().to_path_buf()
    }

    /// Start with marks and notes kept in `state`/state.toml (to restart on the same state).
    fn start_with_state(args: &[&str], cols: u16, rows: u16, state: tempfile::TempDir) -> Session {
        let pair = native_pty_system()
            .openpty(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 })
            .expect("a pseudo-terminal");
        let mut command = CommandBuilder::new("sh");
        let script = format!("\"$0\" \"$@\"; stty -a; echo {EXITED}");
        command.args(["-c", &script, env!("CARGO_BIN_EXE_showfloor")]);
        command.arg("--state");
        command.arg(state.path().join("state.toml"));
        // Exports go to the current directory by default, which here is the project's own.
        command.arg("--out");
        command.arg(state.path());
        command.args(args);
        command.env("TERM", "xterm-256color");
        if let Some((name, value)) = ENV.with(|env| env.borrow().clone()) {
            command.env(name, value);
        }
        command.cwd(env!("CARGO_MANIFEST_DIR"));
        let child = pair.slave.spawn_command(command).expect("the binary starts");
        drop(pair.slave);
        let reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let parser = Arc::new(Mutex::new(vt100::Parser::new(non_zero(rows), non_zero(cols), 0)));
        let output = Arc::new(Mutex::new(Vec::new()));
        mirror(reader, &parser, &output);
        Session { _state: state, parser, output, writer, master: pair.master, _child: child }
    }

    fn screen(&self) -> String {
        self.parser.lock().expect("parser lock").screen().contents()
    }

    fn output(&self) -> String {
        String::from_utf8_lossy(&self.output.lock().expect("output lock")).into_owned()
    }

    /// Wait until the screen shows `text`.
    fn wait_for(&self, text: &str) {
        self.wait_until(|screen| screen.contains(text), &format!("{text:?} on screen"));
    }

    fn wait_until(&self, done: impl Fn(&str) -> bool, what: &str) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let screen = self.screen();
            if done(&screen) {
                return;
            }
            assert!(Instant::now() < deadline, "timed out waiting for {what}; screen:\n{screen}");
            thread::sleep(Duration::from_millis(20));
        }
    }

    /// Wait until the emulated terminal's state (not its text) is as `done` wants.
    fn wait_until_screen(&self, done: impl Fn(&vt100::Screen) -> bool, what: &str) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if done(self.parser.lock().expect("parser lock").screen()) {
                return;
            }
            assert!(Instant::now() < deadline, "timed out waiting for {what}");
            thread::sleep(Duration::from_millis(20));
        }
    }

    /// The top line of the screen: the header with the catalogue, trail and history position.
    fn header(&self) -> String {
        self.screen().lines().next().unwrap_or_default().to_owned()
    }

    fn send(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).expect("typing into the pty");
        self.writer.flush().expect("flush");
    }

    /// Type `text` one key at a time, as a person does.
    fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            self.send(&c.to_string());
            thread::sleep(Duration::from_millis(15));
        }
    }

    /// Resize the emulator first, then the terminal: the program redraws only after the
    /// terminal tells it the new size, so its redraw is always read at the size it was drawn for.
    fn resize(&self, cols: u16, rows: u16) {
        let mut parser = self.parser.lock().expect("parser lock");
        parser.set_size(non_zero(rows), non_zero(cols));
        self.master
            .resize(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 })
            .expect("resize");
    }

    /// Close the search overlay and wait until it has gone: a key sent right after the Esc
    /// would be read with it as an Alt chord.
    fn close_search(&mut self) {
        self.send("\x1b");
        self.wait_until(|s| !s.contains("Search everything"), "search closed");
    }

    /// End the session and hand back its state directory, to start again on the same state.
    fn into_state(self) -> tempfile::TempDir {
        let Session { _state, .. } = self;
        _state
    }

    /// Wait for the program and the shell's `stty -a` after it, and check the terminal was left
    /// as it was found.
    fn assert_exited_and_restored(&self) {
        let deadline = Instant::now() + PATIENCE;
        while !self.output().contains(EXITED) {
            assert!(
                Instant::now() < deadline,
                "showfloor did not exit; screen:\n{}",
                self.screen()
            );
            thread::sleep(Duration::from_millis(20));
        }
        let output = self.output();
        let stty = &output[output.rfind("speed").unwrap_or(0)..];
        let flags: Vec<&str> = stty.split_whitespace().collect();
        for flag in ["icanon", "echo", "isig", "icrnl", "opost"] {
            assert!(flags.contains(&flag), "`{flag}` not restored (raw mode left on): {stty}");
        }
        let parser = self.parser.lock().expect("parser lock");
        let screen = parser.screen();
        assert!(!screen.alternate_screen(), "still on the alternate screen");
        assert!(!screen.hide_cursor(), "cursor left hidden");
        assert_eq!(
            screen.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "mouse capture left on"
        );
        assert!(!screen.bracketed_paste(), "bracketed paste left on");
    }
}

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
    session.wait_for("1 marked or noted record(s) are not in this catalogue; they are kept");
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

#[test]
fn a_panic_anywhere_leaves_the_terminal_restored_and_the_message_readable() {
    for place in ["drawing", "update", "search"] {
        let mut session = Session::start_with_env("SHOWFLOOR_TEST_PANIC", place);
        if place != "drawing" {
            session.wait_for("Kinds");
            session.send("/");
            if place == "search" {
                session.type_text("a");
            }
        }
        session.assert_exited_and_restored();
        let output = session.output();
        let message = format!("injected test panic in {place}");
        let after_restore = &output[output.rfind("\x1b[?1049l").unwrap_or(0)..];
        assert!(
            after_restore.contains(&message),
            "the panic message comes after the restore ({place})"
        );
    }
}

#[test]
fn sigterm_and_sighup_end_the_session_cleanly() {
    for (signal, number) in [(libc::SIGTERM, 15), (libc::SIGHUP, 1)] {
        let mut session = Session::start(&[], 120, 40);
        session.wait_for("Kinds");
        session.send("m");
        session.wait_for("marked Aselsan");
        session.signal(signal);
        session.assert_exited_and_restored();
        assert!(session.output().contains(&format!("stopped by signal {number}")));
        let state = std::fs::read_to_string(session.into_state().path().join("state.toml"))
            .expect("state saved");
        assert!(state.contains("aselsan"), "the mark made before the signal is saved");
    }
}

/// Another session holding the state file's lock (`flock .state.toml.lock sleep 600`, held
/// by the test here).
fn hold_state_lock(dir: &std::path::Path) -> std::fs::File {
    let lock = std::fs::File::create(dir.join(".state.toml.lock")).expect("lock file");
    lock.lock().expect("the lock");
    lock
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

/// Signals sent from outside that end a process end the session cleanly, terminal restored.
#[test]
fn every_ending_signal_from_outside_restores_the_terminal() {
    for (signal, number) in [
        (libc::SIGINT, 2),
        (libc::SIGQUIT, 3),
        (libc::SIGUSR1, 10),
        (libc::SIGUSR2, 12),
        (libc::SIGALRM, 14),
    ] {
        let session = Session::start(&[], 100, 30);
        session.wait_for("Kinds");
        session.signal(signal);
        session.assert_exited_and_restored();
        assert!(session.output().contains(&format!("stopped by signal {number}")), "{number}");
    }
}

/// `kill -TSTP` from outside stops the browser as Ctrl-Z does: the terminal is given back
/// first, and SIGCONT re-enters and redraws.
#[test]
fn sigtstp_from_outside_gives_the_terminal_back_and_sigcont_redraws() {
    let mut session = Session::start(&[], 100, 30);
    session.wait_for("Companies (4)");
    session.signal(libc::SIGTSTP);
    session.wait_until_screen(|screen| !screen.alternate_screen(), "the terminal given back");
    session.signal(libc::SIGCONT);
    session.wait_until_screen(|screen| screen.alternate_screen(), "the browser back");
    session.wait_for("Companies (4)");
    session.send("q");
    session.assert_exited_and_restored();
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

#[test]
fn ctrl_z_suspends_to_the_shell_and_fg_redraws() {
    // Job control needs an interactive shell, as a person has: type the command, Ctrl-Z, fg.
    let pair = native_pty_system()
        .openpty(PtySize { rows: 30, cols: 100, pixel_width: 0, pixel_height: 0 })
        .expect("a pseudo-terminal");
    let mut command = CommandBuilder::new("bash");
    command.args(["--norc", "--noprofile", "-i"]);
    command.env("TERM", "xterm-256color");
    command.env("PS1", "READY$ ");
    command.cwd(env!("CARGO_MANIFEST_DIR"));
    let state = tempfile::tempdir().expect("temp dir");
    let _child = pair.slave.spawn_command(command).expect("bash starts");
    drop(pair.slave);
    let reader = pair.master.try_clone_reader().expect("reader");
    let mut writer = pair.master.take_writer().expect("writer");
    let parser = Arc::new(Mutex::new(vt100::Parser::new(non_zero(30), non_zero(100), 0)));
    let output = Arc::new(Mutex::new(Vec::new()));
    mirror(reader, &parser, &output);
    let output_text = || String::from_utf8_lossy(&output.lock().expect("lock")).into_owned();
    let wait = |what: &str, done: &dyn Fn(&vt100::Screen, &str) -> bool| {
        let deadline = Instant::now() + PATIENCE;
        loop {
            {
                let parser = parser.lock().expect("lock");
                if done(parser.screen(), &output_text()) {
                    return;
                }
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {what}:\n{}",
                parser.lock().expect("lock").screen().contents()
            );
            thread::sleep(Duration::from_millis(20));
        }
    };
    let mut type_line = |line: &str| {
        writer.write_all(line.as_bytes()).expect("type");
        writer.flush().expect("flush");
    };
    wait("the prompt", &|_, out| out.contains("READY$ "));
    let binary = env!("CARGO_BIN_EXE_showfloor");
    type_line(&format!("{binary} --state {}/state.toml\r", state.path().display()));
    wait("the browser", &|screen, _| screen.contents().contains("Companies (4)"));
    type_line("\x1a");
    wait("the shell again", &|screen, out| !screen.alternate_screen() && out.contains("Stopped"));
    type_line("stty -a | grep -o -- '-\\?icanon'; fg\r");
    wait("raw mode off while suspended, then a full redraw", &|screen, out| {
        out.contains("icanon")
            && screen.alternate_screen()
            && screen.contents().contains("Companies (4)")
    });
    let all = output_text();
    let stopped_at = all.rfind("Stopped").expect("stopped");
    let suspended = all[stopped_at..].to_owned();
    assert!(!suspended.contains("-icanon"), "the terminal was cooked while showfloor was stopped");
    type_line("q");
    wait("the prompt after quitting", &|screen, _| {
        !screen.alternate_screen() && screen.contents().contains("READY$")
    });
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
    session.wait_for("7 error(s) in the catalogue: what they affect is left out");
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

/// `--compare-to` an earlier edition: the browser says what changed and badges the records.
#[test]
fn comparing_with_an_earlier_edition_badges_new_and_changed_records() {
    let mut session = Session::start(
        &["--data", "tests/fixtures/editions/new", "--compare-to", "tests/fixtures/editions/old"],
        120,
        30,
    );
    session.wait_for("compared with tests/fixtures/editions/old: 1 new, 2 changed, 1 gone");
    session.wait_until(
        |s| s.contains("Acme Defence Systems CHANGED") && s.contains("Newco NEW"),
        "badges on the companies",
    );
    session.send("/");
    session.type_text("newco");
    session.wait_until(|s| s.contains("Newco NEW") && s.contains("Preview"), "the badge in search");
    session.close_search();
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
    session.wait_until(|s| s.contains("│ Acme Rover Works    "), "the record opened");
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
