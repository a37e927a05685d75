//! The domain: records, their kinds and fields, links and backlinks, countries; loading from TOML
//! with exact diagnostics. Nothing here knows about terminals.

mod diagnostic;
mod kind;
mod parse;
mod resolve;
mod schema;
mod source;
mod suggest;
mod value;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

pub use diagnostic::{Diagnostic, LineIndex, Location, Severity};
pub use kind::Kind;
pub use schema::{Field, FieldSpec, FieldType, fields_of};
pub use source::{MAX_FILE_BYTES, SourceFile, embedded, read_dir};
pub use suggest::did_you_mean;
pub use value::{Date, Scalar, Specs, Time, Value};

use crate::text::slug;

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

/// One record: an exhibitor, a system, a delegation, a person, an organisation, the event, a
/// schedule item, or a country made from the names the others use.
#[derive(Clone, Debug)]
pub struct Record {
    pub id: Box<str>,
    pub kind: Kind,
    pub name: Box<str>,
    /// Every field but `id` and `name`, in the order the schema shows them.
    pub fields: Vec<(Field, Value)>,
    /// Where the record was written; `None` for countries, which no file defines.
    pub origin: Option<Origin>,
}

impl Record {
    pub fn get(&self, field: Field) -> Option<&Value> {
        self.fields.iter().find(|(f, _)| *f == field).map(|(_, value)| value)
    }

    /// A text field's value, if present.
    pub fn text(&self, field: Field) -> Option<&str> {
        match self.get(field) {
            Some(Value::Text(text)) => Some(text),
            _ => None,
        }
    }

    /// A list-of-strings field's values (empty when absent).
    pub fn list(&self, field: Field) -> &[Box<str>] {
        match self.get(field) {
            Some(Value::TextList(items)) => items,
            _ => &[],
        }
    }

    /// The first record a link field points to.
    pub fn link(&self, field: Field) -> Option<RecordId> {
        self.get(field).and_then(|value| value.links().first().copied())
    }

    /// Every outgoing link, with the field it runs through, in field order.
    pub fn links(&self) -> impl Iterator<Item = (Field, RecordId)> + '_ {
        self.fields
            .iter()
            .flat_map(|(field, value)| value.links().iter().map(move |target| (*field, *target)))
    }
}

/// A link seen from its target: `from` refers to this record through `field`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Backlink {
    pub from: RecordId,
    pub field: Field,
}

/// A loaded catalogue: the records, indexes by id and kind, and the backlink table, all built
/// once at load time.
#[derive(Debug, Default)]
pub struct Catalog {
    records: Vec<Record>,
    by_id: HashMap<Box<str>, RecordId>,
    by_kind: Vec<Vec<RecordId>>,
    backlink_offsets: Vec<u32>,
    backlinks: Vec<Backlink>,
    /// Distinct referrers by kind, for the records with more than [`COUNTED_AT_LOAD`] backlinks.
    referrer_counts: HashMap<RecordId, [usize; Kind::ALL.len()]>,
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

/// The result of loading: a catalogue of everything that could be read, and every problem found.
#[derive(Debug)]
pub struct Loaded {
    pub catalog: Catalog,
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    pub fn error_count(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    pub fn warning_count(&self) -> usize {
        self.diagnostics.len() - self.error_count()
    }
}

/// Load catalogue files that are already in memory.
///
/// Files are parsed in parallel, one worker per core taking the next file from a shared
/// counter (parsing TOML is most of the work of loading); the results are put back in file order
/// so diagnostics and first-definition-wins do not depend on timing.
pub fn load(sources: &[SourceFile]) -> Loaded {
    load_observed(sources, &Progress::default())
}

/// What loading has done so far, updated as it goes, for a progress display on another thread.
#[derive(Debug, Default)]
pub struct Progress {
    /// Catalogue files found (known once the directories have been walked).
    pub files_total: AtomicUsize,
    pub files_read: AtomicUsize,
    pub files_parsed: AtomicUsize,
    /// Records parsed so far.
    pub records: AtomicUsize,
}

impl Progress {
    pub fn get(counter: &AtomicUsize) -> usize {
        counter.load(Ordering::Relaxed)
    }

    fn add(counter: &AtomicUsize, n: usize) {
        counter.fetch_add(n, Ordering::Relaxed);
    }
}

/// [`load`], reporting progress as files are parsed.
pub fn load_observed(sources: &[SourceFile], progress: &Progress) -> Loaded {
    progress.files_total.fetch_max(sources.len(), Ordering::Relaxed);
    let workers =
        std::thread::available_parallelism().map_or(1, usize::from).min(sources.len()).max(1);
    let next = AtomicUsize::new(0);
    let mut parsed: Vec<parse::ParsedFile> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let index = next.fetch_add(1, Ordering::Relaxed);
                        let Some(source) = sources.get(index) else { return done };
                        let parsed = parse::parse_file(index, source);
                        Progress::add(&progress.files_parsed, 1);
                        Progress::add(&progress.records, parsed.records.len());
                        done.push(parsed);
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|handle| handle.join().expect("a parse worker panicked"))
            .collect()
    });
    parsed.sort_by_key(|file| file.file);
    resolve::resolve(sources, parsed)
}

/// Load the catalogues in `dirs` merged into one, or the embedded catalogue when `dirs` is empty.
pub fn load_dirs(dirs: &[PathBuf]) -> Loaded {
    load_dirs_observed(dirs, &Progress::default())
}

/// [`load_dirs`], reporting progress as files are read and parsed.
pub fn load_dirs_observed(dirs: &[PathBuf], progress: &Progress) -> Loaded {
    if dirs.is_empty() {
        return load_observed(&embedded(), progress);
    }
    let mut sources = Vec::new();
    let mut read_problems = Vec::new();
    for dir in dirs {
        let (files, problems) = source::read_dir_observed(dir, progress);
        sources.extend(files);
        read_problems.extend(problems);
    }
    let mut loaded = load_observed(&sources, progress);
    read_problems.append(&mut loaded.diagnostics);
    loaded.diagnostics = read_problems;
    loaded
}

impl Catalog {
    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    pub fn records(&self) -> &[Record] {
        &self.records
    }

    pub fn ids(&self) -> impl Iterator<Item = RecordId> + use<> {
        (0..self.records.len()).map(RecordId::from_usize)
    }

    pub fn get(&self, id: RecordId) -> &Record {
        &self.records[id.index()]
    }

    /// The record with this exact id.
    pub fn find(&self, id: &str) -> Option<RecordId> {
        self.by_id.get(id).copied()
    }

    /// The record a person means by `query`: an exact id, a country id without its `country:`
    /// prefix, or a country by name ignoring case and accents ("türkiye", "Turkiye").
    pub fn lookup(&self, query: &str) -> Option<RecordId> {
        let query = query.trim();
        self.find(query).or_else(|| self.find(&format!("country:{}", slug(query))))
    }

    /// The closest id to `query`, for "did you mean" messages.
    pub fn suggest_id(&self, query: &str) -> Option<&str> {
        did_you_mean(query, self.records.iter().map(|record| &*record.id))
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

    /// The files the catalogue was read from, as their paths are shown.
    pub fn files(&self) -> &[String] {
        &self.files
    }

    /// "path:line" where a record was defined.
    pub fn origin_text(&self, id: RecordId) -> Option<String> {
        let origin = self.get(id).origin?;
        let path = self.files.get(origin.file as usize)?;
        Some(format!("{path}:{}", origin.line))
    }

    /// The events in the catalogue (usually one).
    pub fn events(&self) -> &[RecordId] {
        self.of_kind(Kind::Event)
    }

    /// The catalogue's title: its event's name, or a count when several are merged.
    pub fn title(&self) -> String {
        match self.events() {
            [] => "showfloor".to_owned(),
            [only] => self.get(*only).name.to_string(),
            [first, rest @ ..] => format!("{} (+{} more)", self.get(*first).name, rest.len()),
        }
    }

    /// One line of context to show beside a record's name in a list or a search result.
    pub fn context(&self, id: RecordId) -> String {
        let record = self.get(id);
        let name_of = |field| record.link(field).map(|target| self.get(target).name.to_string());
        let text = |field| record.text(field).map(str::to_owned);
        let parts: Vec<String> = match record.kind {
            Kind::System => vec![name_of(Field::Maker), text(Field::Category)],
            Kind::Company => {
                let sectors = record.list(Field::Sectors).join(", ");
                vec![name_of(Field::Country), (!sectors.is_empty()).then_some(sectors)]
            }
            Kind::Person => vec![text(Field::Role), name_of(Field::Country)],
            Kind::Delegation => vec![
                name_of(Field::Country),
                name_of(Field::Head).map(|head| format!("head: {head}")),
            ],
            Kind::Organisation => vec![text(Field::Category), name_of(Field::Country)],
            Kind::Event => vec![text(Field::City), self.date_range(id)],
            Kind::ScheduleItem => {
                let demo = matches!(record.get(Field::Demo), Some(Value::Bool(true)));
                vec![self.date_range(id), demo.then(|| "demo".to_owned()), text(Field::Place)]
            }
            Kind::Country => vec![Some(self.reference_summary(id))],
        }
        .into_iter()
        .flatten()
        .collect();
        parts.join(" · ")
    }

    /// "Tue 11 Nov 2025 – Fri 14 Nov 2025" for an event or schedule item.
    pub fn date_range(&self, id: RecordId) -> Option<String> {
        let record = self.get(id);
        let (start, end) = match record.kind {
            Kind::Event => (Field::StartDate, Field::EndDate),
            _ => (Field::Day, Field::EndDay),
        };
        let date = |field| match record.get(field) {
            Some(Value::Date(date)) => Some(*date),
            _ => None,
        };
        match (date(start), date(end)) {
            (Some(a), Some(b)) if a != b => Some(format!("{} – {}", a.long(), b.long())),
            (Some(a), _) => Some(a.long()),
            (None, Some(b)) => Some(format!("until {}", b.long())),
            (None, None) => None,
        }
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
        if parts.is_empty() { "no references".to_owned() } else { parts.join(", ") }
    }

    /// How many distinct records of each kind refer to `id` (one record can refer through
    /// several fields). Shown in list rows, so it must be cheap: heavily referenced records
    /// (countries, big makers) have theirs counted once at load.
    pub fn referrer_counts(&self, id: RecordId) -> [usize; Kind::ALL.len()] {
        if let Some(counts) = self.referrer_counts.get(&id) {
            return *counts;
        }
        count_referrers(self.backlinks(id), |from| self.get(from).kind)
    }

    /// A value on one line, for people: dates spelt out, links by name, lists joined.
    pub fn value_text(&self, value: &Value) -> String {
        let names = |ids: &[RecordId]| {
            ids.iter().map(|&id| self.get(id).name.to_string()).collect::<Vec<_>>().join(", ")
        };
        match value {
            Value::Text(text) => text.to_string(),
            Value::TextList(items) => items.join(", "),
            Value::Date(date) => date.long(),
            Value::Time(time) => time.to_string(),
            Value::Bool(b) => (if *b { "yes" } else { "no" }).to_owned(),
            Value::Link(id) => names(std::slice::from_ref(id)),
            Value::Links(ids) => names(ids),
            Value::Specs(specs) => specs
                .iter()
                .map(|(key, scalar)| format!("{key}: {scalar}"))
                .collect::<Vec<_>>()
                .join("; "),
        }
    }
}

#[cfg(test)]
mod tests;
