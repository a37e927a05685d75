//! The attendee's plan, as pure functions of the catalogue, the user's state and the time: when
//! schedule items happen, which one is on now and which is next, which marked items overlap,
//! and the order the plan is shown in. The browser and the plan export both use these.

use jiff::civil::{DateTime, Time as CivilTime, time};

use crate::catalog::{Catalog, Date, Field, Kind, RecordId, Time, ValueRef};
use crate::state::State;

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

    pub fn overlaps(&self, other: &Interval) -> bool {
        self.start < other.end && other.start < self.end
    }
}

fn civil_date(d: Date) -> Option<jiff::civil::Date> {
    jiff::civil::Date::new(
        i16::try_from(d.year).ok()?,
        i8::try_from(d.month).ok()?,
        i8::try_from(d.day).ok()?,
    )
    .ok()
}

fn civil_time(t: Time) -> CivilTime {
    time(i8::try_from(t.hour).unwrap_or(0), i8::try_from(t.minute).unwrap_or(0), 0, 0)
}

fn date_of(catalog: &Catalog, id: RecordId, field: Field) -> Option<jiff::civil::Date> {
    match catalog.get(id).get(field) {
        Some(ValueRef::Date(d)) => civil_date(d),
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
        Some(end) => last.to_datetime(end),
        None => last.tomorrow().ok()?.to_datetime(CivilTime::midnight()),
    };
    Some(Interval { start, end: end.max(start) })
}

/// The event's days, first to last, if it gives them.
pub fn event_span(catalog: &Catalog) -> Option<Interval> {
    let event = *catalog.events().first()?;
    let first = date_of(catalog, event, Field::StartDate)?;
    let last = date_of(catalog, event, Field::EndDate).unwrap_or(first);
    Some(Interval {
        start: first.to_datetime(CivilTime::midnight()),
        end: last.tomorrow().ok()?.to_datetime(CivilTime::midnight()),
    })
}

/// What is on at `now` and what comes next, among `items` (schedule items in time order); both
/// only while `now` falls inside the event.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NowNext {
    pub now: Vec<RecordId>,
    pub next: Option<RecordId>,
}

pub fn now_and_next(catalog: &Catalog, items: &[RecordId], now: DateTime) -> NowNext {
    if !event_span(catalog).is_some_and(|span| span.contains(now)) {
        return NowNext::default();
    }
    let mut found = NowNext::default();
    for &item in items {
        let Some(when) = interval(catalog, item) else { continue };
        if when.contains(now) {
            found.now.push(item);
        } else if when.start > now
            && found
                .next
                .is_none_or(|next| interval(catalog, next).is_some_and(|n| when.start < n.start))
        {
            found.next = Some(item);
        }
    }
    found
}

/// For each marked schedule item, the other marked items it overlaps.
pub fn overlaps(catalog: &Catalog, items: &[RecordId]) -> Vec<(RecordId, Vec<RecordId>)> {
    let timed: Vec<(RecordId, Interval)> =
        items.iter().filter_map(|&id| Some((id, interval(catalog, id)?))).collect();
    timed
        .iter()
        .map(|(id, when)| {
            let clashes = timed
                .iter()
                .filter(|(other, span)| other != id && when.overlaps(span))
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

/// The marked records that are in the catalogue, grouped by kind: schedule items in time
/// order, companies by stand (those without one last), the rest by name.
pub fn planned(catalog: &Catalog, state: &State) -> Vec<RecordId> {
    let mut marked: Vec<RecordId> = state.marks.iter().filter_map(|id| catalog.find(id)).collect();
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

/// A fixed `--now` as people write it: "2025-11-13T10:00", "2025-11-13 10:00" or a date.
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

pub fn parse_now(text: &str) -> Result<DateTime, String> {
    let text = text.trim();
    text.parse::<DateTime>()
        .or_else(|_| text.replacen(' ', "T", 1).parse::<DateTime>())
        .or_else(|_| {
            text.parse::<jiff::civil::Date>().map(|d| d.to_datetime(CivilTime::midnight()))
        })
        .map_err(|_| format!("`{text}` is not a date and time like 2025-11-13T10:00"))
}

#[cfg(test)]
mod tests;
