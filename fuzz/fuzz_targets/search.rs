//! Any query against the BAMEX catalogue, in fzf's extended syntax or not: ranked hits, in
//! order, never a panic; and narrowed to the previous hits as the browser does while typing,
//! exactly what a search from scratch finds.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use showfloor::catalog::{Catalog, embedded, load};
use showfloor::search::SearchIndex;

fn index() -> &'static (Catalog, SearchIndex) {
    static INDEX: OnceLock<(Catalog, SearchIndex)> = OnceLock::new();
    INDEX.get_or_init(|| {
        let catalog = load(&embedded()).catalog;
        let index = SearchIndex::build(&catalog);
        (catalog, index)
    })
}

fuzz_target!(|query: &str| {
    let (catalog, index) = index();
    let hits = index.search(query, None);
    assert!(hits.len() <= catalog.len());
    assert!(hits.windows(2).all(|pair| pair[0].score >= pair[1].score));
    for hit in hits.iter().take(3) {
        let name = catalog.get(hit.record).name();
        let chars = name.chars().count();
        assert!(index.match_positions(name, query).iter().all(|&p| p < chars));
    }
    // The query typed in two steps: the first half's hits narrow the second when they may.
    let cut = query.char_indices().nth(query.chars().count() / 2).map_or(query.len(), |(i, _)| i);
    let before = &query[..cut];
    let first = index.search_within(before, None, None, &|| false).expect("not cancelled");
    let candidates = showfloor::search::narrows(before, query).then_some(&first.matched);
    let narrowed = index.search_within(query, None, candidates, &|| false).expect("runs");
    assert_eq!(narrowed.hits, hits);
});
