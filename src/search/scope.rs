//! The browser's search box takes an optional kind before the words: `system: kargu`, `sys:kar`,
//! `people: maiga`. It is how an analyst in a 100 000-record catalogue says "only systems"
//! without leaving the keyboard; the CLI has `--kind` for the same, and both read the kind by
//! one rule from one table (`Kind::resolve`).

use crate::catalog::{Kind, KindError};

/// A query split into the kind it is scoped to, if any, and the words to look for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scoped<'a> {
    pub kind: Option<Kind>,
    pub words: &'a str,
}

/// Split `query` at a leading `KIND:`. The kind is read as `--kind` and `list KIND` read it
/// (`Kind::resolve`, one table for all): a kind's name, plural or other spelling (`company`,
/// `people`, `orgs`), or the start of a name or plural no other kind shares (`sys`, `d`; not
/// `co`, which could be companies or countries — [`ambiguous_scope`] says so). Anything else
/// before a colon is part of the words.
pub fn scoped(query: &str) -> Scoped<'_> {
    let unscoped = Scoped { kind: None, words: query };
    let Some((head, rest)) = scope_head(query) else { return unscoped };
    match Kind::resolve(head) {
        Ok(kind) => Scoped { kind: Some(kind), words: rest.trim_start() },
        Err(_) => unscoped,
    }
}

/// The word before a query's colon, if it could name a kind (letters and `-` only), and the
/// rest.
fn scope_head(query: &str) -> Option<(&str, &str)> {
    let (head, rest) = query.split_once(':')?;
    let head = head.trim_start();
    let letters = !head.is_empty() && head.chars().all(|c| c.is_ascii_alphabetic() || c == '-');
    letters.then_some((head, rest))
}

/// Why a query's `KIND:` scopes nothing when it is the start of several kinds ("co:" —
/// company or country), so the browser can say it as the CLI does instead of searching for
/// "co:".
pub fn ambiguous_scope(query: &str) -> Option<KindError> {
    let (head, _) = scope_head(query)?;
    Kind::resolve(head).err().filter(|error| matches!(error, KindError::Ambiguous { .. }))
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
        assert_eq!(kind_and_words("s: x"), (None, "s: x"), "system, schedule or stand");
        assert_eq!(kind_and_words("widget: x"), (None, "widget: x"));
        assert_eq!(kind_and_words("ratio 3:1"), (None, "ratio 3:1"));
        assert_eq!(kind_and_words("kargu"), (None, "kargu"));
        assert!(ambiguous_scope("com: turk").is_none(), "company, unambiguously");
        assert!(ambiguous_scope("ratio 3:1").is_none());
        assert!(ambiguous_scope("widget: x").is_none(), "no kind at all is not ambiguous");
    }

    /// One letter is enough when one kind starts with it, and when several do the box says
    /// which, in the words the CLI uses for `list s`.
    #[test]
    fn short_scopes_resolve_or_say_what_they_could_mean() {
        assert_eq!(kind_and_words("d: mali"), (Some(Kind::Delegation), "mali"));
        for (query, message) in [
            ("s: x", "s: could mean system, schedule, stand — type more letters"),
            ("c:", "c: could mean company, country — type more letters"),
            ("co: turk", "co: could mean company, country — type more letters"),
        ] {
            let error = ambiguous_scope(query).map(|error| error.to_string());
            assert_eq!(error.as_deref(), Some(message), "{query}");
        }
    }
}
