//! The key map, as data: one table of key, context, action and description. Input handling looks
//! keys up here, and the help overlay and the status bar are generated from the same table, so
//! what they say cannot drift from what the keys do.

use std::fmt;
use std::sync::LazyLock;

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

use super::{Action, Msg};
use crate::floor::Direction;

/// A key as the table names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    Press(KeyCode, KeyModifiers),
    /// Any printable character without Ctrl or Alt: typing into a text input.
    AnyChar,
    /// Any key at all: everything the note editor does not bind goes to the editor.
    AnyKey,
}

const fn key(c: char) -> Key {
    Key::Press(KeyCode::Char(c), KeyModifiers::NONE)
}

const fn ctrl(c: char) -> Key {
    Key::Press(KeyCode::Char(c), KeyModifiers::CONTROL)
}

const fn code(code: KeyCode) -> Key {
    Key::Press(code, KeyModifiers::NONE)
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Key::Press(code, modifiers) = self else {
            return f.write_str(if *self == Key::AnyChar { "letters" } else { "other keys" });
        };
        if modifiers.contains(KeyModifiers::CONTROL) {
            f.write_str("Ctrl-")?;
        }
        match code {
            KeyCode::Char(' ') => f.write_str("Space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Up => f.write_str("↑"),
            KeyCode::Down => f.write_str("↓"),
            KeyCode::Left => f.write_str("←"),
            KeyCode::Right => f.write_str("→"),
            KeyCode::PageUp => f.write_str("PgUp"),
            KeyCode::PageDown => f.write_str("PgDn"),
            KeyCode::BackTab => f.write_str("Shift-Tab"),
            KeyCode::Esc => f.write_str("Esc"),
            other => write!(f, "{other}"),
        }
    }
}

/// Where a binding applies. In the browser, the focused pane's bindings are looked up before
/// the global ones; a text input or an overlay has its own context and leaves letters to typing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    /// Everywhere, text inputs included.
    Always,
    /// Browsing, whatever pane has focus.
    Global,
    Kinds,
    List,
    Detail,
    Search,
    Filter,
    Help,
    Note,
    Floor,
    Facets,
    Compare,
}

impl Context {
    pub fn title(self) -> &'static str {
        match self {
            Context::Always => "Anywhere",
            Context::Global => "Browsing (any pane)",
            Context::Kinds => "Kinds pane",
            Context::List => "List pane",
            Context::Detail => "Detail pane",
            Context::Search => "Search (/)",
            Context::Filter => "List filter (f)",
            Context::Help => "Help (?)",
            Context::Note => "Note editor (n)",
            Context::Floor => "Floor plan",
            Context::Facets => "Facets (F)",
            Context::Compare => "Compare (C)",
        }
    }
}

/// What a row of the key map does with its keys.
#[derive(Debug, PartialEq, Eq)]
pub enum Does {
    Act(Action),
    /// Letters type into the text input ([`Key::AnyChar`]): each becomes `Action::Insert`.
    Type,
    /// The key goes to the note editor as it came ([`Key::AnyKey`]): `Msg::NoteKey`.
    EditNote,
}

/// One row of the key map.
#[derive(Debug)]
pub struct Binding {
    pub context: Context,
    pub keys: &'static [Key],
    pub does: Does,
    /// What the keys do here, when it says more than the action's own description.
    pub what: Option<&'static str>,
    /// Shown in the status bar for this context.
    pub hint: bool,
    /// The status bar's word for it, where the action's own would mislead ("keep" for Enter
    /// in the filter, which keeps the filter rather than opening anything).
    pub hint_word: Option<&'static str>,
}

impl Binding {
    pub fn description(&self) -> &'static str {
        self.what.unwrap_or(match &self.does {
            Does::Act(action) => action.description(),
            Does::Type => "type",
            Does::EditNote => "edit the note",
        })
    }

    /// The word the status bar shows beside the keys.
    pub fn hint_text(&self) -> &'static str {
        self.hint_word.unwrap_or(match &self.does {
            Does::Act(action) => action.hint(),
            Does::Type | Does::EditNote => self.description(),
        })
    }

    /// The action the row stands for, when it is one action (not typing).
    pub fn action(&self) -> Option<&Action> {
        match &self.does {
            Does::Act(action) => Some(action),
            Does::Type | Does::EditNote => None,
        }
    }
}

macro_rules! bind {
    ($context:ident, [$($key:expr),+], $action:expr) => {
        Binding { context: Context::$context, keys: const { &[$($key),+] }, does: Does::Act($action), what: None, hint: false, hint_word: None }
    };
    ($context:ident, [$($key:expr),+], $action:expr, $what:expr) => {
        Binding { context: Context::$context, keys: const { &[$($key),+] }, does: Does::Act($action), what: Some($what), hint: false, hint_word: None }
    };
    (hint $context:ident, [$($key:expr),+], $action:expr) => {
        Binding { context: Context::$context, keys: const { &[$($key),+] }, does: Does::Act($action), what: None, hint: true, hint_word: None }
    };
    (hint $word:literal $context:ident, [$($key:expr),+], $action:expr, $what:expr) => {
        Binding { context: Context::$context, keys: const { &[$($key),+] }, does: Does::Act($action), what: Some($what), hint: true, hint_word: Some($word) }
    };
    (hint $context:ident, [$($key:expr),+], $action:expr, $what:expr) => {
        Binding { context: Context::$context, keys: const { &[$($key),+] }, does: Does::Act($action), what: Some($what), hint: true, hint_word: None }
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

/// The key map. Order matters only within a context: the first row that matches wins.
pub static BINDINGS: LazyLock<Vec<Binding>> = LazyLock::new(|| {
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
        bind!(Global, [PGUP, ctrl('u')], Action::PageUp),
        bind!(Global, [PGDN, ctrl('d')], Action::PageDown),
        bind!(Global, [key('g'), HOME], Action::Top),
        bind!(Global, [key('G'), END], Action::Bottom),
        bind!(Global, [ESC], Action::Close, "clear the list filter"),
        // Kinds pane.
        bind!(hint Kinds, [key('j'), DOWN], Action::Down, "next kind"),
        bind!(Kinds, [key('k'), UP], Action::Up, "previous kind"),
        bind!(hint Kinds, [ENTER, RIGHT, key('l')], Action::Open, "open the list"),
        // List pane.
        bind!(hint List, [key('j'), DOWN], Action::Down, "next record"),
        bind!(List, [key('k'), UP], Action::Up, "previous record"),
        bind!(hint List, [ENTER, RIGHT, key('l')], Action::Open, "open the record"),
        bind!(hint List, [LEFT, key('h')], Action::Leave, "back to the kinds"),
        bind!(hint List, [key('f')], Action::OpenFilter),
        bind!(hint List, [key('F')], Action::OpenFacets),
        bind!(List, [key('X')], Action::ClearFacets),
        bind!(List, [key('y')], Action::CopyRecord),
        bind!(List, [key('E')], Action::ExportList),
        bind!(List, [key('c')], Action::ToggleCompare),
        bind!(List, [key('C')], Action::OpenCompare),
        bind!(hint List, [key('m')], Action::ToggleMark, "mark or unmark the record"),
        bind!(hint List, [key('n')], Action::OpenNote, "write a note on the record"),
        // Detail pane.
        bind!(hint Detail, [key('j'), DOWN], Action::Down, "next link"),
        bind!(Detail, [key('k'), UP], Action::Up, "previous link"),
        bind!(hint Detail, [ENTER, RIGHT, key('l')], Action::Open, "follow the link"),
        bind!(hint Detail, [LEFT, key('h')], Action::Leave, "back to the list"),
        bind!(hint Detail, [key('m')], Action::ToggleMark, "mark or unmark this record"),
        bind!(hint Detail, [key('n')], Action::OpenNote, "write a note on this record"),
        bind!(Detail, [key('y')], Action::CopyRecord),
        bind!(Detail, [key('c')], Action::ToggleCompare),
        bind!(Detail, [key('C')], Action::OpenCompare),
        bind!(
            Detail,
            [key('w')],
            Action::ShowOnFloor,
            "show the company's stand on the floor plan"
        ),
        bind!(List, [key('w')], Action::ShowOnFloor, "show the company's stand on the floor plan"),
        // Floor plan (the middle pane of the floor plan entry). It is a map, not a list, so the
        // list's keys do not apply: arrows move across the floor, and Esc (or ← with no stand
        // to the left) is the way back to the kinds.
        bind!(hint Floor, [LEFT, key('h')], Action::Spatial(Direction::Left), "the stand to the left (at the edge, back to the kinds)"),
        bind!(hint Floor, [RIGHT, key('l')], Action::Spatial(Direction::Right), "the stand to the right"),
        bind!(hint Floor, [UP, key('k')], Action::Spatial(Direction::Up), "the stand above"),
        bind!(hint Floor, [DOWN, key('j')], Action::Spatial(Direction::Down), "the stand below"),
        bind!(hint Floor, [ENTER], Action::Open, "open the exhibitor"),
        bind!(hint Floor, [ESC], Action::Leave, "back to the kinds"),
        bind!(hint Floor, [key('m')], Action::ToggleMark, "mark or unmark the stand's exhibitor"),
        bind!(Floor, [key('n')], Action::OpenNote, "write a note on the stand's exhibitor"),
        bind!(Floor, [key('+'), key('=')], Action::ZoomIn),
        bind!(Floor, [key('-')], Action::ZoomOut),
        // Search overlay: letters type.
        bind!(hint Search, [ENTER], Action::Accept, "open the result"),
        bind!(hint Search, [ESC], Action::Close, "close, changing nothing"),
        bind!(hint Search, [DOWN, ctrl('n')], Action::Down, "next result"),
        bind!(Search, [UP, ctrl('p')], Action::Up, "previous result"),
        bind!(Search, [PGDN], Action::PageDown),
        bind!(Search, [PGUP], Action::PageUp),
        bind!(hint Search, [ctrl('t')], Action::ToggleMark, "mark or unmark the result"),
    ];
    table.extend(editing(Context::Search, "type the query"));
    table.extend([
        // List filter: letters type.
        bind!(hint "keep" Filter, [ENTER], Action::Accept, "keep the filter"),
        bind!(hint "clear" Filter, [ESC], Action::Close, "clear the filter"),
        bind!(Filter, [DOWN], Action::Down, "next record"),
        bind!(Filter, [UP], Action::Up, "previous record"),
    ]);
    table.extend(editing(Context::Filter, "type to narrow the list"));
    table.extend([
        // Note editor: Esc saves; every other key edits (readline and arrow keys, Enter for a
        // new line).
        bind!(hint "save" Note, [ESC], Action::Close, "save the note and close (an empty note is deleted)"),
        Binding { context: Context::Note, keys: const { &[Key::AnyKey] }, does: Does::EditNote, what: Some("edit the note"), hint: false, hint_word: None },
        // Facet panel.
        bind!(hint Facets, [code(KeyCode::Char(' ')), ENTER], Action::ToggleFacet),
        bind!(hint Facets, [key('j'), DOWN], Action::Down, "next value"),
        bind!(Facets, [key('k'), UP], Action::Up, "previous value"),
        bind!(Facets, [PGDN, ctrl('d')], Action::PageDown),
        bind!(Facets, [PGUP, ctrl('u')], Action::PageUp),
        bind!(hint Facets, [key('X')], Action::ClearFacets),
        bind!(hint Facets, [ESC, key('F')], Action::Close, "close the panel, keeping the choices"),
        bind!(Facets, [key('q')], Action::Quit),
        // Help is a key away wherever letters do not type (closing it returns to browsing).
        bind!(hint Facets, [key('?')], Action::ToggleHelp),
        // Compare view.
        bind!(hint Compare, [ESC, key('C')], Action::Close, "close the comparison"),
        bind!(hint Compare, [key('j'), DOWN], Action::Down, "scroll down"),
        bind!(Compare, [key('k'), UP], Action::Up, "scroll up"),
        bind!(hint Compare, [key('X')], Action::EmptyTray),
        bind!(Compare, [key('q')], Action::Quit),
        bind!(hint Compare, [key('?')], Action::ToggleHelp),
        // Help overlay.
        bind!(hint Help, [ESC, key('?')], Action::Close, "close help"),
        bind!(Help, [key('q')], Action::Quit),
        bind!(hint Help, [key('j'), DOWN], Action::Down, "scroll down"),
        bind!(Help, [key('k'), UP], Action::Up, "scroll up"),
        bind!(Help, [PGDN, ctrl('d')], Action::PageDown),
        bind!(Help, [PGUP, ctrl('u')], Action::PageUp),
        bind!(Help, [key('g'), HOME], Action::Top),
        bind!(Help, [key('G'), END], Action::Bottom),
    ]);
    table
});

/// The keys every one-line text input shares, readline style; letters type.
fn editing(context: Context, typing: &'static str) -> [Binding; 9] {
    let row = |keys: &'static [Key], does: Does, what: Option<&'static str>| Binding {
        context,
        keys,
        does,
        what,
        hint: false,
        hint_word: None,
    };
    [
        row(const { &[BACKSPACE] }, Does::Act(Action::DeleteBack), None),
        row(const { &[code(KeyCode::Delete)] }, Does::Act(Action::DeleteForward), None),
        row(const { &[ctrl('w')] }, Does::Act(Action::DeleteWord), None),
        row(const { &[ctrl('u')] }, Does::Act(Action::ClearInput), None),
        row(const { &[LEFT] }, Does::Act(Action::CursorLeft), None),
        row(const { &[RIGHT] }, Does::Act(Action::CursorRight), None),
        row(const { &[HOME, ctrl('a')] }, Does::Act(Action::CursorStart), None),
        row(const { &[END, ctrl('e')] }, Does::Act(Action::CursorEnd), None),
        row(const { &[Key::AnyChar] }, Does::Type, Some(typing)),
    ]
}

/// Shift is part of the character for letters ('G'), and of the code for Shift-Tab; drop it so
/// the table can name those keys plainly.
fn normalise(event: KeyEvent) -> (KeyCode, KeyModifiers) {
    let mut modifiers = event.modifiers;
    if matches!(event.code, KeyCode::Char(_) | KeyCode::BackTab) {
        modifiers.remove(KeyModifiers::SHIFT);
    }
    (event.code, modifiers)
}

/// What a key press asks of `update`, looking through `contexts` in order: an action, or a key
/// for the note editor.
pub fn msg_for_key(event: KeyEvent, contexts: &[Context]) -> Option<Msg> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    let (code, modifiers) = normalise(event);
    for context in contexts {
        for binding in BINDINGS.iter().filter(|b| b.context == *context) {
            for key in binding.keys {
                let matches = match (key, code) {
                    (Key::Press(k, m), _) => *k == code && *m == modifiers,
                    (Key::AnyKey, _) => true,
                    (Key::AnyChar, KeyCode::Char(_)) => {
                        !modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
                    }
                    (Key::AnyChar, _) => false,
                };
                if matches {
                    return Some(match (&binding.does, code) {
                        (Does::Act(action), _) => Msg::Action(action.clone()),
                        (Does::Type, KeyCode::Char(c)) => Msg::Action(Action::Insert(c)),
                        (Does::Type | Does::EditNote, _) => Msg::NoteKey(event),
                    });
                }
            }
        }
    }
    None
}

/// The action a key press asks for, when it is one (not a key for the note editor).
pub fn action_for_key(event: KeyEvent, contexts: &[Context]) -> Option<Action> {
    match msg_for_key(event, contexts)? {
        Msg::Action(action) => Some(action),
        _ => None,
    }
}

/// What any terminal event asks of `update`.
pub fn msg_for_event(event: &Event, contexts: &[Context]) -> Option<Msg> {
    let action = |action: Action| Some(Msg::Action(action));
    match event {
        Event::Key(key) => msg_for_key(*key, contexts),
        Event::Mouse(mouse) => match mouse.kind {
            MouseEventKind::Down(MouseButton::Left) => {
                action(Action::Click { column: mouse.column, row: mouse.row })
            }
            MouseEventKind::ScrollDown => {
                action(Action::Scroll { column: mouse.column, row: mouse.row, down: true })
            }
            MouseEventKind::ScrollUp => {
                action(Action::Scroll { column: mouse.column, row: mouse.row, down: false })
            }
            _ => None,
        },
        Event::Resize(width, height) => Some(Msg::Resize { width: *width, height: *height }),
        Event::Paste(text) => action(Action::Paste(text.clone())),
        _ => None,
    }
}

/// The bindings of one context, for the help overlay.
pub fn bindings_in(context: Context) -> impl Iterator<Item = &'static Binding> {
    BINDINGS.iter().filter(move |b| b.context == context)
}

/// "j next record · Enter open the record …": the hints of the contexts in effect.
/// Each key and each hint appears once: a more specific context (the floor plan over the list)
/// says it first. Hinted bindings of one context that share a hint share an entry ("←→↑↓ move").
pub fn hints(contexts: &[Context]) -> Vec<(String, &'static str)> {
    let mut shown: Vec<(String, &'static str, Context)> = Vec::new();
    // Every key said so far: a key a more specific context took is not offered again.
    let mut keys_said: Vec<String> = Vec::new();
    for binding in
        contexts.iter().flat_map(|context| bindings_in(*context)).filter(|binding| binding.hint)
    {
        let key = binding.keys[0].to_string();
        let hint = binding.hint_text();
        if keys_said.contains(&key) {
            continue;
        }
        keys_said.push(key.clone());
        match shown.iter_mut().find(|(_, h, _)| *h == hint) {
            Some((keys, _, context)) if *context == binding.context => {
                let arrows = |text: &str| text.chars().all(|c| matches!(c, '←' | '→' | '↑' | '↓'));
                if !(arrows(keys) && arrows(&key)) {
                    keys.push('/');
                }
                keys.push_str(&key);
            }
            Some(_) => {}
            None => shown.push((key, hint, binding.context)),
        }
    }
    shown.into_iter().map(|(key, hint, _)| (key, hint)).collect()
}

/// Every context, in the order the help overlay shows them.
pub const HELP_ORDER: [Context; 12] = [
    Context::Global,
    Context::Kinds,
    Context::List,
    Context::Detail,
    Context::Floor,
    Context::Search,
    Context::Filter,
    Context::Facets,
    Context::Compare,
    Context::Note,
    Context::Help,
    Context::Always,
];

/// One line of the help overlay.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HelpLine {
    /// A context's title ("List pane").
    Title(&'static str),
    /// A binding: its keys (empty on the lines its description wraps onto) and description.
    Key {
        keys: String,
        text: String,
    },
    Blank,
}

/// The width of the help overlay's key column: the longest keys, and two spaces.
fn help_keys_width() -> usize {
    use unicode_width::UnicodeWidthStr;
    let keys = BINDINGS.iter().map(|binding| keys_text(binding).width());
    let syntax = crate::search::SYNTAX.iter().map(|(typed, _)| typed.width());
    keys.chain(syntax).max().unwrap_or(0) + 2
}

/// The title of the help overlay's section on what the search box takes.
pub const SYNTAX_TITLE: &str = "Search words (search box, list filter, showfloor search)";

/// How wide the help overlay's text is with no description wrapped.
pub fn help_natural_width() -> usize {
    use unicode_width::UnicodeWidthStr;
    let longest = BINDINGS
        .iter()
        .map(|b| b.description().width())
        .chain(crate::search::SYNTAX.iter().map(|(_, meaning)| meaning.width()))
        .max()
        .unwrap_or(0);
    help_keys_width() + 2 + longest
}

/// The help overlay's text for a box `width` cells wide: per context a title, its bindings
/// (descriptions wrapped beside the keys, so none is cut), a blank. Drawing and scrolling both
/// use it, so they agree on how many lines there are.
pub fn help_lines(width: usize) -> Vec<HelpLine> {
    let keys_width = help_keys_width();
    let text_width = width.saturating_sub(keys_width + 2).max(12);
    let mut lines = Vec::new();
    let push = |lines: &mut Vec<HelpLine>, keys: &str, text: &str| {
        let keys = format!("  {keys:<keys_width$}");
        for (i, part) in textwrap::wrap(text, text_width).iter().enumerate() {
            let keys = if i == 0 { keys.clone() } else { " ".repeat(keys_width + 2) };
            lines.push(HelpLine::Key { keys, text: part.to_string() });
        }
    };
    for context in HELP_ORDER {
        lines.push(HelpLine::Title(context.title()));
        for binding in bindings_in(context) {
            push(&mut lines, &keys_text(binding), binding.description());
        }
        lines.push(HelpLine::Blank);
        // What to type follows the keys of the box it is typed into.
        if context == Context::Search {
            lines.push(HelpLine::Title(SYNTAX_TITLE));
            for (typed, meaning) in crate::search::SYNTAX {
                push(&mut lines, typed, meaning);
            }
            push(&mut lines, "sys: kar", "one kind only, in the search box (--kind in the CLI)");
            lines.push(HelpLine::Blank);
        }
    }
    lines
}

/// All keys of a binding, as the help overlay lists them: "j ↓".
pub fn keys_text(binding: &Binding) -> String {
    binding.keys.iter().map(ToString::to_string).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn the_focused_pane_comes_before_global_keys() {
        let enter = press(KeyCode::Enter, KeyModifiers::NONE);
        assert_eq!(
            action_for_key(enter, &[Context::Always, Context::List, Context::Global]),
            Some(Action::Open)
        );
        let slash = press(KeyCode::Char('/'), KeyModifiers::NONE);
        assert_eq!(
            action_for_key(slash, &[Context::Always, Context::Detail, Context::Global]),
            Some(Action::OpenSearch)
        );
    }

    #[test]
    fn letters_type_in_text_inputs_but_ctrl_c_still_quits() {
        let q = press(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(
            action_for_key(q, &[Context::Always, Context::Search]),
            Some(Action::Insert('q'))
        );
        let shifted = press(KeyCode::Char('Q'), KeyModifiers::SHIFT);
        assert_eq!(
            action_for_key(shifted, &[Context::Always, Context::Filter]),
            Some(Action::Insert('Q'))
        );
        let ctrl_c = press(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(action_for_key(ctrl_c, &[Context::Always, Context::Search]), Some(Action::Quit));
    }

    #[test]
    fn shifted_letters_match_their_character() {
        let g = press(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(action_for_key(g, &[Context::Global]), Some(Action::Bottom));
        let back_tab = press(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(action_for_key(back_tab, &[Context::Global]), Some(Action::FocusPrev));
    }

    #[test]
    fn every_context_has_a_way_out() {
        for context in [Context::Search, Context::Filter, Context::Help] {
            assert!(
                bindings_in(context).any(|b| b.action() == Some(&Action::Close)),
                "{context:?}"
            );
        }
        assert!(bindings_in(Context::Global).any(|b| b.action() == Some(&Action::Quit)));
    }

    #[test]
    fn the_floor_plan_hints_its_arrows_together_and_its_own_way_back() {
        let hints = hints(&[Context::Always, Context::Floor, Context::Global]);
        assert_eq!(hints[0], ("←→↑↓".to_owned(), "move"));
        assert!(hints.iter().any(|(key, hint)| key == "Enter" && *hint == "open"));
        assert!(hints.iter().any(|(key, hint)| key == "Esc" && *hint == "back"), "{hints:?}");
        assert!(!hints.iter().any(|(key, _)| key == "f"), "no list filter on a map: {hints:?}");
    }

    #[test]
    fn help_says_what_the_search_box_takes_right_after_its_keys() {
        let lines = help_lines(120);
        let title = |wanted: &str| {
            lines.iter().position(|line| matches!(line, HelpLine::Title(t) if *t == wanted))
        };
        let (search, syntax) = (title(Context::Search.title()), title(SYNTAX_TITLE));
        assert!(search.is_some_and(|s| syntax.is_some_and(|y| y > s)), "{search:?} {syntax:?}");
        for (typed, meaning) in crate::search::SYNTAX {
            assert!(
                lines.iter().any(|line| matches!(line, HelpLine::Key { keys, text }
                    if keys.trim() == *typed && meaning.starts_with(text.as_str()))),
                "{typed} is explained"
            );
        }
    }

    #[test]
    fn help_wraps_long_descriptions_beside_their_keys() {
        let narrow = help_lines(50);
        let wide = help_lines(200);
        assert!(narrow.len() > wide.len(), "long descriptions take more lines when narrow");
        let words = |lines: &[HelpLine]| -> Vec<String> {
            lines
                .iter()
                .filter_map(|line| match line {
                    HelpLine::Key { text, .. } => Some(text.clone()),
                    _ => None,
                })
                .flat_map(|text| text.split_whitespace().map(str::to_owned).collect::<Vec<_>>())
                .collect()
        };
        assert_eq!(words(&narrow), words(&wide), "no word is lost to the width");
        let keys_width = help_keys_width() + 2;
        for line in &narrow {
            if let HelpLine::Key { keys, text } = line {
                assert_eq!(keys.chars().count(), keys_width, "{keys:?}");
                assert!(text.chars().count() <= 50 - keys_width, "{text:?}");
            }
        }
    }

    /// q quits from anywhere but a text input, where it types: every stack of contexts the
    /// browser puts in effect (App::contexts).
    #[test]
    fn q_quits_everywhere_but_where_letters_type() {
        use Context::*;
        let q = press(KeyCode::Char('q'), KeyModifiers::NONE);
        let quitting: [&[Context]; 7] = [
            &[Always, Kinds, Global],
            &[Always, List, Global],
            &[Always, Detail, Global],
            &[Always, Floor, Global],
            &[Always, Help],
            &[Always, Facets],
            &[Always, Compare],
        ];
        for contexts in quitting {
            assert_eq!(action_for_key(q, contexts), Some(Action::Quit), "{contexts:?}");
        }
        for contexts in [[Always, Search], [Always, Filter], [Always, Note]] {
            let typed = msg_for_key(q, &contexts);
            let types = matches!(typed, Some(Msg::Action(Action::Insert('q')) | Msg::NoteKey(_)));
            assert!(types, "{contexts:?}: {typed:?}");
        }
    }

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for context in HELP_ORDER {
            let mut seen = Vec::new();
            for binding in bindings_in(context) {
                for key in binding.keys {
                    assert!(!seen.contains(key), "{key} bound twice in {context:?}");
                    seen.push(*key);
                }
            }
        }
    }
}
