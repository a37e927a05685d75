//! frab/Pentabarf schedule XML (what frab, pretalx, Indico and the c3voc tools publish, and
//! what Giggity, EventFahrplan and ConfClerk read), as the c3voc XSD describes it: a
//! `<conference>`, then `<day>`s of `<room>`s of `<event>`s (talks). Read leniently where
//! published files are known to differ from the XSD, with a warning each time.

#[cfg(test)]
mod tests;
mod tree;
pub(in crate::import) use tree::reference_text;

use std::collections::HashMap;

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::TimeZone;

use super::draft::{At, Draft, EventDraft, TalkDraft};
use super::report::Report;
use super::{text, times};
use crate::catalog::LineIndex;
use tree::Element;

/// Elements the XSD (and frab's own output) has, per parent: anything else gets one warning.
/// The elements the c3voc XSD (`validator/xsd/schedule.xml.xsd`) allows at each level, and the
/// few frab and pretalx exports add; others are warned about once each.
const SCHEDULE_ELEMENTS: &[&str] = &["generator", "url", "version", "conference", "day"];
const CONFERENCE_ELEMENTS: &[&str] = &[
    "title",
    "acronym",
    "subtitle",
    "start",
    "end",
    "days",
    "timeslot_duration",
    "base_url",
    "time_zone_name",
    "day_change",
    "url",
    "logo",
    "track",
    "tracks",
    "rooms",
    "colors",
    "venue",
    "city",
];
const EVENT_ELEMENTS: &[&str] = &[
    "room",
    "title",
    "subtitle",
    "type",
    "date",
    "start",
    "duration",
    "abstract",
    "slug",
    "track",
    "logo",
    "persons",
    "language",
    "description",
    "recording",
    "links",
    "attachments",
    "video_download_url",
    "url",
    "feedback_url",
    "origin_url",
];

pub fn read(bytes: &[u8], report: &mut Report) -> Draft {
    let mut draft = Draft::default();
    let Some(text) = utf8(bytes, report) else { return draft };
    let lines = LineIndex::new(text);
    let at = |offset: usize| {
        let (line, column) = lines.line_column(text, offset);
        At { line, column }
    };
    let root = match tree::parse(text) {
        Ok(root) => root,
        Err(problem) => {
            report.error(at(problem.at), problem.message);
            return draft;
        }
    };
    if root.name != "schedule" {
        let message = crate::tr!("import-frab-wrong-root", root = &root.name);
        report.error(at(root.at), message);
        return draft;
    }
    let mut reader = Reader { report, at: &at, unknown: HashMap::new() };
    reader.unknown_children(&root, SCHEDULE_ELEMENTS);
    let Some(conference) = root.child("conference") else {
        reader.report.error(at(root.at), crate::tr!("import-frab-no-conference"));
        return draft;
    };
    let (mut event, zone, day_change) = reader.conference(conference);
    // The schedule's own public place (the XSD's `<schedule><url>`), where a next edition is
    // fetched from.
    if let Some(url) = root.child_text("url").filter(|url| !event.sources.contains(url)) {
        event.sources.push(url);
    }
    draft.event = Some(event);
    let mut seen_ids: HashMap<String, At> = HashMap::new();
    for day in root.children().filter(|child| child.name == "day") {
        reader.day(day, zone.as_ref(), day_change, &mut draft, &mut seen_ids);
    }
    draft.fill_event_dates();
    draft
}

/// The file's text; XML that is not UTF-8 is refused with the line of the first bad byte.
fn utf8<'a>(bytes: &'a [u8], report: &mut Report) -> Option<&'a str> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Some(text.strip_prefix('\u{feff}').unwrap_or(text)),
        Err(error) => {
            let valid = std::str::from_utf8(&bytes[..error.valid_up_to()]).unwrap_or_default();
            let (line, column) = LineIndex::new(valid).line_column(valid, valid.len());
            let message = crate::tr!("import-frab-not-utf8");
            report.error(At { line, column }, message);
            None
        }
    }
}

struct Reader<'a, 'r> {
    report: &'r mut Report,
    at: &'a dyn Fn(usize) -> At,
    /// Unknown element names already warned about, per parent.
    unknown: HashMap<(String, String), ()>,
}

impl Reader<'_, '_> {
    fn unknown_children(&mut self, element: &Element, known: &[&str]) {
        for child in element.children() {
            if known.contains(&child.name.as_str()) {
                continue;
            }
            let key = (element.name.clone(), child.name.clone());
            if self.unknown.insert(key, ()).is_none() {
                let message = crate::tr!(
                    "import-frab-unknown-element",
                    element = &child.name,
                    parent = &element.name
                );
                self.report.warning((self.at)(child.at), message);
            }
        }
    }

    fn conference(&mut self, conference: &Element) -> (EventDraft, Option<TimeZone>, Option<Time>) {
        self.unknown_children(conference, CONFERENCE_ELEMENTS);
        let at = (self.at)(conference.at);
        let acronym = conference.child_text("acronym");
        let name = match conference.child_text("title").or_else(|| acronym.clone()) {
            Some(name) => name,
            None => {
                self.report.warning(at, crate::tr!("import-frab-no-title"));
                "Conference".into()
            }
        };
        let zone = conference.child("time_zone_name").and_then(|element| {
            let name = element.text().trim().to_owned();
            match TimeZone::get(&name) {
                Ok(zone) => Some((zone, name)),
                Err(_) => {
                    let message = crate::tr!("import-frab-unknown-time-zone", name = &name);
                    self.report.warning((self.at)(element.at), message);
                    None
                }
            }
        });
        let mut event = EventDraft {
            at,
            name,
            acronym,
            start: self.date_child(conference, "start"),
            end: self.date_child(conference, "end"),
            timezone: zone.as_ref().map(|(_, name)| name.clone()),
            venue: conference.child_text("venue"),
            city: conference.child_text("city"),
            website: conference
                .child_text("url")
                .or_else(|| conference.child_text("base_url"))
                .filter(|url| url.starts_with("http")),
            summary: conference.child_text("subtitle"),
            sources: Vec::new(),
        };
        if let Some(base) = conference.child_text("base_url") {
            event.sources.push(base);
        }
        let day_change = conference.child("day_change").and_then(|element| {
            let clock = times::clock(&element.text());
            if clock.is_none() {
                let message = crate::tr!("import-frab-day-change");
                self.report.warning((self.at)(element.at), message);
            }
            clock
        });
        (event, zone.map(|(zone, _)| zone), day_change)
    }

    fn date_child(&mut self, element: &Element, name: &str) -> Option<Date> {
        let child = element.child(name)?;
        let text = child.text();
        let date = times::date(&text);
        if date.is_none() && !text.trim().is_empty() {
            let message = crate::tr!("import-frab-not-a-date", element = name, text = text.trim());
            self.report.warning((self.at)(child.at), message);
        }
        date
    }

    fn day(
        &mut self,
        day: &Element,
        zone: Option<&TimeZone>,
        day_change: Option<Time>,
        draft: &mut Draft,
        seen_ids: &mut HashMap<String, At>,
    ) {
        self.unknown_children(day, &["room"]);
        let date = day.attribute("date").and_then(times::date);
        // Where the day's clock turns: the conference's day_change, or the time the day starts.
        let turn = day_change.or_else(|| {
            day.attribute("start")
                .and_then(|start| times::date_time(start, zone))
                .map(|dt| dt.time())
        });
        for room in day.children().filter(|child| child.name == "room") {
            self.unknown_children(room, &["event"]);
            let room_name = room.attribute("name").map(str::trim).filter(|n| !n.is_empty());
            for event in room.children().filter(|child| child.name == "event") {
                if let Some(talk) = self.talk(event, room_name, date, turn, zone, draft, seen_ids) {
                    draft.talks.push(talk);
                }
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn talk(
        &mut self,
        event: &Element,
        room_name: Option<&str>,
        day_date: Option<Date>,
        turn: Option<Time>,
        zone: Option<&TimeZone>,
        draft: &mut Draft,
        seen_ids: &mut HashMap<String, At>,
    ) -> Option<TalkDraft> {
        self.unknown_children(event, EVENT_ELEMENTS);
        let at = (self.at)(event.at);
        let id = event.attribute("id").map(str::trim).filter(|id| !id.is_empty());
        let guid = event.attribute("guid").map(str::trim).filter(|g| !g.is_empty());
        let label = match (id, event.child_text("title")) {
            (Some(id), _) => crate::tr!("import-event-numbered", id = id),
            (None, Some(title)) => crate::tr!("import-event-titled", title = title),
            (None, None) => crate::tr!("import-an-event").to_owned(),
        };
        match id {
            Some(id) if !id.bytes().all(|b| b.is_ascii_digit()) => {
                self.report.warning(at, crate::tr!("import-frab-id-not-number", id = id));
            }
            None if guid.is_none() => {
                self.report.warning(at, crate::tr!("import-frab-no-id", label = &label));
            }
            _ => {}
        }
        let source_id = id.or(guid).map(str::to_owned);
        if let Some(key) = &source_id {
            if let Some(first) = seen_ids.get(key) {
                let message = crate::tr!(
                    "import-frab-id-twice",
                    label = &label,
                    id = key,
                    line = first.line,
                    column = first.column
                );
                self.report.warning(at, message);
            } else {
                seen_ids.insert(key.clone(), at);
            }
        }
        let start = self.start_of(event, day_date, turn, zone, &label, at)?;
        let end = match event.child_text("duration") {
            Some(text) => match times::duration(&text) {
                Some(duration) => start.checked_add(duration).ok(),
                None => {
                    let message =
                        crate::tr!("import-frab-bad-duration", label = &label, text = text);
                    self.report.warning(at, message);
                    None
                }
            },
            None => {
                self.report.warning(at, crate::tr!("import-frab-no-duration", label = &label));
                None
            }
        };
        let slot = match times::slot(start, end) {
            Ok(slot) => slot,
            Err((slot, why)) => {
                let message = crate::tr!("import-event-problem", label = &label, problem = why);
                self.report.warning(at, message);
                slot
            }
        };
        let title = event.child_text("title").map(|t| text::one_line(&t).unwrap_or(t));
        let title = title.unwrap_or_else(|| {
            self.report.warning(at, crate::tr!("import-frab-untitled", label = &label));
            "Untitled".to_owned()
        });
        let place = event.child_text("room").or_else(|| room_name.map(str::to_owned));
        let mut tags = Vec::new();
        for name in ["track", "type"] {
            if let Some(tag) = event.child_text(name).and_then(|t| text::one_line(&t))
                && !tags.contains(&tag)
            {
                tags.push(tag);
            }
        }
        let speakers = event
            .child("persons")
            .map(|persons| {
                persons
                    .children()
                    .filter(|p| p.name == "person")
                    .filter_map(|person| {
                        let name = text::one_line(&person.text())?;
                        let id = person.attribute("id").or(person.attribute("guid"));
                        Some(draft.speaker(&name, id, (self.at)(person.at)))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let mut sources = Vec::new();
        if let Some(url) = event.child_text("url") {
            sources.push(url);
        }
        if let Some(links) = event.child("links") {
            for link in links.children().filter(|l| l.name == "link") {
                if let Some(href) = link.attribute("href").map(str::trim).filter(|h| !h.is_empty())
                {
                    sources.push(href.to_owned());
                }
            }
        }
        if let Some(guid) = guid {
            sources.push(format!("guid:{guid}"));
        }
        Some(TalkDraft {
            at,
            source_id,
            title,
            subtitle: event.child_text("subtitle").and_then(|s| text::one_line(&s)),
            summary: self.summary(event),
            day: slot.day,
            end_day: slot.end_day,
            start: Some(slot.start),
            end: slot.end,
            place,
            tags,
            language: event.child_text("language"),
            speakers,
            sources,
        })
    }

    /// When a talk starts, on the conference's clock: its `<date>` (which has the calendar day
    /// right past midnight), else the day's date and its `<start>`, a start before the day's
    /// turn (day_change) being the next morning.
    fn start_of(
        &mut self,
        event: &Element,
        day_date: Option<Date>,
        turn: Option<Time>,
        zone: Option<&TimeZone>,
        label: &str,
        at: At,
    ) -> Option<DateTime> {
        if let Some(text) = event.child_text("date") {
            if let Some(start) = times::date_time(&text, zone) {
                return Some(start);
            }
            let message = crate::tr!("import-frab-bad-date", label = label, text = text);
            self.report.warning(at, message);
        }
        let clock = event.child_text("start").and_then(|s| times::clock(&s));
        match (day_date, clock) {
            (Some(date), Some(clock)) => {
                let next_morning = turn.is_some_and(|turn| clock < turn);
                let date = if next_morning { date.tomorrow().ok()? } else { date };
                Some(date.to_datetime(clock))
            }
            (None, Some(_)) => {
                let message = crate::tr!("import-frab-start-without-date", label = label);
                self.report.error(at, message);
                None
            }
            (_, None) => {
                self.report.error(at, crate::tr!("import-frab-no-start", label = label));
                None
            }
        }
    }

    /// The abstract and the description, as text: escaped HTML, markup given as child
    /// elements, or plain text alike.
    fn summary(&mut self, event: &Element) -> Option<String> {
        let part = |name: &str| {
            let element = event.child(name)?;
            let markup = if element.children().next().is_some() {
                element.inner_markup()
            } else {
                element.text()
            };
            text::html_to_text(&markup)
        };
        match (part("abstract"), part("description")) {
            (Some(a), Some(d)) if a == d || d.starts_with(&a) => Some(d),
            (Some(a), Some(d)) => Some(format!("{a}\n\n{d}")),
            (a, d) => a.or(d),
        }
    }
}
