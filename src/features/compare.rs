//! Records side by side: one column per record, the facts and each spec key aligned in rows,
//! values in other units of the same measure converted to the row's first unit, and the rows
//! that differ marked. Which fields are compared, and in what order, is the schema's
//! (`FieldDef::compare`). The CLI's `compare` and the browser's compare view stand on this.

use crate::catalog::{Catalog, Field, RecordId, ValueRef};
use crate::text::fold;

/// At most this many records are compared at once: more columns do not fit a terminal.
pub const MAX_COLUMNS: usize = 4;

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// A field's label, or a spec key.
    pub label: String,
    /// Per record, the value as shown (with a conversion when units differ), `None` if absent.
    pub cells: Vec<Option<String>>,
    /// Whether the records disagree here (a missing value counts as different).
    pub differs: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub records: Vec<RecordId>,
    pub rows: Vec<Row>,
}

/// The fields a comparison lines up, in the order the schema places them (`FieldDef::compare`):
/// the short facts, not names, ids or prose, then the specs.
fn compared_fields() -> Vec<Field> {
    let mut fields: Vec<(u8, Field)> = Field::ALL
        .iter()
        .filter_map(|&field| field.def().compare.map(|place| (place, field)))
        .collect();
    fields.sort();
    fields.into_iter().map(|(_, field)| field).collect()
}

pub fn compare(catalog: &Catalog, records: &[RecordId]) -> Comparison {
    let mut rows = Vec::new();
    for field in compared_fields() {
        let values: Vec<Option<ValueRef<'_>>> =
            records.iter().map(|&record| catalog.get(record).get(field)).collect();
        if values.iter().any(|value| matches!(value, Some(ValueRef::Specs(_)))) {
            rows.extend(spec_rows(&values));
            continue;
        }
        let cells: Vec<Option<String>> =
            values.iter().map(|value| value.map(|value| catalog.value_text(value))).collect();
        if cells.iter().any(Option::is_some) {
            let differs = cells.windows(2).any(|pair| pair[0] != pair[1]);
            rows.push(Row { label: field.label().to_owned(), cells, differs });
        }
    }
    Comparison { records: records.to_vec(), rows }
}

/// A table of named values (specs), a row per name: the names in the order they first appear,
/// matched ignoring case and accents.
fn spec_rows(values: &[Option<ValueRef<'_>>]) -> Vec<Row> {
    let mut keys: Vec<(String, String)> = Vec::new(); // (folded, as first written)
    let specs_of = |value: &Option<ValueRef<'_>>| match value {
        Some(ValueRef::Specs(table)) => {
            table.iter().map(|(key, scalar)| (key.to_owned(), scalar.to_string())).collect()
        }
        _ => Vec::new(),
    };
    let all_specs: Vec<Vec<(String, String)>> = values.iter().map(specs_of).collect();
    for specs in &all_specs {
        for (key, _) in specs {
            if !keys.iter().any(|(folded, _)| *folded == fold(key)) {
                keys.push((fold(key), key.clone()));
            }
        }
    }
    keys.into_iter()
        .map(|(folded, key)| {
            let raw: Vec<Option<String>> = all_specs
                .iter()
                .map(|specs| specs.iter().find(|(k, _)| fold(k) == folded).map(|(_, v)| v.clone()))
                .collect();
            spec_row(key, raw)
        })
        .collect()
}

/// A spec row: values in another unit of the row's first unit's measure get that unit added
/// ("1,500 min (25 h)"), and the row differs when the measures (or the texts) differ.
fn spec_row(label: String, raw: Vec<Option<String>>) -> Row {
    let measures: Vec<Option<Measure>> = raw.iter().map(|v| v.as_deref().and_then(parse)).collect();
    let target = measures.iter().flatten().next().map(|m| m.unit);
    let cells = raw
        .iter()
        .zip(&measures)
        .map(|(text, measure)| {
            let text = text.clone()?;
            match (measure, target) {
                (Some(m), Some(t))
                    if m.unit.symbol != t.symbol && m.unit.dimension == t.dimension =>
                {
                    let converted = m.value * m.unit.factor / t.factor;
                    Some(format!("{text} ({} {})", number(converted), t.symbol))
                }
                _ => Some(text),
            }
        })
        .collect();
    let same = |a: &Option<Measure>,
                b: &Option<Measure>,
                x: &Option<String>,
                y: &Option<String>| match (a, b) {
        (Some(a), Some(b)) if a.unit.dimension == b.unit.dimension => {
            let (a, b) = (a.value * a.unit.factor, b.value * b.unit.factor);
            (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
        }
        _ => x == y,
    };
    let differs = (1..raw.len()).any(|i| !same(&measures[0], &measures[i], &raw[0], &raw[i]));
    Row { label, cells, differs }
}

#[derive(Clone, Copy, Debug, PartialEq)]
struct Unit {
    symbol: &'static str,
    dimension: &'static str,
    /// How many of the dimension's base unit one of this is.
    factor: f64,
}

/// The units catalogues mix, by measure.
const UNITS: [Unit; 14] = [
    Unit { symbol: "m", dimension: "length", factor: 1.0 },
    Unit { symbol: "km", dimension: "length", factor: 1000.0 },
    Unit { symbol: "ft", dimension: "length", factor: 0.3048 },
    Unit { symbol: "nmi", dimension: "length", factor: 1852.0 },
    Unit { symbol: "mi", dimension: "length", factor: 1609.344 },
    Unit { symbol: "s", dimension: "time", factor: 1.0 },
    Unit { symbol: "min", dimension: "time", factor: 60.0 },
    Unit { symbol: "h", dimension: "time", factor: 3600.0 },
    Unit { symbol: "kg", dimension: "mass", factor: 1.0 },
    Unit { symbol: "t", dimension: "mass", factor: 1000.0 },
    Unit { symbol: "lb", dimension: "mass", factor: 0.453_592_37 },
    Unit { symbol: "km/h", dimension: "speed", factor: 1.0 },
    Unit { symbol: "kn", dimension: "speed", factor: 1.852 },
    Unit { symbol: "mph", dimension: "speed", factor: 1.609_344 },
];

#[derive(Clone, Copy, Debug, PartialEq)]
struct Measure {
    value: f64,
    unit: Unit,
}

/// "25,000 ft", "27 h", "1.5 t": a number (thousands separated by commas) and a known unit,
/// nothing else. Anything looser ("early 2024") is compared as text.
fn parse(text: &str) -> Option<Measure> {
    let (number, unit) = text.trim().rsplit_once(' ')?;
    let value: f64 = number.replace(',', "").parse().ok()?;
    let unit = UNITS.iter().find(|u| u.symbol == unit)?;
    Some(Measure { value, unit: *unit })
}

/// A converted number as people write it: thousands separated, at most one decimal.
fn number(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    let whole = rounded.trunc() as i64;
    let tenth = ((rounded - whole as f64).abs() * 10.0).round() as i64;
    let digits = whole.abs().to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    // From the rounded value, not its whole part: -0.5 has a whole part of 0 and is negative.
    let sign = if rounded < 0.0 { "-" } else { "" };
    if tenth == 0 { format!("{sign}{grouped}") } else { format!("{sign}{grouped}.{tenth}") }
}

#[cfg(test)]
mod tests;
