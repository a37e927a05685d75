//! The state and its file: merging sessions, round trips, files moved aside, where it lives.

use super::*;

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
