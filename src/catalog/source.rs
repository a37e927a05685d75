//! Where catalogue files come from: a directory on disk, or the copy embedded at build time.

use std::borrow::Cow;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use super::diagnostic::{Diagnostic, Location, Severity};

/// The largest catalogue file read, in bytes. Anything larger is refused with an error rather
/// than read into memory: a catalogue of 100 000 records is about 30 MB spread over many files.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// One catalogue file, as bytes: UTF-8 is checked by the loader so bad bytes get a diagnostic.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// The path as it is shown in diagnostics: as given on the command line, or `data/...` for
    /// the embedded catalogue.
    pub path: String,
    pub bytes: Cow<'static, [u8]>,
}

impl SourceFile {
    /// A file of `text` shown as `path`: catalogues written in code (tests, fuzzing, examples).
    pub fn from_text(path: &str, text: &str) -> SourceFile {
        SourceFile { path: path.to_owned(), bytes: Cow::Owned(text.as_bytes().to_vec()) }
    }
}

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// The catalogue built into the binary (BAMEX 2025).
pub fn embedded() -> Vec<SourceFile> {
    embedded::FILES
        .iter()
        .map(|&(path, bytes)| SourceFile { path: path.to_owned(), bytes: Cow::Borrowed(bytes) })
        .collect()
}

/// Why a catalogue file could not be read. Each keeps the file's path; the message (its
/// `Display`, in the reader's language) does not repeat it, since a diagnostic shows the path
/// before it.
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    /// Opening or reading failed.
    #[error("{}", crate::tr!("catalog-cannot-read", error = source.to_string()))]
    Read { path: PathBuf, source: io::Error },
    /// The path no longer names a regular file (a FIFO or device swapped in since listing).
    #[error("{}", crate::tr!("catalog-file-changed"))]
    NotRegular { path: PathBuf },
    /// The file is over [`MAX_FILE_BYTES`].
    #[error("{}", crate::tr!("catalog-file-too-large", mib = limit / (1024 * 1024)))]
    TooLarge { path: PathBuf, limit: u64 },
}

impl SourceError {
    /// The file that could not be read.
    pub fn path(&self) -> &Path {
        match self {
            SourceError::Read { path, .. }
            | SourceError::NotRegular { path }
            | SourceError::TooLarge { path, .. } => path,
        }
    }

    /// The error as a diagnostic at the start of `shown`, the path as diagnostics show it.
    pub fn diagnostic(&self, shown: &str) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            location: Location { path: shown.to_owned(), line: 1, column: 1 },
            message: self.to_string(),
        }
    }
}

/// Read a catalogue: every `*.toml` file below `root`, recursively, in sorted path order,
/// skipping names that start with `.`. `root` may also be a single `.toml` file. Problems
/// (unreadable files, link loops, oversized files) come back as diagnostics; the rest is read.
pub fn read_dir(root: &Path) -> (Vec<SourceFile>, Vec<Diagnostic>) {
    let (paths, mut diagnostics) = list_files(root);
    let mut files = Vec::with_capacity(paths.len());
    for path in paths {
        match read_file(&path) {
            Ok(bytes) => files
                .push(SourceFile { path: path.display().to_string(), bytes: Cow::Owned(bytes) }),
            Err(error) => diagnostics.push(error.diagnostic(&path.display().to_string())),
        }
    }
    (files, diagnostics)
}

/// The catalogue files below `root`, in sorted path order, without reading them
/// (`walk::list_files`: each real folder and file once, special files never opened).
pub fn list_files(root: &Path) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    super::walk::list_files(root)
}

/// A file's bytes, refused past [`MAX_FILE_BYTES`].
/// Opened without blocking and checked on the opened handle, so a FIFO or device swapped in
/// after the listing is refused rather than waited on or read without end.
pub fn read_file(path: &Path) -> Result<Vec<u8>, SourceError> {
    use std::os::unix::fs::OpenOptionsExt;
    let cannot_read = |source| SourceError::Read { path: path.to_owned(), source };
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
        .map_err(cannot_read)?;
    let meta = file.metadata().map_err(cannot_read)?;
    if !meta.is_file() {
        return Err(SourceError::NotRegular { path: path.to_owned() });
    }
    // Reserve the size the file says it has, so reading does not grow the buffer by doubling.
    let expected = meta.len().min(MAX_FILE_BYTES + 1);
    let mut bytes = Vec::with_capacity(usize::try_from(expected).unwrap_or(0) + 1);
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(cannot_read)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(SourceError::TooLarge { path: path.to_owned(), limit: MAX_FILE_BYTES });
    }
    Ok(bytes)
}
