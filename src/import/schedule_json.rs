//! The c3voc `schedule.json` (the JSON frab, pretalx and the c3voc tools publish), read into a
//! [`Draft`]. Two layouts exist, both described by the schemas in `voc/schedule`'s `validator/`:
//!
//! - version 1 (`validator/json/schema.json`): talks listed per day and room,
//!   `conference.days[].rooms["Room"][…]`, each with `date` (ISO date-time), `start` (`HH:MM`)
//!   and `duration` (`HH:MM`), `room` a name and `persons` their speakers;
//! - version 2 (`validator/json/schema2.json`, `$id` `https://c3voc.de/schema/schedule2`):
//!   talks in one list, `schedule.events[…]`, each with `start` and `end` date-times, `room` an
//!   object (`{name, guid}`), `track` an object and `participants` their speakers.
//!
//! `schedule.version` is the edition's free text ("2024-12-26 20:23", "0.9 Lima"), not the
//! format's, so it decides nothing. The format is the layout the file has: `schedule.events`
//! when it is a list, else the days' rooms; a `$schema` naming something that is not a c3voc
//! schedule schema is warned about once and the file read anyway. Only what cannot be a c3voc
//! schedule is refused: not JSON, or no `schedule` object with a `conference` object in it.
//!
//! Here: the text parsed and the reader's state; [`layout`] walks the two layouts, [`talk`]
//! maps one talk's fields, [`spans`] places every value at its line and column.

mod layout;
mod spans;
mod talk;
#[cfg(test)]
mod tests;

use std::collections::{HashMap, HashSet};

use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;
use serde_json::Value;

use super::draft::{At, Draft};
use super::report::Report;
use super::text::{html_to_text, one_line};
use spans::J;

pub fn read(bytes: &[u8], report: &mut Report) -> Draft {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let at = byte_at(bytes, error.valid_up_to());
            report.error(at, crate::tr!("import-json-not-utf8"));
            return Draft::default();
        }
    };
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(error) => {
            let at = syntax_at(text, error.line(), error.column());
            report.error(at, syntax_message(&error));
            return Draft::default();
        }
    };
    let tree = spans::scan(text);
    let root = J::root(&value, tree.as_ref());
    let mut reader = Reader::new(report);
    reader.file(root);
    reader.draft
}

/// Where byte `offset` is, counting the characters of its line (for bytes that are not UTF-8,
/// each byte of the line before it).
fn byte_at(bytes: &[u8], offset: usize) -> At {
    let head = bytes.get(..offset).unwrap_or(bytes);
    let line_start = head.iter().rposition(|&b| b == b'\n').map_or(0, |newline| newline + 1);
    let line = head.iter().filter(|&&b| b == b'\n').count() + 1;
    let prefix = head.get(line_start..).unwrap_or_default();
    let column = String::from_utf8_lossy(prefix).chars().count() + 1;
    let as_u32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    At { line: as_u32(line), column: as_u32(column) }
}

/// `serde_json`'s line and column (the column counts bytes, and names the last byte read) as
/// the line and character column of that byte.
fn syntax_at(text: &str, line: usize, column: usize) -> At {
    let line_text = text.split('\n').nth(line.saturating_sub(1)).unwrap_or("");
    let mut bytes = column.min(line_text.len());
    while !line_text.is_char_boundary(bytes) {
        bytes -= 1;
    }
    let chars = line_text.get(..bytes).map_or(0, |head| head.chars().count());
    let as_u32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    At { line: as_u32(line.max(1)), column: as_u32(chars.max(1)) }
}

/// `serde_json`'s message without its " at line X column Y", which the position says.
/// serde_json's message without its own "at line L column C" (the diagnostic says where),
/// saying what kind of problem it is, as the XML reader's "not well-formed XML: …" does.
fn syntax_message(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let message = match message.rfind(" at line ") {
        Some(cut) => &message[..cut],
        None => &message,
    };
    crate::tr!("import-json-invalid", error = message)
}

/// Members each level may have, by either schema (and `day_change`, which frab exports add and
/// this reader reads, and pretalx's `answers`); anything else is warned about once per key.
const ROOT_KEYS: &[&str] = &["$schema", "generator", "schedule"];
const CONFERENCE_KEYS: &[&str] = &[
    "acronym",
    "title",
    "description",
    "start",
    "end",
    "daysCount",
    "timeslot_duration",
    "time_zone_name",
    "day_change",
    "logo",
    "colors",
    "keywords",
    "url",
    "languages",
    "defaults",
    "tracks",
    "rooms",
    "meta",
    "days",
];
const DAY_KEYS: &[&str] = &["index", "date", "day_start", "day_end", "start", "end", "rooms"];
const EVENT_KEYS: &[&str] = &[
    "id",
    "guid",
    "code",
    "logo",
    "date",
    "start",
    "end",
    "duration",
    "room",
    "slug",
    "url",
    "title",
    "subtitle",
    "track",
    "type",
    "language",
    "abstract",
    "description",
    "recording_license",
    "do_not_record",
    "do_not_stream",
    "persons",
    "participants",
    "links",
    "attachments",
    "feedback_url",
    "origin_url",
    "state",
    "answers",
];

/// One conference day of the version 1 layout, as its talks need it.
struct Day {
    date: Option<Date>,
    /// The time of day the conference day starts: a talk listed on it without a `date` and
    /// starting earlier is after midnight, on the next calendar day.
    starts: Option<Time>,
}

struct Reader<'r> {
    report: &'r mut Report,
    draft: Draft,
    zone: Option<TimeZone>,
    /// `conference.day_change`, when a day has no `day_start`.
    day_change: Option<Time>,
    /// Each talk id met so far, and where.
    talk_ids: HashMap<String, At>,
    /// `(level, key)` pairs already warned about.
    unknown_keys: HashSet<(&'static str, String)>,
    /// `conference.rooms`' names, when it lists any.
    rooms: Option<HashSet<String>>,
    /// Version 2: a room's name by its guid, for talks whose `room` gives only that.
    room_names: HashMap<String, String>,
    unlisted_rooms: HashSet<String>,
    /// Version 2: a track's name by its slug.
    tracks: HashMap<String, String>,
    /// Version 2: `schedule.persons`' biographies by guid.
    biographies: HashMap<String, String>,
    said_string_persons: bool,
    said_escaped_html: bool,
}

impl<'r> Reader<'r> {
    fn new(report: &'r mut Report) -> Self {
        Reader {
            report,
            draft: Draft::default(),
            zone: None,
            day_change: None,
            talk_ids: HashMap::new(),
            unknown_keys: HashSet::new(),
            rooms: None,
            room_names: HashMap::new(),
            unlisted_rooms: HashSet::new(),
            tracks: HashMap::new(),
            biographies: HashMap::new(),
            said_string_persons: false,
            said_escaped_html: false,
        }
    }
}

/// Member `key` as one line of text, when it is a non-empty string.
fn string(j: J<'_>, key: &str) -> Option<String> {
    j.field(key).and_then(|v| v.str()).and_then(one_line)
}

/// A number or a string id as text.
fn id_text(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => one_line(text),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    }
}

/// Text that may be HTML, or (version 2) an object of translations: English, else the first.
fn localized(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => html_to_text(text),
        Value::Object(map) => map
            .get("en")
            .and_then(Value::as_str)
            .and_then(html_to_text)
            .or_else(|| map.values().filter_map(Value::as_str).find_map(html_to_text)),
        _ => None,
    }
}

/// Whether a `$schema` names a c3voc schedule schema: `c3voc.de`, or the validator's file names.
fn is_schedule_schema(name: &str) -> bool {
    let name = name.trim().to_ascii_lowercase();
    let last = name.trim_end_matches('/').rsplit('/').next().unwrap_or("");
    name.contains("c3voc") || matches!(last, "schema.json" | "schema2.json" | "schedule2")
}

fn clock(time: Time) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}
