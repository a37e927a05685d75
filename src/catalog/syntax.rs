//! TOML syntax errors as the user should read them: each at the place it names, with the text
//! there quoted, and the parser's errors that carry no place put where they arose.

use std::ops::Range;

/// How many parts a key may have before the TOML parser gives up on it (`toml`'s own limit
/// of 80 on the table path, plus the last key).
const KEY_PARTS_LIMIT: usize = 81;

/// A TOML syntax error, as the parser gave it: what the catalogue and the config each put in
/// their own words ([`SyntaxProblem::message`] is the catalogue's; the config has its own).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum SyntaxProblem {
    /// The parser's own message (its words, in English), and the text it points at when that
    /// is short enough to quote.
    Syntax { error: String, source: Option<String> },
    /// Keys of more than `parts` parts, which the parser refuses without saying where: said
    /// once, at the first, with how many `more` come after it.
    TooDeep { parts: usize, more: usize },
}

impl SyntaxProblem {
    /// The problem as the catalogue's diagnostics say it, in the language in effect.
    pub(crate) fn message(&self) -> String {
        match self {
            SyntaxProblem::Syntax { error, source: None } => {
                crate::tr!("catalog-toml-syntax", error = error)
            }
            SyntaxProblem::Syntax { error, source: Some(source) } => {
                crate::tr!("catalog-toml-syntax-at", error = error, source = source)
            }
            SyntaxProblem::TooDeep { parts, more } => {
                crate::tr!("catalog-toml-too-deep", parts = *parts, more = *more)
            }
        }
    }
}

/// The syntax errors of `text`, as (byte offset, problem), in the order the parser gave them.
/// The parser reports a key nested too deep ("recursion limit") without a span: those go to
/// the keys that are, once, with how many there are.
pub(crate) fn diagnostics(text: &str, errors: &[toml::de::Error]) -> Vec<(usize, SyntaxProblem)> {
    let mut out = Vec::new();
    let mut spanless: Vec<&str> = Vec::new();
    for error in errors {
        let Some(span) = error.span() else {
            if !spanless.contains(&error.message()) {
                spanless.push(error.message());
            }
            continue;
        };
        let source = quote_source(text, span.clone());
        out.push((span.start, SyntaxProblem::Syntax { error: error.message().to_owned(), source }));
    }
    for message in spanless {
        let deep = if message == "recursion limit" { deep_keys(text) } else { Vec::new() };
        let problem = match deep.as_slice() {
            [] => (0, SyntaxProblem::Syntax { error: message.to_owned(), source: None }),
            [first, rest @ ..] => {
                (*first, SyntaxProblem::TooDeep { parts: KEY_PARTS_LIMIT - 1, more: rest.len() })
            }
        };
        out.push(problem);
    }
    out
}

/// Where each key or table header with more parts than the parser takes starts. Parts are
/// counted at the dots outside quotes; a line's key ends at `=` or at the header's `]`.
fn deep_keys(text: &str) -> Vec<usize> {
    let mut found = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let indent = line.len() - line.trim_start().len();
        let mut parts = 1;
        let mut quote = None;
        for byte in line.bytes().skip(indent) {
            match (quote, byte) {
                (Some(q), b) if b == q => quote = None,
                (Some(_), _) => {}
                (None, b'"' | b'\'') => quote = Some(byte),
                (None, b'.') => parts += 1,
                (None, b'=' | b']' | b'#') => break,
                (None, _) => {}
            }
        }
        if parts >= KEY_PARTS_LIMIT {
            found.push(offset + indent);
        }
        offset += line.len();
    }
    found
}

/// The source text an error points at, when it is short enough to help: "duplicate key" says
/// more with the key beside it. Cut at the first line end and at 40 characters.
fn quote_source(text: &str, span: Range<usize>) -> Option<String> {
    let quoted = text.get(span)?.lines().next()?.trim();
    if quoted.is_empty() {
        return None;
    }
    let mut cut: String = quoted.chars().take(40).collect();
    if cut.len() < quoted.len() {
        cut.push('…');
    }
    Some(cut)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors_of(text: &str) -> Vec<(usize, String)> {
        let (_, errors) = toml::de::DeTable::parse_recoverable(text);
        diagnostics(text, &errors)
            .into_iter()
            .map(|(at, problem)| (at, problem.message()))
            .collect()
    }

    #[test]
    fn a_key_nested_too_deep_is_reported_where_it_is() {
        let key = vec!["k"; 90].join(".");
        let text = format!("a = 1\nb = 2\n\n\n  {key} = 1\n");
        let found = errors_of(&text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, text.find("k.k").expect("the key"), "at the key, not at 1:1");
        assert!(found[0].1.contains("nested too deep"), "{}", found[0].1);
    }

    #[test]
    fn many_headers_nested_too_deep_are_one_error_at_the_first() {
        let text: String =
            (1..=2000).map(|n| format!("[[{}]]\n", vec!["a"; n].join("."))).collect();
        let found = errors_of(&text);
        let deep: Vec<_> = found.iter().filter(|(_, m)| m.contains("nested too deep")).collect();
        assert_eq!(deep.len(), 1, "one error, not one per header: {}", found.len());
        let line = text[..deep[0].0].matches('\n').count() + 1;
        assert_eq!(line, 81, "the first header of 81 parts");
        assert!(deep[0].1.contains("1919 more"), "{}", deep[0].1);
    }

    #[test]
    fn a_key_nested_too_deep_is_said_in_french_one_more_or_many() {
        let _french = crate::i18n::speak(crate::i18n::Lang::Fr);
        let deep = |n: usize| format!("{} = 1\n", vec!["k"; n].join("."));
        assert_eq!(
            errors_of(&format!("{}{}", deep(90), deep(85)))[0].1,
            "syntaxe TOML\u{a0}: une clé de plus de 80 parties est imbriquée trop profondément \
             (et une autre clé après elle)"
        );
        assert_eq!(
            errors_of("a = = 1\n")[0].1,
            "syntaxe TOML\u{a0}: extra `=`, expected nothing (à `=`)"
        );
    }

    #[test]
    fn dots_inside_quotes_are_not_parts() {
        let key = vec!["\"k.k\""; 60].join(".");
        assert!(deep_keys(&format!("{key} = 1\n")).is_empty());
    }
}
