//! Paths that are not plain files: devices, FIFOs, links and folders are never treated as state files.

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
