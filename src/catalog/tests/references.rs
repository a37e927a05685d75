//! References: ids unique across files and kinds, references to unknown ids or the wrong kind,
//! links and backlinks, operators, and aliases (shared ones, ones written as references, lookup).

use super::*;

#[test]
fn duplicate_ids_across_files_and_kinds_name_both_places() {
    let other = "# people\n[[person]]\nid = \"acme\"\nname = \"Someone\"\n";
    let loaded = load_texts(&[("a.toml", ACME), ("b.toml", other)]);
    assert_eq!(
        problems(&loaded),
        vec![
            "b.toml:3:6: error: duplicate id `acme`: already used by company `Acme` at a.toml:2:6"
        ]
    );
    assert_eq!(loaded.catalog.len(), 1, "the second definition is not kept");
}

#[test]
fn unknown_references_suggest_a_close_id_of_the_right_kind() {
    let system = "[[system]]\nid = \"rocket\"\nname = \"Rocket\"\nmaker = \"acmee\"\n";
    let problem = only_problem(&[("a.toml", ACME), ("b.toml", system)]);
    assert_eq!(
        problem,
        "b.toml:4:9: error: `maker` refers to unknown company `acmee`; did you mean `acme`?"
    );
}

#[test]
fn every_bad_reference_is_reported_but_only_the_first_few_hundred_get_a_guess() {
    // Each guess compares against every id of a kind: thousands of them were quadratic (3 000
    // misspelt makers took 11 s). Past the budget the errors stand, without "did you mean".
    let systems: String = (0..300)
        .map(|i| format!("[[system]]\nid = \"s{i}\"\nname = \"S{i}\"\nmaker = \"acmee\"\n"))
        .collect();
    let loaded = load_texts(&[("a.toml", ACME), ("b.toml", &systems)]);
    let problems = problems(&loaded);
    assert_eq!(problems.len(), 300, "every one reported");
    let guessed = problems.iter().filter(|p| p.contains("did you mean `acme`")).count();
    assert_eq!(guessed, 200);
    assert!(problems[..200].iter().all(|p| p.contains("did you mean")), "the first ones, in order");
}

#[test]
fn references_to_the_wrong_kind_say_what_was_found() {
    let text = format!(
        "{ACME}[[system]]\nid = \"rocket\"\nname = \"Rocket\"\nmaker = \"acme\"\n\
         [[delegation]]\nid = \"d\"\nname = \"D\"\nhead = \"rocket\"\n"
    );
    let problem = only_problem(&[("a.toml", &text)]);
    assert_eq!(problem, "a.toml:12:8: error: `head` must name a person, but `rocket` is a system");
}

#[test]
fn references_become_links_both_ways() {
    let text = format!(
        "{ACME}[[system]]\nid = \"rocket\"\nname = \"Rocket\"\nmaker = \"acme\"\n\
         [[system]]\nid = \"anvil\"\nname = \"Anvil\"\nmaker = \"acme\"\n"
    );
    let loaded = load_texts(&[("a.toml", &text)]);
    let catalog = &loaded.catalog;
    let acme = catalog.find("acme").expect("loaded");
    let rocket = catalog.find("rocket").expect("loaded");
    assert_eq!(catalog.get(rocket).links().collect::<Vec<_>>(), vec![(Field::Maker, acme)]);
    let made: Vec<(&str, Field)> =
        catalog.backlinks(acme).iter().map(|b| (catalog.get(b.from).id(), b.field)).collect();
    assert_eq!(
        made,
        vec![("anvil", Field::Maker), ("rocket", Field::Maker)],
        "by kind, field, then name"
    );
    let systems: Vec<&str> =
        catalog.of_kind(Kind::System).iter().map(|&id| catalog.get(id).name()).collect();
    assert_eq!(systems, vec!["Anvil", "Rocket"], "lists are sorted by name");
}

#[test]
fn operators_are_organisations_by_id_and_countries_otherwise() {
    let text = format!(
        "{ACME}[[organisation]]\nid = \"fama\"\nname = \"FAMa\"\n\
         [[system]]\nid = \"tb2\"\nname = \"TB2\"\nmaker = \"acme\"\noperators = [\"Mali\", \"fama\"]\n"
    );
    let loaded = load_texts(&[("a.toml", &text)]);
    let catalog = &loaded.catalog;
    let tb2 = catalog.get(catalog.find("tb2").expect("loaded"));
    let kinds: Vec<Kind> = tb2.links().map(|(_, target)| catalog.get(target).kind()).collect();
    assert_eq!(kinds, vec![Kind::Company, Kind::Country, Kind::Organisation]);
}

#[test]
fn an_alias_another_record_uses_is_a_warning_at_the_alias() {
    let text = "[[organisation]]\nid = \"ssb\"\nname = \"Defence Industries Secretariat\"\n\
                aliases = [\"SSB\", \"Secretariat\"]\n\
                [[company]]\nid = \"other\"\nname = \"Other\"\naliases = [\"ssb\", \"Defence Industries Secretariat\", \"Other\"]\n";
    let loaded = load_texts(&[("a.toml", text)]);
    assert_eq!(
        problems(&loaded),
        vec![
            "a.toml:8:12: warning: alias `ssb` is also an alias of `ssb`",
            "a.toml:8:19: warning: alias `Defence Industries Secretariat` is also the name of `ssb`",
        ],
        "case and accents do not hide a collision; a record's own name as its alias is no clash"
    );
    let other = loaded.catalog.find("other").expect("kept: a warning drops nothing");
    assert_eq!(loaded.catalog.get(other).list(Field::Aliases).len(), 3);
}

/// References take ids: one written as an alias says whose it is, and one that several records
/// share says which, wherever in the files the aliases are (here after the reference).
#[test]
fn a_reference_to_an_alias_says_which_records_have_it() {
    let text = "[[company]]\nid = \"c\"\nname = \"Gamma\"\nrelated = [\"tb2\", \"solo\"]\n\
                [[company]]\nid = \"a\"\nname = \"Alpha\"\naliases = [\"tb2\", \"solo\"]\n\
                [[company]]\nid = \"b\"\nname = \"Beta\"\naliases = [\"TB2\"]\n";
    let errors: Vec<String> = load_texts(&[("a.toml", text)])
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        errors,
        [
            "a.toml:4:12: error: `related` refers to unknown record `tb2`; `tb2` is an alias 2 \
             records share (`a`, `b`): refer to one by its id",
            "a.toml:4:19: error: `related` refers to unknown record `solo`; `solo` is an alias of \
             `a`: refer to it by its id",
        ]
    );
}

#[test]
fn lookup_takes_an_alias_only_one_record_has() {
    let text = "[[company]]\nid = \"a\"\nname = \"Alpha\"\naliases = [\"AL\", \"Shared\"]\n\
                [[company]]\nid = \"b\"\nname = \"Beta\"\naliases = [\"shared\"]\n";
    let catalog = load_texts(&[("a.toml", text)]).catalog;
    assert_eq!(catalog.lookup("al").map(|r| catalog.get(r).id()), Some("a"), "case folded");
    assert_eq!(catalog.lookup("Shared"), None, "two records have it: neither is meant");
    assert_eq!(catalog.lookup("b").map(|r| catalog.get(r).id()), Some("b"), "ids first");
}
