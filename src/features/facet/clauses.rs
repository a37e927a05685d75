//! `--where FIELD=VALUE`, the one rule `list`, `search` and `export list` read it by (the
//! README's "Command line" states it for users):
//!
//! - FIELD is a facet of the kinds asked about ([`super::facets_of`]); any other is an error
//!   that names the fields there are, whichever command it was given to.
//! - VALUE matches a record's value when, both folded (case and accents) and read as words
//!   (every run of characters other than letters and digits parts two words, so
//!   `counter-drone` reads as `counter drone`), it is the value or whole consecutive words of
//!   it: `drone` and `counter drone` both match `counter-drone`; `dron` matches nothing.
//! - The same field repeated gives alternatives (any will do); different fields must all hold.
//! - `edition=new` and `edition=changed` (`super::EDITION`) narrow to what is new or changed
//!   since the earlier edition `--compare-to` names; without one they are an error that says
//!   so. They combine with the fields as the fields do with each other.
//! - A VALUE that no record asked about matches is an error naming the values there are, so a
//!   typo is never a silently empty answer. Values that each match but together leave nothing
//!   are an empty answer, which the CLI prints and says on stderr, with exit status 1.

use thiserror::Error;

use std::sync::Arc;

use super::{EDITION, Filters, counts, facets_of_any};
use crate::catalog::{Catalog, Field, Kind, RecordId, did_you_mean};
use crate::features::diff::{Edition, Editions};
use crate::text::fold;

/// A `--where` or facet clause that cannot be used, said in the language in effect
/// (`facet-…`); the fields, kinds and values named are the catalogue's own words.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum FacetError {
    #[error("{}", crate::tr!("facet-malformed", given = given))]
    Malformed { given: String },
    #[error("{}", crate::tr!("facet-unknown-field", kinds = kinds, field = field, known = known, suggestion = suggest(suggestion)))]
    UnknownField { field: String, kinds: String, known: String, suggestion: Option<String> },
    #[error("{}", crate::tr!("facet-unknown-value", kind = kind, value = value, field = field, known = known, suggestion = suggest(suggestion)))]
    UnknownValue {
        kind: String,
        field: String,
        value: String,
        known: String,
        suggestion: Option<String>,
    },
    #[error("{}", crate::tr!("facet-edition-needs-compare", given = given))]
    NoEarlierEdition { given: String },
}

fn suggest(guess: &Option<String>) -> String {
    guess
        .as_ref()
        .map(|guess| format!(" {}", crate::tr!("did-you-mean", guess = guess)))
        .unwrap_or_default()
}

/// `text` folded and read as words: lower-case, accents off, and every run of characters
/// other than letters and digits one space (none at either end).
pub(super) fn words(text: &str) -> String {
    let folded = fold(text);
    let parts: Vec<&str> =
        folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    parts.join(" ")
}

/// Whether `wanted` is `value`, or whole consecutive words of it (both as [`words`] reads them).
pub(super) fn holds_words(value: &str, wanted: &str) -> bool {
    if wanted.is_empty() {
        return false;
    }
    value.match_indices(wanted).any(|(at, _)| {
        let before = value[..at].chars().next_back();
        let after = value[at + wanted.len()..].chars().next();
        before.is_none_or(|c| c == ' ') && after.is_none_or(|c| c == ' ')
    })
}

/// What the kinds asked about are called in a message: the kind, or "record" for all of them.
fn kinds_text(kinds: &[Kind]) -> String {
    match kinds {
        [kind] => kind.name().to_owned(),
        _ if kinds.len() >= Kind::ALL.len() => crate::tr!("facet-any-record").to_owned(),
        _ => kinds.iter().map(|kind| kind.name()).collect::<Vec<_>>().join(crate::tr!("facet-or")),
    }
}

/// Parse `FIELD=VALUE` clauses for records of `kinds` among `records`, by the rule above, with
/// `editions` saying how each record stands when an earlier edition is loaded. Each value is
/// kept as the data writes it when one matches it whole, else as typed.
pub fn parse_where(
    catalog: &Catalog,
    kinds: &[Kind],
    records: &[RecordId],
    clauses: &[String],
    editions: Option<&Arc<Editions>>,
) -> Result<Filters, FacetError> {
    let fields = facets_of_any(kinds);
    let mut filters = Filters::default();
    for clause in clauses {
        let Some((key, value)) = clause.split_once('=') else {
            return Err(FacetError::Malformed { given: clause.clone() });
        };
        let (key, value) = (key.trim(), value.trim());
        if fold(key) == EDITION {
            let Some(editions) = editions else {
                return Err(FacetError::NoEarlierEdition { given: clause.clone() });
            };
            filters.add_edition(edition_named(kinds, value)?, editions);
            continue;
        }
        let Some(&field) = fields.iter().find(|field| field.key() == fold(key)) else {
            let mut keys: Vec<&str> = fields.iter().map(|field| field.key()).collect();
            if editions.is_some() {
                keys.push(EDITION);
            }
            let kinds = match kinds_text(kinds).as_str() {
                "record" => "records".to_owned(),
                named => named.to_owned(),
            };
            return Err(FacetError::UnknownField {
                field: key.to_owned(),
                kinds,
                known: quoted(&keys),
                suggestion: did_you_mean(&fold(key), keys.iter().copied()).map(str::to_owned),
            });
        };
        filters.add(field, &written(catalog, kinds, records, field, value)?);
    }
    Ok(filters)
}

/// The `edition` facet's value `value` names (`new`, `changed`); an error naming them else.
fn edition_named(kinds: &[Kind], value: &str) -> Result<Edition, FacetError> {
    let keys: Vec<&str> = Edition::CHOSEN.iter().map(|edition| edition.key()).collect();
    let wanted = fold(value);
    if let Some(&edition) = Edition::CHOSEN.iter().find(|edition| edition.key() == wanted) {
        return Ok(edition);
    }
    Err(FacetError::UnknownValue {
        kind: kinds_text(kinds),
        field: EDITION.to_owned(),
        value: value.to_owned(),
        suggestion: did_you_mean(&wanted, keys.iter().copied()).map(str::to_owned),
        known: quoted(&keys),
    })
}

/// `value` as the data writes it when a value of `field` among `records` is it, as typed when
/// it is words of one; an error naming the values when it matches none.
fn written(
    catalog: &Catalog,
    kinds: &[Kind],
    records: &[RecordId],
    field: Field,
    value: &str,
) -> Result<String, FacetError> {
    let present = counts(catalog, records, &Filters::default(), field);
    let wanted = words(value);
    if let Some(&(shown, _)) = present.iter().find(|(shown, _)| words(shown) == wanted) {
        return Ok(shown.to_owned());
    }
    if present.iter().any(|(shown, _)| holds_words(&words(shown), &wanted)) {
        return Ok(value.to_owned());
    }
    let mut known: Vec<&str> = present.iter().map(|(shown, _)| *shown).collect();
    known.sort_by_key(|shown| fold(shown));
    Err(FacetError::UnknownValue {
        kind: kinds_text(kinds),
        field: field.key().to_owned(),
        value: value.to_owned(),
        suggestion: did_you_mean(value, known.iter().copied()).map(str::to_owned),
        known: quoted(&known),
    })
}

fn quoted(items: &[&str]) -> String {
    items.iter().map(|item| format!("`{item}`")).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hyphens_and_spaces_part_words_alike() {
        assert_eq!(words("Counter-Drone"), "counter drone");
        assert_eq!(words("  rotary-wing  loitering munition "), "rotary wing loitering munition");
        for wanted in ["counter drone", "counter-drone", "drone", "COUNTER"] {
            assert!(holds_words(&words("counter-drone"), &words(wanted)), "{wanted}");
        }
        assert!(!holds_words(&words("counter-drone"), &words("dron")), "whole words only");
        assert!(!holds_words(&words("counter-drone"), &words("-")), "no words ask for nothing");
        assert!(holds_words(&words("Türkiye"), &words("turkiye")));
    }
}
