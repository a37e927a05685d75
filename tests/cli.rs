//! The command line, run as a user runs it: the real binary, on fixtures and on the embedded
//! BAMEX catalogue.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn showfloor() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_showfloor"));
    command.current_dir(env!("CARGO_MANIFEST_DIR"));
    command
}

fn json_of(args: &[&str]) -> Value {
    let output = showfloor().args(args).output().expect("the binary runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("valid JSON")
}

/// The cells of an aligned plain-output line (columns are separated by two or more spaces).
fn columns(line: &str) -> Vec<&str> {
    line.split("  ").map(str::trim).filter(|cell| !cell.is_empty()).collect()
}

fn stdout_of(args: &[&str]) -> String {
    let output = showfloor().args(args).output().expect("the binary runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

#[test]
fn the_embedded_catalogue_opens_from_any_directory() {
    let elsewhere = tempfile::tempdir().expect("temp dir");
    Command::new(env!("CARGO_BIN_EXE_showfloor"))
        .current_dir(elsewhere.path())
        .arg("info")
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "BAMEX 2025\nBamako · Tue 11 Nov 2025 – Fri 14 Nov 2025",
        ))
        .stdout(predicate::str::contains("Companies      4"));
}

#[test]
fn the_browser_refuses_without_a_terminal_and_says_what_to_use() {
    showfloor()
        .write_stdin("")
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("the browser needs a terminal"))
        .stderr(predicate::str::contains("showfloor search QUERY"));
}

#[test]
fn the_embedded_catalogue_checks_clean() {
    showfloor()
        .arg("check")
        .assert()
        .success()
        .stderr("")
        .stdout(predicate::str::contains("0 error(s), 0 warning(s)"));
}

/// Under a process limit (root ignores `ulimit -u`, so the debug build's fault injection stands
/// in) the loader's workers run on the main thread: the same answer, no panic.
#[test]
fn without_threads_check_and_search_answer_the_same() {
    for args in [&["check", "--data", "tests/fixtures/broken"][..], &["search", "tb2"][..]] {
        let usual = showfloor().args(args).output().expect("the binary runs");
        let alone = showfloor()
            .args(args)
            .env("SHOWFLOOR_TEST_NO_THREAD", "scan")
            .output()
            .expect("the binary runs");
        assert_eq!(alone.status.code(), usual.status.code(), "{args:?}");
        assert_eq!(alone.stdout, usual.stdout, "{args:?}");
        assert!(!String::from_utf8_lossy(&alone.stderr).contains("panicked"));
    }
}

#[test]
fn check_reports_every_problem_with_its_place_and_fails() {
    let dir = "tests/fixtures/broken";
    let expected = [
        "tests/fixtures/broken/a-companies.toml:4:11: error: `sectors` must be an array of strings, found a string",
        "tests/fixtures/broken/a-companies.toml:8:6: error: invalid id `Acme Two`: ids use only lower-case ASCII letters, digits and `-` (for example `acme-two`)",
        "tests/fixtures/broken/b-systems.toml:1:1: error: system is missing required field `maker`",
        "tests/fixtures/broken/b-systems.toml:4:1: error: unknown field `maket` in system, expected one of `id`, `name`, `aliases`, `maker`, `category`, `domain`, `specs`, `operators`, `summary`, `tags`, `related`, `sources`, `confidence`, `as_of`; did you mean `maker`?",
        "tests/fixtures/broken/b-systems.toml:10:9: error: `maker` refers to unknown company `acmee`; did you mean `acme`?",
        "tests/fixtures/broken/b-systems.toml:14:6: error: duplicate id `acme`: already used by company `Acme` at tests/fixtures/broken/a-companies.toml:2:6",
        "tests/fixtures/broken/c-syntax.toml:1:1: warning: delegation `d` has no sources: say where its facts come from",
        "tests/fixtures/broken/c-syntax.toml:4:8: error: TOML syntax: string values must be quoted, expected literal string (at `rocket`)",
    ];
    let output = showfloor().args(["check", "--data", dir]).output().expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).expect("UTF-8");
    assert_eq!(stderr.lines().collect::<Vec<_>>(), expected);
    let stdout = String::from_utf8(output.stdout).expect("UTF-8");
    assert_eq!(stdout, "checked 3 file(s), 4 record(s): 7 error(s), 1 warning(s)\n");
}

#[test]
fn data_is_a_global_option_before_or_after_the_command() {
    for args in
        [["--data", "tests/fixtures/small", "check"], ["check", "--data", "tests/fixtures/small"]]
    {
        showfloor().args(args).assert().success().stdout(predicate::str::contains("9 record(s)"));
    }
}

#[test]
fn repeated_data_merges_catalogues_and_links_across_them() {
    let shown = json_of(&[
        "--data",
        "tests/fixtures/merge-a",
        "--data",
        "tests/fixtures/merge-b",
        "show",
        "north-works",
        "--json",
    ]);
    assert_eq!(shown["backlinks"][0]["id"], "fjord");
    assert_eq!(shown["backlinks"][0]["field"], "maker");
}

#[test]
fn a_missing_catalogue_directory_is_a_clear_error() {
    showfloor()
        .args(["--data", "tests/fixtures/no-such-dir", "check"])
        .assert()
        .code(1)
        .stderr("tests/fixtures/no-such-dir:1:1: error: no such catalogue directory or file\n");
}

#[test]
fn queries_refuse_a_broken_catalogue_and_say_why() {
    showfloor()
        .args(["--data", "tests/fixtures/broken", "list", "company"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("a-companies.toml:4:11: error:"))
        .stderr(predicate::str::ends_with(
            "error: the catalogue has 7 error(s), each printed above; fix them, or add \
             --keep-going to use it without what they leave out\n",
        ));
}

/// `info` (like every query) prints each error once, then says so once, without sending the
/// reader to `check` for what is already on the screen.
#[test]
fn a_broken_catalogue_is_reported_once_without_contradiction() {
    let output =
        showfloor().args(["--data", "tests/fixtures/broken", "info"]).output().expect("runs");
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(output.stdout, b"");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 8, "seven errors and one summary: {stderr}");
    let mut diagnostics = lines[..7].to_vec();
    diagnostics.dedup();
    assert_eq!(diagnostics.len(), 7, "each error once: {stderr}");
    assert!(lines[..7].iter().all(|line| line.contains(": error: ")), "{stderr}");
    assert_eq!(
        lines[7],
        "error: the catalogue has 7 error(s), each printed above; fix them, or add --keep-going \
         to use it without what they leave out"
    );
    assert!(!stderr.contains("showfloor check"), "{stderr}");
}

#[test]
fn keep_going_answers_from_a_broken_catalogue_after_printing_its_errors() {
    let output = showfloor()
        .args(["--data", "tests/fixtures/broken", "--keep-going", "list", "system", "--json"])
        .output()
        .expect("runs");
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.matches(": error: ").count(), 7, "every error, first: {stderr}");
    assert!(
        stderr.ends_with(
            "warning: going on without what these 7 error(s) leave out (--keep-going)\n"
        ),
        "{stderr}"
    );
    // Both systems lost their maker (one misspelt the key, one named no such company); the
    // person whose id was already taken, and the company with an invalid id, are left out.
    let systems: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let ids: Vec<&str> =
        systems.as_array().expect("array").iter().map(|s| s["id"].as_str().expect("id")).collect();
    assert_eq!(ids, ["anvil", "rocket"]);
    assert!(systems[0].get("maker").is_none(), "{systems}");
    let companies =
        stdout_of(&["--data", "tests/fixtures/broken", "--keep-going", "list", "company"]);
    assert_eq!(companies, "acme  Acme\n");
    // check is unmoved by it: the catalogue is still broken.
    showfloor().args(["--data", "tests/fixtures/broken", "--keep-going", "check"]).assert().code(1);
}

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
    let summary = france["summary"].as_str().expect("France has a summary");
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

const FORBIDDEN: [char; 9] =
    ['\u{1b}', '\u{7}', '\u{8}', '\u{7f}', '\u{9b}', '\u{202e}', '\u{200b}', '\r', '\u{0}'];

fn assert_inert(output: &[u8]) {
    let text = String::from_utf8_lossy(output);
    for c in FORBIDDEN {
        assert!(!text.contains(c), "U+{:04X} reached the terminal in {text:?}", c as u32);
    }
}

#[test]
fn plain_output_never_passes_control_characters_through() {
    let data = "tests/fixtures/hostile";
    for args in [
        vec!["--data", data, "show", "evil"],
        vec!["--data", data, "list", "company"],
        vec!["--data", data, "list", "country"],
        vec!["--data", data, "search", "evil"],
        vec!["--data", data, "info"],
        vec!["--data", data, "show", "nothing-like-it"],
    ] {
        let output = showfloor().args(&args).output().expect("runs");
        assert_inert(&output.stdout);
        assert_inert(&output.stderr);
    }
    let shown = stdout_of(&["--data", data, "show", "evil"]);
    assert!(shown.starts_with("Evil^[[2J^[]0;pwned^G Corp\n"), "{shown}");
}

#[test]
fn json_output_keeps_the_data_exact() {
    let shown = json_of(&["--data", "tests/fixtures/hostile", "show", "evil", "--json"]);
    assert_eq!(shown["name"], "Evil\u{1b}[2J\u{1b}]0;pwned\u{7} Corp\u{202e}");
    assert_eq!(shown["summary"], "line one\nline two\u{1b}]52;c;aGVsbG8=\u{7} and\ttab");
}

#[test]
fn diagnostics_quoting_hostile_text_are_inert() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("x.toml"),
        "[[company]]\nid = \"a\"\nname = \"A\"\n\"\\u001b[2Jevil\" = 1\n",
    )
    .expect("write fixture");
    let output = showfloor().args(["check", "--data"]).arg(dir.path()).output().expect("runs");
    assert_eq!(output.status.code(), Some(1));
    assert_inert(&output.stderr);
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("unknown field `^[[2Jevil` in company")
    );
}

#[cfg(unix)]
#[test]
fn symlink_loops_and_directories_named_like_files_are_handled() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    std::fs::write(
        root.join("a.toml"),
        "[[company]]\nid = \"a\"\nname = \"A\"\nsources = [\"t\"]\n",
    )
    .expect("write");
    std::fs::create_dir(root.join("x.toml")).expect("a directory named like a catalogue file");
    std::fs::create_dir(root.join(".hidden")).expect("mkdir");
    std::fs::write(root.join(".hidden/b.toml"), "not toml at all").expect("write");
    std::os::unix::fs::symlink(root, root.join("loop")).expect("symlink");
    let output = showfloor().args(["check", "--data"]).arg(root).output().expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("loop:1:1: error: symbolic link loop"), "{stderr}");
    assert!(String::from_utf8_lossy(&output.stdout).contains("1 file(s), 1 record(s)"));
}

fn plan_state() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("state.toml"),
        "version = 1\ncatalogue = \"bamex-2025\"\nmarks = [\"bamex-2025-demo-day-1\", \"baykar\"]\n\n\
         [notes.baykar]\ntext = \"Ask about exports\"\nedited = \"2025-11-13T10:00:00Z\"\n",
    )
    .expect("write state");
    dir
}

#[test]
fn export_plan_writes_markdown_icalendar_and_json() {
    let dir = plan_state();
    let state = dir.path().join("state.toml");
    let state = state.to_str().expect("UTF-8 path");
    let md = stdout_of(&["export", "plan", "--state", state]);
    assert!(md.starts_with("# My plan: BAMEX 2025\n"), "{md}");
    assert!(md.contains("### Baykar\n") && md.contains("> Ask about exports\n"), "{md}");

    let ics_file = dir.path().join("plan.ics");
    showfloor()
        .args(["export", "plan", "--format", "ics", "--state", state, "--out"])
        .arg(&ics_file)
        .assert()
        .success()
        .stdout("");
    let ics = std::fs::read_to_string(&ics_file).expect("written");
    let unfolded = icalendar::parser::unfold(&ics);
    let calendar: icalendar::Calendar =
        icalendar::parser::read_calendar(&unfolded).expect("valid").into();
    assert_eq!(calendar.events().count(), 1, "the one marked schedule item");

    let json = json_of(&["export", "plan", "--format", "json", "--state", state]);
    assert_eq!(json["items"][1]["note"]["text"], "Ask about exports");
}

#[test]
fn export_plan_with_no_state_yet_is_an_empty_plan() {
    // The default state file, in a data directory where nothing was marked yet.
    let dir = tempfile::tempdir().expect("temp dir");
    let output = showfloor()
        .env("XDG_DATA_HOME", dir.path())
        .env("HOME", dir.path())
        .args(["export", "plan"])
        .output()
        .expect("runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let out = String::from_utf8_lossy(&output.stdout);
    assert!(out.contains("0 record(s) marked or noted"), "{out}");
}

#[test]
fn the_fictional_floor_plan_example_checks_clean_and_links_stands() {
    showfloor()
        .args(["--data", "examples/floorplan-demo", "check"])
        .assert()
        .success()
        .stderr("")
        .stdout(predicate::str::contains("0 error(s), 0 warning(s)"));
    let pavilion = json_of(&["--data", "examples/floorplan-demo", "show", "stand-b1", "--json"]);
    assert_eq!(pavilion["kind"], "stand");
    assert_eq!(pavilion["hall"], "hall-b");
    assert_eq!(pavilion["companies"], serde_json::json!(["delta-radio", "ember-power"]));
    let event = json_of(&["--data", "examples/floorplan-demo", "list", "event", "--json"]);
    assert!(event[0]["name"].as_str().expect("a name").contains("fictional"), "labelled fictional");
}

#[test]
fn diff_reports_two_editions_field_by_field() {
    let old = "tests/fixtures/editions/old";
    let new = "tests/fixtures/editions/new";
    let out = stdout_of(&["diff", old, new]);
    assert_eq!(
        out,
        "added    company  newco  Newco\n\
         removed  company  gone   Gone Ltd\n\
         changed  company acme (Acme Defence Systems)\n    \
         name: Acme Defence → Acme Defence Systems\n    \
         stand: A9 → B2\n\
         changed  system hawk (Hawk)\n    \
         specs.endurance: 20 h → 24 h\n    \
         specs.ceiling: 5,000 m → (none)\n\
         1 added, 1 removed, 2 changed\n"
    );
    let found = json_of(&["diff", old, new, "--json"]);
    assert_eq!(found["added"][0]["id"], "newco");
    assert_eq!(found["removed"][0]["id"], "gone");
    assert_eq!(found["changed"][1]["changes"][1]["field"], "specs.ceiling");
    assert_eq!(found["changed"][1]["changes"][1]["new"], Value::Null);

    // A broken edition is reported, not compared.
    let output = showfloor().args(["diff", old, "tests/fixtures/broken"]).output().expect("runs");
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("error: the catalogue has"));
}

#[test]
fn export_list_writes_the_filtered_list_as_csv_json_or_markdown() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("baykar.csv");
    let output = showfloor()
        .args(["export", "list", "system", "--where", "maker=Baykar", "--out"])
        .arg(&file)
        .output()
        .expect("runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let mut reader = csv::Reader::from_path(&file).expect("a CSV file");
    let names: Vec<String> =
        reader.records().map(|row| row.expect("a row")[1].to_owned()).collect();
    assert_eq!(names, vec!["Akinci", "Bayraktar TB2"]);

    let json = json_of(&["export", "list", "company", "--format", "json"]);
    assert_eq!(json.as_array().map(Vec::len), Some(4));
    assert_eq!(json[0]["country"], "Türkiye");

    let md = stdout_of(&[
        "export",
        "list",
        "organisation",
        "--where",
        "category=alliance",
        "--format",
        "md",
    ]);
    // The dossier says how its records were chosen: its reader cannot see the command line.
    assert!(
        md.starts_with(
            "# Organisations (1)\n\nOnly those with category: alliance.\n\n## Alliance of Sahel States (AES)\n"
        ),
        "{md}"
    );
}

#[test]
fn compare_sets_records_side_by_side_and_marks_differences() {
    let out = stdout_of(&["compare", "bayraktar-tb2", "akinci"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(columns(lines[0]), vec!["Bayraktar TB2", "Akinci"]);
    assert_eq!(columns(lines[1]), vec!["Maker", "Baykar", "Baykar"], "the same maker: no ≠");
    assert!(lines.iter().any(|l| columns(l) == vec!["≠", "endurance (max)", "27 h", "—"]), "{out}");

    let found = json_of(&["compare", "bayraktar-tb2", "akinci", "kargu", "--json"]);
    assert_eq!(found["records"][2]["id"], "kargu");
    assert_eq!(found["rows"][0]["label"], "Maker");
    assert_eq!(found["rows"][0]["differs"], true);

    let output = showfloor().args(["compare", "akinci", "nope"]).output().expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let five = ["compare", "a", "b", "c", "d", "e"];
    assert_eq!(showfloor().args(five).output().expect("runs").status.code(), Some(2));
}

/// `completions bash` prints a script that bash can load and that completes commands and the
/// options of each: asked for `showfloor li<Tab>` it offers `list`.
#[test]
fn bash_completion_completes_commands_and_options() {
    let binary = assert_cmd::cargo::cargo_bin("showfloor");
    let script = r#"
        source <("$SHOWFLOOR" completions bash)
        COMP_WORDS=(showfloor li); COMP_CWORD=1; COMP_LINE="showfloor li"; COMP_POINT=12
        _showfloor showfloor li showfloor
        echo "commands: ${COMPREPLY[*]}"
        COMP_WORDS=(showfloor list --); COMP_CWORD=2; COMP_LINE="showfloor list --"; COMP_POINT=17
        _showfloor showfloor -- list
        echo "options: ${COMPREPLY[*]}"
    "#;
    let output = std::process::Command::new("bash")
        .args(["-c", script])
        .env("SHOWFLOOR", &binary)
        .output()
        .expect("bash runs");
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("commands: list\n"), "{text}");
    let options = text.lines().find(|l| l.starts_with("options:")).expect("options line");
    for option in ["--where", "--json", "--data", "--keep-going"] {
        assert!(options.split_whitespace().any(|o| o == option), "{option} in {options}");
    }
    for shell in ["zsh", "fish"] {
        let script = stdout_of(&["completions", shell]);
        assert!(script.contains("showfloor") && script.contains("keep-going"), "{shell}");
    }
}

/// The ids `showfloor search QUERY --json` prints, best first.
fn found(query: &str) -> Vec<String> {
    let hits = json_of(&["search", query, "--json", "--limit", "0"]);
    hits.as_array()
        .expect("an array")
        .iter()
        .map(|hit| hit["id"].as_str().expect("an id").to_owned())
        .collect()
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
    for (typed, _) in showfloor::search::SYNTAX {
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

/// `--state /dev/null` is how people say "save nothing": the null device (a node of it made in
/// a temporary directory, never the system's own) is read as no state, never renamed.
#[test]
fn state_on_the_null_device_saves_nothing_and_harms_nothing() {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().expect("temp");
    let null = dir.path().join("null");
    let c_path = CString::new(null.as_os_str().as_bytes()).expect("path");
    // SAFETY: a valid C string, mode and device number (1:3, the null device).
    let made = unsafe { libc::mknod(c_path.as_ptr(), libc::S_IFCHR | 0o600, libc::makedev(1, 3)) };
    if made != 0 {
        eprintln!("cannot make a device node here (not root?); skipped");
        return;
    }
    let null_arg = null.to_string_lossy().into_owned();
    let assert = showfloor()
        .args(["--state", &null_arg, "export", "plan", "--format", "json"])
        .assert()
        .success();
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert_eq!(stderr.matches("not saved").count(), 1, "said once: {stderr}");
    assert!(fs_kind_is_char_device(&null), "the device is still there");
    let names: Vec<_> = std::fs::read_dir(dir.path()).expect("dir").flatten().collect();
    assert_eq!(names.len(), 1, "nothing was written beside it");

    // A FIFO is refused with a clear error, at once.
    let fifo = dir.path().join("fifo");
    let c_fifo = CString::new(fifo.as_os_str().as_bytes()).expect("path");
    // SAFETY: a valid C string and mode.
    assert_eq!(unsafe { libc::mkfifo(c_fifo.as_ptr(), 0o600) }, 0);
    showfloor()
        .args(["--state", &fifo.to_string_lossy(), "export", "plan"])
        .timeout(std::time::Duration::from_secs(20))
        .assert()
        .failure()
        .stderr(predicate::str::contains("is a FIFO, not a regular file"));
    assert!(std::fs::symlink_metadata(&fifo).expect("fifo").file_type().is_fifo());

    fn fs_kind_is_char_device(path: &std::path::Path) -> bool {
        std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_char_device())
    }
}

/// CSV read through a pipe reaches a terminal (`| head`): the hostile catalogue's escapes are
/// shown, never sent, and nothing a spreadsheet would run starts a cell.
#[test]
fn a_piped_csv_export_carries_nothing_a_terminal_or_spreadsheet_would_run() {
    let out = stdout_of(&["--data", "tests/fixtures/hostile", "export", "list", "company"]);
    assert!(!out.is_empty());
    assert!(!out.chars().any(|c| c.is_control() && c != '\n' && c != '\r'), "{out:?}");
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    for row in reader.records() {
        let row = row.expect("parses");
        assert!(row.iter().all(|cell| !cell.starts_with(['=', '+', '-', '@'])), "{row:?}");
    }
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

/// `--out DIR` before a command is the browser's export folder: a command given it would
/// write somewhere the user did not mean, so it is refused, saying what to write instead.
#[test]
fn the_browsers_export_folder_is_not_taken_for_a_commands_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    showfloor()
        .arg("--out")
        .arg(dir.path())
        .args(["export", "plan"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("sets the browser's export folder"));
    assert_eq!(std::fs::read_dir(dir.path()).expect("list").count(), 0, "nothing written");
}

/// An I/O error says what was being done and to which path, not only the system's reason.
#[test]
fn a_failed_write_names_the_file_and_what_was_being_done() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("no-such-folder").join("x.csv");
    let expected =
        format!("error: cannot write {}: No such file or directory\n", missing.display());
    showfloor()
        .args(["export", "list", "system", "--out"])
        .arg(&missing)
        .assert()
        .code(1)
        .stdout("")
        .stderr(expected.clone());
    let state = dir.path().join("state.toml");
    std::fs::write(&state, "version = 1\n").expect("a state file");
    showfloor()
        .args(["export", "plan", "--state"])
        .arg(&state)
        .arg("--out")
        .arg(&missing)
        .assert()
        .code(1)
        .stderr(expected);
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_standard_output_is_named_as_such() {
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").expect("/dev/full");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_showfloor"))
        .args(["list", "company"])
        .stdout(full)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr, "error: cannot write to standard output: No space left on device\n");
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

/// The ids of the JSON records `args` prints, and the exit code.
fn ids_and_code(args: &[&str]) -> (Vec<String>, Option<i32>) {
    let output = showfloor().args(args).output().expect("runs");
    let found: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let ids = found.as_array().expect("array").iter().filter_map(|r| r["id"].as_str());
    (ids.map(str::to_owned).collect(), output.status.code())
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

/// `export list --format json` and `diff --json` write values as `list --json` does: arrays as
/// arrays, references as ids (a country by its name), never joined into "a; b".
#[test]
fn json_keeps_arrays_and_references_in_every_command() {
    let listed = stdout_of(&["list", "system", "--json"]);
    let exported = stdout_of(&["export", "list", "system", "--format", "json"]);
    assert_eq!(exported, listed, "one encoder");
    let systems: Value = serde_json::from_str(&exported).expect("JSON");
    let tb2 = systems
        .as_array()
        .expect("array")
        .iter()
        .find(|s| s["id"] == "bayraktar-tb2")
        .expect("TB2");
    assert_eq!(tb2["operators"], serde_json::json!(["Mali", "fama"]));
    assert_eq!(tb2["maker"], "baykar");
    assert!(tb2["tags"].is_array(), "{tb2}");

    let dir = tempfile::tempdir().expect("temp dir");
    let edition = |name: &str, sectors: &str, maker: &str, operators: &str| {
        let path = dir.path().join(name);
        std::fs::create_dir(&path).expect("mkdir");
        std::fs::write(
            path.join("c.toml"),
            format!(
                "[[company]]\nid = \"acme\"\nname = \"Acme\"\nsectors = {sectors}\nsources = [\"t\"]\n\
                 [[company]]\nid = \"beta\"\nname = \"Beta\"\nsources = [\"t\"]\n\
                 [[system]]\nid = \"hawk\"\nname = \"Hawk\"\nmaker = \"{maker}\"\n\
                 operators = {operators}\nspecs = {{ mass = 12 }}\nsources = [\"t\"]\n"
            ),
        )
        .expect("write");
        path
    };
    let old = edition("old", r#"["radars"]"#, "acme", r#"["Mali"]"#);
    let new = edition("new", r#"["radars", "drones"]"#, "beta", r#"["Mali", "Niger"]"#);
    let output = showfloor().arg("diff").arg(&old).arg(&new).arg("--json").output().expect("runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let found: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let change = |id: &str, field: &str| -> Value {
        let record = found["changed"]
            .as_array()
            .expect("changed")
            .iter()
            .find(|c| c["id"] == id)
            .unwrap_or_else(|| panic!("{id} changed: {found}"));
        let changes = record["changes"].as_array().expect("changes");
        let change = changes.iter().find(|c| c["field"] == field);
        change.unwrap_or_else(|| panic!("{field}: {record}")).clone()
    };
    assert_eq!(
        change("acme", "sectors"),
        serde_json::json!({"field": "sectors", "old": ["radars"], "new": ["radars", "drones"]})
    );
    assert_eq!(
        change("hawk", "operators"),
        serde_json::json!({"field": "operators", "old": ["Mali"], "new": ["Mali", "Niger"]})
    );
    assert_eq!(
        change("hawk", "maker"),
        serde_json::json!({"field": "maker", "old": "acme", "new": "beta"})
    );
    // The plain diff is unchanged: text for people.
    let plain = String::from_utf8(
        showfloor().arg("diff").arg(&old).arg(&new).output().expect("runs").stdout,
    )
    .expect("UTF-8");
    assert!(plain.contains("    sectors: radars → radars, drones\n"), "{plain}");
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

/// `export --out` writes a file whole, follows a link to its target, and never treats a device
/// as a file: /dev/null is refused, by name, and left as it was.
#[test]
fn export_out_writes_whole_files_only() {
    let dir = tempfile::tempdir().expect("temp dir");
    let real = dir.path().join("systems.csv");
    std::fs::write(&real, "old").expect("write");
    let link = dir.path().join("latest.csv");
    std::os::unix::fs::symlink(&real, &link).expect("symlink");
    showfloor().args(["export", "list", "system", "--out"]).arg(&link).assert().success();
    assert!(std::fs::read_to_string(&real).expect("read").starts_with("id,name"));
    assert!(std::fs::symlink_metadata(&link).expect("link").file_type().is_symlink());
    showfloor().args(["export", "list", "system", "--out", "/dev/null"]).assert().failure().stderr(
        predicate::str::contains(
            "cannot write /dev/null: it is a character device, not a regular file",
        ),
    );
    use std::os::unix::fs::FileTypeExt as _;
    assert!(std::fs::metadata("/dev/null").expect("there").file_type().is_char_device());
}

/// `export plan --state` with a path that is not there is a mistyped path: an error naming it,
/// not an empty plan with success.
#[test]
fn exporting_the_plan_from_a_missing_state_file_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("stat.toml");
    showfloor()
        .args(["export", "plan", "--state"])
        .arg(&missing)
        .assert()
        .failure()
        .stdout("")
        .stderr(predicate::str::contains(format!("no state file at {}", missing.display())));
    assert!(!missing.exists(), "nothing made");
}
