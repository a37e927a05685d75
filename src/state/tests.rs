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

mod locks;
mod special_files;
mod the_file;
mod unreadable_on_disk;
