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

#[test]
fn a_thread_speaks_its_language_while_asked_and_the_process_one_after() {
    assert_eq!(current(), Lang::En);
    assert_eq!(t("month-11"), "November");
    {
        let _french = speak(Lang::Fr);
        assert_eq!(t("month-11"), "novembre");
        // Another thread still speaks the process's language.
        std::thread::spawn(|| assert_eq!(t("month-11"), "November"))
            .join()
            .expect("the other thread");
        let long = crate::tr!(
            "date-long",
            weekday = "jeudi",
            day = 13u32,
            month = "novembre",
            year = "2025"
        );
        assert_eq!(long, "jeudi 13 novembre 2025");
    }
    assert_eq!(t("month-11"), "November");
    // A message no file has shows its id, so the mistake is seen (and the test of ids used in
    // the code catches it first).
    assert_eq!(t("no-such-message"), "no-such-message");
}

/// Every `tr!("id"…)` in the source, with the file it is in.
fn ids_used(dir: &std::path::Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).expect("the source folder") {
        let path = entry.expect("a source file").path();
        if path.is_dir() {
            ids_used(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            let text = std::fs::read_to_string(&path).expect("a source file");
            for (at, _) in text.match_indices("tr!(\"") {
                // `include_str!(` is not a message.
                if text[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = &text[at + 5..];
                let id = &rest[..rest.find('"').expect("the id's end")];
                out.push((id.to_owned(), path.display().to_string()));
            }
        }
    }
}

#[test]
fn every_message_the_code_asks_for_is_in_the_files() {
    let english = messages(Lang::En.source());
    let mut used = Vec::new();
    ids_used(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")), &mut used);
    assert!(!used.is_empty(), "{used:?}");
    let unknown: Vec<_> =
        used.iter().filter(|(id, _)| id != "id" && !english.contains_key(id)).collect();
    assert!(unknown.is_empty(), "asked for and missing from en.ftl: {unknown:?}");
}

#[test]
fn the_languages_are_the_files_in_data_locales_english_first() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/locales");
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .expect("data/locales")
        .flatten()
        .filter_map(|entry| entry.file_name().to_str()?.strip_suffix(".ftl").map(str::to_owned))
        .collect();
    files.sort();
    let mut codes: Vec<String> = super::LANGUAGES.iter().map(|code| (*code).to_owned()).collect();
    assert_eq!(codes.first().map(String::as_str), Some("en"), "English is the fallback");
    codes.sort();
    assert_eq!(codes, files);
    let all: Vec<&str> = Lang::ALL.iter().map(|lang| lang.code()).collect();
    assert_eq!(all, super::LANGUAGES);
    assert_eq!(format!("{:?}", Lang::Fr), "fr");
}

#[test]
fn decimals_are_written_as_each_language_writes_them() {
    let _english = speak(Lang::En);
    assert_eq!(super::decimal(0.25, 1), "0.2");
    let _french = speak(Lang::Fr);
    assert_eq!(super::decimal(1234.5, 1), "1234,5");
}
