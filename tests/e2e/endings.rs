//! Every way a session ends (panic, signals, Ctrl-Z) gives the terminal back and keeps the work.

use super::*;

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
    command.env("LC_ALL", "C");
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
