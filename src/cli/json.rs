//! JSON output for programs. Strings keep exactly the data's values — scripts need the real
//! ones — but anything a terminal would act on is written as a `\uXXXX` escape, so printing the
//! JSON to a terminal is as safe as the plain output.

use std::io::{self, Write};

use serde_json::{Map, Value as Json, json};

use crate::catalog::{Catalog, Kind, RecordId, ScalarRef, ValueRef};
use crate::search::{Hit, SearchIndex};

pub fn print(out: &mut dyn Write, value: &Json) -> io::Result<()> {
    let text = serde_json::to_string_pretty(value).map_err(io::Error::from)?;
    writeln!(out, "{}", crate::text::json_terminal_safe(text))
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

/// A record as an object: `id`, `kind`, `name`, its fields under their data-file keys, and, with
/// `with_links`, `links` and `backlinks` (each `{id, kind, name, field}`).
pub fn record(catalog: &Catalog, id: RecordId, with_links: bool) -> Json {
    let record = catalog.get(id);
    let mut object = Map::new();
    object.insert("id".into(), json!(record.id()));
    object.insert("kind".into(), json!(record.kind().name()));
    object.insert("name".into(), json!(record.name()));
    for (field, value) in record.fields() {
        object.insert(field.key().into(), value_json(catalog, value));
    }
    if let Some(origin) = record.origin() {
        let path = catalog.files().get(origin.file as usize);
        object.insert("defined_at".into(), json!({ "path": path, "line": origin.line }));
    }
    if with_links {
        let link = |target: RecordId, field: &str| {
            let target_record = catalog.get(target);
            json!({
                "id": target_record.id(),
                "kind": target_record.kind().name(),
                "name": target_record.name(),
                "field": field,
            })
        };
        let links = record.links().map(|(field, target)| link(target, field.key())).collect();
        let backlinks = catalog.backlinks(id).iter().map(|b| link(b.from, b.field.key())).collect();
        object.insert("links".into(), Json::Array(links));
        object.insert("backlinks".into(), Json::Array(backlinks));
        if record.kind() == Kind::Country {
            let made = catalog.made_in(id).iter().map(|&s| link(s, "maker")).collect();
            object.insert("made_here".into(), Json::Array(made));
        }
    }
    Json::Object(object)
}

/// A value as it would be written in a data file: references as ids, countries by name.
fn value_json(catalog: &Catalog, value: ValueRef<'_>) -> Json {
    let target = |id: &RecordId| {
        let record = catalog.get(*id);
        match record.kind() {
            Kind::Country => json!(record.name()),
            _ => json!(record.id()),
        }
    };
    match value {
        ValueRef::Text(text) => json!(text),
        ValueRef::TextList(items) => items.iter().map(|item| json!(item)).collect(),
        ValueRef::Date(date) => json!(date.to_string()),
        ValueRef::Time(time) => json!(time.to_string()),
        ValueRef::Bool(b) => json!(b),
        ValueRef::Count(n) => json!(n),
        ValueRef::Link(id) => target(id),
        ValueRef::Links(ids) => ids.iter().map(target).collect(),
        ValueRef::Specs(specs) => {
            let mut object = Map::new();
            for (key, scalar) in specs.iter() {
                let value = match scalar {
                    ScalarRef::Text(text) => json!(text),
                    ScalarRef::Integer(n) => json!(n),
                    ScalarRef::Float(x) => json!(x),
                    ScalarRef::Bool(b) => json!(b),
                };
                object.insert(key.to_owned(), value);
            }
            Json::Object(object)
        }
    }
}

/// `showfloor diff --json`.
pub fn diff(old: &Catalog, new: &Catalog, found: &crate::diff::Diff) -> Json {
    let brief = |catalog: &Catalog, record: RecordId| {
        let shown = catalog.get(record);
        json!({ "id": shown.id(), "kind": shown.kind().name(), "name": shown.name() })
    };
    json!({
        "added": found.added.iter().map(|&r| brief(new, r)).collect::<Vec<_>>(),
        "removed": found.removed.iter().map(|&r| brief(old, r)).collect::<Vec<_>>(),
        "changed": found.changed.iter().map(|changed| {
            let mut entry = brief(new, changed.record);
            entry["changes"] = changed.changes.iter().map(|change| json!({
                "field": change.field,
                "old": change.old,
                "new": change.new,
            })).collect();
            entry
        }).collect::<Vec<_>>(),
    })
}

/// `showfloor compare --json`.
pub fn comparison(catalog: &Catalog, found: &crate::compare::Comparison) -> Json {
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
