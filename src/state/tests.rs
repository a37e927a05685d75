use super::*;

fn temp() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
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
    opened.store.save(&state).expect("saves");
    let again = Store::open(path, "show").expect("reopens");
    assert_eq!(again.state, state);
    assert!(again.notice.is_none());
    let leftovers: Vec<_> = fs::read_dir(dir.path().join("nested")).expect("dir").collect();
    assert_eq!(leftovers.len(), 1, "no temporary file is left behind");
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
    let aside: Vec<_> =
        fs::read_dir(dir.path()).expect("dir").flatten().map(|e| e.file_name()).collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(
        fs::read_to_string(dir.path().join(&aside[0])).expect("kept"),
        "marks = [unterminated"
    );
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
