//! `plan import`: a colleague's plan merged into mine, twice over, in a dry run, and refused
//! when it is not a plan for this catalogue.

use super::*;

/// A state file holding `toml` in a fresh folder.
fn state_with(toml: &str) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("state.toml");
    std::fs::write(&path, toml).expect("written");
    (dir, path.to_str().expect("UTF-8 path").to_owned())
}

const COLLEAGUE: &str = "version = 1\ncatalogue = \"bamex-2025\"\n\
    marks = [\"baykar\", \"kargu\", \"gone-from-this-edition\"]\n\
    [notes.baykar]\ntext = \"Met their export manager.\"\nedited = \"2025-11-13T11:00:00Z\"\n\
    [notes.otokar]\ntext = \"Arma 6x6 on the stand.\"\nedited = \"2025-11-13T12:00:00Z\"\n";

const MINE: &str = "version = 1\ncatalogue = \"bamex-2025\"\nmarks = [\"aselsan\"]\n\
    [notes.baykar]\ntext = \"TB2 price list promised.\"\nedited = \"2025-11-13T10:00:00Z\"\n";

/// The colleague's plan, exported as `x` or `export plan --format json` writes it.
fn colleague_plan(dir: &std::path::Path) -> String {
    let (_theirs, state) = state_with(COLLEAGUE);
    let file = dir.join("ana-plan.json");
    showfloor()
        .args(["export", "plan", "--format", "json", "--state", &state, "--out"])
        .arg(&file)
        .assert()
        .success();
    file.to_str().expect("UTF-8 path").to_owned()
}

fn marked_ids(state: &str) -> Vec<String> {
    let plan = json_of(&["export", "plan", "--format", "json", "--state", state]);
    let mut ids: Vec<String> = plan["items"]
        .as_array()
        .expect("items")
        .iter()
        .chain(plan["missing"].as_array().expect("missing"))
        .filter(|item| item["marked"] == true)
        .map(|item| item["id"].as_str().expect("an id").to_owned())
        .collect();
    ids.sort();
    ids
}

#[test]
fn importing_a_colleagues_plan_twice_merges_it_once() {
    let (dir, mine) = state_with(MINE);
    let plan = colleague_plan(dir.path());
    let (ok, out, err) =
        run(&["--state", &mine, "--now", "2025-11-14T09:00", "plan", "import", &plan]);
    assert!(ok, "{err}");
    let lines: Vec<Vec<&str>> = out.lines().map(columns).collect();
    assert!(lines.contains(&vec!["marked", "kargu", "Kargu"]), "{out}");
    assert!(lines.contains(&vec!["both notes kept", "baykar", "Baykar"]), "{out}");
    assert!(lines.contains(&vec!["note taken", "otokar", "Otokar"]), "{out}");
    assert!(out.ends_with("ana-plan.json: 5 changes merged\n"), "{out}");
    assert!(err.contains("1 record of the plan is not in this catalogue: it is kept"), "{err}");

    let after = std::fs::read_to_string(&mine).expect("the state");
    assert_eq!(
        marked_ids(&mine),
        ["aselsan", "baykar", "gone-from-this-edition", "kargu"],
        "mine kept, theirs added, the unknown one kept"
    );
    let shown = json_of(&["export", "plan", "--format", "json", "--state", &mine]);
    let baykar = shown["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|item| item["id"] == "baykar")
        .expect("baykar")["note"]["text"]
        .as_str()
        .expect("a note")
        .to_owned();
    assert!(baykar.starts_with("TB2 price list promised.\n\n"), "{baykar}");
    assert!(baykar.contains("from ana-plan.json, written 2025-11-13 11:00 UTC"), "{baykar}");
    assert!(baykar.ends_with("Met their export manager."), "{baykar}");

    // Again: nothing changes, on screen or on disk.
    let (ok, out, _) = run(&["--state", &mine, "plan", "import", &plan]);
    assert!(ok);
    assert_eq!(out, "ana-plan.json: nothing to merge, every mark and note is here already\n");
    assert_eq!(std::fs::read_to_string(&mine).expect("the state"), after);
}

#[test]
fn a_dry_run_says_what_would_change_and_writes_nothing() {
    let (dir, mine) = state_with(MINE);
    let plan = colleague_plan(dir.path());
    let (ok, out, _) = run(&["--state", &mine, "plan", "import", &plan, "--dry-run"]);
    assert!(ok);
    assert!(out.lines().any(|line| columns(line) == ["marked", "kargu", "Kargu"]), "{out}");
    assert!(out.ends_with("5 changes would be merged (--dry-run: nothing written)\n"), "{out}");
    assert_eq!(std::fs::read_to_string(&mine).expect("the state"), MINE);
}

#[test]
fn what_is_not_a_plan_for_this_catalogue_is_refused_at_its_place() {
    let (dir, mine) = state_with(MINE);
    let refused = |file: &std::path::Path| {
        let (ok, out, err) =
            run(&["--state", &mine, "plan", "import", file.to_str().expect("path")]);
        assert!(!ok && out.is_empty(), "{out}");
        assert_eq!(std::fs::read_to_string(&mine).expect("the state"), MINE, "untouched");
        err
    };
    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, "{\n  \"format\": \"showfloor-plan\",\n  \"version\": 1,\n  oops\n}")
        .expect("written");
    let err = refused(&broken);
    assert!(
        err.starts_with(&format!("{}:4:3: error: not a plan's JSON: ", broken.display())),
        "{err}"
    );

    let other = dir.path().join("other.json");
    std::fs::write(&other, "{\"items\": []}").expect("written");
    assert!(refused(&other).contains(":1:1: error: not a plan exported by showfloor"));

    let elsewhere = dir.path().join("hsc.json");
    let plan = std::fs::read_to_string(colleague_plan(dir.path())).expect("the plan");
    std::fs::write(
        &elsewhere,
        plan.replace("\"catalogue_id\": \"bamex-2025\"", "\"catalogue_id\": \"hsc-2026\""),
    )
    .expect("written");
    assert!(
        refused(&elsewhere)
            .contains("a plan of the catalogue `hsc-2026`, not of this one (`bamex-2025`)")
    );

    assert!(refused(dir.path()).contains("error: a folder; plan import reads one plan file"));
    assert!(refused(std::path::Path::new("/dev/null")).contains("error: not a regular file"));
}

#[test]
fn plan_import_speaks_french() {
    let (dir, mine) = state_with(MINE);
    let plan = colleague_plan(dir.path());
    let (ok, out, _) =
        run(&["--lang", "fr", "--state", &mine, "plan", "import", &plan, "--dry-run"]);
    assert!(ok);
    assert!(
        out.lines().any(|line| columns(line) == ["deux notes gardées", "baykar", "Baykar"]),
        "{out}"
    );
    assert!(out.contains("ana-plan.json\u{a0}: 5 modifications seraient fusionnées"), "{out}");
}
