//! The fast paths (narrowing, the parallel scan, the worker) give exactly what the plain full
//! scan gives, on generated catalogues.

//! The fast paths (pre-check, narrowing to the previous hits, the split over cores, the
//! background worker) must return exactly what the plain full scan returns.

use std::sync::{Arc, Mutex, mpsc};
use std::time::Duration;

use super::*;
use crate::catalog::load;
use crate::search::{SearchJob, SearchWorker};
use crate::synth::generate;

fn generated(n: usize) -> (Catalog, SearchIndex) {
    let catalog = load(&generate(n, 42)).catalog;
    let index = SearchIndex::build(&catalog);
    (catalog, index)
}

/// Queries as people type them: names of generated records, accented words, several words,
/// single letters, and things that match nothing.
fn queries(catalog: &Catalog) -> Vec<String> {
    let mut queries: Vec<String> =
        ["a", "z", "ba", "Çe", "maïga", "drone", "land systems", "x9q", "ör", "-4"]
            .into_iter()
            // fzf's operators, alone and in company, and a word only the relaxed pass finds.
            .chain([
                "'ba",
                "^d",
                "ne$",
                "!a",
                "drone | ba",
                "ka !z",
                "^a$",
                "armored",
                "defense norwy",
                "vhcl armd",
                "dkr dfnc nrwy",
            ])
            .map(String::from)
            .collect();
    for id in catalog.ids().step_by(997).take(12) {
        queries.push(catalog.get(id).name().to_string());
    }
    queries
}

#[test]
fn the_full_search_equals_the_plain_scan() {
    // Above the parallel threshold, so the split over cores is what is compared.
    let (catalog, index) = generated(10_000);
    assert!(index.len() > super::super::index::PARALLEL_FROM_FOR_TESTS);
    for query in queries(&catalog) {
        assert_eq!(
            index.search(&query, None),
            index.reference_search(&query, None),
            "query {query:?}"
        );
    }
    let kind = Some(Kind::System);
    assert_eq!(index.search("ka", kind), index.reference_search("ka", kind));
}

#[test]
fn narrowing_to_the_previous_hits_loses_nothing() {
    let (catalog, index) = generated(10_000);
    for query in queries(&catalog) {
        let mut previous: Option<(String, crate::search::Matched)> = None;
        let chars: Vec<char> = query.chars().collect();
        for end in 1..=chars.len() {
            let prefix: String = chars[..end].iter().collect();
            // As the browser does: the previous hits only where the query cannot widen.
            let candidates = previous
                .as_ref()
                .filter(|(before, _)| crate::search::narrows(before, &prefix))
                .map(|(_, matched)| matched);
            let found =
                index.search_within(&prefix, None, candidates, &|| false).expect("not cancelled");
            assert_eq!(found.hits, index.reference_search(&prefix, None), "prefix {prefix:?}");
            let mut in_record_order: Vec<RecordId> =
                found.hits.iter().map(|hit| hit.record).collect();
            in_record_order.sort_unstable();
            assert_eq!(
                found.matched.records, in_record_order,
                "matched: the same records, in record order"
            );
            previous = Some((prefix, found.matched));
        }
    }
}

#[test]
fn a_cancelled_search_gives_up() {
    let (_, index) = generated(10_000);
    assert_eq!(index.search_within("a", None, None, &|| true), None);
}

#[test]
fn the_worker_delivers_the_latest_search_and_drops_stale_ones() {
    let (catalog, index) = generated(10_000);
    let index = Arc::new(index);
    let (sender, delivered) = mpsc::channel();
    let sender = Mutex::new(sender);
    let worker = SearchWorker::spawn(Arc::clone(&index), move |results| {
        let _ = sender.lock().expect("lock").send(results);
    })
    .expect("the search thread starts");
    let typed = queries(&catalog).remove(11);
    let chars: Vec<char> = typed.chars().collect();
    for (generation, end) in (1..=chars.len()).enumerate() {
        let query: String = chars[..end].iter().collect();
        worker.submit(SearchJob {
            generation: generation as u64 + 1,
            query,
            kind: None,
            candidates: None,
        });
    }
    let last = chars.len() as u64;
    let mut latest = None;
    while let Ok(results) = delivered.recv_timeout(Duration::from_secs(30)) {
        assert!(
            latest
                .as_ref()
                .is_none_or(|l: &crate::search::SearchResults| l.generation < results.generation)
        );
        let done = results.generation == last;
        latest = Some(results);
        if done {
            break;
        }
    }
    let latest = latest.expect("the last search is delivered");
    assert_eq!(latest.generation, last);
    assert_eq!(latest.hits, index.reference_search(&typed, None));
}
