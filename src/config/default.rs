//! `showfloor config --default`: a complete config, every line the default, commented, made
//! from the key map itself so it can never disagree with what the keys do.

use std::fmt::Write as _;

use super::keys::PRESETS;
use crate::browser::app::Context;
use crate::browser::app::keymap::{Does, KeyMap, key_name};

/// The default config, as text a user copies and edits.
pub fn default_text() -> String {
    let mut out = String::from(
        "# showfloor's config. Every setting below is the default: delete what you do not\n\
         # change. `showfloor config` says where the file goes; `showfloor config --check`\n\
         # checks it.\n\n\
         # The catalogues to open when --data names none: folders, catalogue files or a show's\n\
         # published files (paths from this file's folder, or from ~/ for your home).\n\
         # data = [\"~/shows/bamex-2025\"]\n\n\
         # Where marks and notes are kept (the default is one file per catalogue in the\n\
         # platform's data directory).\n\
         # state = \"~/showfloor-state.toml\"\n\n\
         # Mouse clicks and the wheel in the browser.\n\
         mouse = true\n\n",
    );
    let _ = writeln!(
        out,
        "# The interface's language: {}.\nlanguage = \"en\"\n",
        super::quoted(super::LANGUAGES.iter().copied())
    );
    let presets: Vec<&str> = PRESETS.iter().map(|(name, _)| *name).collect();
    let _ = writeln!(
        out,
        "[keys]\n# Start from a preset: {}. The tables below change it: \"KEY\" = \"ACTION\", or\n\
         # \"none\" to free a key. Keys: a character (\"j\", \"G\"), a named key (\"enter\", \"esc\",\n\
         # \"tab\", \"up\", \"pgdn\", \"space\", \"f1\"…), either after \"ctrl-\" or \"alt-\".\n\
         preset = \"default\"",
        super::quoted(presets.into_iter())
    );
    let keymap = KeyMap::default();
    for context in Context::ALL {
        let _ = writeln!(out, "\n# {}\n[keys.{}]", context.title(), context.config_name());
        for binding in keymap.bindings_in(context) {
            let Does::Act(action) = &binding.does else {
                let _ = writeln!(out, "# other keys: {}", binding.description());
                continue;
            };
            for &key in &binding.keys {
                let Some(name) = key_name(key) else { continue };
                let line = format!("{} = \"{}\"", toml_key(&name), action.config_name());
                let _ = writeln!(out, "{line:<32} # {}", binding.description());
            }
        }
    }
    out
}

/// A key name as a TOML key: quoted, with `"` and `\` escaped.
fn toml_key(name: &str) -> String {
    toml::Value::String(name.to_owned()).to_string()
}
