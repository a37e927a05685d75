//! The whole catalogue at once: ids made unique, countries made into records, references
//! resolved into links (with the wrong-kind and did-you-mean checks), records indexed by id and
//! kind, and the backlink table built.

use std::collections::HashMap;

use super::diagnostic::{Diagnostic, Location, Severity};
use super::parse::{Located, ParsedFile, Pos, RawRecord, RawValue};
use super::schema::{self, Field, FieldType};
use super::suggest::did_you_mean;
use super::value::Value;
use super::{Backlink, Catalog, Kind, Loaded, Origin, Record, RecordId};
use crate::text::slug;

struct Raw {
    file: usize,
    record: RawRecord,
    /// Global index of the parent record (a schedule item's event).
    parent: Option<usize>,
}

/// A country as it is gathered from the names records use.
struct CountryEntry {
    id: RecordId,
    /// Each spelling seen, with how often; the most used one names the country.
    spellings: Vec<(Box<str>, usize)>,
}

struct Resolver<'a> {
    files: &'a [String],
    raws: &'a [Raw],
    /// Raw index → record id, for records that survived (valid and not a duplicate).
    kept: Vec<Option<RecordId>>,
    id_to_raw: HashMap<&'a str, usize>,
    countries: HashMap<String, CountryEntry>,
    country_order: Vec<String>,
    next_country: usize,
    diagnostics: Vec<(usize, Diagnostic)>,
    /// Per file, the line from which problems are echoes of a syntax error (see `parse`).
    quiet_from_line: Vec<Option<u32>>,
}

pub(super) fn resolve(files: Vec<String>, parsed: Vec<ParsedFile>) -> Loaded {
    let mut raws = Vec::new();
    let mut diagnostics: Vec<(usize, Diagnostic)> = Vec::new();
    let mut quiet_from_line = vec![None; files.len()];
    for file in parsed {
        quiet_from_line[file.file] = file.quiet_from_line;
        let offset = raws.len();
        diagnostics.extend(file.diagnostics.into_iter().map(|d| (file.file, d)));
        raws.extend(file.records.into_iter().map(|record| Raw {
            file: file.file,
            parent: record.parent.map(|local| local + offset),
            record,
        }));
    }

    let mut resolver = Resolver {
        files: &files,
        raws: &raws,
        kept: vec![None; raws.len()],
        id_to_raw: HashMap::with_capacity(raws.len()),
        countries: HashMap::new(),
        country_order: Vec::new(),
        next_country: 0,
        diagnostics,
        quiet_from_line,
    };
    resolver.assign_ids();
    let mut records = resolver.build_records();
    records.extend(resolver.country_records());

    let mut catalog = Catalog { files: files.clone(), ..Catalog::default() };
    index(&mut catalog, records);
    let mut diagnostics = resolver.diagnostics;
    diagnostics.sort_by(|(fa, a), (fb, b)| {
        (fa, a.location.line, a.location.column).cmp(&(fb, b.location.line, b.location.column))
    });
    Loaded { catalog, diagnostics: diagnostics.into_iter().map(|(_, d)| d).collect() }
}

impl<'a> Resolver<'a> {
    fn report(&mut self, severity: Severity, file: usize, pos: Pos, message: String) {
        if self.quiet_from_line[file].is_some_and(|line| pos.line >= line) {
            return;
        }
        let location =
            Location { path: self.files[file].clone(), line: pos.line, column: pos.column };
        self.diagnostics.push((file, Diagnostic { severity, location, message }));
    }

    fn location(&self, raw: usize) -> String {
        let Raw { file, record, .. } = &self.raws[raw];
        format!("{}:{}:{}", self.files[*file], record.id.pos.line, record.id.pos.column)
    }

    /// First definition of an id wins; later ones are errors that name the first.
    fn assign_ids(&mut self) {
        let mut next = 0;
        for (index, raw) in self.raws.iter().enumerate() {
            let id: &str = &raw.record.id.text;
            if let Some(&first) = self.id_to_raw.get(id) {
                let first_record = &self.raws[first].record;
                let message = format!(
                    "duplicate id `{id}`: already used by {} `{}` at {}",
                    first_record.kind,
                    first_record.name,
                    self.location(first)
                );
                self.report(Severity::Error, raw.file, raw.record.id.pos, message);
                continue;
            }
            self.id_to_raw.insert(id, index);
            self.kept[index] = Some(RecordId::from_usize(next));
            next += 1;
        }
        self.next_country = next;
    }

    fn build_records(&mut self) -> Vec<Record> {
        let mut records = Vec::with_capacity(self.next_country);
        for index in 0..self.raws.len() {
            if self.kept[index].is_none() {
                continue;
            }
            let raws = self.raws;
            let Raw { file, record: raw, parent } = &raws[index];
            let mut fields = Vec::with_capacity(raw.fields.len() + 1);
            if let Some(event) = parent.and_then(|parent| self.kept[parent]) {
                fields.push((Field::Event, Value::Link(event)));
            }
            for (field, value) in &raw.fields {
                if let Some(value) = self.resolve_value(*file, raw.kind, *field, value) {
                    fields.push((*field, value));
                }
            }
            fields.sort_by_key(|(field, _)| schema::position(raw.kind, *field));
            if !raw.has_sources {
                let message = format!(
                    "{} `{}` has no sources: say where its facts come from",
                    raw.kind, raw.id.text
                );
                self.report(Severity::Warning, *file, raw.header, message);
            }
            records.push(Record {
                id: raw.id.text.clone(),
                kind: raw.kind,
                name: raw.name.clone(),
                fields,
                origin: Some(Origin {
                    file: u32::try_from(*file).unwrap_or(u32::MAX),
                    line: raw.header.line,
                }),
            });
        }
        records
    }

    fn resolve_value(
        &mut self,
        file: usize,
        kind: Kind,
        field: Field,
        value: &RawValue,
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
            RawValue::Ready(value) => Some(value.clone()),
            RawValue::Ref(target) => self.reference(file, field, allowed, target).map(Value::Link),
            RawValue::Refs(targets) => Some(Value::Links(
                targets
                    .iter()
                    .filter_map(|target| self.reference(file, field, allowed, target))
                    .collect(),
            )),
            RawValue::Country(name) => self.country(file, name).map(Value::Link),
            RawValue::Countries(names) => Some(Value::Links(
                names.iter().filter_map(|name| self.country(file, name)).collect(),
            )),
            RawValue::Operators(names) => Some(Value::Links(
                names.iter().filter_map(|name| self.operator(file, name)).collect(),
            )),
        }
    }

    fn reference(
        &mut self,
        file: usize,
        field: Field,
        allowed: &[Kind],
        target: &Located,
    ) -> Option<RecordId> {
        let wanted = allowed.iter().map(|kind| kind.name()).collect::<Vec<_>>().join(" or ");
        match self.id_to_raw.get(&*target.text) {
            Some(&raw) => {
                let found = self.raws[raw].record.kind;
                if allowed.contains(&found) {
                    return self.kept[raw];
                }
                let message =
                    format!("`{field}` must name a {wanted}, but `{}` is a {found}", target.text);
                self.report(Severity::Error, file, target.pos, message);
            }
            None => {
                let raws = self.raws;
                let candidates = raws
                    .iter()
                    .filter(|raw| allowed.contains(&raw.record.kind))
                    .map(|raw| &*raw.record.id.text);
                let mut message = format!("`{field}` refers to unknown {wanted} `{}`", target.text);
                if let Some(guess) = did_you_mean(&target.text, candidates) {
                    message.push_str(&format!("; did you mean `{guess}`?"));
                }
                self.report(Severity::Error, file, target.pos, message);
            }
        }
        None
    }

    /// An operator is an organisation when it is an organisation's id, and a country otherwise.
    fn operator(&mut self, file: usize, name: &Located) -> Option<RecordId> {
        if let Some(&raw) = self.id_to_raw.get(&*name.text)
            && self.raws[raw].record.kind == Kind::Organisation
        {
            return self.kept[raw];
        }
        let looks_like_id = super::parse::id_problem(&name.text).is_none();
        if looks_like_id {
            let raws = self.raws;
            let organisations = raws
                .iter()
                .filter(|raw| raw.record.kind == Kind::Organisation)
                .map(|raw| &*raw.record.id.text);
            if let Some(guess) = did_you_mean(&name.text, organisations) {
                let message = format!(
                    "operator `{}` is not an organisation id, so it is read as a country; did you mean `{guess}`?",
                    name.text
                );
                self.report(Severity::Warning, file, name.pos, message);
            }
        }
        self.country(file, name)
    }

    fn country(&mut self, file: usize, name: &Located) -> Option<RecordId> {
        let trimmed = name.text.trim();
        let key = slug(trimmed);
        if key.is_empty() {
            let message = format!("country `{}` has no letters or digits", name.text);
            self.report(Severity::Error, file, name.pos, message);
            return None;
        }
        if let Some(entry) = self.countries.get_mut(&key) {
            let first = entry.spellings[0].0.clone();
            match entry.spellings.iter_mut().find(|(spelling, _)| **spelling == *trimmed) {
                Some((_, count)) => *count += 1,
                None => entry.spellings.push((trimmed.into(), 1)),
            }
            let id = entry.id;
            if *first != *trimmed {
                let message =
                    format!("country `{trimmed}` is written `{first}` elsewhere; use one spelling");
                self.report(Severity::Warning, file, name.pos, message);
            }
            return Some(id);
        }
        let id = RecordId::from_usize(self.next_country);
        self.next_country += 1;
        self.countries
            .insert(key.clone(), CountryEntry { id, spellings: vec![(trimmed.into(), 1)] });
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

/// Fill the catalogue's indexes: by id, by kind (sorted by folded name), and backlinks as one
/// flat array with offsets, so a million records cost two allocations rather than a million.
fn index(catalog: &mut Catalog, records: Vec<Record>) {
    let mut by_kind: Vec<Vec<RecordId>> = vec![Vec::new(); Kind::ALL.len()];
    let mut counts = vec![0u32; records.len() + 1];
    for (index, record) in records.iter().enumerate() {
        let id = RecordId::from_usize(index);
        catalog.by_id.insert(record.id.clone(), id);
        by_kind[record.kind.index()].push(id);
        for (_, target) in record.links() {
            counts[target.index()] += 1;
        }
    }
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
    for ids in &mut by_kind {
        let mut keyed: Vec<_> =
            ids.iter().map(|&id| (Catalog::sort_key(&records[id.index()]), id)).collect();
        keyed.sort();
        *ids = keyed.into_iter().map(|(_, id)| id).collect();
    }
    catalog.by_kind = by_kind;
    catalog.backlink_offsets = offsets;
    catalog.backlinks = backlinks;
    catalog.records = records;
}
