//! `showfloor plan import FILE [--dry-run]`: a plan exported on another device or by a
//! colleague merged into the state here (`features::plan::travel` says how), each change
//! listed, then what it came to.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use super::table::Table;
use crate::catalog::{Catalog, Diagnostic, Location, Severity};
use crate::features::plan::travel::{self, Change};
use crate::text::sanitize_line;

/// Merge the plan in `file` into the state (`--state FILE`, or the catalogue's own), or with
/// `dry_run` only say what that would change. Exit status 1 when the file cannot be read
/// or is not a plan for this catalogue.
pub fn import(
    catalog: &Catalog,
    file: &Path,
    dry_run: bool,
    session: (Option<std::path::PathBuf>, Option<jiff::civil::DateTime>),
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> ExitCode {
    let (state_file, now) = session;
    let shown = file.display().to_string();
    let refuse = |line: usize, column: usize, message: String, err: &mut dyn Write| {
        let at = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        let location = Location { path: shown.clone(), line: at(line), column: at(column) };
        let _ = writeln!(err, "{}", Diagnostic { severity: Severity::Error, location, message });
        ExitCode::FAILURE
    };
    let key = crate::state::catalogue_key(catalog);
    let plan = match travel::open(file, &key) {
        Ok(plan) => plan,
        Err((line, column, message)) => return refuse(line, column, message, err),
    };
    let Some(path) = state_file.or_else(|| crate::state::default_path(&key)) else {
        return super::finish(Err(super::CliError::NoStateFile), err);
    };
    let mut opened = match crate::state::Store::open(path, &key) {
        Ok(opened) => opened,
        Err(error) => return super::finish(Err(error.into()), err),
    };
    let stamp = crate::browser::app::Clock { fixed: now }.now(&catalog.time_zone());
    let source = file.file_name().map_or(shown.clone(), |name| name.to_string_lossy().into());
    let merged = travel::merge(catalog, &opened.state, &plan, &source, &stamp.to_string());

    let mut table = Table::default();
    for (id, change) in &merged.changes {
        let name = catalog.find(id).map_or_else(
            || crate::tr!("plan-import-not-here").to_owned(),
            |record| catalog.get(record).name().to_owned(),
        );
        let what = match change {
            Change::Marked => crate::tr!("plan-change-marked"),
            Change::NoteAdded => crate::tr!("plan-change-note-added"),
            Change::NoteExtended => crate::tr!("plan-change-note-extended"),
            Change::NoteJoined => crate::tr!("plan-change-note-joined"),
        };
        table.row([what.to_owned(), id.clone(), name]);
    }
    let source = sanitize_line(&source).into_owned();
    let summary = if merged.changes.is_empty() {
        crate::tr!("plan-import-nothing", file = &source)
    } else if dry_run {
        crate::tr!("plan-import-dry-run", file = &source, changes = merged.changes.len())
    } else {
        if let Some(notice) = opened.notice.take() {
            let _ =
                writeln!(err, "{}", crate::tr!("cli-warning", message = sanitize_line(&notice)));
        }
        if let Err(error) = opened.store.save(&merged.state) {
            return super::finish(Err(error.into()), err);
        }
        crate::tr!("plan-import-done", file = &source, changes = merged.changes.len())
    };
    let written = table.write(out, 0).and_then(|()| writeln!(out, "{summary}"));
    if let Err(error) = written {
        return super::finish(Err(super::CliError::stdout(error)), err);
    }
    if !merged.not_here.is_empty() {
        let _ = writeln!(err, "{}", crate::tr!("plan-import-kept", count = merged.not_here.len()));
    }
    ExitCode::SUCCESS
}
