//! Characters whose width terminals disagree on. unicode-width gives every character one
//! width, and ratatui lays out cells by it; a terminal that draws one of these wider or
//! narrower shifts the rest of the row, so cells ratatui believes it has cleared keep old
//! glyphs. The TUI redraws a row holding one in full (`tui::steady`), so every redraw clears.

use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

/// Whether a cell's text (one grapheme) holds a character terminals disagree on the width of:
/// - spacing combining marks (category Mc: Devanagari, Bengali, Tamil… vowel signs), which some
///   terminals draw in a cell of their own and others over the letter before;
/// - Hangul fillers and conjoining vowels and finals (U+115F, U+1160–U+11FF, U+3164, U+FFA0);
/// - Thai and Lao AM (U+0E33, U+0EB3), which decompose into a mark and a letter;
/// - regional indicators (a lone one is a letter or half a flag), emoji joined by U+200D,
///   the emoji presentation selector U+FE0F and skin tones, which a terminal with no glyph for
///   the sequence draws as its parts.
pub fn uncertain_width(cell: &str) -> bool {
    !cell.is_ascii() && cell.chars().any(uncertain_char)
}

fn uncertain_char(c: char) -> bool {
    matches!(
        c,
        '\u{115f}'
            | '\u{1160}'..='\u{11ff}'
            | '\u{3164}'
            | '\u{ffa0}'
            | '\u{0e33}'
            | '\u{0eb3}'
            | '\u{1f1e6}'..='\u{1f1ff}'
            | '\u{200d}'
            | '\u{fe0f}'
            | '\u{1f3fb}'..='\u{1f3ff}'
    ) || (!c.is_ascii() && c.general_category() == GeneralCategory::SpacingMark)
}

#[cfg(test)]
mod tests {
    use super::uncertain_width;

    #[test]
    fn the_characters_terminals_disagree_on_are_uncertain() {
        for cell in ["\u{115f}", "กำ", "का", "🇫", "🇫🇷", "👩\u{200d}🔬", "❤\u{fe0f}", "👋🏽"]
        {
            assert!(uncertain_width(cell), "{cell:?}");
        }
    }

    #[test]
    fn ordinary_letters_wide_or_accented_are_certain() {
        for cell in ["a", "é", "e\u{301}", "防", "ü", "Ж", "🚀", "क"] {
            assert!(!uncertain_width(cell), "{cell:?}");
        }
    }
}
