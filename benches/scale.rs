//! Scale benchmarks (`cargo bench`): loading at 10k and 100k records, search per keystroke of a
//! typed query at 10k, 100k and 1M, and moving through a list with a frame drawn, on a small
//! catalogue and on a 1M-record one, and the busiest country's page and relationship view at
//! 100k. Catalogues come
//! from the deterministic generator. After criterion's report, the ratio of per-keystroke cost
//! at 100k to 10k is printed (linear scaling is 10).
//!
//! `SHOWFLOOR_BENCH_MAX=100000 cargo bench` skips the million-record cases (they need about 3 GB
//! of memory and a minute to set up).

use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, Throughput};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use showfloor::browser::app::{Action, App, update};
use showfloor::browser::ui;
use showfloor::catalog::{Catalog, load};
use showfloor::search::{Found, Hit, SearchIndex};
use showfloor::synth::generate;

/// What a person types: a generated company's name, a character at a time.
const TYPED: &str = "dúkar defence";
/// Several words across fields: a name, a sector word and a country by its English name (the
/// generated catalogue writes "Norge").
const TYPED_WORDS: &str = "dúkar defence norway";

fn largest() -> usize {
    std::env::var("SHOWFLOOR_BENCH_MAX").ok().and_then(|n| n.parse().ok()).unwrap_or(1_000_000)
}

fn catalog(n: usize) -> Catalog {
    let loaded = load(&generate(n, 1));
    assert_eq!(loaded.error_count(), 0, "generated catalogues are clean");
    loaded.catalog
}

/// Type `typed` as the browser does: a keystroke narrows to the previous keystroke's hits
/// where the query cannot widen.
fn type_query(index: &SearchIndex, typed: &str) -> Vec<Hit> {
    let mut found: Option<(String, Found)> = None;
    let chars: Vec<char> = typed.chars().collect();
    for end in 1..=chars.len() {
        let query: String = chars[..end].iter().collect();
        let candidates = found
            .as_ref()
            .filter(|(before, _)| showfloor::search::narrows(before, &query))
            .map(|(_, f)| &f.matched);
        found = index.search_within(&query, None, candidates, &|| false).map(|f| (query, f));
    }
    found.map(|(_, f)| f.hits).unwrap_or_default()
}

fn bench_load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    group.sample_size(10).measurement_time(Duration::from_secs(20));
    for n in [10_000, 100_000] {
        let sources = generate(n, 1);
        let bytes: usize = sources.iter().map(|s| s.bytes.len()).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), &sources, |b, sources| {
            b.iter(|| {
                let loaded = load(black_box(sources));
                SearchIndex::build(&loaded.catalog)
            });
        });
    }
    group.finish();
}

/// `check` on a catalogue with 10 000 misspelt references: each gets its error, the first few
/// hundred a "did you mean" (which compares against every id), so the load stays linear.
fn bench_bad_references(c: &mut Criterion) {
    let mut sources = generate(10_000, 1);
    let bad: String = (0..10_000)
        .map(|i| {
            format!("[[system]]\nid = \"bad-{i}\"\nname = \"Bad {i}\"\nmaker = \"compny-{i}\"\n")
        })
        .collect();
    sources.push(showfloor::catalog::SourceFile::from_text("bad.toml", &bad));
    let mut group = c.benchmark_group("load with 10 000 bad references");
    group.sample_size(10).measurement_time(Duration::from_secs(10));
    group.bench_function("10 000 records", |b| {
        b.iter(|| {
            let loaded = load(black_box(&sources));
            assert!(loaded.error_count() >= 10_000);
        })
    });
    group.finish();
}

fn bench_keystrokes(c: &mut Criterion, indexes: &[(usize, Arc<SearchIndex>)]) {
    for (name, typed) in [("typed query", TYPED), ("typed words", TYPED_WORDS)] {
        let mut group = c.benchmark_group(format!("{name}, per keystroke"));
        group.sample_size(10).measurement_time(Duration::from_secs(10));
        group.throughput(Throughput::Elements(typed.chars().count() as u64));
        for (n, index) in indexes {
            group.bench_with_input(BenchmarkId::from_parameter(n), index, |b, index| {
                b.iter(|| type_query(index, typed))
            });
        }
        group.finish();
    }
    let mut group = c.benchmark_group("first keystroke");
    group.sample_size(10).measurement_time(Duration::from_secs(10));
    for (n, index) in indexes {
        group.bench_with_input(BenchmarkId::from_parameter(n), index, |b, index| {
            b.iter(|| index.search("d", None))
        });
    }
    group.finish();
}

fn bench_draw(c: &mut Criterion, n: usize) {
    let mut app = App::new(catalog(n), 120, 40);
    let systems =
        app.sections().iter().position(|s| s.records.len() > n / 3).expect("a large section");
    // Shift-Tab from the list, as a person gets to the kinds pane.
    update(&mut app, Action::FocusPrev);
    for _ in 0..systems {
        update(&mut app, Action::Down);
    }
    update(&mut app, Action::Open);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("test backend");
    let mut group = c.benchmark_group(format!("list of {} records", app.list().visible.len()));
    group.sample_size(20);
    for (name, action) in [
        ("j and draw", Action::Down),
        ("PgDn and draw", Action::PageDown),
        ("G and draw", Action::Bottom),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| {
                update(&mut app, action.clone());
                if action == Action::Bottom {
                    update(&mut app, Action::Top);
                }
                terminal.draw(|frame| ui::draw(&app, frame)).expect("draws");
            });
        });
    }
    group.finish();
}

/// The country the most records name.
fn busiest_country(catalog: &Catalog) -> showfloor::catalog::RecordId {
    *catalog
        .of_kind(showfloor::catalog::Kind::Country)
        .iter()
        .max_by_key(|&&country| catalog.backlinks(country).len())
        .expect("a country")
}

/// `country`'s page, reached as a person does: Shift-Tab to the kinds pane, down to the
/// countries, Enter, down to it, Enter.
fn open_country_page(app: &mut App, country: showfloor::catalog::RecordId) {
    update(app, Action::FocusPrev);
    while app.current_section().and_then(|s| s.kind()) != Some(showfloor::catalog::Kind::Country) {
        update(app, Action::Down);
    }
    update(app, Action::Open);
    let row = app.list().visible.iter().position(|&r| r == country).expect("listed");
    for _ in 0..row {
        update(app, Action::Down);
    }
    update(app, Action::Open);
}

/// The busiest country's page at `n` records: thousands of backlinks and the systems made there,
/// as an analyst walks them with j. Only the rows on screen are drawn, but the page is rebuilt
/// on every key, so this is what a key costs on the longest page a catalogue has.
fn bench_country_page(c: &mut Criterion, n: usize) {
    let catalog = catalog(n);
    let busiest = busiest_country(&catalog);
    let (backlinks, made) = (catalog.backlinks(busiest).len(), catalog.made_in(busiest).len());
    let mut app = App::new(catalog, 120, 40);
    open_country_page(&mut app, busiest);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("test backend");
    let mut group = c.benchmark_group(format!(
        "country page ({backlinks} backlinks, {made} systems made there)"
    ));
    group.sample_size(20);
    group.bench_function("j and draw", |b| {
        b.iter(|| {
            update(&mut app, Action::Down);
            terminal.draw(|frame| ui::draw(&app, frame)).expect("draws");
        });
    });
    group.finish();
}

/// The relationship view of the busiest country (the one with most records naming it): its
/// neighbourhood built at each depth, and `r` pressed on its page with the frame drawn and the
/// view closed again (closing drops the built view, so every `r` builds it afresh).
fn bench_relationships(c: &mut Criterion, n: usize) {
    use showfloor::features::graph::{MAX_DEPTH, MIN_DEPTH, neighbourhood};
    let catalog = catalog(n);
    let busiest = busiest_country(&catalog);
    let backlinks = catalog.backlinks(busiest).len();
    let mut group = c.benchmark_group(format!("relationships at {n} ({backlinks} backlinks)"));
    group.sample_size(20);
    for depth in MIN_DEPTH..=MAX_DEPTH {
        let rows = neighbourhood(&catalog, busiest, depth).rows.len();
        group.bench_function(format!("neighbourhood, depth {depth} ({rows} rows)"), |b| {
            b.iter(|| neighbourhood(black_box(&catalog), busiest, depth))
        });
    }
    let mut app = App::new(catalog, 120, 40);
    open_country_page(&mut app, busiest);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("test backend");
    group.bench_function("r, draw, Esc", |b| {
        b.iter(|| {
            update(&mut app, Action::OpenGraph);
            terminal.draw(|frame| ui::draw(&app, frame)).expect("draws");
            update(&mut app, Action::Close);
        });
    });
    group.finish();
}

/// The median time of one keystroke of `TYPED`, measured directly, for the scaling ratio.
fn per_keystroke(index: &SearchIndex) -> Duration {
    let mut times: Vec<Duration> = (0..15)
        .map(|_| {
            let start = Instant::now();
            black_box(type_query(index, TYPED));
            start.elapsed() / TYPED.chars().count() as u32
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let mut criterion = Criterion::default().configure_from_args();
    bench_load(&mut criterion);
    bench_bad_references(&mut criterion);
    let sizes: Vec<usize> =
        [10_000, 100_000, 1_000_000].into_iter().filter(|&n| n <= largest()).collect();
    let indexes: Vec<(usize, Arc<SearchIndex>)> =
        sizes.iter().map(|&n| (n, Arc::new(SearchIndex::build(&catalog(n))))).collect();
    bench_keystrokes(&mut criterion, &indexes);
    let (small, large) = (per_keystroke(&indexes[0].1), per_keystroke(&indexes[1].1));
    drop(indexes);
    // The same keys on a small catalogue and on the largest: only what is visible is built and
    // drawn, so the cost per key should not depend on the list's length.
    for n in [300, *sizes.last().expect("at least one size")] {
        bench_draw(&mut criterion, n);
    }
    bench_country_page(&mut criterion, sizes[sizes.len().min(2) - 1]);
    bench_relationships(&mut criterion, sizes[sizes.len().min(2) - 1]);
    criterion.final_summary();
    println!(
        "\nper keystroke of {TYPED:?}: {small:?} at 10k, {large:?} at 100k; ratio 100k/10k = {:.2} (linear = 10)",
        large.as_secs_f64() / small.as_secs_f64()
    );
}
