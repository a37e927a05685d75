use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use crate::catalog::{Catalog, Field, Kind, RecordId, ScalarRef, ValueRef};
use crate::text::{fold, fold_into, fold_with_map};

/// Which part of a record a query matched, best tier first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchField {
    Name,
    /// Another name the record goes by (`aliases`: "TB2", "SSB", a transliteration).
    Alias,
    Id,
    Tags,
    /// The short facts shown beside a name: country, maker, category, role, sectors, place.
    Context,
    /// The summary and the other free text (specs, figures, area).
    Text,
    /// The user's own note on the record (matched by the browser, not the index).
    Note,
}

impl MatchField {
    pub const ALL: [MatchField; TIERS] = [
        MatchField::Name,
        MatchField::Alias,
        MatchField::Id,
        MatchField::Tags,
        MatchField::Context,
        MatchField::Text,
    ];

    /// What is added to a match's score in this tier, so that a name match ranks above an
    /// equally good match in a summary while a clean tag match can still beat a ragged one in a
    /// name.
    fn bonus(self) -> i64 {
        match self {
            MatchField::Name => 60,
            // Just below a name, so an equally good match on the real name ranks first.
            MatchField::Alias => 55,
            MatchField::Id => 40,
            MatchField::Tags => 30,
            MatchField::Context => 20,
            MatchField::Text | MatchField::Note => 0,
        }
    }

    /// Whether the tier needs every query word literally rather than a fuzzy match.
    fn is_literal(self) -> bool {
        matches!(self, MatchField::Tags | MatchField::Context | MatchField::Text)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            MatchField::Name => "name",
            MatchField::Alias => "alias",
            MatchField::Id => "id",
            MatchField::Tags => "tags",
            MatchField::Context => "context",
            MatchField::Text => "text",
            MatchField::Note => "note",
        }
    }
}

/// The context shown beside a hit found by one of its aliases: the alias first ("aka TB2 ·
/// Baykar · UAV"), so the user sees why a record with another name is there.
pub fn with_alias(alias: &str, context: &str) -> String {
    if context.is_empty() { format!("aka {alias}") } else { format!("aka {alias} · {context}") }
}

/// How many tiers of text each record has in the index.
const TIERS: usize = 6;

/// One search result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub record: RecordId,
    pub score: i64,
    pub field: MatchField,
}

/// How many records a worker takes at a time when the scan is split over cores, and how often a
/// scan looks to see whether it has been cancelled.
const CHUNK: usize = 4096;
/// Below this many candidates the scan stays on one thread: starting threads would cost more.
const PARALLEL_FROM: usize = 8192;
#[cfg(test)]
pub(crate) const PARALLEL_FROM_FOR_TESTS: usize = PARALLEL_FROM;

/// What a search found: the hits ranked best first, and the same records in record order (the
/// candidates for a query that extends this one).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Found {
    pub hits: Vec<Hit>,
    pub matched: Vec<RecordId>,
}

/// The prepared search index of one catalogue.
pub struct SearchIndex {
    /// All folded text, every record's tiers one after another.
    text: String,
    /// Per record, where each tier starts in `text`, and where the last one ends.
    bounds: Vec<[u32; TIERS + 1]>,
    kinds: Vec<Kind>,
    /// Every record, sorted by folded name: the answer to an empty query.
    by_name: Vec<RecordId>,
    /// Each record's place in `by_name`, the tie-breaker between equal scores.
    name_rank: Vec<u32>,
    matcher: SkimMatcherV2,
}

/// A query folded and split once, then matched against many records.
struct Prepared {
    folded: String,
    /// One substring searcher per word, built once per query rather than once per haystack.
    tokens: Vec<memchr::memmem::Finder<'static>>,
    /// The highest score a literal tier can give this query (see [`literal_score`]).
    literal_max: i64,
}

impl Prepared {
    fn new(query: &str) -> Prepared {
        let folded = fold(query.trim());
        let words: Vec<&str> = folded.split_whitespace().collect();
        let literal_max = words.iter().map(|w| 16 * i64::try_from(w.len()).unwrap_or(0) + 8).sum();
        let tokens =
            words.iter().map(|w| memchr::memmem::Finder::new(w.as_bytes()).into_owned()).collect();
        Prepared { folded, tokens, literal_max }
    }
}

impl SearchIndex {
    pub fn build(catalog: &Catalog) -> SearchIndex {
        let ids: Vec<RecordId> = catalog.ids().collect();
        // Folding every record's text is the bulk of the work: split it over the cores, each
        // worker filling its own arena, then join the arenas in record order.
        let workers = workers_for(ids.len());
        let size = ids.len().div_ceil(workers).max(1);
        let parts: Vec<(String, Vec<[u32; TIERS + 1]>)> = std::thread::scope(|scope| {
            let handles: Vec<_> = ids
                .chunks(size)
                .map(|chunk| scope.spawn(move || prepare_chunk(catalog, chunk)))
                .collect();
            handles.into_iter().map(|h| h.join().expect("an index worker panicked")).collect()
        });
        let mut text = String::with_capacity(parts.iter().map(|(t, _)| t.len()).sum());
        let mut bounds = Vec::with_capacity(ids.len());
        for (part_text, part_bounds) in parts {
            let base =
                u32::try_from(text.len()).expect("the folded text of a catalogue fits in 4 GiB");
            text.push_str(&part_text);
            bounds.extend(part_bounds.into_iter().map(|b| b.map(|offset| offset + base)));
        }
        let kinds = ids.iter().map(|&id| catalog.get(id).kind()).collect();
        let mut by_name = ids;
        by_name.sort_by(|a, b| {
            let name = |id: &RecordId| {
                &text[bounds[id.index()][0] as usize..bounds[id.index()][1] as usize]
            };
            name(a).cmp(name(b)).then(a.cmp(b))
        });
        let mut name_rank = vec![0u32; by_name.len()];
        for (rank, id) in by_name.iter().enumerate() {
            name_rank[id.index()] = u32::try_from(rank).unwrap_or(u32::MAX);
        }
        SearchIndex {
            text,
            bounds,
            kinds,
            by_name,
            name_rank,
            matcher: SkimMatcherV2::default().ignore_case(),
        }
    }

    /// How many records the index covers.
    pub fn len(&self) -> usize {
        self.bounds.len()
    }

    pub fn is_empty(&self) -> bool {
        self.bounds.is_empty()
    }

    fn tier(&self, record: usize, tier: usize) -> &str {
        let bounds = &self.bounds[record];
        &self.text[bounds[tier] as usize..bounds[tier + 1] as usize]
    }

    /// Records matching `query`, best first; an empty query lists everything by name. `kind`
    /// restricts the results to one kind.
    pub fn search(&self, query: &str, kind: Option<Kind>) -> Vec<Hit> {
        self.search_within(query, kind, None, &|| false).map(|found| found.hits).unwrap_or_default()
    }

    /// The same search, limited to `candidates` when given (the records that matched a query
    /// this one extends, in record order: [`Found::matched`]), giving up with `None` as soon as
    /// `cancelled` says so.
    pub fn search_within(
        &self,
        query: &str,
        kind: Option<Kind>,
        candidates: Option<&[RecordId]>,
        cancelled: &(dyn Fn() -> bool + Sync),
    ) -> Option<Found> {
        let query = Prepared::new(query);
        let wanted = |id: RecordId| kind.is_none_or(|kind| self.kinds[id.index()] == kind);
        if query.folded.is_empty() {
            let all = candidates.map_or_else(|| self.by_name.clone(), <[RecordId]>::to_vec);
            let mut hits: Vec<Hit> = all
                .into_iter()
                .filter(|&id| wanted(id))
                .map(|record| Hit { record, score: 0, field: MatchField::Name })
                .collect();
            if candidates.is_some() {
                hits.sort_by_key(|hit| self.name_rank[hit.record.index()]);
            }
            let mut matched: Vec<RecordId> = hits.iter().map(|hit| hit.record).collect();
            matched.sort_unstable();
            return Some(Found { hits, matched });
        }
        // Scanned in record order, candidates read the arena front to back, which at 100 000
        // records is the difference between streaming from memory and a cache miss per record.
        // `Found::matched` already comes in that order; anything else is sorted first.
        let sorted: Option<Vec<RecordId>> = candidates.filter(|c| !c.is_sorted()).map(|c| {
            let mut c = c.to_vec();
            c.sort_unstable();
            c
        });
        let candidates = sorted.as_deref().or(candidates);
        let total = candidates.map_or(self.len(), <[RecordId]>::len);
        let at = |i: usize| candidates.map_or_else(|| RecordId::from_usize(i), |c| c[i]);
        let scan = |range: std::ops::Range<usize>| -> Option<Vec<Hit>> {
            let mut hits = Vec::new();
            for start in range.clone().step_by(CHUNK) {
                if cancelled() {
                    return None;
                }
                for i in start..(start + CHUNK).min(range.end) {
                    let record = at(i);
                    if !wanted(record) {
                        continue;
                    }
                    if let Some((score, field)) = self.score(record.index(), &query) {
                        hits.push(Hit { record, score, field });
                    }
                }
            }
            Some(hits)
        };
        let workers = if total >= PARALLEL_FROM { workers_for(total) } else { 1 };
        let hits = if workers == 1 {
            scan(0..total)?
        } else {
            let size = total.div_ceil(workers);
            let parts: Vec<Option<Vec<Hit>>> = std::thread::scope(|scope| {
                let handles: Vec<_> = (0..workers)
                    .map(|w| {
                        let range = (w * size).min(total)..((w + 1) * size).min(total);
                        scope.spawn(move || scan(range))
                    })
                    .collect();
                handles.into_iter().map(|h| h.join().expect("a search worker panicked")).collect()
            });
            let mut hits = Vec::new();
            for part in parts {
                hits.extend(part?);
            }
            hits
        };
        if cancelled() {
            return None;
        }
        // The scan went in record order: that is the order the next keystroke wants.
        let matched: Vec<RecordId> = hits.iter().map(|hit| hit.record).collect();
        Some(Found { hits: self.rank(hits), matched })
    }

    /// Best score first; ties in the alphabetical order people expect. Each hit is packed into
    /// one u64 (inverted score, name rank, tier) so that ranking a hundred thousand hits sorts
    /// plain integers; the record comes back from its rank.
    fn rank(&self, hits: Vec<Hit>) -> Vec<Hit> {
        const SCORE_BITS: u32 = 20;
        let max_score = (1i64 << SCORE_BITS) - 1;
        let mut keys: Vec<u64> = hits
            .iter()
            .map(|hit| {
                let inverted =
                    u64::try_from(max_score - hit.score.clamp(0, max_score)).unwrap_or(0);
                let tier = MatchField::ALL.iter().position(|t| *t == hit.field).unwrap_or(0) as u64;
                inverted << 35 | u64::from(self.name_rank[hit.record.index()]) << 3 | tier
            })
            .collect();
        drop(hits);
        keys.sort_unstable();
        keys.into_iter()
            .map(|key| {
                let rank = ((key >> 3) & u64::from(u32::MAX)) as usize;
                let score = max_score - i64::try_from(key >> 35).unwrap_or(0);
                Hit {
                    record: self.by_name[rank],
                    score,
                    field: MatchField::ALL[(key & 7) as usize],
                }
            })
            .collect()
    }

    fn score(&self, record: usize, query: &Prepared) -> Option<(i64, MatchField)> {
        let mut best: Option<(i64, MatchField)> = None;
        for (tier_index, tier) in MatchField::ALL.into_iter().enumerate() {
            let haystack = self.tier(record, tier_index);
            // Names and ids are matched fuzzily and scored by skim, as fzf users expect. Tags,
            // facts and summaries are joined phrases, long enough for almost any query to be
            // scattered through them ("drone" in "armoured vehicle · 4x4 · IED protection"), so
            // there every word of the query must appear as typed, and a literal score is enough:
            // running skim over every summary was most of the cost of a short query.
            // A literal tier cannot beat a match already found that scores at least its best;
            // skipping it then changes nothing (a tie does not replace the earlier tier).
            if tier.is_literal()
                && best.is_some_and(|(score, _)| score >= query.literal_max + tier.bonus())
            {
                continue;
            }
            let raw = if tier.is_literal() {
                literal_score(haystack, &query.tokens)
            } else if is_subsequence(query.folded.as_bytes(), haystack.as_bytes()) {
                // The scorer rejects what is not a subsequence too, at far greater cost.
                self.matcher.fuzzy_match(haystack, &query.folded)
            } else {
                None
            };
            let Some(raw) = raw else { continue };
            let score = raw + tier.bonus();
            if best.is_none_or(|(best_score, _)| score > best_score) {
                best = Some((score, tier));
            }
        }
        best
    }

    /// For a hit in the alias tier, the alias that matched best, to show why the record is there
    /// ("aka TB2"). Worked out only for hits that are shown.
    pub fn matched_alias<'a>(
        &self,
        catalog: &'a Catalog,
        hit: &Hit,
        query: &str,
    ) -> Option<&'a str> {
        if hit.field != MatchField::Alias {
            return None;
        }
        let query = Prepared::new(query);
        catalog
            .get(hit.record)
            .list(Field::Aliases)
            .iter()
            .filter_map(|alias| {
                let folded = fold(alias);
                // A whole-word hit ("tb2" in "TB2") over a scattered fuzzy one.
                let score = literal_score(&folded, &query.tokens)
                    .map(|score| score + 1000)
                    .or_else(|| self.matcher.fuzzy_match(&folded, &query.folded))?;
                Some((score, alias))
            })
            .max_by_key(|(score, _)| *score)
            .map(|(_, alias)| alias)
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

#[cfg(test)]
impl SearchIndex {
    /// The plain full scan the fast paths must agree with: every record, every tier, the scorer
    /// alone deciding (no subsequence pre-check), one thread, no narrowing.
    pub(crate) fn reference_search(&self, query: &str, kind: Option<Kind>) -> Vec<Hit> {
        let query = Prepared::new(query);
        let mut hits = Vec::new();
        for record in 0..self.len() {
            if kind.is_some_and(|kind| self.kinds[record] != kind) {
                continue;
            }
            let mut best: Option<(i64, MatchField)> = None;
            for (tier_index, tier) in MatchField::ALL.into_iter().enumerate() {
                let haystack = self.tier(record, tier_index);
                let raw = if tier.is_literal() {
                    literal_score(haystack, &query.tokens)
                } else {
                    self.matcher.fuzzy_match(haystack, &query.folded)
                };
                if let Some(raw) = raw {
                    let score = raw + tier.bonus();
                    if best.is_none_or(|(best_score, _)| score > best_score) {
                        best = Some((score, tier));
                    }
                }
            }
            if let Some((score, field)) = best {
                hits.push(Hit { record: RecordId::from_usize(record), score, field });
            }
        }
        hits.sort_by_key(|hit| (std::cmp::Reverse(hit.score), self.name_rank[hit.record.index()]));
        hits
    }
}

/// The score of a literal match: every word must occur; each counts as skim counts a run of
/// matched characters (16 a character), with a bonus of 8 where it starts a word, so literal and
/// fuzzy scores are of one scale and a clean word match beats a fragment.
fn literal_score(haystack: &str, tokens: &[memchr::memmem::Finder<'static>]) -> Option<i64> {
    let bytes = haystack.as_bytes();
    let mut score = 0;
    for token in tokens {
        let at = token.find(bytes)?;
        let starts_word = at == 0 || !bytes[at - 1].is_ascii_alphanumeric();
        let length = i64::try_from(token.needle().len()).unwrap_or(i64::MAX / 32);
        score += 16 * length + if starts_word { 8 } else { 0 };
    }
    Some(score)
}

/// How many threads to split `items` of work over: one per core, but not for tiny inputs.
fn workers_for(items: usize) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    cores.min(items.div_ceil(CHUNK)).max(1)
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

/// Fold the tiers of `ids` into one arena, with each record's tier bounds.
fn prepare_chunk(catalog: &Catalog, ids: &[RecordId]) -> (String, Vec<[u32; TIERS + 1]>) {
    let mut text = String::with_capacity(ids.len() * 160);
    let mut bounds = Vec::with_capacity(ids.len());
    let mut tier_text: [String; TIERS] = Default::default();
    for &id in ids {
        for tier in &mut tier_text {
            tier.clear();
        }
        prepare(catalog, id, &mut tier_text);
        let mut record_bounds = [0u32; TIERS + 1];
        for (tier, folded) in tier_text.iter().enumerate() {
            record_bounds[tier] = u32::try_from(text.len()).unwrap_or(u32::MAX);
            text.push_str(folded);
        }
        record_bounds[TIERS] = u32::try_from(text.len()).unwrap_or(u32::MAX);
        bounds.push(record_bounds);
    }
    (text, bounds)
}

/// Fill one record's tiers, in [`MatchField::ALL`] order: name; aliases; id; tags; context facts
/// (country, maker, category, role, sectors, place…); free text (summary, specs, figures, area).
fn prepare(catalog: &Catalog, id: RecordId, tiers: &mut [String; TIERS]) {
    let record = catalog.get(id);
    fold_into(record.name(), &mut tiers[0]);
    let push = |out: &mut String, text: &str| {
        if !out.is_empty() {
            out.push_str(" · ");
        }
        fold_into(text, out);
    };
    for alias in record.list(Field::Aliases) {
        push(&mut tiers[1], alias);
    }
    // A country's id is `country:` and its slug; the prefix would match queries by itself.
    tiers[2].push_str(record.id().strip_prefix("country:").unwrap_or(record.id()));
    for tag in record.list(Field::Tags) {
        push(&mut tiers[3], tag);
    }
    for (field, value) in record.fields() {
        let tier = match field {
            Field::Tags | Field::Sources | Field::Aliases => continue,
            Field::Summary | Field::Specs | Field::Figures | Field::Area | Field::Website => 5,
            Field::Related | Field::Members | Field::Interests | Field::Event => continue,
            _ => 4,
        };
        match value {
            ValueRef::Text(text) => push(&mut tiers[tier], text),
            ValueRef::TextList(items) => items.iter().for_each(|item| push(&mut tiers[tier], item)),
            ValueRef::Link(target) => push(&mut tiers[tier], catalog.get(*target).name()),
            ValueRef::Links(targets) => {
                targets
                    .iter()
                    .for_each(|target| push(&mut tiers[tier], catalog.get(*target).name()));
            }
            ValueRef::Specs(specs) => {
                for (key, scalar) in specs.iter() {
                    push(&mut tiers[tier], key);
                    if let ScalarRef::Text(text) = scalar {
                        push(&mut tiers[tier], text);
                    }
                }
            }
            ValueRef::Date(_) | ValueRef::Time(_) | ValueRef::Bool(_) | ValueRef::Count(_) => {}
        }
    }
}
