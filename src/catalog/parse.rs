//! One file at a time: bytes to UTF-8, TOML to a spanned tree, the tree checked against the
//! schema into raw records whose references are still names. Every problem becomes a diagnostic
//! and parsing goes on, so one run reports everything. Files are independent here, which is what
//! lets them be parsed in parallel.

mod country;

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::Kind;
use super::diagnostic::{Diagnostic, LineIndex, Location, Severity};
use super::schema::{self, Field, FieldSpec, FieldType};
use super::suggest::did_you_mean;
use super::value::{Arena, Date, Rebase, Scalar, Span, Str, Time, Value};
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
                message: format!("invalid UTF-8 (byte 0x{bad:02X}): catalogue files must be UTF-8"),
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
    for (offset, message) in &syntax_errors {
        cx.error_at(cx.pos(*offset), message.clone());
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

fn describe(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a float",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(dt) => match (dt.date, dt.time) {
            (Some(_), None) => "a date",
            (None, Some(_)) => "a time",
            _ => "a date-time",
        },
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
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

    fn document(&mut self, root: &DeTable<'_>) {
        for (key, value) in root.iter() {
            let key_pos = self.span_pos(&key.span());
            let name = key.get_ref().as_ref();
            let Some(kind) = Kind::TOP_LEVEL.into_iter().find(|kind| kind.name() == name) else {
                let known = Kind::TOP_LEVEL.map(Kind::name);
                let mut message = format!(
                    "unknown kind `{name}`, expected one of {}",
                    expected_one_of(known.into_iter())
                );
                if let Some(guess) = did_you_mean(name, known) {
                    message.push_str(&format!("; did you mean `{guess}`?"));
                }
                self.error_at(key_pos, message);
                continue;
            };
            self.record_array(kind, value, key_pos, None);
        }
    }

    fn record_array(
        &mut self,
        kind: Kind,
        value: &Spanned<DeValue<'_>>,
        key_pos: Pos,
        parent: Option<usize>,
    ) {
        let name = kind.name();
        match value.get_ref() {
            DeValue::Array(items) => {
                for item in items {
                    match item.get_ref() {
                        DeValue::Table(table) => self.record(kind, table, item.span(), parent),
                        other => {
                            let pos = self.span_pos(&item.span());
                            let found = describe(other);
                            self.error_at(
                                pos,
                                format!("each `{name}` entry must be a table, found {found}"),
                            );
                        }
                    }
                }
            }
            DeValue::Table(_) => self.error_at(
                key_pos,
                format!("`{name}` must be an array of tables: write [[{name}]], not [{name}]"),
            ),
            other => {
                let found = describe(other);
                self.error_at(
                    key_pos,
                    format!("`{name}` must be an array of tables ([[{name}]]), found {found}"),
                );
            }
        }
    }

    fn record(
        &mut self,
        kind: Kind,
        table: &DeTable<'_>,
        span: Range<usize>,
        parent: Option<usize>,
    ) {
        if kind == Kind::Country {
            return self.country(table, span);
        }
        let header_pos = self.span_pos(&span);
        let header = self.line_col(header_pos);
        let mut id: Option<Anchored> = None;
        let mut name: Option<Str> = None;
        let mut fields = Vec::new();
        let mut children = Vec::new();
        let mut present = Vec::new();
        for (key, value) in table.iter() {
            let key_text = key.get_ref().as_ref();
            let key_pos = self.span_pos(&key.span());
            let Some(spec) = schema::lookup(kind, key_text) else {
                self.unknown_field(kind, key_text, key_pos);
                continue;
            };
            present.push(spec.field);
            match spec.field {
                Field::Id => id = self.id(value),
                Field::Name => name = self.name(value),
                _ => {
                    if let FieldType::Children(child_kind) = spec.ty {
                        children.push((child_kind, value, key_pos));
                    } else if let Some(raw) = self.field(kind, spec, value) {
                        fields.push((spec.field, raw));
                    }
                }
            }
        }
        for spec in schema::fields_of(kind) {
            if spec.required && !present.contains(&spec.field) {
                let key = spec.field.key();
                self.error_at(header_pos, format!("{kind} is missing required field `{key}`"));
            }
        }
        self.check_date_order(kind, &fields, table);
        // A stand's id and name default from its label.
        let (id, name) = if kind == Kind::Stand {
            self.stand_names(id, name, &fields, header_pos)
        } else {
            (id, name)
        };
        let index = match (id, name) {
            (Some(id), Some(name)) => {
                let has_sources = present.contains(&Field::Sources);
                let record = RawRecord { kind, id, name, header, fields, parent, has_sources };
                self.parsed.records.push(record);
                Some(self.parsed.records.len() - 1)
            }
            _ => None,
        };
        for (child_kind, value, key_pos) in children {
            self.record_array(child_kind, value, key_pos, index);
        }
    }

    fn stand_names(
        &mut self,
        id: Option<Anchored>,
        name: Option<Str>,
        fields: &[(Field, RawValue)],
        header: Pos,
    ) -> (Option<Anchored>, Option<Str>) {
        let label = fields.iter().find_map(|(field, value)| match (field, value) {
            (Field::Label, RawValue::Ready(Value::Text(label))) => {
                Some(self.arena.get(*label).to_owned())
            }
            _ => None,
        });
        let Some(label) = label else { return (id, name) };
        let id = id.or_else(|| {
            let slug = crate::text::slug(&label);
            if slug.is_empty() {
                self.error_at(
                    header,
                    format!("stand label `{label}` needs letters or digits to make an id from"),
                );
                return None;
            }
            Some(Anchored {
                text: self.arena.str(&format!("stand-{slug}")),
                at: self.line_col(header),
            })
        });
        let name = name.or_else(|| Some(self.arena.str(&format!("Stand {label}"))));
        (id, name)
    }

    /// An event or schedule item whose last day comes before its first ("Fri 14 Nov – Tue 11
    /// Nov") is an error at the later field: every view of it would be wrong.
    fn check_date_order(&mut self, kind: Kind, fields: &[(Field, RawValue)], table: &DeTable<'_>) {
        let (first, last) = match kind {
            Kind::Event => (Field::StartDate, Field::EndDate),
            Kind::ScheduleItem => (Field::Day, Field::EndDay),
            _ => return,
        };
        let date = |wanted: Field| {
            fields.iter().find_map(|(field, raw)| match raw {
                RawValue::Ready(Value::Date(date)) if *field == wanted => Some(*date),
                _ => None,
            })
        };
        if kind == Kind::ScheduleItem {
            self.check_time_order(fields, table, date(first), date(last));
        }
        let (Some(start), Some(end)) = (date(first), date(last)) else { return };
        if end >= start {
            return;
        }
        let Some(pos) = self.position_of(table, last) else { return };
        let message = format!(
            "`{}` {end} is before `{}` {start}: the {kind} would end before it starts",
            last.key(),
            first.key()
        );
        self.error_at(pos, message);
    }

    fn position_of(&self, table: &DeTable<'_>, field: Field) -> Option<Pos> {
        let (_, value) = table.iter().find(|(key, _)| key.get_ref().as_ref() == field.key())?;
        Some(self.span_pos(&value.span()))
    }

    /// A schedule item's times on one day: an end before the start is the next day (a talk
    /// from 23:30 to 00:30), said in docs/data-format.md; an end equal to the start would last
    /// no time, a warning; an end before the start on a last day said to be the same day is an
    /// error.
    fn check_time_order(
        &mut self,
        fields: &[(Field, RawValue)],
        table: &DeTable<'_>,
        day: Option<Date>,
        end_day: Option<Date>,
    ) {
        let time = |wanted: Field| {
            fields.iter().find_map(|(field, raw)| match raw {
                RawValue::Ready(Value::Time(time)) if *field == wanted => Some(*time),
                _ => None,
            })
        };
        let (Some(start), Some(end)) = (time(Field::StartTime), time(Field::EndTime)) else {
            return;
        };
        let Some(pos) = self.position_of(table, Field::EndTime) else { return };
        let one_day = end_day.is_none() || end_day == day;
        if one_day && end == start {
            let message = format!(
                "`end_time` {end} is the same as `start_time`: the item would last no time \
                 (leave `end_time` out, or give the real end)"
            );
            self.report(Severity::Warning, pos, message);
        } else if end_day.is_some() && end_day == day && end < start {
            let message = format!(
                "`end_time` {end} is before `start_time` {start} on the same `end_day`: the item \
                 would end before it starts (without `end_day`, an earlier end is the next day)"
            );
            self.error_at(pos, message);
        }
    }

    fn unknown_field(&mut self, kind: Kind, key: &str, pos: Pos) {
        let mut message = format!(
            "unknown field `{key}` in {kind}, expected one of {}",
            expected_one_of(schema::writable_keys(kind))
        );
        if let Some(guess) = did_you_mean(key, schema::writable_keys(kind)) {
            message.push_str(&format!("; did you mean `{guess}`?"));
        }
        self.error_at(pos, message);
    }

    fn wrong_type(&mut self, field: Field, ty: FieldType, value: &Spanned<DeValue<'_>>) {
        let pos = self.span_pos(&value.span());
        let found = describe(value.get_ref());
        let mut message = format!("`{field}` must be {}, found {found}", ty.describe());
        if let (FieldType::Date | FieldType::Time, DeValue::String(s)) = (ty, value.get_ref())
            && s.parse::<toml::value::Datetime>().is_ok()
        {
            message.push_str(&format!(": remove the quotes ({field} = {s})"));
        }
        self.error_at(pos, message);
    }

    fn string(
        &mut self,
        field: Field,
        ty: FieldType,
        value: &Spanned<DeValue<'_>>,
    ) -> Option<Located> {
        match value.get_ref() {
            DeValue::String(s) => {
                Some(Located { text: self.arena.str(s), pos: self.span_pos(&value.span()) })
            }
            _ => {
                self.wrong_type(field, ty, value);
                None
            }
        }
    }

    fn strings(
        &mut self,
        field: Field,
        ty: FieldType,
        value: &Spanned<DeValue<'_>>,
    ) -> Option<Vec<Located>> {
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type(field, ty, value);
            return None;
        };
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            match item.get_ref() {
                DeValue::String(s) => {
                    out.push(Located { text: self.arena.str(s), pos: self.span_pos(&item.span()) })
                }
                other => {
                    let pos = self.span_pos(&item.span());
                    let found = describe(other);
                    self.error_at(
                        pos,
                        format!("every entry of `{field}` must be a string, found {found}"),
                    );
                }
            }
        }
        Some(out)
    }

    fn id(&mut self, value: &Spanned<DeValue<'_>>) -> Option<Anchored> {
        let id = self.string(Field::Id, FieldType::Text, value)?;
        let text = self.arena.get(id.text);
        if let Some(problem) = id_problem(text) {
            let suggestion = crate::text::slug(text);
            let mut message = format!("invalid id `{text}`: {problem}");
            if !suggestion.is_empty() && suggestion != text {
                message.push_str(&format!(" (for example `{suggestion}`)"));
            }
            self.error_at(id.pos, message);
            return None;
        }
        Some(self.anchor(id))
    }

    fn name(&mut self, value: &Spanned<DeValue<'_>>) -> Option<Str> {
        let name = self.string(Field::Name, FieldType::Text, value)?;
        if self.arena.get(name.text).trim().is_empty() {
            self.error_at(name.pos, "`name` must not be empty".into());
            return None;
        }
        Some(name.text)
    }

    fn field(
        &mut self,
        kind: Kind,
        spec: &FieldSpec,
        value: &Spanned<DeValue<'_>>,
    ) -> Option<RawValue> {
        let (field, ty) = (spec.field, spec.ty);
        let raw = match ty {
            FieldType::Text => RawValue::Ready(Value::Text(self.string(field, ty, value)?.text)),
            FieldType::Url => {
                let url = self.string(field, ty, value)?;
                let text = self.arena.get(url.text);
                if !(text.starts_with("https://") || text.starts_with("http://")) {
                    let message = format!(
                        "`{field}` should be a web address starting with https:// or http://"
                    );
                    self.report(Severity::Warning, url.pos, message);
                }
                RawValue::Ready(Value::Text(url.text))
            }
            FieldType::TextList => {
                let mut items = self.strings(field, ty, value)?;
                if field == Field::Aliases {
                    items.retain(|alias| {
                        let empty = self.arena.get(alias.text).trim().is_empty();
                        if empty {
                            let message = "empty alias: write the other name, or remove it".into();
                            self.report(Severity::Warning, alias.pos, message);
                        }
                        !empty
                    });
                }
                let list = Value::TextList(self.arena.strs(items.iter().map(|item| item.text)));
                if field == Field::Aliases {
                    RawValue::Aliases(list, self.anchor_all(items))
                } else {
                    RawValue::Ready(list)
                }
            }
            FieldType::Choice(choices) => {
                let word = self.string(field, ty, value)?;
                if !choices.contains(&self.arena.get(word.text)) {
                    let listed: Vec<String> = choices.iter().map(|c| format!("`{c}`")).collect();
                    let message = format!("`{field}` must be one of {}", listed.join(", "));
                    self.error_at(word.pos, message);
                    return None;
                }
                RawValue::Ready(Value::Text(word.text))
            }
            FieldType::TimeZone => {
                let zone = self.string(field, ty, value)?;
                let name = self.arena.get(zone.text);
                if jiff::tz::TimeZone::get(name).is_err() {
                    let known = jiff::tz::db().available().map(|n| n.as_str().to_string());
                    let known: Vec<String> = known.collect();
                    let mut message = format!("unknown time zone `{name}`");
                    match super::suggest::did_you_mean(name, known.iter().map(String::as_str)) {
                        Some(close) => message.push_str(&format!("; did you mean `{close}`?")),
                        None => message.push_str(" (write an IANA name like `Africa/Bamako`)"),
                    }
                    self.error_at(zone.pos, message);
                    return None;
                }
                RawValue::Ready(Value::Text(zone.text))
            }
            FieldType::Date => RawValue::Ready(Value::Date(self.date(field, value)?)),
            FieldType::Time => RawValue::Ready(Value::Time(self.time(field, value)?)),
            FieldType::Bool => match value.get_ref() {
                DeValue::Boolean(b) => RawValue::Ready(Value::Bool(*b)),
                _ => {
                    self.wrong_type(field, ty, value);
                    return None;
                }
            },
            FieldType::Count => match value.get_ref() {
                DeValue::Integer(n) => match u32::from_str_radix(n.as_str(), n.radix()) {
                    Ok(n) if n <= MAX_COUNT => RawValue::Ready(Value::Count(n)),
                    _ => {
                        let pos = self.span_pos(&value.span());
                        self.error_at(
                            pos,
                            format!("`{field}` must be a whole number from 0 to {MAX_COUNT}"),
                        );
                        return None;
                    }
                },
                _ => {
                    self.wrong_type(field, ty, value);
                    return None;
                }
            },
            FieldType::Ref(_) => {
                let target = self.string(field, ty, value)?;
                RawValue::Ref(self.anchor(target))
            }
            FieldType::RefList(_) => {
                let targets = self.strings(field, ty, value)?;
                RawValue::Refs(self.anchor_all(targets))
            }
            FieldType::Country => {
                let name = self.string(field, ty, value)?;
                RawValue::Country(self.anchor(name))
            }
            FieldType::CountryList => {
                let names = self.strings(field, ty, value)?;
                RawValue::Countries(self.anchor_all(names))
            }
            FieldType::OperatorList => {
                let names = self.strings(field, ty, value)?;
                RawValue::Operators(self.anchor_all(names))
            }
            FieldType::Specs => RawValue::Ready(Value::Specs(self.specs(field, value)?)),
            FieldType::Children(_) | FieldType::Parent(_) => {
                unreachable!(
                    "{kind}.{field}: nested and loader-set fields are handled by the caller"
                )
            }
        };
        Some(raw)
    }

    fn date(&mut self, field: Field, value: &Spanned<DeValue<'_>>) -> Option<Date> {
        // The TOML parser has already refused days that are not in the calendar (2025-02-30)
        // as syntax errors; one jiff still refused would be reported as not a date.
        if let DeValue::Datetime(dt) = value.get_ref()
            && let (Some(date), None, None) = (dt.date, dt.time, dt.offset)
            && let (Ok(year), Ok(month), Ok(day)) =
                (i16::try_from(date.year), i8::try_from(date.month), i8::try_from(date.day))
            && let Some(date) = Date::new(year, month, day)
        {
            return Some(date);
        }
        self.wrong_type(field, FieldType::Date, value);
        None
    }

    fn time(&mut self, field: Field, value: &Spanned<DeValue<'_>>) -> Option<Time> {
        if let DeValue::Datetime(dt) = value.get_ref()
            && let (None, Some(time), None) = (dt.date, dt.time, dt.offset)
        {
            return Some(Time { hour: time.hour, minute: time.minute });
        }
        self.wrong_type(field, FieldType::Time, value);
        None
    }

    fn specs(&mut self, field: Field, value: &Spanned<DeValue<'_>>) -> Option<Span> {
        let DeValue::Table(table) = value.get_ref() else {
            self.wrong_type(field, FieldType::Specs, value);
            return None;
        };
        let mut out = Vec::with_capacity(table.len());
        for (key, item) in table.iter() {
            let key_text = key.get_ref().as_ref();
            let pos = self.span_pos(&item.span());
            let scalar = match item.get_ref() {
                DeValue::String(s) => Scalar::Text(self.arena.str(s)),
                DeValue::Boolean(b) => Scalar::Bool(*b),
                DeValue::Integer(n) => match i64::from_str_radix(n.as_str(), n.radix()) {
                    Ok(n) => Scalar::Integer(n),
                    Err(_) => {
                        self.error_at(
                            pos,
                            format!("`{field}.{key_text}` is too large for a 64-bit integer"),
                        );
                        continue;
                    }
                },
                DeValue::Float(x) => match x.as_str().parse::<f64>() {
                    Ok(x) => Scalar::Float(x),
                    Err(_) => {
                        self.error_at(pos, format!("`{field}.{key_text}` is not a number"));
                        continue;
                    }
                },
                other => {
                    let found = describe(other);
                    self.error_at(pos, format!("`{field}.{key_text}` must be a string, number or boolean, found {found}"));
                    continue;
                }
            };
            out.push((self.arena.str(key_text), scalar));
        }
        Some(self.arena.specs(out))
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
        Some("ids must not be empty")
    } else if !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
        Some("ids use only lower-case ASCII letters, digits and `-`")
    } else {
        None
    }
}
