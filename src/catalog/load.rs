//! Loading: files in memory or on disk, parsed on every core and resolved into one
//! [`Catalog`], with every problem found on the way and progress for a display on another thread.

use std::borrow::Cow;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::source::{self, SourceError, SourceFile, embedded};
use super::{Catalog, Diagnostic, parse, resolve};

/// The result of loading: a catalogue of everything that could be read, and every problem found.
#[derive(Debug)]
pub struct Loaded {
    pub catalog: Catalog,
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    pub fn error_count(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    pub fn warning_count(&self) -> usize {
        self.diagnostics.len() - self.error_count()
    }
}

/// Load catalogue files that are already in memory.
///
/// Files are parsed in parallel, one worker per core taking the next file from a shared
/// counter (parsing TOML is most of the work of loading); the results are put back in file order
/// so diagnostics and first-definition-wins do not depend on timing.
pub fn load(sources: &[SourceFile]) -> Loaded {
    load_observed(sources, &Progress::default())
}

/// What loading has done so far, updated as it goes, for a progress display on another thread.
#[derive(Debug, Default)]
pub struct Progress {
    /// Catalogue files found (known once the directories have been walked).
    pub files_total: AtomicUsize,
    pub files_read: AtomicUsize,
    pub files_parsed: AtomicUsize,
    /// Records parsed so far.
    pub records: AtomicUsize,
}

impl Progress {
    pub fn get(counter: &AtomicUsize) -> usize {
        counter.load(Ordering::Relaxed)
    }

    fn add(counter: &AtomicUsize, n: usize) {
        counter.fetch_add(n, Ordering::Relaxed);
    }
}

/// [`load`], reporting progress as files are parsed.
pub fn load_observed(sources: &[SourceFile], progress: &Progress) -> Loaded {
    let paths = sources.iter().map(|source| source.path.clone()).collect();
    load_files(paths, |index| Ok(Cow::Borrowed(&*sources[index].bytes)), progress)
}

/// Parse files on every core, one worker per core taking the next file from a shared counter
/// (parsing TOML is most of the work of loading), and resolve them. `open(index)` gives a
/// file's bytes: read from disk by the worker itself when they come from a directory, so
/// reading is parallel too and a file's bytes are dropped as soon as it is parsed — a
/// catalogue's files are never all in memory at once. Results are put back in file order, so
/// diagnostics and first-definition-wins do not depend on timing.
fn load_files<'a>(
    paths: Vec<String>,
    open: impl Fn(usize) -> Result<Cow<'a, [u8]>, SourceError> + Sync,
    progress: &Progress,
) -> Loaded {
    progress.files_total.fetch_max(paths.len(), Ordering::Relaxed);
    let workers =
        std::thread::available_parallelism().map_or(1, usize::from).min(paths.len()).max(1);
    let next = AtomicUsize::new(0);
    // The workers say their diagnostics in this thread's language (a test may speak another
    // than the process's).
    let lang = crate::i18n::current();
    // Each worker takes the next file until none is left; one that cannot be started (a
    // process limit) is run here instead, and takes them all.
    let mut parsed: Vec<parse::ParsedFile> = crate::parallel::map((0..workers).collect(), |_| {
        let _speaking = crate::i18n::speak(lang);
        let mut done = Vec::new();
        loop {
            let index = next.fetch_add(1, Ordering::Relaxed);
            let Some(path) = paths.get(index) else { return done };
            let parsed = match open(index) {
                Ok(bytes) => parse::parse_file(index, path, &bytes),
                Err(error) => parse::unreadable(index, error.diagnostic(path)),
            };
            Progress::add(&progress.files_parsed, 1);
            Progress::add(&progress.records, parsed.records.len());
            done.push(parsed);
        }
    })
    .into_iter()
    .flatten()
    .collect();
    parsed.sort_by_key(|file| file.file);
    resolve::resolve(paths, parsed)
}

/// Load the catalogues in `dirs` merged into one, or the embedded catalogue when `dirs` is empty.
pub fn load_dirs(dirs: &[PathBuf]) -> Loaded {
    load_dirs_observed(dirs, &Progress::default())
}

/// [`load_dirs`], reporting progress as files are read and parsed.
pub fn load_dirs_observed(dirs: &[PathBuf], progress: &Progress) -> Loaded {
    if dirs.is_empty() {
        return load_observed(&embedded(), progress);
    }
    let mut inputs = Vec::new();
    let mut walk_problems = Vec::new();
    for dir in dirs {
        let (found, problems) = source::list_files(dir);
        inputs.extend(found.into_iter().map(Input::Disk));
        walk_problems.extend(problems);
    }
    let mut loaded = load_inputs(inputs, progress);
    walk_problems.append(&mut loaded.diagnostics);
    loaded.diagnostics = walk_problems;
    loaded
}

/// A catalogue file to load: on disk, read by the worker that parses it, or already in memory
/// (a file made by an import).
#[derive(Debug)]
pub enum Input {
    Disk(PathBuf),
    Memory { shown: String, bytes: Vec<u8> },
}

/// Load these files merged into one catalogue.
pub fn load_inputs(inputs: Vec<Input>, progress: &Progress) -> Loaded {
    let shown: Vec<String> = inputs
        .iter()
        .map(|input| match input {
            Input::Disk(path) => path.display().to_string(),
            Input::Memory { shown, .. } => shown.clone(),
        })
        .collect();
    load_files(
        shown,
        |index| match &inputs[index] {
            Input::Disk(path) => {
                Progress::add(&progress.files_read, 1);
                source::read_file(path).map(Cow::Owned)
            }
            Input::Memory { bytes, .. } => Ok(Cow::Borrowed(bytes.as_slice())),
        },
        progress,
    )
}
