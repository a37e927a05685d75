//! The attendee's plan, as pure functions of the catalogue, the user's state and the time: when
//! schedule items happen, which one is on now and which is next, which marked items overlap,
//! and the order the plan is shown in. The browser and the plan export both use these.

use jiff::Timestamp;
use jiff::civil::{DateTime, Time as CivilTime, time};

use crate::catalog::{Catalog, Field, Kind, RecordId, Time, ValueRef};
use crate::state::State;

pub mod travel;

/// When a schedule item happens, in the event's local time: `start` inclusive, `end` exclusive.
/// An item without times takes its whole day (or days).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Interval {
    pub start: DateTime,
    pub end: DateTime,
}

impl Interval {
    pub fn contains(&self, at: DateTime) -> bool {
        self.start <= at && at < self.end
    }
}

fn civil_time(t: Time) -> CivilTime {
    time(i8::try_from(t.hour).unwrap_or(0), i8::try_from(t.minute).unwrap_or(0), 0, 0)
}

fn date_of(catalog: &Catalog, id: RecordId, field: Field) -> Option<jiff::civil::Date> {
    match catalog.get(id).get(field) {
        Some(ValueRef::Date(d)) => Some(d.civil()),
        _ => None,
    }
}

fn time_of(catalog: &Catalog, id: RecordId, field: Field) -> Option<CivilTime> {
    match catalog.get(id).get(field) {
        Some(ValueRef::Time(t)) => Some(civil_time(t)),
        _ => None,
    }
}

/// When a schedule item happens; `None` for other records.
pub fn interval(catalog: &Catalog, id: RecordId) -> Option<Interval> {
    if catalog.get(id).kind() != Kind::ScheduleItem {
        return None;
    }
    let first = date_of(catalog, id, Field::Day)?;
    let last = date_of(catalog, id, Field::EndDay).unwrap_or(first);
    let start =
        first.to_datetime(time_of(catalog, id, Field::StartTime).unwrap_or(CivilTime::midnight()));
    let end = match time_of(catalog, id, Field::EndTime) {
        // An end before the start, with no last day given, is the next day (23:30–00:30).
        Some(end)
            if last.to_datetime(end) < start && catalog.get(id).get(Field::EndDay).is_none() =>
        {
            last.tomorrow().ok()?.to_datetime(end)
        }
        Some(end) => last.to_datetime(end),
        None => last.tomorrow().ok()?.to_datetime(CivilTime::midnight()),
    };
    Some(Interval { start, end: end.max(start) })
}

/// Whether a schedule item takes its whole day (or days): it gives no start time.
pub fn is_all_day(catalog: &Catalog, id: RecordId) -> bool {
    catalog.get(id).kind() == Kind::ScheduleItem && time_of(catalog, id, Field::StartTime).is_none()
}

/// An event's days, first to last, if it gives them.
fn event_span(catalog: &Catalog, event: RecordId) -> Option<Interval> {
    let first = date_of(catalog, event, Field::StartDate)?;
    let last = date_of(catalog, event, Field::EndDate).unwrap_or(first);
    Some(Interval {
        start: first.to_datetime(CivilTime::midnight()),
        end: last.tomorrow().ok()?.to_datetime(CivilTime::midnight()),
    })
}

/// A schedule item's interval as two points in time, read in its event's time zone, so that
/// items of events in different zones compare correctly.
pub fn instants(catalog: &Catalog, id: RecordId) -> Option<(Timestamp, Timestamp)> {
    let when = interval(catalog, id)?;
    let zone = catalog.time_zone_of(id);
    let at = |civil: DateTime| civil.to_zoned_datetime(zone.clone()).ok().map(|z| z.timestamp());
    Some((at(when.start)?, at(when.end)?))
}

/// What is on at `now` and what comes next, among `items` (schedule items in time order); both
/// only while `now` falls inside the event.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NowNext {
    /// Timed items on at this moment.
    pub now: Vec<RecordId>,
    /// All-day items of today: "today", never "now" from midnight.
    pub today: Vec<RecordId>,
    pub next: Option<RecordId>,
}

/// `now` is a point in time; each event's days are read on its own wall clock, so "now" at
/// BAMEX is Bamako's now, wherever the laptop's clock is set.
pub fn now_and_next(catalog: &Catalog, items: &[RecordId], now: Timestamp) -> NowNext {
    let during = catalog.events().iter().any(|&event| {
        let local = now.to_zoned_datetime(catalog.time_zone_of(event)).datetime();
        event_span(catalog, event).is_some_and(|span| span.contains(local))
    });
    if !during {
        return NowNext::default();
    }
    let mut found = NowNext::default();
    let mut next_start = None;
    for &item in items {
        let Some((start, end)) = instants(catalog, item) else { continue };
        if start <= now && now < end {
            if is_all_day(catalog, item) {
                found.today.push(item);
            } else {
                found.now.push(item);
            }
        } else if start > now && next_start.is_none_or(|next| start < next) {
            found.next = Some(item);
            next_start = Some(start);
        }
    }
    found
}

/// For each marked schedule item with times, the other timed marked items it overlaps. An
/// all-day item (an exhibition day) clashes with nothing: what happens within it is the point
/// of it.
pub fn overlaps(catalog: &Catalog, items: &[RecordId]) -> Vec<(RecordId, Vec<RecordId>)> {
    let timed: Vec<(RecordId, (Timestamp, Timestamp))> = items
        .iter()
        .filter(|&&id| !is_all_day(catalog, id))
        .filter_map(|&id| Some((id, instants(catalog, id)?)))
        .collect();
    timed
        .iter()
        .map(|(id, (start, end))| {
            let clashes = timed
                .iter()
                .filter(|(other, (other_start, other_end))| {
                    other != id && start < other_end && other_start < end
                })
                .map(|(other, _)| *other)
                .collect();
            (*id, clashes)
        })
        .filter(|(_, clashes): &(RecordId, Vec<RecordId>)| !clashes.is_empty())
        .collect()
}

/// Where a kind comes in the plan: the programme first, then the kinds in their usual order.
fn plan_rank(kind: Kind) -> usize {
    match kind {
        Kind::ScheduleItem => 0,
        other => 1 + Kind::ALL.iter().position(|k| *k == other).unwrap_or(Kind::ALL.len()),
    }
}

/// The records of the plan that are in the catalogue: marked or noted (a note is part of the
/// plan, marked or not), grouped by kind: schedule items in time order, companies by stand
/// (those without one last), the rest by name.
pub fn planned(catalog: &Catalog, state: &State) -> Vec<RecordId> {
    let mut marked: Vec<RecordId> = state
        .marks
        .iter()
        .chain(state.notes.keys().filter(|id| !state.is_marked(id)))
        .filter_map(|id| catalog.find(id))
        .collect();
    let kind_rank = |id: &RecordId| plan_rank(catalog.get(*id).kind());
    marked.sort_by_cached_key(|id| {
        let record = catalog.get(*id);
        let when = interval(catalog, *id).map(|i| i.start);
        let stand = record.text(Field::Stand).map(stand_key);
        (kind_rank(id), when, stand.is_none(), stand, crate::text::fold(record.name()))
    });
    marked
}

/// Stands sort as people read them: "A9" before "A10".
fn stand_key(stand: &str) -> (String, u64, String) {
    let letters: String = stand.chars().take_while(|c| !c.is_ascii_digit()).collect();
    let rest = &stand[letters.len()..];
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    (letters.to_lowercase(), digits.parse().unwrap_or(0), rest[digits.len()..].to_lowercase())
}

/// Ids the state marks or notes that this catalogue does not have (a record dropped from a new
/// edition, or state from another catalogue): kept, never dropped, and shown to the user.
pub fn not_in_catalogue<'a>(catalog: &Catalog, state: &'a State) -> Vec<&'a str> {
    let mut ids: Vec<&str> = state
        .marks
        .iter()
        .chain(state.notes.keys())
        .map(String::as_str)
        .filter(|id| catalog.find(id).is_none())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// A fixed `--now` as people write it: "2025-11-13T10:00", "2025-11-13 10:00" or a date.
pub fn parse_now(text: &str) -> Result<DateTime, String> {
    let text = text.trim();
    text.parse::<DateTime>()
        .or_else(|_| text.replacen(' ', "T", 1).parse::<DateTime>())
        .or_else(|_| {
            text.parse::<jiff::civil::Date>().map(|d| d.to_datetime(CivilTime::midnight()))
        })
        .map_err(|_| crate::tr!("now-malformed", text = text))
}

#[cfg(test)]
mod tests;
