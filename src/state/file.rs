//! What stands at the state file's path, read without ever harming or waiting on it. A state
//! file is only ever a regular file, or a symlink to one (whose target then gets the changes).
//! Anything else (a directory, a FIFO, a device, a socket) is refused: never read, never
//! renamed, never written. The null device is the one exception: `--state /dev/null` is how
//! people say "save nothing", so it means exactly that.

use std::fs::{self, File, Metadata, OpenOptions};
use std::io::{self, Read};
use std::os::unix::fs::{FileTypeExt, MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use super::MAX_STATE_BYTES;

/// What reading the path found.
#[derive(Debug)]
pub(super) enum Found {
    Missing,
    /// The file's text; empty when it is not UTF-8 (the parser then says it cannot read it).
    Text(String),
    TooLarge,
    /// Something that is not a regular file, named for people ("a FIFO").
    NotRegular(&'static str),
}

/// The null device's numbers (Linux: major 1, minor 3), how it is recognised wherever its node
/// stands, so tests can make one in a temporary directory rather than touch the system's.
const NULL_DEVICE: (u32, u32) = (1, 3);

/// Whether `path` is the null device (following symlinks).
pub(super) fn is_null_device(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|meta| {
        meta.file_type().is_char_device()
            && (libc::major(meta.rdev()), libc::minor(meta.rdev())) == NULL_DEVICE
    })
}

/// The path the changes go to: a symlink's target (so the link stays a link), else the path.
pub(super) fn real_path(path: PathBuf) -> PathBuf {
    let is_link = fs::symlink_metadata(&path).is_ok_and(|meta| meta.file_type().is_symlink());
    if !is_link {
        return path;
    }
    if let Ok(target) = fs::canonicalize(&path) {
        return target;
    }
    // A dangling link: its target, relative to the link's folder, is where the file will be.
    match fs::read_link(&path) {
        Ok(target) if target.is_absolute() => target,
        Ok(target) => path.parent().map_or(target.clone(), |dir| dir.join(&target)),
        Err(_) => path,
    }
}

/// What kind of thing `meta` is, for "… is a FIFO, not a regular file".
pub(crate) fn kind_of(meta: &Metadata) -> &'static str {
    let kind = meta.file_type();
    if kind.is_dir() {
        crate::tr!("file-kind-directory")
    } else if kind.is_fifo() {
        crate::tr!("file-kind-fifo")
    } else if kind.is_char_device() {
        crate::tr!("file-kind-char-device")
    } else if kind.is_block_device() {
        crate::tr!("file-kind-block-device")
    } else if kind.is_socket() {
        crate::tr!("file-kind-socket")
    } else {
        crate::tr!("file-kind-other")
    }
}

/// Whether something other than a regular file stands at `path` now (not following a final
/// symlink: the path given to the store is already the link's target).
pub(super) fn not_regular(path: &Path) -> Option<&'static str> {
    match fs::symlink_metadata(path) {
        Ok(meta) if !meta.is_file() => Some(kind_of(&meta)),
        _ => None,
    }
}

/// Read the state file at `path`: opened without blocking (a FIFO swapped in would otherwise
/// wait for a writer for ever), its type checked on the opened handle (so a swap between a
/// check and the open changes nothing), and never more than the size limit read.
pub(super) fn read(path: &Path) -> io::Result<Found> {
    let file = match OpenOptions::new().read(true).custom_flags(libc::O_NONBLOCK).open(path) {
        Ok(file) => file,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(Found::Missing),
        Err(error) => return Err(error),
    };
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Ok(Found::NotRegular(kind_of(&meta)));
    }
    if meta.len() > MAX_STATE_BYTES {
        return Ok(Found::TooLarge);
    }
    let mut bytes = Vec::new();
    // The size can grow between the check and the read: the limit holds on the read itself.
    Read::take(&file, MAX_STATE_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_STATE_BYTES {
        return Ok(Found::TooLarge);
    }
    Ok(Found::Text(String::from_utf8(bytes).unwrap_or_default()))
}

/// Open (creating) the lock file beside the state without following a symlink or blocking on a
/// FIFO planted there.
pub(super) fn open_lock(path: &Path) -> io::Result<File> {
    let file = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOFOLLOW)
        .open(path)?;
    if file.metadata()?.is_file() {
        Ok(file)
    } else {
        Err(io::Error::other(crate::tr!(
            "file-path-not-regular",
            path = path.display().to_string()
        )))
    }
}
