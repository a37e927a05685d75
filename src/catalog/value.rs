//! Field values as the catalogue holds them once loaded and resolved.

use std::fmt;

use super::RecordId;

/// A calendar date, as written in a data file (`2025-11-11`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

const MONTHS: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

impl Date {
    /// Day of the week, 0 = Sunday (Sakamoto's method; valid for the Gregorian calendar).
    pub fn weekday(self) -> usize {
        const OFFSETS: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
        let month = usize::from(self.month.clamp(1, 12));
        let mut year = i32::from(self.year);
        if month < 3 {
            year -= 1;
        }
        let day = i32::from(self.day);
        let index = (year + year / 4 - year / 100 + year / 400 + OFFSETS[month - 1] + day) % 7;
        usize::try_from(index).unwrap_or(0)
    }

    /// For people: "Tue 11 Nov 2025".
    pub fn long(self) -> String {
        let month = MONTHS[usize::from(self.month.clamp(1, 12)) - 1];
        format!("{} {} {} {}", WEEKDAYS[self.weekday()], self.day, month, self.year)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
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

/// One value of a `specs` or `figures` table.
#[derive(Clone, Debug, PartialEq)]
pub enum Scalar {
    Text(Box<str>),
    Integer(i64),
    Float(f64),
    Bool(bool),
}

impl fmt::Display for Scalar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Scalar::Text(text) => f.write_str(text),
            Scalar::Integer(n) => write!(f, "{n}"),
            Scalar::Float(x) => write!(f, "{x}"),
            Scalar::Bool(b) => f.write_str(if *b { "yes" } else { "no" }),
        }
    }
}

/// A `specs` or `figures` table: named values in the order they were written.
pub type Specs = Box<[(Box<str>, Scalar)]>;

/// A resolved field value. References and country names have become links to records.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Text(Box<str>),
    TextList(Box<[Box<str>]>),
    Date(Date),
    Time(Time),
    Bool(bool),
    Link(RecordId),
    Links(Box<[RecordId]>),
    Specs(Specs),
}

impl Value {
    /// The records this value links to (none for plain values).
    pub fn links(&self) -> &[RecordId] {
        match self {
            Value::Link(target) => std::slice::from_ref(target),
            Value::Links(targets) => targets,
            _ => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_format_with_their_weekday() {
        let opening = Date { year: 2025, month: 11, day: 11 };
        assert_eq!(opening.long(), "Tue 11 Nov 2025");
        assert_eq!(Date { year: 2024, month: 2, day: 29 }.long(), "Thu 29 Feb 2024");
        assert_eq!(opening.to_string(), "2025-11-11");
    }
}
