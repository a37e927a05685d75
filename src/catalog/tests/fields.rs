//! Fields: each value checked against its type (strings, lists, ids, dates, time zones, specs,
//! choices), unknown and missing fields, each with where it points.

use super::*;

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
