//! The user's own state for a catalogue: marked records and notes. It outlives every session,
//! so it is treated as precious: saved on every change, written atomically (a temporary file in
//! the same directory, fsync, rename, fsync of the directory), and a file that cannot be read is
//! moved aside, never overwritten.
//!
//! One file per catalogue, keyed by its event's id, in the platform's data directory
//! (`~/.local/share/showfloor/bamex-2025.toml` on Linux), or wherever `--state FILE` says.
//! Records are referred to by id, so state about a record that a later edition of the catalogue
//! no longer has is kept, not dropped.
//!
//! Two sessions may share a file (two terminals at a stand). Each save takes an exclusive lock
//! on `.NAME.lock` beside it, re-reads the file, and merges: this session's changes since its
//! last read or write are applied on top of what the other wrote, so neither session's marks
//! are lost. Only when both changed the same note does the later save win.

use std::collections::BTreeMap;
use std::io;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The version of the state file's format this build writes and reads.
pub const VERSION: u32 = 1;

/// A state file larger than this is not read (a real one, with a note on every record of a
/// large catalogue, is a few megabytes): it is moved aside like a corrupt one.
pub const MAX_STATE_BYTES: u64 = 16 * 1024 * 1024;

/// A note on a record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub text: String,
    /// When it was last edited (RFC 3339, UTC).
    pub edited: String,
}

/// A note's edit time (RFC 3339, as it is kept) for people in a file that travels, where the
/// reader's zone is not known: "2026-12-04 19:49 UTC", to the minute. A time that does not
/// read as one is given as it is.
pub fn edited_for_people(edited: &str) -> String {
    match edited.parse::<jiff::Timestamp>() {
        Ok(at) => at.strftime("%Y-%m-%d %H:%M UTC").to_string(),
        Err(_) => edited.to_owned(),
    }
}

/// Everything saved about one catalogue.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct State {
    pub version: u32,
    /// The catalogue it belongs to (its event's id), for a person reading the file.
    #[serde(default)]
    pub catalogue: String,
    /// Marked records, by id, kept sorted.
    #[serde(default)]
    pub marks: Vec<String>,
    /// Notes by record id.
    #[serde(default)]
    pub notes: BTreeMap<String, Note>,
}

impl State {
    pub fn new(catalogue: &str) -> State {
        State { version: VERSION, catalogue: catalogue.to_owned(), ..State::default() }
    }

    /// As read from a file a person may have edited or a merge may have written: marks sorted
    /// and each once (the lookups below rely on it), and the catalogue named.
    pub fn normalised(mut self, catalogue: &str) -> State {
        self.marks.sort_unstable();
        self.marks.dedup();
        if self.catalogue.is_empty() {
            catalogue.clone_into(&mut self.catalogue);
        }
        self
    }

    pub fn is_marked(&self, id: &str) -> bool {
        self.marks.binary_search_by(|mark| mark.as_str().cmp(id)).is_ok()
    }

    /// Mark `id` if it is not marked, unmark it if it is; true when it is now marked.
    pub fn toggle_mark(&mut self, id: &str) -> bool {
        match self.marks.binary_search_by(|mark| mark.as_str().cmp(id)) {
            Ok(at) => {
                self.marks.remove(at);
                false
            }
            Err(at) => {
                self.marks.insert(at, id.to_owned());
                true
            }
        }
    }

    pub fn note(&self, id: &str) -> Option<&Note> {
        self.notes.get(id)
    }

    /// Set the note on `id`, edited at `now`; an empty (or blank) note is deleted. The same
    /// text again keeps its time: opening a note and closing it is not an edit.
    pub fn set_note(&mut self, id: &str, text: &str, now: &str) {
        if text.trim().is_empty() {
            self.notes.remove(id);
        } else if self.notes.get(id).is_some_and(|note| note.text == text) {
            // Unchanged: the time it was written stays.
        } else {
            self.notes
                .insert(id.to_owned(), Note { text: text.to_owned(), edited: now.to_owned() });
        }
    }
}

/// What can go wrong with the state file, said in the language in effect (`state-…`).
#[derive(Debug, Error)]
pub enum StoreError {
    Save {
        path: String,
        source: io::Error,
    },
    Read {
        path: String,
        source: io::Error,
    },
    /// `kind` is what stands there, in the language in effect ("a FIFO").
    NotRegular {
        path: String,
        kind: &'static str,
    },
    Locked {
        path: String,
    },
    NoFolder {
        path: String,
        folder: String,
    },
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            StoreError::Save { path, source } => {
                crate::tr!("state-cannot-save", path = path, reason = source.to_string())
            }
            StoreError::Read { path, source } => {
                crate::tr!("state-cannot-read", path = path, reason = source.to_string())
            }
            StoreError::NotRegular { path, kind } => {
                crate::tr!("state-not-regular", path = path, what = *kind)
            }
            StoreError::Locked { path } => crate::tr!("state-locked", path = path),
            StoreError::NoFolder { path, folder } => {
                crate::tr!("state-no-folder", path = path, folder = folder)
            }
        };
        f.write_str(&text)
    }
}

/// Apply the changes from `base` to `mine` on top of `theirs`: marks added or removed here, notes
/// written or deleted here; everything else as `theirs` has it.
pub fn merge(base: &State, mine: &State, theirs: &State) -> State {
    let mut merged = theirs.clone();
    for id in &mine.marks {
        if !base.is_marked(id) && !merged.is_marked(id) {
            merged.toggle_mark(id);
        }
    }
    for id in &base.marks {
        if !mine.is_marked(id) && merged.is_marked(id) {
            merged.toggle_mark(id);
        }
    }
    let touched: std::collections::BTreeSet<&String> =
        base.notes.keys().chain(mine.notes.keys()).collect();
    for id in touched {
        match (base.notes.get(id), mine.notes.get(id)) {
            (before, after) if before == after => {}
            (_, Some(note)) => {
                merged.notes.insert(id.clone(), note.clone());
            }
            (_, None) => {
                merged.notes.remove(id);
            }
        }
    }
    merged.version = VERSION;
    merged
}

/// The key a catalogue's state is filed under: its (first) event's id, or for a catalogue
/// without an event, its folder's name and a digest of its folders' full paths
/// ("my-show-1a2b3c4d").
pub fn catalogue_key(catalog: &crate::catalog::Catalog) -> String {
    if let Some(&event) = catalog.events().first() {
        return catalog.get(event).id().to_owned();
    }
    // No event to name it: the catalogue's folder, and a digest of where its files are, so two
    // unrelated catalogues never share a state file and one keeps its file while it stays put.
    let folders: std::collections::BTreeSet<PathBuf> = catalog
        .files()
        .iter()
        .filter_map(|file| std::path::Path::new(file).parent())
        .filter_map(|folder| {
            let folder =
                if folder.as_os_str().is_empty() { std::path::Path::new(".") } else { folder };
            std::fs::canonicalize(folder).ok()
        })
        .collect();
    let Some(first) = folders.first() else { return "catalogue".to_owned() };
    let name =
        first.file_name().map(|n| crate::text::slug(&n.to_string_lossy())).unwrap_or_default();
    let joined: Vec<String> = folders.iter().map(|f| f.to_string_lossy().into_owned()).collect();
    let digest = fnv1a(joined.join("\n").as_bytes());
    let name = if name.is_empty() { "catalogue".to_owned() } else { name };
    format!("{name}-{digest:08x}")
}

/// FNV-1a, 32 bits: a digest that is the same in every build (std's hasher is not promised to
/// be), for naming state files.
fn fnv1a(bytes: &[u8]) -> u32 {
    bytes
        .iter()
        .fold(0x811c_9dc5, |hash: u32, &byte| (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193))
}

/// The default place for a catalogue's state: the platform's data directory.
pub fn default_path(catalogue: &str) -> Option<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "showfloor")?;
    Some(dirs.data_dir().join(format!("{}.toml", crate::text::slug(catalogue))))
}

mod store;
pub use store::{CLI_PATIENCE, Opened, Store};

mod saver;
pub use saver::{KeepBesideError, SaveOutcome, SaveReport, Saver, keep_beside};

mod file;
pub(crate) use file::kind_of as file_kind;

#[cfg(test)]
mod tests;
