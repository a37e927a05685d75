//! The browser's exports (`x`, `X`): written to the folder `--out` names (the current directory
//! unless it does), never over an earlier export, and said where, in full, in the status bar.

use std::path::{Path, PathBuf};

use crate::browser::app::App;
use crate::safe_write;
use crate::state;

/// Write the plan as Markdown, iCalendar and JSON in `dir`, and say where.
pub(super) fn export_plan(app: &App, plan: &state::State, dir: &Path) -> String {
    let key = state::catalogue_key(app.catalog());
    let now = app.now();
    let formats =
        [crate::export::Format::Md, crate::export::Format::Ics, crate::export::Format::Json];
    let texts: Vec<(&str, String)> = formats
        .iter()
        .map(|&format| (format.extension(), crate::export::plan(app.catalog(), plan, format, now)))
        .collect();
    match write_set(dir, &format!("{key}-plan"), &texts) {
        Ok(first) => crate::tr!("notice-plan-exported", path = first),
        Err(error) => error.to_string(),
    }
}

/// Write the list on screen, as filtered, as CSV and a Markdown dossier in `dir`, and say
/// where.
pub(super) fn export_list(app: &App, dir: &Path) -> String {
    let Some(kind) = app.current_section().and_then(|s| s.kind()) else {
        return crate::tr!("notice-list-one-kind").into();
    };
    let key = state::catalogue_key(app.catalog());
    let name = crate::text::slug(kind.plural());
    // What narrowed the list on screen: the facets chosen and the filter typed.
    let mut narrowed: Vec<String> =
        app.current_facets().map(|f| f.describe()).into_iter().collect();
    if !app.filter().text().is_empty() {
        narrowed.push(crate::tr!("notice-list-match", text = app.filter().text()));
    }
    let narrowed = narrowed.into_iter().filter(|n| !n.is_empty()).collect::<Vec<_>>().join(" · ");
    let mut texts = Vec::new();
    for format in [crate::export::ListFormat::Csv, crate::export::ListFormat::Md] {
        match crate::export::list(app.catalog(), kind, &app.list().visible, format, &narrowed) {
            Ok(text) => texts.push((format.extension(), text)),
            Err(error) => {
                return crate::tr!("notice-list-cannot-export", reason = error.to_string());
            }
        }
    }
    let count = app.list().visible.len();
    match write_set(dir, &format!("{key}-{name}"), &texts) {
        Ok(first) => crate::tr!("notice-list-exported", count = count, path = first),
        Err(error) => error.to_string(),
    }
}

/// Write the set under the first free name, and give the first file's full path to show.
fn write_set(
    dir: &Path,
    stem: &str,
    texts: &[(&str, String)],
) -> Result<String, safe_write::WriteError> {
    let files: Vec<(&str, &[u8])> =
        texts.iter().map(|(ext, text)| (*ext, text.as_bytes())).collect();
    let written = safe_write::new_set(dir, stem, &files)?;
    let first = written.first().map(PathBuf::as_path).unwrap_or(dir);
    Ok(crate::text::sanitize_line(&safe_write::absolute(first).display().to_string()).into_owned())
}
