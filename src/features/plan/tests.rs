use super::*;
use crate::catalog::{clean, embedded, load};

fn bamex() -> Catalog {
    load(&embedded()).catalog
}

fn at(text: &str) -> DateTime {
    parse_now(text).expect("a time")
}

/// `text` on the catalogue's wall clock, as a point in time.
fn instant(catalog: &Catalog, text: &str) -> Timestamp {
    at(text).to_zoned_datetime(catalog.time_zone()).expect("a time that exists").timestamp()
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
    let found = now_and_next(&catalog, &items, instant(&catalog, "2025-11-13T10:00"));
    let mut today: Vec<&str> = found.today.iter().map(|&r| catalog.get(r).id()).collect();
    today.sort_unstable();
    assert_eq!(today, vec!["bamex-2025-day-3", "bamex-2025-demo-day-1"], "all-day: today");
    assert!(found.now.is_empty(), "no timed item is on");
    let next = found.next.map(|r| catalog.get(r).id());
    assert!(matches!(next, Some("bamex-2025-day-4" | "bamex-2025-demo-day-2")), "{next:?}");
    let outside = ["2025-12-01T10:00", "2025-11-10T23:59"];
    for time in outside {
        assert_eq!(now_and_next(&catalog, &items, instant(&catalog, time)), NowNext::default());
    }
}

/// A show in Tokyo, with a laptop whose clock says UTC: "now" is Tokyo's.
fn in_tokyo() -> Catalog {
    let text = "[[event]]\nid = \"e\"\nname = \"E\"\nstart_date = 2030-05-02\nend_date = 2030-05-02\n\
        timezone = \"Asia/Tokyo\"\n\
        [[event.schedule]]\nid = \"early\"\nname = \"Early\"\nday = 2030-05-02\nstart_time = 08:00\nend_time = 09:00\n\
        [[event.schedule]]\nid = \"late\"\nname = \"Late\"\nday = 2030-05-02\nstart_time = 18:00\nend_time = 19:00\n";
    clean(text)
}

#[test]
fn now_is_the_event_clock_not_the_laptop_clock() {
    let catalog = in_tokyo();
    let items = catalog.of_kind(Kind::ScheduleItem).to_vec();
    // 23:30 UTC on 1 May is 08:30 on 2 May in Tokyo (UTC+9): the early session is on.
    let utc: Timestamp = "2030-05-01T23:30:00Z".parse().expect("a timestamp");
    let found = now_and_next(&catalog, &items, utc);
    assert_eq!(found.now, vec![id(&catalog, "early")]);
    assert_eq!(found.next, Some(id(&catalog, "late")));
    // 10:00 UTC on 2 May is 19:00 in Tokyo: the late session has just ended, the day is not over.
    let evening: Timestamp = "2030-05-02T10:00:00Z".parse().expect("a timestamp");
    assert_eq!(now_and_next(&catalog, &items, evening), NowNext::default());
    assert_eq!(instant(&catalog, "2030-05-02T08:30"), utc, "--now reads the event's clock");
}

fn timed() -> Catalog {
    let text = "[[event]]\nid = \"e\"\nname = \"E\"\nstart_date = 2030-05-02\nend_date = 2030-05-03\n\
        [[event.schedule]]\nid = \"a\"\nname = \"A\"\nday = 2030-05-02\nstart_time = 09:00\nend_time = 10:00\n\
        [[event.schedule]]\nid = \"b\"\nname = \"B\"\nday = 2030-05-02\nstart_time = 09:30\nend_time = 11:00\n\
        [[event.schedule]]\nid = \"c\"\nname = \"C\"\nday = 2030-05-02\nstart_time = 10:00\nend_time = 10:30\n\
        [[company]]\nid = \"k2\"\nname = \"K2\"\nstand = \"A10\"\n\
        [[company]]\nid = \"k1\"\nname = \"K1\"\nstand = \"A9\"\n\
        [[company]]\nid = \"k0\"\nname = \"K0\"\n";
    clean(text)
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

/// An end before the start is the next day: 23:30–00:30 lasts an hour, and overlaps, "now"
/// and the iCalendar export all follow.
#[test]
fn an_item_past_midnight_ends_the_next_day() {
    let catalog = clean(
        "[[event]]\nid = \"e\"\nname = \"E\"\nstart_date = 2030-05-02\nend_date = 2030-05-03\n\
         [[event.schedule]]\nid = \"late\"\nname = \"Late\"\nday = 2030-05-02\nstart_time = 23:30\nend_time = 00:30\n\
         [[event.schedule]]\nid = \"after\"\nname = \"After\"\nday = 2030-05-03\nstart_time = 00:00\nend_time = 01:00\n",
    );
    let late = id(&catalog, "late");
    let when = interval(&catalog, late).expect("an interval");
    assert_eq!((when.start, when.end), (at("2030-05-02T23:30"), at("2030-05-03T00:30")));
    assert_eq!(catalog.time_text(late).as_deref(), Some("23:30–00:30 next day"));
    let items = catalog.of_kind(Kind::ScheduleItem).to_vec();
    assert_eq!(overlaps(&catalog, &items).len(), 2, "it overlaps the item after midnight");
    let found = now_and_next(&catalog, &items, instant(&catalog, "2030-05-03T00:15"));
    assert_eq!(found.now.len(), 2, "both are on at 00:15");
}

/// The programme is in time order everywhere it is listed: by day, all-day items first, then
/// by start.
#[test]
fn the_programme_is_listed_in_time_order() {
    let catalog = bamex();
    let order: Vec<&str> =
        catalog.of_kind(Kind::ScheduleItem).iter().map(|&r| catalog.get(r).id()).collect();
    assert_eq!(
        order,
        [
            "bamex-2025-day-1",
            "bamex-2025-day-2",
            "bamex-2025-demo-day-1",
            "bamex-2025-day-3",
            "bamex-2025-demo-day-2",
            "bamex-2025-day-4"
        ]
    );
    let timed = timed();
    let order: Vec<&str> =
        timed.of_kind(Kind::ScheduleItem).iter().map(|&r| timed.get(r).id()).collect();
    assert_eq!(order, ["a", "b", "c"]);
}

/// A note is part of the plan: a record with a note and no mark is in it too.
#[test]
fn a_noted_record_is_in_the_plan_marked_or_not() {
    let catalog = timed();
    let mut state = State::new("e");
    state.toggle_mark("k1");
    state.set_note("k2", "ask about A10", "2030-05-01T10:00:00Z");
    let plan: Vec<&str> = planned(&catalog, &state).iter().map(|&r| catalog.get(r).id()).collect();
    assert_eq!(plan, vec!["k1", "k2"]);
}
