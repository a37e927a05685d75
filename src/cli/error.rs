//! What can stop a command, and the records an error names.

use std::io;

use thiserror::Error;

use crate::catalog::{Catalog, Kind, RecordId};

/// What can stop a command; each becomes one `error:` line and exit status 1.
#[derive(Debug, Error)]
pub enum CliError {
    #[error("unknown kind `{given}`{}; the kinds are {}", did_you_mean_text(.suggestion), kind_names())]
    UnknownKind { given: String, suggestion: Option<String> },
    #[error("no record with the id, name or alias `{given}`{}", suggestion_text(.suggestion))]
    UnknownId { given: String, suggestion: Option<Suggested> },
    #[error(
        "`{given}` is the name or alias of {} records: {}; name the one you mean by its id",
        .candidates.len(),
        candidates_text(.candidates)
    )]
    Ambiguous { given: String, candidates: Vec<Meant> },
    #[error(
        "the catalogue has {0} error(s); run `showfloor check` to see them all, or add \
         --keep-going to use it without what they leave out"
    )]
    BrokenCatalogue(usize),
    #[error("no data directory to find your plan in; name the state file with --state FILE")]
    NoStateFile,
    /// A search that found nothing: said on stderr, with exit status 1 as grep and
    /// `fzf --filter` give, so a script can tell.
    #[error("nothing matches `{query}`{}", no_match_hint(*.several_words, *.filtered))]
    NoMatch {
        query: String,
        several_words: bool,
        /// How many records the query found before `--where` left them all out.
        filtered: Option<usize>,
    },
    #[error("{0}")]
    Facet(#[from] crate::facet::FacetError),
    #[error("{0}")]
    Io(#[from] io::Error),
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

fn did_you_mean_text(guess: &Option<String>) -> String {
    guess.as_ref().map(|guess| format!(" (did you mean `{guess}`?)")).unwrap_or_default()
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

fn kind_names() -> String {
    Kind::ALL.map(Kind::name).join(", ")
}
