//! Dates, times and durations as schedules write them, and a talk's start and end made into
//! the catalogue's day, times and end day on the show's own clock.

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

/// `2025-11-13`, or the date of a date-time written from it.
pub fn date(text: &str) -> Option<Date> {
    let text = text.trim();
    text.get(..10).and_then(|head| head.parse().ok())
}

/// `09:30` or `09:30:00`.
pub fn clock(text: &str) -> Option<Time> {
    let text = text.trim();
    let mut parts = text.split(':');
    let hour: i8 = parts.next()?.parse().ok()?;
    let minute: i8 = parts.next()?.parse().ok()?;
    let second: i8 = match parts.next() {
        Some(second) => second.split('.').next()?.parse().ok()?,
        None => 0,
    };
    if parts.next().is_some() {
        return None;
    }
    Time::new(hour, minute, second, 0).ok()
}

/// A duration as frab writes one: `00:45`, `1:30`, `01:30:00`, or with days `1:02:00:00`.
pub fn duration(text: &str) -> Option<SignedDuration> {
    let numbers: Vec<i64> =
        text.trim().split(':').map(|part| part.parse().ok()).collect::<Option<_>>()?;
    if numbers.iter().any(|&n| n < 0) {
        return None;
    }
    let seconds = match numbers.as_slice() {
        [h, m] => h * 3600 + m * 60,
        [h, m, s] => h * 3600 + m * 60 + s,
        [d, h, m, s] => d * 86_400 + h * 3600 + m * 60 + s,
        _ => return None,
    };
    (seconds <= 366 * 86_400).then(|| SignedDuration::from_secs(seconds))
}

/// An ISO 8601 duration of hours, minutes and seconds, as the c3voc schedule's version 2 writes
/// one: `PT45M`, `PT1H30M`.
pub fn iso_duration(text: &str) -> Option<SignedDuration> {
    let text = text.trim();
    if !text.starts_with(['P', 'p']) {
        return None;
    }
    let length: SignedDuration = text.parse().ok()?;
    (!length.is_negative() && length.as_secs() <= 366 * 86_400).then_some(length)
}

/// A date-time on the show's clock: `2019-12-27T11:00:00+01:00` (moved to `zone` when it is
/// known, else read on the offset it is written with), or a wall-clock time without offset.
pub fn date_time(text: &str, zone: Option<&TimeZone>) -> Option<DateTime> {
    let text = text.trim();
    if let Some(zone) = zone
        && let Ok(timestamp) = text.parse::<Timestamp>()
    {
        return Some(zone.to_datetime(timestamp));
    }
    // No zone named: the wall clock the time was written on (jiff reads the date and time and
    // leaves the offset), or UTC for a `Z` time.
    if let Ok(wall) = text.parse::<DateTime>() {
        return Some(wall);
    }
    text.parse::<Timestamp>().ok().map(|timestamp| TimeZone::UTC.to_datetime(timestamp))
}

/// When a talk happens, as the catalogue writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slot {
    pub day: Date,
    pub start: Time,
    pub end: Option<Time>,
    pub end_day: Option<Date>,
}

/// The slot from `start` to `end`. An end on the next morning is left to the catalogue's rule
/// (an end before the start is the next day); anything longer gets its end day. An end before
/// the start, or equal to it, is no end: the caller says so.
pub fn slot(start: DateTime, end: Option<DateTime>) -> Result<Slot, (Slot, &'static str)> {
    let open = Slot { day: start.date(), start: start.time(), end: None, end_day: None };
    let Some(end) = end else { return Ok(open) };
    if end <= start {
        return Err((open, crate::tr!("import-ends-before-start")));
    }
    let next_day = start.date().tomorrow().ok();
    let end_day = if end.date() == start.date()
        || (Some(end.date()) == next_day && end.time() < start.time())
    {
        None
    } else {
        Some(end.date())
    };
    Ok(Slot { end: Some(end.time()), end_day, ..open })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime {
        text.parse().expect("a date-time")
    }

    #[test]
    fn durations_as_frab_writes_them() {
        assert_eq!(duration("00:45"), Some(SignedDuration::from_mins(45)));
        assert_eq!(duration("1:30:00"), Some(SignedDuration::from_mins(90)));
        assert_eq!(duration("1:02:00:00"), Some(SignedDuration::from_hours(26)));
        assert_eq!(duration("abc"), None);
        assert_eq!(duration("-1:00"), None);
    }

    #[test]
    fn iso_durations_as_version_2_schedules_write_them() {
        assert_eq!(iso_duration("PT45M"), Some(SignedDuration::from_mins(45)));
        assert_eq!(iso_duration(" PT1H30M "), Some(SignedDuration::from_mins(90)));
        // Only ISO: jiff's friendly "45 minutes" is not a schedule's duration.
        assert_eq!(iso_duration("45 minutes"), None);
        assert_eq!(iso_duration("00:45"), None);
        assert_eq!(iso_duration("-PT1H"), None);
    }

    #[test]
    fn an_offset_time_is_moved_to_the_show_clock() {
        let berlin = TimeZone::get("Europe/Berlin").expect("bundled");
        assert_eq!(date_time("2019-12-27T10:00:00Z", Some(&berlin)), Some(at("2019-12-27T11:00")));
        assert_eq!(date_time("2019-12-27T11:00:00+01:00", None), Some(at("2019-12-27T11:00")));
        assert_eq!(date_time("2019-12-27T11:00", None), Some(at("2019-12-27T11:00")));
    }

    #[test]
    fn past_midnight_is_the_next_morning_and_longer_gets_an_end_day() {
        let overnight = slot(at("2019-12-27T23:30"), Some(at("2019-12-28T00:30"))).expect("ok");
        assert_eq!((overnight.end_day, overnight.end), (None, Some(Time::constant(0, 30, 0, 0))));
        let long = slot(at("2019-12-27T10:00"), Some(at("2019-12-29T12:00"))).expect("ok");
        assert_eq!(long.end_day, Some(Date::constant(2019, 12, 29)));
        assert!(slot(at("2019-12-27T10:00"), Some(at("2019-12-27T10:00"))).is_err());
    }
}
