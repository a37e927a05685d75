//! `showfloor config --default`: a complete config, every line the default, commented, made
//! from the key map itself so it can never disagree with what the keys do.

use std::fmt::Write as _;

use super::Config;
use super::keys::PRESETS;
use crate::browser::app::Context;
use crate::browser::app::keymap::{Does, KeyMap, key_name};

/// The default config, as text a user copies and edits.
pub fn default_text() -> String {
    text_of(&Config::default())
}

/// The config in effect, in the same form: what `showfloor config` prints.
pub fn effective_text(config: &Config) -> String {
    text_of(config)
}

fn text_of(config: &Config) -> String {
    let mut out = String::from(
        "# showfloor's config. Every setting below is the default unless you changed it: delete\n\
         # what you do not change. `showfloor config` says where the file goes; `showfloor\n\
         # config --check` checks it.\n\n\
         # The catalogues to open when --data names none: folders, catalogue files or a show's\n\
         # published files (paths from this file's folder, or from ~/ for your home).\n",
    );
    match config.data.as_slice() {
        [] => out.push_str("# data = [\"~/shows/bamex-2025\"]\n\n"),
        paths => {
            let paths: Vec<String> =
                paths.iter().map(|p| toml_key(&p.display().to_string())).collect();
            let _ = writeln!(out, "data = [{}]\n", paths.join(", "));
        }
    }
    out.push_str(
        "# Where marks and notes are kept (the default is one file per catalogue in the\n\
         # platform's data directory).\n",
    );
    match &config.state {
        None => out.push_str("# state = \"~/showfloor-state.toml\"\n\n"),
        Some(path) => {
            let _ = writeln!(out, "state = {}\n", toml_key(&path.display().to_string()));
        }
    }
    let _ = writeln!(
        out,
        "# Mouse clicks and the wheel in the browser (off: the terminal selects text).\nmouse = {}\n",
        config.mouse.unwrap_or(true)
    );
    // Unset, the language follows LC_ALL, LC_MESSAGES or LANG: a copied default config must
    // not pin it.
    let languages = super::quoted(super::LANGUAGES.iter().copied());
    let _ = match &config.language {
        None => writeln!(
            out,
            "# The interface's language: {languages}; unset, LC_ALL, LC_MESSAGES or LANG decide \
             (--lang wins).\n# language = \"fr\"\n"
        ),
        Some(language) => writeln!(
            out,
            "# The interface's language: {languages} (--lang wins).\nlanguage = {}\n",
            toml_key(language)
        ),
    };
    let _ = writeln!(
        out,
        "# The colours: a built-in theme ({}), then a style for any role below: a colour\n\
         # (a named ANSI one, which follows the terminal's palette; 0-255; or #rrggbb), `on` and\n\
         # a background, and bold, dim, italic, underline, reverse, strike. NO_COLOR still wins.\n\
         theme = {}\n\n[colors]",
        super::quoted(crate::browser::ui::Palette::THEMES.iter().copied()),
        toml_key(config.theme.as_deref().unwrap_or("dark"))
    );
    for role in crate::browser::ui::Role::ALL {
        let line = format!(
            "{} = {}",
            role.config_name(),
            toml_key(&super::colors::style_text(config.palette.get(role)))
        );
        let _ = writeln!(out, "{line:<40} # {}", role.what());
    }
    out.push('\n');
    let presets: Vec<&str> = PRESETS.iter().map(|(name, _)| *name).collect();
    let _ = writeln!(
        out,
        "[keys]\n# Start from a preset: {}. The tables below change it: \"KEY\" = \"ACTION\", or\n\
         # \"none\" to free a key. Keys: a character (\"j\", \"G\"), a named key (\"enter\", \"esc\",\n\
         # \"tab\", \"up\", \"pgdn\", \"space\", \"f1\"…), either after \"ctrl-\" or \"alt-\".\n\
         preset = {}",
        super::quoted(presets.into_iter()),
        toml_key(config.preset.as_deref().unwrap_or("default"))
    );
    let keymap: &KeyMap = &config.keys;
    for context in Context::ALL {
        let _ = writeln!(out, "\n# {}\n[keys.{}]", context.title(), context.config_name());
        for binding in keymap.bindings_in(context) {
            let action = match &binding.does {
                Does::Act(action) => action.config_name(),
                Does::Nothing => "none".to_owned(),
                Does::Type | Does::EditNote => {
                    let _ = writeln!(out, "# other keys: {}", binding.description());
                    continue;
                }
            };
            for &key in &binding.keys {
                let Some(name) = key_name(key) else { continue };
                let line = format!("{} = \"{action}\"", toml_key(&name));
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
