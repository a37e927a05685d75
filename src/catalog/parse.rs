//! One file at a time: bytes to UTF-8, TOML to a spanned tree, the tree checked against the
//! schema into raw records whose references are still names. Every problem becomes a diagnostic
//! and parsing goes on, so one run reports everything. Files are independent here, which is what
//! lets them be parsed in parallel.
//!
//! Here: the raw types, a file's way in, and where diagnostics go. The tables become records in
//! `record`, each field's value is checked in `field`, an end before a start is caught in
//! `date_order`, and `[[country]]` tables are read in `country`.

mod country;
mod date_order;
mod field;
mod languages;
mod record;

use std::ops::Range;

use toml::de::{DeTable, DeValue};

use super::Kind;
use super::diagnostic::{Diagnostic, LineIndex, Location, Severity};
use super::schema::Field;
use super::value::{Arena, Rebase, Str, Value};
pub(super) use country::RawCountry;

/// A byte offset in the file being parsed. Lines and columns are worked out only for the
/// offsets a diagnostic reports: counting characters for every key of a large catalogue is
/// measurable work, and almost all of it would be thrown away.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Pos(pub u32);

/// A string from the file with where it was written, as a byte offset.
#[derive(Clone, Debug)]
pub(super) struct Located {
    /// In the file's arena.
    pub text: Str,
    pub pos: Pos,
}

/// A 1-based line and column (in characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct LineCol {
    pub line: u32,
    pub column: u32,
}

/// A string that later checks may report on (an id, a reference, a country), with its line and
/// column worked out while the file's text is at hand, so the text can be dropped after parsing.
#[derive(Clone, Copy, Debug)]
pub(super) struct Anchored {
    pub text: Str,
    pub at: LineCol,
}

/// A field value before references are resolved.
#[derive(Clone, Debug)]
pub(super) enum RawValue {
    Ready(Value),
    Ref(Anchored),
    Refs(Vec<Anchored>),
    Country(Anchored),
    Countries(Vec<Anchored>),
    Operators(Vec<Anchored>),
    /// A record's aliases: the stored list, and each alias with its place, so the resolver can
    /// point at one that another record also uses.
    Aliases(Value, Vec<Anchored>),
}

#[derive(Clone, Debug)]
pub(super) struct RawRecord {
    pub kind: Kind,
    pub id: Anchored,
    pub name: Str,
    /// Where the record's table starts (its `[[kind]]` header).
    pub header: LineCol,
    pub fields: Vec<(Field, RawValue)>,
    /// For a schedule item: the index, in this file's records, of its event.
    pub parent: Option<usize>,
    pub has_sources: bool,
}

impl RawRecord {
    /// Move this record's handles along with its file's arena, appended to the catalogue's.
    pub fn rebase(&mut self, rebase: Rebase) {
        self.id.text = rebase.str(self.id.text);
        self.name = rebase.str(self.name);
        rebase_fields(&mut self.fields, rebase);
    }
}

fn rebase_fields(fields: &mut [(Field, RawValue)], rebase: Rebase) {
    for (_, value) in fields {
        match value {
            RawValue::Ready(value) => *value = rebase.value(*value),
            RawValue::Aliases(value, list) => {
                *value = rebase.value(*value);
                for anchored in list {
                    anchored.text = rebase.str(anchored.text);
                }
            }
            RawValue::Ref(anchored) | RawValue::Country(anchored) => {
                anchored.text = rebase.str(anchored.text)
            }
            RawValue::Refs(list) | RawValue::Countries(list) | RawValue::Operators(list) => {
                for anchored in list {
                    anchored.text = rebase.str(anchored.text);
                }
            }
        }
    }
}

pub(super) struct ParsedFile {
    pub file: usize,
    pub arena: Arena,
    /// The line of the file's first syntax error: problems from there on are not reported.
    pub quiet_from_line: Option<u32>,
    pub records: Vec<RawRecord>,
    /// The file's `[[country]]` tables.
    pub countries: Vec<RawCountry>,
    pub diagnostics: Vec<Diagnostic>,
}

impl ParsedFile {
    fn empty(file: usize) -> ParsedFile {
        ParsedFile {
            file,
            arena: Arena::default(),
            quiet_from_line: None,
            records: Vec::new(),
            countries: Vec::new(),
            diagnostics: Vec::new(),
        }
    }
}

/// A file that could not be read: no records, one diagnostic (the read's error).
pub(super) fn unreadable(file: usize, problem: Diagnostic) -> ParsedFile {
    let mut parsed = ParsedFile::empty(file);
    parsed.diagnostics.push(problem);
    parsed
}

pub(super) fn parse_file(file: usize, path: &str, bytes: &[u8]) -> ParsedFile {
    let mut parsed = ParsedFile::empty(file);
    let text = match source_text(bytes) {
        Ok(text) => text,
        Err(error) => {
            let valid = &bytes[..error.valid_up_to()];
            let prefix = std::str::from_utf8(valid).unwrap_or_default();
            let prefix = prefix.strip_prefix('\u{feff}').unwrap_or(prefix);
            let (line, column) = LineIndex::new(prefix).line_column(prefix, prefix.len());
            let bad = bytes[error.valid_up_to()];
            parsed.diagnostics.push(Diagnostic {
                severity: Severity::Error,
                location: Location { path: path.to_owned(), line, column },
                message: crate::tr!("catalog-not-utf8", byte = format!("{bad:02X}")),
            });
            return parsed;
        }
    };
    let mut cx = Cx {
        path,
        text,
        lines: LineIndex::new(text),
        quiet_from_line: None,
        arena: Arena::default(),
        parsed: &mut parsed,
    };
    let (root, syntax_errors) = DeTable::parse_recoverable(text);
    let syntax_errors = super::syntax::diagnostics(text, &syntax_errors);
    for (offset, problem) in &syntax_errors {
        cx.error_at(cx.pos(*offset), problem.message());
    }
    // The tree the parser recovers after a syntax error is reliable only before that error
    // (an unterminated string swallows what follows; a clashing table replaces an array). Its
    // records are all still collected, so their ids count and other files' references to them do
    // not fail, but problems from the first syntax error's line on are not reported until the
    // syntax is fixed: they would mostly be echoes of it.
    cx.quiet_from_line = syntax_errors.iter().map(|(offset, _)| cx.lines.line(*offset)).min();
    cx.document(root.get_ref());
    let (quiet_from_line, arena) = (cx.quiet_from_line, cx.arena);
    parsed.arena = arena;
    parsed.quiet_from_line = quiet_from_line;
    parsed
}

struct Cx<'a> {
    path: &'a str,
    text: &'a str,
    lines: LineIndex,
    /// Line of the first syntax error, from which semantic problems are not reported.
    quiet_from_line: Option<u32>,
    /// Where this file's strings go; the catalogue appends it to its own.
    arena: Arena,
    parsed: &'a mut ParsedFile,
}

/// What a TOML value is, as "found …" says it ("a string"), in the reader's language.
fn describe(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => crate::tr!("catalog-found-string"),
        DeValue::Integer(_) => crate::tr!("catalog-found-integer"),
        DeValue::Float(_) => crate::tr!("catalog-found-float"),
        DeValue::Boolean(_) => crate::tr!("catalog-found-boolean"),
        DeValue::Datetime(dt) => match (dt.date, dt.time) {
            (Some(_), None) => crate::tr!("catalog-found-date"),
            (None, Some(_)) => crate::tr!("catalog-found-time"),
            _ => crate::tr!("catalog-found-date-time"),
        },
        DeValue::Array(_) => crate::tr!("catalog-found-array"),
        DeValue::Table(_) => crate::tr!("catalog-found-table"),
    }
}

/// "; did you mean `GUESS`?" when there is a guess, else nothing: the `hint` of a message.
pub(super) fn hint(guess: Option<&str>) -> String {
    guess.map(|guess| crate::tr!("catalog-did-you-mean", guess = guess)).unwrap_or_default()
}

fn expected_one_of(keys: impl Iterator<Item = &'static str>) -> String {
    keys.map(|key| format!("`{key}`")).collect::<Vec<_>>().join(", ")
}

impl Cx<'_> {
    fn pos(&self, offset: usize) -> Pos {
        Pos(u32::try_from(offset).unwrap_or(u32::MAX))
    }

    fn span_pos(&self, span: &Range<usize>) -> Pos {
        self.pos(span.start)
    }

    fn line_col(&self, pos: Pos) -> LineCol {
        let (line, column) = self.lines.line_column(self.text, pos.0 as usize);
        LineCol { line, column }
    }

    fn anchor(&self, located: Located) -> Anchored {
        Anchored { text: located.text, at: self.line_col(located.pos) }
    }

    fn anchor_all(&self, list: Vec<Located>) -> Vec<Anchored> {
        list.into_iter().map(|located| self.anchor(located)).collect()
    }

    fn report(&mut self, severity: Severity, pos: Pos, message: String) {
        let (line, column) = self.lines.line_column(self.text, pos.0 as usize);
        if self.quiet_from_line.is_some_and(|quiet| line >= quiet) {
            return;
        }
        self.parsed.diagnostics.push(Diagnostic {
            severity,
            location: Location { path: self.path.to_owned(), line, column },
            message,
        });
    }

    fn error_at(&mut self, pos: Pos, message: String) {
        self.report(Severity::Error, pos, message);
    }
}

/// A file's text: UTF-8, without the byte-order mark that UTF-8 files may carry and TOML does
/// not allow (editors do not count it, so neither do our columns).
pub(super) fn source_text(bytes: &[u8]) -> Result<&str, std::str::Utf8Error> {
    let text = std::str::from_utf8(bytes)?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// The largest grid position or size accepted: a hall of 10 km at 1 m a cell.
pub(super) const MAX_COUNT: u32 = 10_000;

/// Why `id` is not a valid id, if it is not: ids are lower-case ASCII letters, digits and `-`.
pub(super) fn id_problem(id: &str) -> Option<&'static str> {
    if id.is_empty() {
        Some(crate::tr!("catalog-id-empty"))
    } else if !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
        Some(crate::tr!("catalog-id-characters"))
    } else {
        None
    }
}
