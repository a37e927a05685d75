//! A change as a record's page shows it (the browser's and `show`'s "Changed since OLD"):
//! each edition's value as the page shows values, item by item, and as one line for people.

use super::{At, Changed};
use crate::catalog::{Catalog, Field, RecordId, ValueRef};
use crate::text::sanitize_line;

/// One change as a record's page shows it: the field's label in the reader's language, and each
/// edition's value as its page shows it — a list as its items, a link by its target's name —
/// with no items where the edition has none. Data text, not yet sanitised.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShownChange {
    pub label: String,
    pub old: Vec<String>,
    pub new: Vec<String>,
}

/// The changes of `changed` as people read them, old from `old`, new from `new`.
pub fn shown(old: &Catalog, new: &Catalog, changed: &Changed) -> Vec<ShownChange> {
    changed
        .changes
        .iter()
        .map(|change| {
            let label = match &change.at {
                At::Field(field) => field.label().to_owned(),
                At::Entry(field, key) => format!("{} · {key}", field.label()),
            };
            let old = change
                .old
                .as_ref()
                .map_or_else(Vec::new, |_| items(old, changed.before, &change.at));
            let new = change
                .new
                .as_ref()
                .map_or_else(Vec::new, |_| items(new, changed.record, &change.at));
            ShownChange { label, old, new }
        })
        .collect()
}

/// The value at `at` of `record` as its page shows it, item by item.
fn items(catalog: &Catalog, record: RecordId, at: &At) -> Vec<String> {
    let shown = catalog.get(record);
    let field = match at {
        At::Field(Field::Name) => return vec![shown.name().to_owned()],
        At::Field(field) => *field,
        At::Entry(field, key) => {
            return match shown.get(*field) {
                Some(ValueRef::Specs(table)) => table
                    .iter()
                    .filter(|(k, _)| k == key)
                    .map(|(_, scalar)| scalar.to_string())
                    .collect(),
                _ => Vec::new(),
            };
        }
    };
    match shown.get(field) {
        None => Vec::new(),
        Some(ValueRef::TextList(list)) => list.iter().map(str::to_owned).collect(),
        Some(ValueRef::Link(target)) => vec![catalog.get(*target).name().to_owned()],
        Some(ValueRef::Links(targets)) => {
            targets.iter().map(|&target| catalog.get(target).name().to_owned()).collect()
        }
        Some(value) => vec![catalog.field_text(record, field, value)],
    }
}

impl ShownChange {
    /// "Stand: B-112 → B-120" for people, in the reader's language and sanitised: a list's
    /// items joined by commas, "(none)" for an edition without the value.
    pub fn line(&self) -> String {
        let side = |items: &[String]| {
            if items.is_empty() {
                crate::tr!("cli-diff-none").to_owned()
            } else {
                sanitize_line(&items.join(", ")).into_owned()
            }
        };
        crate::tr!(
            "edition-change",
            field = sanitize_line(&self.label),
            old = side(&self.old),
            new = side(&self.new)
        )
    }
}
