//! The domain: records, their kinds and fields, links and backlinks, countries; loading from TOML
//! with exact diagnostics. Nothing here knows about terminals.

mod countries;
mod diagnostic;
mod floor;
mod kind;
mod lookup;
mod parse;
mod resolve;
mod schema;
mod source;
mod suggest;
mod syntax;
mod value;
mod walk;

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

pub use countries::{KnownCountry, known_countries, known_country};
pub use diagnostic::{Diagnostic, LineIndex, Location, Severity};
pub use floor::{Rect as StandRect, rect as stand_rect};
pub use kind::{Kind, KindError};
pub use lookup::{Named, Suggestion};
pub use schema::{Card, Field, FieldDef, FieldSpec, FieldType, Tier, fields_of};
pub use source::{MAX_FILE_BYTES, SourceFile, embedded, read_dir};
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

/// One record (an exhibitor, a system, a delegation, a person, an organisation, the event, a
/// schedule item, or a country made from the names the others use), borrowed from its
/// catalogue.
#[derive(Clone, Copy)]
pub struct Record<'a> {
    catalog: &'a Catalog,
    stored: &'a Stored,
}

impl<'a> Record<'a> {
    pub fn id(&self) -> &'a str {
        self.catalog.arena.get(self.stored.id)
    }

    pub fn name(&self) -> &'a str {
        self.catalog.arena.get(self.stored.name)
    }

    pub fn kind(&self) -> Kind {
        self.stored.kind
    }

    /// Where the record was written; for a country, where a `[[country]]` table declares it,
    /// and `None` when none does.
    pub fn origin(&self) -> Option<Origin> {
        self.stored.origin
    }

    /// Every field but `id` and `name`, in the order the schema shows them.
    pub fn fields(&self) -> impl Iterator<Item = (Field, ValueRef<'a>)> + 'a {
        let catalog = self.catalog;
        let start = self.stored.first_field as usize;
        let end = start + self.stored.field_count as usize;
        catalog.fields[start..end]
            .iter()
            .map(move |(field, value)| (*field, catalog.arena.view(value)))
    }

    pub fn get(&self, field: Field) -> Option<ValueRef<'a>> {
        self.fields().find(|(f, _)| *f == field).map(|(_, value)| value)
    }

    /// A text field's value, if present.
    pub fn text(&self, field: Field) -> Option<&'a str> {
        match self.get(field) {
            Some(ValueRef::Text(text)) => Some(text),
            _ => None,
        }
    }

    /// A list-of-strings field's values (empty when absent).
    pub fn list(&self, field: Field) -> Strs<'a> {
        match self.get(field) {
            Some(ValueRef::TextList(items)) => items,
            _ => Strs::empty(),
        }
    }

    /// The first record a link field points to.
    pub fn link(&self, field: Field) -> Option<RecordId> {
        self.get(field).and_then(|value| value.links().first().copied())
    }

    /// Every outgoing link, with the field it runs through, in field order.
    pub fn links(&self) -> impl Iterator<Item = (Field, RecordId)> + 'a {
        self.fields()
            .flat_map(|(field, value)| value.links().iter().map(move |target| (field, *target)))
    }
}

impl std::fmt::Debug for Record<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Record")
            .field("id", &self.id())
            .field("kind", &self.kind())
            .field("name", &self.name())
            .finish()
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
    let paths = sources.iter().map(|source| source.path.clone()).collect();
    load_files(paths, |index| Ok(Cow::Borrowed(&*sources[index].bytes)), progress)
}

/// Parse files on every core, one worker per core taking the next file from a shared counter
/// (parsing TOML is most of the work of loading), and resolve them. `open(index)` gives a
/// file's bytes: read from disk by the worker itself when they come from a directory, so
/// reading is parallel too and a file's bytes are dropped as soon as it is parsed — a
/// catalogue's files are never all in memory at once. Results are put back in file order, so
/// diagnostics and first-definition-wins do not depend on timing.
fn load_files<'a>(
    paths: Vec<String>,
    open: impl Fn(usize) -> Result<Cow<'a, [u8]>, String> + Sync,
    progress: &Progress,
) -> Loaded {
    progress.files_total.fetch_max(paths.len(), Ordering::Relaxed);
    let workers =
        std::thread::available_parallelism().map_or(1, usize::from).min(paths.len()).max(1);
    let next = AtomicUsize::new(0);
    // Each worker takes the next file until none is left; one that cannot be started (a
    // process limit) is run here instead, and takes them all.
    let mut parsed: Vec<parse::ParsedFile> = crate::parallel::map((0..workers).collect(), |_| {
        let mut done = Vec::new();
        loop {
            let index = next.fetch_add(1, Ordering::Relaxed);
            let Some(path) = paths.get(index) else { return done };
            let parsed = match open(index) {
                Ok(bytes) => parse::parse_file(index, path, &bytes),
                Err(message) => parse::unreadable(index, path, message),
            };
            Progress::add(&progress.files_parsed, 1);
            Progress::add(&progress.records, parsed.records.len());
            done.push(parsed);
        }
    })
    .into_iter()
    .flatten()
    .collect();
    parsed.sort_by_key(|file| file.file);
    resolve::resolve(paths, parsed)
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
    let mut paths = Vec::new();
    let mut walk_problems = Vec::new();
    for dir in dirs {
        let (found, problems) = source::list_files(dir);
        paths.extend(found);
        walk_problems.extend(problems);
    }
    let shown: Vec<String> = paths.iter().map(|path| path.display().to_string()).collect();
    let mut loaded = load_files(
        shown,
        |index| {
            Progress::add(&progress.files_read, 1);
            source::read_file(&paths[index]).map(Cow::Owned)
        },
        progress,
    );
    walk_problems.append(&mut loaded.diagnostics);
    loaded.diagnostics = walk_problems;
    loaded
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

    /// The catalogue's title: its event's name, or a count when several are merged; without an
    /// event, the folder its files share (or its one file), so the header always names it.
    pub fn title(&self) -> String {
        match self.events() {
            [] => self.place_name().unwrap_or_else(|| "catalogue".to_owned()),
            [only] => self.get(*only).name().to_owned(),
            [first, rest @ ..] => format!("{} (+{} more)", self.get(*first).name(), rest.len()),
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
                name_of(Field::Head).map(|head| format!("head: {head}")),
            ],
            Kind::Organisation => vec![text(Field::Category), name_of(Field::Country)],
            Kind::Event => vec![text(Field::City), self.date_range(id)],
            Kind::ScheduleItem => {
                let demo = matches!(record.get(Field::Demo), Some(ValueRef::Bool(true)));
                vec![
                    self.date_range(id),
                    self.time_text(id),
                    demo.then(|| "demo".to_owned()),
                    text(Field::Place),
                ]
            }
            Kind::Country => vec![Some(self.reference_summary(id))],
            Kind::Hall => vec![self.size_text(id).map(|size| format!("{size} m"))],
            Kind::Stand => {
                let exhibitors = match record.get(Field::Companies) {
                    Some(ValueRef::Links(ids)) => {
                        ids.iter().map(|&c| self.get(c).name()).collect::<Vec<_>>().join(", ")
                    }
                    _ => String::new(),
                };
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

    /// The stand a company is at: the one whose label its `stand` names.
    pub fn stand_of(&self, company: RecordId) -> Option<RecordId> {
        let label = self.get(company).text(Field::Stand)?;
        self.of_kind(Kind::Stand)
            .iter()
            .copied()
            .find(|&stand| self.get(stand).text(Field::Label) == Some(label))
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
            (None, Some(b)) => Some(format!("until {}", b.long())),
            (None, None) => None,
        }
    }

    /// A schedule item's times on the event's clock, for people: "09:00–10:00", "23:30–00:30
    /// next day" (an end before the start is the next day), "from 09:00", or "all day"; none
    /// for other records.
    pub fn time_text(&self, id: RecordId) -> Option<String> {
        let record = self.get(id);
        if record.kind() != Kind::ScheduleItem {
            return None;
        }
        let time = |field| match record.get(field) {
            Some(ValueRef::Time(time)) => Some(time),
            _ => None,
        };
        let next_day = record.get(Field::EndDay).is_none();
        Some(match (time(Field::StartTime), time(Field::EndTime)) {
            (Some(start), Some(end)) if end < start && next_day => {
                format!("{start}–{end} next day")
            }
            (Some(start), Some(end)) => format!("{start}–{end}"),
            (Some(start), None) => format!("from {start}"),
            (None, Some(end)) => format!("until {end}"),
            (None, None) => "all day".to_owned(),
        })
    }

    /// A field's value as a card shows it: `value_text`, except that a schedule item's end
    /// before its start (with no `end_day`) says it is the next day's.
    pub fn field_text(&self, id: RecordId, field: Field, value: ValueRef<'_>) -> String {
        let text = self.value_text(value);
        let next_day = field == Field::EndTime
            && self.time_text(id).is_some_and(|times| times.ends_with(" next day"));
        if next_day { format!("{text} next day") } else { text }
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
        count_referrers(self.backlinks(id), |from| self.get(from).kind())
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
            ValueRef::Bool(b) => (if b { "yes" } else { "no" }).to_owned(),
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

/// The catalogue in `text`, which must load without errors: for tests across the crate.
#[cfg(test)]
pub(crate) fn clean(text: &str) -> Catalog {
    let loaded = load(&[SourceFile::from_text("t.toml", text)]);
    assert_eq!(loaded.error_count(), 0, "{:?}", loaded.diagnostics);
    loaded.catalog
}

#[cfg(test)]
mod tests;
