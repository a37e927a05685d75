//! The c3voc schedule JSON read into drafts: both layouts of one show read to the same talks on
//! the conference's clock, and each variant and broken file gives its exact diagnostics.

use jiff::civil::{Date, Time};

use super::read;
use crate::import::draft::{Draft, EventDraft, TalkDraft};
use crate::import::report::Report;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import/");

/// The draft read from `bytes`, shown as `name`, and its diagnostics as printed.
fn read_bytes(name: &str, bytes: &[u8]) -> (Draft, Vec<String>) {
    let mut report = Report::new(name);
    let draft = read(bytes, &mut report);
    let printed = report.finish().iter().map(ToString::to_string).collect();
    (draft, printed)
}

fn read_fixture(name: &str) -> (Draft, Vec<String>) {
    let bytes = std::fs::read(format!("{FIXTURES}{name}")).expect("the fixture is there");
    read_bytes(name, &bytes)
}

fn date(text: &str) -> Date {
    text.parse().expect("a date")
}

fn time(text: &str) -> Time {
    text.parse().expect("a time")
}

fn event(draft: &Draft) -> &EventDraft {
    draft.event.as_ref().expect("the conference is read")
}

fn talk<'d>(draft: &'d Draft, title: &str) -> &'d TalkDraft {
    draft
        .talks
        .iter()
        .find(|talk| talk.title == title)
        .unwrap_or_else(|| panic!("no talk `{title}` in {:?}", titles(draft)))
}

fn titles(draft: &Draft) -> Vec<&str> {
    draft.talks.iter().map(|talk| talk.title.as_str()).collect()
}

fn speaker_names<'d>(draft: &'d Draft, talk: &TalkDraft) -> Vec<&'d str> {
    talk.speakers
        .iter()
        .map(|&index| draft.people.get(index).expect("a speaker").name.as_str())
        .collect()
}

/// A talk as the catalogue will have it, without the source's own id (version 1 has numbers,
/// version 2 only GUIDs) and with tags in lower case (version 2's types are upper-case enums).
fn seen(draft: &Draft, talk: &TalkDraft) -> String {
    let tags: Vec<String> = talk.tags.iter().map(|tag| tag.to_lowercase()).collect();
    format!(
        "{} | {:?} | {:?} | {} {:?}-{:?} {:?} | {:?} | {tags:?} | {:?} | {:?} | {:?}",
        talk.title,
        talk.subtitle,
        talk.summary,
        talk.day,
        talk.start,
        talk.end,
        talk.end_day,
        talk.place,
        talk.language,
        speaker_names(draft, talk),
        talk.sources,
    )
}

#[test]
fn version_1_reads_the_conference() {
    let (draft, diagnostics) = read_fixture("c3voc-v1.json");
    assert_eq!(diagnostics, Vec::<String>::new());
    let event = event(&draft);
    assert_eq!(event.name, "Coastal Radio Days 2026");
    assert_eq!(event.acronym.as_deref(), Some("crd26"));
    assert_eq!((event.start, event.end), (Some(date("2026-04-16")), Some(date("2026-04-17"))));
    assert_eq!(event.timezone.as_deref(), Some("Europe/Helsinki"));
    assert_eq!(event.website.as_deref(), Some("https://crd.example.org/2026/"));
    assert_eq!(event.summary.as_deref(), Some("Two days of radio on the coast."));
    assert_eq!(event.sources, vec!["https://crd.example.org/2026/".to_owned()]);
    assert_eq!(
        titles(&draft),
        [
            "Opening: listening to the coast",
            "Night shift: meteor scatter",
            "Build a loop antenna",
            "Panel: who owns the spectrum?",
            "Closing: logbooks and what comes next",
        ]
    );
}

#[test]
fn version_1_talks_have_their_fields() {
    let (draft, _) = read_fixture("c3voc-v1.json");
    let opening = talk(&draft, "Opening: listening to the coast");
    assert_eq!(opening.source_id.as_deref(), Some("201"));
    assert_eq!(opening.subtitle.as_deref(), Some("Why shortwave still matters"));
    // The abstract's HTML made paragraphs; the empty description adds nothing.
    assert_eq!(
        opening.summary.as_deref(),
        Some("A tour of coastal stations & their logbooks.\n\nWith recordings.")
    );
    assert_eq!(opening.day, date("2026-04-16"));
    assert_eq!((opening.start, opening.end), (Some(time("10:00")), Some(time("10:45"))));
    assert_eq!(opening.end_day, None);
    assert_eq!(opening.place.as_deref(), Some("Harbour Hall"));
    assert_eq!(opening.tags, ["Radio", "talk"]);
    assert_eq!(opening.language.as_deref(), Some("en"));
    assert_eq!(speaker_names(&draft, opening), ["Lena Virtanen"]);
    assert_eq!(
        opening.sources,
        [
            "https://crd.example.org/2026/talk/201",
            "guid:0c9f6a52-3f7e-4d0b-8d1a-000000000201",
            "https://crd.example.org/slides/201.pdf",
        ]
    );
    // An empty or null subtitle is none.
    assert_eq!(talk(&draft, "Build a loop antenna").subtitle, None);
    assert_eq!(talk(&draft, "Night shift: meteor scatter").subtitle, None);
    assert_eq!(talk(&draft, "Closing: logbooks and what comes next").summary, None);
}

#[test]
fn version_1_times_are_on_the_conference_clock() {
    let (draft, _) = read_fixture("c3voc-v1.json");
    // 23:30 for an hour: it ends the next morning, which the catalogue's rule covers.
    let night = talk(&draft, "Night shift: meteor scatter");
    assert_eq!(night.day, date("2026-04-16"));
    assert_eq!(
        (night.start, night.end, night.end_day),
        (Some(time("23:30")), Some(time("00:30")), None)
    );
    // Written in UTC (06:30Z), it is 09:30 in Helsinki (UTC+3 in April).
    let panel = talk(&draft, "Panel: who owns the spectrum?");
    assert_eq!(panel.day, date("2026-04-17"));
    assert_eq!((panel.start, panel.end), (Some(time("09:30")), Some(time("11:00"))));
    let lab = talk(&draft, "Build a loop antenna");
    assert_eq!((lab.start, lab.end), (Some(time("14:00")), Some(time("16:00"))));
    assert_eq!(lab.place.as_deref(), Some("Lab 2"));
}

#[test]
fn a_speaker_on_several_talks_is_one_person_with_their_biography() {
    let (draft, _) = read_fixture("c3voc-v1.json");
    let names: Vec<&str> = draft.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Lena Virtanen", "Tomás Ortega", "Amal Haddad"]);
    let lena = draft.people.first().expect("Lena");
    assert_eq!(lena.summary.as_deref(), Some("Radio operator on Åland."));
    let panel = talk(&draft, "Panel: who owns the spectrum?");
    assert_eq!(speaker_names(&draft, panel), ["Amal Haddad", "Lena Virtanen"]);
    assert_eq!(panel.speakers, [2, 0]);
}

#[test]
fn version_2_reads_to_the_same_show_and_talks() {
    let (one, _) = read_fixture("c3voc-v1.json");
    let (two, diagnostics) = read_fixture("c3voc-v2.json");
    assert_eq!(diagnostics, Vec::<String>::new());
    let (first, second) = (event(&one), event(&two));
    assert_eq!(
        (&second.name, &second.acronym, second.start, second.end, &second.timezone),
        (&first.name, &first.acronym, first.start, first.end, &first.timezone)
    );
    // The description is a translation map: English is taken.
    assert_eq!(second.summary, first.summary);
    assert_eq!((&second.website, &second.sources), (&first.website, &first.sources));
    let talks = |draft: &Draft| draft.talks.iter().map(|t| seen(draft, t)).collect::<Vec<_>>();
    assert_eq!(talks(&two), talks(&one));
    let people = |draft: &Draft| {
        draft.people.iter().map(|p| (p.name.clone(), p.summary.clone())).collect::<Vec<_>>()
    };
    assert_eq!(people(&two), people(&one));
}

#[test]
fn version_2_talks_take_their_track_names_rooms_and_ids_from_the_conference() {
    let (draft, _) = read_fixture("c3voc-v2.json");
    let opening = talk(&draft, "Opening: listening to the coast");
    // No `id` in version 2: pretalx's short `code` is the talk's own id, before its GUID.
    assert_eq!(opening.source_id.as_deref(), Some("C201"));
    // `{"slug": "radio"}` is the track `conference.tracks` calls "Radio".
    assert_eq!(opening.tags, ["Radio", "TALK"]);
    // A room given by its GUID alone is the room `conference.rooms` names so.
    let lab = talk(&draft, "Build a loop antenna");
    assert_eq!(lab.place.as_deref(), Some("Lab 2"));
    // The English of a translated abstract.
    let night = talk(&draft, "Night shift: meteor scatter");
    assert_eq!(night.summary.as_deref(), Some("Pings from the sky, after dark."));
}

#[test]
fn the_variants_are_read_with_a_warning_each() {
    let (draft, diagnostics) = read_fixture("c3voc-variants.json");
    let p = "c3voc-variants.json";
    let expected = [
        format!(
            "{p}:2:14: warning: `$schema` is `https://example.org/schemas/my-programme.json`, \
             not a c3voc schedule schema; read as one anyway"
        ),
        format!(
            "{p}:10:25: warning: time zone `Europe/Atlantis` is not one showfloor knows; times \
             are read on the offsets they are written with"
        ),
        format!(
            "{p}:12:7: warning: key `sponsor` in `conference` is not in the c3voc schedule \
             schema; ignored (said once)"
        ),
        format!(
            "{p}:21:23: warning: talk id `talk-a` is not a number, as the schedule format has \
             it; kept as written"
        ),
        format!(
            "{p}:26:29: warning: `abstract` holds escaped HTML (`&lt;…&gt;`); it is decoded \
             (said once)"
        ),
        format!(
            "{p}:27:29: warning: speakers are given as names, not objects; read as names (said \
             once)"
        ),
        format!(
            "{p}:28:17: warning: key `hashtag` in a talk is not in the c3voc schedule schema; \
             ignored (said once)"
        ),
        format!(
            "{p}:38:15: warning: talk `Second talk with id 55, no duration` has no duration; it \
             has no end"
        ),
        format!("{p}:39:23: warning: talk id 55 is also used at 31:23; kept apart"),
        format!(
            "{p}:44:29: warning: talk `Second talk with id 55, no duration` has a speaker \
             without a name; left out"
        ),
        format!(
            "{p}:46:15: warning: talk `After midnight, without a date` has no `date`; read as \
             2026-05-21 01:30 from its day and `start` (after midnight, the next day)"
        ),
        format!(
            "{p}:56:29: warning: talk `A duration in words`: its duration `forty minutes` cannot \
             be read; it has no end"
        ),
        format!(
            "{p}:57:25: warning: talk `A duration in words` names room `Workshop Tent` but is \
             listed under `Main Tent`; it is placed in `Main Tent`"
        ),
        format!(
            "{p}:60:15: warning: talk `No time at all`: it ends when or before it starts; its \
             end is left out"
        ),
        format!("{p}:68:15: warning: a talk without a `title`; skipped"),
        format!(
            "{p}:74:13: warning: room `Field` is not in `conference.rooms`; its talks are kept \
             there"
        ),
    ];
    assert_eq!(diagnostics, expected);
    // Read anyway: everything but the talk without a title.
    assert_eq!(draft.talks.len(), 7, "{:?}", titles(&draft));
    // A string id is warned about (above) and kept as written.
    let string_id = talk(&draft, "An id that is not a number");
    assert_eq!(string_id.source_id.as_deref(), Some("talk-a"));
    assert_eq!(string_id.summary.as_deref(), Some("Antennas on poles."));
    assert_eq!(speaker_names(&draft, string_id), ["Rui Costa", "Ines Duarte"]);
    // No known zone: the offsets written are the clock.
    assert_eq!(string_id.start, Some(time("10:00")));
    let both: Vec<Option<&str>> = draft
        .talks
        .iter()
        .filter(|talk| talk.title.contains("id 55"))
        .map(|talk| talk.source_id.as_deref())
        .collect();
    assert_eq!(both, [Some("55"), Some("55")]);
    let second = talk(&draft, "Second talk with id 55, no duration");
    assert_eq!((second.start, second.end), (Some(time("12:00")), None));
    assert!(second.speakers.is_empty());
    let late = talk(&draft, "After midnight, without a date");
    assert_eq!(
        (late.day, late.start, late.end),
        (date("2026-05-21"), Some(time("01:30")), Some(time("02:30")))
    );
    // Under the room it is listed in, without one of its own.
    assert_eq!(late.place.as_deref(), Some("Main Tent"));
    assert_eq!(talk(&draft, "A duration in words").place.as_deref(), Some("Main Tent"));
    let instant = talk(&draft, "No time at all");
    assert_eq!((instant.end, &instant.tags[..]), (None, &["lightning".to_owned()][..]));
    assert_eq!(talk(&draft, "Fox hunt in an unlisted room").place.as_deref(), Some("Field"));
}

#[test]
fn a_file_that_is_not_json_says_where() {
    let (draft, diagnostics) = read_fixture("c3voc-broken.json");
    assert_eq!(diagnostics, ["c3voc-broken.json:6:7: error: not valid JSON: expected `,` or `}`"]);
    assert!(draft.event.is_none() && draft.talks.is_empty());
    let (_, diagnostics) = read_bytes("latin1.json", b"{\n  \"title\": \"Caf\xE9\"\n}");
    assert_eq!(
        diagnostics,
        ["latin1.json:2:16: error: not UTF-8 text: a schedule's JSON must be UTF-8"]
    );
    let (_, diagnostics) = read_bytes("cut.json", b"{\"schedule\": {\"conference\": ");
    assert_eq!(diagnostics, ["cut.json:1:28: error: not valid JSON: EOF while parsing a value"]);
}

#[test]
fn json_that_is_no_schedule_is_refused() {
    let (draft, diagnostics) = read_fixture("c3voc-no-schedule.json");
    assert_eq!(
        diagnostics,
        [
            "c3voc-no-schedule.json:1:1: error: not a c3voc schedule: no `schedule` object",
            "c3voc-no-schedule.json:3:3: warning: key `conference` in the file is not in the \
             c3voc schedule schema; ignored (said once)",
        ]
    );
    assert!(draft.event.is_none());
    let (_, diagnostics) = read_bytes("list.json", b"[{\"schedule\": {}}]");
    assert_eq!(
        diagnostics,
        ["list.json:1:1: error: not a c3voc schedule: the JSON is not an object with a \
             `schedule` in it"]
    );
    let (_, diagnostics) = read_bytes("empty.json", b"{\"schedule\": {\"version\": \"1\"}}");
    assert_eq!(
        diagnostics,
        ["empty.json:1:14: error: not a c3voc schedule: `schedule` has no `conference` object"]
    );
    let (_, diagnostics) = read_bytes("string.json", b"{\"schedule\": {\"conference\": \"36C3\"}}");
    assert_eq!(
        diagnostics,
        ["string.json:1:29: error: not a c3voc schedule: `schedule` has no `conference` object"]
    );
}

#[test]
fn times_that_cannot_be_read_are_errors_and_their_talks_skipped() {
    let (draft, diagnostics) = read_fixture("c3voc-bad-times.json");
    let p = "c3voc-bad-times.json";
    let expected = [
        format!("{p}:7:16: warning: the conference's `start` `soon` is not a date; it is left out"),
        format!(
            "{p}:15:34: error: talk `A date in words`: its date `Monday morning` cannot be \
             read; the talk is skipped"
        ),
        format!(
            "{p}:16:15: error: talk `Neither date nor start` has no `date` or `start`; skipped"
        ),
        format!(
            "{p}:17:35: error: talk `A start in words`: its start `half past ten` cannot be \
             read; the talk is skipped"
        ),
        format!(
            "{p}:18:71: warning: talk `An end in words`: its end `later` cannot be read; it has \
             no end"
        ),
        format!("{p}:22:9: warning: a day without a readable `date`"),
        format!(
            "{p}:26:35: error: talk `A start on a day without a date` has a start time but no \
             `date`, and no day date to put it on; skipped"
        ),
    ];
    assert_eq!(diagnostics, expected);
    assert_eq!(titles(&draft), ["An end in words"]);
    let kept = talk(&draft, "An end in words");
    assert_eq!((kept.day, kept.start, kept.end), (date("2026-06-01"), Some(time("11:00")), None));
    // The conference's start is left out, so the days' dates say when it is.
    let event = event(&draft);
    assert_eq!((event.start, event.end), (Some(date("2026-06-01")), Some(date("2026-06-01"))));
}

#[test]
fn a_byte_order_mark_is_no_problem() {
    let bytes = std::fs::read(format!("{FIXTURES}c3voc-v1.json")).expect("fixture");
    let mut with_bom = b"\xEF\xBB\xBF".to_vec();
    with_bom.extend_from_slice(&bytes);
    let (draft, diagnostics) = read_bytes("bom.json", &with_bom);
    assert_eq!(diagnostics, Vec::<String>::new());
    assert_eq!(draft.talks.len(), 5);
}

#[test]
fn version_2_quirks_are_said() {
    let text = r#"{
  "schedule": {
    "version": "2",
    "conference": {
      "acronym": "q26",
      "title": "Quirks",
      "time_zone_name": "UTC",
      "days": [
        { "index": 1, "date": "2026-07-01", "rooms": { "A": [{ "title": "Listed here too" }] } }
      ]
    },
    "events": [
      { "guid": "g1", "title": "ISO duration", "start": "2026-07-01T10:00:00Z", "duration": "PT45M", "room": { "name": "A" } }
    ]
  }
}"#;
    let (draft, diagnostics) = read_bytes("q.json", text.as_bytes());
    assert_eq!(
        diagnostics,
        ["q.json:9:54: warning: talks are listed both in `schedule.events` and in the days' \
             rooms; `schedule.events` is read"]
    );
    let only = talk(&draft, "ISO duration");
    assert_eq!((only.start, only.end), (Some(time("10:00")), Some(time("10:45"))));
    assert_eq!(only.place.as_deref(), Some("A"));
}

#[test]
fn an_empty_schedule_is_said() {
    let text =
        br#"{"schedule": {"version": "1", "conference": {"title": "Nothing yet", "days": []}}}"#;
    let (draft, diagnostics) = read_bytes("none.json", text);
    assert_eq!(diagnostics, ["none.json:1:14: warning: the schedule lists no talks"]);
    assert_eq!(event(&draft).name, "Nothing yet");
}

#[test]
fn a_date_without_a_time_takes_the_time_from_start() {
    let text = br#"{"schedule": {"version": "1", "conference": {"title": "Dates", "days": [
  {"index": 1, "date": "2026-08-01", "rooms": {"A": [
    {"id": 1, "title": "Date only", "date": "2026-08-01", "start": "10:15", "duration": "00:30"}
  ]}}
]}}}"#;
    let (draft, diagnostics) = read_bytes("dates.json", text);
    assert_eq!(
        diagnostics,
        ["dates.json:3:45: warning: talk `Date only`: its `date` `2026-08-01` has no time; \
             read as 2026-08-01 10:15 with its `start`"]
    );
    let only = talk(&draft, "Date only");
    assert_eq!(
        (only.day, only.start, only.end),
        (date("2026-08-01"), Some(time("10:15")), Some(time("10:45"))),
        "{diagnostics:?}"
    );
}

#[test]
fn a_schedule_version_showfloor_does_not_know_is_refused() {
    let text = r#"{"$schema": "https://c3voc.de/schema/schedule3",
  "schedule": {"version": "1", "conference": {"title": "Later", "acronym": "l"}}}"#;
    let (draft, diagnostics) = read_bytes("next.json", text.as_bytes());
    assert!(draft.event.is_none(), "nothing is guessed at");
    assert_eq!(
        diagnostics,
        [
            "next.json:1:13: error: `$schema` is `https://c3voc.de/schema/schedule3`, c3voc schedule version 3, which showfloor does not read (it reads versions 1 and 2)"
        ]
    );
    // The versions it reads, by either of their names, are no problem.
    for schema in ["https://c3voc.de/schedule/schema.json", "https://c3voc.de/schema/schedule2"] {
        let text = text.replace("https://c3voc.de/schema/schedule3", schema);
        let (draft, diagnostics) = read_bytes("ok.json", text.as_bytes());
        assert!(draft.event.is_some(), "{schema}: {diagnostics:?}");
        assert!(diagnostics.iter().all(|d| !d.contains("$schema")), "{diagnostics:?}");
    }
}
