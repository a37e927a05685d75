//! The c3voc schedule JSON, both layouts: opened with `--data FILE`, converted with `import`,
//! checked, and compared edition against edition.

use super::*;

const V1: &str = "tests/fixtures/import/c3voc-v1.json";
const V2: &str = "tests/fixtures/import/c3voc-v2.json";
const VARIANTS: &str = "tests/fixtures/import/c3voc-variants.json";
const BROKEN: &str = "tests/fixtures/import/c3voc-broken.json";
const NO_SCHEDULE: &str = "tests/fixtures/import/c3voc-no-schedule.json";
const BAD_TIMES: &str = "tests/fixtures/import/c3voc-bad-times.json";

/// The talks `list schedule --json` prints, as (name, day, start, end, place).
fn schedule_of(data: &str) -> Vec<[String; 5]> {
    let list = json_of(&["--data", data, "list", "schedule", "--json"]);
    let field = |record: &Value, key: &str| record[key].as_str().unwrap_or("").to_owned();
    list.as_array()
        .expect("an array")
        .iter()
        .map(|r| ["name", "day", "start_time", "end_time", "place"].map(|key| field(r, key)))
        .collect()
}

#[test]
fn a_version_1_schedule_opens_directly_and_its_talks_and_speakers_are_found() {
    let (ok, out, err) = run(&["--data", V1, "check"]);
    assert!(ok && err.is_empty(), "{err}");
    assert_eq!(out, "checked 1 file, 9 records: 0 errors, 0 warnings\n");
    let found = stdout_of(&["--data", V1, "search", "meteor scatter"]);
    assert!(found.lines().next().is_some_and(|l| l.contains("crd26-202")), "{found}");
    // The speaker's page lists the talks they give.
    let person = json_of(&["--data", V1, "show", "Tomás Ortega", "--json"]).to_string();
    assert!(person.contains("crd26-202") && person.contains("crd26-203"), "{person}");
    // Past midnight on the conference's clock, and a time written in UTC on Helsinki's.
    let night = json_of(&["--data", V1, "show", "crd26-202", "--json"]);
    assert_eq!((&night["day"], &night["end_time"]), (&"2026-04-16".into(), &"00:30".into()));
    let panel = json_of(&["--data", V1, "show", "crd26-204", "--json"]);
    assert_eq!(panel["start_time"], "09:30", "{panel}");
    assert_eq!(panel["place"], "Harbour Hall", "{panel}");
}

#[test]
fn the_version_2_layout_of_the_same_show_has_the_same_talks() {
    let (ok, out, err) = run(&["--data", V2, "check"]);
    assert!(ok && err.is_empty(), "{err}");
    assert_eq!(out, "checked 1 file, 9 records: 0 errors, 0 warnings\n");
    let two = schedule_of(V2);
    assert_eq!(two.len(), 5, "{two:?}");
    assert_eq!(two, schedule_of(V1));
}

#[test]
fn an_import_passes_check_clean_and_two_editions_diff_by_what_changed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (old, new) = (dir.path().join("old"), dir.path().join("new"));
    let (old_s, new_s) = (old.to_string_lossy(), new.to_string_lossy());
    let (ok, out, err) = run(&["import", V1, "--out", &old_s]);
    assert!(ok, "{err}");
    assert!(
        out.starts_with(&format!("wrote {old_s}/c3voc-v1.toml (1 event, 5 talks, 3 people")),
        "{out}"
    );
    let (ok, out, err) = run(&["--data", &old_s, "check"]);
    assert!(ok && err.is_empty(), "{err}");
    assert_eq!(out, "checked 1 file, 9 records: 0 errors, 0 warnings\n");
    // The same input gives the same text, ids and all.
    let again = dir.path().join("again");
    assert!(run(&["import", V1, "--out", &again.to_string_lossy()]).0);
    let read = |path: std::path::PathBuf| std::fs::read_to_string(path).expect("written");
    assert_eq!(read(old.join("c3voc-v1.toml")), read(again.join("c3voc-v1.toml")));
    // The next edition: a corrected title, a moved panel, a talk dropped and one added.
    let next = dir.path().join("c3voc-v1.json");
    std::fs::write(&next, next_edition()).expect("write the next edition");
    let next_s = next.to_string_lossy();
    assert!(run(&["import", &next_s, "--out", &new_s]).0);
    let diff = stdout_of(&["diff", &old_s, &new_s]);
    let expected = "added    schedule  crd26-206  Lightning talks\n\
        removed  schedule  crd26-203  Build a loop antenna\n\
        changed  schedule crd26-201 (Opening: listening to the whole coast)\n    \
        name: Opening: listening to the coast → Opening: listening to the whole coast\n\
        changed  schedule crd26-204 (Panel: who owns the spectrum?)\n    \
        start_time: 09:30 → 11:00\n    end_time: 11:00 → 12:30\n\
        1 added, 1 removed, 2 changed\n";
    assert_eq!(diff, expected);
    // The published files compare directly too.
    assert_eq!(stdout_of(&["diff", V1, &next_s]), expected);
}

/// The v1 fixture edited as the organisers' next edition would be.
fn next_edition() -> String {
    let text = std::fs::read_to_string(V1).expect("the fixture");
    let mut schedule: Value = serde_json::from_str(&text).expect("JSON");
    let days = &mut schedule["schedule"]["conference"]["days"];
    days[0]["rooms"]["Harbour Hall"][0]["title"] = "Opening: listening to the whole coast".into();
    days[0]["rooms"]["Lab 2"] = Value::Array(Vec::new());
    days[1]["rooms"]["Harbour Hall"][0]["date"] = "2026-04-17T08:00:00Z".into();
    let mut added = days[1]["rooms"]["Lab 2"][0].clone();
    added["id"] = 206.into();
    added["guid"] = "0c9f6a52-3f7e-4d0b-8d1a-000000000206".into();
    added["url"] = "https://crd.example.org/2026/talk/206".into();
    added["date"] = "2026-04-17T12:00:00+03:00".into();
    added["title"] = "Lightning talks".into();
    days[1]["rooms"]["Lab 2"].as_array_mut().expect("a room's talks").push(added);
    serde_json::to_string_pretty(&schedule).expect("JSON text")
}

#[test]
fn the_variants_are_read_with_a_warning_each() {
    let (ok, out, err) = run(&["--data", VARIANTS, "check"]);
    assert!(ok, "warnings only: {err}");
    let p = VARIANTS;
    let expected = [
        format!(
            "{p}:2:14: warning: `$schema` is `https://example.org/schemas/my-programme.json`, not a c3voc schedule schema; read as one anyway"
        ),
        format!(
            "{p}:10:25: warning: time zone `Europe/Atlantis` is not one showfloor knows; times are read on the offsets they are written with"
        ),
        format!(
            "{p}:12:7: warning: key `sponsor` in `conference` is not in the c3voc schedule schema; ignored (said once)"
        ),
        format!(
            "{p}:21:23: warning: talk id `talk-a` is not a number, as the schedule format has it; kept as written"
        ),
        format!(
            "{p}:26:29: warning: `abstract` holds escaped HTML (`&lt;…&gt;`); it is decoded (said once)"
        ),
        format!(
            "{p}:27:29: warning: speakers are given as names, not objects; read as names (said once)"
        ),
        format!(
            "{p}:28:17: warning: key `hashtag` in a talk is not in the c3voc schedule schema; ignored (said once)"
        ),
        format!(
            "{p}:38:15: warning: talk `Second talk with id 55, no duration` has no duration; it has no end"
        ),
        format!("{p}:39:23: warning: talk id 55 is also used at 31:23; kept apart"),
        format!(
            "{p}:44:29: warning: talk `Second talk with id 55, no duration` has a speaker without a name; left out"
        ),
        format!(
            "{p}:46:15: warning: talk `After midnight, without a date` has no `date`; read as 2026-05-21 01:30 from its day and `start` (after midnight, the next day)"
        ),
        format!(
            "{p}:56:29: warning: talk `A duration in words`: its duration `forty minutes` cannot be read; it has no end"
        ),
        format!(
            "{p}:57:25: warning: talk `A duration in words` names room `Workshop Tent` but is listed under `Main Tent`; it is placed in `Main Tent`"
        ),
        format!(
            "{p}:60:15: warning: talk `No time at all`: it ends when or before it starts; its end is left out"
        ),
        format!("{p}:68:15: warning: a talk without a `title`; skipped"),
        format!(
            "{p}:74:13: warning: room `Field` is not in `conference.rooms`; its talks are kept there"
        ),
    ];
    assert_eq!(err.lines().collect::<Vec<_>>(), expected);
    assert_eq!(out, "checked 1 file, 10 records: 0 errors, 16 warnings\n");
    // Both talks with id 55 are there, apart; the one after midnight is on the next day.
    let talks = schedule_of(VARIANTS);
    let both: Vec<&[String; 5]> = talks.iter().filter(|t| t[0].contains("id 55")).collect();
    assert_eq!(both.len(), 2, "{talks:?}");
    let late = talks.iter().find(|t| t[0] == "After midnight, without a date").expect("read");
    assert_eq!(late[1..], ["2026-05-21", "01:30", "02:30", "Main Tent"]);
}

#[test]
fn broken_files_are_errors_that_say_where() {
    let (ok, _, err) = run(&["--data", BROKEN, "check"]);
    assert!(!ok);
    assert_eq!(err, format!("{BROKEN}:6:7: error: not valid JSON: expected `,` or `}}`\n"));
    let (ok, _, err) = run(&["--data", NO_SCHEDULE, "check"]);
    assert!(!ok);
    assert_eq!(
        err,
        format!(
            "{NO_SCHEDULE}:1:1: error: not a c3voc schedule: no `schedule` object\n\
             {NO_SCHEDULE}:3:3: warning: key `conference` in the file is not in the c3voc \
             schedule schema; ignored (said once)\n"
        )
    );
    let (ok, _, err) = run(&["--data", BAD_TIMES, "check"]);
    assert!(!ok);
    let p = BAD_TIMES;
    let expected = [
        format!("{p}:7:16: warning: the conference's `start` `soon` is not a date; it is left out"),
        format!(
            "{p}:15:34: error: talk `A date in words`: its date `Monday morning` cannot be read; the talk is skipped"
        ),
        format!(
            "{p}:16:15: error: talk `Neither date nor start` has no `date` or `start`; skipped"
        ),
        format!(
            "{p}:17:35: error: talk `A start in words`: its start `half past ten` cannot be read; the talk is skipped"
        ),
        format!(
            "{p}:18:71: warning: talk `An end in words`: its end `later` cannot be read; it has no end"
        ),
        format!("{p}:22:9: warning: a day without a readable `date`"),
        format!(
            "{p}:26:35: error: talk `A start on a day without a date` has a start time but no `date`, and no day date to put it on; skipped"
        ),
    ];
    assert_eq!(err.lines().collect::<Vec<_>>(), expected);
}

#[test]
fn import_writes_nothing_from_a_file_with_errors() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out_dir = dir.path().join("out");
    let out_s = out_dir.to_string_lossy();
    let (ok, _, err) = run(&["import", BAD_TIMES, "--out", &out_s]);
    assert!(!ok);
    assert!(err.ends_with("error: nothing written: 4 errors above; fix them, or add --keep-going to write what could be read\n"), "{err}");
    assert!(!out_dir.exists(), "nothing was made");
    let (ok, _, err) = run(&["import", BAD_TIMES, "--keep-going", "--out", &out_s]);
    assert!(ok, "{err}");
    let (ok, _, err) = run(&["--data", &out_s, "check"]);
    assert!(ok, "what could be read passes check: {err}");
    let talks = schedule_of(&out_s);
    assert_eq!(talks.len(), 1, "{talks:?}");
    assert_eq!(talks[0][..4], ["An end in words", "2026-06-01", "11:00", ""]);
}
