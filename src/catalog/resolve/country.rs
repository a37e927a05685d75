//! Countries: one record per country, whichever of its names the records write. A name the
//! country table knows ("Turkey", "Türkiye", "The Republic of Türkiye") means that country; a
//! name a `[[country]]` table declares (its `name` or an alias) means the declared one; any
//! other name is a country of its own, as written. The record's id comes from the spelling the
//! records use most (`country:turkiye`), so a catalogue that writes one spelling keeps its ids.
//!
//! Declarations are read first, so that their aliases can mean their country wherever records
//! use them; countries are then made as records name them, in the order they are first named,
//! and last the declared countries no record names.

use std::collections::{HashMap, HashSet};

use super::Resolver;
use crate::catalog::countries::{KnownCountry, known_countries, known_index, name_key};
use crate::catalog::diagnostic::Severity;
use crate::catalog::parse::{Anchored, LineCol, RawCountry, RawValue};
use crate::catalog::schema::Field;
use crate::catalog::value::{Str, Value};
use crate::catalog::{Kind, RecordId};
use crate::text::{fold, slug};

/// Which country a name means.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Key {
    /// A country of the table, by index.
    Known(usize),
    /// A country only the catalogue knows, by the slug of how it is written (as before there was
    /// a table, so such countries keep their ids).
    Written(String),
}

struct Entry {
    id: RecordId,
    key: Key,
    /// Each spelling records use (in the text), with how often; the most used one names the
    /// country. A declared country no record names has its declared name, used zero times.
    spellings: Vec<(Str, usize)>,
}

struct Declaration {
    file: usize,
    raw: RawCountry,
    key: Key,
}

/// What the resolver knows of countries while it works.
#[derive(Default)]
pub(super) struct Countries<'t> {
    entries: Vec<Entry>,
    by_key: HashMap<Key, usize>,
    /// Exact spelling → (entry, index of the spelling in it): most mentions of a country repeat
    /// a spelling already seen, and this skips folding it again.
    pub(super) spellings: HashMap<&'t str, (usize, usize)>,
    declarations: Vec<Declaration>,
    /// Declared country → its declaration.
    declared: HashMap<Key, usize>,
    /// The [`name_key`] of a declared name or alias → the country it declares or is an alias of.
    declared_names: HashMap<String, Key>,
}

/// A country record, ready to be stored.
pub(super) struct CountryRecord {
    pub id: String,
    pub name: Str,
    /// Its other names: the table's, then the catalogue's own, each once.
    pub aliases: Vec<Alias>,
    /// Its declared summary and sources, in the arena already.
    pub fields: Vec<(Field, Value)>,
    /// Where it is declared: file and line.
    pub declared_at: Option<(usize, u32)>,
}

/// An alias of a country: from the table (not in the arena yet) or from the catalogue.
pub(super) enum Alias {
    Known(&'static str),
    Written(Str),
}

impl<'t> Resolver<'t> {
    /// What `name` means: a country of the table, a declared one, or one of its own.
    fn country_key(&self, name: &str) -> Option<Key> {
        let key = name_key(name);
        if key.is_empty() {
            return None;
        }
        if let Some(index) = known_index(&key) {
            return Some(Key::Known(index));
        }
        if let Some(declared) = self.countries.declared_names.get(&key) {
            return Some(declared.clone());
        }
        Some(Key::Written(slug(name)))
    }

    /// Read the `[[country]]` tables: which country each declares, declared twice, and the
    /// aliases that will mean their country.
    pub(super) fn declare_countries(&mut self, declarations: Vec<(usize, RawCountry)>) {
        for (file, raw) in declarations {
            let name = raw.name.text.of(self.text).trim();
            let Some(key) = self.country_key(name) else {
                let message = crate::tr!("catalog-country-no-letters", name = name);
                self.report(Severity::Error, file, raw.name.at, message);
                continue;
            };
            if let Some(&first) = self.countries.declared.get(&key) {
                let first = &self.countries.declarations[first];
                let LineCol { line, column } = first.raw.name.at;
                let message = crate::tr!(
                    "catalog-country-declared-twice",
                    name = name,
                    first = first.raw.name.text.of(self.text).trim(),
                    path = &self.files[first.file],
                    line = line,
                    column = column
                );
                self.report(Severity::Error, file, raw.name.at, message);
                continue;
            }
            if !raw.has_sources {
                let message =
                    crate::tr!("catalog-no-sources", kind = Kind::Country.name(), id = name);
                self.report(Severity::Warning, file, raw.header, message);
            }
            self.countries.declared_names.entry(name_key(name)).or_insert_with(|| key.clone());
            for alias in aliases_of(&raw) {
                let alias = name_key(alias.text.of(self.text));
                if !alias.is_empty() && known_index(&alias).is_none() {
                    self.countries.declared_names.entry(alias).or_insert_with(|| key.clone());
                }
            }
            self.countries.declared.insert(key.clone(), self.countries.declarations.len());
            self.countries.declarations.push(Declaration { file, raw, key });
        }
    }

    /// The country a record names, made on first mention.
    pub(super) fn country(&mut self, file: usize, name: &Anchored) -> Option<RecordId> {
        let written = name.text.of(self.text);
        let trimmed = written.trim();
        let (entry, index) = match self.countries.spellings.get(trimmed) {
            Some(&(entry, index)) => {
                self.countries.entries[entry].spellings[index].1 += 1;
                (entry, index)
            }
            None => {
                let Some(key) = self.country_key(trimmed) else {
                    let message = crate::tr!("catalog-country-no-letters", name = written);
                    self.report(Severity::Error, file, name.at, message);
                    return None;
                };
                // The trimmed spelling, as a handle into the text (trimming only moves the ends).
                let offset = trimmed.as_ptr() as usize - written.as_ptr() as usize;
                let spelling = name.text.slice(offset, trimmed.len());
                let entry = self.country_entry(key);
                let spellings = &mut self.countries.entries[entry].spellings;
                spellings.push((spelling, 1));
                let index = spellings.len() - 1;
                self.countries.spellings.insert(trimmed, (entry, index));
                (entry, index)
            }
        };
        let entry = &self.countries.entries[entry];
        let id = entry.id;
        if index != 0 {
            let first = entry.spellings[0].0.of(self.text);
            let message = crate::tr!("catalog-country-spelling", name = trimmed, first = first);
            self.report(Severity::Warning, file, name.at, message);
        }
        Some(id)
    }

    /// The entry of the country `key` means, made if it is new.
    fn country_entry(&mut self, key: Key) -> usize {
        if let Some(&entry) = self.countries.by_key.get(&key) {
            return entry;
        }
        let id = RecordId::from_usize(self.next_id);
        self.next_id += 1;
        let entry = self.countries.entries.len();
        self.countries.by_key.insert(key.clone(), entry);
        self.countries.entries.push(Entry { id, key, spellings: Vec::new() });
        entry
    }

    /// Once every record's countries are resolved: make the declared countries no record names,
    /// warn about aliases that name another country, and give each country its record.
    pub(super) fn country_records(&mut self) -> Vec<CountryRecord> {
        for index in 0..self.countries.declarations.len() {
            let declaration = &self.countries.declarations[index];
            let (key, name) = (declaration.key.clone(), declaration.raw.name);
            let entry = self.country_entry(key);
            if self.countries.entries[entry].spellings.is_empty() {
                let written = name.text.of(self.text);
                let offset = written.len() - written.trim_start().len();
                let spelling = name.text.slice(offset, written.trim().len());
                self.countries.entries[entry].spellings.push((spelling, 0));
            }
        }
        let names: Vec<Str> = self.countries.entries.iter().map(most_used).collect();
        let ids: Vec<String> =
            names.iter().map(|name| format!("country:{}", slug(name.of(self.text)))).collect();
        self.check_country_aliases(&ids);
        let mut records = Vec::with_capacity(self.countries.entries.len());
        for (entry, (id, name)) in self.countries.entries.iter().zip(ids.into_iter().zip(names)) {
            let known = match entry.key {
                Key::Known(index) => known_countries().get(index),
                Key::Written(_) => None,
            };
            let declaration =
                self.countries.declared.get(&entry.key).map(|&d| &self.countries.declarations[d]);
            let aliases =
                aliases(self.text, name.of(self.text), known, declaration.map(|d| &d.raw));
            let fields = declaration
                .into_iter()
                .flat_map(|d| &d.raw.fields)
                .filter_map(|(field, value)| match value {
                    RawValue::Ready(value) => Some((*field, *value)),
                    _ => None,
                })
                .collect();
            let declared_at = declaration.map(|d| (d.file, d.raw.header.line));
            records.push(CountryRecord { id, name, aliases, fields, declared_at });
        }
        records
    }

    /// Warn about a declared alias that is a name of another country: the table's (that country
    /// keeps it, in references), or a country's the catalogue declares or names.
    fn check_country_aliases(&mut self, ids: &[String]) {
        let mut found = Vec::new();
        for declaration in &self.countries.declarations {
            for alias in aliases_of(&declaration.raw) {
                let text = alias.text.of(self.text);
                let key = name_key(text);
                if key.is_empty() {
                    continue;
                }
                let other = match known_index(&key) {
                    Some(index) => Key::Known(index),
                    None => match self.countries.declared_names.get(&key) {
                        Some(other) => other.clone(),
                        None => Key::Written(slug(text)),
                    },
                };
                if other == declaration.key {
                    continue;
                }
                let message = match (self.countries.by_key.get(&other), &other) {
                    (Some(&entry), _) => {
                        crate::tr!("catalog-country-alias-taken", alias = text, owner = &ids[entry])
                    }
                    (None, Key::Known(index)) => {
                        let country = &known_countries()[*index];
                        crate::tr!(
                            "catalog-country-alias-other",
                            alias = text,
                            country = country.short_name
                        )
                    }
                    (None, Key::Written(_)) => continue,
                };
                found.push((declaration.file, alias.at, message));
            }
        }
        for (file, at, message) in found {
            self.report(Severity::Warning, file, at, message);
        }
    }
}

/// The spelling that names a country: the most used, the first seen of those used as often.
fn most_used(entry: &Entry) -> Str {
    let mut best = entry.spellings[0];
    for spelling in &entry.spellings[1..] {
        if spelling.1 > best.1 {
            best = *spelling;
        }
    }
    best.0
}

/// The aliases a `[[country]]` table writes.
fn aliases_of(raw: &RawCountry) -> impl Iterator<Item = &Anchored> {
    raw.fields.iter().flat_map(|(_, value)| match value {
        RawValue::Aliases(_, list) => list.as_slice(),
        _ => &[],
    })
}

/// A country's aliases: the table's names and demonyms ([`KnownCountry::aliases`]), then the
/// catalogue's own (the name a `[[country]]` table gives, and its aliases), each once by its
/// folded form, and none the same as the name shown.
fn aliases(
    text: &str,
    name: &str,
    known: Option<&'static KnownCountry>,
    declared: Option<&RawCountry>,
) -> Vec<Alias> {
    let mut seen: HashSet<String> = HashSet::from([fold(name)]);
    let mut out = Vec::new();
    for known in known.into_iter().flat_map(KnownCountry::aliases) {
        if seen.insert(fold(known)) {
            out.push(Alias::Known(known));
        }
    }
    let declared =
        declared.into_iter().flat_map(|raw| std::iter::once(&raw.name).chain(aliases_of(raw)));
    for alias in declared {
        if seen.insert(fold(alias.text.of(text).trim())) {
            out.push(Alias::Written(alias.text));
        }
    }
    out
}
