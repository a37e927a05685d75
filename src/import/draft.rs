//! What an importer reads out of a published file, before it is a catalogue: the show, its
//! talks, their speakers, the exhibitors and their products, each with the place in the source
//! it came from. The formats differ; this is what they have in common, and the one thing
//! [`super::emit`] turns into catalogue text.

use std::collections::HashMap;

use jiff::civil::{Date, Time};

/// A 1-based line and column (in characters) in the imported file; for a spreadsheet, the row
/// and the column's number.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct At {
    pub line: u32,
    pub column: u32,
}

/// Everything one imported file holds.
#[derive(Clone, Debug, Default)]
pub struct Draft {
    pub event: Option<EventDraft>,
    pub talks: Vec<TalkDraft>,
    /// The speakers, each once; talks point at them by index.
    pub people: Vec<PersonDraft>,
    pub companies: Vec<CompanyDraft>,
    /// `id:…` and `name:…` to the index in `people`, so a thousand talks find their speakers
    /// without a scan each.
    speaker_index: HashMap<String, usize>,
}

#[derive(Clone, Debug, Default)]
pub struct EventDraft {
    pub at: At,
    pub name: String,
    /// The short name the show goes by ("36C3"), when the source gives one.
    pub acronym: Option<String>,
    pub start: Option<Date>,
    pub end: Option<Date>,
    /// An IANA time zone name, as the source gives it.
    pub timezone: Option<String>,
    pub venue: Option<String>,
    pub city: Option<String>,
    pub website: Option<String>,
    pub summary: Option<String>,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, Default)]
pub struct TalkDraft {
    pub at: At,
    /// The source's own id for the talk (frab's `id`, a GUID, an iCalendar UID): what keeps its
    /// showfloor id from one edition to the next while its title is corrected.
    pub source_id: Option<String>,
    pub title: String,
    pub subtitle: Option<String>,
    pub summary: Option<String>,
    /// The calendar day it starts on, on the show's clock.
    pub day: Date,
    /// The day it ends, when that is not `day` and not simply the next morning.
    pub end_day: Option<Date>,
    pub start: Option<Time>,
    pub end: Option<Time>,
    pub place: Option<String>,
    /// Tracks and types.
    pub tags: Vec<String>,
    pub language: Option<String>,
    /// Indexes into [`Draft::people`].
    pub speakers: Vec<usize>,
    /// Links, the talk's URL, its GUID.
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, Default)]
pub struct PersonDraft {
    pub at: At,
    pub name: String,
    pub summary: Option<String>,
}

#[derive(Clone, Debug, Default)]
pub struct CompanyDraft {
    pub at: At,
    pub name: String,
    pub stand: Option<String>,
    pub country: Option<String>,
    pub website: Option<String>,
    pub sectors: Vec<String>,
    pub summary: Option<String>,
    /// Products, each becoming a system made by the company.
    pub products: Vec<String>,
    /// Its own sources, when the sheet has a column for them.
    pub sources: Vec<String>,
}

impl Draft {
    /// The show's first and last days, where the source did not give them, from its talks.
    pub fn fill_event_dates(&mut self) {
        let Some(event) = &mut self.event else { return };
        let first = self.talks.iter().map(|talk| talk.day).min();
        let last = self.talks.iter().map(|talk| talk.end_day.unwrap_or(talk.day)).max();
        event.start = event.start.or(first);
        event.end = event.end.or(last);
    }

    /// The speaker called `name` (with the source's id for them, if any), added the first time
    /// they are met: a speaker on ten talks is one person.
    pub fn speaker(&mut self, name: &str, source_id: Option<&str>, at: At) -> usize {
        let by_id = source_id.map(|id| format!("id:{id}"));
        let by_name = format!("name:{name}");
        let known = match &by_id {
            Some(key) => self.speaker_index.get(key),
            None => self.speaker_index.get(&by_name),
        };
        if let Some(&index) = known {
            return index;
        }
        self.people.push(PersonDraft { at, name: name.to_owned(), summary: None });
        let index = self.people.len() - 1;
        if let Some(key) = by_id {
            self.speaker_index.insert(key, index);
        }
        self.speaker_index.entry(by_name).or_insert(index);
        index
    }
}
