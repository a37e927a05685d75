//! Opening catalogues: the embedded one, --data, merging, and broken ones reported once.

use super::*;

#[test]
fn the_embedded_catalogue_opens_from_any_directory() {
    let elsewhere = tempfile::tempdir().expect("temp dir");
    Command::new(env!("CARGO_BIN_EXE_showfloor"))
        .current_dir(elsewhere.path())
        .env("SHOWFLOOR_CONFIG", "/dev/null")
        .env("LC_ALL", "C")
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
        .stdout(predicate::str::contains("0 errors, 0 warnings"));
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
    assert_eq!(stdout, "checked 3 files, 4 records: 7 errors, 1 warning\n");
}

#[test]
fn check_json_gives_every_diagnostic_as_an_object_and_the_same_status() {
    let dir = "tests/fixtures/broken";
    let text = showfloor().args(["check", "--data", dir]).output().expect("runs");
    let output = showfloor().args(["check", "--data", dir, "--json"]).output().expect("runs");
    assert_eq!(output.status.code(), Some(1), "errors fail as the text form does");
    assert!(output.stderr.is_empty(), "everything is in the JSON");
    let checked: Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    assert_eq!(
        (&checked["files"], &checked["records"], &checked["errors"], &checked["warnings"]),
        (&Value::from(3), &Value::from(4), &Value::from(7), &Value::from(1))
    );
    let diagnostics = checked["diagnostics"].as_array().expect("an array");
    // The same problems as the text form, each rebuilt from its object.
    let rebuilt: Vec<String> = diagnostics
        .iter()
        .map(|d| {
            let text = |key: &str| d[key].as_str().expect("a string").to_owned();
            let number = |key: &str| d[key].as_u64().expect("a number");
            let (path, severity, message) = (text("path"), text("severity"), text("message"));
            format!("{path}:{}:{}: {severity}: {message}", number("line"), number("column"))
        })
        .collect();
    let stderr = String::from_utf8(text.stderr).expect("UTF-8");
    assert_eq!(rebuilt, stderr.lines().collect::<Vec<_>>());
    assert_eq!(diagnostics[6]["severity"], "warning");
    // A clean catalogue: status 0, no diagnostics.
    let clean = json_of(&["check", "--json"]);
    assert_eq!(clean["errors"], 0);
    assert_eq!(clean["diagnostics"], Value::Array(Vec::new()));
}

#[test]
fn info_json_counts_every_kind_and_gives_the_event() {
    let info = json_of(&["info", "--json"]);
    assert_eq!(info["title"], "BAMEX 2025");
    assert_eq!(info["events"][0]["id"], "bamex-2025");
    assert_eq!(info["events"][0]["start_date"], "2025-11-11");
    let kinds = info["kinds"].as_object().expect("an object");
    assert_eq!(kinds.len(), showfloor::catalog::Kind::ALL.len(), "every kind, 0 included");
    let total: u64 = kinds.values().map(|n| n.as_u64().expect("a count")).sum();
    assert_eq!(Value::from(total), info["records"]);
    let listed = json_of(&["list", "company", "--json"]);
    assert_eq!(kinds["company"], Value::from(listed.as_array().expect("records").len()));
}

#[test]
fn check_reports_every_problem_in_french_at_the_same_places() {
    let dir = "tests/fixtures/broken";
    let fields = "`id`, `name`, `aliases`, `maker`, `category`, `domain`, `specs`, `operators`, \
                  `summary`, `tags`, `related`, `sources`, `confidence`, `as_of`";
    let expected = [
        "tests/fixtures/broken/a-companies.toml:4:11: error: `sectors` doit être un tableau de chaînes, pas une chaîne".to_owned(),
        "tests/fixtures/broken/a-companies.toml:8:6: error: identifiant `Acme Two` invalide\u{a0}: un identifiant ne comporte que des lettres ASCII minuscules, des chiffres et `-` (par exemple `acme-two`)".to_owned(),
        "tests/fixtures/broken/b-systems.toml:1:1: error: il manque à la fiche system le champ obligatoire `maker`".to_owned(),
        format!("tests/fixtures/broken/b-systems.toml:4:1: error: champ `maket` inconnu dans une fiche system\u{a0}; les champs possibles sont {fields}\u{a0}; vouliez-vous dire `maker`\u{a0}?"),
        "tests/fixtures/broken/b-systems.toml:10:9: error: `maker` renvoie à une fiche company `acmee` inconnue\u{a0}; vouliez-vous dire `acme`\u{a0}?".to_owned(),
        "tests/fixtures/broken/b-systems.toml:14:6: error: identifiant `acme` en double\u{a0}: déjà pris par la fiche company `Acme` à tests/fixtures/broken/a-companies.toml:2:6".to_owned(),
        "tests/fixtures/broken/c-syntax.toml:1:1: warning: la fiche delegation `d` n'a pas de sources\u{a0}: dites d'où viennent ses informations".to_owned(),
        "tests/fixtures/broken/c-syntax.toml:4:8: error: syntaxe TOML\u{a0}: string values must be quoted, expected literal string (à `rocket`)".to_owned(),
    ];
    let output = showfloor().args(["--lang", "fr", "--data", dir, "check"]).output().expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).expect("UTF-8");
    assert_eq!(stderr.lines().collect::<Vec<_>>(), expected);
    let stdout = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(stdout.contains("7 erreurs"), "{stdout}");
}

#[test]
fn data_is_a_global_option_before_or_after_the_command() {
    for args in
        [["--data", "tests/fixtures/small", "check"], ["check", "--data", "tests/fixtures/small"]]
    {
        showfloor().args(args).assert().success().stdout(predicate::str::contains("9 records"));
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
            "error: the catalogue has 7 errors, each printed above; fix them, or add \
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
        "error: the catalogue has 7 errors, each printed above; fix them, or add --keep-going \
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
        stderr
            .ends_with("warning: going on without what these 7 errors leave out (--keep-going)\n"),
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

/// A command on a path that holds nothing says so, for --data and for --compare-to alike, and
/// does not suggest --keep-going, which would have nothing to use.
#[test]
fn a_path_with_nothing_to_read_says_so_without_suggesting_keep_going() {
    for args in [
        vec!["--data", "tests/fixtures/no-such-dir", "list", "company"],
        vec!["--compare-to", "tests/fixtures/no-such-dir", "list", "company"],
    ] {
        let output = showfloor().args(&args).output().expect("runs");
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        let err = String::from_utf8_lossy(&output.stderr);
        assert_eq!(
            err,
            "tests/fixtures/no-such-dir:1:1: error: no such catalogue directory or file\n\
             error: not one record could be read, so there is nothing to go on with: fix the errors above\n",
            "{args:?}"
        );
    }
}

/// The mistakes people make on the command line are said in the interface's language, with
/// clap's context (the value, the values it takes, the near miss, the usage), and exit 2.
#[test]
fn command_line_mistakes_are_said_in_french_too() {
    let said = |args: &[&str]| -> (Option<i32>, String) {
        let output = showfloor().args(args).output().expect("runs");
        (output.status.code(), String::from_utf8_lossy(&output.stderr).into_owned())
    };
    let n = '\u{a0}';
    let (code, err) = said(&["--lang", "fr", "graph", "baykar", "--depth", "5"]);
    assert_eq!(code, Some(2));
    assert_eq!(
        err,
        format!(
            "error: valeur «{n}5{n}» invalide pour «{n}--depth <N>{n}»{n}: 5 n’est pas un nombre \
             de 1 à 3\n\nPour en savoir plus, essayez «{n}--help{n}».\n"
        )
    );
    let (code, err) = said(&["--lang", "fr", "grap", "baykar"]);
    assert_eq!(code, Some(2));
    assert!(err.starts_with(&format!("error: commande «{n}grap{n}» inconnue\n")), "{err}");
    assert!(err.contains(&format!("une commande proche existe{n}: «{n}graph{n}»")), "{err}");
    assert!(err.contains(&format!("\nUtilisation{n}: showfloor [OPTIONS] [COMMAND]\n")), "{err}");
    let (_, err) = said(&["--lang", "fr", "graph", "baykar", "--format", "xml"]);
    assert!(err.contains(&format!("[valeurs possibles{n}: text, dot, mermaid, json]")), "{err}");
    let (code, err) = said(&["--lang", "fr", "compare", "akinci"]);
    assert_eq!(code, Some(2));
    assert!(
        err.starts_with(&format!(
            "error: «{n}<IDS> <IDS>...{n}» demande 2 valeurs, 1 seule est donnée\n"
        )),
        "{err}"
    );
    // And in English, as clap says it.
    let (code, err) = said(&["list", "--foo"]);
    assert_eq!(code, Some(2));
    assert!(err.starts_with("error: unexpected argument '--foo' found\n"), "{err}");
    assert!(err.ends_with("\nFor more information, try '--help'.\n"), "{err}");
}
