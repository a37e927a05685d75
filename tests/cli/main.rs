//! The command line, run as a user runs it: the real binary, on fixtures and on the embedded
//! BAMEX catalogue.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn showfloor() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_showfloor"));
    command.current_dir(env!("CARGO_MANIFEST_DIR"));
    // No config of the machine's: the tests see the defaults.
    command.env("SHOWFLOOR_CONFIG", "/dev/null");
    // In English whatever the machine speaks: the tests read its words.
    command.env("LC_ALL", "C");
    command
}

fn json_of(args: &[&str]) -> Value {
    let output = showfloor().args(args).output().expect("the binary runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("valid JSON")
}

/// The cells of an aligned plain-output line (columns are separated by two or more spaces).
fn columns(line: &str) -> Vec<&str> {
    line.split("  ").map(str::trim).filter(|cell| !cell.is_empty()).collect()
}

/// Whether `showfloor ARGS` succeeded, and what it printed on stdout and stderr.
fn run(args: &[&str]) -> (bool, String, String) {
    let output = showfloor().args(args).output().expect("the binary runs");
    let text = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
    (output.status.success(), text(&output.stdout), text(&output.stderr))
}

fn stdout_of(args: &[&str]) -> String {
    let output = showfloor().args(args).output().expect("the binary runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

const FORBIDDEN: [char; 9] =
    ['\u{1b}', '\u{7}', '\u{8}', '\u{7f}', '\u{9b}', '\u{202e}', '\u{200b}', '\r', '\u{0}'];

fn assert_inert(output: &[u8]) {
    let text = String::from_utf8_lossy(output);
    for c in FORBIDDEN {
        assert!(!text.contains(c), "U+{:04X} reached the terminal in {text:?}", c as u32);
    }
}

fn plan_state() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("state.toml"),
        "version = 1\ncatalogue = \"bamex-2025\"\nmarks = [\"bamex-2025-demo-day-1\", \"baykar\"]\n\n\
         [notes.baykar]\ntext = \"Ask about exports\"\nedited = \"2025-11-13T10:00:00Z\"\n",
    )
    .expect("write state");
    dir
}

/// The ids `showfloor search QUERY --json` prints, best first.
fn found(query: &str) -> Vec<String> {
    let hits = json_of(&["search", query, "--json", "--limit", "0"]);
    hits.as_array()
        .expect("an array")
        .iter()
        .map(|hit| hit["id"].as_str().expect("an id").to_owned())
        .collect()
}

/// The ids of the JSON records `args` prints, and the exit code.
fn ids_and_code(args: &[&str]) -> (Vec<String>, Option<i32>) {
    let output = showfloor().args(args).output().expect("runs");
    let found: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let ids = found.as_array().expect("array").iter().filter_map(|r| r["id"].as_str());
    (ids.map(str::to_owned).collect(), output.status.code())
}

mod config;
mod editions;
mod exports;
mod graph;
mod hostile_output;
mod imports;
mod imports_json;
mod imports_sheets;
mod loading;
mod plans;
mod search;
mod show_and_list;
