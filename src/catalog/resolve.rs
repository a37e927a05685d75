//! The whole catalogue at once: ids made unique, countries made into records (`country`),
//! references resolved into links (with the wrong-kind and did-you-mean checks, `reference`),
//! records indexed by id and kind, and the backlink table built (`index`).
//!
//! Every file's arena is appended to the catalogue's first, so from then on all strings are in
//! their final place: the id map borrows them there, and nothing is copied twice.

mod country;
mod index;
mod reference;

use std::collections::HashMap;

use super::diagnostic::{Diagnostic, Location, Severity};
use super::parse::{LineCol, ParsedFile, RawCountry, RawRecord, RawValue};
use super::schema::{self, Field, FieldType};
use super::value::{Arena, Str, Value};
use super::{Catalog, Kind, Loaded, Origin, RecordId, Stored};

/// How many "did you mean" guesses one load works out (see `Resolver::suggestions_left`).
const SUGGESTIONS: usize = 200;

struct Resolver<'t> {
    files: Vec<String>,
    /// Per file, the line from which problems are echoes of a syntax error (see `parse`).
    quiet_from_line: Vec<Option<u32>>,
    /// The catalogue's text, final: every handle below points into it.
    text: &'t str,
    links: &'t mut Vec<RecordId>,
    /// Per raw record: its file and kind.
    file_of: Vec<usize>,
    kind_of: Vec<Kind>,
    /// Raw index → record id, for records that survived (valid and not a duplicate).
    kept: Vec<Option<RecordId>>,
    id_to_raw: HashMap<&'t str, usize>,
    countries: country::Countries<'t>,
    next_id: usize,
    diagnostics: Vec<(usize, Diagnostic)>,
    /// How many more "did you mean" suggestions this load may work out. Each compares against
    /// every id of a kind, so a catalogue with thousands of misspelt references would be
    /// quadratic: past the budget, the errors are still reported, without a guess.
    suggestions_left: std::cell::Cell<usize>,
    /// Folded name or alias → the id of the record that has it and whether it is an alias;
    /// built on the first alias seen, so catalogues without aliases never pay for it.
    known_names: Option<HashMap<String, (&'t str, bool)>>,
    /// Folded alias → every record that has it, for aliases more than one record has.
    shared_aliases: HashMap<String, Vec<&'t str>>,
    /// References to no id, reported once every alias is known: a reference that is an alias
    /// says whose.
    unknown: Vec<Unknown>,
}

/// A reference to no id, waiting to be reported.
struct Unknown {
    file: usize,
    at: LineCol,
    /// The field that refers, and what it takes ("company or organisation"): "`maker` refers
    /// to unknown company `tb2`".
    field: Field,
    wanted: String,
    id: String,
    allowed: Vec<Kind>,
}

/// Resolve the parsed files of a catalogue; `files` are their paths as shown, in file order.
pub(super) fn resolve(files: Vec<String>, parsed: Vec<ParsedFile>) -> Loaded {
    let mut arena = Arena::default();
    let mut raws: Vec<(RawRecord, Option<usize>)> = Vec::new();
    let mut file_of = Vec::new();
    let mut quiet_from_line = vec![None; files.len()];
    let mut diagnostics = Vec::new();
    let mut declarations: Vec<(usize, RawCountry)> = Vec::new();
    arena.reserve_for(parsed.iter().map(|file| &file.arena));
    raws.reserve(parsed.iter().map(|file| file.records.len()).sum());
    for file in parsed {
        let offset = raws.len();
        quiet_from_line[file.file] = file.quiet_from_line;
        diagnostics.extend(file.diagnostics.into_iter().map(|d| (file.file, d)));
        let rebase = arena.append(file.arena);
        for mut record in file.records {
            record.rebase(rebase);
            file_of.push(file.file);
            let parent = record.parent.map(|local| local + offset);
            raws.push((record, parent));
        }
        for mut declaration in file.countries {
            declaration.rebase(rebase);
            declarations.push((file.file, declaration));
        }
    }

    let (text, links) = arena.text_and_links();
    let mut resolver = Resolver {
        quiet_from_line,
        files,
        text,
        links,
        kind_of: raws.iter().map(|(record, _)| record.kind).collect(),
        file_of,
        kept: Vec::new(),
        id_to_raw: HashMap::new(),
        countries: country::Countries::default(),
        next_id: 0,
        diagnostics,
        suggestions_left: std::cell::Cell::new(SUGGESTIONS),
        known_names: None,
        shared_aliases: HashMap::new(),
        unknown: Vec::new(),
    };
    resolver.assign_ids(&raws);
    resolver.declare_countries(declarations);
    let (mut stored, mut fields) = resolver.build_records(raws);
    resolver.report_unknown_references();
    let countries = resolver.country_records();
    let Resolver { files, diagnostics: mut found, .. } = resolver;
    for country in countries {
        let first_field = fields.len();
        if !country.aliases.is_empty() {
            let aliases: Vec<Str> = country
                .aliases
                .iter()
                .map(|alias| match alias {
                    country::Alias::Known(name) => arena.str(name),
                    country::Alias::Written(name) => *name,
                })
                .collect();
            fields.push((Field::Aliases, Value::TextList(arena.strs(aliases))));
        }
        fields.extend(country.fields);
        fields[first_field..].sort_by_key(|(field, _)| schema::position(Kind::Country, *field));
        stored.push(Stored {
            id: arena.str(&country.id),
            name: country.name,
            kind: Kind::Country,
            first_field: u32::try_from(first_field).expect("fewer than 2^32 fields"),
            field_count: u32::try_from(fields.len() - first_field).expect("few fields per record"),
            origin: country
                .declared_at
                .map(|(file, line)| Origin { file: u32::try_from(file).unwrap_or(u32::MAX), line }),
        });
    }
    arena.shrink_to_fit();

    let mut catalog = Catalog { arena, stored, fields, files, ..Catalog::default() };
    index::index(&mut catalog);
    found.extend(super::floor::check(&catalog));
    found.sort_by(|(fa, a), (fb, b)| {
        (fa, a.location.line, a.location.column).cmp(&(fb, b.location.line, b.location.column))
    });
    Loaded { catalog, diagnostics: found.into_iter().map(|(_, d)| d).collect() }
}

impl<'t> Resolver<'t> {
    fn report(&mut self, severity: Severity, file: usize, at: LineCol, message: String) {
        let LineCol { line, column } = at;
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
            let id = record.id.text.of(self.text);
            if let Some(&first) = self.id_to_raw.get(id) {
                let (first_record, _) = &raws[first];
                let LineCol { line, column } = first_record.id.at;
                let message = crate::tr!(
                    "catalog-duplicate-id",
                    id = id,
                    kind = first_record.kind.name(),
                    name = first_record.name.of(self.text),
                    path = &self.files[self.file_of[first]],
                    line = line,
                    column = column
                );
                self.report(Severity::Error, self.file_of[index], record.id.at, message);
                continue;
            }
            self.id_to_raw.insert(id, index);
            self.kept[index] = Some(RecordId::from_usize(self.next_id));
            self.next_id += 1;
        }
    }

    fn build_records(
        &mut self,
        raws: Vec<(RawRecord, Option<usize>)>,
    ) -> (Vec<Stored>, Vec<(Field, Value)>) {
        let mut stored = Vec::with_capacity(self.next_id);
        let mut fields: Vec<(Field, Value)> = Vec::with_capacity(raws.len() * 6);
        // Every kept record's id and name, for checking aliases against; empty without aliases.
        let has_aliases = raws
            .iter()
            .any(|(raw, _)| raw.fields.iter().any(|(field, _)| *field == Field::Aliases));
        let names: Vec<(&'t str, &'t str)> = if has_aliases {
            raws.iter()
                .enumerate()
                .filter(|(index, _)| self.kept[*index].is_some())
                .map(|(_, (raw, _))| (raw.id.text.of(self.text), raw.name.of(self.text)))
                .collect()
        } else {
            Vec::new()
        };
        for (index, (raw, parent)) in raws.into_iter().enumerate() {
            if self.kept[index].is_none() {
                continue;
            }
            let file = self.file_of[index];
            let first_field = fields.len();
            // The link to the record a nested one belongs to: a schedule item's event, a stand's
            // hall; the schema names the field.
            let parent_field = schema::fields_of(raw.kind).iter().find_map(|spec| match spec.ty {
                FieldType::Parent(_) => Some(spec.field),
                _ => None,
            });
            if let (Some(field), Some(owner)) =
                (parent_field, parent.and_then(|parent| self.kept[parent]))
            {
                fields.push((field, Value::Link(owner)));
            }
            for (field, value) in raw.fields {
                if let RawValue::Aliases(_, aliases) = &value {
                    self.check_aliases(file, raw.id.text.of(self.text), aliases, &names);
                }
                if let Some(value) = self.resolve_value(file, raw.kind, field, value) {
                    fields.push((field, value));
                }
            }
            fields[first_field..].sort_by_key(|(field, _)| schema::position(raw.kind, *field));
            if !raw.has_sources {
                let id = raw.id.text.of(self.text);
                let message = crate::tr!("catalog-no-sources", kind = raw.kind.name(), id = id);
                self.report(Severity::Warning, file, raw.header, message);
            }
            let line = raw.header.line;
            stored.push(Stored {
                id: raw.id.text,
                name: raw.name,
                kind: raw.kind,
                first_field: u32::try_from(first_field).expect("fewer than 2^32 fields"),
                field_count: u32::try_from(fields.len() - first_field)
                    .expect("few fields per record"),
                origin: Some(Origin { file: u32::try_from(file).unwrap_or(u32::MAX), line }),
            });
        }
        fields.shrink_to_fit();
        (stored, fields)
    }
}
