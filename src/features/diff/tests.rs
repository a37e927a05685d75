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

fn earlier() -> (Catalog, Earlier) {
    let new = edition("new");
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/editions/old");
    let earlier = Earlier::new(&path, edition("old"), &new);
    (new, earlier)
}

#[test]
fn an_earlier_edition_says_how_each_record_stands_and_keeps_what_is_gone() {
    let (new, earlier) = earlier();
    assert_eq!(earlier.name(), "old", "the folder's name, not its path");
    let of = |id: &str| earlier.edition_of(new.find(id).expect(id));
    assert_eq!(
        [of("acme"), of("newco"), of("hawk"), of("country:mali")],
        [Edition::Changed, Edition::New, Edition::Changed, Edition::Same]
    );
    let acme = new.find("acme").expect("acme");
    let changed = earlier.changed(acme).expect("acme changed");
    assert_eq!(new.get(changed.record).id(), "acme");
    assert_eq!(earlier.catalog().get(changed.before).name(), "Acme Defence");
    assert!(earlier.changed(new.find("newco").expect("newco")).is_none(), "new, not changed");
    let gone = earlier.removed("gone").expect("gone is removed");
    assert_eq!(earlier.catalog().get(gone).name(), "Gone Ltd", "as it was");
    assert_eq!(earlier.removed("acme"), None, "still here");
    assert_eq!(earlier.removed("nothing"), None);
}

/// The page shows a change as it shows the values: a list by its items, a link by its target's
/// name (the old one's name in the old edition), a date spelt out, nothing for no value.
#[test]
fn a_change_is_shown_with_each_editions_values_as_the_page_shows_them() {
    let edition = |sectors: &str, maker: &str, extra: &str| {
        crate::catalog::clean(&format!(
            "[[company]]\nid = \"acme\"\nname = \"Acme\"\nsectors = {sectors}\n{extra}\
             [[company]]\nid = \"beta\"\nname = \"Beta Corp\"\n\
             [[system]]\nid = \"hawk\"\nname = \"Hawk\"\nmaker = \"{maker}\"\n\
             specs = {{ mass = 12 }}\n"
        ))
    };
    let old = edition(r#"["radars"]"#, "acme", "as_of = 2025-11-14\n");
    let new = edition(r#"["radars", "drones"]"#, "beta", "stand = \"B-120\"\n");
    let found = diff(&old, &new);
    let shown_of = |id: &str| -> Vec<ShownChange> {
        let changed = found.changed.iter().find(|c| new.get(c.record).id() == id).expect(id);
        shown(&old, &new, changed)
    };
    let items = |texts: &[&str]| -> Vec<String> { texts.iter().map(|t| (*t).to_owned()).collect() };
    let acme = shown_of("acme");
    assert!(
        acme.contains(&ShownChange {
            label: "Sectors".into(),
            old: items(&["radars"]),
            new: items(&["radars", "drones"]),
        }),
        "{acme:?}"
    );
    assert!(
        acme.contains(&ShownChange { label: "Stand".into(), old: vec![], new: items(&["B-120"]) }),
        "{acme:?}"
    );
    assert!(
        acme.contains(&ShownChange {
            label: "As of".into(),
            old: items(&["Fri 14 Nov 2025"]),
            new: vec![],
        }),
        "{acme:?}"
    );
    assert_eq!(
        shown_of("hawk"),
        [ShownChange { label: "Maker".into(), old: items(&["Acme"]), new: items(&["Beta Corp"]) }]
    );

    let (new, earlier) = self::earlier();
    let hawk = earlier.changed(new.find("hawk").expect("hawk")).expect("changed");
    assert_eq!(
        shown(earlier.catalog(), &new, hawk),
        [
            ShownChange {
                label: "Specs · endurance".into(),
                old: items(&["20 h"]),
                new: items(&["24 h"]),
            },
            ShownChange { label: "Specs · ceiling".into(), old: items(&["5,000 m"]), new: vec![] },
        ]
    );
}

#[test]
fn editions_of_a_diff_mark_new_and_changed_records_and_nothing_else() {
    let (old, new) = (edition("old"), edition("new"));
    let editions = Editions::of(&diff(&old, &new), new.len());
    let counted: Vec<Edition> = new.ids().map(|r| editions.get(r)).collect();
    assert_eq!(counted.iter().filter(|e| **e == Edition::New).count(), 1);
    assert_eq!(counted.iter().filter(|e| **e == Edition::Changed).count(), 2);
    assert_eq!(format!("{editions:?}"), "Editions(1 new, 2 changed)");
    assert_eq!(Editions::default().get(new.find("acme").expect("acme")), Edition::Same);
}

/// A change as one line for people: lists joined, "(none)" for no value, and the data's text
/// sanitised (a terminal's escape in a spec key or a value never reaches the screen).
#[test]
fn a_change_reads_as_one_sanitised_line() {
    let change = |label: &str, old: &[&str], new: &[&str]| ShownChange {
        label: label.to_owned(),
        old: old.iter().map(|t| (*t).to_owned()).collect(),
        new: new.iter().map(|t| (*t).to_owned()).collect(),
    };
    assert_eq!(change("Stand", &["B-112"], &["B-120"]).line(), "Stand: B-112 → B-120");
    assert_eq!(
        change("Sectors", &["radars"], &["radars", "drones"]).line(),
        "Sectors: radars → radars, drones"
    );
    assert_eq!(change("Stand", &[], &["B2"]).line(), "Stand: (none) → B2");
    let hostile = change("Specs · \u{1b}[31mrange", &["5 km\u{7}"], &[]).line();
    assert!(!hostile.contains('\u{1b}') && !hostile.contains('\u{7}'), "{hostile:?}");
    assert!(hostile.ends_with("→ (none)"), "{hostile:?}");
}
