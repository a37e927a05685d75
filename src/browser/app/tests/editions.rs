//! Against an earlier edition (`--compare-to`): a changed record's page says what changed, the
//! removed records have an entry of their own with their old pages, and the edition facet
//! narrows any list.

use std::path::PathBuf;

use super::*;
use crate::browser::app::detail::Row;
use crate::features::diff::Earlier;
use crate::features::facet::Filters;

fn edition(name: &str) -> (PathBuf, Catalog) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/editions").join(name);
    let loaded = crate::catalog::load_dirs(std::slice::from_ref(&dir));
    assert_eq!(loaded.error_count(), 0, "{:?}", loaded.diagnostics);
    (dir, loaded.catalog)
}

/// The fixture's new edition, compared with its old one.
fn compared() -> App {
    let (_, new) = edition("new");
    let mut app = App::new(new, 120, 40);
    let (path, old) = edition("old");
    let earlier = Earlier::new(&path, old, app.catalog());
    app.set_earlier(earlier);
    app
}

/// The rows of the page on screen, as text.
fn page(app: &App) -> Vec<String> {
    let doc = app.detail_doc().expect("a page");
    doc.rows
        .iter()
        .map(|row| match row {
            Row::Title(t) | Row::Meta(t) | Row::Section(t) | Row::Group(t) => t.clone(),
            Row::Text(t) | Row::Dim(t) => t.clone(),
            Row::Heading(t) => (*t).to_owned(),
            Row::Field { label, text } => format!("{label}|{text}"),
            Row::Link { target, .. } => format!("-> {}", app.catalog.get(*target).name()),
            Row::Blank => String::new(),
        })
        .collect()
}

fn select(app: &mut App, record: &str) {
    let record = id(app, record);
    app.go_to(record);
    assert_eq!(app.shown(), Some(record));
}

#[test]
fn a_changed_records_page_lists_each_change_old_beside_new_after_its_card() {
    let mut app = compared();
    select(&mut app, "acme");
    let rows = page(&app);
    let at =
        rows.iter().position(|r| r == "Changed since old").unwrap_or_else(|| panic!("{rows:?}"));
    assert_eq!(
        rows[at + 1..at + 3],
        ["Name: Acme Defence → Acme Defence Systems", "Stand: A9 → B2"]
    );
    let links = rows.iter().position(|r| r == "Links").expect("links");
    let card = rows.iter().position(|r| r.starts_with("Stand|")).expect("card");
    assert!(card < at && at < links, "after the card, before the links: {rows:?}");
    // The links below the section still point at their rows.
    let doc = app.detail_doc().expect("a page");
    for &(target, row) in &doc.links {
        assert!(matches!(doc.rows[row], Row::Link { target: t, .. } if t == target), "{rows:?}");
    }

    select(&mut app, "newco");
    assert!(!page(&app).iter().any(|r| r.starts_with("Changed since")), "new, not changed");
    let plain = App::new(edition("new").1, 120, 40);
    assert_eq!(plain.earlier().map(Earlier::name), None);
}

/// Long values wrap within the pane, continuation lines indented, nothing cut.
#[test]
fn a_long_change_wraps_within_the_page() {
    let text = |summary: &str| {
        format!("[[company]]\nid = \"acme\"\nname = \"Acme\"\nsummary = \"{summary}\"\n")
    };
    let old = crate::catalog::clean(&text("short"));
    let new = crate::catalog::clean(&text(&"a much longer summary ".repeat(8)));
    let mut app = App::new(new, 60, 30);
    let earlier = Earlier::new(std::path::Path::new("/x/bamex-2024"), old, app.catalog());
    app.set_earlier(earlier);
    let rows = page(&app);
    let at = rows.iter().position(|r| r == "Changed since bamex-2024").expect("the section");
    let width = app.detail_width();
    let section: Vec<&String> = rows[at + 1..].iter().take_while(|r| !r.is_empty()).collect();
    assert!(section.len() > 2, "wrapped: {section:?}");
    assert!(section[0].starts_with("Summary: short → a much longer"), "{section:?}");
    assert!(section[1..].iter().all(|line| line.starts_with("  ")), "{section:?}");
    assert!(section.iter().all(|line| line.chars().count() <= width), "{section:?}");
    let joined: String = section.iter().map(|l| l.trim()).collect::<Vec<_>>().join(" ");
    assert_eq!(joined.matches("longer").count(), 8, "every word kept: {joined}");
}

#[test]
fn the_removed_records_have_the_last_entry_and_their_old_pages_read_only() {
    let mut app = compared();
    let last = app.sections().last().expect("entries");
    assert_eq!((last.shelf, last.label()), (Shelf::Removed, "Removed since old"));
    assert_eq!(last.records.len(), 1);
    open_entry(&mut app, |s| s.shelf == Shelf::Removed);
    assert_eq!(app.selected(), None, "nothing of this catalogue is selected");
    let gone = app.removed_shown().expect("a removed record");
    assert_eq!(app.earlier().expect("earlier").catalog().get(gone).name(), "Gone Ltd");

    let rows = page(&app);
    assert_eq!(rows[0], "Gone Ltd");
    let said = "removed since old: this page is the record as it stood there, read-only";
    assert!(rows[..5].join(" ").contains(said), "under the title: {rows:?}");
    assert!(rows.iter().any(|r| r.starts_with("   Niger")), "its country, to read: {rows:?}");
    assert!(app.detail_doc().expect("page").links.is_empty(), "nothing to follow");
    // Enter reads it in the detail pane, with no visit in history; Enter there follows nothing.
    let visits = app.history().trail().len();
    update(&mut app, Action::Open);
    assert_eq!((app.focus, app.history().trail().len()), (Pane::Detail, visits));
    update(&mut app, Action::Open);
    assert_eq!((app.focus, page(&app)[0].as_str()), (Pane::Detail, "Gone Ltd"));
    let said = app.message().unwrap_or_default();
    assert!(said.starts_with("Gone Ltd was removed since old"), "not 'no link': {said}");
    update(&mut app, Action::Leave);
    assert_eq!(app.focus, Pane::List);

    // Marking, noting, copying, comparing, its relationships, its stand, facets and export
    // say why not, and change nothing.
    for action in [
        Action::ToggleMark,
        Action::OpenNote,
        Action::CopyRecord,
        Action::ToggleCompare,
        Action::OpenGraph,
        Action::ShowOnFloor,
        Action::OpenFacets,
        Action::ExportList,
    ] {
        let effects = update(&mut app, action.clone());
        assert!(effects.is_empty(), "{action:?}: {effects:?}");
        let said = app.message().unwrap_or_default().to_owned();
        assert!(said.starts_with("Gone Ltd was removed since old"), "{action:?}: {said}");
        assert!(matches!(app.mode, Mode::Browse) && app.tray.is_empty());
        assert!(!app.state.is_marked("gone") && app.state.note("gone").is_none());
    }
    // The filter matches the old names; facets are for this catalogue's lists.
    update(&mut app, Action::OpenFilter);
    type_text(&mut app, "acme");
    assert!(app.list.visible.is_empty(), "Acme is not gone");
    update(&mut app, Action::Close);
    update(&mut app, Action::Close);
    assert_eq!(app.list.visible.len(), 1);
    update(&mut app, Action::OpenFacets);
    assert!(matches!(app.mode, Mode::Browse), "no facets here");
}

/// The mouse reaches the entry and its rows through the same layout as the other entries; a
/// search from there previews its result, not the removed page behind it.
#[test]
fn the_removed_entry_is_clicked_and_searched_from_as_any_other() {
    let mut app = compared();
    let areas = app.areas().expect("fits");
    let kinds = layout::inner(areas.kinds.expect("wide"));
    let at = app.sections().len() - 1;
    let row = kinds.y + u16::try_from(at).expect("fits");
    apply(&mut app, &[Action::Click { column: kinds.x + 1, row }]);
    assert!(app.on_removed(), "the click selected the last entry");
    let list = layout::inner(areas.list.expect("wide"));
    apply(&mut app, &[Action::Click { column: list.x + 2, row: list.y }]);
    assert_eq!(page(&app)[0], "Gone Ltd", "its row shows its old page");

    update(&mut app, Action::OpenSearch);
    type_text(&mut app, "newco");
    assert_eq!(app.removed_shown(), None);
    assert_eq!(page(&app)[0], "Newco", "the preview is the result's");
    update(&mut app, Action::Accept);
    assert_eq!(name(&app, app.selected()), "Newco", "and it opens in its own list");
}

/// An edition's name is a folder's name, data like any other: what reaches the screen of it
/// is sanitised, in the page's heading and the kinds pane's entry alike.
#[test]
fn a_hostile_editions_name_reaches_the_screen_sanitised() {
    let (_, new) = edition("new");
    let mut app = App::new(new, 120, 40);
    let (_, old) = edition("old");
    let path = std::path::Path::new("/tmp/v1\u{1b}[2J\u{202e}");
    let earlier = Earlier::new(path, old, app.catalog());
    app.set_earlier(earlier);
    select(&mut app, "acme");
    let rows = page(&app);
    let heading = rows.iter().find(|r| r.starts_with("Changed since")).expect("the section");
    let label = app.sections().last().map(|s| s.label().to_owned()).unwrap_or_default();
    for shown in [heading, &label] {
        assert!(!shown.contains('\u{1b}') && !shown.contains('\u{202e}'), "{shown:?}");
        assert!(shown.contains("v1"), "{shown:?}");
    }
}

#[test]
fn with_nothing_gone_there_is_no_removed_entry() {
    let (_, new) = edition("new");
    let mut app = App::new(new, 120, 40);
    let before = app.sections().len();
    let earlier = Earlier::new(std::path::Path::new("same"), edition("new").1, app.catalog());
    app.set_earlier(earlier);
    assert_eq!(app.sections().len(), before);
    assert!(app.sections().iter().all(|s| s.shelf != Shelf::Removed));
}

#[test]
fn the_edition_facet_narrows_a_list_to_what_is_new_or_changed() {
    let companies = |names: &[(&str, &str)]| {
        let text: String = names
            .iter()
            .map(|(id, country)| {
                format!("[[company]]\nid = \"{id}\"\nname = \"{id}\"\ncountry = \"{country}\"\n")
            })
            .collect();
        crate::catalog::clean(&text)
    };
    let old = companies(&[("alpha", "Mali"), ("bravo", "Mali"), ("gone", "Niger")]);
    let new = companies(&[("alpha", "Niger"), ("bravo", "Mali"), ("delta", "Mali")]);
    let mut app = App::new(new, 120, 40);
    let earlier = Earlier::new(std::path::Path::new("v1"), old, app.catalog());
    app.set_earlier(earlier);
    open_entry(&mut app, |s| s.shelf == Shelf::Kind(Kind::Company));
    update(&mut app, Action::OpenFacets);
    let values = super::narrowing::facet_values(&app);
    assert_eq!(values[..2], ["edition=new 1", "edition=changed 1"], "first, counted: {values:?}");
    let shown = |app: &App| -> Vec<String> {
        app.list.visible.iter().map(|&r| name(app, Some(r))).collect()
    };
    update(&mut app, Action::Top);
    update(&mut app, Action::ToggleFacet);
    assert_eq!(shown(&app), ["delta"]);
    assert_eq!(super::narrowing::facet_values(&app)[0], "edition=new 1 [x]");
    assert_eq!(app.current_facets().map(Filters::describe).as_deref(), Some("edition: new"));
    update(&mut app, Action::Down);
    update(&mut app, Action::ToggleFacet);
    assert_eq!(shown(&app), ["alpha", "delta"], "new or changed, bravo the same");
    // With a country too: both must hold, and each facet counts under the other.
    let values = super::narrowing::facet_values(&app);
    let mali = values.iter().position(|v| v.starts_with("country=Mali ")).expect("Mali");
    assert_eq!(values[mali], "country=Mali 1", "{values:?}");
    super::narrowing::choose(&mut app, "country=Mali");
    assert_eq!(shown(&app), ["delta"]);
    update(&mut app, Action::ClearFacets);
    assert_eq!(shown(&app), ["alpha", "bravo", "delta"]);
}

/// My plan is of every kind, so it has no field's facets, but against an earlier edition the
/// edition's facet narrows it to what is new or changed, as it does a kind's list.
#[test]
fn the_edition_facet_narrows_my_plan_too() {
    let mut app = compared();
    for id in ["acme", "newco"] {
        let record = app.catalog.find(id).expect("in the fixture");
        app.go_to(record);
        update(&mut app, Action::ToggleMark);
    }
    open_entry(&mut app, |s| s.shelf == Shelf::Plan);
    let names = |app: &App| -> Vec<String> {
        app.list.visible.iter().map(|&r| app.catalog.get(r).name().to_owned()).collect()
    };
    assert_eq!(names(&app).len(), 2, "{:?}", names(&app));
    update(&mut app, Action::OpenFacets);
    assert!(matches!(app.mode, Mode::Facets(_)), "{:?}", app.message());
    // The panel's first value is "new".
    update(&mut app, Action::ToggleFacet);
    update(&mut app, Action::Close);
    assert_eq!(names(&app), ["Newco"]);
}
