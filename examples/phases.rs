//! Time the phases of loading a catalogue: `cargo run --release --example phases -- DIR`.
//! A diagnostic aid for the scale work; the benchmarks in benches/ are the measurements.

use std::time::Instant;

use showfloor::catalog::{load, read_dir};
use showfloor::search::SearchIndex;

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "data".into());
    let start = Instant::now();
    let (sources, _) = read_dir(dir.as_ref());
    let read = start.elapsed();
    let loaded = load(&sources);
    let parsed = start.elapsed();
    let index = SearchIndex::build(&loaded.catalog);
    let indexed = start.elapsed();
    let hits = index.search("ba", None).len();
    let searched = start.elapsed();
    println!(
        "read {read:?}, load {:?}, index {:?}, search 'ba' {:?} ({hits} hits), {} records",
        parsed - read,
        indexed - parsed,
        searched - indexed,
        loaded.catalog.len()
    );
}
