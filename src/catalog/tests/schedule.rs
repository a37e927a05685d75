//! The event and its schedule: items linked to their event, and days and times that end before
//! they start.

use super::*;

#[test]
fn an_event_or_item_that_ends_before_it_starts_is_an_error_at_its_end() {
    let event = "[[event]]\nid = \"e\"\nname = \"E\"\nstart_date = 2025-11-14\nend_date = 2025-11-11\n\
                 [[event.schedule]]\nid = \"d\"\nname = \"D\"\nday = 2025-11-13\nend_day = 2025-11-12\n";
    let loaded = load_texts(&[("e.toml", event)]);
    assert_eq!(
        problems(&loaded),
        vec![
            "e.toml:5:12: error: `end_date` 2025-11-11 is before `start_date` 2025-11-14: the event would end before it starts",
            "e.toml:10:11: error: `end_day` 2025-11-12 is before `day` 2025-11-13: the schedule would end before it starts",
        ]
    );
    let same_day =
        "[[event]]\nid = \"e\"\nname = \"E\"\nstart_date = 2025-11-14\nend_date = 2025-11-14\n";
    assert!(problems(&load_texts(&[("e.toml", same_day)])).is_empty(), "one day is fine");
}

/// Times on one day: an end before the start is the next day (no problem), an end equal to
/// the start lasts no time (a warning), and an end before the start on an `end_day` said to be
/// the same day is an error.
#[test]
fn schedule_times_that_last_no_time_or_end_before_they_start_are_reported() {
    let item = |times: &str| {
        format!(
            "[[event]]\nid = \"e\"\nname = \"E\"\nstart_date = 2030-05-02\n\
             [[event.schedule]]\nid = \"t\"\nname = \"T\"\nday = 2030-05-02\n{times}"
        )
    };
    let late = item("start_time = 23:30\nend_time = 00:30\n");
    assert!(problems(&load_texts(&[("e.toml", &late)])).is_empty(), "past midnight is fine");
    let zero = item("start_time = 09:00\nend_time = 09:00\n");
    assert_eq!(
        problems(&load_texts(&[("e.toml", &zero)])),
        [
            "e.toml:10:12: warning: `end_time` 09:00 is the same as `start_time`: the item would last no time (leave `end_time` out, or give the real end)"
        ]
    );
    let same_day = item("end_day = 2030-05-02\nstart_time = 10:00\nend_time = 09:00\n");
    assert_eq!(
        problems(&load_texts(&[("e.toml", &same_day)])),
        [
            "e.toml:11:12: error: `end_time` 09:00 is before `start_time` 10:00 on the same `end_day`: the item would end before it starts (without `end_day`, an earlier end is the next day)"
        ]
    );
}

#[test]
fn schedule_items_are_records_linked_to_their_event() {
    let text = "[[event]]\nid = \"show\"\nname = \"Show\"\nstart_date = 2025-11-11\n\
                [[event.schedule]]\nid = \"demo\"\nname = \"Demo\"\nday = 2025-11-13\nstart_time = 09:30\ndemo = true\n";
    let loaded = load_texts(&[("a.toml", text)]);
    assert!(problems(&loaded).is_empty(), "{:?}", problems(&loaded));
    let catalog = &loaded.catalog;
    let demo = catalog.get(catalog.find("demo").expect("loaded"));
    assert_eq!(demo.kind(), Kind::ScheduleItem);
    assert_eq!(demo.link(Field::Event), catalog.find("show"));
    assert!(matches!(
        demo.get(Field::Day),
        Some(ValueRef::Date(day)) if day == Date::new(2025, 11, 13).expect("a real date")
    ));
    assert!(matches!(
        demo.get(Field::StartTime),
        Some(ValueRef::Time(Time { hour: 9, minute: 30 }))
    ));
    assert!(matches!(demo.get(Field::Demo), Some(ValueRef::Bool(true))));
    assert_eq!(catalog.title(), "Show");
}
