//! A list of records exported: CSV with one stable column per field of the kind (the schema's
//! order), JSON, or a Markdown dossier. The CLI's `export list` and the browser's export key
//! write the current, filtered list through this.

use std::fmt::Write as _;

use crate::catalog::{Catalog, Field, Kind, RecordId, ValueRef, fields_of};
use crate::text::{sanitize_line, sanitize_text};

use super::{fact, md};

/// The formats a list can be exported in: CSV (a header row, then a row per record), JSON as
/// `list --json` writes it, a Markdown dossier. `--help` describes each from its message
/// (`help-export-list-format-csv`, …).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ListFormat {
    Csv,
    Json,
    Md,
}

impl ListFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ListFormat::Csv => "csv",
            ListFormat::Json => "json",
            ListFormat::Md => "md",
        }
    }
}

/// The columns of `kind` in order: id and name, then every other field of the kind the schema
/// exports (`FieldDef::export`: those the loader sets, and nested records, are left out). Id
/// and name come first whatever the kind writes, since a country writes no id.
pub fn columns(kind: Kind) -> Vec<Field> {
    let rest = fields_of(kind)
        .iter()
        .filter(|spec| !matches!(spec.field, Field::Id | Field::Name) && spec.field.def().export);
    [Field::Id, Field::Name].into_iter().chain(rest.map(|spec| spec.field)).collect()
}

/// One cell: lists and links joined with "; " (commas occur inside values), a table's entries
/// as "key: value".
fn cell(catalog: &Catalog, record: RecordId, field: Field) -> String {
    let shown = catalog.get(record);
    match field {
        Field::Id => return shown.id().to_owned(),
        Field::Name => return shown.name().to_owned(),
        _ => {}
    }
    match shown.get(field) {
        None => String::new(),
        Some(ValueRef::TextList(items)) => items.iter().collect::<Vec<_>>().join("; "),
        Some(ValueRef::Links(targets)) => {
            targets.iter().map(|&t| catalog.get(t).name()).collect::<Vec<_>>().join("; ")
        }
        Some(ValueRef::Specs(table)) => table
            .iter()
            .map(|(key, scalar)| format!("{key}: {scalar}"))
            .collect::<Vec<_>>()
            .join("; "),
        Some(other) => catalog.value_text(other),
    }
}

/// `records` of `kind` in `format`, safe wherever it is written: JSON with every character a
/// terminal would act on escaped, CSV safe for a terminal and a spreadsheet (see
/// [`csv_text`]), Markdown sanitised.
/// `narrowed` says how the records were chosen ("maker: Baykar"), or is empty for all of them;
/// the Markdown dossier states it under its title, since a reader of the file cannot see it.
pub fn list(
    catalog: &Catalog,
    kind: Kind,
    records: &[RecordId],
    format: ListFormat,
    narrowed: &str,
) -> Result<String, csv::Error> {
    Ok(match format {
        ListFormat::Csv => csv_text(catalog, kind, records)?,
        // The records as `list --json` writes them: one encoder, so arrays stay arrays and
        // references ids, rather than the CSV's joined cells.
        ListFormat::Json => super::json::text(&super::json::records(catalog, records)),
        ListFormat::Md => dossier(catalog, kind, records, narrowed),
    })
}

/// CSV goes to terminals (`| head`) and spreadsheets alike, so every cell is made safe for
/// both, whether or not it is written to a file: control characters through the one sanitiser
/// (line breaks kept, quoted by the CSV writer), and a cell a spreadsheet would run as a formula
/// (one that starts with `=`, `+`, `-` or `@`, as OWASP's CSV-injection advice lists) led by a
/// `'`, which spreadsheets show as text and do not run.
fn csv_text(catalog: &Catalog, kind: Kind, records: &[RecordId]) -> Result<String, csv::Error> {
    let columns = columns(kind);
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(columns.iter().map(|field| field.key()))?;
    for &record in records {
        writer
            .write_record(columns.iter().map(|&field| csv_cell(&cell(catalog, record, field))))?;
    }
    let bytes = writer.into_inner().map_err(|error| error.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// One CSV cell, safe for a terminal and a spreadsheet (see [`csv_text`]).
fn csv_cell(text: &str) -> String {
    let safe = sanitize_text(text);
    if safe.starts_with(['=', '+', '-', '@']) { format!("'{safe}") } else { safe.into_owned() }
}

fn dossier(catalog: &Catalog, kind: Kind, records: &[RecordId], narrowed: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {} ({})\n", kind.plural(), records.len());
    if !narrowed.is_empty() {
        let _ = writeln!(out, "{}\n", crate::tr!("export-list-only", filters = md(narrowed)));
    }
    for &record in records {
        let shown = catalog.get(record);
        let _ = writeln!(out, "## {}\n", md(shown.name()));
        let _ = writeln!(out, "- {}", fact(crate::tr!("export-list-id"), &md(shown.id())));
        for field in columns(kind) {
            // The name is the heading and the id the first fact; the summary and the sources
            // are written as paragraphs below the facts.
            if matches!(field, Field::Id | Field::Name | Field::Summary | Field::Sources) {
                continue;
            }
            let text = cell(catalog, record, field);
            if !text.is_empty() {
                let _ = writeln!(out, "- {}", fact(field.label(), &md(&text)));
            }
        }
        if let Some(summary) = shown.text(Field::Summary) {
            let _ = writeln!(out, "\n{}", md(&sanitize_text(summary).replace('\n', " ")));
        }
        let sources = shown.list(Field::Sources);
        if !sources.is_empty() {
            let sources = md(&sanitize_line(&sources.iter().collect::<Vec<_>>().join("; ")));
            let _ = writeln!(out, "\n{}", crate::tr!("export-list-sources", sources = sources));
        }
        let _ = writeln!(out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_carries_no_control_characters_and_no_formulas_even_to_a_file() {
        let text = "[[company]]\nid = \"a\"\nname = \"=HYPERLINK(\\\"http://x\\\")\"\n\
                    sectors = [\"+1\", \"-2\", \"@SUM(A1)\", \"plain\"]\n\
                    summary = \"\\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m tail\"\nsources = [\"t\"]\n";
        let catalog = crate::catalog::clean(text);
        let ids = catalog.of_kind(Kind::Company).to_vec();
        let written = list(&catalog, Kind::Company, &ids, ListFormat::Csv, "").expect("writes");
        assert!(!written.chars().any(|c| c.is_control() && c != '\n' && c != '\r'), "{written:?}");
        let mut reader = csv::Reader::from_reader(written.as_bytes());
        let row = reader.records().next().expect("a row").expect("parses");
        assert_eq!(&row[1], "'=HYPERLINK(\"http://x\")", "a formula is led by a quote");
        assert_eq!(&row[4], "'+1; -2; @SUM(A1); plain", "the cell's start is what runs");
    }

    #[test]
    fn csv_round_trips_names_with_commas_quotes_and_newlines() {
        let text = "[[company]]\nid = \"a\"\nname = \"Acme, \\\"Quoted\\\" & Sons\"\n\
                    sectors = [\"radars, sonars\", \"drones\"]\n\
                    summary = \"line one\\nline two\"\nsources = [\"t\"]\n";
        let catalog = crate::catalog::clean(text);
        let ids = catalog.of_kind(Kind::Company).to_vec();
        let written = list(&catalog, Kind::Company, &ids, ListFormat::Csv, "").expect("writes");
        let mut reader = csv::Reader::from_reader(written.as_bytes());
        let header: Vec<String> =
            reader.headers().expect("a header").iter().map(str::to_owned).collect();
        assert_eq!(
            header,
            vec![
                "id",
                "name",
                "aliases",
                "country",
                "sectors",
                "stand",
                "website",
                "summary",
                "tags",
                "related",
                "sources",
                "confidence",
                "as_of"
            ],
            "the schema's order, stable across exports"
        );
        let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
        assert_eq!(rows.len(), 1);
        assert_eq!(&rows[0][1], "Acme, \"Quoted\" & Sons");
        assert_eq!(&rows[0][4], "radars, sonars; drones");
        assert_eq!(&rows[0][7], "line one\nline two");
    }

    /// A field the schema exports is a column, in the kind's order, with nothing here naming it.
    #[test]
    fn a_systems_domain_is_a_column_after_its_category() {
        let catalog = crate::catalog::load(&crate::catalog::embedded()).catalog;
        let cobra = [catalog.find("cobra-ii").expect("cobra")];
        let written = list(&catalog, Kind::System, &cobra, ListFormat::Csv, "").expect("writes");
        let mut reader = csv::Reader::from_reader(written.as_bytes());
        let header: Vec<String> =
            reader.headers().expect("a header").iter().map(str::to_owned).collect();
        assert_eq!(header[..6], ["id", "name", "aliases", "maker", "category", "domain"]);
        let row = reader.records().next().expect("a row").expect("parses");
        assert_eq!(&row[5], "land");
        let dossier = list(&catalog, Kind::System, &cobra, ListFormat::Md, "").expect("writes");
        assert!(dossier.contains("- **Domain**: land"), "{dossier}");
    }
}
