//! `theme = "NAME"` and the `[colors]` table: a built-in theme, and a style for any role on
//! screen, written as people write terminal styles: `"yellow bold"`, `"#ffcc00 on blue"`,
//! `"214 underline"`.

use ratatui::style::{Color, Modifier, Style};
use toml::Spanned;
use toml::de::DeValue;

use super::{Config, Reader, Unknown, quoted};
use crate::browser::ui::{Palette, Role};
use crate::tr;

const NAMED: &[(&str, Color)] = &[
    ("default", Color::Reset),
    ("black", Color::Black),
    ("red", Color::Red),
    ("green", Color::Green),
    ("yellow", Color::Yellow),
    ("blue", Color::Blue),
    ("magenta", Color::Magenta),
    ("cyan", Color::Cyan),
    ("gray", Color::Gray),
    ("grey", Color::Gray),
    ("dark-gray", Color::DarkGray),
    ("dark-grey", Color::DarkGray),
    ("bright-red", Color::LightRed),
    ("bright-green", Color::LightGreen),
    ("bright-yellow", Color::LightYellow),
    ("bright-blue", Color::LightBlue),
    ("bright-magenta", Color::LightMagenta),
    ("bright-cyan", Color::LightCyan),
    ("white", Color::White),
];

const MODIFIERS: &[(&str, Modifier)] = &[
    ("bold", Modifier::BOLD),
    ("dim", Modifier::DIM),
    ("italic", Modifier::ITALIC),
    ("underline", Modifier::UNDERLINED),
    ("reverse", Modifier::REVERSED),
    ("strike", Modifier::CROSSED_OUT),
];

fn color(word: &str) -> Option<Color> {
    if let Some((_, color)) = NAMED.iter().find(|(name, _)| *name == word) {
        return Some(*color);
    }
    if word.bytes().all(|b| b.is_ascii_digit())
        && let Ok(index) = word.parse::<u8>()
    {
        return Some(Color::Indexed(index));
    }
    let hex = word
        .strip_prefix('#')
        .filter(|h| h.len() == 6 && h.bytes().all(|b| b.is_ascii_hexdigit()))?;
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some(Color::Rgb(byte(0)?, byte(2)?, byte(4)?))
}

/// A style as a config writes it: a colour, `on` and a background colour, and modifiers, in
/// any order; `"none"` is no style. Colours are named ANSI ones (so they follow the terminal's
/// palette), 256-colour indices or `#rrggbb`.
pub fn parse_style(text: &str) -> Result<Style, String> {
    let mut style = Style::new();
    let text = crate::text::sanitize_line(text);
    let mut words = text.split_whitespace().map(str::to_ascii_lowercase).peekable();
    let mut fg = false;
    if text.trim() == "none" {
        return Ok(style);
    }
    if text.trim().is_empty() {
        return Err(tr!("config-style-empty").into());
    }
    while let Some(word) = words.next() {
        if word == "on" {
            let Some(background) = words.next().as_deref().and_then(color) else {
                return Err(tr!("config-style-on-without-colour", style = &*text));
            };
            if style.bg.is_some() {
                return Err(tr!("config-style-two-backgrounds", style = &*text));
            }
            style = style.bg(background);
        } else if color(&word).is_some() && fg {
            return Err(tr!("config-style-two-colours", style = &*text));
        } else if let Some((_, modifier)) = MODIFIERS.iter().find(|(name, _)| *name == word) {
            style = style.add_modifier(*modifier);
        } else if let Some(foreground) = color(&word).filter(|_| !fg) {
            style = style.fg(foreground);
            fg = true;
        } else {
            let colours = quoted(NAMED.iter().map(|(name, _)| *name));
            let styles = quoted(MODIFIERS.iter().map(|(name, _)| *name));
            return Err(if word == text.trim().to_ascii_lowercase() {
                tr!("config-style-unknown-word", word = word, colours = colours, styles = styles)
            } else {
                tr!(
                    "config-style-unknown-word-in",
                    word = word,
                    style = &*text,
                    colours = colours,
                    styles = styles
                )
            });
        }
    }
    Ok(style)
}

/// The `theme` key: a built-in theme's name.
pub(super) fn read_theme(
    reader: &mut Reader<'_>,
    value: &Spanned<DeValue<'_>>,
    config: &mut Config,
    bom: usize,
) {
    let at = value.span().start + bom;
    match value.get_ref() {
        DeValue::String(name) => match Palette::named(name) {
            Some(palette) => {
                config.palette = palette;
                config.theme = Some(name.to_string());
            }
            None => reader.unknown(at, name, Unknown::Theme, Palette::THEMES.iter().copied()),
        },
        _ => reader.error(
            at,
            tr!("config-theme-not-string", names = quoted(Palette::THEMES.iter().copied())),
        ),
    }
}

/// The `[colors]` table: `ROLE = "STYLE"`, over the theme.
pub(super) fn read_colors(
    reader: &mut Reader<'_>,
    value: &Spanned<DeValue<'_>>,
    config: &mut Config,
    bom: usize,
) {
    let DeValue::Table(table) = value.get_ref() else {
        reader.error(value.span().start + bom, tr!("config-colors-not-table").into());
        return;
    };
    for (key, style) in table.iter() {
        let name = key.get_ref().as_ref();
        let Some(role) = Role::from_config_name(name) else {
            reader.unknown(
                key.span().start + bom,
                name,
                Unknown::Role,
                Role::ALL.map(Role::config_name).into_iter(),
            );
            continue;
        };
        let at = style.span().start + bom;
        match style.get_ref() {
            DeValue::String(text) => match parse_style(text) {
                Ok(style) => config.palette.set(role, style),
                Err(message) => reader.error(at, message),
            },
            _ => reader.error(at, tr!("config-role-not-string", role = name)),
        }
    }
}

/// A style as [`parse_style`] reads it back: `"cyan bold underline"`, `"none"`.
pub fn style_text(style: Style) -> String {
    let name = |color: Color| match NAMED.iter().find(|(_, named)| *named == color) {
        Some((name, _)) => (*name).to_owned(),
        None => match color {
            Color::Indexed(index) => index.to_string(),
            Color::Rgb(r, g, b) => format!("#{r:02x}{g:02x}{b:02x}"),
            other => format!("{other}").to_lowercase(),
        },
    };
    let mut words: Vec<String> = Vec::new();
    if let Some(fg) = style.fg {
        words.push(name(fg));
    }
    if let Some(bg) = style.bg {
        words.push(format!("on {}", name(bg)));
    }
    for (word, modifier) in MODIFIERS {
        if style.add_modifier.contains(*modifier) {
            words.push((*word).to_owned());
        }
    }
    if words.is_empty() { "none".into() } else { words.join(" ") }
}
