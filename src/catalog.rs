//! The domain: records, their kinds and fields, links and backlinks, countries; loading from TOML
//! with exact diagnostics. Nothing here knows about terminals.

mod countries;
mod describe;
mod diagnostic;
mod floor;
mod kind;
mod load;
mod lookup;
mod parse;
mod record;
mod resolve;
mod schema;
mod source;
mod suggest;
pub(crate) mod syntax;
mod value;
mod walk;

use std::collections::HashMap;

pub use countries::{KnownCountry, known_countries, known_country};
pub use describe::confidence_text;
pub use diagnostic::{Diagnostic, LineIndex, Location, Severity};
pub use floor::{Rect as StandRect, rect as stand_rect};
pub use kind::{Kind, KindError};
pub use load::{
    Input, Loaded, Progress, load, load_dirs, load_dirs_observed, load_inputs, load_observed,
};
pub use lookup::{Named, Suggestion};
pub use record::{Backlink, Record};
pub use schema::{Card, Field, FieldDef, FieldSpec, FieldType, Tier, fields_of};
pub use source::{
    MAX_FILE_BYTES, SourceError, SourceFile, embedded, list_files, read_dir, read_file,
};
pub use suggest::did_you_mean;
use value::{Arena, Str, Value};
pub use value::{Date, ScalarRef, SpecsRef, Strs, Time, ValueRef};

/// A record's position in its catalogue. Only meaningful for the catalogue that issued it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RecordId(u32);

impl RecordId {
    pub fn index(self) -> usize {
        self.0 as usize
    }

    /// The id of the record at `index` of [`Catalog::records`].
    pub fn from_usize(index: usize) -> RecordId {
        RecordId(u32::try_from(index).expect("a catalogue holds fewer than 2^32 records"))
    }
}

/// Where a record was defined: an index into [`Catalog::files`] and a 1-based line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Origin {
    pub file: u32,
    pub line: u32,
}

/// A record as stored: handles into the catalogue's arena and field table.
#[derive(Clone, Copy, Debug)]
struct Stored {
    id: Str,
    name: Str,
    kind: Kind,
    /// Where its fields are in [`Catalog::fields`].
    first_field: u32,
    field_count: u32,
    origin: Option<Origin>,
}

/// A loaded catalogue: the records, indexes by id and kind, and the backlink table, all built
/// once at load time.
#[derive(Debug, Default)]
pub struct Catalog {
    arena: Arena,
    stored: Vec<Stored>,
    fields: Vec<(Field, Value)>,
    /// Every record, sorted by id: ids are found by binary search.
    by_id: Vec<RecordId>,
    by_kind: Vec<Vec<RecordId>>,
    backlink_offsets: Vec<u32>,
    backlinks: Vec<Backlink>,
    /// Distinct referrers by kind, for the records with more than [`COUNTED_AT_LOAD`] backlinks.
    referrer_counts: HashMap<RecordId, [usize; Kind::ALL.len()]>,
    /// Each country's systems, through their makers ([`Catalog::made_in`]), worked out once at
    /// load: at a million records the busiest country's took 2 ms, on every key of its page.
    made_in: HashMap<RecordId, Vec<RecordId>>,
    /// Each stand by its label's slug ([`Catalog::stand_of`]), worked out once at load.
    pub(crate) stands_by_label: HashMap<String, RecordId>,
    files: Vec<String>,
}

/// Records with more backlinks than this have their referrers counted once, at load.
const COUNTED_AT_LOAD: usize = 64;

/// Distinct referrers of each kind among `backlinks`.
fn count_referrers(
    backlinks: &[Backlink],
    kind_of: impl Fn(RecordId) -> Kind,
) -> [usize; Kind::ALL.len()] {
    let mut from: Vec<RecordId> = backlinks.iter().map(|b| b.from).collect();
    from.sort_unstable();
    from.dedup();
    let mut counts = [0; Kind::ALL.len()];
    for id in from {
        counts[kind_of(id).index()] += 1;
    }
    counts
}

impl Catalog {
    pub fn len(&self) -> usize {
        self.stored.len()
    }

    pub fn is_empty(&self) -> bool {
        self.stored.is_empty()
    }

    pub fn ids(&self) -> impl Iterator<Item = RecordId> + use<> {
        (0..self.stored.len()).map(RecordId::from_usize)
    }

    /// Every record, in load order.
    pub fn records(&self) -> impl ExactSizeIterator<Item = Record<'_>> + '_ {
        self.stored.iter().map(move |stored| Record { catalog: self, stored })
    }

    pub fn get(&self, id: RecordId) -> Record<'_> {
        Record { catalog: self, stored: &self.stored[id.index()] }
    }

    /// The record with this exact id.
    pub fn find(&self, id: &str) -> Option<RecordId> {
        self.by_id
            .binary_search_by(|probe| self.arena.get(self.stored[probe.index()].id).cmp(id))
            .ok()
            .map(|at| self.by_id[at])
    }

    /// Records of one kind, sorted by name ignoring case and accents.
    pub fn of_kind(&self, kind: Kind) -> &[RecordId] {
        self.by_kind.get(kind.index()).map_or(&[], Vec::as_slice)
    }

    /// Who refers to `id`, sorted as views show them: by the referring record's kind (in the
    /// order of [`Kind::ALL`]), then the field, then the name.
    pub fn backlinks(&self, id: RecordId) -> &[Backlink] {
        let start = self.backlink_offsets[id.index()] as usize;
        let end = self.backlink_offsets[id.index() + 1] as usize;
        &self.backlinks[start..end]
    }

    /// The systems made in `country`: those whose maker names it as its country, by maker and
    /// then by name. Not a reference of the system's own, so not among the backlinks; an
    /// analyst asking what a country builds wants it on the country's page all the same.
    pub fn made_in(&self, country: RecordId) -> &[RecordId] {
        self.made_in.get(&country).map_or(&[], Vec::as_slice)
    }

    /// Work out [`Catalog::made_in`] for every country, once the backlinks are sorted (by kind,
    /// field and name): walking a country's companies and then each company's systems in that
    /// order gives them by maker and name with nothing to sort. 27 ms at a million records.
    fn index_made_in(&mut self) {
        let walk = |country: RecordId| -> Vec<RecordId> {
            self.backlinks(country)
                .iter()
                .filter(|b| b.field == Field::Country && self.get(b.from).kind() == Kind::Company)
                .flat_map(|company| self.backlinks(company.from))
                .filter(|b| b.field == Field::Maker && self.get(b.from).kind() == Kind::System)
                .map(|b| b.from)
                .collect()
        };
        let made_in = self
            .of_kind(Kind::Country)
            .iter()
            .map(|&country| (country, walk(country)))
            .filter(|(_, systems)| !systems.is_empty())
            .collect();
        self.made_in = made_in;
    }

    /// Move the records defined in file `path` to the lines `line_of` gives: a file made by an
    /// import says where in the imported file each record was written.
    pub fn relocate(&mut self, path: &str, line_of: impl Fn(u32) -> u32) {
        let Some(file) = self.files.iter().position(|shown| shown == path) else { return };
        for stored in &mut self.stored {
            if let Some(origin) = &mut stored.origin
                && origin.file as usize == file
            {
                origin.line = line_of(origin.line);
            }
        }
    }

    /// The files the catalogue was read from, as their paths are shown.
    pub fn files(&self) -> &[String] {
        &self.files
    }

    /// "path:line" where a record was defined.
    pub fn origin_text(&self, id: RecordId) -> Option<String> {
        let origin = self.get(id).origin()?;
        let path = self.files.get(origin.file as usize)?;
        Some(format!("{path}:{}", origin.line))
    }

    /// The events in the catalogue (usually one).
    pub fn events(&self) -> &[RecordId] {
        self.of_kind(Kind::Event)
    }

    /// The time zone `id`'s dates and times are written in, if its catalogue says: a schedule
    /// item's event's `timezone`, an event's own, and for any other record the first event's.
    /// The loader has already checked the name, so a zone that fails here is treated as unsaid.
    pub fn declared_time_zone(&self, id: RecordId) -> Option<jiff::tz::TimeZone> {
        let record = self.get(id);
        let event = match record.kind() {
            Kind::Event => id,
            Kind::ScheduleItem => record.link(Field::Event)?,
            _ => *self.events().first()?,
        };
        jiff::tz::TimeZone::get(self.get(event).text(Field::TimeZone)?).ok()
    }

    /// The time zone `id`'s times are read in: the declared one, else this machine's.
    pub fn time_zone_of(&self, id: RecordId) -> jiff::tz::TimeZone {
        self.declared_time_zone(id).unwrap_or_else(jiff::tz::TimeZone::system)
    }

    /// The catalogue's time zone: the first event's, else this machine's.
    pub fn time_zone(&self) -> jiff::tz::TimeZone {
        match self.events().first() {
            Some(&event) => self.time_zone_of(event),
            None => jiff::tz::TimeZone::system(),
        }
    }

    /// The stand a company is at: the one whose label its `stand` names, letter case and
    /// punctuation aside (as a stand's id is made from its label).
    pub fn stand_of(&self, company: RecordId) -> Option<RecordId> {
        let label = self.get(company).text(Field::Stand)?;
        self.stands_by_label.get(&crate::text::slug(label)).copied()
    }

    /// The companies at `stand`: those it lists, then those whose `stand` names it (a company's
    /// stand is a backlink, so an exhibitor list and a plan drawn apart still meet).
    pub fn exhibitors_of(&self, stand: RecordId) -> Vec<RecordId> {
        let mut companies = match self.get(stand).get(Field::Companies) {
            Some(ValueRef::Links(ids)) => ids.to_vec(),
            _ => Vec::new(),
        };
        for backlink in self.backlinks(stand) {
            if backlink.field == Field::Stand && !companies.contains(&backlink.from) {
                companies.push(backlink.from);
            }
        }
        companies
    }

    /// How many distinct records of each kind refer to `id` (one record can refer through
    /// several fields). Shown in list rows, so it must be cheap: heavily referenced records
    /// (countries, big makers) have theirs counted once at load.
    pub fn referrer_counts(&self, id: RecordId) -> [usize; Kind::ALL.len()] {
        if let Some(counts) = self.referrer_counts.get(&id) {
            return *counts;
        }
        count_referrers(self.backlinks(id), |from| self.get(from).kind())
    }
}

/// The catalogue in `text`, which must load without errors: for tests across the crate.
#[cfg(test)]
pub(crate) fn clean(text: &str) -> Catalog {
    let loaded = load(&[SourceFile::from_text("t.toml", text)]);
    assert_eq!(loaded.error_count(), 0, "{:?}", loaded.diagnostics);
    loaded.catalog
}

#[cfg(test)]
mod tests;
