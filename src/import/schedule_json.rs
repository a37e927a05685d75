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

mod spans;
#[cfg(test)]
mod tests;

use std::collections::{HashMap, HashSet};

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::TimeZone;
use serde_json::Value;

use super::draft::{At, Draft, EventDraft, TalkDraft};
use super::report::Report;
use super::text::{html_to_text, one_line};
use super::times;
use spans::J;

pub fn read(bytes: &[u8], report: &mut Report) -> Draft {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let at = byte_at(bytes, error.valid_up_to());
            report.error(at, "not UTF-8 text: a schedule's JSON must be UTF-8");
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
fn syntax_message(error: &serde_json::Error) -> String {
    let message = error.to_string();
    match message.rfind(" at line ") {
        Some(cut) => message[..cut].to_owned(),
        None => message,
    }
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

    fn file(&mut self, root: J<'_>) {
        if !root.value.is_object() {
            self.report.error(
                root.at(),
                "not a c3voc schedule: the JSON is not an object with a `schedule` in it",
            );
            return;
        }
        self.keys(root, "the file", ROOT_KEYS);
        if let Some(schema) = root.get("$schema")
            && let Some(name) = schema.str()
            && !is_schedule_schema(name)
        {
            self.report.warning(
                schema.at(),
                format!("`$schema` is `{name}`, not a c3voc schedule schema; read as one anyway"),
            );
        }
        let Some(schedule) = root.get("schedule").filter(|s| s.value.is_object()) else {
            let at = root.get("schedule").map_or(root.at(), |s| s.at());
            self.report.error(at, "not a c3voc schedule: no `schedule` object");
            return;
        };
        let Some(conference) = schedule.get("conference").filter(|c| c.value.is_object()) else {
            let at = schedule.get("conference").map_or(schedule.at(), |c| c.at());
            self.report.error(at, "not a c3voc schedule: `schedule` has no `conference` object");
            return;
        };
        self.keys(conference, "`conference`", CONFERENCE_KEYS);
        let mut event = self.conference(schedule, conference);
        let mut dates = Vec::new();
        if let Some(events) = schedule.get("events").filter(|e| e.value.is_array()) {
            // Version 2: the talks in one list; the days only say when days start.
            for person in schedule.field("persons").map(|p| p.items()).unwrap_or_default() {
                if let (Some(guid), Some(bio)) = (
                    person.field("guid").and_then(|g| g.str()),
                    person.field("biography").and_then(|b| b.str()).and_then(html_to_text),
                ) {
                    self.biographies.insert(guid.to_owned(), bio);
                }
            }
            for day in conference.field("days").map(|d| d.items()).unwrap_or_default() {
                self.keys(day, "a day", DAY_KEYS);
                dates.extend(self.day_date(day));
                if let Some(rooms) = day.field("rooms")
                    && rooms.entries().iter().any(|(_, _, list)| !list.items().is_empty())
                {
                    self.report.warning(
                        rooms.at(),
                        "talks are listed both in `schedule.events` and in the days' rooms; \
                         `schedule.events` is read",
                    );
                }
            }
            for talk in events.items() {
                self.talk(talk, None, None);
            }
        } else {
            self.days(conference, &mut dates);
        }
        if event.start.is_none() {
            event.start = dates.iter().min().copied();
        }
        if event.end.is_none() {
            event.end = dates.iter().max().copied();
        }
        if self.draft.talks.is_empty() && !self.report.has_errors() {
            self.report.warning(schedule.at(), "the schedule lists no talks");
        }
        self.draft.event = Some(event);
    }

    /// Warn once per key name about members of `j` outside `known`.
    fn keys(&mut self, j: J<'_>, level: &'static str, known: &[&str]) {
        for (key, at, _) in j.entries() {
            if !known.contains(&key) && self.unknown_keys.insert((level, key.to_owned())) {
                self.report.warning(
                    at,
                    format!(
                        "key `{key}` in {level} is not in the c3voc schedule schema; ignored \
                         (said once)"
                    ),
                );
            }
        }
    }

    fn conference(&mut self, schedule: J<'_>, conference: J<'_>) -> EventDraft {
        let mut event = EventDraft { at: conference.at(), ..EventDraft::default() };
        if let Some(zone) = conference.field("time_zone_name") {
            match zone.str().map(str::trim).filter(|name| !name.is_empty()) {
                Some(name) if TimeZone::get(name).is_ok() => {
                    self.zone = TimeZone::get(name).ok();
                    event.timezone = Some(name.to_owned());
                }
                _ => {
                    let shown = zone.str().map_or_else(|| zone.value.to_string(), str::to_owned);
                    self.report.warning(
                        zone.at(),
                        format!(
                            "time zone `{shown}` is not one showfloor knows; times are read on \
                             the offsets they are written with"
                        ),
                    );
                }
            }
        }
        self.day_change = conference.field("day_change").and_then(|d| d.str()).and_then(|text| {
            times::clock(text)
                .or_else(|| times::date_time(text, self.zone.as_ref()).map(|t| t.time()))
        });
        event.acronym = string(conference, "acronym");
        event.name = match (string(conference, "title"), &event.acronym) {
            (Some(title), _) => title,
            (None, acronym) => {
                let name = acronym.clone().unwrap_or_else(|| "Untitled schedule".into());
                self.report.warning(
                    conference.at(),
                    format!("the conference has no `title`; it is called `{name}`"),
                );
                name
            }
        };
        event.start = self.conference_date(conference, "start");
        event.end = self.conference_date(conference, "end");
        event.website = string(conference, "url");
        event.summary = conference.field("description").and_then(|d| localized(d.value));
        event.sources.extend(string(schedule, "base_url"));
        let mut rooms = HashSet::new();
        for room in conference.field("rooms").map(|r| r.items()).unwrap_or_default() {
            let Some(name) = room.field("name").and_then(|n| n.str()) else { continue };
            if let Some(guid) = string(room, "guid") {
                self.room_names.insert(guid, name.to_owned());
            }
            rooms.insert(name.to_owned());
        }
        self.rooms = (!rooms.is_empty()).then_some(rooms);
        for track in conference.field("tracks").map(|t| t.items()).unwrap_or_default() {
            if let (Some(slug), Some(name)) = (string(track, "slug"), string(track, "name")) {
                self.tracks.insert(slug, name);
            }
        }
        event
    }

    /// The conference's `start` or `end`: a date, or a date-time whose date on the show's clock
    /// is meant.
    fn conference_date(&mut self, conference: J<'_>, key: &str) -> Option<Date> {
        let j = conference.field(key)?;
        let text = j.str().unwrap_or("");
        let date = times::date_time(text, self.zone.as_ref())
            .map(|t| t.date())
            .or_else(|| times::date(text));
        if date.is_none() {
            self.report.warning(
                j.at(),
                format!("the conference's `{key}` `{text}` is not a date; it is left out"),
            );
        }
        date
    }

    fn day_date(&mut self, day: J<'_>) -> Option<Date> {
        let date = day.field("date").and_then(|d| d.str()).and_then(times::date);
        if date.is_none() {
            self.report.warning(day.at(), "a day without a readable `date`");
        }
        date
    }

    /// Version 1: each day's rooms and the talks listed in them.
    fn days(&mut self, conference: J<'_>, dates: &mut Vec<Date>) {
        for day in conference.field("days").map(|d| d.items()).unwrap_or_default() {
            if !day.value.is_object() {
                self.report.warning(day.at(), "a day must be an object; skipped");
                continue;
            }
            self.keys(day, "a day", DAY_KEYS);
            let date = self.day_date(day);
            dates.extend(date);
            let starts = day
                .field("day_start")
                .or_else(|| day.field("start"))
                .and_then(|s| s.str())
                .and_then(|s| times::date_time(s, self.zone.as_ref()))
                .map(|s| s.time())
                .or(self.day_change);
            let info = Day { date, starts };
            let Some(rooms) = day.field("rooms") else { continue };
            if !rooms.value.is_object() {
                self.report.warning(rooms.at(), "a day's `rooms` must be an object; skipped");
                continue;
            }
            for (room, key_at, talks) in rooms.entries() {
                self.check_room(room, key_at);
                if !talks.value.is_array() {
                    self.report.warning(
                        talks.at(),
                        format!("room `{room}` must list its talks in an array; skipped"),
                    );
                    continue;
                }
                for talk in talks.items() {
                    self.talk(talk, Some(&info), Some(room));
                }
            }
        }
    }

    /// A room not in `conference.rooms` (when that lists any), said once per room.
    fn check_room(&mut self, room: &str, at: At) {
        if let Some(rooms) = &self.rooms
            && !rooms.contains(room)
            && self.unlisted_rooms.insert(room.to_owned())
        {
            self.report.warning(
                at,
                format!("room `{room}` is not in `conference.rooms`; its talks are kept there"),
            );
        }
    }

    fn talk(&mut self, talk: J<'_>, day: Option<&Day>, listed_room: Option<&str>) {
        if !talk.value.is_object() {
            self.report.warning(talk.at(), "a talk must be an object; skipped");
            return;
        }
        self.keys(talk, "a talk", EVENT_KEYS);
        let Some(title) = string(talk, "title") else {
            self.report.warning(talk.at(), "a talk without a `title`; skipped");
            return;
        };
        let Some(start) = self.start(talk, &title, day) else { return };
        let end = self.end(talk, &title, start);
        let slot = match times::slot(start, end) {
            Ok(slot) => slot,
            Err((slot, problem)) => {
                self.report.warning(talk.at(), format!("talk `{title}`: {problem}"));
                slot
            }
        };
        let mut draft = TalkDraft {
            at: talk.at(),
            title,
            subtitle: string(talk, "subtitle"),
            day: slot.day,
            start: Some(slot.start),
            end: slot.end,
            end_day: slot.end_day,
            language: string(talk, "language"),
            ..TalkDraft::default()
        };
        draft.source_id = self.source_id(talk);
        draft.place = self.place(talk, &draft.title, listed_room);
        draft.summary = self.summary(talk);
        for tag in [self.track(talk), string(talk, "type")].into_iter().flatten() {
            if !draft.tags.contains(&tag) {
                draft.tags.push(tag);
            }
        }
        draft.speakers = self.speakers(talk, &draft.title);
        let guid = string(talk, "guid").map(|guid| format!("guid:{guid}"));
        let links = talk.field("links").map(|l| l.items()).unwrap_or_default();
        let link_urls = links.iter().filter_map(|link| match link.value {
            Value::String(url) => one_line(url),
            _ => string(*link, "url"),
        });
        for source in string(talk, "url").into_iter().chain(guid).chain(link_urls) {
            if !draft.sources.contains(&source) {
                draft.sources.push(source);
            }
        }
        self.draft.talks.push(draft);
    }

    /// When the talk starts: its `date` (version 1) or `start` date-time (version 2), else its
    /// day's date and `start` time, after midnight the next day. `None`: an error was reported
    /// and the talk is skipped.
    fn start(&mut self, talk: J<'_>, title: &str, day: Option<&Day>) -> Option<DateTime> {
        if let Some(date) = talk.field("date") {
            let text = date.str().unwrap_or("");
            // A date without a time would read as midnight: the time is its `start`'s.
            if let Some(on) = times::date(text).filter(|_| text.trim().len() == 10)
                && let Some(time) = talk.field("start").and_then(|s| s.str()).and_then(times::clock)
            {
                self.report.warning(
                    date.at(),
                    format!(
                        "talk `{title}`: its `date` `{}` has no time; read as {on} {} with its \
                         `start`",
                        text.trim(),
                        clock(time)
                    ),
                );
                return Some(on.to_datetime(time));
            }
            let start = times::date_time(text, self.zone.as_ref());
            if start.is_none() {
                self.report.error(
                    date.at(),
                    format!(
                        "talk `{title}`: its date `{text}` cannot be read; the talk is skipped"
                    ),
                );
            }
            return start;
        }
        let Some(start) = talk.field("start") else {
            self.report
                .error(talk.at(), format!("talk `{title}` has no `date` or `start`; skipped"));
            return None;
        };
        let text = start.str().unwrap_or("");
        if let Some(time) = times::clock(text) {
            let Some(date) = day.and_then(|day| day.date) else {
                self.report.error(
                    start.at(),
                    format!(
                        "talk `{title}` has a start time but no `date`, and no day date to put \
                         it on; skipped"
                    ),
                );
                return None;
            };
            let after_midnight = day.and_then(|day| day.starts).is_some_and(|starts| time < starts);
            let date = if after_midnight { date.tomorrow().unwrap_or(date) } else { date };
            self.report.warning(
                talk.at(),
                format!(
                    "talk `{title}` has no `date`; read as {date} {} from its day and `start`{}",
                    clock(time),
                    if after_midnight { " (after midnight, the next day)" } else { "" }
                ),
            );
            return Some(date.to_datetime(time));
        }
        let at = times::date_time(text, self.zone.as_ref());
        if at.is_none() {
            self.report.error(
                start.at(),
                format!("talk `{title}`: its start `{text}` cannot be read; the talk is skipped"),
            );
        }
        at
    }

    /// When it ends: its `end` date-time (version 2), else its start and `duration` (`HH:MM`,
    /// or version 2's ISO 8601 `PT45M`).
    fn end(&mut self, talk: J<'_>, title: &str, start: DateTime) -> Option<DateTime> {
        if let Some(end) = talk.field("end") {
            let text = end.str().unwrap_or("");
            let read = times::date_time(text, self.zone.as_ref());
            if read.is_none() {
                self.report.warning(
                    end.at(),
                    format!("talk `{title}`: its end `{text}` cannot be read; it has no end"),
                );
            }
            return read;
        }
        let Some(duration) = talk.field("duration") else {
            self.report
                .warning(talk.at(), format!("talk `{title}` has no duration; it has no end"));
            return None;
        };
        let text = duration.str().unwrap_or("");
        let end = times::duration(text)
            .or_else(|| times::iso_duration(text))
            .and_then(|length| start.checked_add(length).ok());
        if end.is_none() {
            self.report.warning(
                duration.at(),
                format!("talk `{title}`: its duration `{text}` cannot be read; it has no end"),
            );
        }
        end
    }

    /// The talk's `id` (a number or a string), else its `guid`; a repeated one is warned about
    /// and both talks kept.
    fn source_id(&mut self, talk: J<'_>) -> Option<String> {
        let (id, at) = match talk.field("id") {
            Some(id) => {
                let text = match id.value {
                    Value::String(text) => one_line(text),
                    Value::Number(number) => Some(number.to_string()),
                    _ => None,
                };
                (text, id.at())
            }
            None => (None, talk.at()),
        };
        let (id, at) = match id {
            Some(id) => (id, at),
            None => {
                let guid = talk.field("guid");
                (string(talk, "guid")?, guid.map_or(at, |g| g.at()))
            }
        };
        match self.talk_ids.get(&id) {
            Some(first) => {
                let message = format!(
                    "talk id {id} is also used at {}:{}; kept apart",
                    first.line, first.column
                );
                self.report.warning(at, message);
            }
            None => {
                self.talk_ids.insert(id.clone(), at);
            }
        }
        Some(id)
    }

    /// The room it is in: the one it is listed under (version 1), which wins over a different
    /// `room`, or its `room` (a name, or version 2's `{name, guid}`, where the name may be left
    /// to `conference.rooms`).
    fn place(&mut self, talk: J<'_>, title: &str, listed: Option<&str>) -> Option<String> {
        let own = talk.field("room");
        let own_name = own.and_then(|room| match room.value {
            Value::String(name) => one_line(name),
            _ => string(room, "name").or_else(|| {
                string(room, "guid").and_then(|guid| self.room_names.get(&guid).cloned())
            }),
        });
        match (listed, own_name) {
            (Some(listed), Some(own_name)) => {
                if own_name != listed.trim() {
                    let at = own.map_or(talk.at(), |room| room.at());
                    self.report.warning(
                        at,
                        format!(
                            "talk `{title}` names room `{own_name}` but is listed under \
                             `{listed}`; it is placed in `{listed}`"
                        ),
                    );
                }
                one_line(listed)
            }
            (Some(listed), None) => one_line(listed),
            (None, Some(own_name)) => {
                if let Some(room) = own {
                    self.check_room(&own_name, room.at());
                }
                Some(own_name)
            }
            (None, None) => None,
        }
    }

    /// `abstract` and `description` as text, joined by a blank line when both differ.
    fn summary(&mut self, talk: J<'_>) -> Option<String> {
        let mut parts: Vec<String> = Vec::new();
        for key in ["abstract", "description"] {
            let Some(j) = talk.field(key) else { continue };
            if !self.said_escaped_html
                && let Some(raw) = j.str()
                && !raw.contains('<')
                && raw.contains("&lt;")
            {
                self.said_escaped_html = true;
                self.report.warning(
                    j.at(),
                    format!("`{key}` holds escaped HTML (`&lt;…&gt;`); it is decoded (said once)"),
                );
            }
            if let Some(text) = localized(j.value)
                && !parts.contains(&text)
            {
                parts.push(text);
            }
        }
        (!parts.is_empty()).then(|| parts.join("\n\n"))
    }

    /// Its track's name: a string (version 1), or `{name}` or `{slug}` (version 2).
    fn track(&self, talk: J<'_>) -> Option<String> {
        let track = talk.field("track")?;
        match track.value {
            Value::String(name) => one_line(name),
            _ => string(track, "name").or_else(|| {
                let slug = string(track, "slug")?;
                Some(self.tracks.get(&slug).cloned().unwrap_or(slug))
            }),
        }
    }

    /// `persons` (version 1) or `participants` (version 2): objects with a name (`public_name`
    /// or `name`) and an id (`guid`, `id` or `code`), or, in some files, plain names.
    fn speakers(&mut self, talk: J<'_>, title: &str) -> Vec<usize> {
        let list = talk.field("persons").or_else(|| talk.field("participants"));
        let mut speakers = Vec::new();
        for person in list.map(|l| l.items()).unwrap_or_default() {
            let (name, id) = match person.value {
                Value::String(name) => {
                    if !self.said_string_persons {
                        self.said_string_persons = true;
                        self.report.warning(
                            person.at(),
                            "speakers are given as names, not objects; read as names (said once)",
                        );
                    }
                    (one_line(name), None)
                }
                Value::Object(_) => {
                    let name = string(person, "public_name").or_else(|| string(person, "name"));
                    let id = string(person, "guid")
                        .or_else(|| person.field("id").and_then(|id| id_text(id.value)))
                        .or_else(|| string(person, "code"));
                    (name, id)
                }
                _ => (None, None),
            };
            let Some(name) = name else {
                self.report.warning(
                    person.at(),
                    format!("talk `{title}` has a speaker without a name; left out"),
                );
                continue;
            };
            let index = self.draft.speaker(&name, id.as_deref(), person.at());
            let biography = person
                .field("biography")
                .and_then(|b| b.str())
                .and_then(html_to_text)
                .or_else(|| id.as_ref().and_then(|id| self.biographies.get(id).cloned()));
            if let Some(person) = self.draft.people.get_mut(index)
                && person.summary.is_none()
            {
                person.summary = biography;
            }
            if !speakers.contains(&index) {
                speakers.push(index);
            }
        }
        speakers
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
