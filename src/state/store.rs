//! The state file on disk: opened, judged, moved aside when it cannot be read, and saved
//! atomically under a lock, merged with what another session wrote.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::{MAX_STATE_BYTES, State, StoreError, VERSION, file, merge};

/// The state file of one catalogue.
#[derive(Debug)]
pub struct Store {
    pub(super) path: PathBuf,
    /// The state as this session last read or wrote it: what its own changes are measured
    /// against when another session has written the file since.
    pub(super) base: State,
    /// `--state /dev/null`: this session's marks and notes are kept in memory and saved nowhere.
    pub(super) discards: bool,
    /// Something a save did that the user must be told (a file moved aside).
    pub(super) notice: Option<String>,
    /// How long a save waits for another session's lock before it gives up with `Locked`.
    pub(super) patience: Duration,
    /// Whether a save may make the file's folder: the default data directory, yes; a path the
    /// user typed, no (a typo must not grow a tree of folders).
    pub(super) makes_folder: bool,
}

/// How long a command-line save waits for another session's lock: long enough for any real
/// save (a few milliseconds), short enough that a script is never stuck.
pub const CLI_PATIENCE: Duration = Duration::from_secs(10);

/// What stands at the state path, judged without changing anything.
enum Judged {
    Missing,
    Readable(State),
    /// Why it cannot be read ("it was written by a newer showfloor…").
    Unreadable(String),
}

fn judge(path: &Path, catalogue: &str) -> Result<Judged, StoreError> {
    let shown = || path.display().to_string();
    let found = file::read(path).map_err(|source| StoreError::Read { path: shown(), source })?;
    Ok(match found {
        file::Found::Missing => Judged::Missing,
        file::Found::NotRegular(kind) => {
            return Err(StoreError::NotRegular { path: shown(), kind });
        }
        // Judged by its size alone: reading it is what the limit prevents.
        file::Found::TooLarge => {
            Judged::Unreadable(crate::tr!("state-too-large", mib = MAX_STATE_BYTES / (1024 * 1024)))
        }
        file::Found::Text(text) => match toml::from_str::<State>(&text) {
            Ok(state) if state.version <= VERSION => Judged::Readable(state.normalised(catalogue)),
            Ok(state) => Judged::Unreadable(crate::tr!("state-newer", version = state.version)),
            Err(error) => {
                Judged::Unreadable(crate::tr!("state-unparsable", reason = error.message()))
            }
        },
    })
}

/// What the file at `path` holds now, if it can be read: for a view that must show the latest
/// (an export), without a lock, since every write is a rename of a whole file.
pub(super) fn read_current(path: &Path, catalogue: &str) -> Option<State> {
    match judge(path, catalogue) {
        Ok(Judged::Readable(state)) => Some(state),
        _ => None,
    }
}

/// Remove temporary files of earlier saves whose process has died (`kill -9` mid-save):
/// `.NAME.tmp-PID` with no process PID. Those of live processes are theirs to finish.
fn remove_stale_temporaries(dir: &Path, name: &str) {
    let prefix = format!(".{name}.tmp-");
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(pid) = file_name.to_str().and_then(|n| n.strip_prefix(&prefix)) else { continue };
        let Ok(pid) = pid.parse::<i32>() else { continue };
        if pid == i32::try_from(std::process::id()).unwrap_or(0) || pid <= 0 {
            continue;
        }
        // SAFETY: signal 0 only asks whether the process exists; nothing is sent.
        let gone = unsafe { libc::kill(pid, 0) } == -1
            && io::Error::last_os_error().raw_os_error() == Some(libc::ESRCH);
        if gone && entry.file_type().is_ok_and(|kind| kind.is_file()) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// What opening a state file found.
#[derive(Debug)]
pub struct Opened {
    pub store: Store,
    pub state: State,
    /// Something the user must be told (a file moved aside), for the status bar.
    pub notice: Option<String>,
}

impl Store {
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether changes are saved anywhere (not with `--state /dev/null`).
    pub fn saves(&self) -> bool {
        !self.discards
    }

    /// Open the state at `path`. A missing file is an empty state. A file that does not parse,
    /// or comes from a newer version of showfloor, is renamed `NAME.corrupt-<timestamp>` and an
    /// empty state starts, with a notice saying where the old file went. A symlink's target
    /// gets the changes; anything but a regular file is refused (see `file`), except the null
    /// device, which saves nothing and says so.
    pub fn open(path: PathBuf, catalogue: &str) -> Result<Opened, StoreError> {
        if file::is_null_device(&path) {
            let notice = crate::tr!("state-session-only", path = path.display().to_string());
            let store = Store {
                path,
                base: State::new(catalogue),
                discards: true,
                notice: None,
                patience: CLI_PATIENCE,
                makes_folder: false,
            };
            return Ok(Opened { store, state: State::new(catalogue), notice: Some(notice) });
        }
        let path = file::real_path(path);
        let mut store = Store {
            path,
            base: State::new(catalogue),
            discards: false,
            notice: None,
            patience: CLI_PATIENCE,
            makes_folder: false,
        };
        match judge(&store.path, catalogue)? {
            Judged::Missing => {
                return Ok(Opened { store, state: State::new(catalogue), notice: None });
            }
            Judged::Readable(state) => {
                store.base = state.clone();
                return Ok(Opened { store, state, notice: None });
            }
            Judged::Unreadable(_) => {}
        }
        // Moved aside under the lock, judged again there: another session opening the same
        // file may have moved it first (and even saved afresh), and must not be undone.
        let _lock = store.lock()?;
        let problem = match judge(&store.path, catalogue)? {
            Judged::Unreadable(problem) => problem,
            Judged::Missing => {
                return Ok(Opened { store, state: State::new(catalogue), notice: None });
            }
            Judged::Readable(state) => {
                store.base = state.clone();
                return Ok(Opened { store, state, notice: None });
            }
        };
        let aside = store.move_aside()?;
        let notice =
            crate::tr!("state-moved-aside", path = aside.display().to_string(), problem = problem);
        Ok(Opened { store, state: State::new(catalogue), notice: Some(notice) })
    }

    /// How long a save waits for another session's lock before it fails with `Locked` (the
    /// browser's saver waits briefly and retries in the background).
    pub fn set_patience(&mut self, patience: Duration) {
        self.patience = patience;
    }

    /// Let saves make the file's folder (only for the default place, the data directory).
    pub fn make_folder(&mut self) {
        self.makes_folder = true;
    }

    /// What the last save did that the user must be told, once.
    pub fn take_notice(&mut self) -> Option<String> {
        self.notice.take()
    }

    /// The exclusive lock every writer of the file takes, held while the handle lives; the
    /// folder is made first when it is not there yet.
    fn lock(&self) -> Result<File, StoreError> {
        let fail = |source| StoreError::Save { path: self.path.display().to_string(), source };
        let (dir, name) = self.dir_and_name();
        if self.makes_folder {
            fs::create_dir_all(dir).map_err(fail)?;
        } else if !dir.is_dir() {
            return Err(StoreError::NoFolder {
                path: self.path.display().to_string(),
                folder: dir.display().to_string(),
            });
        }
        let lock = file::open_lock(&dir.join(format!(".{name}.lock"))).map_err(fail)?;
        // Never blocked for ever by another holder (`flock .NAME.lock sleep 600`): tried
        // until the patience runs out, then `Locked`, which the caller may retry.
        let deadline = Instant::now() + self.patience;
        loop {
            match lock.try_lock() {
                Ok(()) => return Ok(lock),
                Err(std::fs::TryLockError::Error(error)) => return Err(fail(error)),
                Err(std::fs::TryLockError::WouldBlock) if Instant::now() >= deadline => {
                    return Err(StoreError::Locked { path: self.path.display().to_string() });
                }
                Err(std::fs::TryLockError::WouldBlock) => {
                    std::thread::sleep(Duration::from_millis(10));
                }
            }
        }
    }

    fn dir_and_name(&self) -> (&Path, String) {
        let dir =
            self.path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let name = self
            .path
            .file_name()
            .map_or_else(|| "state".into(), |n| n.to_string_lossy().into_owned());
        (dir, name)
    }

    fn move_aside(&self) -> Result<PathBuf, StoreError> {
        let stamp = jiff::Timestamp::now().strftime("%Y%m%dT%H%M%SZ").to_string();
        let name = self
            .path
            .file_name()
            .map_or_else(|| "state".into(), |n| n.to_string_lossy().into_owned());
        // Never over an earlier file moved aside in the same second: that would lose it.
        let aside = (1..)
            .map(|n| match n {
                1 => self.path.with_file_name(format!("{name}.corrupt-{stamp}")),
                n => self.path.with_file_name(format!("{name}.corrupt-{stamp}-{n}")),
            })
            .find(|candidate| !candidate.exists())
            .expect("an unbounded sequence of names has one that is free");
        fs::rename(&self.path, &aside)
            .map_err(|source| StoreError::Save { path: self.path.display().to_string(), source })?;
        Ok(aside)
    }

    /// Save this session's `state`, merged with whatever another session has written since this
    /// one last read or wrote the file, and return the merged state (which the session should
    /// then show). The write is atomic: a temporary file beside the real one, flushed to disk,
    /// renamed over it, and the directory flushed, so a crash at any moment leaves the old file
    /// or the new one, whole. On failure the temporary file is removed, the old file is
    /// untouched, and the next save tries again with the same changes.
    pub fn save(&mut self, state: &State) -> Result<State, StoreError> {
        if self.discards {
            return Ok(state.clone());
        }
        let fail = |source| StoreError::Save { path: self.path.display().to_string(), source };
        // Swapped for a directory, FIFO or device since it was opened: never renamed over.
        if let Some(kind) = file::not_regular(&self.path) {
            return Err(StoreError::NotRegular { path: self.path.display().to_string(), kind });
        }
        let _lock = self.lock()?;
        let (dir, name) = self.dir_and_name();
        let dir = dir.to_path_buf();
        remove_stale_temporaries(&dir, &name);
        // Re-read under the lock: another session's changes are merged in, and a file that
        // cannot be read (a hand edit with a typo, a newer showfloor) is moved aside as at
        // start, never written over.
        let merged = match judge(&self.path, &self.base.catalogue.clone())? {
            Judged::Readable(theirs) if theirs != self.base => merge(&self.base, state, &theirs),
            Judged::Readable(_) | Judged::Missing => state.clone(),
            Judged::Unreadable(problem) => {
                let aside = self.move_aside()?;
                self.notice = Some(crate::tr!(
                    "state-moved-aside-on-save",
                    path = aside.display().to_string(),
                    problem = problem
                ));
                state.clone()
            }
        };
        let text = toml::to_string(&merged).map_err(|e| fail(io::Error::other(e)))?;
        let temporary = dir.join(format!(".{name}.tmp-{}", std::process::id()));
        let written = (|| {
            let mut file = File::create(&temporary)?;
            crate::fault::injected_io_error("save")?;
            file.write_all(text.as_bytes())?;
            file.sync_all()?;
            fs::rename(&temporary, &self.path)?;
            // The rename is durable only once the directory is.
            File::open(dir)?.sync_all()
        })();
        if written.is_err() {
            let _ = fs::remove_file(&temporary);
        }
        written.map_err(fail)?;
        self.base = merged.clone();
        Ok(merged)
    }
}
