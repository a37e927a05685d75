//! export, diff, compare and completions: the files written, the state read, the JSON kept exact.

use super::*;

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
    assert!(out.contains("0 records marked or noted"), "{out}");
}

#[test]
fn the_fictional_floor_plan_example_checks_clean_and_links_stands() {
    showfloor()
        .args(["--data", "examples/floorplan-demo", "check"])
        .assert()
        .success()
        .stderr("")
        .stdout(predicate::str::contains("0 errors, 0 warnings"));
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

/// `export list --format json` and `diff --json` keep values structured, never joined into
/// "a; b": arrays as arrays; references as ids (a country by its name) in lists, and as ids
/// with names in a diff, which must say what a record was in the edition it is gone from.
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
        serde_json::json!({
            "field": "operators",
            "old": [{"id": "country:mali", "name": "Mali"}],
            "new": [{"id": "country:mali", "name": "Mali"}, {"id": "country:niger", "name": "Niger"}],
        })
    );
    assert_eq!(
        change("hawk", "maker"),
        serde_json::json!({
            "field": "maker",
            "old": {"id": "acme", "name": "Acme"},
            "new": {"id": "beta", "name": "Beta"},
        })
    );
    // The plain diff is unchanged: text for people.
    let plain = String::from_utf8(
        showfloor().arg("diff").arg(&old).arg(&new).output().expect("runs").stdout,
    )
    .expect("UTF-8");
    assert!(plain.contains("    sectors: radars → radars, drones\n"), "{plain}");
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
