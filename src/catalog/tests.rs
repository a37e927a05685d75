//! Loading and validation: one small fixture per diagnostic, asserting where it points.

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
fn wrong_types_name_the_field_and_what_was_found() {
    let problem = only_problem(&[(
        "a.toml",
        "[[company]]\nid = \"acme\"\nname = \"Acme\"\nsectors = \"drones\"\n",
    )]);
    assert_eq!(
        problem,
        "a.toml:4:11: error: `sectors` must be an array of strings, found a string"
    );
}

#[test]
fn entries_of_lists_are_checked_one_by_one() {
    let problem = only_problem(&[(
        "a.toml",
        "[[company]]\nid = \"acme\"\nname = \"Acme\"\ntags = [\"a\", 2]\n",
    )]);
    assert_eq!(
        problem,
        "a.toml:4:14: error: every entry of `tags` must be a string, found an integer"
    );
}

#[test]
fn missing_required_fields_point_at_the_record() {
    let problem = only_problem(&[("a.toml", "\n[[company]]\nid = \"acme\"\n")]);
    assert_eq!(problem, "a.toml:2:1: error: company is missing required field `name`");
}

#[test]
fn a_system_requires_a_maker() {
    let problem = only_problem(&[("a.toml", "[[system]]\nid = \"x\"\nname = \"X\"\n")]);
    assert_eq!(problem, "a.toml:1:1: error: system is missing required field `maker`");
}

#[test]
fn unknown_fields_list_the_known_ones_and_suggest_the_closest() {
    let text = format!("{ACME}\n[[system]]\nid = \"x\"\nname = \"X\"\nmaket = \"acme\"\n");
    let loaded = load_texts(&[("a.toml", &text)]);
    let problems = problems(&loaded);
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(problems[0].starts_with("a.toml:6:1: error: system is missing required field `maker`"));
    assert!(problems[1].starts_with(
        "a.toml:9:1: error: unknown field `maket` in system, expected one of `id`, `name`, `aliases`, `maker`"
    ));
    assert!(problems[1].ends_with("; did you mean `maker`?"), "{}", problems[1]);
}

#[test]
fn malformed_ids_are_rejected_with_a_suggestion() {
    let problem = only_problem(&[("a.toml", "[[company]]\nid = \"Acme Corp\"\nname = \"Acme\"\n")]);
    assert_eq!(
        problem,
        "a.toml:2:6: error: invalid id `Acme Corp`: ids use only lower-case ASCII letters, digits and `-` (for example `acme-corp`)"
    );
}

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
fn an_event_or_item_that_ends_before_it_starts_is_an_error_at_its_end() {
    let event = "[[event]]\nid = \"e\"\nname = \"E\"\nstart_date = 2025-11-14\nend_date = 2025-11-11\n\
                 [[event.schedule]]\nid = \"d\"\nname = \"D\"\nday = 2025-11-13\nend_day = 2025-11-12\n";
    let loaded = load_texts(&[("e.toml", event)]);
    assert_eq!(
        problems(&loaded),
        vec![
            "e.toml:5:12: error: `end_date` 2025-11-11 is before `start_date` 2025-11-14: the event would end before it starts",
            "e.toml:10:11: error: `end_day` 2025-11-12 is before `day` 2025-11-13: the schedule would end before it starts",
        ]
    );
    let same_day =
        "[[event]]\nid = \"e\"\nname = \"E\"\nstart_date = 2025-11-14\nend_date = 2025-11-14\n";
    assert!(problems(&load_texts(&[("e.toml", same_day)])).is_empty(), "one day is fine");
}

/// Times on one day: an end before the start is the next day (no problem), an end equal to
/// the start lasts no time (a warning), and an end before the start on an `end_day` said to be
/// the same day is an error.
#[test]
fn schedule_times_that_last_no_time_or_end_before_they_start_are_reported() {
    let item = |times: &str| {
        format!(
            "[[event]]\nid = \"e\"\nname = \"E\"\nstart_date = 2030-05-02\n\
             [[event.schedule]]\nid = \"t\"\nname = \"T\"\nday = 2030-05-02\n{times}"
        )
    };
    let late = item("start_time = 23:30\nend_time = 00:30\n");
    assert!(problems(&load_texts(&[("e.toml", &late)])).is_empty(), "past midnight is fine");
    let zero = item("start_time = 09:00\nend_time = 09:00\n");
    assert_eq!(
        problems(&load_texts(&[("e.toml", &zero)])),
        [
            "e.toml:10:12: warning: `end_time` 09:00 is the same as `start_time`: the item would last no time (leave `end_time` out, or give the real end)"
        ]
    );
    let same_day = item("end_day = 2030-05-02\nstart_time = 10:00\nend_time = 09:00\n");
    assert_eq!(
        problems(&load_texts(&[("e.toml", &same_day)])),
        [
            "e.toml:11:12: error: `end_time` 09:00 is before `start_time` 10:00 on the same `end_day`: the item would end before it starts (without `end_day`, an earlier end is the next day)"
        ]
    );
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
fn quoted_dates_are_explained() {
    let problem = only_problem(&[(
        "a.toml",
        "[[event]]\nid = \"e\"\nname = \"E\"\nstart_date = \"2025-11-11\"\n",
    )]);
    assert_eq!(
        problem,
        "a.toml:4:14: error: `start_date` must be a date like 2025-11-11 (a TOML date, not in quotes), \
         found a string: remove the quotes (start_date = 2025-11-11)"
    );
}

#[test]
fn days_not_in_the_calendar_are_syntax_errors_at_the_day() {
    let text = "[[event]]\nid = \"show\"\nname = \"Show\"\nstart_date = 2025-02-29\n\
                end_date = 2025-04-31\n[[event]]\nid = \"leap\"\nname = \"Leap\"\n\
                start_date = 2024-02-29\n";
    let loaded = load_texts(&[("a.toml", text)]);
    assert_eq!(
        problems(&loaded),
        vec![
            "a.toml:4:14: error: TOML syntax: invalid date, expected day between 01 and 28 \
             (at `2025-02-29`)",
            "a.toml:5:12: error: TOML syntax: invalid date, expected day between 01 and 30 \
             (at `2025-04-31`)",
        ]
    );
}

#[test]
fn time_zones_must_be_iana_names() {
    let event =
        |zone: &str| format!("[[event]]\nid = \"e\"\nname = \"E\"\ntimezone = \"{zone}\"\n");
    assert_eq!(
        only_problem(&[("a.toml", &event("Africa/Bamko"))]),
        "a.toml:4:12: error: unknown time zone `Africa/Bamko`; did you mean `Africa/Bamako`?"
    );
    assert!(
        only_problem(&[("a.toml", &event("Sahel Time"))]).ends_with("like `Africa/Bamako`)"),
        "no close name: say what a name looks like"
    );
    let loaded = load_texts(&[("a.toml", &event("Africa/Bamako"))]);
    assert!(problems(&loaded).is_empty());
    let event = loaded.catalog.find("e").expect("loaded");
    let zone = loaded.catalog.declared_time_zone(event).expect("declared");
    assert_eq!(zone.iana_name(), Some("Africa/Bamako"));
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

#[test]
fn countries_are_one_record_whatever_the_case_and_accents() {
    let text = "[[company]]\nid = \"a\"\nname = \"A\"\ncountry = \"Türkiye\"\n\
                [[company]]\nid = \"b\"\nname = \"B\"\ncountry = \"Türkiye\"\n\
                [[person]]\nid = \"p\"\nname = \"P\"\ncountry = \"turkiye\"\n";
    let loaded = load_texts(&[("a.toml", text)]);
    let catalog = &loaded.catalog;
    let countries = catalog.of_kind(Kind::Country);
    assert_eq!(countries.len(), 1);
    let turkiye = catalog.get(countries[0]);
    assert_eq!(
        (turkiye.id(), turkiye.name()),
        ("country:turkiye", "Türkiye"),
        "the most used spelling wins"
    );
    let referrers: Vec<&str> =
        catalog.backlinks(countries[0]).iter().map(|b| catalog.get(b.from).id()).collect();
    assert_eq!(referrers, vec!["a", "b", "p"]);
    assert_eq!(catalog.lookup("TURKIYE"), Some(countries[0]));
    assert_eq!(
        problems(&loaded),
        vec![
            "a.toml:12:11: warning: country `turkiye` is written `Türkiye` elsewhere; use one spelling"
        ]
    );
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
fn specs_keep_the_order_they_were_written_in() {
    let text = format!(
        "{ACME}[[system]]\nid = \"x\"\nname = \"X\"\nmaker = \"acme\"\n\
         specs = {{ zulu = \"1 h\", alpha = 2, mike = 1.5, kilo = true }}\n"
    );
    let loaded = load_texts(&[("a.toml", &text)]);
    let record = loaded.catalog.get(loaded.catalog.find("x").expect("loaded"));
    let Some(ValueRef::Specs(specs)) = record.get(Field::Specs) else { panic!("specs missing") };
    let specs: Vec<(&str, ScalarRef<'_>)> = specs.iter().collect();
    let keys: Vec<&str> = specs.iter().map(|(key, _)| *key).collect();
    assert_eq!(keys, vec!["zulu", "alpha", "mike", "kilo"]);
    assert_eq!(specs[0].1, ScalarRef::Text("1 h"));
    assert_eq!(specs[1].1, ScalarRef::Integer(2));
    assert_eq!(specs[2].1, ScalarRef::Float(1.5));
    assert_eq!(specs[3].1, ScalarRef::Bool(true));
}

#[test]
fn schedule_items_are_records_linked_to_their_event() {
    let text = "[[event]]\nid = \"show\"\nname = \"Show\"\nstart_date = 2025-11-11\n\
                [[event.schedule]]\nid = \"demo\"\nname = \"Demo\"\nday = 2025-11-13\nstart_time = 09:30\ndemo = true\n";
    let loaded = load_texts(&[("a.toml", text)]);
    assert!(problems(&loaded).is_empty(), "{:?}", problems(&loaded));
    let catalog = &loaded.catalog;
    let demo = catalog.get(catalog.find("demo").expect("loaded"));
    assert_eq!(demo.kind(), Kind::ScheduleItem);
    assert_eq!(demo.link(Field::Event), catalog.find("show"));
    assert!(matches!(
        demo.get(Field::Day),
        Some(ValueRef::Date(day)) if day == Date::new(2025, 11, 13).expect("a real date")
    ));
    assert!(matches!(
        demo.get(Field::StartTime),
        Some(ValueRef::Time(Time { hour: 9, minute: 30 }))
    ));
    assert!(matches!(demo.get(Field::Demo), Some(ValueRef::Bool(true))));
    assert_eq!(catalog.title(), "Show");
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

const FLOOR: &str = "[[company]]\nid = \"acme\"\nname = \"Acme\"\nstand = \"A1\"\nsources = [\"t\"]\n\
[[company]]\nid = \"zeta\"\nname = \"Zeta\"\nstand = \"B9\"\nsources = [\"t\"]\n\
[[hall]]\nid = \"hall-a\"\nname = \"Hall A\"\nwidth = 20\ndepth = 10\nsources = [\"t\"]\n\
[[hall.stand]]\nlabel = \"A1\"\nx = 0\ny = 0\nwidth = 4\ndepth = 3\ncompanies = [\"acme\"]\nsources = [\"t\"]\n\
[[hall.stand]]\nlabel = \"A2\"\nx = 3\ny = 2\nwidth = 4\ndepth = 3\nsources = [\"t\"]\n\
[[hall.stand]]\nlabel = \"A3\"\nx = 18\ny = 0\nwidth = 4\ndepth = 3\nsources = [\"t\"]\n";

#[test]
fn stands_take_their_id_and_name_from_the_label_and_link_to_their_hall() {
    let loaded = load_texts(&[("floor.toml", FLOOR)]);
    let catalog = &loaded.catalog;
    let stand = catalog.find("stand-a1").expect("an id from the label");
    assert_eq!(catalog.get(stand).name(), "Stand A1");
    assert_eq!(catalog.get(stand).link(Field::Hall), catalog.find("hall-a"));
    assert_eq!(catalog.stand_of(catalog.find("acme").expect("loaded")), Some(stand));
    assert_eq!(catalog.context(stand), "Hall A · 4 × 3 · Acme");
}

#[test]
fn the_floor_plan_is_checked_for_bounds_overlaps_and_unknown_stands() {
    let loaded = load_texts(&[("floor.toml", FLOOR)]);
    assert_eq!(
        problems(&loaded),
        vec![
            "floor.toml:6:1: warning: company `zeta` is at stand `B9`, which is not on the floor plan",
            "floor.toml:25:1: error: stand `A2` overlaps stand `A1` in Hall A",
            "floor.toml:32:1: error: stand `A3` (18+4 × 0+3) does not fit in Hall A (20 × 10)",
        ]
    );
}

#[test]
fn grid_numbers_must_be_whole_and_not_negative() {
    let text = "[[hall]]\nid = \"h\"\nname = \"H\"\nwidth = -3\ndepth = 2.5\n";
    let problems = problems(&load_texts(&[("a.toml", text)]));
    assert_eq!(problems[0], "a.toml:4:9: error: `width` must be a whole number from 0 to 10000");
    assert_eq!(
        problems[1],
        "a.toml:5:9: error: `depth` must be a whole number, zero or more, found a float"
    );
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

#[test]
fn confidence_is_one_of_three_words_and_as_of_a_date() {
    let text =
        "[[company]]\nid = \"a\"\nname = \"A\"\nconfidence = \"sure\"\nas_of = \"last week\"\n";
    assert_eq!(
        problems(&load_texts(&[("a.toml", text)])),
        vec![
            "a.toml:4:14: error: `confidence` must be one of `low`, `medium`, `high`",
            "a.toml:5:9: error: `as_of` must be a date like 2025-11-11 (a TOML date, not in quotes), found a string",
        ]
    );
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

mod countries;
