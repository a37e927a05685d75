//! Saving off the interface's thread. A save takes a lock another session may hold for as long
//! as it likes (`flock .NAME.lock sleep 600`), then writes and flushes to disk: neither may
//! freeze the browser. The saver thread owns the `Store`, takes the latest state asked for
//! (older ones are folded into it), and reports each outcome; while the lock is held elsewhere
//! it says the change is waiting and retries until it gets it or a newer state comes.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::thread;
use std::time::Duration;

use super::{State, Store, StoreError};

/// How long one attempt waits for the lock before the saver says the change is waiting.
const ATTEMPT: Duration = Duration::from_millis(200);
/// How long the saver rests between attempts while the lock is held elsewhere.
const RETRY_EVERY: Duration = Duration::from_millis(250);

/// What became of the save of state number `generation`.
#[derive(Debug)]
pub struct SaveReport {
    pub generation: u64,
    pub outcome: SaveOutcome,
}

#[derive(Debug)]
pub enum SaveOutcome {
    /// Written: the state as merged with another session's saves, and anything the save did
    /// that the user must be told (a file moved aside).
    Saved { merged: State, notice: Option<String> },
    /// Another session holds the lock: the change waits and is retried.
    Waiting(String),
    /// The save failed (a full disk, a folder that cannot be made); the next change retries.
    Failed(String),
}

/// The newest generation settled (saved or failed): what `settle` waits on.
#[derive(Default)]
struct Progress {
    settled: u64,
}

type Shared = Arc<(Mutex<Progress>, Condvar)>;

/// The browser's handle on its state file.
pub struct Saver {
    mode: Mode,
    /// The state as the file held it at this session's last save or read: what its own
    /// changes are told apart by when another session's are merged in for an export.
    synced: State,
    path: PathBuf,
    saves: bool,
    submitted: u64,
    progress: Shared,
}

enum Mode {
    Thread(Sender<(u64, State)>),
    /// No thread could be started (a process limit): saved here, with a short wait for the lock.
    Inline(Store, Box<dyn Fn(SaveReport) + Send>),
}

impl Saver {
    /// Hand `store` to a thread of its own; `report` is called with each outcome, on that
    /// thread. Without a thread, saves happen on the caller's, as before.
    pub fn start(mut store: Store, report: impl Fn(SaveReport) + Send + Sync + 'static) -> Saver {
        let synced = store.base.clone();
        let path = store.path().to_path_buf();
        let saves = store.saves();
        let progress: Shared = Arc::default();
        store.set_patience(ATTEMPT);
        let (jobs, queue) = mpsc::channel();
        // The store waits in a slot the thread empties; if the thread never starts, it is
        // taken back for saving inline.
        let slot = Arc::new(Mutex::new(Some(store)));
        let (theirs, shared) = (Arc::clone(&slot), Arc::clone(&progress));
        let report = Arc::new(report);
        let reporter = Arc::clone(&report);
        let started = (!crate::fault::injected_spawn_failure("save"))
            .then(|| {
                thread::Builder::new().name("saver".into()).spawn(move || {
                    let store = theirs.lock().unwrap_or_else(PoisonError::into_inner).take();
                    if let Some(store) = store {
                        run(store, &queue, &shared, &*reporter);
                    }
                })
            })
            .is_some_and(|spawned| spawned.is_ok());
        let inline = (!started)
            .then(|| slot.lock().unwrap_or_else(PoisonError::into_inner).take())
            .flatten();
        let mode = match inline {
            Some(store) => Mode::Inline(store, Box::new(move |r| report(r))),
            None => Mode::Thread(jobs),
        };
        Saver { mode, synced, path, saves, submitted: 0, progress }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether changes are saved anywhere (not with `--state /dev/null`).
    pub fn saves(&self) -> bool {
        self.saves
    }

    /// The generation of the latest state asked to be saved: a report of an earlier one
    /// describes a state the session has since changed.
    pub fn latest(&self) -> u64 {
        self.submitted
    }

    /// Record what a save wrote (its merged state), as the base of [`Saver::current`].
    pub fn synced(&mut self, state: &State) {
        state.clone_into(&mut self.synced);
    }

    /// `mine` with whatever another session has saved since this one last did merged in: what
    /// an export must show, so a second session never exports a stale plan. Read without the
    /// lock (every save replaces the whole file); `mine` when the file cannot be read.
    pub fn current(&self, mine: &State) -> State {
        if !self.saves {
            return mine.clone();
        }
        match super::store::read_current(&self.path, &mine.catalogue) {
            Some(theirs) if theirs != self.synced => super::merge(&self.synced, mine, &theirs),
            _ => mine.clone(),
        }
    }

    /// Ask for `state` to be saved; never waits for the disk or another session's lock.
    pub fn submit(&mut self, state: State) {
        self.submitted += 1;
        let generation = self.submitted;
        match &mut self.mode {
            Mode::Thread(jobs) => {
                if jobs.send((generation, state)).is_err() {
                    settle(&self.progress, generation);
                }
            }
            Mode::Inline(store, report) => {
                let outcome = attempt(store, &state);
                if !matches!(outcome, SaveOutcome::Waiting(_)) {
                    settle(&self.progress, generation);
                }
                report(SaveReport { generation, outcome });
            }
        }
    }

    /// Wait up to `limit` for every state asked for to be saved (or to fail). False when the
    /// time ran out first (the latest still waits for another session's lock).
    pub fn settle(&self, limit: Duration) -> bool {
        let (lock, changed) = &*self.progress;
        let progress = lock.lock().unwrap_or_else(PoisonError::into_inner);
        let (progress, _) = changed
            .wait_timeout_while(progress, limit, |p| p.settled < self.submitted)
            .unwrap_or_else(PoisonError::into_inner);
        progress.settled >= self.submitted
    }

    /// Write `state` where the user can find it when it could not be saved (the lock still held
    /// as the session ends on a signal): `NAME.unsaved-<time>` beside the state file, never over
    /// another file.
    pub fn rescue(&self, state: &State) -> Option<PathBuf> {
        keep_beside(&self.path, state).ok()
    }
}

/// Write `state` to a new file beside `state_file` (`NAME.unsaved-STAMP`), whole, never over
/// anything: where a change goes when the state file cannot take it. The copy's path.
pub fn keep_beside(state_file: &Path, state: &State) -> Result<PathBuf, KeepBesideError> {
    let text = toml::to_string(state)?;
    let stamp = jiff::Timestamp::now().strftime("%Y%m%dT%H%M%SZ").to_string();
    let name = state_file.file_name().map(|n| n.to_string_lossy().into_owned());
    let name = name.unwrap_or_else(|| "state.toml".to_owned());
    let path = state_file.with_file_name(format!("{name}.unsaved-{stamp}"));
    crate::safe_write::create_new(&path, text.as_bytes())?;
    Ok(path)
}

/// Why a copy beside the state file could not be made.
#[derive(Debug, thiserror::Error)]
pub enum KeepBesideError {
    #[error("{}", crate::tr!("state-cannot-encode", reason = .0.to_string()))]
    Encode(#[from] toml::ser::Error),
    #[error(transparent)]
    Write(#[from] crate::safe_write::WriteError),
}

fn settle(progress: &Shared, generation: u64) {
    let (lock, changed) = &**progress;
    let mut progress = lock.lock().unwrap_or_else(PoisonError::into_inner);
    progress.settled = progress.settled.max(generation);
    changed.notify_all();
}

fn attempt(store: &mut Store, state: &State) -> SaveOutcome {
    match store.save(state) {
        Ok(merged) => SaveOutcome::Saved { merged, notice: store.take_notice() },
        Err(error @ StoreError::Locked { .. }) => SaveOutcome::Waiting(error.to_string()),
        Err(error) => SaveOutcome::Failed(error.to_string()),
    }
}

/// The saver thread: the newest state asked for, saved; while the lock is held elsewhere,
/// retried, said once, and replaced by any newer state that comes meanwhile.
fn run(
    mut store: Store,
    queue: &Receiver<(u64, State)>,
    progress: &Shared,
    report: &dyn Fn(SaveReport),
) {
    let newest = |mut job: (u64, State)| {
        while let Ok(newer) = queue.try_recv() {
            job = newer;
        }
        job
    };
    while let Ok(job) = queue.recv() {
        let (mut generation, mut state) = newest(job);
        let mut said_waiting = false;
        loop {
            let outcome = attempt(&mut store, &state);
            if let SaveOutcome::Waiting(_) = outcome {
                if !said_waiting {
                    said_waiting = true;
                    report(SaveReport { generation, outcome });
                }
                match queue.recv_timeout(RETRY_EVERY) {
                    Ok(job) => (generation, state) = newest(job),
                    Err(RecvTimeoutError::Timeout) => {}
                    Err(RecvTimeoutError::Disconnected) => return,
                }
                continue;
            }
            settle(progress, generation);
            report(SaveReport { generation, outcome });
            break;
        }
    }
}
