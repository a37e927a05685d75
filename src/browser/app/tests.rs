//! `update` for every action, on the embedded BAMEX catalogue at a wide and a narrow size.

use super::*;
use crate::catalog::{Kind, embedded, load};

fn app() -> App {
    App::new(load(&embedded()).catalog, 120, 40)
}

fn id(app: &App, id: &str) -> RecordId {
    app.catalog.find(id).unwrap_or_else(|| panic!("no record {id}"))
}

fn name(app: &App, record: Option<RecordId>) -> String {
    record.map(|r| app.catalog.get(r).name().to_string()).unwrap_or_default()
}

/// Select the kinds pane's entry `wanted` picks as a person does: over to the kinds pane, to
/// its top, down to the entry, and into its list.
fn open_entry(app: &mut App, wanted: impl Fn(&Section) -> bool) {
    let at = app.sections().iter().position(wanted).expect("the entry");
    while app.focus != Pane::Kinds {
        update(app, Action::FocusPrev);
    }
    update(app, Action::Top);
    for _ in 0..at {
        update(app, Action::Down);
    }
    update(app, Action::Open);
    assert_eq!((app.section(), app.focus), (at, Pane::List), "the entry is open");
}

/// Apply each action in turn; the effects they asked for, in order.
fn apply(app: &mut App, actions: &[Action]) -> Vec<Effect> {
    actions.iter().flat_map(|action| update(app, action.clone())).collect()
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        update(app, Action::Insert(c));
    }
}

/// The link cursor onto the link to `target` in the shown record's detail.
fn put_link_cursor_on(app: &mut App, target: &str) {
    let target = id(app, target);
    let doc = app.detail_doc().expect("a record is shown");
    app.detail.link_cursor =
        doc.links.iter().position(|&(t, _)| t == target).expect("link present");
    app.detail.untouched = false;
}

/// Press a key in the note editor, through the key map as the terminal's keys go.
fn note_key(app: &mut App, code: crossterm::event::KeyCode) -> Vec<Effect> {
    let event = crossterm::event::KeyEvent::new(code, crossterm::event::KeyModifiers::NONE);
    let msg =
        app.keymap().msg_for_key(event, &app.contexts()).expect("the note editor takes any key");
    update(app, msg)
}

fn demo() -> App {
    let dir =
        std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/floorplan-demo"));
    App::new(crate::catalog::load_dirs(&[dir]).catalog, 120, 40)
}

/// The key the person presses, through the key map of the screen they are on.
fn press(app: &mut App, code: crossterm::event::KeyCode) -> Vec<Effect> {
    let event = crossterm::event::KeyEvent::new(code, crossterm::event::KeyModifiers::NONE);
    app.keymap()
        .action_for_key(event, &app.contexts())
        .map(|action| update(app, action))
        .unwrap_or_default()
}

/// The list of one kind, focused, as a person gets to it.
fn on_kind(kind: Kind) -> App {
    let mut app = app();
    open_entry(&mut app, |s| s.kind() == Some(kind));
    app
}

mod editions;
mod floor;
mod graph;
mod inputs;
mod narrowing;
mod panes;
mod plan;
