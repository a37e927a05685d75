//! Published files: opened with `--data FILE`, converted with `import`, checked, and compared
//! edition against edition.

use super::*;

const FRAB: &str = "tests/fixtures/import/frab-normal.xml";
const FRAB_NEXT: &str = "tests/fixtures/import/frab-normal-v2.xml";
const FRAB_VARIANTS: &str = "tests/fixtures/import/frab-variants.xml";
const FRAB_BROKEN: &str = "tests/fixtures/import/frab-broken.xml";
const ICS: &str = "tests/fixtures/import/feed.ics";

#[test]
fn a_frab_schedule_opens_directly_and_its_talks_and_speakers_are_found() {
    let (ok, out, err) = run(&["--data", FRAB, "check"]);
    assert!(ok, "{err}");
    assert_eq!(out, "checked 1 file, 8 records: 0 errors, 0 warnings\n");
    let found = stdout_of(&["--data", FRAB, "search", "night watch sensors"]);
    assert!(found.lines().next().is_some_and(|l| l.contains("hsc26-102")), "{found}");
    // The speaker's page lists the talks they give: linked both ways.
    let person = json_of(&["--data", FRAB, "show", "Jonas Weber", "--json"]);
    let text = person.to_string();
    assert!(text.contains("hsc26-102") && text.contains("hsc26-103"), "{text}");
    // Past midnight, the conference's own clock: 23:30 for an hour, and 01:30 on the next day.
    let talk = json_of(&["--data", FRAB, "show", "hsc26-102", "--json"]);
    assert_eq!(talk["end_time"], "00:30", "{talk}");
    let late = json_of(&["--data", FRAB, "show", "hsc26-103", "--json"]);
    assert_eq!(late["day"], "2026-03-06", "{late}");
    // A time written in UTC (08:00Z) is on the Berlin clock (09:00).
    let panel = json_of(&["--data", FRAB, "show", "hsc26-104", "--json"]);
    assert_eq!(panel["start_time"], "09:00", "{panel}");
    // The schedule's public address (the XSD's <schedule><url>) is among the event's sources.
    let event = json_of(&["--data", FRAB, "show", "hsc26", "--json"]);
    let sources = event["sources"].to_string();
    assert!(sources.contains("https://hsc.example.org/2026/schedule.xml"), "{sources}");
}

/// The plan's iCalendar export of an imported talk that runs past midnight: the conference's
/// 23:30–00:30 in Berlin is 22:30–23:30 in UTC, whatever the machine's zone.
#[test]
fn an_imported_talk_exports_to_icalendar_on_the_right_clock() {
    let dir = tempfile::tempdir().expect("temp dir");
    let state = dir.path().join("state.toml");
    std::fs::write(&state, "version = 1\ncatalogue = \"hsc26\"\nmarks = [\"hsc26-102\"]\n")
        .expect("write state");
    let ics = stdout_of(&[
        "--data",
        FRAB,
        "export",
        "plan",
        "--format",
        "ics",
        "--state",
        &state.to_string_lossy(),
    ]);
    assert!(ics.contains("DTSTART:20260305T223000Z\r\nDTEND:20260305T233000Z\r\n"), "{ics}");
}

#[test]
fn the_variants_published_files_have_are_read_with_a_warning_each() {
    let (ok, _, err) = run(&["--data", FRAB_VARIANTS, "check"]);
    assert!(!ok, "an event without a start is an error");
    let p = FRAB_VARIANTS;
    let expected = [
        format!(
            "{p}:8:5: warning: unknown element <sponsor> in <conference>; ignored (here and wherever else it appears)"
        ),
        format!(
            "{p}:12:7: warning: event id `talk-a` is not a number, as the schedule format has it; kept as written"
        ),
        format!(
            "{p}:23:7: warning: event 55: the id `55` is also used at line 18, column 7; both are kept, apart"
        ),
        format!("{p}:23:7: warning: event 55 has no <duration>; its end is unknown"),
        format!(
            "{p}:26:9: warning: unknown element <hashtag> in <event>; ignored (here and wherever else it appears)"
        ),
        format!("{p}:28:7: error: event 56 has neither a <date> nor a <start>; skipped"),
    ];
    assert_eq!(err.lines().collect::<Vec<_>>(), expected);
    // Read anyway: the talk after midnight without a <date> is on the next day (day_change
    // 04:00), and both talks with id 55 are there, apart.
    let (ok, out, err) =
        run(&["--data", FRAB_VARIANTS, "--keep-going", "list", "schedule", "--json"]);
    assert!(ok, "{err}");
    let list: Value = serde_json::from_str(&out).expect("JSON");
    let days: Vec<(String, String)> = list
        .as_array()
        .expect("an array")
        .iter()
        .map(|r| (r["name"].as_str().unwrap_or("").to_owned(), r["day"].to_string()))
        .collect();
    assert!(
        days.contains(&("After midnight, without a date".into(), "\"2026-05-21\"".into())),
        "{days:?}"
    );
    assert_eq!(days.iter().filter(|(name, _)| name.contains("id")).count(), 2, "{days:?}");
}

#[test]
fn a_file_that_is_not_well_formed_says_where() {
    let (ok, _, err) = run(&["--data", FRAB_BROKEN, "check"]);
    assert!(!ok);
    assert_eq!(
        err,
        format!(
            "{FRAB_BROKEN}:8:36: error: not well-formed XML: ill-formed document: expected \
             `</title>`, but `</room>` was found\n"
        )
    );
}

#[test]
fn an_icalendar_feed_opens_with_its_times_on_the_show_clock() {
    let (ok, _, err) = run(&["--data", ICS, "check"]);
    assert!(!ok);
    assert_eq!(
        err,
        format!(
            "{ICS}:33:1: error: event \"No start time\" has no DTSTART that can be read; skipped\n"
        )
    );
    let talk = json_of(&[
        "--data",
        ICS,
        "--keep-going",
        "show",
        "Night watch: sensors after dark",
        "--json",
    ]);
    // 22:30 UTC is 23:30 in Berlin in March; an hour long, so it ends past midnight.
    assert_eq!(talk["start_time"], "23:30", "{talk}");
    assert_eq!(talk["end_time"], "00:30", "{talk}");
    let expo = json_of(&["--data", ICS, "--keep-going", "show", "Exhibition open", "--json"]);
    assert_eq!(expo["end_day"], "2026-03-06", "{expo}");
}

#[test]
fn an_import_passes_check_clean_and_two_editions_diff_by_what_changed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (old, new) = (dir.path().join("old"), dir.path().join("new"));
    let (old_s, new_s) = (old.to_string_lossy(), new.to_string_lossy());
    let (ok, out, err) = run(&["import", FRAB, "--out", &old_s]);
    assert!(ok, "{err}");
    assert!(
        out.starts_with(&format!("wrote {old_s}/frab-normal.toml (1 event, 4 talks, 3 people")),
        "{out}"
    );
    let (ok, out, err) = run(&["--data", &old_s, "check"]);
    assert!(ok && err.is_empty(), "{err}");
    assert_eq!(out, "checked 1 file, 8 records: 0 errors, 0 warnings\n");
    // The same input gives the same text, ids and all.
    let again = dir.path().join("again");
    assert!(run(&["import", FRAB, "--out", &again.to_string_lossy()]).0);
    let read = |path: std::path::PathBuf| std::fs::read_to_string(path).expect("written");
    let first = read(old.join("frab-normal.toml"));
    assert_eq!(first, read(again.join("frab-normal.toml")));
    // The next edition: a corrected title, a moved panel, a talk dropped and one added. Ids
    // follow the source's own, so the corrected talk is "changed", not gone and new.
    assert!(run(&["import", FRAB_NEXT, "--out", &new_s]).0);
    let diff = stdout_of(&["diff", &old_s, &new_s]);
    let expected = "added    schedule  hsc26-105  Closing remarks\n\
        removed  schedule  hsc26-103  Late lab: drone detection hands-on\n\
        changed  schedule hsc26-101 (Opening: the state of harbour security)\n    \
        name: Opening: the state of port security → Opening: the state of harbour security\n\
        changed  schedule hsc26-104 (Panel: who guards the guards?)\n    \
        start_time: 09:00 → 10:30\n    end_time: 10:30 → 12:00\n\
        1 added, 1 removed, 2 changed\n";
    assert_eq!(diff, expected);
    // The published files compare directly too.
    assert_eq!(stdout_of(&["diff", FRAB, FRAB_NEXT]), expected);
}

#[test]
fn import_never_replaces_a_file_and_writes_nothing_when_a_file_has_errors() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out_dir = dir.path().to_string_lossy().into_owned();
    let mine = dir.path().join("frab-normal.toml");
    std::fs::write(&mine, "# my own notes\n").expect("write");
    let (ok, _, err) = run(&["import", FRAB, "--out", &out_dir]);
    assert!(!ok);
    assert!(err.contains("is already there and import never replaces a file"), "{err}");
    assert_eq!(std::fs::read_to_string(&mine).expect("kept"), "# my own notes\n");
    let fresh = dir.path().join("fresh");
    let (ok, _, err) = run(&["import", FRAB_VARIANTS, "--out", &fresh.to_string_lossy()]);
    assert!(!ok);
    assert!(err.ends_with("error: nothing written: 1 error above; fix them, or add --keep-going to write what could be read\n"), "{err}");
    assert!(!fresh.exists(), "nothing was made");
    let (ok, _, err) =
        run(&["import", FRAB_VARIANTS, "--keep-going", "--out", &fresh.to_string_lossy()]);
    assert!(ok, "{err}");
    let (ok, _, err) = run(&["--data", &fresh.to_string_lossy(), "check"]);
    assert!(ok, "what could be read passes check: {err}");
    // A file nothing could be read from makes no file, even with --keep-going: an empty
    // catalogue would look like an import that worked.
    let broken = "tests/fixtures/import/c3voc-broken.json";
    let none = dir.path().join("none");
    let (ok, _, err) = run(&["import", broken, "--keep-going", "--out", &none.to_string_lossy()]);
    assert!(!ok);
    assert!(
        err.ends_with(&format!(
            "note: nothing could be read from {broken}; no file is written for it\n\
             error: nothing written: no file gave anything to import\n"
        )),
        "{err}"
    );
    assert!(!none.exists(), "nothing was made");
    let some = dir.path().join("some");
    let (ok, out, _) =
        run(&["import", broken, FRAB, "--keep-going", "--out", &some.to_string_lossy()]);
    assert!(ok);
    assert!(out.contains("frab-normal.toml"), "{out}");
    let written: Vec<_> = std::fs::read_dir(&some).expect("made").collect();
    assert_eq!(written.len(), 1, "only the file with something in it");
}

#[test]
fn the_content_decides_the_format_and_what_is_nothing_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let misnamed = dir.path().join("schedule.json");
    std::fs::copy(FRAB, &misnamed).expect("copy");
    let shown = misnamed.to_string_lossy().into_owned();
    let (ok, out, err) = run(&["--data", &shown, "check"]);
    assert!(ok, "{err}");
    assert_eq!(
        err,
        format!(
            "{shown}:1:1: warning: the name says c3voc schedule JSON but the content is \
             frab/Pentabarf schedule XML; read as frab/Pentabarf schedule XML\n"
        )
    );
    assert!(out.contains("8 records"), "{out}");
    let binary = dir.path().join("photo.jpg");
    std::fs::write(&binary, b"\xFF\xD8\xFF\xE0\0\x10JFIF\0").expect("write");
    let shown = binary.to_string_lossy().into_owned();
    let (ok, _, err) = run(&["--data", &shown, "check"]);
    assert!(!ok);
    assert!(err.starts_with(&format!("{shown}:1:1: error: not a file showfloor reads")), "{err}");
    // Over the size limit: refused before it is read (a sparse file, so the test is cheap).
    let big = dir.path().join("big.xml");
    std::fs::File::create(&big).and_then(|f| f.set_len(70 << 20)).expect("a sparse file");
    let shown = big.to_string_lossy().into_owned();
    let (ok, _, err) = run(&["--data", &shown, "check"]);
    assert!(!ok);
    assert!(
        err.starts_with(&format!("{shown}:1:1: error: file is larger than the limit of 64 MiB")),
        "{err}"
    );
    let (ok, _, err) =
        run(&["import", "tests/fixtures", "--out", &dir.path().join("x").to_string_lossy()]);
    assert!(!ok);
    assert!(err.contains("tests/fixtures:1:1: error: a folder; import reads files"), "{err}");
}

#[test]
fn an_icalendar_feed_imports_clean_and_two_editions_diff_by_what_changed() {
    let feed = "examples/published/feed.ics";
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("out");
    let (ok, printed, err) = run(&["import", feed, "--out", &out.to_string_lossy()]);
    assert!(ok, "{err}");
    assert!(printed.contains("(1 event, 1 talk, from examples/published/feed.ics)"), "{printed}");
    let (ok, checked, err) = run(&["--data", &out.to_string_lossy(), "check"]);
    assert!(ok && err.is_empty(), "{err}");
    assert!(checked.contains("0 errors, 0 warnings"), "{checked}");
    // The next edition moves the panel by an hour; its UID keeps it one record.
    let next = dir.path().join("next.ics");
    let text = std::fs::read_to_string(feed).expect("the example");
    let moved =
        text.replace("T140000Z", "T150000Z").replace("T150000Z\r\nSUMMARY", "T160000Z\r\nSUMMARY");
    std::fs::write(&next, moved).expect("write");
    let diff = stdout_of(&["diff", feed, &next.to_string_lossy()]);
    assert_eq!(
        diff,
        "changed  schedule port-security-forum-2026-ports26-13 (Panel: who guards the port?)\n    \
         start_time: 14:00 → 15:00\n    end_time: 15:00 → 16:00\n0 added, 0 removed, 1 changed\n"
    );
}
