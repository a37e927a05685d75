//! How records read to people: the catalogue's title, a record's line of context, dates and
//! times spelt out, sizes, reference counts and values on one line.

use super::{Catalog, Field, Kind, RecordId, ValueRef};

/// A schedule item's times, before they are put in words.
enum Times {
    Span { start: String, end: String, next_day: bool },
    From(String),
    Until(String),
    AllDay,
}

impl Catalog {
    /// The last part of the folder all the files are in, or the one file's name when it has no
    /// folder of its own ("show.toml" given as it is).
    fn place_name(&self) -> Option<String> {
        use std::path::{Component, Path};
        fn folder_of(file: &str) -> Vec<Component<'_>> {
            let parent = Path::new(file).parent().unwrap_or(Path::new(""));
            parent.components().filter(|c| !matches!(c, Component::CurDir)).collect()
        }
        let mut files = self.files.iter();
        let first = files.next()?;
        let mut shared = folder_of(first);
        for file in files {
            let folder = folder_of(file);
            let same = shared.iter().zip(&folder).take_while(|(a, b)| a == b).count();
            shared.truncate(same);
        }
        let named = |c: &Component<'_>| match c {
            Component::Normal(name) => Some(name.to_string_lossy().into_owned()),
            _ => None,
        };
        match shared.last().and_then(named) {
            Some(folder) => Some(folder),
            None if self.files.len() == 1 => {
                Path::new(first.as_str()).file_name().map(|n| n.to_string_lossy().into_owned())
            }
            None => None,
        }
    }

    /// The catalogue's title: its event's name, or a count when several are merged; without an
    /// event, the folder its files share (or its one file), so the header always names it.
    pub fn title(&self) -> String {
        match self.events() {
            [] => self.place_name().unwrap_or_else(|| crate::tr!("describe-catalogue").to_owned()),
            [only] => self.get(*only).name().to_owned(),
            [first, rest @ ..] => crate::tr!(
                "describe-more-events",
                name = self.get(*first).name(),
                count = rest.len()
            ),
        }
    }

    /// One line of context to show beside a record's name in a list or a search result.
    pub fn context(&self, id: RecordId) -> String {
        let record = self.get(id);
        let name_of = |field| record.link(field).map(|target| self.get(target).name().to_owned());
        let text = |field| record.text(field).map(str::to_owned);
        let parts: Vec<String> = match record.kind() {
            Kind::System => vec![name_of(Field::Maker), text(Field::Category)],
            Kind::Company => {
                let sectors = record.list(Field::Sectors).join(", ");
                vec![name_of(Field::Country), (!sectors.is_empty()).then_some(sectors)]
            }
            Kind::Person => vec![text(Field::Role), name_of(Field::Country)],
            Kind::Delegation => vec![
                name_of(Field::Country),
                name_of(Field::Head).map(|head| crate::tr!("describe-head", name = head)),
            ],
            Kind::Organisation => vec![text(Field::Category), name_of(Field::Country)],
            Kind::Event => vec![text(Field::City), self.date_range(id)],
            Kind::ScheduleItem => {
                let demo = matches!(record.get(Field::Demo), Some(ValueRef::Bool(true)));
                vec![
                    self.date_range(id),
                    self.time_text(id),
                    demo.then(|| crate::tr!("describe-demo").to_owned()),
                    text(Field::Place),
                ]
            }
            Kind::Country => vec![Some(self.reference_summary(id))],
            Kind::Hall => vec![self.size_text(id).map(|size| format!("{size} m"))],
            Kind::Stand => {
                let exhibitors = self.exhibitors_of(id);
                let exhibitors =
                    exhibitors.iter().map(|&c| self.get(c).name()).collect::<Vec<_>>().join(", ");
                vec![
                    name_of(Field::Hall),
                    self.size_text(id),
                    (!exhibitors.is_empty()).then_some(exhibitors),
                ]
            }
        }
        .into_iter()
        .flatten()
        .collect();
        parts.join(" · ")
    }

    /// "6 × 4" for a hall or a stand: its width and depth in grid cells.
    pub fn size_text(&self, id: RecordId) -> Option<String> {
        let record = self.get(id);
        match (record.get(Field::Width), record.get(Field::Depth)) {
            (Some(ValueRef::Count(w)), Some(ValueRef::Count(d))) => Some(format!("{w} × {d}")),
            _ => None,
        }
    }

    /// "Tue 11 Nov 2025 – Fri 14 Nov 2025" for an event or schedule item.
    pub fn date_range(&self, id: RecordId) -> Option<String> {
        let record = self.get(id);
        let (start, end) = match record.kind() {
            Kind::Event => (Field::StartDate, Field::EndDate),
            _ => (Field::Day, Field::EndDay),
        };
        let date = |field| match record.get(field) {
            Some(ValueRef::Date(date)) => Some(date),
            _ => None,
        };
        match (date(start), date(end)) {
            (Some(a), Some(b)) if a != b => Some(format!("{} – {}", a.long(), b.long())),
            (Some(a), _) => Some(a.long()),
            (None, Some(b)) => Some(crate::tr!("describe-until", end = b.long())),
            (None, None) => None,
        }
    }

    /// A schedule item's times, as they are written; none for other records.
    fn times(&self, id: RecordId) -> Option<Times> {
        let record = self.get(id);
        if record.kind() != Kind::ScheduleItem {
            return None;
        }
        let time = |field| match record.get(field) {
            Some(ValueRef::Time(time)) => Some(time.to_string()),
            _ => None,
        };
        let next_day = record.get(Field::EndDay).is_none();
        Some(match (time(Field::StartTime), time(Field::EndTime)) {
            (Some(start), Some(end)) => {
                Times::Span { next_day: next_day && end < start, start, end }
            }
            (Some(start), None) => Times::From(start),
            (None, Some(end)) => Times::Until(end),
            (None, None) => Times::AllDay,
        })
    }

    /// A schedule item's times on the event's clock, for people: "09:00–10:00", "23:30–00:30
    /// next day" (an end before the start is the next day), "from 09:00", or "all day"; none
    /// for other records.
    pub fn time_text(&self, id: RecordId) -> Option<String> {
        Some(match self.times(id)? {
            Times::Span { start, end, next_day: true } => {
                crate::tr!("describe-times-overnight", start = start, end = end)
            }
            Times::Span { start, end, next_day: false } => format!("{start}–{end}"),
            Times::From(start) => crate::tr!("describe-from", start = start),
            Times::Until(end) => crate::tr!("describe-until", end = end),
            Times::AllDay => crate::tr!("describe-all-day").to_owned(),
        })
    }

    /// The times as a list's narrow column has them: an end on the next day is "+1".
    pub fn time_text_compact(&self, id: RecordId) -> Option<String> {
        match self.times(id)? {
            Times::Span { start, end, next_day: true } => Some(format!("{start}–{end}+1")),
            _ => self.time_text(id),
        }
    }

    /// A field's value as a card shows it: `value_text`, except that a schedule item's end
    /// before its start (with no `end_day`) says it is the next day's.
    pub fn field_text(&self, id: RecordId, field: Field, value: ValueRef<'_>) -> String {
        if let (Field::Confidence, ValueRef::Text(word)) = (field, value) {
            return confidence_text(word).to_owned();
        }
        let text = self.value_text(value);
        let next_day = field == Field::EndTime
            && matches!(self.times(id), Some(Times::Span { next_day: true, .. }));
        if next_day { crate::tr!("describe-next-day", time = text) } else { text }
    }

    /// "2 companies, 1 delegation" for what refers to a record.
    pub fn reference_summary(&self, id: RecordId) -> String {
        let counts = self.referrer_counts(id);
        let parts: Vec<String> = Kind::ALL
            .iter()
            .filter(|kind| counts[kind.index()] > 0)
            .map(|kind| {
                let n = counts[kind.index()];
                let label = if n == 1 { kind.label() } else { kind.plural() };
                format!("{n} {}", label.to_lowercase())
            })
            .collect();
        if parts.is_empty() {
            crate::tr!("describe-no-references").to_owned()
        } else {
            parts.join(", ")
        }
    }

    /// A value on one line, for people: dates spelt out, links by name, lists joined.
    pub fn value_text(&self, value: ValueRef<'_>) -> String {
        let names = |ids: &[RecordId]| {
            ids.iter().map(|&id| self.get(id).name()).collect::<Vec<_>>().join(", ")
        };
        match value {
            ValueRef::Text(text) => text.to_owned(),
            ValueRef::TextList(items) => items.join(", "),
            ValueRef::Date(date) => date.long(),
            ValueRef::Time(time) => time.to_string(),
            ValueRef::Bool(b) => {
                (if b { crate::tr!("describe-yes") } else { crate::tr!("describe-no") }).to_owned()
            }
            ValueRef::Count(n) => n.to_string(),
            ValueRef::Link(id) => names(std::slice::from_ref(id)),
            ValueRef::Links(ids) => names(ids),
            ValueRef::Specs(specs) => specs
                .iter()
                .map(|(key, scalar)| format!("{key}: {scalar}"))
                .collect::<Vec<_>>()
                .join("; "),
        }
    }
}

/// A record's `confidence` ("low", "medium", "high", as the data writes it) in the reader's
/// words, as `show`'s card gives it (the page's header says "medium confidence"). Another
/// word is shown as written.
pub fn confidence_text(word: &str) -> &str {
    match word {
        "low" => crate::tr!("value-confidence-low"),
        "medium" => crate::tr!("value-confidence-medium"),
        "high" => crate::tr!("value-confidence-high"),
        other => other,
    }
}
