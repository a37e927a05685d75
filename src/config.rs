//! The user's config file: the catalogues to open, the state file, the mouse, and the keys.
//!
//! Read like a catalogue: every problem at once, each at its line and column, with the
//! closest name when a word is misspelt. A broken config never stops showfloor: what could be
//! read is used, the rest stays the default, and the problems are shown.

mod colors;
mod default;
mod keys;
#[cfg(test)]
mod tests;

use std::path::{Path, PathBuf};

use toml::de::{DeTable, DeValue};

use crate::browser::app::keymap::KeyMap;
use crate::catalog::syntax::SyntaxProblem;
use crate::catalog::{Diagnostic, LineIndex, Location, Severity, SourceError, did_you_mean};
use crate::tr;

pub use colors::parse_style;
pub use default::{default_text, effective_text};

/// What a config file sets; `None` and empty where it says nothing.
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// Catalogues to open when `--data` names none, relative to the config file's folder.
    pub data: Vec<PathBuf>,
    pub state: Option<PathBuf>,
    pub mouse: Option<bool>,
    pub language: Option<String>,
    /// The key map: the defaults, a preset, and the file's own changes.
    pub keys: KeyMap,
    /// The preset the keys start from (`default`, `vim`, `emacs`).
    pub preset: Option<String>,
    /// The built-in theme named, and the style of each role (the theme's, then `[colors]`).
    pub theme: Option<String>,
    pub palette: crate::browser::ui::Palette,
}

/// Configs past this are refused unread: a config is a few kB.
const MAX_CONFIG_BYTES: u64 = 1024 * 1024;

/// The languages the interface has.
pub use crate::i18n::LANGUAGES;

/// The top-level keys, for did-you-mean and for the message that lists them.
const TOP_LEVEL: &[&str] = &["data", "state", "mouse", "language", "theme", "colors", "keys"];

/// Where the config comes from, and why there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub path: PathBuf,
    pub why: Why,
}

/// What named the config's place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    Flag,
    Environment,
    ConfigDirectory,
}

impl Why {
    /// A config named by the user must be there; the config directory's may be missing.
    fn must_exist(self) -> bool {
        self != Why::ConfigDirectory
    }
}

impl std::fmt::Display for Why {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Why::Flag => "--config",
            Why::Environment => "SHOWFLOOR_CONFIG",
            Why::ConfigDirectory => tr!("cli-config-why-directory"),
        })
    }
}

/// Where the config is looked for: `--config FILE`, else `SHOWFLOOR_CONFIG`, else
/// `config.toml` in the platform's config directory.
pub fn place(flag: Option<&Path>, env: Option<std::ffi::OsString>) -> Option<Place> {
    if let Some(path) = flag {
        return Some(Place { path: path.to_owned(), why: Why::Flag });
    }
    if let Some(path) = env.filter(|p| !p.is_empty()) {
        return Some(Place { path: PathBuf::from(path), why: Why::Environment });
    }
    let dirs = directories::ProjectDirs::from("", "", "showfloor")?;
    Some(Place { path: dirs.config_dir().join("config.toml"), why: Why::ConfigDirectory })
}

/// The config at `place`: a missing file in the config directory is no config (the
/// defaults); one named by `--config` or `SHOWFLOOR_CONFIG` must be there. Never refuses: the
/// problems come back beside what could be read.
pub fn load(place: &Place) -> (Config, Vec<Diagnostic>) {
    let shown = place.path.display().to_string();
    let at_start = |message: String| Diagnostic {
        severity: Severity::Error,
        location: Location { path: shown.clone(), line: 1, column: 1 },
        message,
    };
    // Never a FIFO or a device: reading one could block, or never end.
    match std::fs::metadata(&place.path) {
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            if !place.why.must_exist() {
                return (Config::default(), Vec::new());
            }
            return (
                Config::default(),
                vec![at_start(tr!("config-no-such-file", flag = place.why.to_string()))],
            );
        }
        Err(error) => {
            let message = tr!("config-cannot-read", error = error.to_string());
            return (Config::default(), vec![at_start(message)]);
        }
        // The null device is how people say "no config" (`--config /dev/null`), as for state.
        Ok(_) if place.path == Path::new("/dev/null") => return (Config::default(), Vec::new()),
        Ok(meta) if !meta.is_file() => {
            let message = tr!("config-not-a-file", kind = file_kind(&meta));
            return (Config::default(), vec![at_start(message)]);
        }
        Ok(_) => {}
    }
    if std::fs::metadata(&place.path).is_ok_and(|meta| meta.len() > MAX_CONFIG_BYTES) {
        return (Config::default(), vec![at_start(too_large())]);
    }
    match crate::catalog::read_file(&place.path) {
        Ok(bytes) => match std::str::from_utf8(&bytes) {
            Ok(text) => {
                let folder = place.path.parent().unwrap_or(Path::new("."));
                parse(&shown, text, folder)
            }
            Err(error) => {
                // Placed at the first byte that is not UTF-8, as the catalogue's are.
                let valid = std::str::from_utf8(&bytes[..error.valid_up_to()]).unwrap_or_default();
                let (line, column) = LineIndex::new(valid).line_column(valid, valid.len());
                let location = Location { path: shown.clone(), line, column };
                let message = tr!("config-not-utf8").to_owned();
                (
                    Config::default(),
                    vec![Diagnostic { severity: Severity::Error, location, message }],
                )
            }
        },
        // The catalogue's reader says these for a catalogue file; a config says them its way.
        Err(error) => {
            let message = match error {
                SourceError::Read { source, .. } => {
                    tr!("config-cannot-read", error = source.to_string())
                }
                SourceError::NotRegular { .. } => tr!("config-changed-while-read").to_owned(),
                SourceError::TooLarge { .. } => too_large(),
            };
            (Config::default(), vec![at_start(message)])
        }
    }
}

fn too_large() -> String {
    tr!("config-too-large", mib = MAX_CONFIG_BYTES >> 20)
}

/// What a file that is not a regular file is, as `config-not-a-file` names it.
fn file_kind(meta: &std::fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let kind = meta.file_type();
    if kind.is_dir() {
        "directory"
    } else if kind.is_fifo() {
        "fifo"
    } else if kind.is_char_device() {
        "char-device"
    } else if kind.is_block_device() {
        "block-device"
    } else if kind.is_socket() {
        "socket"
    } else {
        "other"
    }
}

/// A TOML syntax error in the config's words: the parser's own message and the file's text
/// are kept, ours around them are the reader's language.
fn syntax_message(problem: &SyntaxProblem) -> String {
    match problem {
        SyntaxProblem::Syntax { error, source: None } => tr!("config-toml-syntax", error = error),
        SyntaxProblem::Syntax { error, source: Some(source) } => {
            tr!("config-toml-syntax-at", error = error, source = source)
        }
        SyntaxProblem::TooDeep { parts, more } => {
            tr!("config-toml-too-deep", parts = *parts, more = *more)
        }
    }
}

/// Read config `text` (shown as `path`; relative paths in it are from `folder`).
pub fn parse(path: &str, text: &str, folder: &Path) -> (Config, Vec<Diagnostic>) {
    let mut reader = Reader { path, text, lines: LineIndex::new(text), problems: Vec::new() };
    let text_without_bom = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (root, syntax_errors) = DeTable::parse_recoverable(text_without_bom);
    let bom = text.len() - text_without_bom.len();
    for (offset, problem) in crate::catalog::syntax::diagnostics(text_without_bom, &syntax_errors) {
        reader.error(offset + bom, syntax_message(&problem));
    }
    let mut config = Config::default();
    let root = root.get_ref();
    // The preset first: the file's own keys change it, wherever in the file they are.
    if let Some((_, keys)) = root.iter().find(|(key, _)| key.get_ref().as_ref() == "keys") {
        keys::read(&mut reader, keys, &mut config, bom);
    }
    // The theme before the colours that change it.
    if let Some((_, theme)) = root.iter().find(|(key, _)| key.get_ref().as_ref() == "theme") {
        colors::read_theme(&mut reader, theme, &mut config, bom);
    }
    if let Some((_, colors)) = root.iter().find(|(key, _)| key.get_ref().as_ref() == "colors") {
        colors::read_colors(&mut reader, colors, &mut config, bom);
    }
    for (key, value) in root.iter() {
        let name = key.get_ref().as_ref();
        let at = key.span().start + bom;
        let value_at = value.span().start + bom;
        match name {
            "keys" | "theme" | "colors" => {}
            "data" => {
                let items: Vec<&toml::Spanned<DeValue<'_>>> = match value.get_ref() {
                    DeValue::Array(items) => items.iter().collect(),
                    DeValue::String(_) => vec![value],
                    _ => {
                        reader.error(value_at, tr!("config-data-not-paths").into());
                        Vec::new()
                    }
                };
                for item in items {
                    let at = item.span().start + bom;
                    let DeValue::String(path) = item.get_ref() else {
                        reader.error(at, tr!("config-data-not-string").into());
                        continue;
                    };
                    // Checked here, so a mistyped path is this line's problem, not every
                    // command's.
                    if path.trim().is_empty() {
                        reader.error(at, tr!("config-data-empty").into());
                        continue;
                    }
                    let resolved = resolve(folder, path);
                    if std::fs::symlink_metadata(&resolved).is_err() {
                        let shown = resolved.display().to_string();
                        reader.error(at, tr!("config-data-missing", path = cut(&shown)));
                        continue;
                    }
                    config.data.push(resolved);
                }
            }
            "state" => match value.get_ref() {
                DeValue::String(path) if path.trim().is_empty() => {
                    reader.error(value_at, tr!("config-state-empty").into());
                }
                DeValue::String(path) => config.state = Some(resolve(folder, path)),
                _ => reader.error(value_at, tr!("config-state-not-string").into()),
            },
            "mouse" => match value.get_ref() {
                DeValue::Boolean(on) => config.mouse = Some(*on),
                _ => reader.error(value_at, tr!("config-mouse-not-bool").into()),
            },
            "language" => match value.get_ref() {
                DeValue::String(language) if LANGUAGES.contains(&language.as_ref()) => {
                    config.language = Some(language.to_string());
                }
                DeValue::String(language) => reader.error(
                    value_at,
                    tr!(
                        "config-language-unknown",
                        language = cut(language),
                        languages = quoted(LANGUAGES.iter().copied())
                    ),
                ),
                _ => reader.error(value_at, tr!("config-language-not-string").into()),
            },
            other => reader.unknown(at, other, Unknown::Key, TOP_LEVEL.iter().copied()),
        }
    }
    let mut problems = reader.problems;
    problems.sort_by(|a, b| {
        (a.location.line, a.location.column).cmp(&(b.location.line, b.location.column))
    });
    // A config is a few dozen lines: past a screenful of problems, the rest are counted.
    if problems.len() > MAX_PROBLEMS {
        let rest = problems.len() - MAX_PROBLEMS;
        problems.truncate(MAX_PROBLEMS);
        let location = problems.last().map(|p| p.location.clone()).unwrap_or_else(|| Location {
            path: path.to_owned(),
            line: 1,
            column: 1,
        });
        let message = tr!("config-more-problems", count = rest);
        problems.push(Diagnostic { severity: Severity::Error, location, message });
    }
    (config, problems)
}

/// Most problems listed one by one.
const MAX_PROBLEMS: usize = 100;

/// A word from the file as a message quotes it: one line, and not more than a line long.
fn cut(word: &str) -> String {
    let word = crate::text::sanitize_line(word);
    if word.chars().count() <= 80 {
        return word.into_owned();
    }
    let head: String = word.chars().take(77).collect();
    format!("{head}…")
}

/// `~/x` from the home folder, a relative path from the config's folder.
pub(crate) fn resolve(folder: &Path, path: &str) -> PathBuf {
    if let Some(home) = directories::BaseDirs::new() {
        if path == "~" {
            return home.home_dir().to_owned();
        }
        if let Some(rest) = path.strip_prefix("~/") {
            return home.home_dir().join(rest);
        }
    }
    let path = Path::new(path);
    if path.is_absolute() { path.to_owned() } else { folder.join(path) }
}

fn quoted<'a>(words: impl Iterator<Item = &'a str>) -> String {
    words.map(|w| format!("`{w}`")).collect::<Vec<_>>().join(", ")
}

/// Problems found so far, each at its place in the text.
struct Reader<'a> {
    path: &'a str,
    text: &'a str,
    lines: LineIndex,
    problems: Vec<Diagnostic>,
}

impl Reader<'_> {
    fn error(&mut self, offset: usize, message: String) {
        let (line, mut column) = self.lines.line_column(self.text, offset);
        // A byte-order mark is no column of the text.
        if line == 1 && self.text.starts_with('\u{feff}') {
            column = column.saturating_sub(1).max(1);
        }
        let message = crate::text::sanitize_line(&message).into_owned();
        let location = Location { path: self.path.to_owned(), line, column };
        self.problems.push(Diagnostic { severity: Severity::Error, location, message });
    }

    /// "unknown key `mose` (did you mean `mouse`?); the keys are …".
    fn unknown<'c>(
        &mut self,
        offset: usize,
        word: &str,
        what: Unknown,
        known: impl Iterator<Item = &'c str> + Clone,
    ) {
        let hint = hint_for(word, known.clone());
        let (word, names) = (cut(word), quoted(known));
        let message = match what {
            Unknown::Key => tr!("config-unknown-key", word = word, hint = hint, names = names),
            Unknown::KeyTable => {
                tr!("config-unknown-key-table", word = word, hint = hint, names = names)
            }
            Unknown::Preset => {
                tr!("config-unknown-preset", word = word, hint = hint, names = names)
            }
            Unknown::Theme => tr!("config-unknown-theme", word = word, hint = hint, names = names),
            Unknown::Role => tr!("config-unknown-role", word = word, hint = hint, names = names),
        };
        self.error(offset, message);
    }
}

/// What kind of name a config misspelt, for its message (each language names each its way).
#[derive(Clone, Copy)]
enum Unknown {
    Key,
    KeyTable,
    Preset,
    Theme,
    Role,
}

/// " (did you mean `mouse`?)" when a known name is close to `word`, else nothing.
fn hint_for<'c>(word: &str, known: impl Iterator<Item = &'c str>) -> String {
    did_you_mean(word, known)
        .map(|guess| tr!("config-did-you-mean", guess = guess))
        .unwrap_or_default()
}
