//! The query language: words separated by spaces, each a term of its own, in fzf's extended
//! syntax, so what fzf and television users already type means the same here.
//!
//! | typed     | a record matches when                                        |
//! |-----------|--------------------------------------------------------------|
//! | `word`    | `word` is in it, or (in a name, alias or id) its letters in order |
//! | `'word`   | `word` is in it as typed (no scattered letters)              |
//! | `^word`   | one of its values (a name, an alias, a tag…) starts with it  |
//! | `word$`   | one of its values ends with it                               |
//! | `^word$`  | one of its values is exactly it                              |
//! | `!word`   | `word` is nowhere in it (`!^word`, `!word$` likewise)        |
//! | `a \| b`  | `a` or `b` matches                                           |
//!
//! Every group of terms must match; order does not matter. Terms are folded (case and accents)
//! as the index is, so `maiga` finds "Maïga". A backslash keeps a space inside a term
//! (`burkina\ faso`). An operator with no word (`!`, `'`, `^`, `$`, a lone `|`) asks for nothing
//! and is left out, so a half-typed query never empties the list.

use memchr::memmem::Finder;

/// The syntax as people are shown it: the help overlay, `showfloor search --help` and the
/// README's table (checked by tests/readme.rs) all print this table. Each is a message id:
/// `syntax-NAME-typed` is what to type ("^word"), `syntax-NAME` what it does.
const SYNTAX: &[&str] = &["words", "exact", "prefix", "suffix", "whole", "not", "or", "space"];

/// Examples of the syntax, for `--help` and the README: what to type (the same in every
/// language: the catalogue's words) and the message `example-NAME` saying what it finds.
const EXAMPLES: &[(&str, &str)] = &[
    ("maiga abdoulaye", "any-order"),
    ("turkish drone", "demonym"),
    ("drone !kargu", "not"),
    ("^bay", "prefix"),
    ("kargu | cobra", "or"),
];

/// The query syntax in the language in effect: (what to type, what it does).
pub fn syntax() -> impl Iterator<Item = (&'static str, &'static str)> {
    SYNTAX.iter().map(|name| {
        let typed = crate::i18n::t(&format!("syntax-{name}-typed"));
        (typed, crate::i18n::t(&format!("syntax-{name}")))
    })
}

/// The examples of the syntax in the language in effect: (query, what it finds).
pub fn examples() -> impl Iterator<Item = (&'static str, &'static str)> {
    EXAMPLES.iter().map(|&(query, name)| (query, crate::i18n::t(&format!("example-{name}"))))
}

use crate::text::fold_for_search;

/// How a term must appear.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// As typed, or scattered in order through a name, alias or id.
    Fuzzy,
    /// As typed, anywhere.
    Exact,
    /// At the start of a value.
    Prefix,
    /// At the end of a value.
    Suffix,
    /// As a whole value.
    Whole,
}

/// One term of a query, folded.
#[derive(Debug)]
pub struct Term {
    text: String,
    mode: Mode,
    negated: bool,
    finder: Finder<'static>,
    /// The word without a plural's `s`, so "drones" finds the tag "drone".
    stem: Option<Finder<'static>>,
}

impl Term {
    fn new(text: String, mode: Mode, negated: bool) -> Term {
        let finder = Finder::new(text.as_bytes()).into_owned();
        let stem = (mode == Mode::Fuzzy && !negated)
            .then(|| plural_stem(&text))
            .flatten()
            .map(|stem| Finder::new(stem.as_bytes()).into_owned());
        Term { text, mode, negated, finder, stem }
    }

    fn same_as(&self, other: &Term) -> bool {
        self.text == other.text && self.mode == other.mode && self.negated == other.negated
    }

    /// The folded text of the term, without its operators.
    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// Whether the term excludes what it matches (`!word`).
    pub fn is_negated(&self) -> bool {
        self.negated
    }

    pub(super) fn finder(&self) -> &Finder<'static> {
        &self.finder
    }

    pub(super) fn stem(&self) -> Option<&Finder<'static>> {
        self.stem.as_ref()
    }

    /// Whether a word holding its letters with others between may match it when nothing
    /// matches as typed: plain words of letters and digits. Length does not matter, so a term
    /// that grows never starts matching what it did not (the relaxed reading narrows too).
    pub fn can_relax(&self) -> bool {
        self.is_fuzzy() && self.text.bytes().all(|b| b.is_ascii_alphanumeric())
    }

    /// Whether letters scattered in order may match it (in names, aliases and ids).
    pub fn is_fuzzy(&self) -> bool {
        self.mode == Mode::Fuzzy && !self.negated
    }
}

/// Terms joined by `|`: any one of them satisfies the group.
#[derive(Debug)]
pub struct Group {
    alternatives: Vec<Term>,
}

impl Group {
    pub fn alternatives(&self) -> &[Term] {
        &self.alternatives
    }
}

/// A parsed query: every group must be satisfied.
#[derive(Debug)]
pub struct Query {
    groups: Vec<Group>,
}

impl Query {
    pub fn parse(input: &str) -> Query {
        let mut groups: Vec<Group> = Vec::new();
        // Whether the last token was a `|`, joining the next term to the group before it.
        let mut joining = false;
        for token in tokens(input) {
            if token == "|" {
                joining = !groups.is_empty();
                continue;
            }
            let Some(term) = term(&token) else { continue };
            // A term already asked for alone adds nothing but work (a pasted "ab ab ab …"
            // would make every matching record check it thousands of times).
            let alone = |group: &Group| match &group.alternatives[..] {
                [only] => only.same_as(&term),
                _ => false,
            };
            if !joining && groups.iter().any(alone) {
                continue;
            }
            match groups.last_mut() {
                Some(group) if joining => group.alternatives.push(term),
                _ => groups.push(Group { alternatives: vec![term] }),
            }
            joining = false;
        }
        Query { groups }
    }

    pub fn groups(&self) -> &[Group] {
        &self.groups
    }

    /// Whether the query asks for nothing (blank, or operators alone): everything matches.
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// Whether a relaxed second reading could find more ([`Term::can_relax`]).
    pub fn can_relax(&self) -> bool {
        self.positive_terms().any(Term::can_relax)
    }

    /// Every term that must be found (not excluded), for highlighting and the alias shown.
    pub fn positive_terms(&self) -> impl Iterator<Item = &Term> {
        self.groups.iter().flat_map(|g| g.alternatives.iter()).filter(|t| !t.negated)
    }

    /// Whether `text` (a note: one free text, folded here, one value for `^` and `$`) satisfies
    /// the query. Each term must appear as typed; scattered letters do not count in free text.
    pub fn matches_text(&self, text: &str) -> bool {
        let folded = fold_for_search(text);
        let note = super::score::Tiers::single(&folded);
        self.groups.iter().all(|group| {
            group
                .alternatives
                .iter()
                .any(|term| super::score::found_as_typed(note, term) != term.negated)
        })
    }
}

/// Whether every record matching `current` also matches `previous`, so a search for `current`
/// need only look at `previous`'s hits. True when the line grew at its end, and neither holds
/// an exclusion or an alternative (which widen as they grow: `!dr` → `!dro`, `a |` → `a | b`),
/// and the growth did not turn an operator into a letter (`word$` → `word$x`, `a\` → `a\ b`).
pub fn narrows(previous: &str, current: &str) -> bool {
    let (previous, current) = (previous.trim(), current.trim_start());
    let widening =
        |query: &str| query.split_whitespace().any(|token| token.starts_with('!') || token == "|");
    !previous.is_empty()
        && current.starts_with(previous)
        && !previous.ends_with('$')
        && !previous.ends_with('\\')
        && !widening(previous)
        && !widening(current)
}

/// Split at unescaped white space; `\ ` keeps a space, `\\` a backslash.
fn tokens(input: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut current = String::new();
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek().is_some_and(|&next| next == '\\' || next.is_whitespace()) => {
                current.extend(chars.next());
            }
            c if c.is_whitespace() => {
                if !current.is_empty() {
                    tokens.push(std::mem::take(&mut current));
                }
            }
            c => current.push(c),
        }
    }
    if !current.is_empty() {
        tokens.push(current);
    }
    tokens
}

/// One token's operators and folded word; `None` when no word is left.
fn term(token: &str) -> Option<Term> {
    let (negated, rest) = match token.strip_prefix('!') {
        Some(rest) => (true, rest),
        None => (false, token),
    };
    let (mode, word) = if let Some(word) = rest.strip_prefix('\'') {
        (Mode::Exact, word)
    } else {
        let (prefix, word) = match rest.strip_prefix('^') {
            Some(word) => (true, word),
            None => (false, rest),
        };
        let (suffix, word) = match word.strip_suffix('$').filter(|w| !w.is_empty()) {
            Some(word) => (true, word),
            None => (false, word),
        };
        let mode = match (prefix, suffix) {
            (true, true) => Mode::Whole,
            (true, false) => Mode::Prefix,
            (false, true) => Mode::Suffix,
            // fzf reads `!word` as "does not contain word", never as scattered letters.
            (false, false) if negated => Mode::Exact,
            (false, false) => Mode::Fuzzy,
        };
        (mode, word)
    };
    let folded = fold_for_search(word);
    if folded.is_empty() || folded == "$" && mode != Mode::Exact {
        return None;
    }
    Some(Term::new(folded, mode, negated))
}

/// "drones" → "drone", "systems" → "system"; not "gas", "class" or "ISR's".
fn plural_stem(word: &str) -> Option<&str> {
    let stem = word.strip_suffix('s')?;
    (stem.len() >= 3 && !stem.ends_with('s') && stem.bytes().all(|b| b.is_ascii_alphanumeric()))
        .then_some(stem)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_syntax_and_its_examples_are_said_in_every_language() {
        for lang in crate::i18n::Lang::ALL {
            let _reader = crate::i18n::speak(lang);
            let said: Vec<(&str, &str)> = super::syntax().chain(super::examples()).collect();
            assert_eq!(said.len(), super::SYNTAX.len() + super::EXAMPLES.len());
            for (typed, meaning) in said {
                // A missing message is shown as its id.
                assert!(!typed.starts_with("syntax-") && !meaning.starts_with("syntax-"));
                assert!(!meaning.starts_with("example-"), "{lang:?}: {typed} {meaning}");
            }
        }
    }

    use super::*;

    fn shape(query: &str) -> Vec<Vec<(String, Mode, bool)>> {
        Query::parse(query)
            .groups()
            .iter()
            .map(|group| {
                group
                    .alternatives()
                    .iter()
                    .map(|t| (t.text().to_owned(), t.mode(), t.is_negated()))
                    .collect()
            })
            .collect()
    }

    fn one(text: &str, mode: Mode, negated: bool) -> Vec<(String, Mode, bool)> {
        vec![(text.to_owned(), mode, negated)]
    }

    #[test]
    fn every_word_is_a_term_of_its_own_folded() {
        assert_eq!(
            shape("  Maïga   ABDOULAYE "),
            vec![one("maiga", Mode::Fuzzy, false), one("abdoulaye", Mode::Fuzzy, false)]
        );
    }

    #[test]
    fn fzf_operators() {
        assert_eq!(shape("'tb2"), vec![one("tb2", Mode::Exact, false)]);
        assert_eq!(shape("^bay"), vec![one("bay", Mode::Prefix, false)]);
        assert_eq!(shape("tb2$"), vec![one("tb2", Mode::Suffix, false)]);
        assert_eq!(shape("^kargu$"), vec![one("kargu", Mode::Whole, false)]);
        assert_eq!(shape("!drone"), vec![one("drone", Mode::Exact, true)]);
        assert_eq!(shape("!^dr"), vec![one("dr", Mode::Prefix, true)]);
        assert_eq!(shape("!ne$"), vec![one("ne", Mode::Suffix, true)]);
        assert_eq!(
            shape("drone | uav turkiye"),
            vec![
                vec![("drone".into(), Mode::Fuzzy, false), ("uav".into(), Mode::Fuzzy, false)],
                one("turkiye", Mode::Fuzzy, false),
            ]
        );
    }

    #[test]
    fn operators_alone_ask_for_nothing() {
        for query in ["", "   ", "!", "'", "^", "$", "|", "^$", "!'", "| |", "!^"] {
            assert!(Query::parse(query).is_empty(), "{query:?}");
        }
        assert_eq!(shape("| kargu |"), vec![one("kargu", Mode::Fuzzy, false)]);
        assert_eq!(shape("'$"), vec![one("$", Mode::Exact, false)], "an exact dollar sign");
    }

    #[test]
    fn a_word_repeated_is_asked_for_once() {
        assert_eq!(shape("ab ab AB áb"), vec![one("ab", Mode::Fuzzy, false)]);
        assert_eq!(Query::parse(&"ab ".repeat(5000)).groups().len(), 1);
        assert_eq!(shape("ab 'ab").len(), 2, "another mode is another term");
        assert_eq!(shape("ab cd | ab").len(), 2, "an alternative is kept");
    }

    #[test]
    fn a_backslash_keeps_a_space_in_a_term() {
        assert_eq!(shape("burkina\\ faso"), vec![one("burkina faso", Mode::Fuzzy, false)]);
        assert_eq!(shape("a\\\\b"), vec![one("a\\b", Mode::Fuzzy, false)]);
    }

    #[test]
    fn notes_match_every_term_as_typed() {
        let query = Query::parse("stand coffee !closed");
        assert!(query.matches_text("Meet at the stand for Coffee"));
        assert!(!query.matches_text("Meet at the stand for coffee; closed"));
        assert!(!query.matches_text("s t a n d coffee"));
        assert!(Query::parse("drones").matches_text("a drone"));
        assert!(Query::parse("a | zzz").matches_text("a"));
        assert!(!Query::parse("^kargu$").matches_text("ask about kargu"), "anchored to the note");
        assert!(Query::parse("^ask kargu$").matches_text("Ask about Kargu"));
        assert!(!Query::parse("k$").matches_text("kargu video"));
    }

    #[test]
    fn a_query_narrows_only_when_it_cannot_widen() {
        assert!(narrows("bay", "bayr"));
        assert!(narrows("bay", "bay tb2"));
        assert!(narrows("bay", "bay$"));
        assert!(!narrows("", "bay"), "nothing to narrow");
        assert!(!narrows("bay", "ba"), "shorter");
        assert!(!narrows("!dr", "!dro"), "an exclusion widens as it grows");
        assert!(!narrows("kar", "kar !x"));
        assert!(!narrows("kar |", "kar | tb2"), "an alternative widens");
        assert!(!narrows("kar", "kar | tb2"));
        assert!(!narrows("word$", "word$x"), "the $ became a letter");
        assert!(!narrows("a\\", "a\\ b"));
    }

    #[test]
    fn plurals() {
        assert_eq!(plural_stem("drones"), Some("drone"));
        assert_eq!(plural_stem("systems"), Some("system"));
        assert_eq!(plural_stem("gas"), None);
        assert_eq!(plural_stem("class"), None);
        assert_eq!(plural_stem("drone"), None);
    }
}
