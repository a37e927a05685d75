//! A one-line text input with a cursor, for search and list filters.

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LineInput {
    text: String,
    /// Cursor position in characters.
    cursor: usize,
}

/// The most characters a line holds: more than any search needs, and a pasted page past it is
/// cut (with a word) rather than searched for.
pub const MAX_CHARS: usize = 1000;

impl LineInput {
    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    fn byte_at(&self, chars: usize) -> usize {
        self.text.char_indices().nth(chars).map_or(self.text.len(), |(i, _)| i)
    }

    pub fn insert(&mut self, c: char) {
        if self.text.chars().count() >= MAX_CHARS {
            return;
        }
        let at = self.byte_at(self.cursor);
        self.text.insert(at, c);
        self.cursor += 1;
    }

    /// Insert pasted text, at once (a character at a time was quadratic: 116 KB froze the
    /// screen for 12 s); line breaks and tabs become spaces, other controls are dropped, and
    /// what would take the line past [`MAX_CHARS`] is left out. True when something was.
    pub fn insert_str(&mut self, s: &str) -> bool {
        let room = MAX_CHARS.saturating_sub(self.text.chars().count());
        let mut cleaned = String::new();
        let mut count = 0;
        let mut cut = false;
        for c in s.chars() {
            let c = match c {
                '\n' | '\r' | '\t' => ' ',
                c if c.is_control() => continue,
                c => c,
            };
            if count == room {
                cut = true;
                break;
            }
            cleaned.push(c);
            count += 1;
        }
        let at = self.byte_at(self.cursor);
        self.text.insert_str(at, &cleaned);
        self.cursor += count;
        cut
    }

    pub fn delete_back(&mut self) {
        if self.cursor == 0 {
            return;
        }
        self.cursor -= 1;
        let at = self.byte_at(self.cursor);
        self.text.remove(at);
    }

    pub fn delete_forward(&mut self) {
        if self.cursor < self.text.chars().count() {
            let at = self.byte_at(self.cursor);
            self.text.remove(at);
        }
    }

    /// Delete the word before the cursor (and the spaces after it), as Ctrl-W does in a shell.
    pub fn delete_word(&mut self) {
        let chars: Vec<char> = self.text.chars().collect();
        let mut start = self.cursor;
        while start > 0 && chars[start - 1].is_whitespace() {
            start -= 1;
        }
        while start > 0 && !chars[start - 1].is_whitespace() {
            start -= 1;
        }
        let (from, to) = (self.byte_at(start), self.byte_at(self.cursor));
        self.text.replace_range(from..to, "");
        self.cursor = start;
    }

    pub fn clear(&mut self) {
        self.text.clear();
        self.cursor = 0;
    }

    pub fn left(&mut self) {
        self.cursor = self.cursor.saturating_sub(1);
    }

    pub fn right(&mut self) {
        self.cursor = (self.cursor + 1).min(self.text.chars().count());
    }

    pub fn start(&mut self) {
        self.cursor = 0;
    }

    pub fn end(&mut self) {
        self.cursor = self.text.chars().count();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(s: &str) -> LineInput {
        let mut input = LineInput::default();
        s.chars().for_each(|c| input.insert(c));
        input
    }

    #[test]
    fn editing_in_the_middle_respects_multibyte_characters() {
        let mut input = typed("Maïga");
        input.left();
        input.left();
        input.delete_back();
        assert_eq!(input.text(), "Maga");
        input.insert('ï');
        assert_eq!((input.text(), input.cursor()), ("Maïga", 3));
        input.delete_forward();
        assert_eq!(input.text(), "Maïa");
    }

    #[test]
    fn delete_word_removes_the_previous_word() {
        let mut input = typed("bayraktar tb2  ");
        input.delete_word();
        assert_eq!(input.text(), "bayraktar ");
        input.delete_word();
        assert_eq!(input.text(), "");
    }

    #[test]
    fn pasted_line_breaks_become_spaces() {
        let mut input = LineInput::default();
        assert!(!input.insert_str("a\nb\tc\u{1b}d"));
        assert_eq!(input.text(), "a b cd");
    }

    #[test]
    fn a_paste_goes_in_at_the_cursor_and_is_cut_at_the_line_s_limit() {
        let mut input = LineInput::default();
        input.insert_str("ad");
        input.left();
        input.insert_str("bc");
        assert_eq!((input.text(), input.cursor()), ("abcd", 3));
        let mut input = LineInput::default();
        assert!(input.insert_str(&"x".repeat(116_000)), "cut, and said");
        assert_eq!(input.text().chars().count(), MAX_CHARS);
        assert_eq!(input.cursor(), MAX_CHARS);
        input.insert('y');
        assert_eq!(input.text().chars().count(), MAX_CHARS, "typing past it adds nothing");
    }
}
