//! `showfloor export plan` and `export list`: the text from `crate::export`, written to the
//! file `--out` names or to standard output.

use std::io::Write;
use std::path::PathBuf;

use super::CliError;
use super::query::{emptied, narrowed, parse_kind};
use crate::catalog::Catalog;
use crate::text::sanitize_line;

/// `showfloor export plan`: the plan from the catalogue's state file, to a file or stdout.
pub(super) fn export_plan(
    catalog: &Catalog,
    state_file: Option<PathBuf>,
    now: Option<jiff::civil::DateTime>,
    format: crate::export::Format,
    file: Option<PathBuf>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), CliError> {
    let key = crate::state::catalogue_key(catalog);
    // A state file named but not there is a mistyped path, not an empty plan: say so rather
    // than export nothing with success. (The default one may not exist yet: nothing marked.)
    if let Some(named) = state_file.as_deref()
        && std::fs::symlink_metadata(named).is_err()
    {
        return Err(CliError::MissingStateFile(named.to_path_buf()));
    }
    let path =
        state_file.or_else(|| crate::state::default_path(&key)).ok_or(CliError::NoStateFile)?;
    let opened = crate::state::Store::open(path, &key)?;
    if let Some(notice) = opened.notice {
        let notice = sanitize_line(&notice).into_owned();
        writeln!(err, "{}", crate::tr!("cli-warning", message = notice))
            .map_err(CliError::stderr)?;
    }
    let stamp = crate::browser::app::Clock { fixed: now }.now(&catalog.time_zone());
    let text = crate::export::plan(catalog, &opened.state, format, stamp);
    write_export(&text, file.as_deref(), out)
}

/// An export's text to the file `--out` names, or to standard output.
fn write_export(
    text: &str,
    file: Option<&std::path::Path>,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    match file {
        // Whole or not at all, never over a device or a FIFO: the one writer of safe_write.
        Some(file) => crate::safe_write::replace(file, text.as_bytes())
            .map_err(|error| CliError::writing(file)(error.source)),
        None => out.write_all(text.as_bytes()).map_err(CliError::stdout),
    }
}

/// `showfloor export list`: exact data to a file or a pipe, sanitised for a terminal.
/// `(kind, filters)` as typed; `--where edition=…` reads `earlier`.
pub(super) fn export_list(
    catalog: &Catalog,
    earlier: Option<&crate::features::diff::Earlier>,
    (kind, filters): (&str, &[String]),
    format: crate::export::ListFormat,
    file: Option<PathBuf>,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let kind = parse_kind(kind)?;
    let (ids, filters) = narrowed(catalog, earlier, kind, filters)?;
    let text = crate::export::list(catalog, kind, &ids, format, &filters.describe())?;
    write_export(&text, file.as_deref(), out)?;
    emptied(kind, &ids, &filters)
}
