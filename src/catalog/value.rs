//! Field values, stored compactly: every string of a catalogue lives in one text arena and every
//! list in a side table, so a value is a few bytes of handles rather than a heap allocation per
//! string. At a million records that is the difference between 2 GB and well under half of it.
//! Readers get borrowing views ([`ValueRef`], [`Strs`], [`SpecsRef`]) and never see handles.

mod arena;
mod view;

use std::fmt;

use super::RecordId;
pub use arena::{Arena, Rebase, Span, Str, push_links};
pub use view::{SpecsRef, Strs};

/// A calendar date, as written in a data file (`2025-11-11`). The calendar (weekdays, month
/// lengths, leap years) is jiff's; this type only adds how people are shown a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(jiff::civil::Date);

impl Date {
    /// The date `year-month-day`, if there is one (none for 2025-02-29).
    pub fn new(year: i16, month: i8, day: i8) -> Option<Date> {
        jiff::civil::Date::new(year, month, day).ok().map(Date)
    }

    /// The date as jiff's, for arithmetic on it.
    pub fn civil(self) -> jiff::civil::Date {
        self.0
    }

    /// For people: "Tue 11 Nov 2025", « mar. 11 nov. 2025 », in the interface's language,
    /// never from the machine's locale; a civil date has no time zone to depend on.
    pub fn long(self) -> String {
        crate::i18n::current().date_short(self.0)
    }
}

impl From<jiff::civil::Date> for Date {
    fn from(date: jiff::civil::Date) -> Date {
        Date(date)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let date = self.0;
        write!(f, "{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
    }
}

/// A time of day (`09:30`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time {
    pub hour: u8,
    pub minute: u8,
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

/// One value of a `specs` or `figures` table, as stored.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scalar {
    Text(Str),
    Integer(i64),
    Float(f64),
    Bool(bool),
}

/// A field value as stored. References and country names have become links to records.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    Text(Str),
    /// Text in more than one language: the strs are pairs, a language code and its text.
    Localized(Span),
    TextList(Span),
    Date(Date),
    Time(Time),
    Bool(bool),
    Count(u32),
    Link(RecordId),
    Links(Span),
    Specs(Span),
}

/// A field value, borrowed from its catalogue.
#[derive(Clone, Copy, Debug)]
pub enum ValueRef<'a> {
    Text(&'a str),
    TextList(Strs<'a>),
    Date(Date),
    Time(Time),
    Bool(bool),
    Count(u32),
    Link(&'a RecordId),
    Links(&'a [RecordId]),
    Specs(SpecsRef<'a>),
}

impl<'a> ValueRef<'a> {
    /// The records this value links to (none for plain values).
    pub fn links(&self) -> &'a [RecordId] {
        match *self {
            ValueRef::Link(target) => std::slice::from_ref(target),
            ValueRef::Links(targets) => targets,
            _ => &[],
        }
    }
}

/// One value of a specs table, borrowed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ScalarRef<'a> {
    Text(&'a str),
    Integer(i64),
    Float(f64),
    Bool(bool),
}

impl fmt::Display for ScalarRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ScalarRef::Text(text) => f.write_str(text),
            ScalarRef::Integer(n) => write!(f, "{n}"),
            ScalarRef::Float(x) => write!(f, "{x}"),
            ScalarRef::Bool(b) => f.write_str(if *b { "yes" } else { "no" }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_format_with_their_weekday() {
        let date = |y, m, d| Date::new(y, m, d).expect("a real date");
        let opening = date(2025, 11, 11);
        assert_eq!(opening.long(), "Tue 11 Nov 2025");
        assert_eq!(date(2024, 2, 29).long(), "Thu 29 Feb 2024");
        assert_eq!(date(2025, 3, 2).long(), "Sun 2 Mar 2025");
        assert_eq!(opening.to_string(), "2025-11-11");
        // TOML allows years 0000 to 9999; they are written back as they were read.
        assert_eq!(date(7, 1, 1).to_string(), "0007-01-01");
        assert_eq!(date(7, 1, 1).long(), "Mon 1 Jan 7");
        assert_eq!(date(9999, 12, 31).to_string(), "9999-12-31");
    }

    #[test]
    fn there_is_no_date_that_is_not_in_the_calendar() {
        assert_eq!(Date::new(2025, 2, 29), None);
        assert_eq!(Date::new(2025, 4, 31), None);
        assert!(Date::new(2000, 2, 29).is_some());
        assert_eq!(Date::new(1900, 2, 29), None);
    }
}
