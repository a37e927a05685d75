//! iCalendar feeds (RFC 5545): each VEVENT a talk, the calendar's name and time zone the
//! show's. Parsed by the `icalendar` crate's parser; its components carry no positions, so
//! each VEVENT is placed at its `BEGIN:VEVENT` line, found in order in the text.

use icalendar::parser::{Component, Property, read_calendar, unfold};
use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;

use super::draft::{At, Draft, EventDraft, TalkDraft};
use super::report::Report;
use super::{text, times};

pub fn read(bytes: &[u8], report: &mut Report) -> Draft {
    let mut draft = Draft::default();
    let Ok(text) = std::str::from_utf8(bytes) else {
        report.error(At { line: 1, column: 1 }, crate::tr!("import-ical-not-utf8"));
        return draft;
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let unfolded = unfold(text);
    // The parser recurses into each nested component: 200 000 nested BEGIN lines overflowed
    // the stack. Real calendars nest three deep (VCALENDAR, VEVENT, VALARM).
    if let Some(line) = too_deep(&unfolded) {
        let message = crate::tr!("import-ical-too-deep", depth = MAX_DEPTH);
        report.error(At { line, column: 1 }, message);
        return draft;
    }
    let calendar = match read_calendar(&unfolded) {
        Ok(calendar) => calendar,
        Err(message) => {
            let message = text::one_line(&message).unwrap_or_default();
            let message = crate::tr!("import-ical-unreadable", error = message);
            report.error(At { line: 1, column: 1 }, message);
            return draft;
        }
    };
    let event_lines: Vec<u32> = text
        .lines()
        .enumerate()
        .filter(|(_, line)| line.trim_end().eq_ignore_ascii_case("BEGIN:VEVENT"))
        .map(|(index, _)| u32::try_from(index + 1).unwrap_or(u32::MAX))
        .collect();
    let property = |name: &str| {
        calendar
            .properties
            .iter()
            .find(|p| p.name.as_str().eq_ignore_ascii_case(name))
            .and_then(|p| text::one_line(p.val.as_str()))
    };
    // The show's clock: the calendar's own, else the one its events' times name.
    let zone_name = property("X-WR-TIMEZONE").or_else(|| {
        calendar
            .components
            .iter()
            .filter(|c| c.name.as_str().eq_ignore_ascii_case("VTIMEZONE"))
            .find_map(|c| find(c, "TZID").and_then(|p| text::one_line(p.val.as_str())))
    });
    let zone = zone_name
        .as_deref()
        .and_then(|name| TimeZone::get(name).ok().map(|z| (name.to_owned(), z)));
    if let (Some(name), None) = (&zone_name, &zone) {
        let message = crate::tr!("import-ical-unknown-time-zone", name = name);
        report.warning(At { line: 1, column: 1 }, message);
    }
    let mut utc_times = false;
    let events =
        calendar.components.iter().filter(|c| c.name.as_str().eq_ignore_ascii_case("VEVENT"));
    for (index, component) in events.enumerate() {
        let line = event_lines.get(index).copied().unwrap_or(1);
        let at = At { line, column: 1 };
        if let Some(talk) =
            talk(component, zone.as_ref().map(|(_, z)| z), at, &mut utc_times, report)
        {
            draft.talks.push(talk);
        }
    }
    let name =
        property("X-WR-CALNAME").or_else(|| property("NAME")).unwrap_or_else(|| "Calendar".into());
    let timezone = zone.map(|(name, _)| name).or_else(|| utc_times.then(|| "UTC".to_owned()));
    draft.event = Some(EventDraft {
        at: At { line: 1, column: 1 },
        acronym: None,
        timezone,
        summary: property("X-WR-CALDESC").and_then(|d| text::tidy(&d)),
        name,
        ..EventDraft::default()
    });
    draft.fill_event_dates();
    draft
}

fn find<'c>(component: &'c Component<'_>, name: &str) -> Option<&'c Property<'c>> {
    component.properties.iter().find(|p| p.name.as_str().eq_ignore_ascii_case(name))
}

fn param<'p>(property: &'p Property<'_>, key: &str) -> Option<&'p str> {
    property
        .params
        .iter()
        .find(|p| p.key.as_str().eq_ignore_ascii_case(key))
        .and_then(|p| p.val.as_ref())
        .map(|v| v.as_str())
}

/// A DTSTART or DTEND: a date (all day), or a date-time in UTC (`Z`), in a named zone, or
/// floating, moved to the show's clock.
enum When {
    Day(Date),
    At(DateTime),
}

fn when(property: &Property<'_>, zone: Option<&TimeZone>, utc: &mut bool) -> Option<When> {
    let value = property.val.as_str().trim();
    let all_day = param(property, "VALUE").is_some_and(|v| v.eq_ignore_ascii_case("DATE"))
        || value.len() == 8;
    if all_day {
        return jiff::fmt::strtime::parse("%Y%m%d", value).ok()?.to_date().ok().map(When::Day);
    }
    let (stamp, in_utc) = match value.strip_suffix('Z').or_else(|| value.strip_suffix('z')) {
        Some(stamp) => (stamp, true),
        None => (value, false),
    };
    let wall = jiff::fmt::strtime::parse("%Y%m%dT%H%M%S", stamp).ok()?.to_datetime().ok()?;
    let named = param(property, "TZID").and_then(|tzid| TimeZone::get(tzid.trim_matches('"')).ok());
    let moved = match (in_utc, named, zone) {
        (true, _, Some(zone)) => zone.to_datetime(jiff::tz::TimeZone::UTC.to_timestamp(wall).ok()?),
        (true, _, None) => {
            *utc = true;
            wall
        }
        (false, Some(from), Some(zone)) => zone.to_datetime(from.to_timestamp(wall).ok()?),
        _ => wall,
    };
    Some(When::At(moved))
}

/// An RFC 5545 duration: `PT1H30M`, `P1D`, `P1W`.
fn duration(text: &str) -> Option<jiff::SignedDuration> {
    let span: jiff::Span = text.trim().parse().ok()?;
    span.to_duration(jiff::SpanRelativeTo::days_are_24_hours()).ok()
}

fn talk(
    component: &Component<'_>,
    zone: Option<&TimeZone>,
    at: At,
    utc: &mut bool,
    report: &mut Report,
) -> Option<TalkDraft> {
    let value = |name: &str| find(component, name).map(|p| p.val.as_str().to_owned());
    let title = value("SUMMARY").and_then(|t| text::one_line(&t));
    let label = title.as_deref().map_or_else(
        || crate::tr!("import-an-event").to_owned(),
        |t| crate::tr!("import-event-titled", title = t),
    );
    let Some(start) = find(component, "DTSTART").and_then(|p| when(p, zone, utc)) else {
        report.error(at, crate::tr!("import-ical-no-start", label = &label));
        return None;
    };
    if find(component, "RRULE").is_some() {
        report.warning(at, crate::tr!("import-ical-repeats", label = &label));
    }
    let end = find(component, "DTEND").and_then(|p| when(p, zone, utc));
    let mut talk = TalkDraft {
        at,
        // A UID is often `local-part@domain`; the domain is the same for every event.
        source_id: value("UID")
            .and_then(|u| text::one_line(&u))
            .map(|uid| uid.split_once('@').map_or(uid.clone(), |(local, _)| local.to_owned())),
        title: title.unwrap_or_else(|| {
            report.warning(at, crate::tr!("import-ical-untitled"));
            "Untitled".into()
        }),
        summary: value("DESCRIPTION").and_then(|d| text::html_to_text(&d)),
        place: value("LOCATION").and_then(|l| text::one_line(&l)),
        tags: value("CATEGORIES")
            .map(|c| c.split(',').filter_map(text::one_line).collect())
            .unwrap_or_default(),
        sources: value("URL").and_then(|u| text::one_line(&u)).into_iter().collect(),
        ..TalkDraft::default()
    };
    match start {
        When::Day(day) => {
            talk.day = day;
            // DTEND of an all-day event is the day after its last.
            let last = match end {
                Some(When::Day(end)) => end.yesterday().ok().filter(|last| *last > day),
                _ => None,
            };
            talk.end_day = last;
        }
        When::At(start) => {
            let end = match end {
                Some(When::At(end)) => Some(end),
                Some(When::Day(_)) => None,
                None => value("DURATION")
                    .and_then(|d| duration(&d))
                    .and_then(|d| start.checked_add(d).ok()),
            };
            if end.is_none() {
                report.warning(at, crate::tr!("import-ical-no-end", label = &label));
            }
            let slot = match times::slot(start, end) {
                Ok(slot) => slot,
                Err((slot, why)) => {
                    let message = crate::tr!("import-event-problem", label = &label, problem = why);
                    report.warning(at, message);
                    slot
                }
            };
            talk.day = slot.day;
            talk.start = Some(slot.start);
            talk.end = slot.end;
            talk.end_day = slot.end_day;
        }
    }
    Some(talk)
}

/// How deep components may nest.
const MAX_DEPTH: usize = 16;

/// The line (of the unfolded text; folding rarely splits a BEGIN line) where components first
/// nest deeper than [`MAX_DEPTH`], if they do.
fn too_deep(text: &str) -> Option<u32> {
    let mut depth = 0_usize;
    for (index, line) in text.lines().enumerate() {
        let line = line.trim_start();
        let starts =
            |word: &str| line.get(..word.len()).is_some_and(|h| h.eq_ignore_ascii_case(word));
        if starts("BEGIN:") {
            depth += 1;
            if depth > MAX_DEPTH {
                return Some(u32::try_from(index + 1).unwrap_or(u32::MAX));
            }
        } else if starts("END:") {
            depth = depth.saturating_sub(1);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn components_nested_past_reason_are_refused_before_the_parser_recurses() {
        // 200 000 nested components overflowed the stack of the parser (a crash, found by hand).
        let depth = 200_000;
        let text = format!(
            "BEGIN:VCALENDAR\r\n{}{}END:VCALENDAR\r\n",
            "BEGIN:X\r\n".repeat(depth),
            "END:X\r\n".repeat(depth)
        );
        let mut report = Report::new("deep.ics");
        let draft = read(text.as_bytes(), &mut report);
        assert!(draft.event.is_none());
        let problems: Vec<String> = report.finish().iter().map(ToString::to_string).collect();
        assert_eq!(
            problems,
            [
                "deep.ics:17:1: error: components nest deeper than 16; not a calendar showfloor reads"
            ]
        );
        // A line that starts with a letter of more than one byte is no BEGIN and no trouble.
        assert_eq!(too_deep("BEGIé\nEN\u{e9}\n"), None);
    }
}
