//! The key map's words in a config file: keys ("ctrl-n", "pgdn", "G"), contexts ("list",
//! "browsing") and actions ("open-search"), both ways, and the changes a config makes.

use crossterm::event::{KeyCode, KeyModifiers};

use super::{Binding, Context, Does, Key, KeyMap, SEQUENCE_MAX, Sequence};
use crate::browser::app::Action;

impl Context {
    /// Every context, as a config file names them.
    pub const ALL: [Context; 14] = super::HELP_ORDER;

    /// The context's table in a config file (`[keys.list]`).
    pub fn config_name(self) -> &'static str {
        match self {
            Context::Always => "anywhere",
            Context::Global => "browsing",
            Context::Kinds => "kinds",
            Context::List => "list",
            Context::Detail => "detail",
            Context::Search => "search",
            Context::Filter => "filter",
            Context::Help => "help",
            Context::Note => "note",
            Context::Floor => "floor",
            Context::Facets => "facets",
            Context::Compare => "compare",
            Context::ImportPlan => "import-plan",
            Context::Graph => "graph",
        }
    }

    pub fn from_config_name(name: &str) -> Option<Context> {
        Context::ALL.into_iter().find(|context| context.config_name() == name)
    }
}

impl Action {
    /// The action's name in a config file: its variant in kebab case ("open-search",
    /// "spatial-left"), made from the variant so that a new action is named without a table.
    pub fn config_name(&self) -> String {
        let debug = format!("{self:?}");
        let mut name = String::new();
        for c in debug.chars() {
            if c.is_ascii_uppercase() {
                if !name.is_empty() && !name.ends_with('-') {
                    name.push('-');
                }
                name.push(c.to_ascii_lowercase());
            } else if c == '(' {
                name.push('-');
            } else if c.is_ascii_alphanumeric() {
                name.push(c);
            }
        }
        name
    }
}

/// The names of special keys, as a config writes them (any letter case), and as it is printed.
const NAMED: &[(&str, KeyCode)] = &[
    ("enter", KeyCode::Enter),
    ("esc", KeyCode::Esc),
    ("tab", KeyCode::Tab),
    ("shift-tab", KeyCode::BackTab),
    ("backspace", KeyCode::Backspace),
    ("delete", KeyCode::Delete),
    ("insert", KeyCode::Insert),
    ("up", KeyCode::Up),
    ("down", KeyCode::Down),
    ("left", KeyCode::Left),
    ("right", KeyCode::Right),
    ("pgup", KeyCode::PageUp),
    ("pgdn", KeyCode::PageDown),
    ("home", KeyCode::Home),
    ("end", KeyCode::End),
    ("space", KeyCode::Char(' ')),
];

/// Other names people write for the same keys.
const ALIASES: &[(&str, &str)] = &[
    ("return", "enter"),
    ("escape", "esc"),
    ("backtab", "shift-tab"),
    ("del", "delete"),
    ("pageup", "pgup"),
    ("pagedown", "pgdn"),
    ("bs", "backspace"),
];

/// A key as a config writes it: a character ("j", "G", "?"), a named key ("pgdn", "esc"), or
/// either after `ctrl-` or `alt-`; or up to three of them apart, pressed one after another
/// ("g g"). The error says what is accepted.
pub fn parse_key(text: &str) -> Result<Key, String> {
    // Presses one after another, apart: "g g", "z ctrl-x".
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() > 1 && text != " " {
        if words.len() > SEQUENCE_MAX {
            return Err(format!("`{text}`: a sequence is at most {SEQUENCE_MAX} keys"));
        }
        let presses = words.iter().map(|word| parse_press(word)).collect::<Result<Vec<_>, _>>()?;
        return Sequence::of(&presses)
            .map(Key::Sequence)
            .ok_or_else(|| format!("`{text}` is not a key sequence"));
    }
    parse_press(text)
}

fn parse_press(text: &str) -> Result<Key, String> {
    let mut rest = text;
    let mut modifiers = KeyModifiers::NONE;
    loop {
        let lower = rest.to_ascii_lowercase();
        if let Some(after) = lower.strip_prefix("ctrl-").filter(|after| !after.is_empty()) {
            modifiers |= KeyModifiers::CONTROL;
            rest = &rest[rest.len() - after.len()..];
        } else if let Some(after) = lower.strip_prefix("alt-").filter(|after| !after.is_empty()) {
            modifiers |= KeyModifiers::ALT;
            rest = &rest[rest.len() - after.len()..];
        } else {
            break;
        }
    }
    let mut chars = rest.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_control() {
            return Err(format!("`{c}` is a control character, not a key name"));
        }
        // Ctrl with a letter is the letter's lower case, as terminals send it.
        let c = if modifiers.contains(KeyModifiers::CONTROL) { c.to_ascii_lowercase() } else { c };
        return Ok(Key::Press(KeyCode::Char(c), modifiers));
    }
    let lower = rest.to_ascii_lowercase();
    let lower =
        ALIASES.iter().find(|(alias, _)| *alias == lower).map_or(lower.as_str(), |(_, n)| n);
    if let Some((_, code)) = NAMED.iter().find(|(name, _)| *name == lower) {
        return Ok(Key::Press(*code, modifiers));
    }
    if let Some(n) =
        lower.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()).filter(|n| (1..=12).contains(n))
    {
        return Ok(Key::Press(KeyCode::F(n), modifiers));
    }
    let text = if text.chars().count() > 40 {
        format!("{}…", text.chars().take(37).collect::<String>())
    } else {
        text.to_owned()
    };
    Err(format!(
        "`{text}` is not a key: write a character (`j`, `G`, `?`), a named key ({}, `f1`…`f12`), \
         either after `ctrl-` or `alt-`",
        NAMED.iter().map(|(name, _)| format!("`{name}`")).collect::<Vec<_>>().join(", ")
    ))
}

/// A key as a config writes it, the other way: what [`parse_key`] reads back.
pub fn key_name(key: Key) -> Option<String> {
    if let Key::Sequence(sequence) = key {
        let names: Option<Vec<String>> = sequence.presses().map(key_name).collect();
        return names.map(|names| names.join(" "));
    }
    let Key::Press(code, modifiers) = key else { return None };
    let mut name = String::new();
    if modifiers.contains(KeyModifiers::CONTROL) {
        name.push_str("ctrl-");
    }
    if modifiers.contains(KeyModifiers::ALT) {
        name.push_str("alt-");
    }
    match code {
        KeyCode::F(n) => name.push_str(&format!("f{n}")),
        code => match NAMED.iter().find(|(_, named)| *named == code) {
            Some((word, _)) => name.push_str(word),
            None => match code {
                KeyCode::Char(c) => name.push(c),
                _ => return None,
            },
        },
    }
    Some(name)
}

impl KeyMap {
    /// The actions a context can be given: those its defaults bind, a browsing action in each
    /// pane (the browsing keys work in every pane), and what works anywhere.
    pub fn actions_for(context: Context) -> Vec<Action> {
        let defaults = KeyMap::default();
        let pane =
            matches!(context, Context::Kinds | Context::List | Context::Detail | Context::Floor);
        let mut actions: Vec<Action> = Vec::new();
        for binding in defaults.bindings() {
            let applies = binding.context == context
                || binding.context == Context::Always
                || (pane && binding.context == Context::Global);
            if let Some(action) = binding.action().filter(|_| applies)
                && !actions.contains(action)
            {
                actions.push(action.clone());
            }
        }
        actions
    }

    /// Bind `key` to `action` in `context`, replacing what the key did there. Binding a key
    /// to what it does already changes nothing (not even the order keys are shown in).
    pub fn bind(&mut self, context: Context, key: Key, action: Action) {
        let already = self.bindings.iter().any(|b| {
            b.context == context
                && b.keys.contains(&key)
                && matches!(&b.does, Does::Act(a) if *a == action)
        });
        if already {
            return;
        }
        self.remove(context, key);
        let same = self
            .bindings
            .iter_mut()
            .find(|b| b.context == context && matches!(&b.does, Does::Act(a) if *a == action));
        match same {
            Some(binding) => binding.keys.insert(0, key),
            None => {
                // Before the context's other rows: a letter bound in a text input is taken
                // before the row that types letters.
                let at = self.bindings.iter().position(|b| b.context == context).unwrap_or(0);
                let binding = Binding {
                    context,
                    keys: vec![key],
                    does: Does::Act(action),
                    what: None,
                    hint: false,
                    hint_word: None,
                };
                self.bindings.insert(at, binding);
            }
        }
    }

    /// Free `key` in `context`: it does nothing there, and is not looked up in the contexts
    /// after it (the browsing table's), which is what "none" means to the person writing it.
    pub fn unbind(&mut self, context: Context, key: Key) {
        let freed = |b: &Binding| b.context == context && b.does == Does::Nothing;
        if self.bindings.iter().any(|b| freed(b) && b.keys.contains(&key)) {
            return;
        }
        self.remove(context, key);
        // One row of freed keys per context, in the order they were freed.
        match self.bindings.iter_mut().find(|b| freed(b)) {
            Some(row) => row.keys.push(key),
            None => {
                let at = self.bindings.iter().position(|b| b.context == context).unwrap_or(0);
                let row = Binding {
                    context,
                    keys: vec![key],
                    does: Does::Nothing,
                    what: None,
                    hint: false,
                    hint_word: None,
                };
                self.bindings.insert(at, row);
            }
        }
    }

    /// Take `key` out of `context`'s rows; a row left with no key goes.
    fn remove(&mut self, context: Context, key: Key) {
        for binding in self.bindings.iter_mut().filter(|b| b.context == context) {
            binding.keys.retain(|k| *k != key);
        }
        self.bindings.retain(|b| !b.keys.is_empty());
    }
}

impl KeyMap {
    /// The key bound alone in `context` that `sequence` starts with, if one is: it would act
    /// before the sequence could be typed.
    pub fn shadowing(&self, context: Context, sequence: Sequence) -> Option<Key> {
        let first = sequence.presses().next()?;
        self.bindings_in(context)
            .filter(|b| b.does != Does::Nothing)
            .flat_map(|b| b.keys.iter())
            .copied()
            .find(|key| *key == first)
    }
}
