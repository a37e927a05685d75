//! A sheet's cells as text, row by row: CSV through the `csv` crate (delimiter found from the
//! first lines), workbooks through calamine. XLSX is read cell by cell, so a sheet whose two
//! cells are A1 and XFD1048576 costs two cells, not the seventeen thousand million of the
//! rectangle between them.

use std::collections::BTreeMap;
use std::fmt::Display;
use std::io::Cursor;

use calamine::{Data, Reader, Xls, Xlsx, open_workbook_from_rs};

use super::Row;
use crate::import::detect::Format;
use crate::import::report::column_letters;

/// A sheet's name, as one line to quote.
fn one_line(name: &str) -> String {
    crate::import::text::one_line(name).unwrap_or_default()
}
use crate::import::draft::At;

pub(super) type Failed = (At, String);

/// A sheet's rows, and what of the file was left unread, said as warnings: nothing is dropped
/// without a word.
#[derive(Default)]
pub(in crate::import) struct Sheet {
    pub rows: Vec<Row>,
    pub unread: Vec<(At, String)>,
}

fn past_columns(at: At) -> (At, String) {
    let last = column_letters(u32::try_from(MAX_COLUMNS).unwrap_or(u32::MAX));
    (at, crate::tr!("import-sheet-past-columns", last = last, max = MAX_COLUMNS))
}

fn past_rows(at: At) -> (At, String) {
    let row = at.line.saturating_sub(1);
    (at, crate::tr!("import-sheet-past-rows", max = MAX_ROWS, row = row))
}

/// Most rows read from a sheet: past any exhibitor list (the largest shows list a few
/// thousand), and a bound on what a hostile file can make us hold.
const MAX_ROWS: usize = 1_000_000;
/// Most columns read: exhibitor exports have a few dozen.
const MAX_COLUMNS: usize = 1_000;

/// A workbook that cannot be read: its format, and the reader's own words.
pub(super) fn cannot_read(format: Format, error: &dyn Display) -> String {
    crate::tr!("import-workbook-unreadable", format = format.label(), error = error.to_string())
}

fn start() -> At {
    At { line: 1, column: 1 }
}

/// The delimiter of the first lines: the one of `,` `;` tab that they have most of outside
/// quotes (French exports use `;`, since `,` is their decimal point).
fn delimiter(text: &str) -> u8 {
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for c in text.bytes().take(8192) {
        match c {
            b'"' => quoted = !quoted,
            _ if quoted => {}
            c => {
                for (d, n) in &mut counts {
                    if *d == c {
                        *n += 1;
                    }
                }
            }
        }
    }
    counts.iter().max_by_key(|&&(d, n)| (n, d == b',')).map_or(b',', |&(d, _)| d)
}

pub(super) fn csv_rows(bytes: &[u8]) -> Result<Sheet, Failed> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Err(error) = std::str::from_utf8(bytes) {
        let valid = std::str::from_utf8(&bytes[..error.valid_up_to()]).unwrap_or_default();
        let line = u32::try_from(valid.matches('\n').count() + 1).unwrap_or(u32::MAX);
        let column = u32::try_from(valid.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1)
            .unwrap_or(u32::MAX);
        return Err((At { line, column }, crate::tr!("import-csv-not-utf8").to_owned()));
    }
    let head = std::str::from_utf8(&bytes[..bytes.len().min(8192)]).unwrap_or_default();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter(head))
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut sheet = Sheet::default();
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let number = line_of(bytes, record.position());
                if sheet.rows.len() >= MAX_ROWS {
                    sheet.unread.push(past_rows(At { line: number, column: 1 }));
                    break;
                }
                if record.len() > MAX_COLUMNS && sheet.unread.is_empty() {
                    let column = u32::try_from(MAX_COLUMNS + 1).unwrap_or(u32::MAX);
                    sheet.unread.push(past_columns(At { line: number, column }));
                }
                let cells: Vec<String> =
                    record.iter().take(MAX_COLUMNS).map(str::to_owned).collect();
                // A quoted cell with line breaks makes a row of several lines.
                let breaks = cells.iter().map(|cell| cell.matches('\n').count()).sum::<usize>();
                let lines = u32::try_from(breaks).unwrap_or(u32::MAX).saturating_add(1);
                sheet.rows.push(Row { number, lines, cells });
            }
            Err(error) => {
                let line =
                    error.position().map_or(1, |p| u32::try_from(p.line()).unwrap_or(u32::MAX));
                let message = crate::tr!("import-csv-unreadable", error = error.to_string());
                return Err((At { line, column: 1 }, message));
            }
        }
    }
    Ok(sheet)
}

pub(super) fn workbook_rows(format: Format, bytes: &[u8]) -> Result<Sheet, Failed> {
    let cursor = Cursor::new(bytes);
    let cannot = |error: &dyn Display| (start(), cannot_read(format, error));
    match format {
        Format::Xlsx => {
            let mut book: Xlsx<_> = open_workbook_from_rs(cursor).map_err(|e| cannot(&e))?;
            let names = book.sheet_names();
            for (index, name) in names.iter().enumerate() {
                let mut sparse = Sparse::default();
                let mut reader = book.worksheet_cells_reader(name).map_err(|e| cannot(&e))?;
                while let Some(cell) = reader.next_cell().map_err(|e| cannot(&e))? {
                    let value = Data::from(cell.get_value().clone());
                    sparse.put(cell.get_position(), &value);
                }
                if !sparse.is_empty() {
                    return Ok(sparse.sheet(name, &names[index + 1..]));
                }
            }
            Ok(Sheet::default())
        }
        Format::Ods => super::ods::ods_rows(bytes),
        _ => {
            let book: Xls<_> = open_workbook_from_rs(cursor).map_err(|e| cannot(&e))?;
            ranges(book).map_err(|e| cannot(&e))
        }
    }
}

/// The first sheet with cells, from a reader that gives whole ranges (XLS).
fn ranges<RS: std::io::Read + std::io::Seek, R: Reader<RS>>(mut book: R) -> Result<Sheet, String>
where
    R::Error: Display,
{
    let names = book.sheet_names();
    for (index, name) in names.iter().enumerate() {
        let range = book.worksheet_range(name).map_err(|e| e.to_string())?;
        let (top, left) = range.start().unwrap_or((0, 0));
        let mut sparse = Sparse::default();
        for (row, column, value) in range.used_cells() {
            let at = |offset: usize, from: u32| {
                from.saturating_add(u32::try_from(offset).unwrap_or(u32::MAX))
            };
            sparse.put((at(row, top), at(column, left)), value);
        }
        if !sparse.is_empty() {
            return Ok(sparse.sheet(name, &names[index + 1..]));
        }
    }
    Ok(Sheet::default())
}

/// Cells by row, as they come.
#[derive(Default)]
pub(super) struct Sparse {
    rows: BTreeMap<u32, Vec<(u32, String)>>,
    count: usize,
    /// The first cell left out for being past [`MAX_COLUMNS`], or past the cells kept.
    past_columns: Option<At>,
    past_cells: Option<At>,
}

/// Most cells kept from a workbook's sheet: ten times a 10 000-row list of twenty columns, and
/// a bound on what a small compressed file can make us hold.
const MAX_CELLS: usize = 2_000_000;

impl Sparse {
    pub(super) fn put(&mut self, (row, column): (u32, u32), value: &Data) {
        let text = cell_text(value);
        if text.trim().is_empty() {
            return;
        }
        let at = At { line: row.saturating_add(1), column: column.saturating_add(1) };
        if column as usize >= MAX_COLUMNS {
            self.past_columns.get_or_insert(at);
            return;
        }
        if self.count >= MAX_CELLS {
            self.past_cells.get_or_insert(at);
            return;
        }
        self.count += 1;
        self.rows.entry(row).or_default().push((column, text));
    }

    /// The rows of sheet `name`, with what was left unread: cells past the limits, rows past
    /// [`MAX_ROWS`], and the sheets after it.
    pub(super) fn sheet(mut self, name: &str, after: &[String]) -> Sheet {
        let mut unread = Vec::new();
        if let Some(at) = self.past_columns {
            unread.push(past_columns(at));
        }
        if let Some(at) = self.past_cells {
            unread.push((at, crate::tr!("import-sheet-past-cells", max = MAX_CELLS)));
        }
        if let Some((&row, _)) = self.rows.iter().nth(MAX_ROWS) {
            unread.push(past_rows(At { line: row.saturating_add(1), column: 1 }));
        }
        if !after.is_empty() {
            let names: Vec<String> = after.iter().map(|n| format!("`{}`", one_line(n))).collect();
            let message = crate::tr!(
                "import-sheet-other-sheets",
                sheet = one_line(name),
                others = names.join(", ")
            );
            unread.push((At { line: 1, column: 1 }, message));
        }
        let rows = std::mem::take(&mut self.rows);
        Sheet { rows: Sparse::rows(rows), unread }
    }

    fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Rows with cells, numbered as the sheet numbers them; empty rows between are left out
    /// (they would be skipped anyway).
    fn rows(rows: BTreeMap<u32, Vec<(u32, String)>>) -> Vec<Row> {
        rows.into_iter()
            .take(MAX_ROWS)
            .map(|(row, mut cells)| {
                cells.sort_by_key(|&(column, _)| column);
                let width = cells.last().map_or(0, |&(column, _)| column as usize + 1);
                let mut line = vec![String::new(); width];
                for (column, text) in cells {
                    line[column as usize] = text;
                }
                Row { number: row.saturating_add(1), lines: 1, cells: line }
            })
            .collect()
    }
}

/// A cell as text: a whole number without its `.0` (stand 12 is typed as a number).
fn cell_text(value: &Data) -> String {
    match value {
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Empty | Data::Error(_) => String::new(),
        other => other.to_string(),
    }
}

/// The line a CSV record starts on. The csv crate gives the place it began reading, before the
/// blank lines it skips, so a record after a blank line would be said to be on that line.
fn line_of(bytes: &[u8], position: Option<&csv::Position>) -> u32 {
    let Some(position) = position else { return 0 };
    let from = usize::try_from(position.byte()).unwrap_or(usize::MAX);
    let blank = bytes
        .get(from..)
        .unwrap_or_default()
        .iter()
        .take_while(|&&b| b == b'\n' || b == b'\r')
        .filter(|&&b| b == b'\n')
        .count();
    let line = usize::try_from(position.line()).unwrap_or(usize::MAX).saturating_add(blank);
    u32::try_from(line).unwrap_or(u32::MAX)
}
