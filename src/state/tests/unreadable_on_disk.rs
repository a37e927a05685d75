//! State files that cannot be read or written: permissions, full disks, files that vanish.

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
