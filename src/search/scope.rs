//! The browser's search box takes an optional kind before the words: `system: kargu`, `sys:kar`,
//! `people: maiga`. It is how an analyst in a 100 000-record catalogue says "only systems"
//! without leaving the keyboard; the CLI has `--kind` for the same.

use crate::catalog::Kind;

/// A query split into the kind it is scoped to, if any, and the words to look for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scoped<'a> {
    pub kind: Option<Kind>,
    pub words: &'a str,
}

/// Split `query` at a leading `KIND:`. The kind is a kind's name or plural as `--kind` takes
/// it (`company`, `people`, `orgs`), or the start of one that no other kind shares (`sys`,
/// `del`; not `co`, which could be companies or countries). Anything else before a colon is
/// part of the words.
pub fn scoped(query: &str) -> Scoped<'_> {
    let unscoped = Scoped { kind: None, words: query };
    let Some((head, rest)) = query.split_once(':') else { return unscoped };
    let head = head.trim_start();
    if head.is_empty() || !head.chars().all(|c| c.is_ascii_alphabetic() || c == '-') {
        return unscoped;
    }
    let kind = Kind::parse(head).or_else(|| unique_prefix(&head.to_ascii_lowercase()));
    match kind {
        Some(kind) => Scoped { kind: Some(kind), words: rest.trim_start() },
        None => unscoped,
    }
}

fn unique_prefix(head: &str) -> Option<Kind> {
    match kinds_starting(head)[..] {
        [only] => Some(only),
        _ => None,
    }
}

/// The kinds whose name or plural starts with `head` (two letters at least).
fn kinds_starting(head: &str) -> Vec<Kind> {
    if head.len() < 2 {
        return Vec::new();
    }
    Kind::ALL
        .iter()
        .copied()
        .filter(|kind| {
            kind.name().starts_with(head) || kind.plural().to_ascii_lowercase().starts_with(head)
        })
        .collect()
}

/// The kinds a query's `KIND:` could mean when it is too short to tell ("co:" — companies or
/// countries), so the browser can say so instead of searching for "co:".
pub fn ambiguous_scope(query: &str) -> Vec<Kind> {
    let Some((head, _)) = query.split_once(':') else { return Vec::new() };
    let head = head.trim_start().to_ascii_lowercase();
    if !head.chars().all(|c| c.is_ascii_alphabetic()) || Kind::parse(&head).is_some() {
        return Vec::new();
    }
    let kinds = kinds_starting(&head);
    if kinds.len() > 1 { kinds } else { Vec::new() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind_and_words(query: &str) -> (Option<Kind>, &str) {
        let scoped = scoped(query);
        (scoped.kind, scoped.words)
    }

    #[test]
    fn a_kind_before_a_colon_scopes_the_words_after_it() {
        assert_eq!(kind_and_words("system: kargu"), (Some(Kind::System), "kargu"));
        assert_eq!(kind_and_words("sys:kar"), (Some(Kind::System), "kar"));
        assert_eq!(kind_and_words("People: maiga"), (Some(Kind::Person), "maiga"));
        assert_eq!(kind_and_words("orgs:"), (Some(Kind::Organisation), ""));
        assert_eq!(kind_and_words("country:turk"), (Some(Kind::Country), "turk"));
    }

    #[test]
    fn anything_else_before_a_colon_is_searched_for() {
        assert_eq!(kind_and_words("co: turk"), (None, "co: turk"), "companies or countries");
        assert_eq!(kind_and_words("s: x"), (None, "s: x"), "too short to tell");
        assert_eq!(kind_and_words("widget: x"), (None, "widget: x"));
        assert_eq!(kind_and_words("ratio 3:1"), (None, "ratio 3:1"));
        assert_eq!(kind_and_words("kargu"), (None, "kargu"));
        assert_eq!(ambiguous_scope("co: turk"), vec![Kind::Company, Kind::Country]);
        assert!(ambiguous_scope("com: turk").is_empty(), "company, unambiguously");
        assert!(ambiguous_scope("ratio 3:1").is_empty());
    }
}
