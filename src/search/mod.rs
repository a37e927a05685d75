//! Fuzzy search over every record.
//!
//! Each record's text is folded (case and accents) once, when the index is built, into one
//! arena, as five tiers: name, id, tags, context facts, free text. A query is folded once and
//! scored against those with skim's algorithm (fuzzy-matcher's `SkimMatcherV2`), so ranking
//! behaves as skim users expect. Names and ids match fuzzily; tags, facts and summaries need each
//! query word as typed. A name match outranks the same match in a summary by a bonus per tier.
//!
//! What keeps a keystroke within a frame at 100 000 records: a cheap subsequence test rejects
//! most records before the scorer runs; a query that extends the previous one is matched only
//! against the previous hits (every match of "bayr" is a match of "bay"); the scan is split over
//! all cores; highlight positions are computed only for rows on screen; and a search can be
//! abandoned when the next key makes it stale.

mod haystack;
mod index;
mod query;
mod scope;
mod score;
mod worker;

pub use haystack::MatchField;
pub use index::{Found, Hit, Matched, SearchIndex, with_alias};
pub use query::{EXAMPLES, Mode, Query, SYNTAX, narrows};
pub use scope::{Scoped, ambiguous_scope, scoped};
pub use worker::{SearchJob, SearchResults, SearchWorker};

#[cfg(test)]
mod tests;
