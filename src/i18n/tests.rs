use std::collections::BTreeMap;

use fluent_syntax::ast;

use super::*;

/// Each message's id and the `$variables` it uses, as its file writes them.
fn messages(source: &str) -> BTreeMap<String, Vec<String>> {
    let resource =
        fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| panic!("{errors:?}"));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut variables = Vec::new();
            if let Some(pattern) = &message.value {
                pattern_variables(pattern, &mut variables);
            }
            variables.sort();
            variables.dedup();
            out.insert(message.id.name.to_owned(), variables);
        }
    }
    out
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut Vec<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut Vec<String>) {
    match expression {
        ast::Expression::Inline(inline) => inline_variables(inline, out),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut Vec<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => out.push(id.name.to_owned()),
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_with_the_same_placeholders() {
    let english = messages(Lang::En.source());
    assert!(english.len() >= 40 && english.contains_key("date-long"), "{} messages", english.len());
    for lang in Lang::ALL {
        let other = messages(lang.source());
        let missing: Vec<&String> = english.keys().filter(|id| !other.contains_key(*id)).collect();
        let extra: Vec<&String> = other.keys().filter(|id| !english.contains_key(*id)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{}: missing {missing:?}, extra {extra:?}",
            lang.code()
        );
        for (id, variables) in &english {
            assert_eq!(&other[id], variables, "{}: the placeholders of {id}", lang.code());
        }
    }
}

#[test]
fn dates_are_written_as_each_language_writes_them() {
    let thursday = jiff::civil::date(2025, 11, 13);
    assert_eq!(Lang::En.date_long(thursday), "Thursday 13 November 2025");
    assert_eq!(Lang::Fr.date_long(thursday), "jeudi 13 novembre 2025");
    assert_eq!(Lang::En.date_short(thursday), "Thu 13 Nov 2025");
    assert_eq!(Lang::Fr.date_short(thursday), "jeu. 13 nov. 2025");
    // The first of the month is « 1er » in French.
    let first = jiff::civil::date(2026, 1, 1);
    assert_eq!(Lang::Fr.date_long(first), "jeudi 1er janvier 2026");
    assert_eq!(Lang::En.date_long(first), "Thursday 1 January 2026");
}

#[test]
fn the_language_comes_from_a_code_or_the_environment() {
    assert_eq!(Lang::parse("fr"), Some(Lang::Fr));
    assert_eq!(Lang::parse("fr_FR.UTF-8"), Some(Lang::Fr));
    assert_eq!(Lang::parse("fr-CA"), Some(Lang::Fr));
    assert_eq!(Lang::parse("EN_gb"), Some(Lang::En));
    assert_eq!(Lang::parse("de_DE"), None);
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| (*v).to_owned())
    };
    assert_eq!(Lang::from_env(env(&[("LANG", "fr_FR.UTF-8")])), Some(Lang::Fr));
    assert_eq!(
        Lang::from_env(env(&[("LC_ALL", "en_US.UTF-8"), ("LANG", "fr_FR")])),
        Some(Lang::En),
        "LC_ALL first"
    );
    assert_eq!(
        Lang::from_env(env(&[("LC_ALL", ""), ("LC_MESSAGES", "fr_BE"), ("LANG", "en")])),
        Some(Lang::Fr)
    );
    assert_eq!(Lang::from_env(env(&[("LANG", "C")])), None);
}
