//! `showfloor config --default`: a complete config, every line the default, commented, made
//! from the key map itself so it can never disagree with what the keys do.

use std::fmt::Write as _;

use super::Config;
use super::keys::PRESETS;
use crate::browser::app::Context;
use crate::browser::app::keymap::{Does, KeyMap, key_name};
use crate::tr;

/// The default config, as text a user copies and edits.
pub fn default_text() -> String {
    text_of(&Config::default())
}

/// The config in effect, in the same form: what `showfloor config` prints.
pub fn effective_text(config: &Config) -> String {
    text_of(config)
}

fn text_of(config: &Config) -> String {
    let mut out = String::new();
    comment(&mut out, tr!("config-default-intro"));
    out.push('\n');
    comment(&mut out, tr!("config-default-data"));
    match config.data.as_slice() {
        [] => out.push_str("# data = [\"~/shows/bamex-2025\"]\n\n"),
        paths => {
            let paths: Vec<String> =
                paths.iter().map(|p| toml_key(&p.display().to_string())).collect();
            let _ = writeln!(out, "data = [{}]\n", paths.join(", "));
        }
    }
    comment(&mut out, tr!("config-default-state"));
    match &config.state {
        None => out.push_str("# state = \"~/showfloor-state.toml\"\n\n"),
        Some(path) => {
            let _ = writeln!(out, "state = {}\n", toml_key(&path.display().to_string()));
        }
    }
    comment(&mut out, tr!("config-default-mouse"));
    let _ = writeln!(out, "mouse = {}\n", config.mouse.unwrap_or(true));
    // Unset, the language follows LC_ALL, LC_MESSAGES or LANG: a copied default config must
    // not pin it.
    let languages = super::quoted(super::LANGUAGES.iter().copied());
    let _ = match &config.language {
        None => {
            comment(&mut out, &tr!("config-default-language-unset", languages = languages));
            writeln!(out, "# language = \"fr\"\n")
        }
        Some(language) => {
            comment(&mut out, &tr!("config-default-language", languages = languages));
            writeln!(out, "language = {}\n", toml_key(language))
        }
    };
    let themes = super::quoted(crate::browser::ui::Palette::THEMES.iter().copied());
    comment(&mut out, &tr!("config-default-colors", themes = themes));
    let _ = writeln!(
        out,
        "theme = {}\n\n[colors]",
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
    out.push_str("[keys]\n");
    comment(&mut out, &tr!("config-default-keys", presets = super::quoted(presets.into_iter())));
    let _ = writeln!(out, "preset = {}", toml_key(config.preset.as_deref().unwrap_or("default")));
    let keymap: &KeyMap = &config.keys;
    for context in Context::ALL {
        let _ = writeln!(out, "\n# {}\n[keys.{}]", context.title(), context.config_name());
        for binding in keymap.bindings_in(context) {
            let action = match &binding.does {
                Does::Act(action) => action.config_name(),
                Does::Nothing => "none".to_owned(),
                Does::Type | Does::EditNote => {
                    let what = tr!("config-default-other-keys", what = binding.description());
                    let _ = writeln!(out, "# {what}");
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

/// Most columns a comment's line takes, `# ` included.
const COMMENT_WIDTH: usize = 92;

/// `text`, one paragraph, as comment lines of at most [`COMMENT_WIDTH`] columns (a longer word
/// stands alone). Lines break at ASCII spaces only: the no-break space French sets before `:`
/// `;` `?` and inside « » keeps the punctuation with its word.
fn comment(out: &mut String, text: &str) {
    let words = text.split([' ', '\n']).filter(|word| !word.is_empty());
    let mut line = String::from("#");
    for word in words {
        let width = |text: &str| text.chars().count();
        if line.len() > 1 && width(&line) + 1 + width(word) > COMMENT_WIDTH {
            out.push_str(&line);
            out.push('\n');
            line = String::from("#");
        }
        line.push(' ');
        line.push_str(word);
    }
    out.push_str(&line);
    out.push('\n');
}

/// A key name as a TOML key: quoted, with `"` and `\` escaped.
fn toml_key(name: &str) -> String {
    toml::Value::String(name.to_owned()).to_string()
}
