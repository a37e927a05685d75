//! What can stop a command, and the records an error names.

use std::fmt;
use std::io;
use std::path::PathBuf;

use thiserror::Error;

use crate::catalog::{Catalog, Kind, RecordId};

/// What can stop a command; each becomes one `error:` line and exit status 1.
#[derive(Debug, Error)]
pub enum CliError {
    #[error("{0}")]
    BadKind(#[from] crate::catalog::KindError),
    #[error("no record with the id, name or alias `{given}`{}", suggestion_text(.suggestion))]
    UnknownId { given: String, suggestion: Option<Suggested> },
    #[error(
        "`{given}` is the name or alias of {} records: {}; name the one you mean by its id",
        .candidates.len(),
        candidates_text(.candidates)
    )]
    Ambiguous { given: String, candidates: Vec<Meant> },
    /// Said after every one of the errors is printed (`cli::usable`), so it points up at them
    /// rather than to `check`.
    #[error(
        "the catalogue has {0} error(s), each printed above; fix them, or add --keep-going to \
         use it without what they leave out"
    )]
    BrokenCatalogue(usize),
    #[error("no data directory to find your plan in; name the state file with --state FILE")]
    NoStateFile,
    #[error("no state file at {}: check the path given to --state (nothing was exported)", .0.display())]
    MissingStateFile(PathBuf),
    /// A search that found nothing: said on stderr, with exit status 1 as grep and
    /// `fzf --filter` give, so a script can tell.
    #[error("nothing matches `{query}`{}", no_match_hint(*.several_words, *.filtered))]
    NoMatch {
        query: String,
        several_words: bool,
        /// How many records the query found before `--where` left them all out.
        filtered: Option<usize>,
    },
    /// `--where` filters that each match some record but leave none together.
    #[error("no {kind} matches all of {filters} together; each matches some alone")]
    NothingLeft { kind: Kind, filters: String },
    #[error("{0}")]
    Facet(#[from] crate::features::facet::FacetError),
    #[error("{0}")]
    State(#[from] crate::state::StoreError),
    #[error("cannot make the CSV: {0}")]
    Csv(#[from] csv::Error),
    /// Every I/O error says what it was doing and to what: there is no bare `From<io::Error>`,
    /// so none can reach the user as "No such file or directory" alone.
    #[error("cannot {doing}: {}", reason(.source))]
    Io { doing: Doing, source: io::Error },
}

/// What an I/O error was doing, and to which file or stream.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Doing {
    Write(PathBuf),
    WriteStdout,
    WriteStderr,
}

impl fmt::Display for Doing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Doing::Write(path) => write!(f, "write {}", path.display()),
            Doing::WriteStdout => f.write_str("write to standard output"),
            Doing::WriteStderr => f.write_str("write to standard error"),
        }
    }
}

impl CliError {
    /// Writing the answer to standard output failed.
    pub fn stdout(source: io::Error) -> CliError {
        CliError::Io { doing: Doing::WriteStdout, source }
    }

    /// Writing a note or a diagnostic to standard error failed.
    pub fn stderr(source: io::Error) -> CliError {
        CliError::Io { doing: Doing::WriteStderr, source }
    }

    /// Writing the file `path` failed (for `.map_err`).
    pub fn writing(path: &std::path::Path) -> impl FnOnce(io::Error) -> CliError + use<> {
        let path = path.to_path_buf();
        move |source| CliError::Io { doing: Doing::Write(path), source }
    }
}

/// An I/O error's reason for people: the system's message without its "(os error 2)".
fn reason(error: &io::Error) -> String {
    let text = error.to_string();
    match error.raw_os_error() {
        Some(code) => {
            text.strip_suffix(&format!(" (os error {code})")).map_or(text.clone(), str::to_owned)
        }
        None => text,
    }
}

fn no_match_hint(several_words: bool, filtered: Option<usize>) -> String {
    match filtered {
        Some(found) => format!(" with those --where filters ({found} match without them)"),
        None if several_words => {
            "; every word must match somewhere in a record: try fewer words".to_owned()
        }
        None => String::new(),
    }
}

/// A record an error names: its kind, id and name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Meant {
    pub kind: Kind,
    pub id: String,
    pub name: String,
}

impl Meant {
    pub fn of(catalog: &Catalog, id: RecordId) -> Meant {
        let record = catalog.get(id);
        Meant { kind: record.kind(), id: record.id().to_owned(), name: record.name().to_owned() }
    }
}

/// The id, name or alias closest to what was asked for, and whose it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggested {
    pub text: String,
    pub record: Meant,
}

fn suggestion_text(suggestion: &Option<Suggested>) -> String {
    match suggestion {
        None => String::new(),
        Some(Suggested { text, record }) if *text == record.id => {
            format!(" (did you mean `{text}`?)")
        }
        Some(Suggested { text, record: Meant { kind, id, .. } }) => {
            format!(" (did you mean `{text}`, {kind} `{id}`?)")
        }
    }
}

/// At most this many of the records an ambiguous name means are listed.
const CANDIDATES_SHOWN: usize = 10;

fn candidates_text(candidates: &[Meant]) -> String {
    let mut listed: Vec<String> = candidates
        .iter()
        .take(CANDIDATES_SHOWN)
        .map(|Meant { kind, id, name }| format!("{kind} `{id}` ({name})"))
        .collect();
    if candidates.len() > CANDIDATES_SHOWN {
        listed.push(format!("and {} more", candidates.len() - CANDIDATES_SHOWN));
    }
    listed.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_io_error_names_what_it_was_doing_and_to_what() {
        let source = io::Error::from_raw_os_error(libc::ENOENT);
        let error = CliError::writing(std::path::Path::new("/bad/path/x.csv"))(source);
        assert_eq!(error.to_string(), "cannot write /bad/path/x.csv: No such file or directory");
        let pipe = CliError::stdout(io::Error::new(io::ErrorKind::StorageFull, "disk full"));
        assert_eq!(pipe.to_string(), "cannot write to standard output: disk full");
    }
}
