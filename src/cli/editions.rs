//! Editions on the command line: `showfloor diff OLD NEW`, and `--compare-to OLD`, the earlier
//! edition loaded beside the catalogue for the commands that read it (`show`, `list`, `search`,
//! `export list`), with what `show` says of a changed record.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::{CliError, Command, ExportTarget, Roots, json, plain, usable};
use crate::catalog::{Catalog, RecordId};
use crate::features::diff::{Earlier, Edition};
use crate::text::sanitize_line;

/// Whether `command` reads `--compare-to`: the others would silently ignore it.
pub(super) fn reads_compare_to(command: &Command) -> bool {
    matches!(
        command,
        Command::Show { .. }
            | Command::List { .. }
            | Command::Search { .. }
            | Command::Export { target: ExportTarget::List { .. } }
    )
}

/// The edition in `old`, compared with `new`; like any catalogue answered from, it must load
/// cleanly (or `--keep-going`, said).
pub(super) fn earlier(
    old: &Path,
    roots: &Roots,
    new: &Catalog,
    keep_going: bool,
    err: &mut dyn Write,
) -> Result<Earlier, CliError> {
    let loaded = roots.other(PathBuf::from(old)).load();
    usable(&loaded, keep_going, err)?;
    Ok(Earlier::new(old, loaded.catalog, new))
}

/// `show --compare-to`: the "Changed since OLD" section of a changed record, each change on a
/// line of its own ("Stand: B-112 → B-120"), wrapped to `width`.
pub(super) fn changed_section(
    catalog: &Catalog,
    earlier: &Earlier,
    record: RecordId,
    width: usize,
    out: &mut dyn Write,
) -> io::Result<()> {
    let Some(changes) = earlier.shown_changes(catalog, record) else { return Ok(()) };
    let edition = sanitize_line(earlier.name()).into_owned();
    writeln!(out, "\n{}", crate::tr!("edition-changed-since", edition = edition))?;
    for change in changes {
        for (at, line) in crate::text::wrap(&change.line(), width.saturating_sub(4).max(20))
            .into_iter()
            .enumerate()
        {
            let indent = if at == 0 { "  " } else { "    " };
            writeln!(out, "{indent}{line}")?;
        }
    }
    Ok(())
}

/// `showfloor diff OLD NEW`: both editions must load cleanly to be compared.
pub(super) fn compare_editions(
    old: &std::path::Path,
    new: &std::path::Path,
    reading: &crate::import::Options,
    json: bool,
    keep_going: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), CliError> {
    let roots = Roots { data: Vec::new(), reading: reading.clone() };
    let old = roots.other(old.to_path_buf()).load();
    let new = roots.other(new.to_path_buf()).load();
    let (old, new) = (usable(&old, keep_going, err)?, usable(&new, keep_going, err)?);
    let found = crate::features::diff::diff(old, new);
    if json {
        json::print(out, &json::diff(old, new, &found))
    } else {
        plain::diff(old, new, &found, out)
    }
    .map_err(CliError::stdout)
}

/// `show ID --compare-to OLD` for a record gone since OLD: its page as OLD has it (no
/// "Changed since"), after a line on stderr that says so; with `--json`, its object with
/// `"edition": "removed"`.
pub(super) fn show_removed(
    earlier: &Earlier,
    id: &str,
    json: bool,
    width: usize,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), CliError> {
    let Some(gone) = earlier.removed(id) else { return Ok(()) };
    let old = earlier.catalog();
    if json {
        let mut shown = json::record(old, gone, true);
        if let serde_json::Value::Object(object) = &mut shown {
            object.insert("edition".into(), serde_json::json!("removed"));
            object.insert("changed".into(), serde_json::json!([]));
        }
        return json::print(out, &shown).map_err(CliError::stdout);
    }
    let note = crate::tr!(
        "cli-show-removed",
        id = sanitize_line(id).into_owned(),
        edition = sanitize_line(earlier.name()).into_owned()
    );
    writeln!(err, "{note}").map_err(CliError::stderr)?;
    plain::record(old, gone, None, width, out).map_err(CliError::stdout)
}

/// A list's or a search's context with the record's badge first when `--compare-to` is given
/// and the record is new or changed ("CHANGED · company · Mali"), as the browser badges it.
pub(super) fn badged(earlier: Option<&Earlier>, record: RecordId, context: String) -> String {
    let badge = match earlier.map(|earlier| earlier.edition_of(record)) {
        Some(Edition::New) => crate::tr!("ui-badge-new"),
        Some(Edition::Changed) => crate::tr!("ui-badge-changed"),
        Some(Edition::Same) | None => return context,
    };
    if context.is_empty() { badge.to_owned() } else { format!("{badge} · {context}") }
}

/// `list --json` and `search --json` with `--compare-to`: each record's `"edition"` ("new",
/// "changed", "same"), as `show --json` has it. `records` are the array's, in its order.
pub(super) fn mark_editions(
    found: &mut serde_json::Value,
    earlier: &Earlier,
    records: &[RecordId],
) {
    let Some(array) = found.as_array_mut() else { return };
    for (entry, &record) in array.iter_mut().zip(records) {
        if let Some(object) = entry.as_object_mut() {
            object.insert("edition".into(), earlier.edition_of(record).key().into());
        }
    }
}
