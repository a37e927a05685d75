//! Any query against the BAMEX catalogue: ranked hits, in order, never a panic.
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
});
