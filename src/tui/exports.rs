//! The browser's exports (`x`, `X`): written beside the state file, or in the current directory
//! without one, and said where in the status bar.

use std::io;
use std::path::PathBuf;

use crate::app::App;
use crate::state::{self, Saver};

/// Where the browser writes exports: beside the state file, or the current directory without
/// one.
fn export_dir(saver: Option<&Saver>) -> PathBuf {
    saver.and_then(Saver::folder).map_or_else(|| PathBuf::from("."), PathBuf::from)
}

/// Write the plan as Markdown, iCalendar and JSON beside the state file (or in the current
/// directory without one), and say where.
pub(super) fn export_plan(app: &App, plan: &state::State, saver: Option<&Saver>) -> String {
    let key = state::catalogue_key(&app.catalog);
    let dir = export_dir(saver);
    let now = app.now();
    let mut written = Vec::new();
    for format in
        [crate::export::Format::Md, crate::export::Format::Ics, crate::export::Format::Json]
    {
        let path = dir.join(format!("{key}-plan.{}", format.extension()));
        let text = crate::export::plan(&app.catalog, plan, format, now);
        if let Err(error) = std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&path, text))
        {
            return format!("cannot write {}: {error}", path.display());
        }
        written.push(path);
    }
    format!("plan exported to {} (and .ics, .json)", written[0].display())
}

/// Write the list on screen, as filtered, as CSV and a Markdown dossier beside the state file,
/// and say where.
pub(super) fn export_list(app: &App, saver: Option<&Saver>) -> String {
    let Some(kind) = app.current_section().and_then(|s| s.kind()) else {
        return "only a list of one kind can be exported".into();
    };
    let key = state::catalogue_key(&app.catalog);
    let dir = export_dir(saver);
    let name = crate::text::slug(kind.plural());
    // What narrowed the list on screen: the facets chosen and the filter typed.
    let mut narrowed: Vec<String> =
        app.current_facets().map(|f| f.describe()).into_iter().collect();
    if !app.filter.text().is_empty() {
        narrowed.push(format!("a match for \"{}\"", app.filter.text()));
    }
    let narrowed = narrowed.into_iter().filter(|n| !n.is_empty()).collect::<Vec<_>>().join(" · ");
    let mut first = None;
    for format in [crate::export::ListFormat::Csv, crate::export::ListFormat::Md] {
        let path = dir.join(format!("{key}-{name}.{}", format.extension()));
        let visible = &app.list.visible;
        let written = crate::export::list(&app.catalog, kind, visible, format, &narrowed)
            .map_err(|e| io::Error::other(e.to_string()))
            .and_then(|text| {
                std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&path, text))
            });
        if let Err(error) = written {
            return format!("cannot write {}: {error}", path.display());
        }
        first.get_or_insert(path);
    }
    let shown = first.map(|p| p.display().to_string()).unwrap_or_default();
    let count = app.list.visible.len();
    let records = if count == 1 { "record" } else { "records" };
    format!("{count} {records} exported to {shown} (and .md)")
}
