//! The state file survives `kill -9` at any moment of a save: a child process saves a growing
//! state as fast as it can, is killed after a varying delay, and the file must open whole, as one
//! of the states the child wrote, every time. And two processes saving the same file at once
//! lose nothing.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use showfloor::state::{State, Store};

const PATH_VARIABLE: &str = "SHOWFLOOR_SAVE_FOREVER";

/// Not a test on its own: the child process the crash test starts and kills.
#[test]
#[ignore = "started by a_kill_during_save_never_leaves_a_broken_file"]
fn save_forever() {
    let Ok(path) = std::env::var(PATH_VARIABLE) else { return };
    let mut opened = Store::open(path.into(), "show").expect("opens");
    // Carry on from what the previous (killed) child saved.
    for round in opened.state.marks.len().. {
        let id = format!("record-{round:06}");
        opened.state.toggle_mark(&id);
        // Notes make the file big enough that a kill often lands mid-write.
        opened.state.set_note(&id, &"x".repeat(200), "2026-11-28T00:00:00Z");
        opened.state = opened.store.save(&opened.state).expect("saves");
    }
}

const PREFIX_VARIABLE: &str = "SHOWFLOOR_SAVE_PREFIX";
const ROUNDS: usize = 150;

/// Not a test on its own: one of the two sessions the concurrency test runs side by side.
#[test]
#[ignore = "started by two_processes_saving_at_once_lose_no_mark"]
fn save_marks_with_prefix() {
    let (Ok(path), Ok(prefix)) = (std::env::var(PATH_VARIABLE), std::env::var(PREFIX_VARIABLE))
    else {
        return;
    };
    let mut opened = Store::open(path.into(), "show").expect("opens");
    for round in 0..ROUNDS {
        opened.state.toggle_mark(&format!("{prefix}-{round:03}"));
        opened.state = opened.store.save(&opened.state).expect("saves");
    }
}

#[test]
fn two_processes_saving_at_once_lose_no_mark() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("show.toml");
    let children: Vec<_> = ["left", "right"]
        .into_iter()
        .map(|prefix| {
            Command::new(std::env::current_exe().expect("test binary"))
                .args(["--ignored", "--exact", "save_marks_with_prefix", "--nocapture"])
                .env(PATH_VARIABLE, &path)
                .env(PREFIX_VARIABLE, prefix)
                .spawn()
                .expect("starts a saving child")
        })
        .collect();
    for mut child in children {
        assert!(child.wait().expect("finishes").success());
    }
    let state = Store::open(path, "show").expect("opens").state;
    assert_eq!(state.marks.len(), 2 * ROUNDS, "every mark from both sessions is there");
}

/// The marks of a state the child wrote: record-000000 … record-N, none missing.
fn assert_written_by_child(state: &State) {
    for (index, mark) in state.marks.iter().enumerate() {
        assert_eq!(mark, &format!("record-{index:06}"), "marks are a prefix of what was saved");
    }
    assert_eq!(state.notes.len(), state.marks.len());
}

#[test]
fn a_kill_during_save_never_leaves_a_broken_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("show.toml");
    let mut saved_rounds = Vec::new();
    for attempt in 0..20u64 {
        let mut child = Command::new(std::env::current_exe().expect("test binary"))
            .args(["--ignored", "--exact", "save_forever", "--nocapture"])
            .env(PATH_VARIABLE, &path)
            .spawn()
            .expect("starts the saving child");
        // Kill only once this child has saved something of its own (so every attempt kills a
        // process that is saving, however slow the machine), then at a varying moment.
        wait_until_grown(&path, saved_rounds.last().copied().unwrap_or(0));
        std::thread::sleep(Duration::from_millis(attempt % 7 * 3));
        child.kill().expect("SIGKILL");
        child.wait().expect("reaped");

        let opened = Store::open(path.clone(), "show").expect("opens");
        assert!(opened.notice.is_none(), "attempt {attempt}: {:?}", opened.notice);
        assert_written_by_child(&opened.state);
        saved_rounds.push(opened.state.marks.len());
        leftovers_are_only_temporaries(dir.path());
    }
    // Each child starts from the last one's file and adds to it before it is killed, so the
    // count grows on every attempt: the test really did kill processes that were saving.
    assert!(saved_rounds.windows(2).all(|pair| pair[0] < pair[1]), "{saved_rounds:?}");
}

/// Wait until the file holds more than `marks` marks: the child has saved at least once.
/// The deadline only keeps a broken build from hanging; it says nothing of speed.
fn wait_until_grown(path: &Path, marks: usize) {
    let deadline = std::time::Instant::now() + Duration::from_secs(120);
    loop {
        let now = std::fs::read_to_string(path).ok().and_then(|text| {
            let state: toml::Value = toml::from_str(&text).ok()?;
            Some(state.get("marks")?.as_array()?.len())
        });
        if now.is_some_and(|n| n > marks) {
            return;
        }
        assert!(std::time::Instant::now() < deadline, "the child never saved");
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// A kill can leave the child's temporary file behind (it never reaches the cleanup); that is
/// harmless, and the next save by a process with the same id would replace it.
fn leftovers_are_only_temporaries(dir: &Path) {
    for entry in std::fs::read_dir(dir).expect("dir").flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        assert!(
            name == "show.toml" || name == ".show.toml.lock" || name.starts_with(".show.toml.tmp-"),
            "unexpected {name}"
        );
    }
}
