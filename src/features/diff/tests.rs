use std::path::PathBuf;

use super::*;
use crate::catalog::load_dirs;

fn edition(name: &str) -> Catalog {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/editions").join(name);
    let loaded = load_dirs(&[dir]);
    assert_eq!(loaded.error_count(), 0, "{:?}", loaded.diagnostics);
    loaded.catalog
}

fn change(field: &str, at: At, old: Option<&str>, new: Option<&str>) -> FieldChange {
    FieldChange { field: field.into(), at, old: old.map(Into::into), new: new.map(Into::into) }
}

fn entry(key: &str) -> At {
    At::Entry(Field::Specs, key.to_owned())
}

#[test]
fn two_editions_differ_by_added_removed_renamed_moved_and_respecified_records() {
    let (old, new) = (edition("old"), edition("new"));
    let found = diff(&old, &new);
    let ids = |catalog: &Catalog, records: &[RecordId]| -> Vec<String> {
        records.iter().map(|&r| catalog.get(r).id().to_owned()).collect()
    };
    assert_eq!(ids(&new, &found.added), vec!["newco"]);
    assert_eq!(ids(&old, &found.removed), vec!["gone"]);
    let changed: Vec<(String, Vec<FieldChange>)> = found
        .changed
        .iter()
        .map(|c| (new.get(c.record).id().to_owned(), c.changes.clone()))
        .collect();
    assert_eq!(
        changed,
        vec![
            (
                "acme".to_owned(),
                vec![
                    change(
                        "name",
                        At::Field(Field::Name),
                        Some("Acme Defence"),
                        Some("Acme Defence Systems")
                    ),
                    change("stand", At::Field(Field::Stand), Some("A9"), Some("B2")),
                ]
            ),
            (
                "hawk".to_owned(),
                vec![
                    change("specs.endurance", entry("endurance"), Some("20 h"), Some("24 h")),
                    change("specs.ceiling", entry("ceiling"), Some("5,000 m"), None),
                ]
            ),
        ],
        "the maker's rename is not a change to the system that links to it"
    );
}

#[test]
fn an_edition_compared_with_itself_has_no_differences() {
    assert!(diff(&edition("old"), &edition("old")).is_empty());
}
