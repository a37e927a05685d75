//! Which format a file is in: from its content first, since published files are often named
//! for what they were meant to be (`schedule.json` holding XML, `export.txt` holding CSV), and
//! from its extension where the content does not say.

use std::path::Path;

use crate::catalog::{Diagnostic, Location, Severity};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A showfloor catalogue file.
    Toml,
    /// frab/Pentabarf schedule XML (frab, pretalx, Indico, the c3voc tools).
    FrabXml,
    /// The c3voc `schedule.json`, versions 1 and 2.
    ScheduleJson,
    ICalendar,
    Csv,
    Xlsx,
    Ods,
    /// The old binary Excel format.
    Xls,
}

impl Format {
    /// The format's name as the catalogue text an import writes says it (its header comment
    /// and its records' `sources`): in English whatever the reader's language, so the same
    /// file imported in any language gives the same catalogue. Messages say [`Format::label`].
    pub fn describe(self) -> &'static str {
        match self {
            Format::Toml => "showfloor catalogue",
            Format::FrabXml => "frab/Pentabarf schedule XML",
            Format::ScheduleJson => "c3voc schedule JSON",
            Format::ICalendar => "iCalendar",
            Format::Csv => "CSV spreadsheet",
            Format::Xlsx => "XLSX spreadsheet",
            Format::Ods => "ODS spreadsheet",
            Format::Xls => "XLS spreadsheet",
        }
    }

    /// The format's name in messages, in the reader's language ("frab/Pentabarf schedule
    /// XML").
    pub fn label(self) -> &'static str {
        match self {
            Format::Toml => crate::tr!("import-format-toml"),
            Format::FrabXml => crate::tr!("import-format-frab-xml"),
            Format::ScheduleJson => crate::tr!("import-format-schedule-json"),
            Format::ICalendar => crate::tr!("import-format-icalendar"),
            Format::Csv => crate::tr!("import-format-csv"),
            Format::Xlsx => crate::tr!("import-format-xlsx"),
            Format::Ods => crate::tr!("import-format-ods"),
            Format::Xls => crate::tr!("import-format-xls"),
        }
    }

    fn from_extension(path: &Path) -> Option<Format> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match extension.as_str() {
            "toml" => Format::Toml,
            "xml" => Format::FrabXml,
            "json" => Format::ScheduleJson,
            "ics" | "ical" | "ifb" => Format::ICalendar,
            "csv" | "tsv" => Format::Csv,
            "xlsx" | "xlsm" => Format::Xlsx,
            "ods" => Format::Ods,
            "xls" => Format::Xls,
            _ => return None,
        })
    }
}

/// What a file was taken to be, and what was odd about it.
#[derive(Debug)]
pub struct Detected {
    /// `None`: nothing showfloor reads.
    pub format: Option<Format>,
    problem: Option<(Severity, String)>,
}

impl Detected {
    /// The problem, if any, as a diagnostic at the file's start.
    pub fn diagnostics(&self, shown: &str) -> Option<Diagnostic> {
        let (severity, message) = self.problem.clone()?;
        let location = Location { path: shown.to_owned(), line: 1, column: 1 };
        Some(Diagnostic { severity, location, message })
    }
}

/// The format of `bytes`, read from `path`.
pub fn detect(path: &Path, bytes: &[u8]) -> Detected {
    let by_extension = Format::from_extension(path);
    let by_content = sniff(bytes);
    match (by_content, by_extension) {
        (Some(content), Some(named)) if content != named => {
            let message =
                crate::tr!("import-misnamed", named = named.label(), content = content.label());
            Detected { format: Some(content), problem: Some((Severity::Warning, message)) }
        }
        (Some(content), _) => Detected { format: Some(content), problem: None },
        (None, Some(named)) => Detected { format: Some(named), problem: None },
        (None, None) if looks_like_text(bytes) => {
            // Text that is nothing else: a catalogue, as before imports existed.
            Detected { format: Some(Format::Toml), problem: None }
        }
        (None, None) => Detected {
            format: None,
            problem: Some((Severity::Error, crate::tr!("import-unknown-format").to_owned())),
        },
    }
}

/// The format the first bytes show, when they show one.
fn sniff(bytes: &[u8]) -> Option<Format> {
    if bytes.starts_with(b"PK\x03\x04") {
        // An ODS file starts with its `mimetype` member, stored uncompressed.
        let head = &bytes[..bytes.len().min(128)];
        let ods = memchr::memmem::find(head, b"application/vnd.oasis.opendocument.spreadsheet");
        return Some(if ods.is_some() { Format::Ods } else { Format::Xlsx });
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Some(Format::Xls);
    }
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = text.iter().position(|b| !b.is_ascii_whitespace())?;
    let text = &text[start..];
    match text.first()? {
        b'<' => Some(Format::FrabXml),
        b'{' => Some(Format::ScheduleJson),
        _ if text.len() >= 15 && text[..15].eq_ignore_ascii_case(b"BEGIN:VCALENDAR") => {
            Some(Format::ICalendar)
        }
        _ => None,
    }
}

/// Whether `bytes` could be a text file: no NUL in its first kilobytes.
fn looks_like_text(bytes: &[u8]) -> bool {
    !bytes[..bytes.len().min(8192)].contains(&0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn format(name: &str, bytes: &[u8]) -> Option<Format> {
        detect(Path::new(name), bytes).format
    }

    #[test]
    fn content_decides_and_the_name_breaks_ties() {
        assert_eq!(
            format("a.json", b"\n <?xml version=\"1.0\"?><schedule/>"),
            Some(Format::FrabXml)
        );
        assert_eq!(format("a.xml", b"{\"schedule\": {}}"), Some(Format::ScheduleJson));
        assert_eq!(format("feed", b"BEGIN:VCALENDAR\r\n"), Some(Format::ICalendar));
        assert_eq!(format("list.csv", b"Company,Stand\nAcme,B1\n"), Some(Format::Csv));
        assert_eq!(format("list.txt", b"[[company]]\n"), Some(Format::Toml));
        assert_eq!(format("a.bin", b"\0\0\x01"), None);
    }

    #[test]
    fn a_misnamed_file_is_read_for_what_it_is_with_a_warning() {
        let detected = detect(Path::new("schedule.json"), b"<schedule/>");
        let warning = detected.diagnostics("schedule.json").expect("a warning");
        assert_eq!(
            warning.to_string(),
            "schedule.json:1:1: warning: the name says c3voc schedule JSON but the content is \
             frab/Pentabarf schedule XML; read as frab/Pentabarf schedule XML"
        );
    }
}
