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
        // No config of the machine's: the tests see the defaults.
        command.env("SHOWFLOOR_CONFIG", "/dev/null");
        // In English whatever the machine speaks, unless the test says otherwise below.
        command.env("LC_ALL", "C");
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

/// Another session holding the state file's lock (`flock .state.toml.lock sleep 600`, held
/// by the test here).
fn hold_state_lock(dir: &std::path::Path) -> std::fs::File {
    let lock = std::fs::File::create(dir.join(".state.toml.lock")).expect("lock file");
    lock.lock().expect("the lock");
    lock
}

mod browsing;
mod config;
mod endings;
mod french;
mod imports;
mod saved_state;
