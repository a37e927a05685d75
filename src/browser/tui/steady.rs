//! A backend that keeps rows holding characters of uncertain width clean. ratatui redraws only
//! the cells that changed, at the columns unicode-width gives; a terminal that draws a Thai AM,
//! a Devanagari vowel sign or a lone regional indicator one cell wider or narrower than that
//! has the rest of the row where ratatui does not think it is, and a row redrawn blank keeps
//! glyphs. So a row that holds such a character, before or after a frame, is cleared to its end
//! and drawn whole, with the cursor placed afresh after each such character: whatever width the
//! terminal gave it, nothing of the old row survives and the next cell starts where it should.

use std::collections::BTreeSet;

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::{Cell, CellDiffOption};
use ratatui::layout::{Position, Size};
use unicode_width::UnicodeWidthStr;

use crate::text::uncertain_width;

pub struct Steady<B> {
    inner: B,
    /// What this backend has drawn, row by row: the screen as ratatui believes it to be.
    shadow: Vec<Vec<Cell>>,
}

impl<B> Steady<B> {
    pub fn new(inner: B) -> Steady<B> {
        Steady { inner, shadow: Vec::new() }
    }

    pub fn inner_mut(&mut self) -> &mut B {
        &mut self.inner
    }

    fn cell_mut(&mut self, x: u16, y: u16) -> &mut Cell {
        let (x, y) = (usize::from(x), usize::from(y));
        if self.shadow.len() <= y {
            self.shadow.resize_with(y + 1, Vec::new);
        }
        let row = &mut self.shadow[y];
        if row.len() <= x {
            row.resize_with(x + 1, Cell::default);
        }
        &mut row[x]
    }

    fn row_is_uncertain(&self, y: u16) -> bool {
        self.shadow
            .get(usize::from(y))
            .is_some_and(|row| row.iter().any(|cell| uncertain_width(cell.symbol())))
    }
}

impl<B: Backend> Steady<B> {
    /// Clear row `y` to its end and draw it whole from the shadow, placing the cursor afresh
    /// after every character of uncertain width.
    fn redraw_row(&mut self, y: u16) -> Result<(), B::Error> {
        self.inner.set_cursor_position(Position { x: 0, y })?;
        self.inner.clear_region(ClearType::CurrentLine)?;
        let Some(row) = self.shadow.get(usize::from(y)) else { return Ok(()) };
        let mut segment: Vec<(u16, u16, &Cell)> = Vec::new();
        let mut x = 0;
        while x < row.len() {
            let cell = &row[x];
            let column = u16::try_from(x).unwrap_or(u16::MAX);
            if cell.diff_option != CellDiffOption::Skip {
                segment.push((column, y, cell));
            }
            // The columns a wide character covers are its own: drawing them would cut it.
            x += cell.symbol().width().max(1);
            if uncertain_width(cell.symbol()) {
                self.inner.draw(std::mem::take(&mut segment).into_iter())?;
            }
        }
        self.inner.draw(segment.into_iter())
    }
}

impl<B: Backend> Backend for Steady<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let updates: Vec<(u16, u16, &Cell)> = content.collect();
        let touched: BTreeSet<u16> = updates.iter().map(|&(_, y, _)| y).collect();
        let mut whole: BTreeSet<u16> =
            touched.iter().copied().filter(|&y| self.row_is_uncertain(y)).collect();
        for &(x, y, cell) in &updates {
            *self.cell_mut(x, y) = cell.clone();
        }
        whole.extend(touched.into_iter().filter(|&y| self.row_is_uncertain(y)));
        self.inner.draw(updates.into_iter().filter(|(_, y, _)| !whole.contains(y)))?;
        for y in whole {
            self.redraw_row(y)?;
        }
        Ok(())
    }

    fn append_lines(&mut self, n: u16) -> Result<(), Self::Error> {
        self.inner.append_lines(n)
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.shadow.clear();
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        // What a partial clear leaves is the inner terminal's business; forgetting the whole
        // shadow only makes the next frames redraw rows whole more often, never less.
        self.shadow.clear();
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> Result<Size, Self::Error> {
        self.inner.size()
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::text::Line;

    /// What a terminal was asked to do, in order.
    #[derive(Debug, PartialEq)]
    enum Op {
        Clear(u16),
        Draw(Vec<(u16, u16, String)>),
    }

    #[derive(Default)]
    struct Recorder {
        ops: Vec<Op>,
        cursor: Position,
    }

    impl Backend for Recorder {
        type Error = std::io::Error;
        fn draw<'a, I>(&mut self, content: I) -> std::io::Result<()>
        where
            I: Iterator<Item = (u16, u16, &'a Cell)>,
        {
            let cells: Vec<(u16, u16, String)> =
                content.map(|(x, y, c)| (x, y, c.symbol().to_owned())).collect();
            if !cells.is_empty() {
                self.ops.push(Op::Draw(cells));
            }
            Ok(())
        }
        fn hide_cursor(&mut self) -> std::io::Result<()> {
            Ok(())
        }
        fn show_cursor(&mut self) -> std::io::Result<()> {
            Ok(())
        }
        fn get_cursor_position(&mut self) -> std::io::Result<Position> {
            Ok(self.cursor)
        }
        fn set_cursor_position<P: Into<Position>>(&mut self, p: P) -> std::io::Result<()> {
            self.cursor = p.into();
            Ok(())
        }
        fn clear(&mut self) -> std::io::Result<()> {
            Ok(())
        }
        fn clear_region(&mut self, clear_type: ClearType) -> std::io::Result<()> {
            if clear_type == ClearType::CurrentLine {
                self.ops.push(Op::Clear(self.cursor.y));
            }
            Ok(())
        }
        fn size(&self) -> std::io::Result<Size> {
            Ok(Size { width: 8, height: 2 })
        }
        fn window_size(&mut self) -> std::io::Result<WindowSize> {
            Ok(WindowSize { columns_rows: Size { width: 8, height: 2 }, pixels: Size::default() })
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    fn frame(terminal: &mut Terminal<Steady<Recorder>>, rows: [&str; 2]) -> Vec<Op> {
        terminal
            .draw(|frame| {
                for (y, row) in rows.iter().enumerate() {
                    let area = ratatui::layout::Rect::new(0, y as u16, 8, 1);
                    frame.render_widget(Line::raw(*row), area);
                }
            })
            .expect("draws");
        std::mem::take(&mut terminal.backend_mut().inner_mut().ops)
    }

    #[test]
    fn a_row_that_held_an_uncertain_character_is_cleared_and_drawn_whole_when_it_changes() {
        let mut terminal = Terminal::new(Steady::new(Recorder::default())).expect("terminal");
        frame(&mut terminal, ["a", "b"]);
        let ops = frame(&mut terminal, ["กำx", "b"]);
        assert_eq!(ops[0], Op::Clear(0), "{ops:?}");
        // Drawn whole, and the cell after the uncertain one starts a draw of its own (a fresh
        // cursor position).
        assert_eq!(ops[1], Op::Draw(vec![(0, 0, "กำ".into())]), "{ops:?}");
        assert!(matches!(&ops[2], Op::Draw(cells) if cells[0].2 == "x"), "{ops:?}");
        // Blanked: the row is cleared to its end, not patched cell by cell.
        let ops = frame(&mut terminal, ["", "b"]);
        assert_eq!(ops.first(), Some(&Op::Clear(0)), "{ops:?}");
        // Once clean, it goes back to ordinary cell-by-cell updates.
        let ops = frame(&mut terminal, ["c", "b"]);
        assert_eq!(ops, vec![Op::Draw(vec![(0, 0, "c".into())])]);
    }

    #[test]
    fn ordinary_rows_are_patched_cell_by_cell() {
        let mut terminal = Terminal::new(Steady::new(Recorder::default())).expect("terminal");
        frame(&mut terminal, ["abc", "防务"]);
        let ops = frame(&mut terminal, ["abd", "防x"]);
        assert_eq!(ops, vec![Op::Draw(vec![(2, 0, "d".into()), (2, 1, "x".into())])]);
    }
}
