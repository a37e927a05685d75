//! Saving while another session holds the lock: the saver waits, never blocks, and rescues what it must.

use super::*;

#[test]
fn a_save_while_another_session_holds_the_lock_waits_without_blocking_and_lands_after() {
    let dir = temp();
    let path = dir.path().join("s.toml");
    let (mut saver, received) = saver_at(&path);
    let held = hold_lock(&path);
    // submit returns while the lock is held: the caller (the browser's loop) is free.
    saver.submit(marked(&["a"]));
    let report = next_report(&received);
    assert_eq!(report.generation, 1);
    assert!(
        matches!(&report.outcome, SaveOutcome::Waiting(why) if why.contains("locked by another session")),
        "{report:?}"
    );
    assert!(!saver.settle(std::time::Duration::ZERO), "not settled while waiting");
    assert!(!path.exists(), "nothing written while the lock is held");
    // A newer change while waiting replaces the older: one save, of both.
    saver.submit(marked(&["a", "b"]));
    drop(held);
    let report = next_report(&received);
    assert_eq!(report.generation, 2, "the waiting save took the newer state");
    assert!(matches!(report.outcome, SaveOutcome::Saved { .. }), "{report:?}");
    assert!(saver.settle(std::time::Duration::from_secs(60)));
    let on_disk: State = toml::from_str(&fs::read_to_string(&path).expect("saved")).expect("toml");
    assert_eq!(on_disk.marks, vec!["a", "b"]);
}

#[test]
fn a_save_without_a_saver_thread_is_done_inline_and_says_it_waits() {
    let dir = temp();
    let path = dir.path().join("s.toml");
    crate::fault::with_spawn_failure("save", || {
        let (mut saver, received) = saver_at(&path);
        let held = hold_lock(&path);
        saver.submit(marked(&["a"]));
        assert!(matches!(next_report(&received).outcome, SaveOutcome::Waiting(_)));
        drop(held);
        saver.submit(marked(&["a"]));
        assert!(matches!(next_report(&received).outcome, SaveOutcome::Saved { .. }));
        assert!(path.exists());
    });
}

#[test]
fn the_command_lines_store_gives_up_on_a_held_lock_with_a_clear_error() {
    let dir = temp();
    let path = dir.path().join("s.toml");
    let mut store = Store::open(path.clone(), "show").expect("opens").store;
    let _held = hold_lock(&path);
    store.set_patience(std::time::Duration::from_millis(50));
    let error = store.save(&marked(&["a"])).expect_err("the lock is held");
    assert!(matches!(error, StoreError::Locked { .. }), "{error}");
    assert!(error.to_string().contains("locked by another session"), "{error}");
}

#[test]
fn a_change_that_cannot_be_saved_is_rescued_beside_the_state_file() {
    let dir = temp();
    let path = dir.path().join("s.toml");
    let (saver, _received) = saver_at(&path);
    let rescued = saver.rescue(&marked(&["a"])).expect("written");
    assert!(rescued.file_name().expect("name").to_string_lossy().starts_with("s.toml.unsaved-"));
    let kept: State = toml::from_str(&fs::read_to_string(&rescued).expect("read")).expect("toml");
    assert_eq!(kept.marks, vec!["a"]);
}
