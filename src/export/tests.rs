use icalendar::{Component, DatePerhapsTime, EventLike};

use super::*;
use crate::catalog::{embedded, load};

fn now() -> jiff::Timestamp {
    "2025-11-13T10:00:00Z".parse().expect("a timestamp")
}

fn bamex_plan() -> (Catalog, State) {
    let catalog = load(&embedded()).catalog;
    let mut state = State::new("bamex-2025");
    for mark in
        ["bamex-2025-demo-day-1", "bamex-2025-day-3", "baykar", "kargu", "gone-from-this-edition"]
    {
        state.toggle_mark(mark);
    }
    state.set_note(
        "baykar",
        "Ask about *TB2* exports; two engineers.\nSecond line, with a comma",
        "2025-11-13T09:58:00Z",
    );
    (catalog, state)
}

#[test]
fn the_markdown_briefing_has_each_marked_record_with_facts_links_and_notes() {
    let (catalog, state) = bamex_plan();
    let text = plan(&catalog, &state, Format::Md, now());
    assert!(text.starts_with("# My plan: BAMEX 2025\n"), "{text}");
    let schedule = text.find("## Schedule").expect("schedule section");
    let companies = text.find("## Companies").expect("companies section");
    assert!(schedule < companies, "the programme comes first");
    assert!(text.contains("### Baykar\n"));
    assert!(text.contains("- **Country**: Türkiye\n"), "links by name: {text}");
    assert!(
        text.contains("> Ask about \\*TB2\\* exports; two engineers.\n"),
        "the note, escaped: {text}"
    );
    assert!(text.contains("my note, edited 2025-11-13 09:58 UTC"), "a time for people: {text}");
    assert!(!text.contains("09:58:00Z"), "{text}");
    assert!(!text.contains("Overlaps"), "an exhibition day clashes with no demo day: {text}");
    assert!(
        text.contains("## Kept from an earlier catalogue\n\nMarked or noted, but not in this catalogue.\n\n- gone-from-this-edition (marked)\n"),
        "{text}"
    );
}

#[test]
fn the_icalendar_file_parses_and_holds_the_marked_schedule_items() {
    let (catalog, state) = bamex_plan();
    let text = plan(&catalog, &state, Format::Ics, now());
    assert!(text.lines().all(|line| line.len() <= 76), "lines are folded at 75 octets (plus CR)");
    assert!(text.split("\r\n").all(|line| !line.contains('\n')), "lines end in CRLF");
    let unfolded = icalendar::parser::unfold(&text);
    let parsed = icalendar::parser::read_calendar(&unfolded).expect("valid iCalendar");
    let calendar: icalendar::Calendar = parsed.into();
    let events: Vec<&icalendar::Event> = calendar.events().collect();
    assert_eq!(events.len(), 2, "the two marked schedule items, not the companies or systems");
    let demo = events.iter().find(|e| e.get_summary() == Some("Demo day 1")).expect("the demo day");
    let expected =
        DatePerhapsTime::Date(chrono::NaiveDate::from_ymd_opt(2025, 11, 13).expect("a date"));
    assert_eq!(demo.get_start(), Some(expected), "an all-day event");
    assert_eq!(demo.get_location(), Some("Designated operating zone"));
    assert_eq!(demo.property_value("UID"), Some("bamex-2025-demo-day-1@showfloor"));
    let demo_block = &text[text.find("SUMMARY:Demo day 1").expect("in the file")..];
    assert!(
        demo_block[..demo_block.find("END:VEVENT").expect("ends")].contains("CATEGORIES:DEMO\r\n")
    );
}

/// The catalogue in `text` with its schedule item `talk` marked, exported to iCalendar: the file
/// as written, and its one event as a parser reads it back.
fn talk_in_calendar(text: &str) -> (String, icalendar::Event) {
    let catalog = crate::catalog::clean(text);
    let mut state = State::new("e");
    state.toggle_mark("talk");
    let ics = plan(&catalog, &state, Format::Ics, now());
    let unfolded = icalendar::parser::unfold(&ics);
    let parsed = icalendar::parser::read_calendar(&unfolded).expect("valid");
    let calendar: icalendar::Calendar = parsed.into();
    let event = calendar.events().next().expect("one event").clone();
    (ics, event)
}

#[test]
fn icalendar_text_is_escaped_and_long_lines_fold_without_splitting_characters() {
    let text = "[[event]]\nid = \"e\"\nname = \"E\"\nstart_date = 2030-05-02\n\
        [[event.schedule]]\nid = \"talk\"\nname = \"Ürün; tanıtım, \\\\ \\u001b[2J çok uzun başlık çok uzun başlık çok uzun başlık\"\n\
        day = 2030-05-02\nstart_time = 09:30\nend_time = 10:15\n";
    let (ics, event) = talk_in_calendar(text);
    assert!(!ics.contains('\u{1b}'));
    assert_eq!(event.property_value("DTSTART"), Some("20300502T093000"));
    assert_eq!(event.property_value("DTEND"), Some("20300502T101500"));
    // The parser undoes the escaping: what comes back is the name, less its control character.
    let summary = event.property_value("SUMMARY").expect("a summary");
    assert!(summary.starts_with("Ürün; tanıtım, \\ [2J çok uzun"), "{summary}");
    assert!(ics.contains("SUMMARY:Ürün\\; tanıtım\\, \\\\ [2J"), "escaped in the file");
}

#[test]
fn icalendar_times_are_utc_when_the_event_names_its_time_zone() {
    let text = "[[event]]\nid = \"e\"\nname = \"E\"\nstart_date = 2030-05-02\ntimezone = \"Europe/Paris\"\n\
        [[event.schedule]]\nid = \"talk\"\nname = \"Talk\"\nday = 2030-05-02\nstart_time = 09:30\nend_time = 10:15\n";
    let (_, event) = talk_in_calendar(text);
    // Paris keeps summer time in May (UTC+2): 09:30 there is 07:30 UTC.
    assert_eq!(event.property_value("DTSTART"), Some("20300502T073000Z"));
    assert_eq!(event.property_value("DTEND"), Some("20300502T081500Z"));
}

#[test]
fn the_json_export_keeps_the_data_exact() {
    let (catalog, state) = bamex_plan();
    let parsed: serde_json::Value =
        serde_json::from_str(&plan(&catalog, &state, Format::Json, now())).expect("valid JSON");
    assert_eq!(parsed["catalogue"], "BAMEX 2025");
    let items = parsed["items"].as_array().expect("items");
    let ids: Vec<&str> = items.iter().map(|i| i["id"].as_str().expect("id")).collect();
    assert_eq!(
        ids,
        vec!["bamex-2025-demo-day-1", "bamex-2025-day-3", "baykar", "kargu"],
        "same day: by name"
    );
    let baykar = &items[2];
    assert_eq!(
        baykar["note"]["text"],
        "Ask about *TB2* exports; two engineers.\nSecond line, with a comma"
    );
    assert_eq!(items[0]["start"], "2025-11-13T00:00:00");
    assert_eq!(items[0]["end"], "2025-11-14T00:00:00");
    assert_eq!(parsed["missing"][0]["id"], "gone-from-this-edition");
    // What `plan import` reads first: the format, its version, the catalogue it came from.
    assert_eq!(parsed["format"], "showfloor-plan");
    assert_eq!(parsed["version"], 1);
    assert_eq!(parsed["catalogue_id"], "bamex-2025");
    assert_eq!(baykar["marked"], true);
}
