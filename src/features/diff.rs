//! What changed between two editions of a catalogue: records added, removed and changed, matched
//! by id, with each change field by field (a spec key by key). Countries are left out: they are
//! made from the names other records give, so they change only when those records do.

use crate::catalog::{Catalog, Field, Kind, Record, RecordId, ValueRef};

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
