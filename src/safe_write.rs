//! The one way showfloor writes a file the user asked for, and the copies it keeps of marks
//! and notes the state file could not take: whole or not at all (a temporary beside it,
//! synced, then moved into place), and, for exports made on a key press and those copies,
//! never over a file that is already there.
//!
//! The temporary and the no-clobber move come from `tempfile` (`persist_noclobber` is a hard
//! link or `renameat2(RENAME_NOREPLACE)`, so two sessions exporting at once cannot both take
//! one name). The state file keeps its own writer in `state::store`, which holds a lock and
//! tidies temporaries left by crashed sessions.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// A write that failed, naming the file and what was being done to it.
#[derive(Debug, thiserror::Error)]
pub struct WriteError {
    /// The message saying what was being done: `doing-write`, `doing-create-in`…
    pub doing: &'static str,
    pub path: PathBuf,
    #[source]
    pub source: io::Error,
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::tr!(
            "error-cannot-path",
            doing = crate::i18n::t(self.doing),
            path = self.path.display().to_string(),
            reason = self.source.to_string()
        ))
    }
}

impl WriteError {
    fn new(doing: &'static str, path: &Path) -> impl FnOnce(io::Error) -> Self {
        let path = path.to_path_buf();
        move |source| Self { doing, path, source }
    }
}

/// The system's reason under tempfile's wrapping, which appends the temporary's name (a path
/// the user never chose, gone by the time they read it): "No such file or directory".
fn plain(error: io::Error) -> io::Error {
    let text = error.to_string();
    let reason = text.split(" at path \"").next().unwrap_or(&text);
    let reason = match reason.rfind(" (os error ") {
        Some(at) if reason.ends_with(')') => &reason[..at],
        _ => reason,
    };
    io::Error::new(error.kind(), reason.to_owned())
}

/// The folder a file goes in: its parent, or the current directory for a bare name.
fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// A synced temporary in `dir` holding `bytes`, readable as a file the user made would be
/// (the temporary starts private; an export is for sharing), or with `mode` when it replaces
/// a file whose permissions it keeps.
fn temporary(
    dir: &Path,
    bytes: &[u8],
    target: &Path,
    mode: u32,
) -> Result<tempfile::NamedTempFile, WriteError> {
    use std::os::unix::fs::PermissionsExt as _;
    let mut file = tempfile::Builder::new()
        .prefix(".showfloor-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|error| WriteError::new("doing-create-in", dir)(plain(error)))?;
    file.as_file()
        .set_permissions(std::fs::Permissions::from_mode(mode))
        .map_err(WriteError::new("doing-write", target))?;
    file.write_all(bytes)
        .and_then(|()| file.as_file().sync_all())
        .map_err(WriteError::new("doing-write", target))?;
    Ok(file)
}

/// Permissions of a new file: what most umasks give (`rw-r--r--`).
const NEW_FILE_MODE: u32 = 0o644;

/// Replace `path` with `bytes` in one step: a reader sees the old file or the new one, never
/// a part. A symlink is followed (its target gets the text, the link stays), the file keeps
/// its permissions, and anything that is not a regular file (a device, a FIFO, a folder) is
/// refused, never renamed over: `--out /dev/stdout` must not replace a node in /dev.
pub fn replace(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    use std::os::unix::fs::PermissionsExt as _;
    let (target, mode) = match std::fs::metadata(path) {
        Ok(meta) if !meta.is_file() => {
            let what = crate::state::file_kind(&meta);
            let refused = io::Error::other(crate::tr!("file-is-not-regular", what = what));
            return Err(WriteError::new("doing-write", path)(refused));
        }
        Ok(meta) => {
            let target =
                std::fs::canonicalize(path).map_err(WriteError::new("doing-write", path))?;
            (target, meta.permissions().mode() & 0o7777)
        }
        Err(error) if error.kind() == io::ErrorKind::NotFound => {
            (path.to_path_buf(), NEW_FILE_MODE)
        }
        Err(error) => return Err(WriteError::new("doing-write", path)(error)),
    };
    let file = temporary(folder_of(&target), bytes, path, mode)?;
    file.persist(&target).map_err(|e| WriteError::new("doing-write", path)(e.error))?;
    Ok(())
}

/// Write `bytes` as the new file `path`, whole or not at all, and never over anything already
/// there (a file, a link, a device): for copies that must not replace what they sit beside.
pub fn create_new(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let file = temporary(folder_of(path), bytes, path, NEW_FILE_MODE)?;
    file.persist_noclobber(path).map_err(|e| WriteError::new("doing-write", path)(e.error))?;
    Ok(())
}

/// Make the folder `dir` if it is missing, but not the folders above it: a mistyped path gets
/// an error, not a tree of new folders.
pub fn make_folder(dir: &Path) -> Result<(), WriteError> {
    match std::fs::create_dir(dir) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == io::ErrorKind::AlreadyExists && dir.is_dir() => Ok(()),
        Err(error) => Err(WriteError::new("doing-create-folder", dir)(error)),
    }
}

/// Write each `(extension, bytes)` as `dir/STEM.EXT`, all under one name: the first of
/// `STEM`, `STEM-2`, `STEM-3`… that none of the files has yet, so an earlier export is kept.
/// The folder is made if need be (only it). Returns the paths written, in order.
pub fn new_set(
    dir: &Path,
    stem: &str,
    files: &[(&str, &[u8])],
) -> Result<Vec<PathBuf>, WriteError> {
    make_folder(dir)?;
    let name = |number: u32, extension: &str| match number {
        1 => dir.join(format!("{stem}.{extension}")),
        n => dir.join(format!("{stem}-{n}.{extension}")),
    };
    let mut number = 1;
    'numbers: loop {
        while files.iter().any(|(extension, _)| name(number, extension).symlink_metadata().is_ok())
        {
            number += 1;
        }
        let mut written = Vec::new();
        for (extension, bytes) in files {
            let path = name(number, extension);
            let file = temporary(dir, bytes, &path, NEW_FILE_MODE)?;
            match file.persist_noclobber(&path) {
                Ok(_) => written.push(path),
                // Another session took the name since it was looked at: take the next one for
                // the whole set, and leave nothing half made under this one.
                Err(e) if e.error.kind() == io::ErrorKind::AlreadyExists => {
                    for path in &written {
                        let _ = std::fs::remove_file(path);
                    }
                    number += 1;
                    continue 'numbers;
                }
                Err(e) => return Err(WriteError::new("doing-write", &path)(e.error)),
            }
        }
        return Ok(written);
    }
}

/// `path` made absolute against the current directory, for messages that say where a file
/// went ("./x.md" says little once the user has moved on).
pub fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::FileTypeExt as _;

    #[test]
    fn a_set_never_replaces_an_earlier_export_and_shares_one_number() {
        let dir = tempfile::tempdir().expect("temp dir");
        let set: [(&str, &[u8]); 2] = [("md", b"one"), ("ics", b"two")];
        let first = new_set(dir.path(), "show-plan", &set).expect("written");
        assert_eq!(first, vec![dir.path().join("show-plan.md"), dir.path().join("show-plan.ics")]);
        // Someone else's file with the second name of the set: the set moves on whole.
        std::fs::write(dir.path().join("show-plan-2.ics"), "theirs").expect("write");
        let next: [(&str, &[u8]); 2] = [("md", b"three"), ("ics", b"four")];
        let later = new_set(dir.path(), "show-plan", &next).expect("written");
        assert_eq!(later[0], dir.path().join("show-plan-3.md"));
        assert_eq!(std::fs::read_to_string(&first[0]).expect("kept"), "one");
        assert_eq!(
            std::fs::read_to_string(dir.path().join("show-plan-2.ics")).expect("kept"),
            "theirs"
        );
        assert!(!dir.path().join("show-plan-2.md").exists(), "nothing left half made");
        let left: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(left.is_empty(), "no temporaries left: {left:?}");
    }

    #[test]
    fn a_new_file_is_written_whole_and_never_over_anything_there() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("state.toml.unsaved-1");
        create_new(&path, b"marks").expect("written");
        assert_eq!(std::fs::read(&path).expect("read"), b"marks");
        let again = create_new(&path, b"other").expect_err("the name is taken");
        assert!(again.to_string().starts_with("cannot write "), "{again}");
        assert_eq!(std::fs::read(&path).expect("read"), b"marks", "the first is kept");
        // A link where the copy would go is not followed or replaced.
        let target = dir.path().join("target");
        std::fs::write(&target, "theirs").expect("write");
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&target, &link).expect("link");
        create_new(&link, b"mine").expect_err("a link is there");
        assert_eq!(std::fs::read_to_string(&target).expect("read"), "theirs");
    }

    #[test]
    fn a_failed_write_names_the_file_and_what_was_done() {
        let error = new_set(Path::new("/proc/version/nope"), "x", &[("md", b"")]).expect_err("no");
        let text = error.to_string();
        assert!(text.starts_with("cannot create the folder /proc/version/nope: "), "{text}");
        let dir = tempfile::tempdir().expect("temp dir");
        let deep = dir.path().join("typo").join("exports");
        let error = new_set(&deep, "x", &[("md", b"")]).expect_err("no tree of folders");
        assert!(error.to_string().contains("No such file or directory"), "{error}");
        assert!(!dir.path().join("typo").exists(), "nothing made above the folder");
        new_set(&dir.path().join("exports"), "x", &[("md", b"")]).expect("one folder is made");
        let error = replace(Path::new("/nonexistent-folder/x.csv"), b"").expect_err("no");
        assert!(
            error.to_string().starts_with("cannot create a file in /nonexistent-folder: "),
            "{error}"
        );
    }

    #[test]
    fn replace_follows_a_link_keeps_permissions_and_refuses_what_is_not_a_file() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().expect("temp dir");
        let real = dir.path().join("real.csv");
        std::fs::write(&real, "old").expect("write");
        std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o600)).expect("chmod");
        let link = dir.path().join("link.csv");
        std::os::unix::fs::symlink(&real, &link).expect("symlink");
        replace(&link, b"new").expect("replaced");
        assert!(std::fs::symlink_metadata(&link).expect("link").file_type().is_symlink());
        assert_eq!(std::fs::read_to_string(&real).expect("read"), "new");
        let mode = std::fs::metadata(&real).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "the file keeps its permissions");
        let error = replace(Path::new("/dev/null"), b"x").expect_err("a device");
        assert!(error.to_string().contains("not a regular file"), "{error}");
        assert!(std::fs::metadata("/dev/null").expect("still").file_type().is_char_device());
        let error = replace(dir.path(), b"x").expect_err("a folder");
        assert!(error.to_string().contains("a directory, not a regular file"), "{error}");
    }

    #[test]
    fn replace_writes_the_whole_file_in_one_step() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("list.csv");
        std::fs::write(&path, "old").expect("write");
        replace(&path, b"new").expect("replaced");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "new");
    }
}
