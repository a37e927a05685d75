//! Search over every record, the same for the search box, the list filter and `showfloor
//! search` (docs/search.md tells it whole).
//!
//! `query` reads what was typed as terms in fzf's extended syntax; `haystack` folds each
//! record's text (case, accents, apostrophes) once, when the index is built, into one arena of
//! seven tiers, name first and free text last; `score` finds each term where it matches best
//! (as typed, or in names, aliases and ids as skim's scattered letters, counting half) and sums
//! a record's terms; `index` scans, narrows and ranks.
//!
//! What keeps a keystroke within a frame at 100 000 records: one substring scan per term that
//! stops at the first tier nothing later can beat; skim only where it could change the score,
//! after a subsequence test; a query that extends the previous one is matched only against the
//! previous hits when it cannot widen (`narrows`); the scan is split over all cores; highlight
//! positions are computed only for rows on screen; and a search is abandoned when the next key
//! makes it stale.

mod haystack;
mod index;
mod query;
mod scope;
mod score;
mod worker;

pub use haystack::MatchField;
pub use index::{Found, Hit, Matched, SearchIndex, with_alias};
pub use query::{Mode, Query, examples, narrows, syntax};
pub use scope::{Scoped, ambiguous_scope, scoped};
pub use worker::{SearchJob, SearchResults, SearchWorker};

#[cfg(test)]
mod tests;
