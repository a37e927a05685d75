//! The key map itself: every binding, by context. Edit here to add or change a key; help, the
//! status bar and the README's table follow from these rows.

use crossterm::event::KeyCode;

use super::{Binding, Context, Does, Key, code, ctrl, key};
use crate::browser::app::Action;
use crate::features::floor::Direction;

macro_rules! bind {
    ($context:ident, [$($key:expr),+], $action:expr) => {
        Binding { context: Context::$context, keys: vec![$($key),+], does: Does::Act($action), what: None, hint: false, hint_word: None }
    };
    ($context:ident, [$($key:expr),+], $action:expr, $what:expr) => {
        Binding { context: Context::$context, keys: vec![$($key),+], does: Does::Act($action), what: Some($what), hint: false, hint_word: None }
    };
    (hint $context:ident, [$($key:expr),+], $action:expr) => {
        Binding { context: Context::$context, keys: vec![$($key),+], does: Does::Act($action), what: None, hint: true, hint_word: None }
    };
    (hint $word:literal $context:ident, [$($key:expr),+], $action:expr, $what:expr) => {
        Binding { context: Context::$context, keys: vec![$($key),+], does: Does::Act($action), what: Some($what), hint: true, hint_word: Some($word) }
    };
    (hint $context:ident, [$($key:expr),+], $action:expr, $what:expr) => {
        Binding { context: Context::$context, keys: vec![$($key),+], does: Does::Act($action), what: Some($what), hint: true, hint_word: None }
    };
}

const UP: Key = code(KeyCode::Up);
const DOWN: Key = code(KeyCode::Down);
const LEFT: Key = code(KeyCode::Left);
const RIGHT: Key = code(KeyCode::Right);
const ENTER: Key = code(KeyCode::Enter);
const ESC: Key = code(KeyCode::Esc);
const PGUP: Key = code(KeyCode::PageUp);
const PGDN: Key = code(KeyCode::PageDown);
const HOME: Key = code(KeyCode::Home);
const END: Key = code(KeyCode::End);
const BACKSPACE: Key = code(KeyCode::Backspace);

/// The default key map. Order matters only within a context: the first row that matches wins.
pub(super) fn defaults() -> Vec<Binding> {
    let mut table = vec![
        bind!(Always, [ctrl('c')], Action::Quit),
        bind!(Always, [ctrl('z')], Action::Suspend),
        // Browsing, any pane.
        bind!(hint Global, [key('/')], Action::OpenSearch),
        bind!(hint Global, [key('?')], Action::ToggleHelp),
        bind!(hint Global, [key('q')], Action::Quit),
        bind!(hint Global, [code(KeyCode::Tab)], Action::FocusNext),
        bind!(Global, [code(KeyCode::BackTab)], Action::FocusPrev),
        bind!(hint Global, [BACKSPACE, key('[')], Action::HistoryBack),
        bind!(Global, [key(']')], Action::HistoryForward),
        bind!(Global, [key('x')], Action::ExportPlan),
        bind!(Global, [key('I')], Action::ImportPlan),
        bind!(Global, [PGUP, ctrl('u')], Action::PageUp),
        bind!(Global, [PGDN, ctrl('d')], Action::PageDown),
        bind!(Global, [key('g'), HOME], Action::Top),
        bind!(Global, [key('G'), END], Action::Bottom),
        bind!(Global, [ESC], Action::Close, "key-clear-list-filter"),
        // The relationship view of the record shown, from any pane (the record in the detail).
        bind!(Global, [key('r')], Action::OpenGraph),
        // Kinds pane.
        bind!(hint Kinds, [key('j'), DOWN], Action::Down, "key-next-kind"),
        bind!(Kinds, [key('k'), UP], Action::Up, "key-previous-kind"),
        bind!(hint Kinds, [ENTER, RIGHT, key('l')], Action::Open, "key-open-list"),
        // List pane.
        bind!(hint List, [key('j'), DOWN], Action::Down, "key-next-record"),
        bind!(List, [key('k'), UP], Action::Up, "key-previous-record"),
        bind!(hint List, [ENTER, RIGHT, key('l')], Action::Open, "key-open-record"),
        bind!(hint List, [LEFT, key('h')], Action::Leave, "key-back-kinds"),
        bind!(hint List, [key('f')], Action::OpenFilter),
        bind!(hint List, [key('F')], Action::OpenFacets),
        bind!(List, [key('X')], Action::ClearFacets),
        bind!(List, [key('y')], Action::CopyRecord),
        bind!(List, [key('E')], Action::ExportList),
        bind!(List, [key('c')], Action::ToggleCompare),
        bind!(List, [key('C')], Action::OpenCompare),
        bind!(hint List, [key('m')], Action::ToggleMark, "key-mark-unmark-record"),
        bind!(hint List, [key('n')], Action::OpenNote, "key-write-note-record"),
        // Detail pane.
        bind!(hint Detail, [key('j'), DOWN], Action::Down, "key-next-link"),
        bind!(Detail, [key('k'), UP], Action::Up, "key-previous-link"),
        bind!(hint Detail, [ENTER, RIGHT, key('l')], Action::Open, "key-follow-link"),
        bind!(hint Detail, [LEFT, key('h')], Action::Leave, "key-back-list"),
        bind!(hint Detail, [key('m')], Action::ToggleMark, "key-mark-unmark-this-record"),
        bind!(hint Detail, [key('n')], Action::OpenNote, "key-write-note-this-record"),
        bind!(Detail, [key('y')], Action::CopyRecord),
        bind!(Detail, [key('c')], Action::ToggleCompare),
        bind!(Detail, [key('C')], Action::OpenCompare),
        bind!(Detail, [key('w')], Action::ShowOnFloor, "key-show-stand-on-floor"),
        bind!(List, [key('w')], Action::ShowOnFloor, "key-show-stand-on-floor"),
        // Floor plan (the middle pane of the floor plan entry). It is a map, not a list, so the
        // list's keys do not apply: arrows move across the floor, and Esc (or ← with no stand
        // to the left) is the way back to the kinds.
        bind!(hint Floor, [LEFT, key('h')], Action::Spatial(Direction::Left), "key-stand-left"),
        bind!(hint Floor, [RIGHT, key('l')], Action::Spatial(Direction::Right), "key-stand-right"),
        bind!(hint Floor, [UP, key('k')], Action::Spatial(Direction::Up), "key-stand-above"),
        bind!(hint Floor, [DOWN, key('j')], Action::Spatial(Direction::Down), "key-stand-below"),
        bind!(hint Floor, [ENTER], Action::Open, "key-open-exhibitor"),
        bind!(hint Floor, [ESC], Action::Leave, "key-back-kinds"),
        bind!(hint Floor, [key('m')], Action::ToggleMark, "key-mark-unmark-stands-exhibitor"),
        bind!(Floor, [key('n')], Action::OpenNote, "key-write-note-stands-exhibitor"),
        bind!(Floor, [key('+'), key('=')], Action::ZoomIn),
        bind!(Floor, [key('-')], Action::ZoomOut),
        // Search overlay: letters type.
        bind!(hint Search, [ENTER], Action::Accept, "key-open-result"),
        bind!(hint Search, [ESC], Action::Close, "key-close-changing-nothing"),
        bind!(hint Search, [DOWN, ctrl('n')], Action::Down, "key-next-result"),
        bind!(Search, [UP, ctrl('p')], Action::Up, "key-previous-result"),
        bind!(Search, [PGDN], Action::PageDown),
        bind!(Search, [PGUP], Action::PageUp),
        bind!(hint Search, [ctrl('t')], Action::ToggleMark, "key-mark-unmark-result"),
    ];
    table.extend(editing(Context::Search, "key-type-query"));
    table.extend([
        // List filter: letters type.
        bind!(hint "hint-word-keep" Filter, [ENTER], Action::Accept, "key-keep-filter"),
        bind!(hint "hint-word-clear" Filter, [ESC], Action::Close, "key-clear-filter"),
        bind!(Filter, [DOWN], Action::Down, "key-next-record"),
        bind!(Filter, [UP], Action::Up, "key-previous-record"),
    ]);
    table.extend(editing(Context::Filter, "key-type-to-narrow"));
    table.extend([
        // The plan file to import: letters type.
        bind!(hint ImportPlan, [ENTER], Action::Accept, "key-import-this-file"),
        bind!(hint ImportPlan, [ESC], Action::Close, "key-import-nothing"),
    ]);
    table.extend(editing(Context::ImportPlan, "key-type-path"));
    table.extend([
        // Note editor: Esc saves; every other key edits (readline and arrow keys, Enter for a
        // new line).
        bind!(hint "hint-word-save" Note, [ESC], Action::Close, "key-save-note-and-close"),
        Binding {
            context: Context::Note,
            keys: vec![Key::AnyKey],
            does: Does::EditNote,
            what: Some("key-edit-note"),
            hint: false,
            hint_word: None,
        },
        // Facet panel.
        bind!(hint Facets, [code(KeyCode::Char(' ')), ENTER], Action::ToggleFacet),
        bind!(hint Facets, [key('j'), DOWN], Action::Down, "key-next-value"),
        bind!(Facets, [key('k'), UP], Action::Up, "key-previous-value"),
        bind!(Facets, [PGDN, ctrl('d')], Action::PageDown),
        bind!(Facets, [PGUP, ctrl('u')], Action::PageUp),
        bind!(hint Facets, [key('X')], Action::ClearFacets),
        bind!(hint Facets, [ESC, key('F')], Action::Close, "key-close-panel-keeping-choices"),
        bind!(Facets, [key('q')], Action::Quit),
        // Help is a key away wherever letters do not type (closing it returns to browsing).
        bind!(hint Facets, [key('?')], Action::ToggleHelp),
        // Compare view.
        bind!(hint Compare, [ESC, key('C')], Action::Close, "key-close-comparison"),
        bind!(hint Compare, [key('j'), DOWN], Action::Down, "key-scroll-down"),
        bind!(Compare, [key('k'), UP], Action::Up, "key-scroll-up"),
        bind!(hint Compare, [key('X')], Action::EmptyTray),
        bind!(Compare, [key('q')], Action::Quit),
        bind!(hint Compare, [key('?')], Action::ToggleHelp),
        // Relationship view: a tree of rows, moved through as the other lists are; + and - go a
        // link further or nearer (as they zoom the floor plan in and out), and Backspace goes
        // back as everywhere (to the page the view was opened from).
        bind!(hint Graph, [key('j'), DOWN], Action::Down, "key-graph-next"),
        bind!(Graph, [key('k'), UP], Action::Up, "key-graph-previous"),
        bind!(hint Graph, [ENTER, RIGHT, key('l')], Action::Open, "key-graph-open"),
        bind!(hint Graph, [key('+'), key('=')], Action::GraphDeeper),
        bind!(hint Graph, [key('-')], Action::GraphShallower),
        bind!(Graph, [PGDN, ctrl('d')], Action::PageDown),
        bind!(Graph, [PGUP, ctrl('u')], Action::PageUp),
        bind!(Graph, [key('g'), HOME], Action::Top),
        bind!(Graph, [key('G'), END], Action::Bottom),
        bind!(hint Graph, [ESC, key('r')], Action::Close, "key-close-graph"),
        // q quits here as in the other views that cover the panes (help, compare, facets).
        bind!(Graph, [key('q')], Action::Quit),
        bind!(hint Graph, [BACKSPACE, key('[')], Action::HistoryBack),
        bind!(Graph, [key(']')], Action::HistoryForward),
        bind!(hint Graph, [key('?')], Action::ToggleHelp),
        // Help overlay.
        bind!(hint Help, [ESC, key('?')], Action::Close, "key-close-help"),
        bind!(Help, [key('q')], Action::Quit),
        bind!(hint Help, [key('j'), DOWN], Action::Down, "key-scroll-down"),
        bind!(Help, [key('k'), UP], Action::Up, "key-scroll-up"),
        bind!(Help, [PGDN, ctrl('d')], Action::PageDown),
        bind!(Help, [PGUP, ctrl('u')], Action::PageUp),
        bind!(Help, [key('g'), HOME], Action::Top),
        bind!(Help, [key('G'), END], Action::Bottom),
    ]);
    table
}

/// The keys every one-line text input shares, readline style; letters type.
fn editing(context: Context, typing: &'static str) -> [Binding; 9] {
    let row = |keys: Vec<Key>, does: Does, what: Option<&'static str>| Binding {
        context,
        keys,
        does,
        what,
        hint: false,
        hint_word: None,
    };
    [
        row(vec![BACKSPACE], Does::Act(Action::DeleteBack), None),
        row(vec![code(KeyCode::Delete)], Does::Act(Action::DeleteForward), None),
        row(vec![ctrl('w')], Does::Act(Action::DeleteWord), None),
        row(vec![ctrl('u')], Does::Act(Action::ClearInput), None),
        row(vec![LEFT], Does::Act(Action::CursorLeft), None),
        row(vec![RIGHT], Does::Act(Action::CursorRight), None),
        row(vec![HOME, ctrl('a')], Does::Act(Action::CursorStart), None),
        row(vec![END, ctrl('e')], Does::Act(Action::CursorEnd), None),
        row(vec![Key::AnyChar], Does::Type, Some(typing)),
    ]
}
