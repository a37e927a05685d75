//! show and list: a record's fields, links and backlinks; lists sorted and fitted.

use super::*;

#[test]
fn show_json_has_fields_links_and_backlinks() {
    let tb2 = json_of(&["show", "bayraktar-tb2", "--json"]);
    assert_eq!(tb2["kind"], "system");
    assert_eq!(tb2["maker"], "baykar");
    assert_eq!(tb2["specs"]["endurance (max)"], "27 h");
    assert_eq!(tb2["operators"], serde_json::json!(["Mali", "fama"]));
    let links = tb2["links"].as_array().expect("links");
    assert!(links.contains(
        &serde_json::json!({"id": "baykar", "kind": "company", "name": "Baykar", "field": "maker"})
    ));

    let baykar = json_of(&["show", "baykar", "--json"]);
    let made: Vec<&str> = baykar["backlinks"]
        .as_array()
        .expect("backlinks")
        .iter()
        .filter(|b| b["field"] == "maker")
        .map(|b| b["id"].as_str().expect("id"))
        .collect();
    assert_eq!(made, vec!["akinci", "bayraktar-tb2"], "sorted by name");
}

#[test]
fn a_country_page_lists_everything_that_names_it() {
    let turkiye = json_of(&["show", "Türkiye", "--json"]);
    assert_eq!(turkiye["id"], "country:turkiye");
    let ids = |key: &str| -> Vec<String> {
        let entries = turkiye[key].as_array().unwrap_or_else(|| panic!("{key}: an array"));
        entries.iter().map(|e| e["id"].as_str().expect("id").to_owned()).collect()
    };
    let referrers = ids("backlinks");
    for id in ["baykar", "otokar", "stm", "aselsan", "efe-ceylan", "ssb"] {
        assert!(referrers.iter().any(|r| r == id), "{id} missing from {referrers:?}");
    }
    // Systems name their maker, not a country: the page derives them through the maker.
    let made = ids("made_here");
    // By maker (Aselsan, Baykar, Otokar, STM), then by name.
    assert_eq!(made, ["aselsan-c-uas", "ilgar", "akinci", "bayraktar-tb2", "cobra-ii", "kargu"]);
    let mali = json_of(&["show", "Mali", "--json"]);
    assert_eq!(mali["made_here"], serde_json::json!([]), "Mali makes none of the systems shown");
    let plain = stdout_of(&["show", "Türkiye"]);
    assert!(
        plain.contains("\nMade here (systems whose maker is in Türkiye, by maker)\n"),
        "{plain}"
    );
    // Each system with its maker's name, in the plain page and the JSON alike.
    assert!(plain.contains("\n  STM      kargu          Kargu\n"), "{plain}");
    assert!(plain.contains("\n  Aselsan  ilgar          Ilgar\n"), "{plain}");
    let kargu = turkiye["made_here"]
        .as_array()
        .and_then(|made| made.iter().find(|entry| entry["id"] == "kargu"))
        .expect("Kargu is made here");
    assert_eq!(kargu["maker"], serde_json::json!({"id": "stm", "name": "STM"}));
}

#[test]
fn show_plain_lists_fields_links_and_backlinks() {
    let out = stdout_of(&["--data", "tests/fixtures/small", "show", "rys"]);
    assert!(
        out.starts_with("Rys\nSystem · rys · tests/fixtures/small/catalogue.toml:37\n"),
        "{out}"
    );
    assert!(out.contains("  Specs         mass        18 t\n"), "{out}");
    assert!(out.contains("\n                amphibious  yes\n"), "{out}");
    assert!(
        out.contains("\nLinks\n  maker      company  skoda-defence    Škoda Defence\n"),
        "{out}"
    );
    assert!(out.contains("\nReferenced by\n"), "{out}");
    assert!(out.contains("delegation  interests  czech-delegation  Czech delegation"), "{out}");
}

#[test]
fn show_opens_a_record_by_its_name_or_alias_and_a_country_by_any_of_its_names() {
    let id = |query: &str| json_of(&["show", query, "--json"])["id"].as_str().map(str::to_owned);
    assert_eq!(id("Bayraktar TB2").as_deref(), Some("bayraktar-tb2"));
    assert_eq!(id("tb2").as_deref(), Some("bayraktar-tb2"), "an alias, case ignored");
    assert_eq!(id("bayraktar tb2").as_deref(), Some("bayraktar-tb2"));
    for query in ["turkey", "Turkish", "Ankara", "The Republic of Türkiye"] {
        assert_eq!(id(query).as_deref(), Some("country:turkiye"), "{query}");
    }
    assert_eq!(id("malian").as_deref(), Some("country:mali"));
    let plain = stdout_of(&["show", "turkey"]);
    assert!(plain.starts_with("Türkiye\nCountry · country:turkiye · "), "{plain}");
    assert!(plain.contains("\n  Also known as Turkey, Turkish, Ankara\n"), "{plain}");
    let czech = json_of(&["--data", "tests/fixtures/same-names", "show", "Czechia", "--json"]);
    assert_eq!(czech["id"], "country:czech-republic", "named as the catalogue spells it");
    let found = json_of(&["compare", "Bayraktar TB2", "akinci", "--json"]);
    assert_eq!(found["records"][0]["id"], "bayraktar-tb2");
}

/// The names the BAMEX report itself uses find what they name: the event's full name, "Turkey"
/// and "Ankara" for Türkiye, and France, which the report mentions only through the departure
/// of French forces (so no record names it, and its `[[country]]` table makes the page).
#[test]
fn the_reports_own_names_find_the_event_turkiye_and_france() {
    assert_eq!(found("International Defence")[0], "bamex-2025");
    let hits =
        json_of(&["search", "International Defence and Security Exhibition of Bamako", "--json"]);
    assert_eq!(hits[0]["id"], "bamex-2025");
    assert_eq!(hits[0]["alias"], "International Defence and Security Exhibition of Bamako");
    for query in ["Ankara", "Turkey", "ankara"] {
        assert_eq!(found(query)[0], "country:turkiye", "{query}");
    }
    let france = json_of(&["show", "france", "--json"]);
    assert_eq!(france["id"], "country:france");
    assert_eq!(france["kind"], "country");
    // Given in English and French, the summary is an object by language.
    let summary = france["summary"]["en"].as_str().expect("France has a summary in English");
    assert!(summary.contains("departure of French"), "{summary}");
    assert_eq!(found("france")[0], "country:france");
    let plain = stdout_of(&["show", "French"]);
    assert!(plain.starts_with("France\nCountry · country:france · "), "{plain}");
}

#[test]
fn a_name_several_records_have_lists_them_and_fails() {
    let listed = |given: &str| {
        format!(
            "error: `{given}` is the name or alias of 2 records: company `falcon-works` \
             (Falcon Works), system `falcon` (Falcon); name the one you mean by its id\n"
        )
    };
    let data = ["--data", "tests/fixtures/same-names"];
    showfloor()
        .args(data)
        .args(["show", "FALCON"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(listed("FALCON"));
    showfloor()
        .args(data)
        .args(["compare", "kestrel-2", "Falcon"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(listed("Falcon"));
    // An exact id is never ambiguous.
    let falcon = json_of(&["--data", "tests/fixtures/same-names", "show", "falcon", "--json"]);
    assert_eq!(falcon["kind"], "system");
}

#[test]
fn unknown_ids_and_kinds_are_errors_with_suggestions() {
    showfloor().args(["show", "bayraktar-tb3"]).assert().code(1).stderr(
        "error: no record with the id, name or alias `bayraktar-tb3` (did you mean \
         `bayraktar-tb2`?)\n",
    );
    showfloor().args(["show", "Bayraktar TB3"]).assert().code(1).stderr(
        "error: no record with the id, name or alias `Bayraktar TB3` (did you mean \
         `Bayraktar TB2`, system `bayraktar-tb2`?)\n",
    );
    showfloor().args(["compare", "akinci", "tb3"]).assert().code(1).stderr(
        "error: no record with the id, name or alias `tb3` (did you mean `TB2`, system \
         `bayraktar-tb2`?)\n",
    );
    showfloor().args(["list", "sytem"]).assert().code(1).stderr(predicate::str::starts_with(
        "error: unknown kind `sytem` (did you mean `system`?); the kinds are company,",
    ));
}

#[test]
fn list_sorts_by_name_ignoring_accents() {
    let out = stdout_of(&["--data", "tests/fixtures/small", "list", "company"]);
    let names: Vec<&str> = out.lines().map(|line| columns(line)[1]).collect();
    assert_eq!(names, vec!["Anatolia Dynamics", "Škoda Defence"]);
    let countries = json_of(&["list", "country", "--json"]);
    let names: Vec<&str> = countries
        .as_array()
        .expect("array")
        .iter()
        .map(|c| c["name"].as_str().expect("name"))
        .collect();
    assert_eq!(
        names,
        vec![
            "Burkina Faso",
            "France",
            "Iran",
            "Libya",
            "Mali",
            "Morocco",
            "Niger",
            "Nigeria",
            "Türkiye"
        ]
    );
}

#[test]
fn schedule_and_event_are_listable_kinds() {
    let schedule = json_of(&["list", "schedule", "--json"]);
    let demo: Vec<&str> = schedule
        .as_array()
        .expect("array")
        .iter()
        .filter(|item| item["demo"] == true)
        .map(|item| item["day"].as_str().expect("day"))
        .collect();
    assert_eq!(demo, vec!["2025-11-13", "2025-11-14"], "the demo days are the final 48 hours");
    let events = json_of(&["list", "event", "--json"]);
    assert_eq!(events[0]["start_date"], "2025-11-11");
    assert_eq!(events[0]["end_date"], "2025-11-14");
}

/// The programme is listed by when it happens, with its times, in plain output and JSON alike.
#[test]
fn list_schedule_is_in_time_order_with_times() {
    let plain = stdout_of(&["list", "schedule"]);
    let names: Vec<&str> = plain.lines().map(|line| columns(line)[1]).collect();
    assert_eq!(
        names,
        [
            "Exhibition day 1",
            "Exhibition day 2",
            "Demo day 1",
            "Exhibition day 3",
            "Demo day 2",
            "Exhibition day 4"
        ]
    );
    assert!(plain.lines().all(|line| line.contains("all day")), "{plain}");
    let json = json_of(&["list", "schedule", "--json"]);
    let ids: Vec<&str> =
        json.as_array().expect("an array").iter().filter_map(|r| r["id"].as_str()).collect();
    let plain_ids: Vec<&str> = plain.lines().map(|line| columns(line)[0]).collect();
    assert_eq!(ids, plain_ids, "--json in the same order");

    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("e.toml"),
        "[[event]]\nid = \"e\"\nname = \"E\"\nstart_date = 2030-05-02\n\
         [[event.schedule]]\nid = \"late\"\nname = \"Late\"\nday = 2030-05-02\nstart_time = 23:30\nend_time = 00:30\n\
         [[event.schedule]]\nid = \"early\"\nname = \"Early\"\nday = 2030-05-02\nstart_time = 09:00\nend_time = 10:00\n",
    )
    .expect("write");
    let data = dir.path().to_string_lossy().into_owned();
    let plain = stdout_of(&["list", "schedule", "--data", &data]);
    let rows: Vec<Vec<&str>> = plain.lines().map(columns).collect();
    assert_eq!(rows[0][0], "early");
    assert!(rows[0][2].contains("09:00–10:00"), "{plain}");
    assert!(rows[1][2].contains("23:30–00:30 next day"), "{plain}");
    // The card says so too, where it spells out the end.
    let card = stdout_of(&["show", "late", "--data", &data]);
    assert!(
        card.lines().any(|l| l.trim_start().starts_with("Ends") && l.ends_with("00:30 next day")),
        "{card}"
    );
}

/// One long name must not make every row of `list` as wide as it: columns are cut with `…` to
/// 120 cells in a pipe (or `$COLUMNS`), by display width; `--json` has the whole value.
#[test]
fn list_fits_its_columns_to_the_width_and_json_keeps_the_whole_value() {
    use unicode_width::UnicodeWidthStr;
    let dir = tempfile::tempdir().expect("temp dir");
    let long = "Very Long Name ".repeat(60);
    let wide = "北京防务".repeat(50);
    std::fs::write(
        dir.path().join("c.toml"),
        format!(
            "[[company]]\nid = \"long\"\nname = \"{long}\"\nsources = [\"t\"]\n\
             [[company]]\nid = \"wide\"\nname = \"{wide}\"\nsources = [\"t\"]\n\
             [[company]]\nid = \"short\"\nname = \"Short\"\nsources = [\"t\"]\n"
        ),
    )
    .expect("write fixture");
    let list = |columns: Option<&str>| {
        let mut command = showfloor();
        command.args(["list", "company", "--data"]).arg(dir.path()).env_remove("COLUMNS");
        if let Some(columns) = columns {
            command.env("COLUMNS", columns);
        }
        let output = command.output().expect("runs");
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stdout).expect("UTF-8")
    };
    for (columns, width) in [(None, 120), (Some("60"), 60)] {
        let out = list(columns);
        assert_eq!(out.lines().count(), 3, "{out}");
        for line in out.lines() {
            assert!(line.width() <= width, "{} cells: {line}", line.width());
        }
        let long_line = out.lines().find(|l| l.starts_with("long")).expect("the long row");
        assert!(long_line.contains("Very Long Name") && long_line.ends_with('…'), "{long_line}");
        let wide_line = out.lines().find(|l| l.starts_with("wide")).expect("the wide row");
        assert!(wide_line.contains("北京") && wide_line.ends_with('…'), "{wide_line}");
        assert!(out.contains("short  Short"), "{out}");
    }
    let json =
        json_of(&["list", "company", "--json", "--data", dir.path().to_str().expect("UTF-8")]);
    let names: Vec<&str> =
        json.as_array().expect("array").iter().filter_map(|c| c["name"].as_str()).collect();
    assert!(names.contains(&long.trim_end()) || names.contains(&long.as_str()), "{names:?}");
    assert!(names.contains(&wide.as_str()));
}

#[test]
fn show_names_the_delegations_interested_in_a_company_or_a_country_through_its_products() {
    let small = ["--data", "tests/fixtures/small"];
    let shown = json_of(&[&small[..], &["show", "skoda-defence", "--json"]].concat());
    assert_eq!(shown["interested"][0]["delegation"]["id"], "czech-delegation");
    assert_eq!(shown["interested"][0]["via"][0]["id"], "rys", "the delegation names Rys");
    let turkey = json_of(&[&small[..], &["show", "turkey", "--json"]].concat());
    assert_eq!(turkey["interested"][0]["via"][0]["name"], "Anatolia Dynamics");
    let plain = stdout_of(&[&small[..], &["show", "skoda-defence"]].concat());
    let section = plain.split("Delegations interested\n").nth(1).expect("the section");
    assert_eq!(
        columns(section.lines().next().expect("a line")),
        ["czech-delegation", "Czech delegation", "via Rys"]
    );
    // And a delegation is found by what it wants and who is in it.
    for filter in ["interests=rys", "members=jana maiga"] {
        let listed = stdout_of(&[&small[..], &["list", "delegation", "--where", filter]].concat());
        assert!(listed.starts_with("czech-delegation "), "{filter}: {listed}");
    }
}

/// A record's confidence is a word of the reader's language on `show`'s card, as on the page.
#[test]
fn show_says_the_confidence_in_the_reader_s_words() {
    let line = |args: &[&str]| -> String {
        let output = showfloor().args(args).output().expect("runs");
        let out = String::from_utf8(output.stdout).expect("UTF-8");
        out.lines().find(|l| l.contains("Confiden") || l.contains("Fiabilit")).unwrap_or("").into()
    };
    assert_eq!(
        line(&["show", "kargu"]).split_whitespace().collect::<Vec<_>>(),
        ["Confidence", "medium"]
    );
    assert_eq!(
        line(&["--lang", "fr", "show", "kargu"]).split_whitespace().collect::<Vec<_>>(),
        ["Fiabilité", "moyenne"]
    );
}

/// Lists sort numbers in names as numbers: "Company 2" before "Company 10".
#[test]
fn lists_sort_numbers_in_names_as_numbers() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text: String = [10, 2, 1, 12]
        .iter()
        .map(|n| format!("[[company]]\nid = \"c{n}\"\nname = \"Company {n}\"\nsources = [\"t\"]\n"))
        .collect();
    std::fs::write(dir.path().join("c.toml"), text).expect("write");
    let output = showfloor()
        .arg("--data")
        .arg(dir.path())
        .args(["list", "company", "--json"])
        .output()
        .expect("runs");
    let found: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let names: Vec<&str> =
        found.as_array().expect("an array").iter().filter_map(|r| r["name"].as_str()).collect();
    assert_eq!(names, ["Company 1", "Company 2", "Company 10", "Company 12"]);
}
