//! What changed between two editions of a catalogue: records added, removed and changed, matched
//! by id, with each change field by field (a spec key by key). Countries are left out: they are
//! made from the names other records give, so they change only when those records do.
//!
//! [`Earlier`] keeps the old edition beside the catalogue it is compared with (`--compare-to`),
//! for the browser and `show`: how each record stands ([`Edition`]), what a changed record's
//! fields were ([`shown`]), and the removed records as they were.

use std::path::Path;
use std::sync::Arc;

use crate::catalog::{Catalog, Field, Kind, Record, RecordId, ValueRef};

mod shown;
pub use shown::{ShownChange, shown};

/// Where a change is: a whole field, or one entry of a table (`specs`, `figures`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum At {
    Field(Field),
    Entry(Field, String),
}

/// One field that differs; `None` where the edition does not have it. `old` and `new` are the
/// values as text for people; `at` says where they are, for the JSON encoder to write them
/// with their structure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldChange {
    /// The field's key, or `specs.KEY` / `figures.KEY` for one entry of a table.
    pub field: String,
    pub at: At,
    pub old: Option<String>,
    pub new: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Changed {
    /// The record in the new edition.
    pub record: RecordId,
    /// The same record in the old edition.
    pub before: RecordId,
    pub changes: Vec<FieldChange>,
}

/// The differences, each list in the order of its edition's records (kind, then name).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Diff {
    /// Records of the new edition the old one lacks.
    pub added: Vec<RecordId>,
    /// Records of the old edition the new one lacks (ids in the old catalogue).
    pub removed: Vec<RecordId>,
    pub changed: Vec<Changed>,
}

impl Diff {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

/// How a record of the new edition stands against the old one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Edition {
    #[default]
    Same,
    New,
    Changed,
}

impl Edition {
    /// The values the `edition` facet takes, in the order it lists them.
    pub const CHOSEN: [Edition; 2] = [Edition::New, Edition::Changed];

    /// The word a program reads and a user types (`--where edition=new`, `"edition": "new"`).
    pub fn key(self) -> &'static str {
        match self {
            Edition::Same => "same",
            Edition::New => "new",
            Edition::Changed => "changed",
        }
    }
}

/// Per record of the new edition (by index), how it stands against the old one.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Editions(Vec<Edition>);

impl Editions {
    /// What `found` says of each of the `records` records of the new edition.
    pub fn of(found: &Diff, records: usize) -> Editions {
        let mut editions = vec![Edition::Same; records];
        for &record in &found.added {
            if let Some(slot) = editions.get_mut(record.index()) {
                *slot = Edition::New;
            }
        }
        for changed in &found.changed {
            if let Some(slot) = editions.get_mut(changed.record.index()) {
                *slot = Edition::Changed;
            }
        }
        Editions(editions)
    }

    pub fn get(&self, record: RecordId) -> Edition {
        self.0.get(record.index()).copied().unwrap_or_default()
    }
}

/// A catalogue's worth of records is not worth printing in a failed assertion.
impl std::fmt::Debug for Editions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let count = |edition| self.0.iter().filter(|e| **e == edition).count();
        write!(f, "Editions({} new, {} changed)", count(Edition::New), count(Edition::Changed))
    }
}

/// An earlier edition kept whole beside the catalogue it is compared with, read-only: what
/// changed since, how each record stands, and the records that are gone, as they were.
pub struct Earlier {
    /// What people call it: the folder's (or file's) name.
    name: String,
    catalog: Arc<Catalog>,
    diff: Diff,
    editions: Arc<Editions>,
    /// Per record of the new edition (by index), its entry in `diff.changed`.
    changed_at: Vec<Option<u32>>,
}

impl Earlier {
    /// `old`, read from `path`, compared with `new`.
    pub fn new(path: &Path, old: Catalog, new: &Catalog) -> Earlier {
        let found = diff(&old, new);
        let editions = Arc::new(Editions::of(&found, new.len()));
        let mut changed_at = vec![None; new.len()];
        for (at, changed) in found.changed.iter().enumerate() {
            if let Some(slot) = changed_at.get_mut(changed.record.index()) {
                *slot = u32::try_from(at).ok();
            }
        }
        let name = path
            .file_name()
            .map_or_else(|| path.display().to_string(), |name| name.to_string_lossy().into_owned());
        Earlier { name, catalog: Arc::new(old), diff: found, editions, changed_at }
    }

    /// The edition's name for people ("bamex-2024"), as the data gives it: unsanitised.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The old catalogue, which the removed records' ids are ids in.
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    pub fn diff(&self) -> &Diff {
        &self.diff
    }

    /// How each record of the new edition stands, shared with the filters that narrow by it.
    pub fn editions(&self) -> &Arc<Editions> {
        &self.editions
    }

    pub fn edition_of(&self, record: RecordId) -> Edition {
        self.editions.get(record)
    }

    /// What changed in `record` (of the new edition), when it did.
    pub fn changed(&self, record: RecordId) -> Option<&Changed> {
        let at = self.changed_at.get(record.index()).copied().flatten()?;
        self.diff.changed.get(at as usize)
    }

    /// What changed in `record` of `new` (the catalogue this edition is compared with), as its
    /// page shows it; `None` when it did not change.
    pub fn shown_changes(&self, new: &Catalog, record: RecordId) -> Option<Vec<ShownChange>> {
        self.changed(record).map(|changed| shown(&self.catalog, new, changed))
    }

    /// The records that are gone, as ids in [`Earlier::catalog`], by kind then name.
    pub fn removed_records(&self) -> &[RecordId] {
        &self.diff.removed
    }

    /// The old edition's record `given` (its id, or a name or alias only it had there, as
    /// `show` reads one) when the new one no longer has it.
    pub fn removed(&self, given: &str) -> Option<RecordId> {
        let record = match self.catalog.named(given) {
            crate::catalog::Named::One(record) => record,
            _ => self.catalog.find(given)?,
        };
        self.diff.removed.contains(&record).then_some(record)
    }
}

/// Compare `old` with `new`.
pub fn diff(old: &Catalog, new: &Catalog) -> Diff {
    let mut result = Diff::default();
    for kind in Kind::ALL.into_iter().filter(|kind| *kind != Kind::Country) {
        for &record in new.of_kind(kind) {
            let id = new.get(record).id();
            match old.find(id).filter(|&before| old.get(before).kind() == kind) {
                None => result.added.push(record),
                Some(before) => {
                    let changes = fields_changed(old, old.get(before), new, new.get(record));
                    if !changes.is_empty() {
                        result.changed.push(Changed { record, before, changes });
                    }
                }
            }
        }
        for &record in old.of_kind(kind) {
            let id = old.get(record).id();
            if new.find(id).is_none_or(|after| new.get(after).kind() != kind) {
                result.removed.push(record);
            }
        }
    }
    result
}

/// One comparable value: its key, where it is, and its text.
type Pair = (String, At, String);

/// The record's fields as comparable pairs, tables split into one pair per entry.
fn comparable(catalog: &Catalog, record: Record<'_>) -> Vec<Pair> {
    let whole = |field: Field, text: String| (field.key().to_owned(), At::Field(field), text);
    let mut pairs = vec![whole(Field::Name, record.name().to_owned())];
    for (field, value) in record.fields() {
        match value {
            ValueRef::Specs(table) => {
                for (key, scalar) in table.iter() {
                    let at = At::Entry(field, key.to_owned());
                    pairs.push((format!("{}.{key}", field.key()), at, scalar.to_string()));
                }
            }
            // Links compare by the target's id, so renaming a record is one change, not one
            // on every record that refers to it; a country is known by its name.
            ValueRef::Link(target) => pairs.push(whole(field, link_text(catalog, *target))),
            ValueRef::Links(targets) => {
                let texts: Vec<String> = targets.iter().map(|&t| link_text(catalog, t)).collect();
                pairs.push(whole(field, texts.join(", ")));
            }
            other => pairs.push(whole(field, catalog.value_text(other))),
        }
    }
    pairs
}

fn link_text(catalog: &Catalog, target: RecordId) -> String {
    let record = catalog.get(target);
    if record.kind() == Kind::Country { record.name().to_owned() } else { record.id().to_owned() }
}

fn fields_changed(
    old_catalog: &Catalog,
    old: Record<'_>,
    new_catalog: &Catalog,
    new: Record<'_>,
) -> Vec<FieldChange> {
    let before = comparable(old_catalog, old);
    let after = comparable(new_catalog, new);
    let lookup = |pairs: &[Pair], key: &str| {
        pairs.iter().find(|(k, _, _)| k == key).map(|(_, _, v)| v.clone())
    };
    let mut changes = Vec::new();
    // In the new edition's field order, then what only the old one had.
    for (key, at, value) in &after {
        let was = lookup(&before, key);
        if was.as_ref() != Some(value) {
            let (field, at, new) = (key.clone(), at.clone(), Some(value.clone()));
            changes.push(FieldChange { field, at, old: was, new });
        }
    }
    for (key, at, value) in &before {
        if lookup(&after, key).is_none() {
            let (field, at, old) = (key.clone(), at.clone(), Some(value.clone()));
            changes.push(FieldChange { field, at, old, new: None });
        }
    }
    changes
}

#[cfg(test)]
mod tests;
