//! What can stop a command, and the records an error names.

use std::fmt;
use std::io;
use std::path::PathBuf;

use thiserror::Error;

use crate::catalog::{Catalog, Kind, RecordId};

/// What can stop a command; each becomes one `error:` line and exit status 1. What each says
/// is a message of the language in effect (`cli-error-…` in `data/locales/`), written by
/// [`fmt::Display`] below.
#[derive(Debug, Error)]
pub enum CliError {
    BadKind(#[from] crate::catalog::KindError),
    UnknownId {
        given: String,
        suggestion: Option<Suggested>,
    },
    Ambiguous {
        given: String,
        candidates: Vec<Meant>,
    },
    /// Said after every one of the errors is printed (`cli::usable`), so it points up at them
    /// rather than to `check`.
    BrokenCatalogue(usize),
    /// Nothing could be read at all (a path that is missing or not a catalogue): there is
    /// nothing --keep-going could use.
    NothingRead,
    NoStateFile,
    MissingStateFile(PathBuf),
    /// A search that found nothing: said on stderr, with exit status 1 as grep and
    /// `fzf --filter` give, so a script can tell.
    NoMatch {
        query: String,
        several_words: bool,
        /// How many records the query found before `--where` left them all out.
        filtered: Option<usize>,
    },
    /// `--where` filters that each match some record but leave none together.
    NothingLeft {
        kind: Kind,
        filters: String,
        /// How many filters there are, and whether each is known to match some record alone.
        count: usize,
        each_alone: bool,
    },
    Facet(#[from] crate::features::facet::FacetError),
    State(#[from] crate::state::StoreError),
    Csv(#[from] csv::Error),
    /// Every I/O error says what it was doing and to what: there is no bare `From<io::Error>`,
    /// so none can reach the user as "No such file or directory" alone.
    Io {
        doing: Doing,
        source: io::Error,
    },
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            CliError::BadKind(error) => error.to_string(),
            CliError::Facet(error) => error.to_string(),
            CliError::State(error) => error.to_string(),
            CliError::UnknownId { given, suggestion } => unknown_id(given, suggestion.as_ref()),
            CliError::Ambiguous { given, candidates } => crate::tr!(
                "cli-error-ambiguous",
                given = given,
                count = candidates.len(),
                candidates = candidates_text(candidates)
            ),
            CliError::BrokenCatalogue(errors) => {
                crate::tr!("cli-error-broken-catalogue", errors = *errors)
            }
            CliError::NothingRead => crate::tr!("cli-error-nothing-read").to_owned(),
            CliError::NoStateFile => crate::tr!("cli-error-no-state-file").to_owned(),
            CliError::MissingStateFile(path) => {
                crate::tr!("cli-error-missing-state-file", path = path.display().to_string())
            }
            CliError::NoMatch { query, several_words, filtered } => match filtered {
                Some(found) => {
                    crate::tr!("cli-error-no-match-filtered", query = query, found = *found)
                }
                None if *several_words => crate::tr!("cli-error-no-match-words", query = query),
                None => crate::tr!("cli-error-no-match", query = query),
            },
            CliError::NothingLeft { kind, filters, count, each_alone } => {
                let kind = kind.name();
                if *count == 1 {
                    crate::tr!("cli-error-none-has", kind = kind, filters = filters)
                } else if *each_alone {
                    crate::tr!("cli-error-nothing-left", kind = kind, filters = filters)
                } else {
                    crate::tr!("cli-error-nothing-left-together", kind = kind, filters = filters)
                }
            }
            CliError::Csv(error) => crate::tr!("cli-error-csv", reason = error.to_string()),
            CliError::Io { doing, source } => {
                let reason = reason(source);
                match doing {
                    Doing::Write(path) => crate::tr!(
                        "cli-error-write-file",
                        path = path.display().to_string(),
                        reason = reason
                    ),
                    Doing::WriteStdout => crate::tr!("cli-error-write-stdout", reason = reason),
                    Doing::WriteStderr => crate::tr!("cli-error-write-stderr", reason = reason),
                }
            }
        };
        f.write_str(&text)
    }
}

/// What an I/O error was doing, and to which file or stream (each said by its own message).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Doing {
    Write(PathBuf),
    WriteStdout,
    WriteStderr,
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

/// No record is `given`: said with the closest id, name or alias when there is one.
fn unknown_id(given: &str, suggestion: Option<&Suggested>) -> String {
    match suggestion {
        None => crate::tr!("cli-error-unknown-id", given = given),
        Some(Suggested { text, record }) if *text == record.id => {
            crate::tr!("cli-error-unknown-id-did-you-mean", given = given, text = text)
        }
        Some(Suggested { text, record: Meant { kind, id, .. } }) => crate::tr!(
            "cli-error-unknown-id-did-you-mean-record",
            given = given,
            text = text,
            kind = kind.name(),
            id = id
        ),
    }
}

/// At most this many of the records an ambiguous name means are listed.
const CANDIDATES_SHOWN: usize = 10;

fn candidates_text(candidates: &[Meant]) -> String {
    let mut listed: Vec<String> = candidates
        .iter()
        .take(CANDIDATES_SHOWN)
        .map(|Meant { kind, id, name }| {
            crate::tr!("cli-error-candidate", kind = kind.name(), id = id, name = name)
        })
        .collect();
    if candidates.len() > CANDIDATES_SHOWN {
        listed.push(crate::tr!(
            "cli-error-more-candidates",
            count = candidates.len() - CANDIDATES_SHOWN
        ));
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
