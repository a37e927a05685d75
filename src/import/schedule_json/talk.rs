//! One talk's fields: when it starts and ends on the conference's clock, its id, room,
//! summary, tags (track and type) and speakers, with a warning for each variant met.

use jiff::civil::DateTime;
use serde_json::Value;

use super::super::draft::TalkDraft;
use super::super::text::{html_to_text, one_line};
use super::super::times;
use super::spans::J;
use super::{Day, EVENT_KEYS, Reader, clock, id_text, localized, string};

impl Reader<'_> {
    pub(super) fn talk(&mut self, talk: J<'_>, day: Option<&Day>, listed_room: Option<&str>) {
        if !talk.value.is_object() {
            self.report.warning(talk.at(), crate::tr!("import-json-talk-not-object"));
            return;
        }
        self.keys(talk, "talk", EVENT_KEYS);
        let Some(title) = string(talk, "title") else {
            self.report.warning(talk.at(), crate::tr!("import-json-talk-untitled"));
            return;
        };
        let Some(start) = self.start(talk, &title, day) else { return };
        let end = self.end(talk, &title, start);
        let slot = match times::slot(start, end) {
            Ok(slot) => slot,
            Err((slot, problem)) => {
                let message =
                    crate::tr!("import-json-talk-problem", title = &title, problem = problem);
                self.report.warning(talk.at(), message);
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
                let message = crate::tr!(
                    "import-json-date-without-time",
                    title = title,
                    date = text.trim(),
                    on = on.to_string(),
                    time = clock(time)
                );
                self.report.warning(date.at(), message);
                return Some(on.to_datetime(time));
            }
            let start = times::date_time(text, self.zone.as_ref());
            if start.is_none() {
                let message = crate::tr!("import-json-bad-talk-date", title = title, text = text);
                self.report.error(date.at(), message);
            }
            return start;
        }
        let Some(start) = talk.field("start") else {
            self.report.error(talk.at(), crate::tr!("import-json-no-start", title = title));
            return None;
        };
        let text = start.str().unwrap_or("");
        if let Some(time) = times::clock(text) {
            let Some(date) = day.and_then(|day| day.date) else {
                let message = crate::tr!("import-json-start-without-day", title = title);
                self.report.error(start.at(), message);
                return None;
            };
            let after_midnight = day.and_then(|day| day.starts).is_some_and(|starts| time < starts);
            let date = if after_midnight { date.tomorrow().unwrap_or(date) } else { date };
            let message = crate::tr!(
                "import-json-date-from-day",
                title = title,
                date = date.to_string(),
                time = clock(time),
                next_day = if after_midnight { "yes" } else { "no" }
            );
            self.report.warning(talk.at(), message);
            return Some(date.to_datetime(time));
        }
        let at = times::date_time(text, self.zone.as_ref());
        if at.is_none() {
            let message = crate::tr!("import-json-bad-start", title = title, text = text);
            self.report.error(start.at(), message);
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
                let message = crate::tr!("import-json-bad-end", title = title, text = text);
                self.report.warning(end.at(), message);
            }
            return read;
        }
        let Some(duration) = talk.field("duration") else {
            self.report.warning(talk.at(), crate::tr!("import-json-no-duration", title = title));
            return None;
        };
        let text = duration.str().unwrap_or("");
        let end = times::duration(text)
            .or_else(|| times::iso_duration(text))
            .and_then(|length| start.checked_add(length).ok());
        if end.is_none() {
            let message = crate::tr!("import-json-bad-duration", title = title, text = text);
            self.report.warning(duration.at(), message);
        }
        end
    }

    /// The talk's `id` (a number, as the schemas have it, or a string, with a warning), else
    /// its `code` (pretalx's short one), else its `guid`; a repeated one is warned about and
    /// both talks kept.
    fn source_id(&mut self, talk: J<'_>) -> Option<String> {
        let own = ["id", "code", "guid"].iter().find_map(|&key| {
            let field = talk.field(key)?;
            Some((key, id_text(field.value)?, field.at()))
        });
        let (key, id, at) = own?;
        if key == "id" && !id.bytes().all(|b| b.is_ascii_digit()) {
            let message = crate::tr!("import-json-id-not-number", id = &id);
            self.report.warning(at, message);
        }
        match self.talk_ids.get(&id) {
            Some(first) => {
                let message = crate::tr!(
                    "import-json-id-twice",
                    id = &id,
                    line = first.line,
                    column = first.column
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
                    let message = crate::tr!(
                        "import-json-room-differs",
                        title = title,
                        room = &own_name,
                        listed = listed
                    );
                    self.report.warning(at, message);
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
                self.report.warning(j.at(), crate::tr!("import-json-escaped-html", key = key));
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
                        let message = crate::tr!("import-json-speakers-as-names");
                        self.report.warning(person.at(), message);
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
                let message = crate::tr!("import-json-speaker-unnamed", title = title);
                self.report.warning(person.at(), message);
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
