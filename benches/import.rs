//! Opening published files (`cargo bench --bench import`): a large conference's frab XML
//! (1 000 talks, 2 000 speakers, about 2 MB) and a 10 000-row exhibitor spreadsheet (CSV and
//! XLSX), from the file on disk to a catalogue with its search index built: what `showfloor
//! --data FILE` does before the first screen. Issue 14 asks for 300 ms and 500 ms.

use std::fmt::Write as _;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use criterion::Criterion;
use showfloor::catalog::Progress;
use showfloor::import::{Options, load};
use showfloor::search::SearchIndex;

const TALKS: usize = 1_000;
const SPEAKERS: usize = 2_000;
const ROWS: usize = 10_000;

/// Words for titles and abstracts, so the text is searchable and not one repeated string.
const WORDS: &[&str] = &[
    "radar",
    "harbour",
    "sensor",
    "drone",
    "cyber",
    "logistics",
    "armour",
    "satellite",
    "border",
    "training",
    "maritime",
    "signals",
    "resilience",
    "policy",
    "supply",
    "detection",
    "mesh",
];

fn words(seed: usize, n: usize) -> String {
    (0..n).map(|i| WORDS[(seed * 7 + i * 13) % WORDS.len()]).collect::<Vec<_>>().join(" ")
}

/// A frab schedule: four days of ten rooms, talks of 30 minutes from 08:00, two speakers each, an
/// abstract of about 1.5 kB in escaped HTML.
fn frab_xml() -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<schedule>\n<version>1</version>\n<conference>\
         <acronym>big</acronym><title>Big Conference</title><start>2026-06-01</start>\
         <end>2026-06-04</end><time_zone_name>Europe/Berlin</time_zone_name></conference>\n",
    );
    let per_day = TALKS / 4;
    for day in 0..4 {
        let date = format!("2026-06-0{}", day + 1);
        let _ = writeln!(xml, "<day index=\"{}\" date=\"{date}\">", day + 1);
        for room in 0..10 {
            let _ = writeln!(xml, "<room name=\"Room {room}\">");
            for slot in 0..per_day / 10 {
                let n = day * per_day + room * (per_day / 10) + slot;
                let (hour, minute) = (8 + slot * 30 / 60, slot * 30 % 60);
                let _ = writeln!(
                    xml,
                    "<event guid=\"00000000-0000-0000-0000-{n:012}\" id=\"{n}\">\
                     <date>{date}T{hour:02}:{minute:02}:00+02:00</date><start>{hour:02}:{minute:02}</start>\
                     <duration>00:30</duration><room>Room {room}</room><slug>big-{n}</slug>\
                     <title>{} talk {n}</title><subtitle></subtitle><track>Track {}</track>\
                     <type>lecture</type><language>en</language>\
                     <abstract>&lt;p&gt;{}&lt;/p&gt;&lt;p&gt;{}&lt;/p&gt;</abstract><description></description>\
                     <persons><person id=\"{}\">Speaker {} {}</person><person id=\"{}\">Speaker {} {}</person></persons>\
                     <links><link href=\"https://big.example.org/talk/{n}\">page</link></links></event>",
                    words(n, 4),
                    n % 12,
                    words(n, 110),
                    words(n + 1, 110),
                    n * 2 % SPEAKERS,
                    words(n * 2, 1),
                    n * 2 % SPEAKERS,
                    (n * 2 + 1) % SPEAKERS,
                    words(n * 2 + 1, 1),
                    (n * 2 + 1) % SPEAKERS,
                );
            }
            xml.push_str("</room>\n");
        }
        xml.push_str("</day>\n");
    }
    xml.push_str("</schedule>\n");
    xml
}

/// An exhibitor list as organisers export it: name, stand, country, website, sectors,
/// description, products.
fn exhibitors_csv() -> String {
    let countries = ["France", "Germany", "Türkiye", "Mali", "Brazil", "Japan", "Kenya"];
    let mut csv = String::from("Company,Stand,Country,Website,Sector,Description,Products\n");
    for n in 0..ROWS {
        let _ = writeln!(
            csv,
            "\"{} Systems {n}\",H{}-{n},{},www.company{n}.example,\"{}; {}\",\"{}\",\"{} {n}; {} {n}\"",
            words(n, 2),
            n % 9,
            countries[n % countries.len()],
            WORDS[n % WORDS.len()],
            WORDS[(n + 3) % WORDS.len()],
            words(n, 30),
            WORDS[(n + 5) % WORDS.len()],
            WORDS[(n + 6) % WORDS.len()],
        );
    }
    csv
}

/// The same list as a workbook (XLSX), the other way organisers export it.
fn exhibitors_xlsx(csv: &str) -> Vec<u8> {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(csv.as_bytes());
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|row| row.expect("the list just written").iter().map(str::to_owned).collect())
        .collect();
    let rows: Vec<Vec<&str>> =
        rows.iter().map(|r| r.iter().map(String::as_str).collect()).collect();
    let rows: Vec<&[&str]> = rows.iter().map(Vec::as_slice).collect();
    showfloor::synth::workbook::xlsx(&rows)
}

fn open(path: &PathBuf) -> usize {
    let loaded = load(std::slice::from_ref(path), &Options::default(), &Progress::default());
    assert_eq!(loaded.error_count(), 0, "{:?}", loaded.diagnostics.first());
    let index = SearchIndex::build(&loaded.catalog);
    black_box(index);
    loaded.catalog.len()
}

fn main() {
    let mut criterion = Criterion::default().configure_from_args();
    let dir = tempfile::tempdir().expect("a temporary folder");
    let xml = dir.path().join("schedule.xml");
    std::fs::write(&xml, frab_xml()).expect("write the schedule");
    let csv = dir.path().join("exhibitors.csv");
    let list = exhibitors_csv();
    std::fs::write(&csv, &list).expect("write the list");
    let xlsx = dir.path().join("exhibitors.xlsx");
    std::fs::write(&xlsx, exhibitors_xlsx(&list)).expect("write the workbook");
    let size = |path: &PathBuf| std::fs::metadata(path).map_or(0, |m| m.len());
    println!(
        "schedule.xml: {} bytes, {} records; exhibitors.csv: {} bytes, {} records; \
         exhibitors.xlsx: {} bytes, {} records",
        size(&xml),
        open(&xml),
        size(&csv),
        open(&csv),
        size(&xlsx),
        open(&xlsx)
    );
    let mut group = criterion.benchmark_group("open a published file, searchable");
    group.sample_size(10).measurement_time(Duration::from_secs(10));
    group.bench_function("frab XML, 1 000 talks, 2 000 speakers", |b| b.iter(|| open(&xml)));
    group.bench_function("CSV, 10 000 exhibitors", |b| b.iter(|| open(&csv)));
    group.bench_function("XLSX, 10 000 exhibitors", |b| b.iter(|| open(&xlsx)));
    group.finish();
    criterion.final_summary();
}
