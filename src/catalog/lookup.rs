//! Finding the record a person means (`showfloor show turkey`): by id, by a country's id without
//! its `country:` prefix, or by any record's name or alias ignoring case and accents; and, when
//! nothing is meant, the closest id, name or alias, for "did you mean".

use super::countries::{known_index, name_key};
use super::{Catalog, Field, Kind, Record, RecordId};
use crate::text::{fold, fold_into, slug};

/// What a typed id or name means.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Named {
    /// One record: the one with that id, or the only one with that name or alias.
    One(RecordId),
    /// Several records have that name or alias: each, by kind and then by name.
    Several(Vec<RecordId>),
    /// No record has that id, name or alias.
    Nothing,
}

/// The id, name or alias closest to what was typed, and whose it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Suggestion<'a> {
    /// As the catalogue writes it.
    pub text: &'a str,
    pub record: RecordId,
}

impl Catalog {
    /// The record a person means by `query`, if it means exactly one ([`Catalog::named`]).
    pub fn lookup(&self, query: &str) -> Option<RecordId> {
        match self.named(query) {
            Named::One(id) => Some(id),
            Named::Several(_) | Named::Nothing => None,
        }
    }

    /// What `query` means: an exact id; a country's id without its `country:` prefix
    /// ("turkiye"); else every record with that name or alias, ignoring case and accents
    /// ("bayraktar tb2", "TB2"). A country's aliases hold its other names and demonyms, so
    /// "Turkey", "Turkish" and "czech republic" mean their country; and a country's names, and
    /// every name the country table gives it, also match without punctuation or a leading
    /// "The" ("Republic of Turkiye").
    pub fn named(&self, query: &str) -> Named {
        let query = query.trim();
        if let Some(id) =
            self.find(query).or_else(|| self.find(&format!("country:{}", slug(query))))
        {
            return Named::One(id);
        }
        let wanted = fold(query);
        if wanted.is_empty() {
            return Named::Nothing;
        }
        let country_key = name_key(query);
        let known = known_index(&country_key);
        let mut buffer = String::new();
        let mut matches = |text: &str| {
            buffer.clear();
            fold_into(text.trim(), &mut buffer);
            buffer == wanted
        };
        let mut found = Vec::new();
        for kind in Kind::ALL {
            for &id in self.of_kind(kind) {
                let record = self.get(id);
                let aliases = record.list(Field::Aliases);
                let hit = matches(record.name())
                    || aliases.iter().any(&mut matches)
                    || (kind == Kind::Country && has_country_name(record, &country_key, known));
                if hit {
                    found.push(id);
                }
            }
        }
        match found[..] {
            [] => Named::Nothing,
            [one] => Named::One(one),
            _ => Named::Several(found),
        }
    }

    /// The id, name or alias closest to `query` (ignoring case and accents), if one is close
    /// enough to be what was meant: for "did you mean" when [`Catalog::named`] finds nothing.
    /// On a tie an id wins over a name, and a name over an alias.
    pub fn suggest(&self, query: &str) -> Option<Suggestion<'_>> {
        let wanted = fold(query.trim());
        let length = wanted.chars().count();
        let limit = match length {
            0 => return None,
            1..=3 => 1,
            4..=8 => 2,
            _ => 3,
        };
        let mut best: Option<(usize, usize, Suggestion<'_>)> = None;
        let mut buffer = String::new();
        for id in self.ids() {
            let record = self.get(id);
            let texts = [record.id(), record.name()].into_iter().chain(record.list(Field::Aliases));
            for (rank, text) in texts.enumerate() {
                buffer.clear();
                fold_into(text.trim(), &mut buffer);
                if buffer.chars().count().abs_diff(length) > limit {
                    continue;
                }
                let distance = strsim::damerau_levenshtein(&wanted, &buffer);
                if distance == 0 || distance > limit {
                    continue;
                }
                let candidate = (distance, rank.min(2), Suggestion { text, record: id });
                let better = best
                    .as_ref()
                    .is_none_or(|(d, r, s)| (distance, rank.min(2), text) < (*d, *r, s.text));
                if better {
                    best = Some(candidate);
                }
            }
        }
        if best.is_none() {
            best = self.suggest_by_word(&wanted, limit);
        }
        best.map(|(_, _, suggestion)| suggestion)
    }

    /// The record one of whose names holds a word close to `wanted` ("bayraktr" for
    /// "Bayraktar TB2"): what a typo in one word of a longer name gets.
    fn suggest_by_word(
        &self,
        wanted: &str,
        limit: usize,
    ) -> Option<(usize, usize, Suggestion<'_>)> {
        let length = wanted.chars().count();
        let mut best: Option<(usize, usize, Suggestion<'_>)> = None;
        for id in self.ids() {
            let record = self.get(id);
            for text in std::iter::once(record.name()).chain(record.list(Field::Aliases)) {
                let folded = fold(text);
                for word in folded.split(|c: char| !c.is_alphanumeric()) {
                    if word.chars().count().abs_diff(length) > limit {
                        continue;
                    }
                    let distance = strsim::damerau_levenshtein(wanted, word);
                    let better =
                        best.as_ref().is_none_or(|(d, _, s)| (distance, text) < (*d, s.text));
                    if distance <= limit && better {
                        best = Some((distance, 3, Suggestion { text, record: id }));
                    }
                }
            }
        }
        best
    }
}

/// Whether `record` (a country) has a name or alias with this [`name_key`], or is the country of
/// the table that has it (a country record's aliases hold its short name when it is shown by
/// another, so one of its names is the table's if it is the table's country).
fn has_country_name(record: Record<'_>, key: &str, known: Option<usize>) -> bool {
    let names = std::iter::once(record.name()).chain(record.list(Field::Aliases));
    !key.is_empty()
        && names.into_iter().any(|name| {
            let own = name_key(name);
            own == key || known.is_some_and(|known| known_index(&own) == Some(known))
        })
}
