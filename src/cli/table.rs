//! Aligned columns for plain output, measured in terminal cells (so "Maïga" and "北京" line up),
//! and fitted to a width when asked: one long value must not make every row as wide as it.

use std::io::{self, Write};

use crate::text::{cells, fit, sanitize_line};

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

    /// Each column's width: its widest cell.
    fn widths(&self) -> Vec<usize> {
        let columns = self.rows.iter().map(Vec::len).max().unwrap_or(0);
        let mut widths = vec![0; columns];
        for row in &self.rows {
            for (width, cell) in widths.iter_mut().zip(row) {
                *width = (*width).max(cells(cell));
            }
        }
        widths
    }

    /// Write the rows with `indent` spaces before each and two spaces between columns; the last
    /// column is not padded, so lines carry no trailing blanks.
    pub fn write(&self, out: &mut dyn Write, indent: usize) -> io::Result<()> {
        self.write_in(out, indent, &self.widths())
    }

    /// As [`Table::write`], each line at most `width` cells: when the columns are wider, the
    /// widest give way first and their cells are cut with `…` (never through a wide character).
    pub fn write_within(&self, out: &mut dyn Write, indent: usize, width: usize) -> io::Result<()> {
        self.write_in(out, indent, &capped(&self.widths(), width.saturating_sub(indent)))
    }

    fn write_in(&self, out: &mut dyn Write, indent: usize, widths: &[usize]) -> io::Result<()> {
        for row in &self.rows {
            let mut line = " ".repeat(indent);
            for (index, cell) in row.iter().enumerate() {
                let width = widths.get(index).copied().unwrap_or(0);
                let cell = fit(cell, width);
                line.push_str(&cell);
                if index + 1 < row.len() {
                    line.push_str(&" ".repeat(width.saturating_sub(cells(&cell)) + 2));
                }
            }
            writeln!(out, "{}", line.trim_end())?;
        }
        Ok(())
    }
}

/// Column widths that fit in `room` cells with two-space gaps: each column keeps its width up
/// to a common cap, the largest that fits, and the cells left over go to the capped columns
/// from the left. Every column keeps one cell at least.
fn capped(widths: &[usize], room: usize) -> Vec<usize> {
    let gaps = 2 * widths.len().saturating_sub(1);
    let room = room.saturating_sub(gaps);
    let used = |cap: usize| widths.iter().map(|&w| w.min(cap)).sum::<usize>();
    let widest = widths.iter().copied().max().unwrap_or(0);
    if used(widest) <= room {
        return widths.to_vec();
    }
    // The largest cap that fits, by bisection: `used` grows with the cap.
    let (mut fits, mut too_wide) = (0, widest);
    while too_wide - fits > 1 {
        let mid = fits + (too_wide - fits) / 2;
        if used(mid) <= room { fits = mid } else { too_wide = mid }
    }
    let cap = fits.max(1);
    let mut spare = room.saturating_sub(used(cap));
    widths
        .iter()
        .map(|&width| {
            if width <= cap {
                return width;
            }
            let extra = usize::from(spare > 0);
            spare -= extra;
            cap + extra
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_widest_columns_give_way_first() {
        assert_eq!(capped(&[10, 900, 40], 120), vec![10, 66, 40]);
        assert_eq!(capped(&[10, 900, 400], 120), vec![10, 53, 53]);
        assert_eq!(capped(&[10, 20, 30], 120), vec![10, 20, 30], "room enough: unchanged");
        assert_eq!(capped(&[50, 50], 3), vec![1, 1], "a cell at least");
    }

    #[test]
    fn cut_cells_end_in_an_ellipsis_and_lines_stay_within_the_width() {
        let mut table = Table::default();
        table.row(["id", &"北".repeat(100), "context"]);
        table.row(["another-id", "short", "more context"]);
        let mut out = Vec::new();
        table.write_within(&mut out, 0, 40).expect("writes to a Vec");
        let text = String::from_utf8(out).expect("UTF-8");
        for line in text.lines() {
            assert!(cells(line) <= 40, "{line:?} is {} cells", cells(line));
        }
        assert!(text.lines().next().is_some_and(|line| line.contains("北…")), "{text}");
        let names: Vec<usize> = text.lines().map(|l| l.find("  ").unwrap_or(0)).collect();
        assert_eq!(names[0], "id".len(), "{text}");
        let contexts: Vec<usize> =
            text.lines().map(|l| cells(&l[..l.rfind("  ").unwrap_or(0)])).collect();
        assert_eq!(contexts[0], contexts[1], "the last column still lines up: {text}");
    }
}
