//! Loading and validation: one small fixture per diagnostic, asserting where it points. Here
//! the helpers and what concerns whole files (syntax, UTF-8, every problem at once, sources,
//! the embedded catalogue); fields, references, the schedule, the floor and countries have
//! files of their own.

use std::borrow::Cow;

use super::*;

fn source(path: &str, text: &str) -> SourceFile {
    SourceFile::from_text(path, text)
}

fn load_texts(files: &[(&str, &str)]) -> Loaded {
    let sources: Vec<_> = files.iter().map(|(path, text)| source(path, text)).collect();
    load(&sources)
}

/// Every diagnostic as it is printed, warnings about missing sources left out (most fixtures
/// here have no sources, and one test covers that warning on its own).
fn problems(loaded: &Loaded) -> Vec<String> {
    loaded
        .diagnostics
        .iter()
        .filter(|d| !d.message.contains("has no sources"))
        .map(ToString::to_string)
        .collect()
}

fn only_problem(files: &[(&str, &str)]) -> String {
    let loaded = load_texts(files);
    let problems = problems(&loaded);
    assert_eq!(problems.len(), 1, "expected one problem, got {problems:#?}");
    problems[0].clone()
}

const ACME: &str = "[[company]]\nid = \"acme\"\nname = \"Acme\"\nsources = [\"test\"]\n";

#[test]
fn a_clean_catalogue_has_no_diagnostics() {
    let loaded = load_texts(&[("a.toml", ACME)]);
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    assert_eq!(loaded.catalog.len(), 1);
}

#[test]
fn toml_syntax_errors_point_at_the_offending_character() {
    let problem = only_problem(&[("a.toml", "[[company]]\nid = \"acme\"\nname = Acme\n")]);
    assert!(
        problem.starts_with("a.toml:3:8: error: TOML syntax: string values must be quoted"),
        "{problem}"
    );
}

#[test]
fn duplicate_keys_name_the_key() {
    let problem =
        only_problem(&[("a.toml", "[[company]]\nid = \"a\"\nid = \"b\"\nname = \"A\"\n")]);
    assert!(
        problem.starts_with("a.toml:3:1: error: TOML syntax: duplicate key (at `id`)"),
        "{problem}"
    );
}

#[test]
fn unknown_kinds_are_errors_with_a_suggestion() {
    let problem = only_problem(&[("a.toml", "[[compnay]]\nid = \"a\"\nname = \"A\"\n")]);
    assert!(
        problem.starts_with("a.toml:1:3: error: unknown kind `compnay`, expected one of"),
        "{problem}"
    );
    assert!(problem.ends_with("did you mean `company`?"), "{problem}");
}

#[test]
fn a_single_table_instead_of_an_array_says_how_to_write_it() {
    let problem = only_problem(&[("a.toml", "[company]\nid = \"a\"\nname = \"A\"\n")]);
    assert_eq!(
        problem,
        "a.toml:1:2: error: `company` must be an array of tables: write [[company]], not [company]"
    );
}

#[test]
fn invalid_utf8_points_at_the_first_bad_byte() {
    let sources = vec![SourceFile {
        path: "bad.toml".into(),
        bytes: Cow::Owned(b"[[company]]\nid = \"b\"\nname = \"T\xfcrk\"\n".to_vec()),
    }];
    let loaded = load(&sources);
    assert_eq!(
        problems(&loaded),
        vec!["bad.toml:3:10: error: invalid UTF-8 (byte 0xFC): catalogue files must be UTF-8"]
    );
}

#[test]
fn every_problem_in_every_file_is_reported_in_one_run() {
    let broken = "[[company]]\nid = \"b\"\nname = \"B\"\nstand = 7\n\n[[person]]\nid = \"P\"\nname = \"P\"\n";
    let syntax = "[[company]]\nid = \"c\"\nname = \"C\"\nwebsite = \n";
    let loaded = load_texts(&[("a.toml", ACME), ("b.toml", broken), ("c.toml", syntax)]);
    let problems = problems(&loaded);
    assert_eq!(problems.len(), 3, "{problems:#?}");
    assert!(problems[0].starts_with("b.toml:4:9: error: `stand` must be a string"));
    assert!(problems[1].starts_with("b.toml:7:6: error: invalid id `P`"));
    assert!(problems[2].starts_with("c.toml:4:11: error: TOML syntax"), "{}", problems[2]);
    assert!(loaded.catalog.find("acme").is_some(), "a broken file does not stop the others");
}

#[test]
fn records_of_a_file_with_a_syntax_error_still_count_as_reference_targets() {
    let broken = "[[company]]\nid = \"acme\"\nname = \"Acme\"\n\nstray = = 1\n";
    let system = "[[system]]\nid = \"r\"\nname = \"R\"\nmaker = \"acme\"\n";
    let loaded = load_texts(&[("a.toml", broken), ("b.toml", system)]);
    let problems = problems(&loaded);
    assert!(!problems.is_empty());
    assert!(
        problems.iter().all(|p| p.starts_with("a.toml:5:") && p.contains("TOML syntax")),
        "only the syntax error, no echo in b.toml: {problems:#?}"
    );
}

#[test]
fn records_without_sources_are_warned_about() {
    let loaded = load_texts(&[("a.toml", "[[company]]\nid = \"a\"\nname = \"A\"\n")]);
    let all: Vec<String> = loaded.diagnostics.iter().map(ToString::to_string).collect();
    assert_eq!(
        all,
        vec!["a.toml:1:1: warning: company `a` has no sources: say where its facts come from"]
    );
    assert_eq!(loaded.error_count(), 0);
}

/// The header names every catalogue: without an event, by its folder, or its one file.
#[test]
fn a_catalogue_without_an_event_is_named_by_its_folder_or_file() {
    let company = "[[company]]\nid = \"a\"\nname = \"A\"\n";
    let person = "[[person]]\nid = \"p\"\nname = \"P\"\n";
    let folder = load_texts(&[("shows/north/a.toml", company), ("shows/north/sub/b.toml", person)]);
    assert_eq!(folder.catalog.title(), "north");
    assert_eq!(load_texts(&[("./expo.toml", company)]).catalog.title(), "expo.toml");
    let apart = load_texts(&[("a.toml", company), ("b.toml", person)]);
    assert_eq!(apart.catalog.title(), "catalogue", "no folder or file of its own");
}

#[test]
fn a_byte_order_mark_and_crlf_line_ends_are_read() {
    let text = "\u{feff}[[company]]\r\nid = \"a\"\r\nname = \"A\"\r\nstand = 7\r\n";
    let problem = only_problem(&[("a.toml", text)]);
    assert_eq!(problem, "a.toml:4:9: error: `stand` must be a string, found an integer");
}

#[test]
fn the_embedded_catalogue_checks_clean() {
    let loaded = load(&embedded());
    let all: Vec<String> = loaded.diagnostics.iter().map(ToString::to_string).collect();
    assert!(all.is_empty(), "{all:#?}");
    assert!(loaded.catalog.len() > 30);
    assert_eq!(loaded.catalog.title(), "BAMEX 2025");
}

#[test]
fn the_format_document_describes_every_field_of_every_kind() {
    let doc = include_str!("../../docs/data-format.md");
    let section = |heading: &str| {
        let start = doc.find(heading).unwrap_or_else(|| panic!("no section {heading}"));
        let rest = &doc[start..];
        &rest[..rest[4..].find("\n### ").map_or(rest.len(), |end| end + 4)]
    };
    let common = section("### Fields every kind has");
    for kind in Kind::ALL {
        let heading = format!("### {}", kind.label().to_lowercase());
        let own = section(&heading);
        for key in schema::writable_keys(kind) {
            let key = format!("`{key}`");
            assert!(
                common.contains(&format!("| {key} |")) || own.contains(&key),
                "docs/data-format.md does not describe `{key}` under {heading}"
            );
        }
    }
}

mod countries;
mod fields;
mod floor;
mod french;
mod languages;
mod references;
mod schedule;
