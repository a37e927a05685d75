//! Finding a catalogue's files on disk without ever blocking or spinning: every real folder and
//! file is visited once, by device and inode, however many links lead to it (a folder of links
//! to the next, 40 deep, is 40 folders, not 2^40 paths); link loops are reported; special
//! filesystems (/proc, /sys, /dev…) are not entered; FIFOs, devices and sockets are never
//! opened; and the walk stops, saying so, past a number of folders and files no catalogue has.

use std::collections::HashSet;
use std::fs;
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::{Path, PathBuf};

use super::diagnostic::{Diagnostic, Location, Severity};

/// More folders than any catalogue has (a million records are about a thousand files).
pub const MAX_FOLDERS: usize = 20_000;
/// More `.toml` files than any catalogue has.
pub const MAX_FILES: usize = 100_000;

fn diagnostic(severity: Severity, path: &Path, message: String) -> Diagnostic {
    Diagnostic {
        severity,
        location: Location { path: path.display().to_string(), line: 1, column: 1 },
        message,
    }
}

/// A folder or file as the kernel knows it, whichever path reached it.
type Identity = (u64, u64);

fn identity(meta: &fs::Metadata) -> Identity {
    (meta.dev(), meta.ino())
}

struct Walk {
    files: Vec<PathBuf>,
    diagnostics: Vec<Diagnostic>,
    /// Every folder and file seen, with the path it was first reached by.
    seen: HashSet<Identity>,
    first_path: std::collections::HashMap<Identity, PathBuf>,
    folders: usize,
    /// Set once a limit is hit: nothing more is read.
    stopped: bool,
    /// How many folders and files are read at most ([`MAX_FOLDERS`], [`MAX_FILES`]; smaller
    /// in tests).
    limits: (usize, usize),
}

/// The catalogue files below `root`, in sorted path order, with the problems met on the way.
pub fn list_files(root: &Path) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    list_files_within(root, (MAX_FOLDERS, MAX_FILES))
}

fn list_files_within(root: &Path, limits: (usize, usize)) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    let mut walk = Walk {
        limits,
        files: Vec::new(),
        diagnostics: Vec::new(),
        seen: HashSet::new(),
        first_path: std::collections::HashMap::new(),
        folders: 0,
        stopped: false,
    };
    match fs::metadata(root) {
        Err(_) if fs::symlink_metadata(root).is_err() => {
            walk.error(root, crate::tr!("catalog-no-such-catalogue").to_owned());
        }
        Err(error) => {
            walk.error(root, crate::tr!("catalog-cannot-read", error = error.to_string()))
        }
        Ok(meta) if meta.is_dir() => walk.folder(root, &meta, &mut Vec::new()),
        Ok(meta) if meta.is_file() => walk.files.push(root.to_path_buf()),
        // A FIFO or device given as the catalogue: reading it could block forever.
        Ok(_) => walk.error(root, crate::tr!("catalog-not-file-or-folder").to_owned()),
    }
    walk.files.sort();
    if walk.files.is_empty() && walk.diagnostics.is_empty() {
        walk.error(root, crate::tr!("catalog-no-toml-files").to_owned());
    }
    (walk.files, walk.diagnostics)
}

impl Walk {
    fn error(&mut self, path: &Path, message: String) {
        self.diagnostics.push(diagnostic(Severity::Error, path, message));
    }

    fn warning(&mut self, path: &Path, message: String) {
        self.diagnostics.push(diagnostic(Severity::Warning, path, message));
    }

    /// Whether `meta` is new; if not, say by which path it was reached first (`what` is
    /// `folder` or `file`).
    fn first_visit(&mut self, path: &Path, meta: &fs::Metadata, what: &str) -> bool {
        let id = identity(meta);
        if self.seen.insert(id) {
            self.first_path.insert(id, path.to_path_buf());
            return true;
        }
        let first = self.first_path.get(&id).map(|p| p.display().to_string()).unwrap_or_default();
        let message = match what {
            "folder" => crate::tr!("catalog-same-folder", first = first),
            _ => crate::tr!("catalog-same-file", first = first),
        };
        self.warning(path, message);
        false
    }

    /// Read one folder; `ancestors` are the folders above it, to tell a loop from a second way
    /// into a folder already read.
    fn folder(&mut self, path: &Path, meta: &fs::Metadata, ancestors: &mut Vec<Identity>) {
        let id = identity(meta);
        if ancestors.contains(&id) {
            let ancestor = self.first_path.get(&id).cloned().unwrap_or_else(|| path.to_path_buf());
            let message =
                crate::tr!("catalog-link-loop", ancestor = ancestor.display().to_string());
            self.error(path, message);
            return;
        }
        if !self.first_visit(path, meta, "folder") || self.stopped {
            return;
        }
        if is_special_filesystem(path) {
            self.warning(path, crate::tr!("catalog-system-filesystem").to_owned());
            return;
        }
        self.folders += 1;
        if self.folders > self.limits.0 {
            let message = crate::tr!("catalog-too-many-folders", limit = self.limits.0);
            self.stop(path, message);
            return;
        }
        let entries = match fs::read_dir(path) {
            Ok(entries) => entries,
            Err(error) => {
                let message = crate::tr!("catalog-cannot-read", error = error.to_string());
                return self.error(path, message);
            }
        };
        let mut names: Vec<PathBuf> = entries
            .flatten()
            .filter(|entry| !entry.file_name().to_string_lossy().starts_with('.'))
            .map(|entry| entry.path())
            .collect();
        names.sort();
        ancestors.push(id);
        for entry in names {
            if self.stopped {
                break;
            }
            self.entry(&entry, ancestors);
        }
        ancestors.pop();
    }

    fn entry(&mut self, path: &Path, ancestors: &mut Vec<Identity>) {
        let is_toml = path.extension().is_some_and(|ext| ext == "toml");
        let meta = match fs::metadata(path) {
            Ok(meta) => meta,
            // A dangling link or a file gone since the listing: worth a word only for a catalogue file.
            Err(error) => {
                if is_toml {
                    self.error(path, crate::tr!("catalog-cannot-read", error = error.to_string()));
                }
                return;
            }
        };
        if meta.is_dir() {
            self.folder(path, &meta, ancestors);
        } else if !is_toml {
        } else if meta.is_file() {
            if self.first_visit(path, &meta, "file") {
                if self.files.len() >= self.limits.1 {
                    let message = crate::tr!("catalog-too-many-files", limit = self.limits.1);
                    self.stop(path, message);
                    return;
                }
                self.files.push(path.to_path_buf());
            }
        } else {
            let kind = meta.file_type();
            let message = if kind.is_fifo() {
                crate::tr!("catalog-fifo-not-read")
            } else if kind.is_socket() {
                crate::tr!("catalog-socket-not-read")
            } else {
                crate::tr!("catalog-device-not-read")
            };
            self.warning(path, message.to_owned());
        }
    }

    /// Stop reading, saying why: `message` is the limit passed, and what to do.
    fn stop(&mut self, path: &Path, message: String) {
        self.stopped = true;
        self.error(path, message);
    }
}

/// Whether `path` is on a filesystem the kernel makes up (proc, sysfs, devtmpfs, devpts,
/// cgroups, debugfs, tracefs, securityfs, bpf, configfs, pstore, mqueue): no catalogue lives
/// there, and walking /sys alone takes longer than any catalogue load.
#[cfg(target_os = "linux")]
fn is_special_filesystem(path: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    const SPECIAL: &[i64] = &[
        0x9fa0,      // proc
        0x6265_6572, // sysfs
        0x1373,      // devtmpfs (devfs)
        0x1cd1,      // devpts
        0x0027_e0eb, // cgroup
        0x6367_7270, // cgroup2
        0x6462_6720, // debugfs
        0x7472_6163, // tracefs
        0x7363_6673, // securityfs
        0xcafe_4a11, // bpf
        0x6265_6570, // configfs
        0x6165_676c, // pstore
        0x1980_0202, // mqueue
    ];
    let Ok(c_path) = std::ffi::CString::new(path.as_os_str().as_bytes()) else { return false };
    // SAFETY: statfs writes only into the zeroed struct it is given, for a valid C string.
    let mut info: libc::statfs = unsafe { std::mem::zeroed() };
    if unsafe { libc::statfs(c_path.as_ptr(), &mut info) } != 0 {
        return false;
    }
    #[allow(clippy::useless_conversion, clippy::unnecessary_cast)]
    let kind = info.f_type as i64;
    SPECIAL.contains(&kind)
}

#[cfg(not(target_os = "linux"))]
fn is_special_filesystem(_path: &Path) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::fs::symlink;

    use super::*;

    fn toml(dir: &Path, name: &str) {
        fs::write(dir.join(name), "[[company]]\nid = \"a\"\nname = \"A\"\n").expect("write");
    }

    fn messages(diagnostics: &[Diagnostic]) -> Vec<String> {
        diagnostics.iter().map(|d| d.message.clone()).collect()
    }

    #[test]
    fn a_dag_of_links_is_walked_once_per_real_folder() {
        // 40 folders, each with two links to the next: 2^39 paths, 40 real folders.
        let root = tempfile::tempdir().expect("temp");
        let dirs: Vec<PathBuf> = (0..40).map(|i| root.path().join(format!("d{i:02}"))).collect();
        for dir in &dirs {
            fs::create_dir(dir).expect("mkdir");
        }
        for pair in dirs.windows(2) {
            symlink(&pair[1], pair[0].join("a")).expect("link a");
            symlink(&pair[1], pair[0].join("b")).expect("link b");
        }
        toml(&dirs[39], "last.toml");
        let (files, diagnostics) = list_files(&dirs[0]);
        assert_eq!(files.len(), 1, "one real file, read once: {files:?}");
        assert!(diagnostics.len() < 100, "{} diagnostics", diagnostics.len());
        assert!(messages(&diagnostics).iter().all(|m| m.contains("reached by another link")));
    }

    #[test]
    fn past_the_limits_the_walk_stops_and_says_so_once() {
        let root = tempfile::tempdir().expect("temp dir");
        for n in 0..12 {
            let dir = root.path().join(format!("d{n:02}"));
            fs::create_dir(&dir).expect("mkdir");
            toml(&dir, "a.toml");
        }
        let (files, diagnostics) = list_files_within(root.path(), (5, 100));
        assert!(files.len() <= 5, "{} files", files.len());
        let said = messages(&diagnostics);
        assert_eq!(said.len(), 1, "{said:?}");
        assert!(said[0].contains("more than 5 folders"), "{said:?}");
        let (files, diagnostics) = list_files_within(root.path(), (100, 3));
        assert_eq!(files.len(), 3);
        assert!(messages(&diagnostics)[0].contains("more than 3 catalogue files"));
    }

    #[test]
    fn a_link_loop_is_reported_not_followed() {
        let root = tempfile::tempdir().expect("temp");
        toml(root.path(), "a.toml");
        symlink(root.path(), root.path().join("again")).expect("link");
        let (files, diagnostics) = list_files(root.path());
        assert_eq!(files.len(), 1);
        assert!(messages(&diagnostics).iter().any(|m| m.starts_with("symbolic link loop")));
    }

    #[test]
    fn a_fifo_named_like_a_catalogue_file_is_never_opened() {
        let root = tempfile::tempdir().expect("temp");
        toml(root.path(), "a.toml");
        let fifo = root.path().join("b.toml");
        let c_path = CString::new(fifo.as_os_str().as_bytes()).expect("path");
        // SAFETY: a valid C string and mode; the call only creates a node.
        assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0);
        let (files, diagnostics) = list_files(root.path());
        assert_eq!(files, vec![root.path().join("a.toml")]);
        assert_eq!(messages(&diagnostics), vec!["a FIFO, not a regular file: not read"]);
        assert!(diagnostics.iter().all(|d| !d.is_error()), "a warning: the rest is read");
        // And a file swapped for a FIFO after the listing is refused, not waited on.
        let error = super::super::source::read_file(&fifo).expect_err("refused");
        assert!(
            matches!(&error, super::super::source::SourceError::NotRegular { path } if *path == fifo),
            "{error:?}"
        );
        assert!(error.to_string().contains("not a regular file"), "{error}");
    }

    #[test]
    fn system_filesystems_are_not_entered() {
        for path in ["/proc", "/sys"] {
            if Path::new(path).exists() {
                assert!(is_special_filesystem(Path::new(path)), "{path}");
            }
        }
        assert!(!is_special_filesystem(&std::env::temp_dir()));
    }
}
