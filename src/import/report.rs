//! Where an importer's problems go: diagnostics in the project's form, at a line and column of
//! the imported file, or at a spreadsheet's cell (`PATH:ROW:COL: warning: B7: …`).

use super::draft::At;
use crate::catalog::{Diagnostic, Location, Severity};

pub struct Report {
    path: String,
    diagnostics: Vec<Diagnostic>,
}

/// A spreadsheet column's letters: 1 is `A`, 27 is `AA`.
pub fn column_letters(mut column: u32) -> String {
    let mut letters = Vec::new();
    while column > 0 {
        let rem = (column - 1) % 26;
        letters.push(char::from(b'A' + u8::try_from(rem).unwrap_or(0)));
        column = (column - 1) / 26;
    }
    letters.iter().rev().collect()
}

impl Report {
    pub fn new(path: &str) -> Report {
        Report { path: path.to_owned(), diagnostics: Vec::new() }
    }

    pub fn error(&mut self, at: At, message: impl Into<String>) {
        self.push(Severity::Error, at, message.into());
    }

    pub fn warning(&mut self, at: At, message: impl Into<String>) {
        self.push(Severity::Warning, at, message.into());
    }

    /// A problem in a spreadsheet's cell: at its row and column, the cell named first.
    pub fn cell(&mut self, severity: Severity, at: At, message: impl Into<String>) {
        let name = format!("{}{}", column_letters(at.column.max(1)), at.line);
        let message: String = message.into();
        self.push(severity, at, crate::tr!("import-cell", cell = name, message = message));
    }

    fn push(&mut self, severity: Severity, at: At, message: String) {
        let location =
            Location { path: self.path.clone(), line: at.line.max(1), column: at.column.max(1) };
        self.diagnostics.push(Diagnostic { severity, location, message });
    }

    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// The problems, in the order of the file (a record's problems are found as it is read, a
    /// duplicate's only once the one before it is).
    pub fn finish(mut self) -> Vec<Diagnostic> {
        self.diagnostics.sort_by_key(|d| (d.location.line, d.location.column));
        self.diagnostics
    }
}

#[cfg(test)]
mod tests {
    use super::column_letters;

    #[test]
    fn columns_are_lettered_as_spreadsheets_do() {
        assert_eq!(column_letters(1), "A");
        assert_eq!(column_letters(26), "Z");
        assert_eq!(column_letters(27), "AA");
        assert_eq!(column_letters(703), "AAA");
    }
}
