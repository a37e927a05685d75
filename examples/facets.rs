//! How long the facet panel takes to count at scale: a synthetic catalogue of N records, the
//! systems' facet rows built with no filter and with two chosen (and the list narrowed), as
//! the panel rebuilds them on every Space, from the facet index built once.
//!
//!     cargo run --release --example facets -- 100000

use std::time::Instant;

use showfloor::browser::app::facets::rows;
use showfloor::catalog::{Kind, load};
use showfloor::features::facet::Filters;

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let catalog = load(&showfloor::synth::generate(n, 7)).catalog;
    let started = Instant::now();
    let index = showfloor::features::facet::FacetIndex::build(&catalog);
    println!(
        "{} records: facet index built in {:.1} ms",
        catalog.len(),
        started.elapsed().as_secs_f64() * 1000.0
    );
    for kind in [Kind::Company, Kind::System] {
        let records = catalog.of_kind(kind);
        let mut filters = Filters::default();
        let started = Instant::now();
        let built = rows(&index, Some(kind), records, &filters, None);
        let open = started.elapsed();
        // Choose the two most common values of the first facet, as a user would.
        let first = showfloor::features::facet::facets_of(kind)[0];
        for value in
            showfloor::features::facet::counts(&catalog, records, &filters, first).iter().take(2)
        {
            filters.add(first, value.0);
        }
        let started = Instant::now();
        let _ = rows(&index, Some(kind), records, &filters, None);
        let _ = index.admitted(records, &filters);
        let chosen = started.elapsed();
        println!(
            "{} {}: {} rows; open {:.1} ms, after choosing two {} values {:.1} ms",
            records.len(),
            kind.plural(),
            built.len(),
            open.as_secs_f64() * 1000.0,
            first.key(),
            chosen.as_secs_f64() * 1000.0
        );
    }
}
