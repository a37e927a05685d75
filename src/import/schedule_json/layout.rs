//! The version 1 and version 2 layouts walked: the file's root, the conference (its zone, its
//! rooms and tracks), and the days, rooms and event lists that hold the talks, each talk handed
//! to [`super::talk`]'s mapping.

use std::collections::HashSet;

use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::super::draft::{At, EventDraft};
use super::super::text::{html_to_text, one_line};
use super::super::times;
use super::spans::J;
use super::{
    CONFERENCE_KEYS, DAY_KEYS, Day, ROOT_KEYS, Reader, is_schedule_schema, localized, string,
};

impl Reader<'_> {
    pub(super) fn file(&mut self, root: J<'_>) {
        if !root.value.is_object() {
            self.report.error(root.at(), crate::tr!("import-json-not-object"));
            return;
        }
        self.keys(root, "file", ROOT_KEYS);
        if let Some(schema) = root.get("$schema")
            && let Some(name) = schema.str()
        {
            let name = one_line(name).unwrap_or_default();
            if let Some(version) = unknown_schedule_version(&name) {
                // A later version of the format may mean anything by its keys: refused, not
                // guessed at.
                let message =
                    crate::tr!("import-json-schema-version", schema = &name, version = version);
                self.report.error(schema.at(), message);
                return;
            }
            if !is_schedule_schema(&name) {
                let message = crate::tr!("import-json-other-schema", schema = &name);
                self.report.warning(schema.at(), message);
            }
        }
        let Some(schedule) = root.get("schedule").filter(|s| s.value.is_object()) else {
            let at = root.get("schedule").map_or(root.at(), |s| s.at());
            self.report.error(at, crate::tr!("import-json-no-schedule"));
            return;
        };
        let Some(conference) = schedule.get("conference").filter(|c| c.value.is_object()) else {
            let at = schedule.get("conference").map_or(schedule.at(), |c| c.at());
            self.report.error(at, crate::tr!("import-json-no-conference"));
            return;
        };
        self.keys(conference, "conference", CONFERENCE_KEYS);
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
                self.keys(day, "day", DAY_KEYS);
                dates.extend(self.day_date(day));
                if let Some(rooms) = day.field("rooms")
                    && rooms.entries().iter().any(|(_, _, list)| !list.items().is_empty())
                {
                    self.report.warning(rooms.at(), crate::tr!("import-json-listed-twice"));
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
            self.report.warning(schedule.at(), crate::tr!("import-json-no-talks"));
        }
        self.draft.event = Some(event);
    }

    /// Warn once per key name about members of `j` outside `known`; `level` is where `j` is:
    /// `file`, `conference`, `day` or `talk`.
    pub(super) fn keys(&mut self, j: J<'_>, level: &'static str, known: &[&str]) {
        for (key, at, _) in j.entries() {
            if !known.contains(&key) && self.unknown_keys.insert((level, key.to_owned())) {
                self.report
                    .warning(at, crate::tr!("import-json-unknown-key", key = key, level = level));
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
                    let message = crate::tr!("import-json-unknown-time-zone", name = shown);
                    self.report.warning(zone.at(), message);
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
                let message = crate::tr!("import-json-no-title", name = &name);
                self.report.warning(conference.at(), message);
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
            let message = crate::tr!("import-json-bad-date", key = key, text = text);
            self.report.warning(j.at(), message);
        }
        date
    }

    fn day_date(&mut self, day: J<'_>) -> Option<Date> {
        let date = day.field("date").and_then(|d| d.str()).and_then(times::date);
        if date.is_none() {
            self.report.warning(day.at(), crate::tr!("import-json-day-no-date"));
        }
        date
    }

    /// Version 1: each day's rooms and the talks listed in them.
    fn days(&mut self, conference: J<'_>, dates: &mut Vec<Date>) {
        for day in conference.field("days").map(|d| d.items()).unwrap_or_default() {
            if !day.value.is_object() {
                self.report.warning(day.at(), crate::tr!("import-json-day-not-object"));
                continue;
            }
            self.keys(day, "day", DAY_KEYS);
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
                self.report.warning(rooms.at(), crate::tr!("import-json-rooms-not-object"));
                continue;
            }
            for (room, key_at, talks) in rooms.entries() {
                self.check_room(room, key_at);
                if !talks.value.is_array() {
                    let message = crate::tr!("import-json-room-not-array", room = room);
                    self.report.warning(talks.at(), message);
                    continue;
                }
                for talk in talks.items() {
                    self.talk(talk, Some(&info), Some(room));
                }
            }
        }
    }

    /// A room not in `conference.rooms` (when that lists any), said once per room.
    pub(super) fn check_room(&mut self, room: &str, at: At) {
        if let Some(rooms) = &self.rooms
            && !rooms.contains(room)
            && self.unlisted_rooms.insert(room.to_owned())
        {
            self.report.warning(at, crate::tr!("import-json-room-unlisted", room = room));
        }
    }
}

/// The version a c3voc schedule `$schema` names when it is neither 1 nor 2:
/// `https://c3voc.de/schema/schedule3` or `…/schema3.json` give `3`.
fn unknown_schedule_version(schema: &str) -> Option<String> {
    let lower = schema.trim().to_ascii_lowercase();
    if !lower.contains("c3voc") {
        return None;
    }
    let last = lower.trim_end_matches('/').rsplit('/').next().unwrap_or("");
    let version = last
        .strip_prefix("schedule")
        .or_else(|| last.strip_prefix("schema").and_then(|rest| rest.strip_suffix(".json")))?;
    let version = version.trim_start_matches(['-', '_', 'v']);
    let known = matches!(version, "" | "1" | "2");
    (!known && !version.is_empty() && version.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
        .then(|| version.to_owned())
}
