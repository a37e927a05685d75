//! `update` for the overlays that take the keys while open: the search box, the list filter,
//! the facet panel and the compare view.

use super::*;

pub(super) fn search(app: &mut App, action: Action) {
    if edit(&mut app.search.input, &action, &mut app.message) {
        run_search(app);
        return;
    }
    match action {
        Action::Close => {
            app.mode = Mode::Browse;
            // The terminal may have been resized while the search was open.
            keep_link_visible(app);
        }
        Action::Accept => {
            if let Some(record) = app.shown() {
                app.mode = Mode::Browse;
                navigate(app, record);
            }
        }
        Action::Click { column, row } => {
            if let Some(area) = app.areas().and_then(|a| a.search) {
                let inside = inner(area);
                let first_row = inside.y + 2;
                if contains(inside, column, row) && row >= first_row {
                    let index = app.search.offset + usize::from(row - first_row);
                    if index < app.search.hits.len() {
                        app.search.cursor = index;
                    }
                }
            }
        }
        Action::Scroll { down, .. } => {
            let step = if down { Action::Down } else { Action::Up };
            for _ in 0..WHEEL_STEP {
                move_search_cursor(app, &step);
            }
        }
        action if is_movement(&action) => move_search_cursor(app, &action),
        _ => {}
    }
}

pub(super) fn move_search_cursor(app: &mut App, action: &Action) {
    let rows = app.search_rows();
    app.search.cursor = moved(app.search.cursor, app.search.hits.len(), rows, action);
    app.search.offset = keep_visible(app.search.cursor, app.search.offset, rows.max(1));
}

/// Put records whose note matches `query` first: the user's own words are what they are most
/// likely looking for. The query is read as everywhere (`Query::matches_text`), as typed.
/// Notes are few and change while browsing, so they are matched here rather than indexed.
pub(super) fn with_note_matches(
    app: &App,
    scope: Scoped<'_>,
    mut hits: Vec<crate::search::Hit>,
) -> Vec<crate::search::Hit> {
    let query = crate::search::Query::parse(scope.words);
    if query.is_empty() || app.state.notes.is_empty() {
        return hits;
    }
    let mut noted: Vec<crate::search::Hit> = app
        .state
        .notes
        .iter()
        .filter(|(_, note)| query.matches_text(&note.text))
        .filter_map(|(id, _)| app.catalog.find(id))
        .filter(|&record| scope.kind.is_none_or(|kind| app.catalog.get(record).kind() == kind))
        .map(|record| crate::search::Hit {
            record,
            score: 0,
            field: crate::search::MatchField::Note,
        })
        .collect();
    if noted.is_empty() {
        return hits;
    }
    noted.sort_by_cached_key(|hit| fold(app.catalog.get(hit.record).name()));
    hits.retain(|hit| !noted.iter().any(|n| n.record == hit.record));
    noted.extend(hits);
    noted
}

/// Search for the input as it now stands: inline, or by leaving a job for the background
/// worker. A query that extends the one the current hits answer is matched only against them.
/// A `KIND:` before the words ("sys: kargu") scopes the search to that kind.
pub(super) fn run_search(app: &mut App) {
    let typed = app.search.input.text().to_owned();
    let (before, now) = (scoped(&app.search.answered), scoped(&typed));
    let narrows = before.kind == now.kind
        && crate::search::narrows(before.words, now.words)
        && !app.search.pending;
    let candidates = narrows.then(|| Arc::clone(&app.search.matched));
    app.search.generation += 1;
    let query = now.words.to_owned();
    let job = SearchJob { generation: app.search.generation, query, kind: now.kind, candidates };
    if app.settings.background_search {
        app.search.pending = true;
        app.emit(Effect::Search(job));
        return;
    }
    let candidates = job.candidates.as_deref();
    let found =
        app.index.search_within(&job.query, job.kind, candidates, &|| false).unwrap_or_default();
    let matched = Arc::new(found.matched);
    let results = SearchResults { generation: job.generation, hits: found.hits, matched };
    take_search_results(app, results);
}

pub(super) fn filter(app: &mut App, action: Action) {
    if edit(&mut app.filter, &action, &mut app.message) {
        let keep = app.selected();
        app.refilter(keep);
        reset_detail(app);
        return;
    }
    match action {
        Action::Accept => app.mode = Mode::Browse,
        Action::Close => {
            app.mode = Mode::Browse;
            clear_filter(app);
        }
        action if is_movement(&action) => move_list_cursor(app, &action),
        _ => {}
    }
}

/// The line asking for a plan file: Enter asks the terminal layer to read it (the merge comes
/// back as [`Msg::PlanRead`]), Esc leaves it.
pub(super) fn import_plan(app: &mut App, action: Action) {
    let Mode::ImportPlan(input) = &mut app.mode else { return };
    if edit(input, &action, &mut app.message) {
        return;
    }
    match action {
        Action::Accept => {
            let typed = input.text().trim().to_owned();
            if typed.is_empty() {
                app.message = Some(crate::tr!("ui-import-plan-empty").into());
                return;
            }
            app.mode = Mode::Browse;
            let path = crate::config::resolve(std::path::Path::new("."), &typed);
            app.emit(Effect::ImportPlan(path));
        }
        Action::Close => app.mode = Mode::Browse,
        _ => {}
    }
}

/// A plan file read (or why not): merged into the marks and notes, saved, and said.
pub(super) fn plan_read(
    app: &mut App,
    source: String,
    plan: Result<crate::features::plan::travel::Plan, String>,
) {
    let plan = match plan {
        Ok(plan) => plan,
        Err(why) => {
            app.message = Some(why);
            return;
        }
    };
    let now = app.now().to_string();
    let merged =
        crate::features::plan::travel::merge(&app.catalog, &app.state, &plan, &source, &now);
    let source = crate::text::sanitize_line(&source).into_owned();
    if merged.changes.is_empty() {
        app.message = Some(crate::tr!("plan-import-nothing", file = &source));
        return;
    }
    let mut said = crate::tr!("plan-import-done", file = &source, changes = merged.changes.len());
    if !merged.not_here.is_empty() {
        said = format!("{said}; {}", crate::tr!("plan-import-kept", count = merged.not_here.len()));
    }
    app.merge_state(merged.state);
    app.emit(Effect::Save);
    reset_detail(app);
    app.message = Some(said);
}

pub(super) fn facets(app: &mut App, action: Action) {
    match action {
        Action::Close | Action::OpenFacets => app.mode = Mode::Browse,
        Action::ToggleFacet => {
            use crate::browser::app::facets::FacetRow;
            let row = app.facet_panel().and_then(|panel| panel.rows.get(panel.cursor)).cloned();
            let editions =
                app.earlier.as_ref().map(|earlier| std::sync::Arc::clone(earlier.editions()));
            let Some(filters) = app.shelves.current_facets_mut() else { return };
            match (row, editions) {
                (Some(FacetRow::Value { field, value, .. }), _) => filters.toggle(field, &value),
                (Some(FacetRow::EditionValue { edition, .. }), Some(editions)) => {
                    filters.toggle_edition(edition, &editions)
                }
                _ => return,
            }
            facets_changed(app);
        }
        Action::ClearFacets => clear_facets(app),
        Action::ToggleHelp => open_help(app),
        action if is_movement(&action) => {
            let rows = app.facet_rows().max(1);
            let Mode::Facets(panel) = &mut app.mode else { return };
            let target = moved(panel.cursor, panel.rows.len(), rows, &action);
            let forward = target >= panel.cursor;
            panel.cursor = panel.value_row_near(target, forward);
            panel.offset = keep_visible(panel.cursor, panel.offset, rows);
        }
        _ => {}
    }
}

/// After a facet value was chosen, dropped or cleared: the list, the counts and the detail.
pub(super) fn facets_changed(app: &mut App) {
    app.refilter_keeping_selection();
    app.rebuild_facet_panel();
    reset_detail(app);
}

pub(super) fn clear_facets(app: &mut App) {
    if let Some(filters) = app.shelves.current_facets_mut() {
        *filters = crate::features::facet::Filters::default();
    }
    facets_changed(app);
}

pub(super) fn compare(app: &mut App, action: Action) {
    match action {
        Action::Close | Action::OpenCompare => app.mode = Mode::Browse,
        Action::EmptyTray => {
            app.tray.clear();
            app.mode = Mode::Browse;
            app.message = Some(crate::tr!("ui-tray-emptied").into());
        }
        // Bounded here, by the table as drawn: j past the end does nothing, so k moves at once.
        Action::Down => {
            let last = app.current_compare_table().map_or(0, |table| table.max_scroll());
            if let Mode::Compare { scroll } = &mut app.mode {
                *scroll = (*scroll + 1).min(last);
            }
        }
        Action::Up => {
            if let Mode::Compare { scroll } = &mut app.mode {
                *scroll = scroll.saturating_sub(1);
            }
        }
        Action::ToggleHelp => open_help(app),
        _ => {}
    }
}

pub(super) fn toggle_compare(app: &mut App) {
    let Some(record) = app.focused_record() else { return };
    let name = crate::text::sanitize_line(app.catalog.get(record).name()).into_owned();
    if let Some(at) = app.tray.iter().position(|&r| r == record) {
        app.tray.remove(at);
        app.message = Some(crate::tr!("ui-tray-out", name = &name, count = app.tray.len()));
    } else if app.tray.len() >= crate::features::compare::MAX_COLUMNS {
        app.message = Some(crate::tr!("ui-tray-full", max = crate::features::compare::MAX_COLUMNS));
    } else {
        app.tray.push(record);
        app.message = Some(crate::tr!(
            "ui-tray-in",
            name = &name,
            count = app.tray.len(),
            max = crate::features::compare::MAX_COLUMNS
        ));
    }
}

pub(super) fn clear_filter(app: &mut App) {
    let keep = app.selected();
    app.filter.clear();
    app.refilter(keep);
}
