//! ODS (OpenDocument) spreadsheets, read from their `content.xml` as a stream of XML events.
//!
//! An ODS writes a run of equal cells once, with `table:number-columns-repeated`, and a run of
//! equal rows once, with `table:number-rows-repeated`. LibreOffice ends every sheet with a
//! million repeated empty rows; a hostile file repeats a cell with a value as often. calamine
//! expands every repeat into a dense sheet (a 1.4 kB file took 41 s and 13 GB), so here an
//! empty repeat only moves the cursor, and repeats of a value are expanded within a budget,
//! with a warning where it runs out.

use std::io::{BufReader, Cursor};

use calamine::Data;
use quick_xml::events::{BytesStart, Event};

use super::cells::{Failed, Sheet, Sparse, cannot_read};
use crate::import::detect::Format;
use crate::import::draft::At;

/// Most cells made by repeating one: far past a real list (equal neighbours are a few), and a
/// bound on what a few bytes can ask for.
const MAX_REPEATED: u64 = 200_000;

fn cannot(error: &dyn std::fmt::Display) -> Failed {
    (At { line: 1, column: 1 }, cannot_read(Format::Ods, error))
}

/// A cell being read: how often it repeats, its typed value, and its paragraphs' text.
#[derive(Default)]
struct Cell {
    repeat: u32,
    value: Option<String>,
    text: String,
    paragraphs: u32,
}

#[derive(Default)]
struct Reading {
    sparse: Sparse,
    /// The first table with cells, once found; the names of the tables after it.
    chosen: Option<String>,
    after: Vec<String>,
    table: Option<String>,
    row: u32,
    row_repeat: u32,
    column: u32,
    /// The current row's cells with text: their column and text.
    cells: Vec<(u32, String)>,
    cell: Option<Cell>,
    /// Inside a comment on a cell (`office:annotation`): its text is not the cell's.
    annotation: u32,
    repeated: u64,
    past_repeats: Option<At>,
}

pub(super) fn ods_rows(bytes: &[u8]) -> Result<Sheet, Failed> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| cannot(&e))?;
    let content = archive.by_name("content.xml").map_err(|e| cannot(&e))?;
    let mut reader = quick_xml::Reader::from_reader(BufReader::new(content));
    let mut reading = Reading::default();
    let mut buffer = Vec::new();
    loop {
        buffer.clear();
        let event = reader.read_event_into(&mut buffer).map_err(|e| cannot(&e))?;
        match event {
            Event::Start(start) => reading.open(&start, false),
            Event::Empty(start) => reading.open(&start, true),
            Event::End(end) => reading.close(end.local_name().as_ref()),
            Event::Text(text) => reading.text(&text.xml10_content()),
            Event::CData(data) => reading.text(&data.xml10_content()),
            Event::GeneralRef(reference) => {
                reading.text(&crate::import::frab::reference_text(&reference))
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let mut sheet = match reading.chosen.take() {
        Some(name) => std::mem::take(&mut reading.sparse).sheet(&name, &reading.after),
        None => Sheet::default(),
    };
    if let Some(at) = reading.past_repeats {
        let message = crate::tr!("import-sheet-past-repeats", max = MAX_REPEATED);
        sheet.unread.push((at, message));
        sheet.unread.sort_by_key(|(at, _)| *at);
    }
    Ok(sheet)
}

fn attribute(start: &BytesStart<'_>, local: &str) -> Option<String> {
    start.attributes().flatten().find(|a| a.key.local_name().as_ref() == local).map(|a| {
        a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map(std::borrow::Cow::into_owned)
            .unwrap_or_default()
    })
}

/// A repeat count: at least 1, as the format has it.
fn repeat(start: &BytesStart<'_>, local: &str) -> u32 {
    attribute(start, local).and_then(|n| n.trim().parse().ok()).unwrap_or(1).max(1)
}

impl Reading {
    /// Whether cells are being taken: inside a table, before a table with cells was done.
    fn reading(&self) -> bool {
        self.table.is_some() && self.after.is_empty() && self.chosen_is_this_table()
    }

    fn chosen_is_this_table(&self) -> bool {
        self.chosen.is_none() || self.chosen == self.table
    }

    fn open(&mut self, start: &BytesStart<'_>, empty: bool) {
        let name = start.local_name();
        match name.as_ref() {
            "table" => {
                let table = attribute(start, "name").unwrap_or_default();
                if self.chosen.is_some() {
                    self.after.push(table.clone());
                }
                self.table = Some(table);
                self.row = 0;
            }
            "table-row" if self.reading() => {
                self.row_repeat = repeat(start, "number-rows-repeated");
                self.column = 0;
                self.cells.clear();
                if empty {
                    self.close("table-row");
                }
            }
            "table-cell" | "covered-table-cell" if self.reading() => {
                let value = attribute(start, "value")
                    .or_else(|| attribute(start, "date-value"))
                    .or_else(|| attribute(start, "boolean-value"))
                    .or_else(|| attribute(start, "string-value"));
                let repeat = repeat(start, "number-columns-repeated");
                self.cell = Some(Cell { repeat, value, ..Cell::default() });
                if empty {
                    self.close("table-cell");
                }
            }
            "annotation" => self.annotation += 1,
            _ if self.annotation > 0 => {}
            "p" | "h" => {
                if let Some(cell) = &mut self.cell {
                    if cell.paragraphs > 0 {
                        cell.text.push('\n');
                    }
                    cell.paragraphs += 1;
                }
            }
            "s" => {
                let spaces = attribute(start, "c").and_then(|n| n.parse().ok()).unwrap_or(1);
                self.text(&" ".repeat(usize::min(spaces, 64)));
            }
            "tab" => self.text("\t"),
            "line-break" => self.text("\n"),
            _ => {}
        }
    }

    fn text(&mut self, text: &str) {
        if self.annotation > 0 {
            return;
        }
        if let Some(cell) = &mut self.cell {
            cell.text.push_str(text);
        }
    }

    fn close(&mut self, name: &str) {
        match name {
            "annotation" => self.annotation = self.annotation.saturating_sub(1),
            "table-cell" | "covered-table-cell" => {
                let Some(cell) = self.cell.take() else { return };
                let text = if cell.text.trim().is_empty() {
                    cell.value.map(|value| whole_number(&value)).unwrap_or_default()
                } else {
                    cell.text
                };
                if !text.trim().is_empty() {
                    let copies = self.budget(cell.repeat, self.column);
                    for offset in 0..copies {
                        self.cells.push((self.column.saturating_add(offset), text.clone()));
                    }
                }
                self.column = self.column.saturating_add(cell.repeat);
            }
            "table-row" if self.reading() => {
                let cells = std::mem::take(&mut self.cells);
                let rows = if cells.is_empty() { 0 } else { self.rows_budget(cells.len()) };
                for offset in 0..rows {
                    let row = self.row.saturating_add(offset);
                    for (column, text) in &cells {
                        self.sparse.put((row, *column), &Data::String(text.clone()));
                    }
                }
                if !cells.is_empty() && self.chosen.is_none() {
                    self.chosen = self.table.clone();
                }
                self.row = self.row.saturating_add(self.row_repeat);
            }
            "table" => self.table = None,
            _ => {}
        }
    }

    /// How many copies of the current row, of `per_row` cells, may be made: the first always,
    /// the repeats within [`MAX_REPEATED`] cells.
    fn rows_budget(&mut self, per_row: usize) -> u32 {
        let per_row = u64::try_from(per_row).unwrap_or(u64::MAX).max(1);
        let extra = u64::from(self.row_repeat.saturating_sub(1));
        let left = MAX_REPEATED.saturating_sub(self.repeated) / per_row;
        let granted = extra.min(left);
        self.repeated += granted * per_row;
        if granted < extra && self.past_repeats.is_none() {
            let line = self.row.saturating_add(u32::try_from(granted).unwrap_or(u32::MAX));
            self.past_repeats = Some(At { line: line.saturating_add(2), column: 1 });
        }
        u32::try_from(granted).unwrap_or(u32::MAX).saturating_add(1)
    }

    /// How many of `wanted` copies may be made, the first one always: repeats past the first
    /// spend [`MAX_REPEATED`], and where it runs out the place is kept for the warning.
    fn budget(&mut self, wanted: u32, column: u32) -> u32 {
        let extra = u64::from(wanted.saturating_sub(1));
        let left = MAX_REPEATED.saturating_sub(self.repeated);
        let granted = extra.min(left);
        self.repeated += granted;
        if granted < extra && self.past_repeats.is_none() {
            let at = At { line: self.row.saturating_add(1), column: column.saturating_add(1) };
            self.past_repeats = Some(at);
        }
        u32::try_from(granted).unwrap_or(u32::MAX).saturating_add(1)
    }
}

/// An `office:value` as a cell shows it: a whole number without its `.0` (stand 12).
fn whole_number(value: &str) -> String {
    match value.parse::<f64>() {
        Ok(number) if number.fract() == 0.0 && number.abs() < 1e15 => format!("{}", number as i64),
        _ => value.to_owned(),
    }
}
