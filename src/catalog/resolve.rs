//! The whole catalogue at once: ids made unique, countries made into records, references
//! resolved into links (with the wrong-kind and did-you-mean checks), records indexed by id and
//! kind, and the backlink table built. Raw records are taken apart, not copied: at a million
//! records a copy of every value is hundreds of megabytes.

use std::collections::HashMap;

use super::diagnostic::{Diagnostic, LineIndex, Location, Severity};
use super::parse::{Located, ParsedFile, Pos, RawRecord, RawValue, id_problem, source_text};
use super::schema::{self, Field, FieldType};
use super::suggest::did_you_mean;
use super::value::Value;
use super::{Backlink, Catalog, Kind, Loaded, Origin, Record, RecordId, SourceFile};
use crate::text::{fold, slug};

/// A country as it is gathered from the names records use.
struct CountryEntry {
    id: RecordId,
    /// Each spelling seen, with how often; the most used one names the country.
    spellings: Vec<(Box<str>, usize)>,
}

struct Resolver<'a> {
    files: Vec<String>,
    texts: Vec<&'a str>,
    lines: Vec<LineIndex>,
    /// Per file, the line from which problems are echoes of a syntax error (see `parse`).
    quiet_from_line: Vec<Option<u32>>,
    /// Per raw record: its file and kind, kept apart from the records, which are taken apart.
    file_of: Vec<usize>,
    kind_of: Vec<Kind>,
    /// Raw index → record id, for records that survived (valid and not a duplicate).
    kept: Vec<Option<RecordId>>,
    id_to_raw: HashMap<Box<str>, usize>,
    countries: HashMap<String, CountryEntry>,
    country_order: Vec<String>,
    /// Exact spelling → (country, index of the spelling in its entry): most mentions of a
    /// country repeat a spelling already seen, and this skips folding it again.
    spellings: HashMap<Box<str>, (RecordId, usize)>,
    next_id: usize,
    diagnostics: Vec<(usize, Diagnostic)>,
}

pub(super) fn resolve(sources: &[SourceFile], parsed: Vec<ParsedFile>) -> Loaded {
    let files: Vec<String> = sources.iter().map(|source| source.path.clone()).collect();
    let mut resolver = Resolver {
        texts: sources
            .iter()
            .map(|source| source_text(&source.bytes).unwrap_or_default())
            .collect(),
        lines: vec![LineIndex::default(); files.len()],
        quiet_from_line: vec![None; files.len()],
        files,
        file_of: Vec::new(),
        kind_of: Vec::new(),
        kept: Vec::new(),
        id_to_raw: HashMap::new(),
        countries: HashMap::new(),
        country_order: Vec::new(),
        spellings: HashMap::new(),
        next_id: 0,
        diagnostics: Vec::new(),
    };
    let mut raws: Vec<(RawRecord, Option<usize>)> = Vec::new();
    for file in parsed {
        let offset = raws.len();
        resolver.quiet_from_line[file.file] = file.quiet_from_line;
        resolver.lines[file.file] = file.lines;
        resolver.diagnostics.extend(file.diagnostics.into_iter().map(|d| (file.file, d)));
        for record in file.records {
            resolver.file_of.push(file.file);
            resolver.kind_of.push(record.kind);
            let parent = record.parent.map(|local| local + offset);
            raws.push((record, parent));
        }
    }
    resolver.assign_ids(&raws);
    let mut records = resolver.build_records(raws);
    records.extend(resolver.country_records());

    let mut by_id: HashMap<Box<str>, RecordId> = HashMap::with_capacity(records.len());
    for (id, raw) in std::mem::take(&mut resolver.id_to_raw) {
        if let Some(record) = resolver.kept[raw] {
            by_id.insert(id, record);
        }
    }
    for (index, record) in
        records.iter().enumerate().skip(resolver.next_id - resolver.country_order.len())
    {
        by_id.insert(record.id.clone(), RecordId::from_usize(index));
    }
    let mut catalog = Catalog { files: resolver.files.clone(), by_id, ..Catalog::default() };
    index(&mut catalog, records);
    let mut diagnostics = resolver.diagnostics;
    diagnostics.sort_by(|(fa, a), (fb, b)| {
        (fa, a.location.line, a.location.column).cmp(&(fb, b.location.line, b.location.column))
    });
    Loaded { catalog, diagnostics: diagnostics.into_iter().map(|(_, d)| d).collect() }
}

impl Resolver<'_> {
    fn line_column(&self, file: usize, pos: Pos) -> (u32, u32) {
        self.lines[file].line_column(self.texts[file], pos.0 as usize)
    }

    fn report(&mut self, severity: Severity, file: usize, pos: Pos, message: String) {
        let (line, column) = self.line_column(file, pos);
        if self.quiet_from_line[file].is_some_and(|quiet| line >= quiet) {
            return;
        }
        let location = Location { path: self.files[file].clone(), line, column };
        self.diagnostics.push((file, Diagnostic { severity, location, message }));
    }

    /// First definition of an id wins; later ones are errors that name the first.
    fn assign_ids(&mut self, raws: &[(RawRecord, Option<usize>)]) {
        self.kept = vec![None; raws.len()];
        self.id_to_raw.reserve(raws.len());
        for (index, (record, _)) in raws.iter().enumerate() {
            let id: &str = &record.id.text;
            if let Some(&first) = self.id_to_raw.get(id) {
                let (first_record, _) = &raws[first];
                let (line, column) = self.line_column(self.file_of[first], first_record.id.pos);
                let message = format!(
                    "duplicate id `{id}`: already used by {} `{}` at {}:{line}:{column}",
                    first_record.kind, first_record.name, self.files[self.file_of[first]],
                );
                self.report(Severity::Error, self.file_of[index], record.id.pos, message);
                continue;
            }
            self.id_to_raw.insert(id.into(), index);
            self.kept[index] = Some(RecordId::from_usize(self.next_id));
            self.next_id += 1;
        }
    }

    fn build_records(&mut self, raws: Vec<(RawRecord, Option<usize>)>) -> Vec<Record> {
        let mut records = Vec::with_capacity(self.next_id);
        for (index, (raw, parent)) in raws.into_iter().enumerate() {
            if self.kept[index].is_none() {
                continue;
            }
            let file = self.file_of[index];
            let mut fields = Vec::with_capacity(raw.fields.len() + 1);
            if let Some(event) = parent.and_then(|parent| self.kept[parent]) {
                fields.push((Field::Event, Value::Link(event)));
            }
            for (field, value) in raw.fields {
                if let Some(value) = self.resolve_value(file, raw.kind, field, value) {
                    fields.push((field, value));
                }
            }
            fields.sort_by_key(|(field, _)| schema::position(raw.kind, *field));
            if !raw.has_sources {
                let message = format!(
                    "{} `{}` has no sources: say where its facts come from",
                    raw.kind, raw.id.text
                );
                self.report(Severity::Warning, file, raw.header, message);
            }
            let line = self.lines[file].line(raw.header.0 as usize);
            records.push(Record {
                id: raw.id.text,
                kind: raw.kind,
                name: raw.name,
                fields,
                origin: Some(Origin { file: u32::try_from(file).unwrap_or(u32::MAX), line }),
            });
        }
        records
    }

    fn resolve_value(
        &mut self,
        file: usize,
        kind: Kind,
        field: Field,
        value: RawValue,
    ) -> Option<Value> {
        let allowed = match schema::fields_of(kind)
            .iter()
            .find(|spec| spec.field == field)
            .map(|spec| spec.ty)
        {
            Some(FieldType::Ref(kinds) | FieldType::RefList(kinds)) => kinds,
            _ => &[],
        };
        match value {
            RawValue::Ready(value) => Some(value),
            RawValue::Ref(target) => self.reference(file, field, allowed, &target).map(Value::Link),
            RawValue::Refs(targets) => Some(Value::Links(
                targets
                    .iter()
                    .filter_map(|target| self.reference(file, field, allowed, target))
                    .collect(),
            )),
            RawValue::Country(name) => self.country(file, &name).map(Value::Link),
            RawValue::Countries(names) => Some(Value::Links(
                names.iter().filter_map(|name| self.country(file, name)).collect(),
            )),
            RawValue::Operators(names) => Some(Value::Links(
                names.iter().filter_map(|name| self.operator(file, name)).collect(),
            )),
        }
    }

    /// The ids of every surviving record of one of `kinds`, for did-you-mean.
    fn ids_of<'s>(&'s self, kinds: &'s [Kind]) -> impl Iterator<Item = &'s str> + 's {
        self.id_to_raw
            .iter()
            .filter(|(_, raw)| kinds.contains(&self.kind_of[**raw]))
            .map(|(id, _)| &**id)
    }

    fn reference(
        &mut self,
        file: usize,
        field: Field,
        allowed: &[Kind],
        target: &Located,
    ) -> Option<RecordId> {
        let wanted = allowed.iter().map(|kind| kind.name()).collect::<Vec<_>>().join(" or ");
        let message = match self.id_to_raw.get(&*target.text) {
            Some(&raw) => {
                let found = self.kind_of[raw];
                if allowed.contains(&found) {
                    return self.kept[raw];
                }
                format!("`{field}` must name a {wanted}, but `{}` is a {found}", target.text)
            }
            None => {
                let mut message = format!("`{field}` refers to unknown {wanted} `{}`", target.text);
                if let Some(guess) = did_you_mean(&target.text, self.ids_of(allowed)) {
                    message.push_str(&format!("; did you mean `{guess}`?"));
                }
                message
            }
        };
        self.report(Severity::Error, file, target.pos, message);
        None
    }

    /// An operator is an organisation when it is an organisation's id, and a country otherwise.
    fn operator(&mut self, file: usize, name: &Located) -> Option<RecordId> {
        if let Some(&raw) = self.id_to_raw.get(&*name.text)
            && self.kind_of[raw] == Kind::Organisation
        {
            return self.kept[raw];
        }
        if !self.spellings.contains_key(name.text.trim())
            && id_problem(&name.text).is_none()
            && let Some(guess) = did_you_mean(&name.text, self.ids_of(&[Kind::Organisation]))
        {
            let message = format!(
                "operator `{}` is not an organisation id, so it is read as a country; did you mean `{guess}`?",
                name.text
            );
            self.report(Severity::Warning, file, name.pos, message);
        }
        self.country(file, name)
    }

    fn country(&mut self, file: usize, name: &Located) -> Option<RecordId> {
        let trimmed = name.text.trim();
        if let Some(&(id, spelling)) = self.spellings.get(trimmed) {
            let key = slug(trimmed);
            let entry = self.countries.get_mut(&key).expect("a cached spelling has its country");
            entry.spellings[spelling].1 += 1;
            if spelling != 0 {
                let first = entry.spellings[0].0.clone();
                let message =
                    format!("country `{trimmed}` is written `{first}` elsewhere; use one spelling");
                self.report(Severity::Warning, file, name.pos, message);
            }
            return Some(id);
        }
        let key = slug(trimmed);
        if key.is_empty() {
            let message = format!("country `{}` has no letters or digits", name.text);
            self.report(Severity::Error, file, name.pos, message);
            return None;
        }
        if let Some(entry) = self.countries.get_mut(&key) {
            entry.spellings.push((trimmed.into(), 1));
            let (id, spelling, first) =
                (entry.id, entry.spellings.len() - 1, entry.spellings[0].0.clone());
            self.spellings.insert(trimmed.into(), (id, spelling));
            let message =
                format!("country `{trimmed}` is written `{first}` elsewhere; use one spelling");
            self.report(Severity::Warning, file, name.pos, message);
            return Some(id);
        }
        let id = RecordId::from_usize(self.next_id);
        self.next_id += 1;
        self.countries
            .insert(key.clone(), CountryEntry { id, spellings: vec![(trimmed.into(), 1)] });
        self.spellings.insert(trimmed.into(), (id, 0));
        self.country_order.push(key);
        Some(id)
    }

    fn country_records(&mut self) -> Vec<Record> {
        self.country_order
            .iter()
            .map(|key| {
                let entry = &self.countries[key];
                let mut best = &entry.spellings[0];
                for spelling in &entry.spellings[1..] {
                    if spelling.1 > best.1 {
                        best = spelling;
                    }
                }
                Record {
                    id: format!("country:{key}").into(),
                    kind: Kind::Country,
                    name: best.0.clone(),
                    fields: Vec::new(),
                    origin: None,
                }
            })
            .collect()
    }
}

/// Fill the catalogue's indexes: by kind (sorted by folded name), and backlinks as one flat
/// array with offsets, so a million records cost two allocations rather than a million. Each
/// record's backlinks are sorted once here, by the referring record's kind, the field and the
/// name, the order every view shows them in.
fn index(catalog: &mut Catalog, records: Vec<Record>) {
    let mut by_kind: Vec<Vec<RecordId>> = vec![Vec::new(); Kind::ALL.len()];
    let mut counts = vec![0u32; records.len() + 1];
    for (index, record) in records.iter().enumerate() {
        by_kind[record.kind.index()].push(RecordId::from_usize(index));
        for (_, target) in record.links() {
            counts[target.index()] += 1;
        }
    }
    let folded: Vec<String> = records.iter().map(|record| fold(&record.name)).collect();
    let mut name_rank = vec![0u32; records.len()];
    for ids in &mut by_kind {
        ids.sort_by(|a, b| {
            (&folded[a.index()], &records[a.index()].id)
                .cmp(&(&folded[b.index()], &records[b.index()].id))
        });
        for (rank, id) in ids.iter().enumerate() {
            name_rank[id.index()] = u32::try_from(rank).unwrap_or(u32::MAX);
        }
    }
    drop(folded);

    let mut offsets = Vec::with_capacity(records.len() + 1);
    let mut total = 0u32;
    for count in &counts {
        offsets.push(total);
        total += count;
    }
    let mut fill = offsets.clone();
    let mut backlinks = vec![Backlink { from: RecordId(0), field: Field::Id }; total as usize];
    for (index, record) in records.iter().enumerate() {
        for (field, target) in record.links() {
            let slot = &mut fill[target.index()];
            backlinks[*slot as usize] = Backlink { from: RecordId::from_usize(index), field };
            *slot += 1;
        }
    }
    let kind_order = |kind: Kind| Kind::ALL.iter().position(|k| *k == kind).unwrap_or(usize::MAX);
    for target in 0..records.len() {
        let slice = &mut backlinks[offsets[target] as usize..offsets[target + 1] as usize];
        slice.sort_by_key(|b| {
            (kind_order(records[b.from.index()].kind), b.field, name_rank[b.from.index()])
        });
    }
    for target in 0..records.len() {
        let slice = &backlinks[offsets[target] as usize..offsets[target + 1] as usize];
        if slice.len() > super::COUNTED_AT_LOAD {
            let counts = super::count_referrers(slice, |from| records[from.index()].kind);
            catalog.referrer_counts.insert(RecordId::from_usize(target), counts);
        }
    }
    catalog.by_kind = by_kind;
    catalog.backlink_offsets = offsets;
    catalog.backlinks = backlinks;
    catalog.records = records;
}
