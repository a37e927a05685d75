//! Helpers shared by the tests that draw screens.
// Each test binary includes this module and uses a different subset of it.
#![allow(dead_code)]

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use showfloor::browser::app::layout::Areas;
use showfloor::browser::app::{Action, App, update};
use showfloor::browser::ui;
use showfloor::catalog::{embedded, load};

/// Apply actions in order, as the event loop would.
pub fn act(app: &mut App, actions: &[Action]) {
    for action in actions {
        update(app, action.clone());
    }
}

/// Type text into whatever input is open.
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        update(app, Action::Insert(c));
    }
}

/// Draw `app` at its own size with the real drawing code.
pub fn render(app: &App) -> Buffer {
    let mut terminal =
        Terminal::new(TestBackend::new(app.width(), app.height())).expect("test backend");
    terminal.draw(|frame| ui::draw(app, frame)).expect("draws");
    terminal.backend().buffer().clone()
}

/// Draw `app` into a frame of another size than it was told, as happens when a resize lands
/// between the app's last event and the next draw.
pub fn render_at(app: &App, width: u16, height: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test backend");
    terminal.draw(|frame| ui::draw(app, frame)).expect("draws");
    terminal.backend().buffer().clone()
}

/// The text drawn inside `area` of `buffer` (a pane with its border), as `screen_text` gives a
/// whole screen: what a test of one pane compares, so a change elsewhere on the screen (a new
/// hint in the status bar) does not touch it.
pub fn area_text(buffer: &Buffer, area: ratatui::layout::Rect) -> String {
    let area = area.intersection(buffer.area);
    let mut part = Buffer::empty(ratatui::layout::Rect::new(0, 0, area.width, area.height));
    for y in 0..area.height {
        for x in 0..area.width {
            part[(x, y)] = buffer[(area.x + x, area.y + y)].clone();
        }
    }
    screen_text(&part)
}

/// The screen as text, a line per row without trailing blanks; a wide character takes its two
/// cells once.
pub fn screen_text(buffer: &Buffer) -> String {
    let width = usize::from(buffer.area.width);
    let mut lines = Vec::new();
    for row in buffer.content.chunks(width.max(1)) {
        let mut line = String::new();
        let mut skip = 0;
        for cell in row {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = cell.symbol();
            line.push_str(symbol);
            skip = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
        }
        lines.push(line.trim_end().to_owned());
    }
    lines.join("\n")
}

/// Characters that must never reach a terminal from data: C0 controls (ESC, BEL, BS, CR, NUL,
/// LF inside a cell), DEL, C1 controls, bidi controls, zero-width characters, the BOM, line and
/// paragraph separators. The zero-width joiner is kept between two emoji (👩‍🚀 renders as
/// one), so it is not on this list; the sanitiser's own tests check it is dropped elsewhere.
pub fn forbidden(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200b}' | '\u{200c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}' | '\u{2028}' | '\u{2029}')
}

// Screens of the embedded catalogue and the fictional floor-plan demo, reached as a person
// reaches them, for the tests that draw them.

/// A catalogue from one file's text, which must load without problems.
pub fn load_text(text: &str) -> showfloor::catalog::Catalog {
    let source = showfloor::catalog::SourceFile {
        path: "e.toml".into(),
        bytes: text.as_bytes().to_vec().into(),
    };
    let loaded = load(&[source]);
    assert!(loaded.error_count() == 0, "{:?}", loaded.diagnostics);
    loaded.catalog
}

pub fn app(width: u16, height: u16) -> App {
    App::new(load(&embedded()).catalog, width, height)
}

/// A plan of five marks and a note, as a visitor leaves it after a morning.
pub fn planned_app(width: u16, height: u16) -> App {
    let mut app = app(width, height);
    let mut state = showfloor::state::State::new("bamex-2025");
    for mark in ["bamex-2025-day-3", "bamex-2025-demo-day-1", "stm", "baykar", "kargu"] {
        state.toggle_mark(mark);
    }
    state.set_note("stm", "Kargu video at 3pm", "2025-11-13T10:00:00Z");
    app.set_state(state);
    app
}

/// Open a record the way a person would: search for its name and pick it from the results.
pub fn open(app: &mut App, id: &str) {
    let record = app.catalog().find(id).expect("record exists");
    let name = app.catalog().get(record).name().to_string();
    act(app, &[Action::OpenSearch]);
    type_text(app, &name);
    let position =
        app.search().hits.iter().position(|hit| hit.record == record).expect("found by its name");
    for _ in 0..position {
        update(app, Action::Down);
    }
    update(app, Action::Accept);
}

pub fn screen(app: &App) -> String {
    screen_text(&render(app))
}

/// One pane or overlay as drawn, picked from the app's layout (`|a| a.detail`): for a test
/// about that pane alone, which a new hint elsewhere on the screen must not rewrite.
pub fn pane(app: &App, pick: fn(&Areas) -> Option<Rect>) -> String {
    let area = app.areas().and_then(|areas| pick(&areas)).expect("the pane is on screen");
    area_text(&render(app), area)
}

pub fn demo(width: u16, height: u16) -> App {
    // Relative, so the "defined at" line in the snapshot is the same on every checkout: cargo
    // runs integration tests from the package root.
    let dir = std::path::PathBuf::from("examples/floorplan-demo");
    App::new(showfloor::catalog::load_dirs(&[dir]).catalog, width, height)
}

pub fn to_floor(app: &mut App) {
    // Shift-Tab from the list, as a person gets to the kinds pane.
    update(app, Action::FocusPrev);
    while app.current_section().map(|s| s.shelf) != Some(showfloor::browser::app::Shelf::Floor) {
        update(app, Action::Up);
    }
    update(app, Action::Open);
}

/// Where `text` is drawn on `buffer`: its first cell's column and row.
pub fn find_on_screen(buffer: &ratatui::buffer::Buffer, text: &str) -> Option<(u16, u16)> {
    let area = buffer.area;
    (area.top()..area.bottom()).find_map(|y| {
        let row: String = (area.left()..area.right()).map(|x| buffer[(x, y)].symbol()).collect();
        // Box drawing and ASCII are one cell and one char each on the floor plan.
        row.find(text).map(|at| (u16::try_from(row[..at].chars().count()).expect("fits"), y))
    })
}

/// The header's first line, as drawn.
pub fn header(app: &App) -> String {
    screen(app).lines().next().unwrap_or_default().to_owned()
}

/// The fixture's second edition compared with its first (`--compare-to`), at `width`×`height`.
pub fn compared_app(width: u16, height: u16) -> App {
    // Relative, as `demo` has it: the "defined at" line is the same on every checkout.
    let dir = |name: &str| std::path::PathBuf::from("tests/fixtures/editions").join(name);
    let load = |name: &str| {
        let loaded = showfloor::catalog::load_dirs(&[dir(name)]);
        assert_eq!(loaded.error_count(), 0, "{:?}", loaded.diagnostics);
        loaded.catalog
    };
    let mut app = App::new(load("new"), width, height);
    let earlier = showfloor::features::diff::Earlier::new(&dir("old"), load("old"), app.catalog());
    app.set_earlier(earlier);
    app
}

/// The list of `kind`, reached as a person does: Shift-Tab to the kinds pane, down to it.
pub fn show_kind_list(app: &mut App, kind: showfloor::catalog::Kind) {
    let at = app
        .sections()
        .iter()
        .position(|s| s.kind() == Some(kind))
        .unwrap_or_else(|| panic!("no list of {kind:?}"));
    act(app, &[Action::FocusPrev]);
    for _ in 0..at {
        update(app, Action::Down);
    }
}
