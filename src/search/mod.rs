//! Fuzzy search over every record. Each record's text is folded (case and accents) once, when the
//! index is built, into one haystack per field tier; a query is folded once and scored against
//! those with skim's algorithm (fuzzy-matcher's `SkimMatcherV2`), so ranking behaves as skim
//! users expect. Names and ids match fuzzily; tags, facts and summaries need each query word
//! as typed. A name match outranks the same match in a summary by a fixed bonus per tier.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use crate::catalog::{Catalog, Field, Kind, RecordId, Scalar, Value};
use crate::text::{fold, fold_into, fold_with_map};

/// Which part of a record a query matched, best tier first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchField {
    Name,
    Id,
    Tags,
    /// The short facts shown beside a name: country, maker, category, role, sectors, place.
    Context,
    /// The summary and the other free text (specs, figures, area).
    Text,
}

impl MatchField {
    const ALL: [MatchField; 5] =
        [MatchField::Name, MatchField::Id, MatchField::Tags, MatchField::Context, MatchField::Text];

    /// What is added to a match's score in this tier, so that a name match ranks above an
    /// equally good match in a summary while a clean tag match can still beat a ragged one in a
    /// name.
    fn bonus(self) -> i64 {
        match self {
            MatchField::Name => 60,
            MatchField::Id => 40,
            MatchField::Tags => 30,
            MatchField::Context => 20,
            MatchField::Text => 0,
        }
    }

    /// Whether the tier needs every query word literally rather than a fuzzy match.
    fn is_literal(self) -> bool {
        matches!(self, MatchField::Tags | MatchField::Context | MatchField::Text)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            MatchField::Name => "name",
            MatchField::Id => "id",
            MatchField::Tags => "tags",
            MatchField::Context => "context",
            MatchField::Text => "text",
        }
    }
}

/// One search result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub record: RecordId,
    pub score: i64,
    pub field: MatchField,
}

/// A record's folded haystacks, one per tier.
struct Doc {
    kind: Kind,
    tiers: [Box<str>; 5],
}

/// The prepared search index of one catalogue.
pub struct SearchIndex {
    docs: Vec<Doc>,
    /// Every record, sorted by folded name: the answer to an empty query.
    by_name: Vec<RecordId>,
    matcher: SkimMatcherV2,
}

impl SearchIndex {
    pub fn build(catalog: &Catalog) -> SearchIndex {
        let docs = catalog.ids().map(|id| prepare(catalog, id)).collect();
        let mut by_name: Vec<_> =
            Kind::ALL.iter().flat_map(|&kind| catalog.of_kind(kind)).copied().collect();
        by_name.sort_by_cached_key(|&id| (fold(&catalog.get(id).name), id));
        SearchIndex { docs, by_name, matcher: SkimMatcherV2::default().ignore_case() }
    }

    /// Records matching `query`, best first; an empty query lists everything by name. `kind`
    /// restricts the results to one kind.
    pub fn search(&self, query: &str, kind: Option<Kind>) -> Vec<Hit> {
        let folded = fold(query.trim());
        if folded.is_empty() {
            return self
                .by_name
                .iter()
                .filter(|&&id| kind.is_none_or(|kind| self.docs[id.index()].kind == kind))
                .map(|&record| Hit { record, score: 0, field: MatchField::Name })
                .collect();
        }
        let tokens: Vec<&str> = folded.split_whitespace().collect();
        let mut hits: Vec<Hit> = self
            .docs
            .iter()
            .enumerate()
            .filter(|(_, doc)| kind.is_none_or(|kind| doc.kind == kind))
            .filter_map(|(index, doc)| {
                let (score, field) = self.score(doc, &folded, &tokens)?;
                Some(Hit { record: RecordId::from_usize(index), score, field })
            })
            .collect();
        // Ties go to the alphabetical order people expect, then to load order for stability.
        let rank: Vec<u32> = self.name_ranks();
        hits.sort_by_key(|hit| (std::cmp::Reverse(hit.score), rank[hit.record.index()]));
        hits
    }

    fn name_ranks(&self) -> Vec<u32> {
        let mut rank = vec![0u32; self.docs.len()];
        for (position, id) in self.by_name.iter().enumerate() {
            rank[id.index()] = u32::try_from(position).unwrap_or(u32::MAX);
        }
        rank
    }

    fn score(&self, doc: &Doc, query: &str, tokens: &[&str]) -> Option<(i64, MatchField)> {
        let mut best: Option<(i64, MatchField)> = None;
        for (tier, haystack) in MatchField::ALL.into_iter().zip(doc.tiers.iter()) {
            if !is_subsequence(query.as_bytes(), haystack.as_bytes()) {
                continue;
            }
            // Names and ids are matched fuzzily, as fzf would. Tags, facts and summaries are
            // joined phrases, long enough for almost any query to be scattered through them
            // ("drone" in "armoured vehicle · 4x4 · IED protection"), so there every word of
            // the query must appear as it is typed.
            if tier.is_literal() && !tokens.iter().all(|token| haystack.contains(token)) {
                continue;
            }
            let Some(raw) = self.matcher.fuzzy_match(haystack, query) else { continue };
            let score = raw + tier.bonus();
            if best.is_none_or(|(best_score, _)| score > best_score) {
                best = Some((score, tier));
            }
        }
        best
    }

    /// The characters of `text` (indices of its `char`s) that `query` matches, for highlighting.
    /// Worked out only for what is on screen, never for every hit.
    pub fn match_positions(&self, text: &str, query: &str) -> Vec<usize> {
        let query = fold(query.trim());
        if query.is_empty() {
            return Vec::new();
        }
        let (folded, map) = fold_with_map(text);
        let Some((_, indices)) = self.matcher.fuzzy_indices(&folded, &query) else {
            return Vec::new();
        };
        let mut positions: Vec<usize> =
            indices.into_iter().filter_map(|i| map.get(i)).map(|&i| i as usize).collect();
        positions.dedup();
        positions
    }
}

/// Whether the bytes of `needle` appear in order in `haystack`: a cheap test that rules out most
/// records before the scorer runs (the scorer would reject them too, at far greater cost).
fn is_subsequence(needle: &[u8], haystack: &[u8]) -> bool {
    let mut rest = haystack;
    for &byte in needle {
        if byte == b' ' {
            continue;
        }
        match memchr(byte, rest) {
            Some(at) => rest = &rest[at + 1..],
            None => return false,
        }
    }
    true
}

fn memchr(byte: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|&b| b == byte)
}

fn prepare(catalog: &Catalog, id: RecordId) -> Doc {
    let record = catalog.get(id);
    let mut tiers: [String; 5] = Default::default();
    fold_into(&record.name, &mut tiers[0]);
    // A country's id is `country:` and its slug; the prefix would match queries by itself.
    tiers[1].push_str(record.id.strip_prefix("country:").unwrap_or(&record.id));
    let push = |out: &mut String, text: &str| {
        if !out.is_empty() {
            out.push_str(" · ");
        }
        fold_into(text, out);
    };
    for tag in record.list(Field::Tags) {
        push(&mut tiers[2], tag);
    }
    for (field, value) in &record.fields {
        let tier = match field {
            Field::Tags | Field::Sources => continue,
            Field::Summary | Field::Specs | Field::Figures | Field::Area | Field::Website => 4,
            Field::Related | Field::Members | Field::Interests | Field::Event => continue,
            _ => 3,
        };
        match value {
            Value::Text(text) => push(&mut tiers[tier], text),
            Value::TextList(items) => items.iter().for_each(|item| push(&mut tiers[tier], item)),
            Value::Link(target) => push(&mut tiers[tier], &catalog.get(*target).name),
            Value::Links(targets) => {
                targets
                    .iter()
                    .for_each(|target| push(&mut tiers[tier], &catalog.get(*target).name));
            }
            Value::Specs(specs) => {
                for (key, scalar) in specs.iter() {
                    push(&mut tiers[tier], key);
                    if let Scalar::Text(text) = scalar {
                        push(&mut tiers[tier], text);
                    }
                }
            }
            Value::Date(_) | Value::Time(_) | Value::Bool(_) => {}
        }
    }
    Doc { kind: record.kind, tiers: tiers.map(String::into_boxed_str) }
}

#[cfg(test)]
mod tests;
