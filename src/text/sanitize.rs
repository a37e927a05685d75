//! The single sanitiser. Catalogues come from anyone, so no string read from a data file may reach
//! a terminal with its control characters intact: an ESC could clear the screen, set the window
//! title or write the clipboard (OSC 52), and bidi overrides can make text read differently from
//! what it is. Every plain-text and TUI output path calls into this module; JSON output does not,
//! because JSON escaping already keeps the data exact and inert.

use std::borrow::Cow;

use unicode_width::UnicodeWidthChar;

/// Columns between tab stops when a tab is expanded.
const TAB_WIDTH: usize = 4;

/// What to do with line breaks (LF, CRLF, U+2028, U+2029).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lines {
    /// The text is shown on one line: a break becomes a visible `⏎`.
    Single,
    /// The text may span lines: a break stays a `\n`.
    Multi,
}

/// Sanitise for a one-line context (names, ids, table cells, diagnostics).
pub fn sanitize_line(s: &str) -> Cow<'_, str> {
    sanitize(s, Lines::Single)
}

/// Sanitise for a multi-line context (summaries, notes): line breaks are kept as `\n`.
pub fn sanitize_text(s: &str) -> Cow<'_, str> {
    sanitize(s, Lines::Multi)
}

/// Make `s` safe to write to a terminal. Printable ASCII, the common case, is returned borrowed.
pub fn sanitize(s: &str, lines: Lines) -> Cow<'_, str> {
    if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    let mut column = 0;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() == Some(&'\n') {
            continue; // CRLF is one line break
        }
        column = push_sanitized_char(c, chars.peek().copied(), lines, column, &mut out);
    }
    Cow::Owned(out)
}

/// Append the safe rendering of one character to `out`; `next` is the character after it (a
/// zero-width joiner is kept only between two emoji); `column` is the display column the
/// character starts at (used to expand tabs) and the column after it is returned. The TUI uses
/// this directly when it styles characters one by one (search highlights).
pub fn push_sanitized_char(
    c: char,
    next: Option<char>,
    lines: Lines,
    column: usize,
    out: &mut String,
) -> usize {
    match c {
        '\u{200d}' if joins_emoji(out.chars().next_back(), next) => {
            out.push(c);
            column
        }
        '\t' => {
            let spaces = TAB_WIDTH - column % TAB_WIDTH;
            out.extend(std::iter::repeat_n(' ', spaces));
            column + spaces
        }
        '\n' | '\u{2028}' | '\u{2029}' => match lines {
            Lines::Multi => {
                out.push('\n');
                0
            }
            Lines::Single => {
                out.push('⏎');
                column + 1
            }
        },
        // C0 controls and DEL in caret notation: ESC is `^[`, BEL `^G`, DEL `^?`.
        '\0'..='\u{1f}' | '\u{7f}' => {
            out.push('^');
            out.push(char::from(c as u8 ^ 0x40));
            column + 2
        }
        // C1 controls, as `cat -v` shows them: U+009B (a one-byte CSI) is `M-^[`.
        '\u{80}'..='\u{9f}' => {
            out.push_str("M-^");
            out.push(char::from((c as u32 - 0x80) as u8 ^ 0x40));
            column + 4
        }
        c if is_invisible_format(c) => column,
        c => {
            out.push(c);
            column + c.width().unwrap_or(0)
        }
    }
}

/// The start of `text`, at most `max_bytes` long and cut at a character boundary, and whether
/// anything was cut: what a view that shows a bounded part of a value sanitises, so a 60 MB
/// summary costs what the screen shows.
pub fn prefix(text: &str, max_bytes: usize) -> (&str, bool) {
    if text.len() <= max_bytes {
        return (text, false);
    }
    let mut end = max_bytes;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    (&text[..end], true)
}

/// Text a person may edit (a note), safe to put in an editor: line breaks kept (CRLF and
/// U+2028/9 become `\n`), tabs as four spaces, every other control and invisible format
/// character dropped. Unlike [`sanitize`] nothing is shown in caret notation, since the result
/// is saved back as the user's own text.
pub fn editable(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {}
            '\u{200d}' if joins_emoji(out.chars().next_back(), chars.peek().copied()) => {
                out.push(c)
            }
            '\n' | '\r' | '\u{2028}' | '\u{2029}' => out.push('\n'),
            '\t' => out.push_str("    "),
            c if c.is_control() || is_invisible_format(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// Serialised JSON made safe to print to a terminal without changing what it means: every
/// character a terminal would act on or hide (C1 controls such as the one-byte CSI, DEL, bidi
/// overrides, zero-width characters, U+2028/9) becomes a `\uXXXX` escape. serde_json already
/// escapes C0 controls; these others it writes raw, and they can only occur inside strings, so
/// escaping them anywhere in the text keeps the JSON valid and its values exact.
pub fn json_terminal_safe(json: String) -> String {
    let risky =
        |c: char| c.is_control() || is_invisible_format(c) || matches!(c, '\u{2028}' | '\u{2029}');
    if !json.chars().any(|c| c != '\n' && risky(c)) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if c != '\n' && risky(c) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

/// Whether a zero-width joiner between `before` and `after` joins two emoji into one (👩‍🔬,
/// 🏳️‍🌈): the one place a format character is needed for the text to render as written.
/// `before` may be the variation selector or skin tone that ends the first emoji.
fn joins_emoji(before: Option<char>, after: Option<char>) -> bool {
    use unicode_properties::UnicodeEmoji;
    let emoji = |c: char| !c.is_ascii() && c.is_emoji_char();
    // U+FE0F, the emoji presentation selector, is not an Emoji_Component in the tables.
    let ends_emoji =
        |c: char| emoji(c) || c == '\u{fe0f}' || (!c.is_ascii() && c.is_emoji_component());
    before.is_some_and(ends_emoji) && after.is_some_and(emoji)
}

/// Characters that change how text around them is displayed without being visible themselves,
/// dropped: every character of Unicode's general category Cf ("format", from Unicode's own
/// tables through the unicode-properties crate): bidi embeddings, overrides, isolates and
/// marks, zero-width spaces and joiners, the BOM, the soft hyphen, the interlinear annotation
/// controls, the Arabic number signs (U+0600–0605), the deprecated U+206A–206F and the tag
/// characters (U+E0000–E007F, which can hide text), plus U+180E, once Cf and still invisible.
fn is_invisible_format(c: char) -> bool {
    use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};
    !c.is_ascii() && (c == '\u{180e}' || c.general_category() == GeneralCategory::Format)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_character_is_dropped() {
        for c in [
            '\u{ad}',
            '\u{600}',
            '\u{605}',
            '\u{206a}',
            '\u{206f}',
            '\u{e0001}',
            '\u{e0041}',
            '\u{e007f}',
            '\u{200d}',
            '\u{feff}',
            '\u{110bd}',
            '\u{13430}',
        ] {
            let text = format!("a{c}b");
            assert_eq!(sanitize_line(&text), "ab", "U+{:04X}", c as u32);
            assert_eq!(editable(&text), "ab", "U+{:04X} in a note", c as u32);
        }
        assert_eq!(sanitize_line("naïve café 防务"), "naïve café 防务", "letters stay");
    }

    #[test]
    fn a_joiner_inside_an_emoji_sequence_is_kept_and_nowhere_else() {
        for sequence in ["👩\u{200d}🔬", "🏳\u{fe0f}\u{200d}🌈", "👋🏽\u{200d}👨"] {
            assert_eq!(sanitize_line(sequence), sequence, "{sequence:?}");
            assert_eq!(editable(sequence), sequence, "{sequence:?} in a note");
        }
        for text in ["a\u{200d}b", "👩\u{200d}b", "a\u{200d}🔬", "1\u{200d}🔬", "\u{200d}🔬"]
        {
            assert!(!sanitize_line(text).contains('\u{200d}'), "{text:?}");
            assert!(!editable(text).contains('\u{200d}'), "{text:?} in a note");
        }
    }

    #[test]
    fn json_keeps_its_values_but_loses_its_teeth() {
        let value = serde_json::json!({ "name": "a\u{9b}2J\u{202e}b\u{7f}\u{1b}" });
        let text = json_terminal_safe(serde_json::to_string_pretty(&value).expect("serialises"));
        assert!(!text.chars().any(|c| c != '\n' && c.is_control()), "{text:?}");
        assert!(text.contains("\\u009b2J\\u202eb\\u007f\\u001b"), "{text}");
        let back: serde_json::Value = serde_json::from_str(&text).expect("still JSON");
        assert_eq!(back, value, "the values are exact");
    }

    #[test]
    fn plain_ascii_is_borrowed_unchanged() {
        assert!(matches!(sanitize_line("Bayraktar TB2"), Cow::Borrowed("Bayraktar TB2")));
    }

    #[test]
    fn escape_sequences_are_shown_in_caret_notation() {
        assert_eq!(sanitize_line("a\x1b[2Jb"), "a^[[2Jb");
        assert_eq!(sanitize_line("\x1b]0;title\x07"), "^[]0;title^G");
        assert_eq!(sanitize_line("x\x08\x7f"), "x^H^?");
    }

    #[test]
    fn c1_controls_are_visible() {
        assert_eq!(sanitize_line("a\u{9b}2J"), "aM-^[2J");
        assert_eq!(sanitize_line("\u{85}"), "M-^E");
    }

    #[test]
    fn bidi_and_zero_width_characters_are_dropped() {
        assert_eq!(sanitize_line("ab\u{202e}cd\u{2066}e\u{200b}f\u{feff}"), "abcdef");
    }

    #[test]
    fn line_breaks_follow_the_mode() {
        assert_eq!(sanitize_line("a\nb\r\nc\u{2028}d"), "a⏎b⏎c⏎d");
        assert_eq!(sanitize_text("a\nb\r\nc\u{2029}d"), "a\nb\nc\nd");
        assert_eq!(sanitize_text("a\rb"), "a^Mb");
    }

    #[test]
    fn tabs_expand_to_the_next_stop() {
        assert_eq!(sanitize_line("a\tb"), "a   b");
        assert_eq!(sanitize_line("abcd\te"), "abcd    e");
        assert_eq!(sanitize_text("ab\n\tc"), "ab\n    c");
    }

    #[test]
    fn editable_text_keeps_lines_and_drops_controls() {
        assert_eq!(editable("a\r\nb\x1b[2J\tc\u{202e}d\u{2028}e"), "a\nb[2J    cd\ne");
    }

    #[test]
    fn accents_and_wide_text_pass_through() {
        assert_eq!(sanitize_line("Maïga · Türkiye · 北京"), "Maïga · Türkiye · 北京");
    }
}
