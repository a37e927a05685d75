//! Problems found while loading, in the form editors and CI read as compiler errors:
//! `PATH:LINE:COL: error: MESSAGE`.

use std::fmt;

use crate::text::sanitize_line;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// A place in a source file; line and column are 1-based, the column counts characters.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    pub path: String,
    pub line: u32,
    pub column: u32,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.path, self.line, self.column)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub location: Location,
    pub message: String,
}

impl Diagnostic {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Messages quote data (keys, ids, whole source lines from the toml crate) and paths can hold
/// anything, so the rendered line goes through the sanitiser as one piece.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let line = format!("{}: {}: {}", self.location, self.severity.as_str(), self.message);
        f.write_str(&sanitize_line(&line))
    }
}

/// Byte offsets to line and column, for one file.
#[derive(Clone, Debug, Default)]
pub struct LineIndex {
    line_starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| u32::try_from(i + 1).unwrap_or(u32::MAX)),
        );
        LineIndex { line_starts }
    }

    /// The 1-based line of byte `offset`.
    pub fn line(&self, offset: usize) -> u32 {
        let offset = u32::try_from(offset).unwrap_or(u32::MAX);
        u32::try_from(self.line_starts.partition_point(|&start| start <= offset))
            .unwrap_or(u32::MAX)
    }

    /// The 1-based line and column (in characters) of byte `offset` of `text`.
    pub fn line_column(&self, text: &str, offset: usize) -> (u32, u32) {
        let offset = offset.min(text.len());
        let offset_u32 = u32::try_from(offset).unwrap_or(u32::MAX);
        let line = self.line_starts.partition_point(|&start| start <= offset_u32) - 1;
        let start = self.line_starts[line] as usize;
        let column =
            text.get(start..offset).map_or(offset - start, |prefix| prefix.chars().count());
        let as_u32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        (as_u32(line + 1), as_u32(column + 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_map_to_one_based_lines_and_character_columns() {
        let text = "a = 1\nnäme = 2\n";
        let index = LineIndex::new(text);
        assert_eq!(index.line_column(text, 0), (1, 1));
        assert_eq!(index.line_column(text, 6), (2, 1));
        let equals = text.find("= 2").expect("fixture has it");
        assert_eq!(index.line_column(text, equals), (2, 6));
        assert_eq!(index.line_column(text, text.len()), (3, 1));
    }

    #[test]
    fn rendering_neutralises_control_characters_in_messages() {
        let diagnostic = Diagnostic {
            severity: Severity::Error,
            location: Location { path: "a\x1b.toml".into(), line: 1, column: 2 },
            message: "unknown field `x\x1b[2J`".into(),
        };
        assert_eq!(diagnostic.to_string(), "a^[.toml:1:2: error: unknown field `x^[[2J`");
    }
}
