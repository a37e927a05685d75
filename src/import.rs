//! Published files into catalogues: schedules (frab/Pentabarf XML, the c3voc schedule JSON,
//! iCalendar) and exhibitor spreadsheets (CSV, XLSX, ODS). Each format is read into a
//! [`draft::Draft`] with every problem as a diagnostic at its line and column (a spreadsheet's
//! row and column, with the cell named); drafts become catalogue text (format v1) with stable
//! ids ([`emit`]); and that text is loaded like any catalogue file, its diagnostics moved back
//! to the places in the imported file they concern. `showfloor --data FILE` and
//! `showfloor import FILE --out DIR` are the same import: what one shows, the other writes.

mod columns;
mod detect;
mod draft;
mod emit;
mod frab;
mod ical;
mod report;
mod schedule_json;
mod sheet;
mod text;
mod times;

use std::path::{Path, PathBuf};

use crate::catalog::{self, Diagnostic, Input, Loaded, Progress};
pub use columns::{Column, ColumnMap, ColumnsError};
pub use detect::{Format, detect};
use report::Report;
pub use report::column_letters;

/// How to read the files: what the command line says beyond the paths.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// `--columns name=B,stand=D`: spreadsheet columns named by hand.
    pub columns: ColumnMap,
}

/// One imported file: the catalogue text it makes, and every problem found reading it.
#[derive(Debug)]
pub struct Imported {
    /// The imported file's path, as diagnostics show it.
    pub path: String,
    pub format: Format,
    pub diagnostics: Vec<Diagnostic>,
    emitted: emit::Emitted,
    /// Events, talks, people, companies and systems read.
    draft_counts: (usize, usize, usize, usize, usize),
}

impl Imported {
    /// The catalogue text (format v1).
    pub fn toml(&self) -> &str {
        &self.emitted.toml
    }

    /// Whether nothing at all was read from the file.
    pub fn is_empty(&self) -> bool {
        let (events, talks, people, companies, systems) = self.draft_counts;
        events + talks + people + companies + systems == 0
    }

    /// What the file holds, for people: "1 event, 812 talks, 640 people".
    pub fn counts(&self) -> String {
        let (events, talks, people, companies, systems) = self.draft_counts;
        let parts: Vec<String> = [
            (events, crate::tr!("import-count-events", count = events)),
            (talks, crate::tr!("import-count-talks", count = talks)),
            (people, crate::tr!("import-count-people", count = people)),
            (companies, crate::tr!("import-count-companies", count = companies)),
            (systems, crate::tr!("import-count-systems", count = systems)),
        ]
        .into_iter()
        .filter(|(count, _)| *count > 0)
        .map(|(_, text)| text)
        .collect();
        if parts.is_empty() {
            crate::tr!("import-count-nothing").to_owned()
        } else {
            parts.join(", ")
        }
    }

    /// Where line `line` of [`Imported::toml`] came from in the imported file.
    fn origin_of(&self, line: u32) -> Option<draft::At> {
        self.emitted.origin_of(line)
    }
}

/// Read each `(shown path, bytes)` in its format and make the catalogue text of them all, ids
/// given across every file (a speaker on two schedules is one person).
pub fn import_files(files: &[(String, Format, Vec<u8>)], options: &Options) -> Vec<Imported> {
    let read: Vec<(draft::Draft, Vec<Diagnostic>)> = files
        .iter()
        .map(|(path, format, bytes)| {
            let mut report = Report::new(path);
            let draft = read_format(*format, bytes, options, &mut report);
            (draft, report.finish())
        })
        .collect();
    let inputs: Vec<emit::Input<'_>> = files
        .iter()
        .zip(&read)
        .map(|((path, format, _), (draft, _))| emit::Input {
            path,
            format: format.describe(),
            draft,
        })
        .collect();
    let emitted = emit::emit_all(&inputs);
    files
        .iter()
        .zip(read)
        .zip(emitted)
        .map(|(((path, format, _), (draft, mut diagnostics)), emitted)| {
            let draft_counts = (
                usize::from(draft.event.is_some()),
                draft.talks.len(),
                draft.people.len(),
                draft.companies.len(),
                draft.companies.iter().map(|c| c.products.len()).sum(),
            );
            let mut report = Report::new(path);
            for (at, message) in &emitted.notes {
                report.warning(*at, message.clone());
            }
            diagnostics.extend(report.finish());
            Imported { path: path.clone(), format: *format, diagnostics, emitted, draft_counts }
        })
        .collect()
}

fn read_format(
    format: Format,
    bytes: &[u8],
    options: &Options,
    report: &mut Report,
) -> draft::Draft {
    match format {
        Format::Toml => draft::Draft::default(),
        Format::FrabXml => frab::read(bytes, report),
        Format::ScheduleJson => schedule_json::read(bytes, report),
        Format::ICalendar => ical::read(bytes, report),
        Format::Csv | Format::Xlsx | Format::Ods | Format::Xls => {
            sheet::read(format, bytes, &options.columns, report)
        }
    }
}

/// Load `roots` merged into one catalogue, as `--data` names them: a folder is a catalogue's
/// `*.toml` files; a file is a catalogue file or, when its content is a schedule or a
/// spreadsheet, imported. No roots: the embedded catalogue.
pub fn load(roots: &[PathBuf], options: &Options, progress: &Progress) -> Loaded {
    if roots.is_empty() {
        return catalog::load_observed(&catalog::embedded(), progress);
    }
    let mut inputs = Vec::new();
    let mut first_problems = Vec::new();
    let mut to_import = Vec::new();
    for root in roots {
        let shown = root.display().to_string();
        let is_file = std::fs::metadata(root).is_ok_and(|meta| meta.is_file());
        if !is_file {
            let (found, problems) = catalog::list_files(root);
            inputs.extend(found.into_iter().map(Input::Disk));
            first_problems.extend(problems);
            continue;
        }
        match catalog::read_file(root) {
            Err(error) => first_problems.push(error.diagnostic(&shown)),
            Ok(bytes) => {
                let detected = detect(root, &bytes);
                first_problems.extend(detected.diagnostics(&shown));
                match detected.format {
                    None => {}
                    Some(Format::Toml) => inputs.push(Input::Memory { shown, bytes }),
                    Some(format) => to_import.push((shown, format, bytes)),
                }
            }
        }
    }
    let imported = import_files(&to_import, options);
    for file in &imported {
        first_problems.extend(file.diagnostics.iter().cloned());
        inputs.push(Input::Memory {
            shown: file.path.clone(),
            bytes: file.toml().as_bytes().to_vec(),
        });
    }
    let mut loaded = catalog::load_inputs(inputs, progress);
    relocate(&mut loaded, &imported);
    first_problems.append(&mut loaded.diagnostics);
    loaded.diagnostics = first_problems;
    loaded
}

/// Problems the catalogue found in imported text, and its records' origins, moved to the
/// places in the imported files they came from.
pub fn relocate(loaded: &mut Loaded, imported: &[Imported]) {
    for file in imported {
        for diagnostic in &mut loaded.diagnostics {
            if diagnostic.location.path == file.path
                && let Some(at) = file.origin_of(diagnostic.location.line)
            {
                diagnostic.location.line = at.line;
                diagnostic.location.column = at.column;
            }
        }
        loaded.catalog.relocate(&file.path, |line| file.origin_of(line).map_or(line, |at| at.line));
    }
}

/// The file name `import --out` writes for an imported file: its stem, `.toml`.
pub fn output_name(path: &Path) -> String {
    let stem =
        path.file_stem().map_or_else(|| "imported".into(), |s| s.to_string_lossy().into_owned());
    let stem = text::slug(&stem).unwrap_or_else(|| "imported".into());
    format!("{stem}.toml")
}
