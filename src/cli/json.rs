//! JSON output for programs. Strings keep exactly the data's values — scripts need the real
//! ones — but anything a terminal would act on is written as a `\uXXXX` escape, so printing the
//! JSON to a terminal is as safe as the plain output. Records and their values are written by
//! the one encoder, `export::json`, whichever command prints them.

use std::io::{self, Write};

use serde_json::{Value as Json, json};

use crate::catalog::{Catalog, RecordId};
pub use crate::export::json::{record, records};
use crate::features::diff::{At, Earlier};
use crate::search::{Hit, SearchIndex};

pub fn print(out: &mut dyn Write, value: &Json) -> io::Result<()> {
    out.write_all(crate::export::json::text(value).as_bytes())
}

/// `check --json`: the counts `check` sums up, and every diagnostic as an object.
pub fn check(loaded: &crate::catalog::Loaded) -> Json {
    let diagnostics: Vec<Json> = loaded
        .diagnostics
        .iter()
        .map(|diagnostic| {
            json!({
                "path": diagnostic.location.path,
                "line": diagnostic.location.line,
                "column": diagnostic.location.column,
                "severity": diagnostic.severity.as_str(),
                "message": diagnostic.message,
            })
        })
        .collect();
    json!({
        "files": loaded.catalog.files().len(),
        "records": loaded.catalog.len(),
        "errors": loaded.error_count(),
        "warnings": loaded.warning_count(),
        "diagnostics": diagnostics,
    })
}

/// `info --json`: the catalogue's title, its events in full, and how many records of each
/// kind it holds (every kind, with 0 for none, so a script need not test for a key).
pub fn overview(catalog: &Catalog) -> Json {
    let events: Vec<Json> = catalog.events().iter().map(|&id| record(catalog, id, false)).collect();
    let counts: serde_json::Map<String, Json> = crate::catalog::Kind::ALL
        .iter()
        .map(|&kind| (kind.name().to_owned(), json!(catalog.of_kind(kind).len())))
        .collect();
    json!({
        "title": catalog.title(),
        "events": events,
        "files": catalog.files().len(),
        "records": catalog.len(),
        "kinds": counts,
    })
}

pub fn hits(catalog: &Catalog, index: &SearchIndex, hits: &[Hit], query: &str) -> Json {
    Json::Array(
        hits.iter()
            .map(|hit| {
                let record = catalog.get(hit.record);
                let mut found = json!({
                    "id": record.id(),
                    "kind": record.kind().name(),
                    "name": record.name(),
                    "score": hit.score,
                    "matched": hit.field.as_str(),
                    "context": catalog.context(hit.record),
                });
                if let Some(alias) = index.matched_alias(catalog, hit, query) {
                    found["alias"] = json!(alias);
                }
                found
            })
            .collect(),
    )
}

/// `showfloor diff --json`: each change's `old` and `new` as the record encoder writes the
/// value (arrays as arrays, references as ids), `null` where the edition has none.
pub fn diff(old: &Catalog, new: &Catalog, found: &crate::features::diff::Diff) -> Json {
    let brief = |catalog: &Catalog, record: RecordId| {
        let shown = catalog.get(record);
        json!({ "id": shown.id(), "kind": shown.kind().name(), "name": shown.name() })
    };
    json!({
        "added": found.added.iter().map(|&r| brief(new, r)).collect::<Vec<_>>(),
        "removed": found.removed.iter().map(|&r| brief(old, r)).collect::<Vec<_>>(),
        "changed": found.changed.iter().map(|changed| {
            let mut entry = brief(new, changed.record);
            entry["changes"] = changes(old, new, changed);
            entry
        }).collect::<Vec<_>>(),
    })
}

/// The changes of one record, `{field, old, new}` each, as `diff --json` and `show --json
/// --compare-to` write them: values as `list --json` has them (arrays as arrays), but each
/// reference as `{"id", "name"}` from its own edition, since a renamed or removed record's id
/// alone would not say what it was.
fn changes(old: &Catalog, new: &Catalog, changed: &crate::features::diff::Changed) -> Json {
    let value = |catalog: &Catalog, record: RecordId, at: &At| match at {
        At::Field(field) => crate::export::json::field_named(catalog, record, *field),
        At::Entry(field, key) => crate::export::json::entry(catalog, record, *field, key),
    };
    changed
        .changes
        .iter()
        .map(|change| {
            json!({
                "field": change.field,
                "old": change.old.as_ref().and_then(|_| value(old, changed.before, &change.at)),
                "new": change.new.as_ref().and_then(|_| value(new, changed.record, &change.at)),
            })
        })
        .collect()
}

/// `show --json --compare-to`: how the record stands against the earlier edition
/// (`"edition": "same" | "new" | "changed"`) and what changed (`"changed"`, empty unless it
/// did), added to its object `shown`.
pub fn edition_of(shown: &mut Json, catalog: &Catalog, earlier: &Earlier, record: RecordId) {
    let changed = earlier
        .changed(record)
        .map_or_else(|| Json::Array(Vec::new()), |c| changes(earlier.catalog(), catalog, c));
    if let Json::Object(object) = shown {
        object.insert("edition".into(), json!(earlier.edition_of(record).key()));
        object.insert("changed".into(), changed);
    }
}

/// `showfloor compare --json`.
pub fn comparison(catalog: &Catalog, found: &crate::features::compare::Comparison) -> Json {
    json!({
        "records": found.records.iter().map(|&record| {
            let shown = catalog.get(record);
            json!({ "id": shown.id(), "kind": shown.kind().name(), "name": shown.name() })
        }).collect::<Vec<_>>(),
        "rows": found.rows.iter().map(|row| json!({
            "label": row.label,
            "values": row.cells,
            "differs": row.differs,
        })).collect::<Vec<_>>(),
    })
}
