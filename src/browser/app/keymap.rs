//! The key map, as data: one table of key, context, action and description. Input handling looks
//! keys up here, and the help overlay and the status bar are generated from the same table, so
//! what they say cannot drift from what the keys do.

use std::fmt;

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

use super::{Action, Msg};

mod help;
mod names;
mod table;

pub use help::{
    HELP_ORDER, HelpLine, help_lines, help_natural_width, hints, keys_text, narrowest_alias,
};
pub use names::{key_name, parse_key};

/// A key as the table names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Key {
    Press(KeyCode, KeyModifiers),
    /// Any printable character without Ctrl or Alt: typing into a text input.
    AnyChar,
    /// Any key at all: everything the note editor does not bind goes to the editor.
    AnyKey,
    /// Presses one after another ("g g"), from a config: the first waits for the rest.
    Sequence(Sequence),
}

/// Most presses in a sequence.
pub const SEQUENCE_MAX: usize = 3;

/// Two or three presses, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Sequence {
    presses: [(KeyCode, KeyModifiers); SEQUENCE_MAX],
    len: u8,
}

impl Sequence {
    /// The presses `keys` make, when each is a press and there are two or three.
    pub fn of(keys: &[Key]) -> Option<Sequence> {
        if !(2..=SEQUENCE_MAX).contains(&keys.len()) {
            return None;
        }
        let mut presses = [(KeyCode::Null, KeyModifiers::NONE); SEQUENCE_MAX];
        for (slot, key) in presses.iter_mut().zip(keys) {
            let Key::Press(code, modifiers) = key else { return None };
            *slot = (*code, *modifiers);
        }
        Some(Sequence { presses, len: u8::try_from(keys.len()).unwrap_or(0) })
    }

    pub fn presses(&self) -> impl Iterator<Item = Key> + '_ {
        self.presses[..usize::from(self.len)]
            .iter()
            .map(|&(code, modifiers)| Key::Press(code, modifiers))
    }
}

pub(super) const fn key(c: char) -> Key {
    Key::Press(KeyCode::Char(c), KeyModifiers::NONE)
}

pub(super) const fn ctrl(c: char) -> Key {
    Key::Press(KeyCode::Char(c), KeyModifiers::CONTROL)
}

pub(super) const fn code(code: KeyCode) -> Key {
    Key::Press(code, KeyModifiers::NONE)
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (code, modifiers) = match self {
            Key::Press(code, modifiers) => (code, modifiers),
            Key::Sequence(sequence) => {
                let presses: Vec<String> = sequence.presses().map(|key| key.to_string()).collect();
                return f.write_str(&presses.join(" "));
            }
            // Not keys a config can name, but how help and the README say them: in words.
            Key::AnyChar => return f.write_str(crate::tr!("key-any-char")),
            Key::AnyKey => return f.write_str(crate::tr!("key-any-key")),
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
    /// The line asking for a plan file to import.
    ImportPlan,
    /// The relationship view (r).
    Graph,
}

impl Context {
    /// The context's heading in help (`context-NAME` in the message files).
    pub fn title(self) -> &'static str {
        crate::i18n::t(&format!("context-{}", self.config_name()))
    }
}

/// What a row of the key map does with its keys.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Does {
    Act(Action),
    /// Letters type into the text input ([`Key::AnyChar`]): each becomes `Action::Insert`.
    Type,
    /// The key goes to the note editor as it came ([`Key::AnyKey`]): `Msg::NoteKey`.
    EditNote,
    /// The key does nothing here, and is not looked up further: a config freed it
    /// (`"j" = "none"`), so the browsing table's `j` does not act in this pane either.
    Nothing,
}

/// One row of the key map.
#[derive(Clone, Debug)]
pub struct Binding {
    pub context: Context,
    pub keys: Vec<Key>,
    pub does: Does,
    /// What the keys do here, when it says more than the action's own description: a
    /// message's id.
    pub what: Option<&'static str>,
    /// Shown in the status bar for this context.
    pub hint: bool,
    /// The status bar's word for it, where the action's own would mislead ("keep" for Enter
    /// in the filter, which keeps the filter rather than opening anything): a message's id.
    pub hint_word: Option<&'static str>,
}

impl Binding {
    pub fn description(&self) -> &'static str {
        match (&self.what, &self.does) {
            (Some(id), _) => crate::i18n::t(id),
            (None, Does::Act(action)) => action.description(),
            (None, Does::Type) => crate::tr!("key-type"),
            (None, Does::EditNote) => crate::tr!("key-edit-note"),
            (None, Does::Nothing) => crate::tr!("key-nothing"),
        }
    }

    /// The word the status bar shows beside the keys.
    pub fn hint_text(&self) -> &'static str {
        match (&self.hint_word, &self.does) {
            (Some(id), _) => crate::i18n::t(id),
            (None, Does::Act(action)) => action.hint(),
            (None, Does::Type | Does::EditNote | Does::Nothing) => self.description(),
        }
    }

    /// The action the row stands for, when it is one action (not typing).
    pub fn action(&self) -> Option<&Action> {
        match &self.does {
            Does::Act(action) => Some(action),
            Does::Type | Does::EditNote | Does::Nothing => None,
        }
    }
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

/// The key map in effect: the defaults, with what the user's config changes.
#[derive(Clone, Debug)]
pub struct KeyMap {
    bindings: Vec<Binding>,
}

impl Default for KeyMap {
    fn default() -> Self {
        KeyMap { bindings: table::defaults() }
    }
}

impl KeyMap {
    /// Every row, in the order they are looked up.
    pub fn bindings(&self) -> &[Binding] {
        &self.bindings
    }

    /// The bindings of one context, for the help overlay.
    pub fn bindings_in(&self, context: Context) -> impl Iterator<Item = &Binding> {
        self.bindings.iter().filter(move |b| b.context == context)
    }

    /// What a key press asks of `update`, looking through `contexts` in order: an action, or
    /// a key for the note editor.
    pub fn msg_for_key(&self, event: KeyEvent, contexts: &[Context]) -> Option<Msg> {
        self.msg_after(&[], event, contexts)
    }

    /// What a key press asks after the presses `pending` of an unfinished sequence: the
    /// sequence's action, or more presses to wait for ([`Msg::KeysPending`]). A press that
    /// finishes no sequence counts on its own.
    pub fn msg_after(&self, pending: &[Key], event: KeyEvent, contexts: &[Context]) -> Option<Msg> {
        if event.kind == KeyEventKind::Release {
            return None;
        }
        let (code, modifiers) = normalise(event);
        let mut typed = pending.to_vec();
        typed.push(Key::Press(code, modifiers));
        let sequences =
            contexts.iter().flat_map(|context| self.bindings_in(*context)).flat_map(|binding| {
                binding.keys.iter().filter_map(move |key| match key {
                    Key::Sequence(sequence) => Some((sequence, binding)),
                    _ => None,
                })
            });
        let mut longer = false;
        for (sequence, binding) in sequences {
            let presses: Vec<Key> = sequence.presses().collect();
            if presses == typed {
                if let Does::Act(action) = &binding.does {
                    return Some(Msg::Action(action.clone()));
                }
            } else if presses.starts_with(&typed) {
                longer = true;
            }
        }
        if longer {
            return Some(Msg::KeysPending(typed));
        }
        for context in contexts {
            for binding in self.bindings_in(*context) {
                for key in &binding.keys {
                    let matches = match (key, code) {
                        (Key::Press(k, m), _) => *k == code && *m == modifiers,
                        (Key::AnyKey, _) => true,
                        (Key::AnyChar, KeyCode::Char(_)) => {
                            !modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
                        }
                        (Key::AnyChar | Key::Sequence(_), _) => false,
                    };
                    if matches {
                        if binding.does == Does::Nothing {
                            return None;
                        }
                        return Some(match (&binding.does, code) {
                            (Does::Act(action), _) => Msg::Action(action.clone()),
                            (Does::Type, KeyCode::Char(c)) => Msg::Action(Action::Insert(c)),
                            (Does::Type | Does::EditNote | Does::Nothing, _) => Msg::NoteKey(event),
                        });
                    }
                }
            }
        }
        None
    }

    /// The action a key press asks for, when it is one (not a key for the note editor).
    pub fn action_for_key(&self, event: KeyEvent, contexts: &[Context]) -> Option<Action> {
        match self.msg_for_key(event, contexts)? {
            Msg::Action(action) => Some(action),
            _ => None,
        }
    }

    /// What any terminal event asks of `update`.
    pub fn msg_for_event(&self, event: &Event, contexts: &[Context]) -> Option<Msg> {
        let action = |action: Action| Some(Msg::Action(action));
        match event {
            Event::Key(key) => self.msg_for_key(*key, contexts),
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
}

#[cfg(test)]
mod tests;
