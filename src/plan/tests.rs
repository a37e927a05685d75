use std::borrow::Cow;

use super::*;
use crate::catalog::{SourceFile, embedded, load};

fn bamex() -> Catalog {
    load(&embedded()).catalog
}

fn at(text: &str) -> DateTime {
    parse_now(text).expect("a time")
}

fn id(catalog: &Catalog, id: &str) -> RecordId {
    catalog.find(id).expect("exists")
}

#[test]
fn items_without_times_take_their_whole_day() {
    let catalog = bamex();
    let demo = interval(&catalog, id(&catalog, "bamex-2025-demo-day-1")).expect("a schedule item");
    assert_eq!(demo.start, at("2025-11-13T00:00"));
    assert_eq!(demo.end, at("2025-11-14T00:00"));
    assert!(interval(&catalog, id(&catalog, "baykar")).is_none());
}

#[test]
fn now_and_next_only_inside_the_event() {
    let catalog = bamex();
    let items = catalog.of_kind(Kind::ScheduleItem).to_vec();
    let found = now_and_next(&catalog, &items, at("2025-11-13T10:00"));
    let mut now: Vec<&str> = found.now.iter().map(|&r| catalog.get(r).id()).collect();
    now.sort_unstable();
    assert_eq!(now, vec!["bamex-2025-day-3", "bamex-2025-demo-day-1"]);
    let next = found.next.map(|r| catalog.get(r).id());
    assert!(matches!(next, Some("bamex-2025-day-4" | "bamex-2025-demo-day-2")), "{next:?}");
    assert_eq!(now_and_next(&catalog, &items, at("2025-12-01T10:00")), NowNext::default());
    assert_eq!(now_and_next(&catalog, &items, at("2025-11-10T23:59")), NowNext::default());
}

fn timed() -> Catalog {
    let text = "[[event]]\nid = \"e\"\nname = \"E\"\nstart_date = 2030-05-02\nend_date = 2030-05-03\n\
        [[event.schedule]]\nid = \"a\"\nname = \"A\"\nday = 2030-05-02\nstart_time = 09:00\nend_time = 10:00\n\
        [[event.schedule]]\nid = \"b\"\nname = \"B\"\nday = 2030-05-02\nstart_time = 09:30\nend_time = 11:00\n\
        [[event.schedule]]\nid = \"c\"\nname = \"C\"\nday = 2030-05-02\nstart_time = 10:00\nend_time = 10:30\n\
        [[company]]\nid = \"k2\"\nname = \"K2\"\nstand = \"A10\"\n\
        [[company]]\nid = \"k1\"\nname = \"K1\"\nstand = \"A9\"\n\
        [[company]]\nid = \"k0\"\nname = \"K0\"\n";
    let source = SourceFile { path: "t.toml".into(), bytes: Cow::Owned(text.as_bytes().to_vec()) };
    let loaded = load(&[source]);
    assert_eq!(loaded.error_count(), 0, "{:?}", loaded.diagnostics);
    loaded.catalog
}

#[test]
fn overlapping_marked_items_are_found_and_touching_ones_are_not() {
    let catalog = timed();
    let items = vec![id(&catalog, "a"), id(&catalog, "b"), id(&catalog, "c")];
    let clashes = overlaps(&catalog, &items);
    let named: Vec<(&str, Vec<&str>)> = clashes
        .iter()
        .map(|(item, with)| {
            (catalog.get(*item).id(), with.iter().map(|w| catalog.get(*w).id()).collect())
        })
        .collect();
    assert_eq!(
        named,
        vec![("a", vec!["b"]), ("b", vec!["a", "c"]), ("c", vec!["b"])],
        "a ends as c starts"
    );
}

#[test]
fn the_plan_puts_the_programme_first_then_companies_by_stand() {
    let catalog = timed();
    let mut state = State::new("e");
    for mark in ["k0", "k2", "c", "k1", "a", "missing-record"] {
        state.toggle_mark(mark);
    }
    let plan: Vec<&str> = planned(&catalog, &state).iter().map(|&r| catalog.get(r).id()).collect();
    assert_eq!(plan, vec!["a", "c", "k1", "k2", "k0"], "A9 before A10, no stand last");
}

#[test]
fn now_is_parsed_as_people_write_it() {
    assert_eq!(at("2025-11-13 10:00"), at("2025-11-13T10:00"));
    assert_eq!(at("2025-11-13"), at("2025-11-13T00:00"));
    assert!(parse_now("tomorrow").is_err());
}
