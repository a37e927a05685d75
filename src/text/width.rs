//! Display width: how many cells text takes, fitting it into fewer with an ellipsis (the
//! browser's panes and the CLI's columns alike), and the characters whose width terminals
//! disagree on. unicode-width gives every character one width, and ratatui lays out cells by
//! it; a terminal that draws one of these wider or narrower shifts the rest of the row, so
//! cells ratatui believes it has cleared keep old glyphs. The TUI redraws a row holding one in
//! full (`tui::steady`), so every redraw clears.

use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// How many cells `text` takes on screen, counted the way ratatui's buffer counts them: by
/// grapheme cluster. Summing characters instead gets "0\u{fe0f}" (a keycap base with the emoji
/// selector, two cells) wrong by one and would let a row overflow its pane.
pub fn cells(text: &str) -> usize {
    text.graphemes(true).map(UnicodeWidthStr::width).sum()
}

/// `text` (already safe) cut to at most `width` cells, ending in `…` when cut. Wide characters
/// are never split: one that would cross the edge is left out.
pub fn fit(text: &str, width: usize) -> String {
    if cells(text) <= width {
        return text.to_owned();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for grapheme in text.graphemes(true) {
        let w = grapheme.width();
        if used + w > width - 1 {
            break;
        }
        out.push_str(grapheme);
        used += w;
    }
    out.push('…');
    out
}

/// `text` followed by spaces to `width` cells (left as it is when it is as wide already):
/// `format!("{text:<width$}")` counts characters, so a wide or combining one would misalign.
pub fn pad(text: &str, width: usize) -> String {
    let mut out = text.to_owned();
    out.push_str(&" ".repeat(width.saturating_sub(cells(text))));
    out
}

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

/// `text` wrapped to lines of at most `width` cells, at spaces only: an id, a stand number or a
/// French « celle-ci » is never broken at its hyphen, so a reader (or a search for what the
/// screen shows) sees it whole. Every wrapped text on a screen or in the CLI goes through here.
pub fn wrap(text: &str, width: usize) -> Vec<std::borrow::Cow<'_, str>> {
    let options =
        textwrap::Options::new(width.max(1)).word_splitter(textwrap::WordSplitter::NoHyphenation);
    textwrap::wrap(text, options)
}

#[cfg(test)]
mod tests {
    use super::{fit, uncertain_width, wrap};

    #[test]
    fn wrapping_breaks_at_spaces_and_never_at_a_hyphen() {
        assert_eq!(
            wrap("aucune fiche ne renvoie à celle-ci", 32),
            ["aucune fiche ne renvoie à", "celle-ci"]
        );
        assert_eq!(wrap("stand B-112", 8), ["stand", "B-112"]);
        // A word wider than the line is still cut, or it would run off the pane.
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
    }

    #[test]
    fn fitting_cuts_with_an_ellipsis_and_never_splits_wide_characters() {
        assert_eq!(fit("Bayraktar", 20), "Bayraktar");
        assert_eq!(fit("Bayraktar", 5), "Bayr…");
        assert_eq!(fit("北京北京", 4), "北…");
        assert_eq!(fit("abc", 0), "");
    }

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
