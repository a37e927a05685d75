//! Exhibitor spreadsheets: CSV (any of `,` `;` or tab, as English and French exports write
//! them), XLSX, ODS and XLS. A sheet becomes rows of text with their row numbers; the header
//! row is found (organisers often put a title above it), its columns recognised or named by
//! hand, and each row with a name becomes a company, its products systems it makes.

mod cells;
mod ods;
#[cfg(test)]
mod tests;

use std::collections::HashMap;

use super::columns::{Column, ColumnMap, Place, normalise};
use super::detect::Format;
use super::draft::{At, CompanyDraft, Draft};
use super::report::{Report, column_letters};
use super::text;
use crate::catalog::Severity;

/// A row of a sheet: its 1-based number (a CSV's line) and its cells from column A.
pub(super) struct Row {
    pub number: u32,
    /// How many of the file's lines the row takes: a CSV's quoted cell may hold line breaks.
    pub lines: u32,
    pub cells: Vec<String>,
}

impl Row {
    fn cell(&self, column: usize) -> &str {
        self.cells.get(column).map_or("", |cell| cell.trim())
    }

    fn is_empty(&self) -> bool {
        self.cells.iter().all(|cell| cell.trim().is_empty())
    }
}

/// How many rows from the top the header is looked for in.
const HEADER_SEARCH: usize = 20;
/// How many unread columns are named one by one.
const UNKNOWN_COLUMNS_SAID: usize = 10;

pub fn read(format: Format, bytes: &[u8], columns: &ColumnMap, report: &mut Report) -> Draft {
    let rows = match format {
        Format::Csv => cells::csv_rows(bytes),
        _ => cells::workbook_rows(format, bytes),
    };
    let rows = match rows {
        Ok(cells::Sheet { rows, unread }) => {
            for (at, message) in unread {
                report.warning(at, message);
            }
            rows
        }
        Err((at, message)) => {
            report.error(at, message);
            return Draft::default();
        }
    };
    let Some(layout) = layout(&rows, columns, report) else { return Draft::default() };
    let mut draft = Draft::default();
    let mut names: HashMap<String, u32> = HashMap::new();
    let data = rows.get(layout.first_data..).unwrap_or_default();
    warn_of_empty_rows(data, report);
    for row in data {
        if row.is_empty() {
            continue;
        }
        let name_column = layout.index(Column::Name).unwrap_or(0);
        let at = At { line: row.number, column: column_number(name_column) };
        let Some(name) = text::one_line(row.cell(name_column)) else {
            let message = crate::tr!("import-sheet-no-name", row = row.number);
            report.cell(Severity::Warning, at, message);
            continue;
        };
        match names.get(&name.to_lowercase()) {
            Some(first) => report.cell(
                Severity::Warning,
                at,
                crate::tr!("import-sheet-exhibitor-twice", name = &name, row = *first),
            ),
            None => {
                names.insert(name.to_lowercase(), row.number);
            }
        }
        let value = |column: Column| layout.index(column).and_then(|i| text::one_line(row.cell(i)));
        let list = |column: Column, commas: bool| {
            layout.index(column).map(|i| split_list(row.cell(i), commas)).unwrap_or_default()
        };
        draft.companies.push(CompanyDraft {
            at,
            name,
            stand: value(Column::Stand).map(|stand| stand_label(&stand)),
            country: value(Column::Country),
            website: value(Column::Website).map(|site| web_address(&site)),
            sectors: list(Column::Sectors, false),
            summary: layout.index(Column::Summary).and_then(|i| text::tidy(row.cell(i))),
            products: list(Column::Products, true),
            sources: Vec::new(),
        });
    }
    draft
}

/// Empty rows between exhibitors are skipped, and said once: a list with gaps may be two
/// lists pasted together, or rows someone meant to fill. Empty rows at the end say nothing.
/// A workbook leaves its empty rows out, so a gap in the row numbers is empty rows too.
fn warn_of_empty_rows(data: &[Row], report: &mut Report) {
    // Counted, not listed: a hostile workbook's one cell at row 1 048 576 is a million of them.
    let (mut first, mut count) = (None, 0_u64);
    let mut expected = data.first().map_or(0, |row| row.number);
    for row in data.iter().filter(|row| !row.is_empty()) {
        if row.number > expected {
            first = first.or(Some(expected));
            count += u64::from(row.number - expected);
        }
        expected = row.number.saturating_add(row.lines);
    }
    let Some(first) = first else { return };
    let message = crate::tr!("import-sheet-empty-row", row = first, more = count - 1);
    report.warning(At { line: first, column: 1 }, message);
}

/// A column's 1-based number from its index.
fn column_number(index: usize) -> u32 {
    u32::try_from(index + 1).unwrap_or(u32::MAX)
}

/// Where each field is, and where the data starts.
struct Layout {
    columns: HashMap<Column, usize>,
    first_data: usize,
}

impl Layout {
    fn index(&self, column: Column) -> Option<usize> {
        self.columns.get(&column).copied()
    }
}

/// The header row and the columns: recognised, then overridden by hand. `None` (with an
/// error) when no column can be the company's name.
fn layout(rows: &[Row], by_hand: &ColumnMap, report: &mut Report) -> Option<Layout> {
    // The header: of the first rows, the one with the most recognised headers, one of them a
    // name; the first such row if several tie.
    let score = |row: &Row| {
        let found: Vec<Column> = row.cells.iter().filter_map(|c| Column::for_header(c)).collect();
        if found.contains(&Column::Name) { found.len() } else { 0 }
    };
    let named_headers: Vec<String> = by_hand
        .by_hand
        .iter()
        .filter_map(|(_, place)| match place {
            Place::Header(text) => Some(normalise(text)),
            Place::Letter(_) => None,
        })
        .collect();
    // Headers named by hand find their row first: it is the one the user means.
    let holds_named = |row: &Row| {
        !named_headers.is_empty()
            && named_headers.iter().all(|h| row.cells.iter().any(|c| normalise(c) == *h))
    };
    let by_names = rows.iter().take(HEADER_SEARCH).position(holds_named);
    let header = by_names.or_else(|| {
        rows.iter()
            .take(HEADER_SEARCH)
            .enumerate()
            .map(|(index, row)| (score(row), index))
            .filter(|&(score, _)| score > 0)
            .max_by_key(|&(score, index)| (score, std::cmp::Reverse(index)))
            .map(|(_, index)| index)
    });
    let mut columns: HashMap<Column, usize> = HashMap::new();
    if let Some(index) = header {
        let row = &rows[index];
        if index > 0 {
            let skipped = rows[..index].iter().filter(|r| !r.is_empty()).count();
            let at = At { line: row.number, column: 1 };
            let message =
                crate::tr!("import-sheet-header-row", row = row.number, skipped = skipped);
            report.warning(at, message);
        }
        let mut unknown: Vec<(usize, &str)> = Vec::new();
        for (i, cell) in row.cells.iter().enumerate() {
            let cell = cell.trim();
            if cell.is_empty() {
                continue;
            }
            match Column::for_header(cell) {
                Some(column) if !columns.contains_key(&column) => {
                    columns.insert(column, i);
                }
                Some(column) => {
                    let first = column_letters(column_number(columns[&column]));
                    let at = At { line: row.number, column: column_number(i) };
                    let message = crate::tr!(
                        "import-sheet-second-column",
                        header = cell,
                        column = column.key(),
                        first = first
                    );
                    report.cell(Severity::Warning, at, message);
                }
                None => unknown.push((i, cell)),
            }
        }
        // A column named by hand by its header is not unknown.
        unknown.retain(|&(i, cell)| {
            !by_hand.by_hand.iter().any(|(_, place)| match place {
                Place::Header(h) => normalise(h) == normalise(cell),
                Place::Letter(n) => usize::try_from(*n).is_ok_and(|n| n == i + 1),
            })
        });
        // Each said at its cell, up to a screenful; a sheet of a thousand columns gets one
        // more line for the rest.
        if let Some(&(i, _)) = unknown.get(UNKNOWN_COLUMNS_SAID) {
            let at = At { line: row.number, column: column_number(i) };
            let rest = unknown.len() - UNKNOWN_COLUMNS_SAID;
            let message = crate::tr!("import-sheet-more-columns", count = rest);
            report.cell(Severity::Warning, at, message);
        }
        for &(i, cell) in unknown.iter().take(UNKNOWN_COLUMNS_SAID) {
            let at = At { line: row.number, column: column_number(i) };
            let message = crate::tr!(
                "import-sheet-column-not-read",
                header = cell,
                fields = Column::ALL.map(Column::key).join(", ")
            );
            report.cell(Severity::Warning, at, message);
        }
    }
    for (column, place) in &by_hand.by_hand {
        let index = match place {
            Place::Letter(n) => usize::try_from(*n).ok().and_then(|n| n.checked_sub(1)),
            Place::Header(wanted) => header.and_then(|h| {
                rows[h].cells.iter().position(|cell| normalise(cell) == normalise(wanted))
            }),
        };
        match index {
            Some(index) => {
                columns.insert(*column, index);
            }
            None => {
                let seen = header.map_or_else(
                    || crate::tr!("import-sheet-no-header-row").to_owned(),
                    |h| crate::tr!("import-sheet-headers-are", headers = headers_seen(&rows[h])),
                );
                let Place::Header(wanted) = place else { continue };
                let message = crate::tr!(
                    "import-sheet-no-such-header",
                    column = column.key(),
                    header = wanted,
                    seen = seen
                );
                report.error(At { line: 1, column: 1 }, message);
                return None;
            }
        }
    }
    if !columns.contains_key(&Column::Name) {
        let seen = rows.iter().take(HEADER_SEARCH).find(|row| !row.is_empty()).map_or_else(
            || crate::tr!("import-sheet-empty").to_owned(),
            |row| crate::tr!("import-sheet-first-row", headers = headers_seen(row)),
        );
        let message = crate::tr!("import-sheet-no-name-column", seen = seen);
        report.error(At { line: 1, column: 1 }, message);
        return None;
    }
    let first_data = header.map_or(0, |h| h + 1);
    Some(Layout { columns, first_data })
}

fn headers_seen(row: &Row) -> String {
    let cells: Vec<String> = row
        .cells
        .iter()
        .enumerate()
        .filter(|(_, c)| !c.trim().is_empty())
        .take(12)
        .map(|(i, c)| format!("{} `{}`", column_letters(column_number(i)), c.trim()))
        .collect();
    cells.join(", ")
}

/// A cell holding several values: split on `;`, `|` and line breaks, and on commas too where
/// `commas` (product names hold no commas; sector names such as "command, control and
/// communications" do).
fn split_list(cell: &str, commas: bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for part in cell.split(|c: char| c == ';' || c == '|' || c == '\n' || (commas && c == ',')) {
        if let Some(part) = text::one_line(part)
            && !out.contains(&part)
        {
            out.push(part);
        }
    }
    out
}

/// A website as organisers type it ("www.acme.example") made a web address.
fn web_address(site: &str) -> String {
    let lower = site.to_ascii_lowercase();
    if lower.starts_with("http://")
        || lower.starts_with("https://")
        || site.contains(' ')
        || !site.contains('.')
    {
        site.to_owned()
    } else {
        format!("https://{site}")
    }
}

/// A stand cell as the label a floor plan's stand carries: exhibitor lists often repeat the
/// column's word in the cell ("Stand B12", "Booth #1234", "Stand n° 7"), and the plan's stand
/// is labelled "B12". A cell that is only the word stays as written.
fn stand_label(cell: &str) -> String {
    const GAP: [char; 5] = [' ', '#', '.', ':', '\u{a0}'];
    let rest = ["stand", "booth", "emplacement"]
        .iter()
        .find_map(|word| strip_word(cell, word))
        .filter(|rest| rest.starts_with(GAP));
    let Some(rest) = rest else { return cell.to_owned() };
    let rest = rest.trim_start_matches(GAP);
    let rest = ["n°", "nº", "no.", "no ", "nr.", "nr ", "n "]
        .iter()
        .find_map(|word| strip_word(rest, word))
        .unwrap_or(rest);
    let label = rest.trim_start_matches(GAP).trim();
    if label.is_empty() { cell.to_owned() } else { label.to_owned() }
}

/// `text` after `word` (lower case), if it starts with it in any letter case.
fn strip_word<'a>(text: &'a str, word: &str) -> Option<&'a str> {
    let head = text.get(..word.len())?;
    head.eq_ignore_ascii_case(word).then(|| &text[word.len()..])
}
