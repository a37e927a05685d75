//! Fitting sanitised text into cells: truncation by display width with an ellipsis, and search
//! highlights applied character by character through the one sanitiser.

use ratatui::style::Style;
use ratatui::text::Span;
use unicode_width::UnicodeWidthChar;

use crate::text::{Lines, push_sanitized_char, sanitize_line};

/// `text` (already safe) cut to at most `width` cells, ending in `…` when cut. Wide characters
/// are never split: one that would cross the edge is left out.
pub fn fit(text: &str, width: usize) -> String {
    let total: usize = text.chars().map(|c| c.width().unwrap_or(0)).sum();
    if total <= width {
        return text.to_owned();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width - 1 {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

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
        return vec![Span::styled(fit(&sanitize_line(text), width), base)];
    }
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut column = 0;
    let mut used = 0;
    for (index, c) in text.chars().enumerate() {
        let mut piece = String::new();
        column = push_sanitized_char(c, Lines::Single, column, &mut piece);
        let w: usize = piece.chars().map(|c| c.width().unwrap_or(0)).sum();
        if used + w > width {
            if let Some(last) = spans.last_mut() {
                let mut content = last.content.to_string();
                content.pop();
                content.push('…');
                last.content = content.into();
            }
            break;
        }
        used += w;
        let style = if positions.binary_search(&index).is_ok() { matched } else { base };
        match spans.last_mut() {
            Some(last) if last.style == style => last.content.to_mut().push_str(&piece),
            _ => spans.push(Span::styled(piece, style)),
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fitting_cuts_with_an_ellipsis_and_never_splits_wide_characters() {
        assert_eq!(fit("Bayraktar", 20), "Bayraktar");
        assert_eq!(fit("Bayraktar", 5), "Bayr…");
        assert_eq!(fit("北京北京", 4), "北…");
        assert_eq!(fit("abc", 0), "");
    }

    #[test]
    fn highlights_follow_original_characters_through_sanitising() {
        let spans = highlighted("a\u{1b}bc", &[2], Style::new(), Style::new().bold(), 10);
        let text: Vec<&str> = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(text, vec!["a^[", "b", "c"]);
    }
}
