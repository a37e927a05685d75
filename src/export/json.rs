//! The one JSON encoder of records: `show --json`, `list --json`, `export list --format json`
//! and `diff --json` all write a record's values through it, so each value has one shape
//! everywhere — arrays stay arrays, references are ids (a country by its name) as a data file
//! writes them, tables are objects. Strings keep exactly the data's values; [`text`] escapes
//! anything a terminal would act on as `\uXXXX`, so printing JSON to a terminal is safe.

use serde_json::{Map, Value as Json, json};

use crate::catalog::{Catalog, Field, Kind, RecordId, ScalarRef, ValueRef};

/// `value` pretty-printed, terminal-safe, with a final newline.
pub fn text(value: &Json) -> String {
    // A `Value` always serialises: its map keys are strings.
    let pretty = serde_json::to_string_pretty(value).unwrap_or_default();
    crate::text::json_terminal_safe(pretty) + "\n"
}

/// The records, as [`record`] writes each without links: `list --json` and `export list`.
pub fn records(catalog: &Catalog, ids: &[RecordId]) -> Json {
    Json::Array(ids.iter().map(|&id| record(catalog, id, false)).collect())
}

/// A record as an object: `id`, `kind`, `name`, its fields under their data-file keys, and, with
/// `with_links`, `links` and `backlinks` (each `{id, kind, name, field}`).
pub fn record(catalog: &Catalog, id: RecordId, with_links: bool) -> Json {
    let record = catalog.get(id);
    let mut object = Map::new();
    object.insert("id".into(), json!(record.id()));
    object.insert("kind".into(), json!(record.kind().name()));
    object.insert("name".into(), json!(record.name()));
    // The name stays a string (the reader's language), its languages beside it.
    if let Some(names) = languages(catalog, id, Field::Name) {
        object.insert("name_languages".into(), names);
    }
    for (field, value) in record.fields() {
        object.insert(field.key().into(), field_json(catalog, id, field, value));
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
            let made = catalog
                .made_in(id)
                .iter()
                .map(|&system| {
                    let mut entry = link(system, "maker");
                    if let Some(maker) = catalog.get(system).link(Field::Maker) {
                        let maker = catalog.get(maker);
                        entry["maker"] = json!({ "id": maker.id(), "name": maker.name() });
                    }
                    entry
                })
                .collect();
            object.insert("made_here".into(), Json::Array(made));
        }
        if matches!(record.kind(), Kind::Company | Kind::Country) {
            let short = |id: &RecordId| {
                let record = catalog.get(*id);
                json!({ "id": record.id(), "kind": record.kind().name(), "name": record.name() })
            };
            let interested: Vec<Json> = crate::features::interest::interested_in(catalog, id)
                .iter()
                .map(|interest| {
                    let via: Vec<Json> = interest.via.iter().map(short).collect();
                    json!({
                        "delegation": short(&interest.delegation),
                        "direct": interest.direct,
                        "via": via,
                    })
                })
                .collect();
            object.insert("interested".into(), Json::Array(interested));
        }
    }
    Json::Object(object)
}

/// Text in several languages as an object by language code, as the data file writes it.
fn languages(catalog: &Catalog, id: RecordId, field: Field) -> Option<Json> {
    let map: Map<String, Json> = catalog
        .get(id)
        .languages(field)
        .map(|(lang, text)| (lang.to_owned(), json!(text)))
        .collect();
    (!map.is_empty()).then_some(Json::Object(map))
}

/// The value of a field of record `id`: its languages when it has several, else the value.
fn field_json(catalog: &Catalog, id: RecordId, field: Field, value: ValueRef<'_>) -> Json {
    languages(catalog, id, field).unwrap_or_else(|| value_json(catalog, value))
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
                object.insert(key.to_owned(), scalar_json(scalar));
            }
            Json::Object(object)
        }
    }
}

/// The value of `field` in record `id`, as [`record`] writes it (`id` and `name` too; text
/// in several languages as its object by language).
pub fn field(catalog: &Catalog, id: RecordId, field: Field) -> Option<Json> {
    let record = catalog.get(id);
    match field {
        Field::Id => Some(json!(record.id())),
        Field::Name => Some(json!(record.name())),
        _ => record.get(field).map(|value| field_json(catalog, id, field, value)),
    }
}

/// [`field`], with each reference as `{"id", "name"}`: a change of maker from one id to another
/// says which companies those are, as read in the edition the value comes from.
pub fn field_named(catalog: &Catalog, id: RecordId, field: Field) -> Option<Json> {
    let named = |target: &RecordId| {
        let record = catalog.get(*target);
        json!({ "id": record.id(), "name": record.name() })
    };
    match catalog.get(id).get(field) {
        Some(ValueRef::Link(target)) => Some(named(target)),
        Some(ValueRef::Links(targets)) => Some(targets.iter().map(named).collect()),
        _ => self::field(catalog, id, field),
    }
}

/// The entry `key` of the table `field` (`specs`, `figures`) in record `id`.
pub fn entry(catalog: &Catalog, id: RecordId, field: Field, key: &str) -> Option<Json> {
    match catalog.get(id).get(field) {
        Some(ValueRef::Specs(table)) => {
            table.iter().find(|(k, _)| *k == key).map(|(_, scalar)| scalar_json(scalar))
        }
        _ => None,
    }
}

fn scalar_json(scalar: ScalarRef<'_>) -> Json {
    match scalar {
        ScalarRef::Text(text) => json!(text),
        ScalarRef::Integer(n) => json!(n),
        ScalarRef::Float(x) => json!(x),
        ScalarRef::Bool(b) => json!(b),
    }
}
