//! The state file on disk: opened, judged, moved aside when it cannot be read, and saved
//! atomically under a lock, merged with what another session wrote.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

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

    /// The folder beside the state file, where the browser writes exports; none for the null
    /// device (its folder is the system's /dev).
    pub fn folder(&self) -> Option<&Path> {
        if self.discards { None } else { self.path.parent() }
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
            let notice = format!(
                "--state {}: marks and notes are kept for this session only, not saved",
                path.display()
            );
            let store = Store { path, base: State::new(catalogue), discards: true };
            return Ok(Opened { store, state: State::new(catalogue), notice: Some(notice) });
        }
        let path = file::real_path(path);
        let mut store = Store { path, base: State::new(catalogue), discards: false };
        let shown = store.path.display().to_string();
        let found = file::read(&store.path)
            .map_err(|source| StoreError::Read { path: shown.clone(), source })?;
        let problem = match found {
            file::Found::Missing => {
                return Ok(Opened { store, state: State::new(catalogue), notice: None });
            }
            file::Found::NotRegular(kind) => {
                return Err(StoreError::NotRegular { path: shown, kind });
            }
            // Judged by its size alone: reading it is what the limit prevents.
            file::Found::TooLarge => {
                format!("it is larger than {} MiB", MAX_STATE_BYTES / (1024 * 1024))
            }
            file::Found::Text(text) => match toml::from_str::<State>(&text) {
                Ok(state) if state.version <= VERSION => {
                    store.base = state.clone();
                    return Ok(Opened { store, state, notice: None });
                }
                Ok(state) => {
                    format!("it was written by a newer showfloor (state version {})", state.version)
                }
                Err(error) => format!("it could not be read ({})", error.message()),
            },
        };
        let aside = store.move_aside()?;
        let notice = format!(
            "Your saved marks and notes file was moved to {} because {problem}; starting afresh.",
            aside.display()
        );
        Ok(Opened { store, state: State::new(catalogue), notice: Some(notice) })
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
        let dir =
            self.path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
        fs::create_dir_all(dir).map_err(fail)?;
        let name = self
            .path
            .file_name()
            .map_or_else(|| "state".into(), |n| n.to_string_lossy().into_owned());
        // Held until this function returns (the lock goes with the file handle).
        let lock = file::open_lock(&dir.join(format!(".{name}.lock"))).map_err(fail)?;
        lock.lock().map_err(fail)?;

        let merged = match self.read_current() {
            Some(theirs) if theirs != self.base => merge(&self.base, state, &theirs),
            _ => state.clone(),
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

    /// The file as it is now, if it holds a state this version can read. A file that has become
    /// unreadable since it was opened is not merged with; the save replaces it.
    fn read_current(&self) -> Option<State> {
        let file::Found::Text(text) = file::read(&self.path).ok()? else { return None };
        toml::from_str::<State>(&text).ok().filter(|state| state.version <= VERSION)
    }
}
