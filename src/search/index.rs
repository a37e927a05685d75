use super::haystack::{MatchField, TIERS, prepare_chunk};
use super::query::Query;
use super::score::{self, Pass, Shortcuts, Skim, Tiers};
use crate::catalog::{Catalog, Field, Kind, RecordId};
use crate::text::{fold_for_search, fold_for_search_with_map};

/// The context shown beside a hit found by one of its aliases: the alias first ("aka TB2 ·
/// Baykar · UAV"), so the user sees why a record with another name is there.
pub fn with_alias(alias: &str, context: &str) -> String {
    let aka = crate::tr!("search-aka", alias = alias);
    if context.is_empty() { aka } else { format!("{aka} · {context}") }
}

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
    pub matched: Matched,
}

/// The records a search matched, in record order, and whether they answer its relaxed reading
/// (nothing matched it as typed): a query that extends it is then read relaxed within them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Matched {
    pub records: Vec<RecordId>,
    pub relaxed: bool,
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
    matcher: Skim,
}

impl SearchIndex {
    pub fn build(catalog: &Catalog) -> SearchIndex {
        let ids: Vec<RecordId> = catalog.ids().collect();
        // Folding every record's text is the bulk of the work: split it over the cores, each
        // worker filling its own arena, then join the arenas in record order.
        let workers = workers_for(ids.len());
        let size = ids.len().div_ceil(workers).max(1);
        let parts: Vec<(String, Vec<[u32; TIERS + 1]>)> =
            crate::parallel::map(ids.chunks(size).collect(), |chunk| prepare_chunk(catalog, chunk));
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
        SearchIndex { text, bounds, kinds, by_name, name_rank, matcher: Skim }
    }

    /// How many records the index covers.
    pub fn len(&self) -> usize {
        self.bounds.len()
    }

    pub fn is_empty(&self) -> bool {
        self.bounds.is_empty()
    }

    fn tiers(&self, record: usize) -> Tiers<'_> {
        Tiers { text: &self.text, bounds: self.bounds[record].map(|offset| offset as usize) }
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
        previous: Option<&Matched>,
        cancelled: &(dyn Fn() -> bool + Sync),
    ) -> Option<Found> {
        let candidates = previous.map(|matched| matched.records.as_slice());
        let query = Query::parse(query);
        let wanted = |id: RecordId| kind.is_none_or(|kind| self.kinds[id.index()] == kind);
        if query.is_empty() {
            let all = candidates.map_or_else(|| self.by_name.clone(), <[RecordId]>::to_vec);
            let mut hits: Vec<Hit> = all
                .into_iter()
                .filter(|&id| wanted(id))
                .map(|record| Hit { record, score: 0, field: MatchField::Name })
                .collect();
            if candidates.is_some() {
                hits.sort_by_key(|hit| self.name_rank[hit.record.index()]);
            }
            let mut records: Vec<RecordId> = hits.iter().map(|hit| hit.record).collect();
            records.sort_unstable();
            return Some(Found { hits, matched: Matched { records, relaxed: false } });
        }
        // A query that extends one read relaxed has no strict match either (its strict matches
        // would be the previous one's), so it goes straight to the relaxed reading.
        let relaxed_before = previous.is_some_and(|matched| matched.relaxed);
        let mut hits = if relaxed_before {
            Vec::new()
        } else {
            self.scan(&query, &wanted, candidates, cancelled, Pass::Strict)?
        };
        // Nothing matched as typed: try again letting a word hold a term's letters with more
        // between them ("armored" finds "armoured"). Within the previous relaxed matches, or
        // over every record: strict candidates answer the strict reading, and nothing matched.
        let relaxed = hits.is_empty() && query.can_relax();
        if relaxed {
            let within = candidates.filter(|_| relaxed_before);
            hits = self.scan(&query, &wanted, within, cancelled, Pass::Relaxed)?;
        }
        if cancelled() {
            return None;
        }
        // The scan went in record order: that is the order the next keystroke wants.
        let records: Vec<RecordId> = hits.iter().map(|hit| hit.record).collect();
        Some(Found { hits: self.rank(hits), matched: Matched { records, relaxed } })
    }

    /// Score `candidates` (every record when `None`) in record order, split over the cores
    /// when there are many; `None` when cancelled.
    fn scan(
        &self,
        query: &Query,
        wanted: &(dyn Fn(RecordId) -> bool + Sync),
        candidates: Option<&[RecordId]>,
        cancelled: &(dyn Fn() -> bool + Sync),
        pass: Pass,
    ) -> Option<Vec<Hit>> {
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
                    let tiers = self.tiers(record.index());
                    if let Some((score, field)) =
                        score::record(tiers, query, &self.matcher, Shortcuts::On, pass)
                    {
                        hits.push(Hit { record, score, field });
                    }
                }
            }
            Some(hits)
        };
        let workers = if total >= PARALLEL_FROM { workers_for(total) } else { 1 };
        if workers == 1 {
            return scan(0..total);
        }
        let size = total.div_ceil(workers);
        let ranges = (0..workers).map(|w| (w * size).min(total)..((w + 1) * size).min(total));
        let parts: Vec<Option<Vec<Hit>>> = crate::parallel::map(ranges.collect(), scan);
        let mut hits = Vec::new();
        for part in parts {
            hits.extend(part?);
        }
        Some(hits)
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
        let query = Query::parse(query);
        catalog
            .get(hit.record)
            .list(Field::Aliases)
            .iter()
            .filter_map(|alias| {
                let folded = fold_for_search(alias);
                let one = Tiers::single(&folded);
                let score: i64 = query
                    .positive_terms()
                    .filter_map(|term| {
                        score::term(one, term, &self.matcher, Shortcuts::On, Pass::Relaxed)
                    })
                    .map(|(score, _)| score)
                    .sum();
                (score > 0).then_some((score, alias))
            })
            .max_by_key(|(score, _)| *score)
            .map(|(_, alias)| alias)
    }

    /// The characters of `text` (indices of its `char`s) that the query's terms match, for
    /// highlighting: each term where it matches best. Worked out only for what is on screen,
    /// never for every hit.
    pub fn match_positions(&self, text: &str, query: &str) -> Vec<usize> {
        let query = Query::parse(query);
        if query.is_empty() {
            return Vec::new();
        }
        let (folded, map) = fold_for_search_with_map(text);
        let mut positions: Vec<usize> = query
            .positive_terms()
            .flat_map(|term| score::positions(&folded, term, &self.matcher))
            .filter_map(|i| map.get(i))
            .map(|&i| i as usize)
            .collect();
        positions.sort_unstable();
        positions.dedup();
        positions
    }
}

#[cfg(test)]
impl SearchIndex {
    /// The plain full scan the fast paths must agree with: every record, every tier, the scorer
    /// alone deciding (no pre-check, no early stop), one thread, no narrowing.
    pub(crate) fn reference_search(&self, query: &str, kind: Option<Kind>) -> Vec<Hit> {
        self.reference_pass(&Query::parse(query), kind, Pass::Strict)
    }

    fn reference_pass(&self, query: &Query, kind: Option<Kind>, pass: Pass) -> Vec<Hit> {
        let mut hits = Vec::new();
        for record in 0..self.len() {
            if kind.is_some_and(|kind| self.kinds[record] != kind) {
                continue;
            }
            let found = if query.is_empty() {
                Some((0, MatchField::Name))
            } else {
                score::record(self.tiers(record), query, &self.matcher, Shortcuts::Off, pass)
            };
            if let Some((score, field)) = found {
                hits.push(Hit { record: RecordId::from_usize(record), score, field });
            }
        }
        if hits.is_empty() && pass == Pass::Strict && query.can_relax() {
            return self.reference_pass(query, kind, Pass::Relaxed);
        }
        hits.sort_by_key(|hit| (std::cmp::Reverse(hit.score), self.name_rank[hit.record.index()]));
        hits
    }
}

/// How many threads to split `items` of work over: one per core, but not for tiny inputs.
fn workers_for(items: usize) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    cores.min(items.div_ceil(CHUNK)).max(1)
}
