//! search and --where: what it finds, how it ranks, what it says when nothing matches.

use super::*;

#[test]
fn search_ignores_case_and_accents_and_ranks_names_first() {
    let hits = json_of(&["search", "maiga", "--json"]);
    assert_eq!(hits[0]["id"], "abdoulaye-maiga");
    assert_eq!(hits[0]["kind"], "person");
    assert_eq!(hits[0]["name"], "Abdoulaye Maïga");
    assert!(hits[0]["score"].as_i64().expect("a number") > 0);
    assert_eq!(hits[0]["matched"], "name");

    let hits = json_of(&["--data", "tests/fixtures/small", "search", "skoda", "--json"]);
    assert_eq!(hits[0]["id"], "skoda-defence");
    let hits = json_of(&["search", "turkiye", "--json"]);
    assert_eq!(hits[0]["id"], "country:turkiye");
}

#[test]
fn search_finds_records_by_alias_and_says_which() {
    // The report calls the SSB "Turkish Defense Industries Secretariat"; the record's name is
    // the British spelling, and the report's is one of its aliases.
    let hits = json_of(&["search", "fama", "--json"]);
    assert_eq!(hits[0]["id"], "fama");
    let hits = json_of(&["search", "turkish defense", "--json"]);
    assert_eq!(hits[0]["id"], "ssb");
    assert_eq!(hits[0]["matched"], "alias");
    assert_eq!(hits[0]["alias"], "Turkish Defense Industries Secretariat");
    let out = stdout_of(&["search", "turkish defense"]);
    assert!(
        out.contains("aka Turkish Defense Industries Secretariat · government agency"),
        "{out}"
    );
}

#[test]
fn where_narrows_lists_and_searches_by_facet_values() {
    let ids = |value: Value| -> Vec<String> {
        value
            .as_array()
            .expect("array")
            .iter()
            .map(|r| r["id"].as_str().expect("id").to_owned())
            .collect()
    };
    // The issue's own question: Turkish loitering munitions (a system's country is its maker's).
    let found = json_of(&[
        "list",
        "system",
        "--where",
        "country=turkiye",
        "--where",
        "category=Loitering Munition",
        "--json",
    ]);
    assert_eq!(ids(found), vec!["kargu"]);
    // Alternatives within a field, in a search.
    let found = json_of(&[
        "search",
        "a",
        "--kind",
        "system",
        "--where",
        "maker=Baykar",
        "--where",
        "maker=STM",
        "--json",
    ]);
    let mut found = ids(found);
    found.sort();
    assert_eq!(found, vec!["akinci", "bayraktar-tb2", "kargu"]);
}

#[test]
fn where_with_an_unknown_field_or_value_names_the_known_ones() {
    let output =
        showfloor().args(["list", "system", "--where", "makr=Baykar"]).output().expect("runs");
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "error: cannot filter system by `makr` (did you mean `maker`?); the fields to filter by \
         are `country`, `maker`, `category`, `domain`, `operators`, `tags`\n"
    );
    let output =
        showfloor().args(["list", "company", "--where", "country=Türkiy"]).output().expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        stderr,
        "error: no company has `Türkiy` as its country (did you mean `Türkiye`?); the values are \
         `Türkiye`\n"
    );
    let output =
        showfloor().args(["list", "company", "--where", "country"]).output().expect("runs");
    assert!(String::from_utf8_lossy(&output.stderr).contains("`country` is not FIELD=VALUE"));
}

#[test]
fn search_filters_by_kind_and_limits() {
    let hits = json_of(&["search", "a", "--kind", "systems", "--limit", "2", "--json"]);
    let hits = hits.as_array().expect("an array");
    assert_eq!(hits.len(), 2);
    assert!(hits.iter().all(|hit| hit["kind"] == "system"));
    // What the limit cut is said only to a terminal (cli::query's unit test); a pipe asked.
    showfloor().args(["search", "a", "--limit", "2"]).assert().success().stderr("");
}

#[test]
fn plain_search_output_is_aligned_columns() {
    let out = stdout_of(&["search", "tb2"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(columns(lines[0])[..3], ["system", "bayraktar-tb2", "Bayraktar TB2"]);
    let name_column = lines[0].find("Bayraktar TB2").expect("name shown");
    for line in &lines {
        let name = columns(line)[2];
        assert_eq!(line.find(name), Some(name_column), "names line up: {out}");
    }
}

#[test]
fn search_reads_every_word_as_a_term_with_fzf_operators() {
    assert_eq!(found("maiga abdoulaye")[0], "abdoulaye-maiga");
    assert_eq!(found("tb2 bayraktar")[0], "bayraktar-tb2");
    assert_eq!(found("turkey")[0], "country:turkiye");
    let turkish_drones = found("turkish drone");
    for drone in ["bayraktar-tb2", "akinci", "kargu"] {
        assert!(turkish_drones[..5].contains(&drone.to_owned()), "{drone}: {turkish_drones:?}");
    }
    let counter = found("counter");
    let at = |id: &str| counter.iter().position(|x| x == id).expect("found");
    assert!(at("aselsan") < at("ecowas"), "{counter:?}");
    assert!(!found("drone !kargu").contains(&"kargu".to_owned()));
    assert_eq!(found("'tb2 | ^cobra").len(), found("'tb2").len() + found("^cobra").len());
}

#[test]
fn a_search_that_finds_nothing_says_so_and_exits_1() {
    showfloor()
        .args(["search", "tb2 zzzz"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("nothing matches `tb2 zzzz`"))
        .stderr(predicate::str::contains("try fewer words"));
    showfloor().args(["search", "zzzz", "--json"]).assert().code(1).stdout("[]\n");
    showfloor()
        .args(["search", "drone", "--where", "country=mali"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("with those --where filters"));
    let pasted = "zq ".repeat(2000) + "zx";
    let assert = showfloor().args(["search", &pasted]).assert().code(1);
    assert!(assert.get_output().stderr.len() < 300, "a pasted query is not echoed whole");
    // A typo in one word of a longer name still gets the name suggested.
    showfloor()
        .args(["show", "bayraktr"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("did you mean `Bayraktar TB2`"));
    // Operators alone ask for nothing: everything is listed.
    showfloor().args(["search", "!", "--limit", "3"]).assert().success();
    // Control characters in a query are shown escaped, never sent to the terminal.
    let assert = showfloor().args(["search", "\u{1b}]0;x\u{7}zz"]).assert().code(1);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(!stderr.contains('\u{1b}') && !stderr.contains('\u{7}'), "{stderr:?}");
}

#[test]
fn search_help_lists_the_query_syntax() {
    let out = stdout_of(&["search", "--help"]);
    for (typed, _) in showfloor::search::syntax() {
        assert!(out.contains(typed), "{typed} in search --help");
    }
    assert!(out.contains("showfloor search 'drone !kargu'"));
}

#[test]
fn a_query_that_is_not_utf8_is_refused_with_a_message() {
    use std::os::unix::ffi::OsStrExt;
    showfloor()
        .arg("search")
        .arg(std::ffi::OsStr::from_bytes(b"tb\xff2"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("invalid UTF-8"));
}

/// One rule for `--where` in list, search and export list: words match across hyphens and
/// spaces, an unknown field or a value no record has is the same error everywhere, and filters
/// that leave nothing together are an empty answer with exit status 1 everywhere.
#[test]
fn where_is_one_rule_in_list_search_and_export() {
    let list = |clause: &str| ids_and_code(&["list", "system", "--where", clause, "--json"]);
    let (drone, _) = list("tags=drone");
    assert!(drone.contains(&"aselsan-c-uas".to_owned()), "counter-drone holds drone: {drone:?}");
    for clause in ["tags=counter drone", "tags=Counter-Drone", "tags=counter   drone"] {
        assert_eq!(list(clause), (vec!["aselsan-c-uas".to_owned()], Some(0)), "{clause}");
    }
    let search = ids_and_code(&["search", "aselsan", "--where", "tags=counter drone", "--json"]);
    assert_eq!(search, (vec!["aselsan-c-uas".to_owned()], Some(0)));

    // The same mistake is the same error, with nothing printed, whatever the command.
    for (clause, error) in [
        (
            "makr=Baykar",
            "error: cannot filter system by `makr` (did you mean `maker`?); the fields to filter \
             by are `country`, `maker`, `category`, `domain`, `operators`, `tags`\n",
        ),
        ("country=mali", "error: no system has `mali` as its country; the values are `Türkiye`\n"),
    ] {
        for command in [
            &["list", "system"][..],
            &["export", "list", "system"][..],
            &["search", "a", "--kind", "system"][..],
        ] {
            showfloor()
                .args(command)
                .args(["--where", "maker=aselsan", "--where", clause])
                .assert()
                .code(1)
                .stdout("")
                .stderr(error);
        }
    }

    // Filters that each match but leave nothing together: an empty answer, said, exit 1.
    let apart = ["--where", "maker=baykar", "--where", "category=loitering munition"];
    let said = "error: no system matches all of maker: Baykar · category: loitering munition \
                together; each matches some alone\n";
    showfloor().args(["list", "system"]).args(apart).assert().code(1).stdout("").stderr(said);
    showfloor()
        .args(["list", "system", "--json"])
        .args(apart)
        .assert()
        .code(1)
        .stdout("[]\n")
        .stderr(said);
    let csv =
        showfloor().args(["export", "list", "system"]).args(apart).assert().code(1).stderr(said);
    assert_eq!(String::from_utf8_lossy(&csv.get_output().stdout).lines().count(), 1, "a header");
    showfloor()
        .args(["search", "a", "--kind", "system"])
        .args(apart)
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("with those --where filters"));
    // Across every kind Mali is a value (of people, organisations…): no drone is from there.
    showfloor()
        .args(["search", "drone", "--where", "country=mali"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("nothing matches `drone` with those --where filters"));
    showfloor()
        .args(["search", "drone", "--where", "colour=red"])
        .assert()
        .code(1)
        .stderr(predicate::str::starts_with("error: cannot filter records by `colour`"));
}

/// One table of kinds: the CLI takes the start of one kind's name as the search box does, says
/// what the start of several could mean in the box's words, and lists every kind it takes.
#[test]
fn kinds_are_read_by_one_table_with_prefixes_and_the_same_ambiguity_message() {
    assert_eq!(stdout_of(&["list", "sys"]), stdout_of(&["list", "system"]));
    assert_eq!(stdout_of(&["list", "Peo"]), stdout_of(&["list", "person"]));
    showfloor()
        .args(["list", "s"])
        .assert()
        .code(1)
        .stdout("")
        .stderr("error: s: could mean system, schedule, stand — type more letters\n");
    showfloor()
        .args(["search", "turk", "--kind", "co"])
        .assert()
        .code(1)
        .stderr("error: co: could mean company, country — type more letters\n");
    showfloor().args(["export", "list", "widget"]).assert().code(1).stderr(
        "error: unknown kind `widget`; the kinds are company, system, delegation, person, \
         organisation, country, event, schedule, hall, stand\n",
    );
    let stands = json_of(&["--data", "examples/floorplan-demo", "list", "stand", "--json"]);
    assert!(stands.as_array().is_some_and(|s| !s.is_empty()), "a listed kind is a real one");
    let help = stdout_of(&["list", "--help"]);
    assert!(help.contains("event, schedule, hall, stand"), "{help}");
}
