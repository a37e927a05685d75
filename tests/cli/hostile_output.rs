//! Hostile text and failing output: nothing a terminal would run gets through; errors name the path.

use super::*;

#[test]
fn plain_output_never_passes_control_characters_through() {
    let data = "tests/fixtures/hostile";
    for args in [
        vec!["--data", data, "show", "evil"],
        vec!["--data", data, "list", "company"],
        vec!["--data", data, "list", "country"],
        vec!["--data", data, "search", "evil"],
        vec!["--data", data, "info"],
        vec!["--data", data, "show", "nothing-like-it"],
    ] {
        let output = showfloor().args(&args).output().expect("runs");
        assert_inert(&output.stdout);
        assert_inert(&output.stderr);
    }
    let shown = stdout_of(&["--data", data, "show", "evil"]);
    assert!(shown.starts_with("Evil^[[2J^[]0;pwned^G Corp\n"), "{shown}");
}

#[test]
fn json_output_keeps_the_data_exact() {
    let shown = json_of(&["--data", "tests/fixtures/hostile", "show", "evil", "--json"]);
    assert_eq!(shown["name"], "Evil\u{1b}[2J\u{1b}]0;pwned\u{7} Corp\u{202e}");
    assert_eq!(shown["summary"], "line one\nline two\u{1b}]52;c;aGVsbG8=\u{7} and\ttab");
}

#[test]
fn diagnostics_quoting_hostile_text_are_inert() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("x.toml"),
        "[[company]]\nid = \"a\"\nname = \"A\"\n\"\\u001b[2Jevil\" = 1\n",
    )
    .expect("write fixture");
    let output = showfloor().args(["check", "--data"]).arg(dir.path()).output().expect("runs");
    assert_eq!(output.status.code(), Some(1));
    assert_inert(&output.stderr);
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("unknown field `^[[2Jevil` in company")
    );
}

#[cfg(unix)]
#[test]
fn symlink_loops_and_directories_named_like_files_are_handled() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    std::fs::write(
        root.join("a.toml"),
        "[[company]]\nid = \"a\"\nname = \"A\"\nsources = [\"t\"]\n",
    )
    .expect("write");
    std::fs::create_dir(root.join("x.toml")).expect("a directory named like a catalogue file");
    std::fs::create_dir(root.join(".hidden")).expect("mkdir");
    std::fs::write(root.join(".hidden/b.toml"), "not toml at all").expect("write");
    std::os::unix::fs::symlink(root, root.join("loop")).expect("symlink");
    let output = showfloor().args(["check", "--data"]).arg(root).output().expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("loop:1:1: error: symbolic link loop"), "{stderr}");
    assert!(String::from_utf8_lossy(&output.stdout).contains("1 file, 1 record"));
}

/// CSV read through a pipe reaches a terminal (`| head`): the hostile catalogue's escapes are
/// shown, never sent, and nothing a spreadsheet would run starts a cell.
#[test]
fn a_piped_csv_export_carries_nothing_a_terminal_or_spreadsheet_would_run() {
    let out = stdout_of(&["--data", "tests/fixtures/hostile", "export", "list", "company"]);
    assert!(!out.is_empty());
    assert!(!out.chars().any(|c| c.is_control() && c != '\n' && c != '\r'), "{out:?}");
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    for row in reader.records() {
        let row = row.expect("parses");
        assert!(row.iter().all(|cell| !cell.starts_with(['=', '+', '-', '@'])), "{row:?}");
    }
}

/// An I/O error says what was being done and to which path, not only the system's reason.
#[test]
fn a_failed_write_names_the_file_and_what_was_being_done() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("no-such-folder").join("x.csv");
    let expected =
        format!("error: cannot write {}: No such file or directory\n", missing.display());
    showfloor()
        .args(["export", "list", "system", "--out"])
        .arg(&missing)
        .assert()
        .code(1)
        .stdout("")
        .stderr(expected.clone());
    let state = dir.path().join("state.toml");
    std::fs::write(&state, "version = 1\n").expect("a state file");
    showfloor()
        .args(["export", "plan", "--state"])
        .arg(&state)
        .arg("--out")
        .arg(&missing)
        .assert()
        .code(1)
        .stderr(expected);
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_standard_output_is_named_as_such() {
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").expect("/dev/full");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_showfloor"))
        .args(["list", "company"])
        .env("SHOWFLOOR_CONFIG", "/dev/null")
        .env("LC_ALL", "C")
        .stdout(full)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr, "error: cannot write to standard output: No space left on device\n");
}
