use std::fs::{self, File};
use std::io;
use std::path::Path;

use super::*;

fn temp() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

/// The names in `dir`, sorted: what a failed or finished save left behind.
fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn marked(ids: &[&str]) -> State {
    let mut state = State::new("show");
    for id in ids {
        state.toggle_mark(id);
    }
    state
}

#[test]
fn merging_applies_only_this_sessions_changes_on_top_of_the_others() {
    let base = marked(&["a", "b"]);
    let mut mine = marked(&["a", "c"]); // unmarked b, marked c
    mine.set_note("a", "mine", "t1");
    let mut theirs = marked(&["a", "b", "d"]); // marked d
    theirs.set_note("d", "theirs", "t2");
    let merged = merge(&base, &mine, &theirs);
    assert_eq!(merged.marks, vec!["a", "c", "d"]);
    assert_eq!(merged.note("a").map(|n| n.text.as_str()), Some("mine"));
    assert_eq!(merged.note("d").map(|n| n.text.as_str()), Some("theirs"));

    // A note deleted here is deleted there; one untouched here keeps their edit.
    let mut base = State::new("show");
    base.set_note("x", "old", "t0");
    base.set_note("y", "old", "t0");
    let mut mine = base.clone();
    mine.set_note("x", "", "t1");
    let mut theirs = base.clone();
    theirs.set_note("y", "their edit", "t2");
    let merged = merge(&base, &mine, &theirs);
    assert_eq!(merged.note("x"), None);
    assert_eq!(merged.note("y").map(|n| n.text.as_str()), Some("their edit"));
}

#[test]
fn two_sessions_on_one_file_keep_each_others_marks() {
    let dir = temp();
    let path = dir.path().join("show.toml");
    let mut first = Store::open(path.clone(), "show").expect("opens");
    let mut second = Store::open(path.clone(), "show").expect("opens");

    first.state.toggle_mark("baykar");
    first.state = first.store.save(&first.state).expect("saves");
    second.state.toggle_mark("stm");
    second.state = second.store.save(&second.state).expect("saves");
    assert_eq!(second.state.marks, vec!["baykar", "stm"], "the second session sees the first's");

    // The first unmarks its own; the second's mark, which it never saw, survives.
    first.state.toggle_mark("baykar");
    first.state = first.store.save(&first.state).expect("saves");
    assert_eq!(first.state.marks, vec!["stm"]);
    assert_eq!(Store::open(path, "show").expect("reopens").state.marks, vec!["stm"]);
}

#[cfg(debug_assertions)] // the fault hook exists only in debug builds
#[test]
fn a_failed_write_leaves_the_old_file_and_no_temporary() {
    let dir = temp();
    let path = dir.path().join("show.toml");
    let mut opened = Store::open(path.clone(), "show").expect("opens");
    opened.state.toggle_mark("baykar");
    opened.state = opened.store.save(&opened.state).expect("saves");
    let before = fs::read(&path).expect("read");

    opened.state.toggle_mark("stm");
    crate::fault::fail_io_at(Some("save"));
    let error = opened.store.save(&opened.state).expect_err("the disk is full");
    crate::fault::fail_io_at(None);
    assert!(error.to_string().contains("cannot save"), "{error}");
    assert_eq!(fs::read(&path).expect("read"), before, "the old file is untouched");
    assert_eq!(files_in(dir.path()), vec![".show.toml.lock", "show.toml"]);

    // The change was not lost: the next save that works writes it.
    opened.store.save(&opened.state).expect("saves");
    assert_eq!(Store::open(path, "show").expect("reopens").state.marks, vec!["baykar", "stm"]);
}

#[test]
fn a_state_path_that_cannot_exist_is_an_error_not_a_panic() {
    let dir = temp();
    let blocker = dir.path().join("not-a-dir");
    fs::write(&blocker, "a file where a directory should be").expect("write");
    let mut store = Store {
        path: blocker.join("show.toml"),
        base: State::new("show"),
        discards: false,
        notice: None,
        patience: CLI_PATIENCE,
        makes_folder: true,
    };
    let error = store.save(&marked(&["a"])).expect_err("cannot create the directory");
    assert!(error.to_string().contains("not-a-dir"), "{error}");
    assert_eq!(fs::read_to_string(&blocker).expect("read"), "a file where a directory should be");
}

#[test]
fn marks_toggle_and_stay_sorted() {
    let mut state = State::new("show");
    assert!(state.toggle_mark("stm"));
    assert!(state.toggle_mark("baykar"));
    assert_eq!(state.marks, vec!["baykar", "stm"]);
    assert!(state.is_marked("stm"));
    assert!(!state.toggle_mark("stm"));
    assert!(!state.is_marked("stm"));
}

#[test]
fn an_emptied_note_is_deleted() {
    let mut state = State::new("show");
    state.set_note("baykar", "Ask about the TB2 export licence.", "2026-11-28T10:00:00Z");
    assert_eq!(
        state.note("baykar").map(|n| n.text.as_str()),
        Some("Ask about the TB2 export licence.")
    );
    state.set_note("baykar", "  \n ", "2026-11-28T10:05:00Z");
    assert_eq!(state.note("baykar"), None);
}

#[test]
fn state_round_trips_through_the_file() {
    let dir = temp();
    let path = dir.path().join("nested").join("show.toml");
    let opened = Store::open(path.clone(), "show").expect("opens");
    assert_eq!(opened.state, State::new("show"), "a missing file is an empty state");
    let mut state = opened.state;
    state.toggle_mark("baykar");
    state.set_note("baykar", "line one\nline \"two\"", "2026-11-28T10:00:00Z");
    let mut store = opened.store;
    store.make_folder(); // as for the default place, whose folder may not exist yet
    assert_eq!(store.save(&state).expect("saves"), state);
    let again = Store::open(path, "show").expect("reopens");
    assert_eq!(again.state, state);
    assert!(again.notice.is_none());
    assert_eq!(files_in(&dir.path().join("nested")), vec![".show.toml.lock", "show.toml"]);
}

#[test]
fn a_corrupt_file_is_moved_aside_not_overwritten() {
    let dir = temp();
    let path = dir.path().join("show.toml");
    fs::write(&path, "marks = [unterminated").expect("write");
    let opened = Store::open(path.clone(), "show").expect("opens");
    assert_eq!(opened.state, State::new("show"));
    let notice = opened.notice.expect("the user is told");
    assert!(notice.contains("show.toml.corrupt-"), "{notice}");
    assert!(!path.exists(), "the bad file is moved, not left to be overwritten");
    // Beside it now: the copy, and the lock it was moved under.
    let aside: Vec<_> =
        files_in(dir.path()).into_iter().filter(|n| n.contains(".corrupt-")).collect();
    assert_eq!(files_in(dir.path()).len(), 2, "{:?}", files_in(dir.path()));
    assert_eq!(aside.len(), 1);
    assert_eq!(
        fs::read_to_string(dir.path().join(&aside[0])).expect("kept"),
        "marks = [unterminated"
    );
}

#[test]
fn an_oversized_or_empty_file_is_moved_aside_unread() {
    let dir = temp();
    let path = dir.path().join("show.toml");
    let file = File::create(&path).expect("create");
    file.set_len(MAX_STATE_BYTES + 1).expect("a sparse oversized file");
    let opened = Store::open(path.clone(), "show").expect("opens");
    assert_eq!(opened.state, State::new("show"));
    let notice = opened.notice.expect("the user is told");
    assert!(notice.contains("larger than 16 MiB"), "{notice}");
    assert!(!path.exists());

    fs::write(&path, "")
        .expect("an empty file, as a crash on a filesystem without rename might leave");
    let notice = Store::open(path.clone(), "show").expect("opens").notice.expect("told");
    assert!(notice.contains("could not be read"), "{notice}");
    let copies = files_in(dir.path()).into_iter().filter(|n| n.contains(".corrupt-")).count();
    assert_eq!(copies, 2, "the second file moved aside keeps the first");
}

#[test]
fn a_file_from_a_newer_version_is_moved_aside() {
    let dir = temp();
    let path = dir.path().join("show.toml");
    fs::write(&path, "version = 99\nmarks = []\n").expect("write");
    let opened = Store::open(path, "show").expect("opens");
    assert!(opened.notice.expect("told").contains("newer showfloor"));
}

#[test]
fn the_default_path_is_per_catalogue() {
    if let (Some(a), Some(b)) = (default_path("bamex-2025"), default_path("idex-2027")) {
        assert_ne!(a, b);
        assert!(a.ends_with("bamex-2025.toml"));
    }
}

mod special_files {
    //! Special files are made in a temporary directory, never the system's own devices.

    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::fs::FileTypeExt;

    use super::*;

    fn c_path(path: &Path) -> CString {
        CString::new(path.as_os_str().as_bytes()).expect("no NUL in a temp path")
    }

    fn mkfifo(path: &Path) {
        // SAFETY: a valid C string and mode; the call only creates a node.
        let made = unsafe { libc::mkfifo(c_path(path).as_ptr(), 0o600) };
        assert_eq!(made, 0, "mkfifo {}", path.display());
    }

    /// A character device node with these numbers, or `None` where this user may not make one
    /// (it takes root, which CI has).
    fn mknod_char(path: &Path, major: u32, minor: u32) -> Option<()> {
        // SAFETY: a valid C string, mode and device number; the call only creates a node.
        let made = unsafe {
            libc::mknod(c_path(path).as_ptr(), libc::S_IFCHR | 0o600, libc::makedev(major, minor))
        };
        if made != 0 {
            eprintln!("cannot make a device node here (not root?): {}", io::Error::last_os_error());
            return None;
        }
        Some(())
    }

    fn refused(result: Result<Opened, StoreError>) -> &'static str {
        match result {
            Err(StoreError::NotRegular { kind, .. }) => kind,
            other => panic!("expected a refusal, got {other:?}"),
        }
    }

    #[test]
    fn a_fifo_is_refused_at_once_never_waited_on() {
        let dir = temp();
        let path = dir.path().join("show.toml");
        mkfifo(&path);
        // Opening a FIFO for reading would wait for a writer for ever without O_NONBLOCK.
        assert_eq!(refused(Store::open(path.clone(), "show")), "a FIFO");
        assert!(fs::symlink_metadata(&path).expect("still there").file_type().is_fifo());
        assert_eq!(files_in(dir.path()), vec!["show.toml"], "nothing written beside it");
    }

    #[test]
    fn a_directory_is_refused() {
        let dir = temp();
        let path = dir.path().join("show.toml");
        fs::create_dir(&path).expect("mkdir");
        assert_eq!(refused(Store::open(path.clone(), "show")), "a directory");
        assert!(path.is_dir());
    }

    #[test]
    fn a_device_other_than_null_is_refused_and_never_read() {
        let dir = temp();
        let path = dir.path().join("zero");
        // 1:5 is /dev/zero: read without a bound, it would fill memory.
        let Some(()) = mknod_char(&path, 1, 5) else { return };
        assert_eq!(refused(Store::open(path.clone(), "show")), "a character device");
        assert!(fs::symlink_metadata(&path).expect("still there").file_type().is_char_device());
    }

    #[test]
    fn the_null_device_saves_nothing_and_is_never_renamed() {
        let dir = temp();
        let path = dir.path().join("null");
        let Some(()) = mknod_char(&path, 1, 3) else { return };
        let mut opened = Store::open(path.clone(), "show").expect("opens");
        assert!(opened.notice.as_deref().is_some_and(|n| n.contains("not saved")), "said once");
        assert!(!opened.store.saves());
        let saved = opened.store.save(&marked(&["stm"])).expect("a save that saves nothing");
        assert_eq!(saved.marks, vec!["stm"], "the session keeps its marks in memory");
        assert!(fs::symlink_metadata(&path).expect("still there").file_type().is_char_device());
        assert_eq!(files_in(dir.path()), vec!["null"], "no lock, no temporary, no .corrupt copy");
    }

    #[test]
    fn a_symlink_keeps_pointing_at_the_file_that_gets_the_changes() {
        let dir = temp();
        let target = dir.path().join("real.toml");
        let link = dir.path().join("show.toml");
        std::os::unix::fs::symlink(&target, &link).expect("symlink");
        let mut opened = Store::open(link.clone(), "show").expect("opens a dangling link");
        opened.store.save(&marked(&["stm"])).expect("saves");
        assert!(fs::symlink_metadata(&link).expect("link").file_type().is_symlink());
        let again = Store::open(link, "show").expect("reopens through the link");
        assert_eq!(again.state.marks, vec!["stm"]);
        assert!(fs::read_to_string(&target).expect("the target").contains("stm"));
    }

    #[test]
    fn a_state_file_swapped_for_a_fifo_is_never_renamed_over() {
        let dir = temp();
        let path = dir.path().join("show.toml");
        let mut opened = Store::open(path.clone(), "show").expect("opens");
        opened.store.save(&marked(&["stm"])).expect("saves");
        fs::remove_file(&path).expect("rm");
        mkfifo(&path);
        let error = opened.store.save(&marked(&["stm", "baykar"])).expect_err("refused");
        assert!(matches!(error, StoreError::NotRegular { kind: "a FIFO", .. }), "{error}");
        assert!(fs::symlink_metadata(&path).expect("still there").file_type().is_fifo());
    }
}

mod unreadable_on_disk {
    //! A file that cannot be read is moved aside, never written over, wherever it is met.

    use super::*;

    fn corrupt_copies(dir: &Path) -> Vec<String> {
        files_in(dir).into_iter().filter(|name| name.contains(".corrupt-")).collect()
    }

    #[test]
    fn a_file_replaced_mid_session_by_one_this_build_cannot_read_is_moved_aside_by_the_save() {
        for (bad, why) in [
            ("marks = [\"a\"\nversion = 1\n", "could not be read"),
            ("version = 2\ncatalogue = \"show\"\nmarks = [\"theirs\"]\n", "newer showfloor"),
        ] {
            let dir = temp();
            let path = dir.path().join("show.toml");
            let mut opened = Store::open(path.clone(), "show").expect("opens");
            opened.store.save(&marked(&["stm"])).expect("saves");
            fs::write(&path, bad).expect("a hand edit, or a newer build");
            let saved = opened.store.save(&marked(&["stm", "kargu"])).expect("saves");
            assert_eq!(saved.marks, vec!["kargu", "stm"]);
            let notice = opened.store.take_notice().expect("the user is told");
            assert!(notice.contains("moved to") && notice.contains(why), "{notice}");
            let copies = corrupt_copies(dir.path());
            assert_eq!(copies.len(), 1, "{:?}", files_in(dir.path()));
            let kept = fs::read_to_string(dir.path().join(&copies[0])).expect("read");
            assert_eq!(kept, bad, "what was on disk is kept, byte for byte");
            assert_eq!(opened.store.take_notice(), None, "told once");
        }
    }

    #[test]
    fn two_sessions_opening_one_corrupt_file_together_both_open() {
        for _ in 0..30 {
            let dir = temp();
            let path = dir.path().join("show.toml");
            fs::write(&path, "not = [toml").expect("write");
            let barrier = std::sync::Arc::new(std::sync::Barrier::new(2));
            let opens: Vec<_> = (0..2)
                .map(|_| {
                    let (path, barrier) = (path.clone(), std::sync::Arc::clone(&barrier));
                    std::thread::spawn(move || {
                        barrier.wait();
                        Store::open(path, "show").map(|opened| opened.notice.is_some())
                    })
                })
                .collect();
            let told: Vec<bool> =
                opens.into_iter().map(|t| t.join().expect("joined").expect("opens")).collect();
            assert_eq!(told.iter().filter(|&&t| t).count(), 1, "one moved it aside and said so");
            assert_eq!(corrupt_copies(dir.path()).len(), 1);
        }
    }

    #[test]
    fn temporary_files_of_dead_saves_are_cleared_and_live_ones_left() {
        let dir = temp();
        let path = dir.path().join("show.toml");
        let mut child = std::process::Command::new("true").spawn().expect("a child");
        let dead = child.id();
        child.wait().expect("it ends");
        let stale = dir.path().join(format!(".show.toml.tmp-{dead}"));
        let live = dir.path().join(".show.toml.tmp-1");
        fs::write(&stale, "half a save").expect("write");
        fs::write(&live, "pid 1 is alive").expect("write");
        let mut opened = Store::open(path, "show").expect("opens");
        opened.store.save(&marked(&["stm"])).expect("saves");
        assert!(!stale.exists(), "the dead save's temporary is gone");
        assert!(live.exists(), "a live process's is left alone");
    }
}

/// Another session holding the lock (`flock .NAME.lock sleep 600`), as the test holds it here.
fn hold_lock(path: &Path) -> File {
    let name = path.file_name().expect("a name").to_string_lossy();
    let lock = File::create(path.with_file_name(format!(".{name}.lock"))).expect("lock file");
    lock.lock().expect("the lock");
    lock
}

fn saver_at(path: &Path) -> (Saver, std::sync::mpsc::Receiver<SaveReport>) {
    let (reports, received) = std::sync::mpsc::channel();
    let store = Store::open(path.to_path_buf(), "show").expect("opens").store;
    let saver = Saver::start(store, move |report| {
        let _ = reports.send(report);
    });
    (saver, received)
}

/// Waits without a time limit of its own would hang the suite if a save blocked: a long bound
/// that only a blocked save reaches.
fn next_report(received: &std::sync::mpsc::Receiver<SaveReport>) -> SaveReport {
    received.recv_timeout(std::time::Duration::from_secs(60)).expect("the saver reports")
}

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

/// A hand-edited or merged file need not keep its marks sorted or single: read in any order,
/// each mark once, every one of them marked, and written back sorted with its catalogue named.
#[test]
fn marks_in_any_order_and_repeated_are_read_sorted_and_once() {
    let dir = temp();
    let path = dir.path().join("s.toml");
    fs::write(
        &path,
        "version = 1\nmarks = [\"talk-a\", \"talk-b\", \"talk-c\", \"expo-week\", \"aaa\", \"talk-b\"]\n",
    )
    .expect("write");
    let opened = Store::open(path.clone(), "show").expect("opens");
    let mut state = opened.state;
    for id in ["talk-a", "talk-b", "talk-c", "expo-week", "aaa"] {
        assert!(state.is_marked(id), "{id}");
    }
    assert!(!state.toggle_mark("talk-b"), "a marked record is unmarked, not marked twice");
    assert!(!state.is_marked("talk-b"), "and is gone");
    let mut store = opened.store;
    store.save(&state).expect("saves");
    let saved: State = toml::from_str(&fs::read_to_string(&path).expect("read")).expect("toml");
    assert_eq!(saved.marks, ["aaa", "expo-week", "talk-a", "talk-c"]);
    assert_eq!(saved.catalogue, "show", "the catalogue is named, not written empty");
}

/// `--state` with a mistyped folder makes nothing: the save says the folder is missing. The
/// default place (the data directory) is made when first needed.
#[test]
fn a_typed_state_path_gets_only_its_file_and_the_default_gets_its_folder() {
    let dir = temp();
    let typo = dir.path().join("no-such-folder").join("deeper").join("s.toml");
    let mut store = Store::open(typo.clone(), "show").expect("a missing file opens empty").store;
    let error = store.save(&marked(&["a"])).expect_err("no folder is made");
    assert!(error.to_string().contains("does not exist"), "{error}");
    assert!(!dir.path().join("no-such-folder").exists(), "nothing was created");
    let mut store = Store::open(typo.clone(), "show").expect("opens").store;
    store.make_folder();
    store.save(&marked(&["a"])).expect("the default place makes its folder");
    assert!(typo.exists());
}

/// An export in one session shows what another has saved since: the file on disk merged with
/// this session's own changes.
#[test]
fn the_current_state_for_an_export_has_the_other_sessions_saves() {
    let dir = temp();
    let path = dir.path().join("s.toml");
    let (saver, _received) = saver_at(&path);
    let mut other = Store::open(path.clone(), "show").expect("opens").store;
    other.save(&marked(&["theirs"])).expect("the other session saves");
    let current = saver.current(&marked(&["mine"]));
    assert_eq!(current.marks, ["mine", "theirs"]);
}

/// Catalogues without an event do not share a state file: each is named after its folder with
/// a digest of where it is, the same every time.
#[test]
fn catalogues_without_an_event_are_keyed_by_where_they_are() {
    let key_of = |dir: &Path| {
        let file = dir.join("c.toml");
        fs::write(&file, "[[company]]\nid = \"acme\"\nname = \"Acme\"\n").expect("write");
        let loaded = crate::catalog::load_dirs(&[dir.to_path_buf()]);
        catalogue_key(&loaded.catalog)
    };
    let (one, two) = (temp(), temp());
    let (a, b) = (one.path().join("show"), two.path().join("show"));
    fs::create_dir(&a).expect("mkdir");
    fs::create_dir(&b).expect("mkdir");
    let key = key_of(&a);
    assert!(key.starts_with("show-") && key.len() == "show-".len() + 8, "{key}");
    assert_eq!(key_of(&a), key, "stable");
    assert_ne!(key_of(&b), key, "another catalogue, another file");
    let bamex = crate::catalog::load(&crate::catalog::embedded()).catalog;
    assert_eq!(catalogue_key(&bamex), "bamex-2025", "an event names it");
}
