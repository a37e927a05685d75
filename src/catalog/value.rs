//! Field values, stored compactly: every string of a catalogue lives in one text arena and every
//! list in a side table, so a value is a few bytes of handles rather than a heap allocation per
//! string. At a million records that is the difference between 2 GB and well under half of it.
//! Readers get borrowing views ([`ValueRef`], [`Strs`], [`SpecsRef`]) and never see handles.

use std::fmt;

use super::RecordId;

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

    /// For people: "Tue 11 Nov 2025". jiff's names are English whatever the locale, and a
    /// civil date has no time zone to depend on.
    pub fn long(self) -> String {
        jiff::fmt::strtime::format("%a %-d %b %-Y", self.0)
            .expect("a civil date has every part this format names")
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

/// A string in an [`Arena`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Str {
    start: u32,
    len: u32,
}

/// A run of entries in one of an [`Arena`]'s tables.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    start: u32,
    len: u32,
}

impl Str {
    /// Part of this string: `len` bytes from `offset` (on character boundaries).
    pub fn slice(self, offset: usize, len: usize) -> Str {
        Str { start: self.start + handle(offset), len: handle(len) }
    }

    /// The string in `text`, the text of the arena this handle belongs to.
    pub fn of(self, text: &str) -> &str {
        &text[self.start as usize..(self.start + self.len) as usize]
    }
}

impl Span {
    fn range(self) -> std::ops::Range<usize> {
        self.start as usize..(self.start + self.len) as usize
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
    TextList(Span),
    Date(Date),
    Time(Time),
    Bool(bool),
    Count(u32),
    Link(RecordId),
    Links(Span),
    Specs(Span),
}

/// Where the strings and lists of records are kept. Each parse worker fills one per file; the
/// catalogue appends them into its own.
#[derive(Debug, Default)]
pub struct Arena {
    text: String,
    strs: Vec<Str>,
    links: Vec<RecordId>,
    specs: Vec<(Str, Scalar)>,
}

fn handle(n: usize) -> u32 {
    u32::try_from(n).expect("a catalogue's text and tables fit in 4 GiB entries")
}

/// Append `items` to a link table, as a span.
pub fn push_links(links: &mut Vec<RecordId>, items: impl IntoIterator<Item = RecordId>) -> Span {
    let start = handle(links.len());
    links.extend(items);
    Span { start, len: handle(links.len()) - start }
}

/// How far the handles of an appended arena moved.
#[derive(Clone, Copy, Debug)]
pub struct Rebase {
    text: u32,
    strs: u32,
    specs: u32,
}

impl Rebase {
    pub fn str(self, s: Str) -> Str {
        Str { start: s.start + self.text, len: s.len }
    }

    /// A value from the appended arena, as a value of this one. Links are never in a file's
    /// arena (they are made when references are resolved), so they need no moving.
    pub fn value(self, value: Value) -> Value {
        match value {
            Value::Text(s) => Value::Text(self.str(s)),
            Value::TextList(span) => {
                Value::TextList(Span { start: span.start + self.strs, ..span })
            }
            Value::Specs(span) => Value::Specs(Span { start: span.start + self.specs, ..span }),
            other => other,
        }
    }
}

impl Arena {
    pub fn str(&mut self, s: &str) -> Str {
        let start = handle(self.text.len());
        self.text.push_str(s);
        Str { start, len: handle(s.len()) }
    }

    pub fn get(&self, s: Str) -> &str {
        &self.text[s.start as usize..(s.start + s.len) as usize]
    }

    pub fn strs(&mut self, items: impl IntoIterator<Item = Str>) -> Span {
        let start = handle(self.strs.len());
        self.strs.extend(items);
        Span { start, len: handle(self.strs.len()) - start }
    }

    pub fn specs(&mut self, items: impl IntoIterator<Item = (Str, Scalar)>) -> Span {
        let start = handle(self.specs.len());
        self.specs.extend(items);
        Span { start, len: handle(self.specs.len()) - start }
    }

    /// Make room for `others` to be appended without the arena growing by doubling (which at a
    /// million records briefly holds two copies of all their text).
    pub fn reserve_for<'a>(&mut self, others: impl IntoIterator<Item = &'a Arena> + Clone) {
        self.text.reserve_exact(others.clone().into_iter().map(|a| a.text.len()).sum());
        self.strs.reserve_exact(others.clone().into_iter().map(|a| a.strs.len()).sum());
        self.specs.reserve_exact(others.into_iter().map(|a| a.specs.len()).sum());
    }

    /// Move `other`'s contents to the end of this arena; its handles shift by the returned
    /// [`Rebase`].
    pub fn append(&mut self, other: Arena) -> Rebase {
        let rebase = Rebase {
            text: handle(self.text.len()),
            strs: handle(self.strs.len()),
            specs: handle(self.specs.len()),
        };
        self.text.push_str(&other.text);
        self.strs.extend(other.strs.into_iter().map(|s| rebase.str(s)));
        self.specs.extend(other.specs.into_iter().map(|(key, scalar)| {
            let scalar = match scalar {
                Scalar::Text(s) => Scalar::Text(rebase.str(s)),
                other => other,
            };
            (rebase.str(key), scalar)
        }));
        rebase
    }

    /// The text, borrowed, beside the link table, mutable: references are resolved against the
    /// ids and names already in the text while the links they become are written.
    pub fn text_and_links(&mut self) -> (&str, &mut Vec<RecordId>) {
        (&self.text, &mut self.links)
    }

    /// Give back memory reserved for growth that did not come.
    pub fn shrink_to_fit(&mut self) {
        self.text.shrink_to_fit();
        self.strs.shrink_to_fit();
        self.links.shrink_to_fit();
        self.specs.shrink_to_fit();
    }

    /// A stored value as a view that borrows from this arena.
    pub fn view<'a>(&'a self, value: &'a Value) -> ValueRef<'a> {
        match value {
            Value::Text(s) => ValueRef::Text(self.get(*s)),
            Value::TextList(span) => {
                ValueRef::TextList(Strs { arena: self, items: &self.strs[span.range()] })
            }
            Value::Date(date) => ValueRef::Date(*date),
            Value::Time(time) => ValueRef::Time(*time),
            Value::Bool(b) => ValueRef::Bool(*b),
            Value::Count(n) => ValueRef::Count(*n),
            Value::Link(id) => ValueRef::Link(id),
            Value::Links(span) => ValueRef::Links(&self.links[span.range()]),
            Value::Specs(span) => {
                ValueRef::Specs(SpecsRef { arena: self, items: &self.specs[span.range()] })
            }
        }
    }
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

/// A list of strings, borrowed from its catalogue.
#[derive(Clone, Copy)]
pub struct Strs<'a> {
    arena: &'a Arena,
    items: &'a [Str],
}

impl<'a> Strs<'a> {
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &'a str> + 'a {
        let arena = self.arena;
        self.items.iter().map(move |s| arena.get(*s))
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn join(&self, separator: &str) -> String {
        self.iter().collect::<Vec<_>>().join(separator)
    }

    pub fn empty() -> Strs<'static> {
        static EMPTY: Arena =
            Arena { text: String::new(), strs: Vec::new(), links: Vec::new(), specs: Vec::new() };
        Strs { arena: &EMPTY, items: &[] }
    }
}

/// The strings of a [`Strs`].
pub struct StrsIter<'a> {
    arena: &'a Arena,
    items: std::slice::Iter<'a, Str>,
}

impl<'a> Iterator for StrsIter<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        self.items.next().map(|s| self.arena.get(*s))
    }
}

impl<'a> IntoIterator for Strs<'a> {
    type Item = &'a str;
    type IntoIter = StrsIter<'a>;

    fn into_iter(self) -> StrsIter<'a> {
        StrsIter { arena: self.arena, items: self.items.iter() }
    }
}

impl fmt::Debug for Strs<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// A specs or figures table, borrowed from its catalogue, in the order written.
#[derive(Clone, Copy)]
pub struct SpecsRef<'a> {
    arena: &'a Arena,
    items: &'a [(Str, Scalar)],
}

impl<'a> SpecsRef<'a> {
    pub fn iter(&self) -> impl ExactSizeIterator<Item = (&'a str, ScalarRef<'a>)> + 'a {
        let arena = self.arena;
        self.items.iter().map(move |(key, scalar)| {
            let scalar = match *scalar {
                Scalar::Text(s) => ScalarRef::Text(arena.get(s)),
                Scalar::Integer(n) => ScalarRef::Integer(n),
                Scalar::Float(x) => ScalarRef::Float(x),
                Scalar::Bool(b) => ScalarRef::Bool(b),
            };
            (arena.get(*key), scalar)
        })
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl fmt::Debug for SpecsRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
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

    #[test]
    fn appended_arenas_keep_their_values() {
        let mut file = Arena::default();
        let name = file.str("Škoda");
        let tags = [file.str("a"), file.str("b")];
        let tags = file.strs(tags);
        let key = file.str("mass");
        let value = file.str("18 t");
        let specs = file.specs([(key, Scalar::Text(value))]);
        let mut catalogue = Arena::default();
        catalogue.str("something before");
        let rebase = catalogue.append(file);
        assert_eq!(catalogue.get(rebase.str(name)), "Škoda");
        let tags = rebase.value(Value::TextList(tags));
        let ValueRef::TextList(list) = catalogue.view(&tags) else { panic!("a list") };
        assert_eq!(list.iter().collect::<Vec<_>>(), vec!["a", "b"]);
        let specs = rebase.value(Value::Specs(specs));
        let ValueRef::Specs(specs) = catalogue.view(&specs) else { panic!("specs") };
        assert_eq!(specs.iter().collect::<Vec<_>>(), vec![("mass", ScalarRef::Text("18 t"))]);
    }
}
