//! `update` for browsing the three panes: moving, opening, following links, history, the
//! floor plan and the mouse.

use super::*;

pub(super) fn browse(app: &mut App, action: Action) {
    match action {
        Action::FocusNext => app.focus = cycle(app.focus, true),
        Action::FocusPrev => app.focus = cycle(app.focus, false),
        Action::OpenSearch => {
            app.mode = Mode::Search;
            app.search.input.clear();
            app.search.answered.clear();
            app.search.pending = false;
            run_search(app);
        }
        Action::OpenFilter => {
            app.mode = Mode::Filter;
            app.focus = Pane::List;
        }
        Action::OpenFacets => match app.current_section().map(|s| (s.shelf, s.kind())) {
            Some((_, Some(kind))) if !crate::features::facet::facets_of(kind).is_empty() => {
                app.mode = Mode::Facets(crate::browser::app::facets::FacetPanel::default());
                app.focus = Pane::List;
                app.rebuild_facet_panel();
            }
            // My plan, against an earlier edition: narrowed to what is new or changed.
            Some((crate::browser::app::Shelf::Plan, _)) if app.earlier().is_some() => {
                app.mode = Mode::Facets(crate::browser::app::facets::FacetPanel::default());
                app.focus = Pane::List;
                app.rebuild_facet_panel();
            }
            _ => app.message = Some(crate::tr!("ui-no-facets").into()),
        },
        Action::ClearFacets => clear_facets(app),
        Action::CopyRecord => {
            if let Some(record) = app.focused_record() {
                let shown = app.catalog.get(record);
                // What a person pastes into a report: the id to look it up again, the name.
                let text = crate::text::sanitize_line(&format!("{} {}", shown.id(), shown.name()))
                    .into_owned();
                app.message = Some(crate::tr!("ui-copied", text = &text));
                app.emit(Effect::Copy(text));
            }
        }
        Action::ToggleCompare => toggle_compare(app),
        Action::OpenCompare if app.tray.len() < 2 => {
            app.message = Some(crate::tr!("ui-compare-needs-two").into());
        }
        Action::OpenCompare => {
            app.mode = Mode::Compare { scroll: 0 };
        }
        Action::ExportList => match app.current_section().and_then(|s| s.kind()) {
            Some(_) => app.emit(Effect::ExportList),
            None => app.message = Some(crate::tr!("ui-export-one-kind").into()),
        },
        Action::ToggleHelp => open_help(app),
        Action::OpenGraph => open_graph(app),
        Action::OpenNote => open_note(app),
        // Three empty files say nothing: say how to fill the plan instead.
        Action::ExportPlan if app.state.marks.is_empty() && app.state.notes.is_empty() => {
            app.message = Some(crate::tr!("ui-plan-empty-export").to_owned());
        }
        Action::ExportPlan => app.emit(Effect::ExportPlan),
        Action::ImportPlan => app.mode = Mode::ImportPlan(LineInput::default()),
        Action::Spatial(direction) => {
            let to = app.selected().and_then(|from| {
                let to = crate::features::floor::nearest(&app.catalog, from, direction)?;
                app.list.visible.iter().position(|&s| s == to)
            });
            match to {
                Some(at) => {
                    app.list.cursor = at;
                    app.keep_list_cursor_visible();
                    reset_detail(app);
                }
                // At the left edge, or on a floor with no stands, ← is the way back out, as it
                // is in every list.
                None if direction == crate::features::floor::Direction::Left => {
                    app.focus = Pane::Kinds
                }
                None => {}
            }
        }
        Action::ZoomIn => app.floor_zoom = (app.floor_zoom + 1).min(3),
        Action::ZoomOut => app.floor_zoom = app.floor_zoom.saturating_sub(1),
        Action::ShowOnFloor => show_on_floor(app),
        Action::Close if !app.filter.text().is_empty() => clear_filter(app),
        Action::HistoryBack | Action::HistoryForward => {
            walk_history(app, action == Action::HistoryBack)
        }
        Action::Open => open(app),
        Action::Leave => {
            app.focus = match app.focus {
                Pane::Detail => Pane::List,
                Pane::List | Pane::Kinds => Pane::Kinds,
            }
        }
        Action::Click { column, row } => click(app, column, row),
        Action::Scroll { column, row, down } => wheel(app, column, row, down),
        action if is_movement(&action) => match app.focus {
            Pane::Kinds => {
                let section =
                    moved(app.section(), app.sections().len(), app.sections().len(), &action);
                select_section(app, section);
            }
            Pane::List => move_list_cursor(app, &action),
            Pane::Detail => move_link_cursor(app, &action),
        },
        _ => {}
    }
}

pub(super) fn cycle(pane: Pane, forward: bool) -> Pane {
    match (pane, forward) {
        (Pane::Kinds, true) | (Pane::Detail, false) => Pane::List,
        (Pane::List, true) | (Pane::Kinds, false) => Pane::Detail,
        (Pane::Detail, true) | (Pane::List, false) => Pane::Kinds,
    }
}

pub(super) fn select_section(app: &mut App, section: usize) {
    if section != app.section() {
        app.open_section(section, None);
        reset_detail(app);
    }
}

pub(super) fn move_list_cursor(app: &mut App, action: &Action) {
    let before = app.list.cursor;
    app.list.cursor = moved(app.list.cursor, app.list.visible.len(), app.list_rows(), action);
    app.keep_list_cursor_visible();
    if app.list.cursor != before {
        reset_detail(app);
    }
}

pub(super) fn reset_detail(app: &mut App) {
    app.detail = crate::browser::app::DetailView::default();
}

/// Move the link cursor, or scroll the text when the record has no links.
pub(super) fn move_link_cursor(app: &mut App, action: &Action) {
    let Some(doc) = app.detail_doc() else { return };
    let rows = app.detail_rows();
    if doc.links.is_empty() {
        let last_offset = doc.rows.len().saturating_sub(rows);
        app.detail.scroll = moved(app.detail.scroll, last_offset + 1, rows, action);
        return;
    }
    let shown = app.detail.cursor_shown(&doc, rows);
    app.detail.untouched = false;
    if !shown && matches!(action, Action::Down | Action::Up) {
        // The first step shows the first link, wherever it is; a jump (G, PgDn) jumps.
        scroll_to_link(app, &doc);
        return;
    }
    // Paging in the detail moves by links that fit a screen, a fair stand-in for rows.
    app.detail.link_cursor = moved(app.detail.link_cursor, doc.links.len(), rows / 2, action);
    scroll_to_link(app, &doc);
}

pub(super) fn keep_link_visible(app: &mut App) {
    if app.detail.untouched {
        // Nothing moved since it opened: it stays at its top.
        app.detail.scroll = 0;
        return;
    }
    if let Some(doc) = app.detail_doc()
        && !doc.links.is_empty()
    {
        app.detail.link_cursor = app.detail.link_cursor.min(doc.links.len() - 1);
        scroll_to_link(app, &doc);
    }
}

/// A record just opened: shown from its top (its name and what it is), the cursor on its first
/// link, seen once something moves if that link is below the screen.
pub(super) fn open_at_top(app: &mut App) {
    app.detail = crate::browser::app::DetailView::default();
}

pub(super) fn scroll_to_link(app: &mut App, doc: &crate::browser::app::detail::DetailDoc) {
    let rows = app.detail_rows().max(1);
    let Some(row) = doc.link_row(app.detail.link_cursor) else { return };
    let margin = SCROLL_MARGIN.min(rows.saturating_sub(1) / 2);
    let top = row.saturating_sub(margin);
    let bottom = (row + margin).min(doc.rows.len().saturating_sub(1));
    let mut scroll = app.detail.scroll;
    if top < scroll {
        scroll = top;
    }
    if bottom >= scroll + rows {
        scroll = bottom + 1 - rows;
    }
    // Near the top, show the record's title rather than scroll a line or two past it; on the
    // first link, show it whenever the link fits below it (a record opens at its top).
    if row < rows.saturating_sub(margin) || app.detail.link_cursor == 0 && row < rows {
        scroll = 0;
    }
    app.detail.scroll = scroll;
}

/// From a company, to its stand on the floor plan.
pub(super) fn show_on_floor(app: &mut App) {
    let Some(record) = app.focused_record() else { return };
    let stand = match app.catalog.get(record).kind() {
        crate::catalog::Kind::Stand => Some(record),
        _ => app.catalog.stand_of(record),
    };
    let Some(stand) = stand else {
        let shown = app.catalog.get(record);
        let name = shown.name().to_owned();
        // A stand named on the card but on no plan: say that, not that there is none.
        app.message = Some(match shown.text(crate::catalog::Field::Stand) {
            Some(written) => crate::tr!("ui-stand-not-drawn", name = name, stand = written),
            None => crate::tr!("ui-no-stand", name = name),
        });
        return;
    };
    if let Some(floor) = app.shelves.position(crate::browser::app::Shelf::Floor) {
        app.filter.clear();
        app.open_section(floor, Some(stand));
        app.focus = Pane::List;
        reset_detail(app);
    }
}

/// On the floor plan, Enter opens the stand's exhibitor; a shared stand opens on its card,
/// whose links list them all.
pub(super) fn open_exhibitor(app: &mut App, stand: RecordId) {
    match app.exhibitors_of(stand).as_slice() {
        [] => app.message = Some(crate::tr!("ui-stand-empty").to_owned()),
        [company] => navigate(app, *company),
        _ => {
            app.history.push(Route::Record(stand));
            app.focus = Pane::Detail;
            open_at_top(app);
        }
    }
}

pub(super) fn open(app: &mut App) {
    let on_floor =
        app.current_section().is_some_and(|s| s.shelf == crate::browser::app::Shelf::Floor);
    match app.focus {
        Pane::Kinds => app.focus = Pane::List,
        Pane::List if on_floor => {
            if let Some(stand) = app.selected() {
                open_exhibitor(app, stand);
            }
        }
        // A removed record's page is read in place: it is no visit of this catalogue's.
        Pane::List if app.removed_shown().is_some() => {
            app.focus = Pane::Detail;
            open_at_top(app);
        }
        Pane::List => {
            if let Some(record) = app.selected() {
                app.history.push(Route::Record(record));
                app.focus = Pane::Detail;
                open_at_top(app);
            }
        }
        Pane::Detail => follow_link(app),
    }
}

pub(super) fn follow_link(app: &mut App) {
    let Some(doc) = app.detail_doc() else { return };
    if !app.detail.cursor_shown(&doc, app.detail_rows()) {
        app.message = Some(crate::tr!("ui-no-link-chosen").to_owned());
        return;
    }
    let Some(&(target, _)) = doc.links.get(app.detail.link_cursor) else {
        app.message = Some(crate::tr!("ui-no-link").to_owned());
        return;
    };
    // The page the link is followed from becomes part of the history (it may only have been
    // previewed from the list), with the cursor on the link, so Back returns to it.
    if let Some(current) = app.selected() {
        app.history.push(Route::Record(current));
        app.history.set_link_cursor(app.detail.link_cursor);
    }
    navigate(app, target);
}

/// Open `record` as a new visit: select its kind and the record in the list, focus the detail.
pub(in crate::browser::app) fn navigate(app: &mut App, record: RecordId) {
    show(app, record);
    app.history.push(Route::Record(record));
    app.focus = Pane::Detail;
    open_at_top(app);
}

/// Select `record` in the kinds and list panes (clearing a filter that hides it).
pub(super) fn show(app: &mut App, record: RecordId) {
    let kind = app.catalog.get(record).kind();
    if let Some(section) = app.shelves.position_of_kind(kind) {
        app.open_section(section, Some(record));
        if app.selected() != Some(record) {
            app.filter.clear();
            app.refilter(Some(record));
        }
    }
    reset_detail(app);
}

pub(super) fn walk_history(app: &mut App, back: bool) {
    // Moved on in the list since the last visit: the trail ends with the record on screen, so
    // Back first returns to the page visited, as the trail shows, not the one before it.
    let current = app.history.current().copied();
    if back
        && let Some(visit) = current
        && matches!(visit.route, Route::Record(_))
        && app.shown().is_some_and(|shown| Route::Record(shown) != visit.route)
    {
        show(app, visit.route.record());
        app.focus = Pane::Detail;
        app.detail.link_cursor = visit.link_cursor;
        app.detail.untouched = visit.link_cursor == 0;
        keep_link_visible(app);
        return;
    }
    // What the visit left is kept with it: the link cursor of a page, the row of the
    // relationship view.
    let cursor = app.graph_view().map_or(app.detail.link_cursor, |view| view.cursor);
    app.history.set_link_cursor(cursor);
    let visit = if back { app.history.back() } else { app.history.forward() };
    let Some(visit) = visit else {
        app.message = Some(
            if back { crate::tr!("ui-history-oldest") } else { crate::tr!("ui-history-newest") }
                .to_owned(),
        );
        return;
    };
    show(app, visit.route.record());
    app.focus = Pane::Detail;
    if let Route::Graph { record, depth } = visit.route {
        reopen_graph(app, record, depth, visit.link_cursor);
        return;
    }
    app.mode = Mode::Browse;
    if visit.link_cursor == 0 {
        open_at_top(app);
    } else {
        app.detail.link_cursor = visit.link_cursor;
        app.detail.untouched = false;
        keep_link_visible(app);
    }
}

pub(super) fn contains(rect: ratatui::layout::Rect, column: u16, row: u16) -> bool {
    rect.contains(ratatui::layout::Position::new(column, row))
}

pub(super) fn click(app: &mut App, column: u16, row: u16) {
    let Some(areas) = app.areas() else { return };
    if let Some(kinds) = areas.kinds
        && contains(kinds, column, row)
    {
        app.focus = Pane::Kinds;
        let inside = inner(kinds);
        if row >= inside.y && usize::from(row - inside.y) < app.sections().len() {
            select_section(app, usize::from(row - inside.y));
        }
    } else if let Some(list) = areas.list
        && contains(list, column, row)
    {
        app.focus = Pane::List;
        let inside = inner(list);
        if app.current_section().is_some_and(|s| s.shelf == crate::browser::app::Shelf::Floor) {
            // The floor plan is not a list of rows: a click picks the stand drawn under it.
            let floor = crate::browser::app::floor_view::FloorView::new(app, inside);
            let stand = floor.stand_at(app, inside, column, row);
            if let Some(index) = stand.and_then(|s| app.list.visible.iter().position(|&v| v == s)) {
                app.list.cursor = index;
                reset_detail(app);
            }
        } else if row >= inside.y {
            let index = app.list.offset + usize::from(row - inside.y);
            if index < app.list.visible.len() && usize::from(row - inside.y) < app.list_rows() {
                app.list.cursor = index;
                reset_detail(app);
            }
        }
    } else if let Some(detail) = areas.detail
        && contains(detail, column, row)
    {
        app.focus = Pane::Detail;
        let inside = inner(detail);
        let Some(doc) = app.detail_doc() else { return };
        if row < inside.y {
            return;
        }
        let clicked = app.detail.scroll + usize::from(row - inside.y);
        if let Some(Row::Link { index, .. }) = doc.rows.get(clicked) {
            app.detail.link_cursor = *index;
            app.detail.untouched = false;
            follow_link(app);
        }
    }
}

pub(super) fn wheel(app: &mut App, column: u16, row: u16, down: bool) {
    let Some(areas) = app.areas() else { return };
    let step = if down { Action::Down } else { Action::Up };
    if areas.list.is_some_and(|r| contains(r, column, row)) {
        for _ in 0..WHEEL_STEP {
            move_list_cursor(app, &step);
        }
    } else if areas.detail.is_some_and(|r| contains(r, column, row)) {
        let Some(doc) = app.detail_doc() else { return };
        let last_offset = doc.rows.len().saturating_sub(app.detail_rows());
        app.detail.scroll = if down {
            (app.detail.scroll + WHEEL_STEP).min(last_offset)
        } else {
            app.detail.scroll.saturating_sub(WHEEL_STEP)
        };
    } else if areas.kinds.is_some_and(|r| contains(r, column, row)) {
        let section = moved(app.section(), app.sections().len(), 1, &step);
        select_section(app, section);
    }
}
