//! The `[keys]` table: a preset, then per context `"KEY" = "ACTION"` (or `"none"` to free the
//! key), each checked where it is written.

use std::collections::HashMap;
use std::ops::Range;

use toml::Spanned;
use toml::de::DeValue;

use super::{Config, Reader, Unknown, cut, hint_for, quoted};
use crate::browser::app::Context;
use crate::browser::app::keymap::{Key, KeyMap, SEQUENCE_MAX, key_name, parse_key};
use crate::tr;

/// The presets: a few lines each, in the config's own words, for the habits people bring.
/// `default` is the key map as shipped (already vi-like: j/k, g/G, h/l).
pub const PRESETS: &[(&str, &str)] = &[
    ("default", ""),
    (
        "vim",
        "[keys.browsing]\n\"ctrl-f\" = \"page-down\"\n\"ctrl-b\" = \"page-up\"\n\
         [keys.search]\n\"ctrl-j\" = \"down\"\n\"ctrl-k\" = \"up\"\n\
         [keys.help]\n\"ctrl-f\" = \"page-down\"\n\"ctrl-b\" = \"page-up\"\n",
    ),
    (
        "emacs",
        "[keys.browsing]\n\"ctrl-v\" = \"page-down\"\n\"alt-v\" = \"page-up\"\n\
         \"alt-<\" = \"top\"\n\"alt->\" = \"bottom\"\n\"ctrl-s\" = \"open-search\"\n\"ctrl-g\" = \"close\"\n\
         [keys.list]\n\"ctrl-n\" = \"down\"\n\"ctrl-p\" = \"up\"\n\"ctrl-f\" = \"open\"\n\"ctrl-b\" = \"leave\"\n\
         [keys.detail]\n\"ctrl-n\" = \"down\"\n\"ctrl-p\" = \"up\"\n\"ctrl-f\" = \"open\"\n\"ctrl-b\" = \"leave\"\n\
         [keys.kinds]\n\"ctrl-n\" = \"down\"\n\"ctrl-p\" = \"up\"\n\"ctrl-f\" = \"open\"\n\
         [keys.search]\n\"ctrl-g\" = \"close\"\n[keys.filter]\n\"ctrl-g\" = \"close\"\n\
         [keys.help]\n\"ctrl-n\" = \"down\"\n\"ctrl-p\" = \"up\"\n\"ctrl-g\" = \"close\"\n",
    ),
];

/// Read `[keys]` into `config.keys`: the preset's changes, then the file's.
pub(super) fn read(
    reader: &mut Reader<'_>,
    keys: &Spanned<DeValue<'_>>,
    config: &mut Config,
    bom: usize,
) {
    let DeValue::Table(table) = keys.get_ref() else {
        reader.error(keys.span().start + bom, tr!("config-keys-not-table").into());
        return;
    };
    let known_tables = std::iter::once("preset").chain(Context::ALL.map(Context::config_name));
    if let Some((_, preset)) = table.iter().find(|(key, _)| key.get_ref().as_ref() == "preset") {
        let names = PRESETS.iter().map(|(name, _)| *name);
        match preset.get_ref() {
            DeValue::String(name) => match PRESETS.iter().find(|(n, _)| *n == name.as_ref()) {
                Some((name, text)) => {
                    config.preset = Some((*name).to_owned());
                    apply_preset(&mut config.keys, text);
                }
                None => reader.unknown(preset.span().start + bom, name, Unknown::Preset, names),
            },
            _ => reader.error(
                preset.span().start + bom,
                tr!("config-preset-not-string", names = quoted(names)),
            ),
        }
    }
    // Where the file binds a key in a pane's or an overlay's table, to check against
    // `anywhere` once every table is read (in whatever order the file has them).
    let mut written: Vec<(Context, Key, usize)> = Vec::new();
    for (key, value) in table.iter() {
        let name = key.get_ref().as_ref();
        if name == "preset" {
            continue;
        }
        let Some(context) = Context::from_config_name(name) else {
            reader.unknown(key.span().start + bom, name, Unknown::KeyTable, known_tables.clone());
            continue;
        };
        let DeValue::Table(bindings) = value.get_ref() else {
            let message = tr!("config-key-table-not-table", table = name);
            reader.error(value.span().start + bom, message);
            continue;
        };
        let mut seen: HashMap<Key, Range<usize>> = HashMap::new();
        for (key_text, action) in bindings.iter() {
            let span = key_text.span();
            let at = span.start + bom;
            let key = match parse_key(key_text.get_ref().as_ref()) {
                Ok(key) => key,
                Err(_) => {
                    reader.error(at, not_a_key(key_text.get_ref().as_ref()));
                    continue;
                }
            };
            if let Some(first) = seen.get(&key) {
                let (line, column) = reader.lines.line_column(reader.text, first.start + bom);
                let key = key_name(key).unwrap_or_default();
                let message =
                    tr!("config-key-twice", key = key, table = name, line = line, column = column);
                reader.error(at, message);
                continue;
            }
            seen.insert(key, span);
            let DeValue::String(wanted) = action.get_ref() else {
                let message = tr!("config-action-not-string").into();
                reader.error(action.span().start + bom, message);
                continue;
            };
            match action_named(context, wanted) {
                Ok(Some(action)) => {
                    if let Some(message) = untypable(&config.keys, context, key) {
                        reader.error(at, message);
                        continue;
                    }
                    if let Key::Sequence(sequence) = key
                        && let Some(first) = config.keys.shadowing(context, sequence)
                    {
                        let first = key_name(first).unwrap_or_default();
                        let message = tr!("config-sequence-shadowed", first = first, table = name);
                        reader.error(at, message);
                        continue;
                    }
                    // A key that opens help closes it too, as `?` does.
                    if action == crate::browser::app::Action::ToggleHelp && context != Context::Help
                    {
                        let free =
                            config.keys.bindings_in(Context::Help).all(|b| !b.keys.contains(&key));
                        if free {
                            config.keys.bind(
                                Context::Help,
                                key,
                                crate::browser::app::Action::Close,
                            );
                        }
                    }
                    config.keys.bind(context, key, action);
                    if context != Context::Always {
                        written.push((context, key, at));
                    }
                }
                Ok(None) => config.keys.unbind(context, key),
                Err(message) => reader.error(action.span().start + bom, message),
            }
        }
    }
    // `anywhere` is looked up first: a key it binds never reaches a pane's table.
    for (context, key, at) in written {
        let taken = config.keys.bindings_in(Context::Always).any(|b| {
            b.keys.contains(&key) && matches!(b.does, crate::browser::app::keymap::Does::Act(_))
        });
        if taken {
            let name = key_name(key).unwrap_or_default();
            let message =
                tr!("config-key-hidden-by-anywhere", key = name, table = context.config_name());
            reader.error(at, message);
        }
    }
}

/// The action `name` names in `context`: `None` for `"none"`; an error naming the closest
/// names, or the contexts where it applies.
fn action_named(
    context: Context,
    name: &str,
) -> Result<Option<crate::browser::app::Action>, String> {
    // Names are lower case; "Down" and "None" are what was meant.
    let lower = name.to_ascii_lowercase();
    let name = lower.as_str();
    if name == "none" {
        return Ok(None);
    }
    let here = KeyMap::actions_for(context);
    if let Some(action) = here.iter().find(|action| action.config_name() == name) {
        return Ok(Some(action.clone()));
    }
    let shown = cut(name);
    let elsewhere: Vec<&str> = Context::ALL
        .into_iter()
        .filter(|other| KeyMap::actions_for(*other).iter().any(|a| a.config_name() == name))
        .map(Context::config_name)
        .collect();
    let context_name = context.config_name();
    if !elsewhere.is_empty() {
        return Err(tr!(
            "config-action-elsewhere",
            action = shown,
            table = context_name,
            tables = quoted(elsewhere.into_iter())
        ));
    }
    let names: Vec<String> = here.iter().map(crate::browser::app::Action::config_name).collect();
    Err(tr!(
        "config-unknown-action",
        word = shown,
        hint = hint_for(name, names.iter().map(String::as_str)),
        table = context_name,
        names = quoted(names.iter().map(String::as_str))
    ))
}

/// A preset's changes, read as a config is (they are checked clean by a test).
fn apply_preset(keys: &mut KeyMap, text: &str) {
    let mut config = Config { keys: keys.clone(), ..Config::default() };
    let (root, _) = toml::de::DeTable::parse_recoverable(text);
    let mut reader = Reader {
        path: "preset",
        text,
        lines: crate::catalog::LineIndex::new(text),
        problems: Vec::new(),
    };
    if let Some((_, table)) = root.get_ref().iter().find(|(k, _)| k.get_ref().as_ref() == "keys") {
        read(&mut reader, table, &mut config, 0);
    }
    *keys = config.keys;
}

/// Problems in the presets' own text, for the test that keeps them clean.
#[cfg(test)]
pub(super) fn preset_problems(text: &str) -> Vec<String> {
    let (_, problems) = super::parse("preset", text, std::path::Path::new("."));
    problems.iter().map(ToString::to_string).collect()
}

/// Why `key` could never be typed in `context`, if it could not: a sequence starting with a
/// letter where letters type, or one that another sequence there starts or ends before it.
fn untypable(keys: &KeyMap, context: Context, key: Key) -> Option<String> {
    let Key::Sequence(sequence) = key else { return None };
    let presses: Vec<Key> = sequence.presses().collect();
    let typing = matches!(context, Context::Search | Context::Filter | Context::Note);
    if typing
        && let Some(Key::Press(crossterm::event::KeyCode::Char(_), modifiers)) = presses.first()
        && !modifiers.intersects(
            crossterm::event::KeyModifiers::CONTROL | crossterm::event::KeyModifiers::ALT,
        )
    {
        return Some(tr!("config-sequence-starts-with-letter", table = context.config_name()));
    }
    let other = keys.bindings_in(context).flat_map(|b| b.keys.iter()).find_map(|k| match k {
        Key::Sequence(other) if *other != sequence => {
            let others: Vec<Key> = other.presses().collect();
            (others.starts_with(&presses) || presses.starts_with(&others)).then_some(*k)
        }
        _ => None,
    })?;
    let other = key_name(other).unwrap_or_default();
    Some(tr!(
        "config-sequences-begin-alike",
        key = key_name(key).unwrap_or_default(),
        other = other,
        table = context.config_name()
    ))
}

/// Why `text` is not a key, in the reader's language. [`parse_key`] says why in English only;
/// this says the same by its rules (a test holds the English of the two equal).
pub(super) fn not_a_key(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() > 1 && text != " " {
        if words.len() > SEQUENCE_MAX {
            return tr!("config-key-sequence-too-long", key = cut(text), max = SEQUENCE_MAX);
        }
        return match words.iter().find(|word| parse_key(word).is_err()) {
            Some(word) => not_a_press(word),
            None => tr!("config-key-not-sequence", key = cut(text)),
        };
    }
    not_a_press(text)
}

/// Why one press `text` is not a key: a control character, or no key's name.
fn not_a_press(text: &str) -> String {
    let mut rest = text;
    loop {
        let lower = rest.to_ascii_lowercase();
        let after = ["ctrl-", "alt-"]
            .into_iter()
            .find_map(|prefix| lower.strip_prefix(prefix).filter(|after| !after.is_empty()));
        match after {
            Some(after) => rest = &rest[rest.len() - after.len()..],
            None => break,
        }
    }
    let mut chars = rest.chars();
    if let (Some(c), None) = (chars.next(), chars.next())
        && c.is_control()
    {
        return tr!("config-key-control", char = c.to_string());
    }
    let shown = if text.chars().count() > 40 {
        format!("{}…", text.chars().take(37).collect::<String>())
    } else {
        text.to_owned()
    };
    tr!("config-key-unknown", key = shown, names = quoted(named_keys().iter().map(String::as_str)))
}

/// The named keys as the key map names them (`enter`, `esc`, … `space`), in its order.
fn named_keys() -> Vec<String> {
    use crossterm::event::{KeyCode, KeyModifiers};
    [
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Tab,
        KeyCode::BackTab,
        KeyCode::Backspace,
        KeyCode::Delete,
        KeyCode::Insert,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::PageUp,
        KeyCode::PageDown,
        KeyCode::Home,
        KeyCode::End,
        KeyCode::Char(' '),
    ]
    .into_iter()
    .filter_map(|code| key_name(Key::Press(code, KeyModifiers::NONE)))
    .collect()
}
