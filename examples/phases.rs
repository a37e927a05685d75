//! Time the phases of loading a catalogue: `cargo run --release --example phases -- DIR`.
//! A diagnostic aid for the scale work; the benchmarks in benches/ are the measurements.

use std::time::Instant;

use showfloor::catalog::{load, read_dir};
use showfloor::search::SearchIndex;

/// Resident memory now and at its peak, from /proc (Linux).
fn memory() -> String {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .map_or("?".to_owned(), |l| l[name.len()..].trim().to_owned())
    };
    format!("rss {} (peak {})", field("VmRSS:"), field("VmHWM:"))
}

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "data".into());
    let start = Instant::now();
    let (sources, _) = read_dir(dir.as_ref());
    let read = start.elapsed();
    println!("after read: {}", memory());
    let loaded = load(&sources);
    let parsed = start.elapsed();
    println!("after load: {}", memory());
    drop(sources);
    println!("sources dropped: {}", memory());
    let index = SearchIndex::build(&loaded.catalog);
    let indexed = start.elapsed();
    println!("after index: {}", memory());
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
