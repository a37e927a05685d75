//! Free text in more than one language: `summary.en = "…"` and `summary.fr = "…"` (the same
//! TOML as `summary = { en = "…", fr = "…" }`). A plain string is text in no particular
//! language; a table's keys are language codes (BCP 47: `en`, `fr`, `pt-BR`). The reader sees
//! their own language, else English, else the first given (`value::Arena::in_reader_language`).

use toml::Spanned;
use toml::de::DeValue;

use super::{Cx, Located, describe};
use crate::catalog::schema::{Field, FieldType};
use crate::catalog::value::Value;

impl Cx<'_> {
    /// A text field's value: a string, or a table of its text by language. With the value,
    /// the text a single string stands for (English, else the first language given), which is
    /// what a name is indexed and referred to by.
    pub(super) fn text(
        &mut self,
        field: Field,
        value: &Spanned<DeValue<'_>>,
    ) -> Option<(Value, Located)> {
        let DeValue::Table(table) = value.get_ref() else {
            let text = self.string(field, FieldType::Text, value)?;
            return Some((Value::Text(text.text), text));
        };
        let mut pairs = Vec::with_capacity(table.len() * 2);
        let mut primary: Option<Located> = None;
        for (key, item) in table.iter() {
            let code = key.get_ref().as_ref();
            let pos = self.span_pos(&key.span());
            if let Some(problem) = language_code_problem(code) {
                let message = crate::tr!(
                    "catalog-language-code",
                    field = field.key(),
                    code = code,
                    problem = problem
                );
                self.error_at(pos, message);
                continue;
            }
            let DeValue::String(text) = item.get_ref() else {
                let found = describe(item.get_ref());
                let at = self.span_pos(&item.span());
                let message = crate::tr!(
                    "catalog-language-not-string",
                    field = field.key(),
                    code = code,
                    found = found
                );
                self.error_at(at, message);
                continue;
            };
            let located = Located { text: self.arena.str(text), pos: self.span_pos(&item.span()) };
            let text = located.text;
            if primary.is_none() || code == "en" {
                primary = Some(located);
            }
            pairs.push(self.arena.str(code));
            pairs.push(text);
        }
        let Some(primary) = primary else {
            if table.is_empty() {
                let pos = self.span_pos(&value.span());
                self.error_at(pos, crate::tr!("catalog-no-language", field = field.key()));
            }
            return None;
        };
        Some((Value::Localized(self.arena.strs(pairs)), primary))
    }
}

/// Why `code` is not a language code, if it is not: a primary language of two or three
/// lowercase letters, then subtags of letters and digits (`pt-BR`, `sr-Latn`).
pub(crate) fn language_code_problem(code: &str) -> Option<String> {
    let mut parts = code.split('-');
    let primary = parts.next().unwrap_or_default();
    let letters = |text: &str| text.chars().all(|c| c.is_ascii_alphabetic());
    if (2..=3).contains(&primary.len()) && letters(primary) {
        if primary.chars().any(|c| c.is_ascii_uppercase()) {
            let lower = code.split_once('-').map_or(primary.to_ascii_lowercase(), |(p, rest)| {
                format!("{}-{rest}", p.to_ascii_lowercase())
            });
            return Some(crate::tr!("catalog-language-code-lowercase", code = lower));
        }
        let subtags_fine = parts.all(|part| {
            (1..=8).contains(&part.len()) && part.chars().all(|c| c.is_ascii_alphanumeric())
        });
        if subtags_fine {
            return None;
        }
    }
    let shown = crate::text::sanitize_line(code);
    Some(crate::tr!("catalog-not-language-code", code = shown))
}
