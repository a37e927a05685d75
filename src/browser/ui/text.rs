//! Fitting sanitised text into cells: truncation by display width with an ellipsis, and search
//! highlights applied character by character through the one sanitiser.

use ratatui::style::Style;
use ratatui::text::Span;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::text::{Lines, push_sanitized_char, sanitize_line};
pub use crate::text::{cells, fit};

/// Sanitised output kept per source is capped at this many characters per cell of room, so a
/// 50 000-character summary costs what a row shows, not what the file holds.
const CHARS_PER_CELL: usize = 8;

/// Data text as spans for one line: sanitised, the characters at `positions` (indices of the
/// original's chars) in `matched` style, cut to `width` cells.
pub fn highlighted(
    text: &str,
    positions: &[usize],
    base: Style,
    matched: Style,
    width: usize,
) -> Vec<Span<'static>> {
    if positions.is_empty() {
        let (shown, _) = crate::text::prefix(text, width.saturating_mul(CHARS_PER_CELL) + 16);
        return vec![Span::styled(fit(&sanitize_line(shown), width), base)];
    }
    // Sanitise character by character so each output character knows which original character
    // (and so which style) it came from; then measure by grapheme as the buffer will.
    let limit = width.saturating_mul(CHARS_PER_CELL).saturating_add(16);
    let mut safe = String::new();
    let mut styles: Vec<(usize, Style)> = Vec::new(); // (byte offset in `safe`, style from there)
    let mut column = 0;
    let mut cut_short = false;
    let mut chars = text.chars().enumerate().peekable();
    while let Some((index, c)) = chars.next() {
        if safe.len() > limit {
            cut_short = true;
            break;
        }
        let style = if positions.binary_search(&index).is_ok() { matched } else { base };
        if styles.last().is_none_or(|&(_, last)| last != style) {
            styles.push((safe.len(), style));
        }
        let next = chars.peek().map(|&(_, next)| next);
        column = push_sanitized_char(c, next, Lines::Single, column, &mut safe);
    }
    let style_at = |offset: usize| {
        let at = styles.partition_point(|&(start, _)| start <= offset);
        styles.get(at.saturating_sub(1)).map_or(base, |&(_, style)| style)
    };

    let fits = !cut_short && cells(&safe) <= width;
    let room = if fits { width } else { width.saturating_sub(1) };
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    for (offset, grapheme) in safe.grapheme_indices(true) {
        let w = grapheme.width();
        if used + w > room {
            break;
        }
        used += w;
        let style = style_at(offset);
        match spans.last_mut() {
            Some(last) if last.style == style => last.content.to_mut().push_str(grapheme),
            _ => spans.push(Span::styled(grapheme.to_owned(), style)),
        }
    }
    if !fits && width > 0 {
        match spans.last_mut() {
            Some(last) => last.content.to_mut().push('…'),
            None => spans.push(Span::styled("…", base)),
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlights_follow_original_characters_through_sanitising() {
        let spans = highlighted("a\u{1b}bc", &[2], Style::new(), Style::new().bold(), 10);
        let text: Vec<&str> = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(text, vec!["a^[", "b", "c"]);
    }

    #[test]
    fn the_ellipsis_replaces_zero_width_characters_too() {
        // "ab" then a variation selector fill two cells; the NUL's "^@" does not fit, and the
        // ellipsis must take the b's cell rather than the selector's zero cells.
        let spans = highlighted("ab\u{fe0f}\0", &[0], Style::new(), Style::new().bold(), 2);
        let text: String = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(text, "a…");
    }
}
