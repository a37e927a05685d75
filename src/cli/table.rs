//! Aligned columns for plain output, measured in terminal cells (so "Maïga" and "北京" line up).

use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

use crate::text::sanitize_line;

/// Rows of cells; every cell is sanitised before it is measured or written.
#[derive(Default)]
pub struct Table {
    rows: Vec<Vec<String>>,
}

impl Table {
    pub fn row<I, S>(&mut self, cells: I)
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.rows.push(
            cells.into_iter().map(|cell| sanitize_line(cell.as_ref()).into_owned()).collect(),
        );
    }

    /// Write the rows with `indent` spaces before each and two spaces between columns; the last
    /// column is not padded, so lines carry no trailing blanks.
    pub fn write(&self, out: &mut dyn Write, indent: usize) -> io::Result<()> {
        let columns = self.rows.iter().map(Vec::len).max().unwrap_or(0);
        let mut widths = vec![0; columns];
        for row in &self.rows {
            for (width, cell) in widths.iter_mut().zip(row) {
                *width = (*width).max(cell.width());
            }
        }
        for row in &self.rows {
            let mut line = " ".repeat(indent);
            for (index, cell) in row.iter().enumerate() {
                line.push_str(cell);
                if index + 1 < row.len() {
                    line.push_str(&" ".repeat(widths[index] - cell.width() + 2));
                }
            }
            writeln!(out, "{}", line.trim_end())?;
        }
        Ok(())
    }
}
