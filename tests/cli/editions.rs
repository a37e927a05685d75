//! `--compare-to OLD` on the command line: `show` says what changed, `--where edition=…`
//! narrows lists, and `diff --json` keeps values structured.

use super::*;

const OLD: &str = "tests/fixtures/editions/old";
const NEW: &str = "tests/fixtures/editions/new";

/// `showfloor --data NEW ARGS --compare-to OLD`.
fn compared(args: &[&str]) -> Vec<String> {
    let mut all = vec!["--data".to_owned(), NEW.to_owned()];
    all.extend(args.iter().map(|arg| (*arg).to_owned()));
    all.extend(["--compare-to".to_owned(), OLD.to_owned()]);
    all
}

fn refs(args: &[String]) -> Vec<&str> {
    args.iter().map(String::as_str).collect()
}

#[test]
fn show_with_compare_to_lists_each_changed_field_old_beside_new_after_the_fields() {
    let acme = stdout_of(&refs(&compared(&["show", "acme"])));
    assert!(
        acme.contains(
            "\nChanged since old\n  Name: Acme Defence → Acme Defence Systems\n  Stand: A9 → B2\n"
        ),
        "{acme}"
    );
    let hawk = stdout_of(&refs(&compared(&["show", "hawk"])));
    let section = "\nChanged since old\n  Specs · endurance: 20 h → 24 h\n  \
                   Specs · ceiling: 5,000 m → (none)\n";
    let at = hawk.find(section).unwrap_or_else(|| panic!("{hawk}"));
    let links = hawk.find("\nLinks\n").unwrap_or_else(|| panic!("{hawk}"));
    assert!(at < links, "the changes stand with the fields, before the links: {hawk}");

    // A new record, and the same page without --compare-to, have no such section.
    let newco = stdout_of(&refs(&compared(&["show", "newco"])));
    assert!(!newco.contains("Changed since"), "{newco}");
    let plain = stdout_of(&["--data", NEW, "show", "acme"]);
    assert!(!plain.contains("Changed since"), "{plain}");
    // The same page otherwise, but for the heading's badge.
    let unbadged = acme.replacen(" · CHANGED\n", "\n", 1);
    assert!(unbadged.starts_with(&plain[..plain.find("\nLinks").unwrap_or(plain.len())]));

    // In French, with the words of the French page.
    let mut french = compared(&["show", "acme"]);
    french.extend(["--lang".to_owned(), "fr".to_owned()]);
    let french = stdout_of(&refs(&french));
    assert!(french.contains("\nChangements depuis old\n"), "{french}");
    assert!(
        french.contains("\n  Stand\u{a0}: A9 → B2\n"),
        "a no-break space before the colon: {french}"
    );
}

#[test]
fn show_json_with_compare_to_says_how_the_record_stands_and_what_changed() {
    let acme = json_of(&refs(&compared(&["show", "acme", "--json"])));
    assert_eq!(acme["edition"], "changed");
    assert_eq!(
        acme["changed"],
        serde_json::json!([
            {"field": "name", "old": "Acme Defence", "new": "Acme Defence Systems"},
            {"field": "stand", "old": "A9", "new": "B2"},
        ])
    );
    let hawk = json_of(&refs(&compared(&["show", "hawk", "--json"])));
    assert_eq!(
        hawk["changed"],
        serde_json::json!([
            {"field": "specs.endurance", "old": "20 h", "new": "24 h"},
            {"field": "specs.ceiling", "old": "5,000 m", "new": null},
        ])
    );
    let newco = json_of(&refs(&compared(&["show", "newco", "--json"])));
    assert_eq!((&newco["edition"], &newco["changed"]), (&"new".into(), &serde_json::json!([])));
    let plain = json_of(&["--data", NEW, "show", "acme", "--json"]);
    assert!(plain.get("edition").is_none() && plain.get("changed").is_none(), "{plain}");
}

/// Arrays stay arrays and references are ids with names in `show --json --compare-to`, as in
/// `diff --json`.
#[test]
fn show_json_keeps_changed_values_structured() {
    let dir = tempfile::tempdir().expect("temp dir");
    let edition = |name: &str, sectors: &str, maker: &str| {
        let path = dir.path().join(name);
        std::fs::create_dir(&path).expect("mkdir");
        std::fs::write(
            path.join("c.toml"),
            format!(
                "[[company]]\nid = \"acme\"\nname = \"Acme\"\nsectors = {sectors}\nsources = [\"t\"]\n\
                 [[company]]\nid = \"beta\"\nname = \"Beta\"\nsources = [\"t\"]\n\
                 [[system]]\nid = \"hawk\"\nname = \"Hawk\"\nmaker = \"{maker}\"\nsources = [\"t\"]\n"
            ),
        )
        .expect("write");
        path
    };
    let old = edition("old", r#"["radars"]"#, "acme");
    let new = edition("new", r#"["radars", "drones"]"#, "beta");
    let show = |id: &str| -> Value {
        let output = showfloor()
            .arg("--data")
            .arg(&new)
            .args(["show", id, "--json", "--compare-to"])
            .arg(&old)
            .output()
            .expect("runs");
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        serde_json::from_slice(&output.stdout).expect("JSON")
    };
    assert_eq!(
        show("acme")["changed"],
        serde_json::json!([{"field": "sectors", "old": ["radars"], "new": ["radars", "drones"]}])
    );
    assert_eq!(
        show("hawk")["changed"],
        serde_json::json!([{
            "field": "maker",
            "old": {"id": "acme", "name": "Acme"},
            "new": {"id": "beta", "name": "Beta"},
        }])
    );
    // The plain page names the maker, as the page shows a link.
    let output = showfloor()
        .arg("--data")
        .arg(&new)
        .args(["show", "hawk", "--compare-to"])
        .arg(&old)
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("  Maker: Acme → Beta\n"), "{text}");
}

#[test]
fn where_edition_narrows_lists_and_searches_to_what_is_new_or_changed() {
    let ids = |args: &[&str]| -> Vec<String> {
        let found = json_of(&refs(&compared(args)));
        let found = found.as_array().expect("array").iter();
        found.map(|r| r["id"].as_str().expect("id").to_owned()).collect()
    };
    assert_eq!(ids(&["list", "company", "--where", "edition=new", "--json"]), ["newco"]);
    assert_eq!(ids(&["list", "company", "--where", "edition=changed", "--json"]), ["acme"]);
    assert_eq!(
        ids(&["list", "company", "--where", "edition=new", "--where", "edition=changed", "--json"]),
        ["acme", "newco"],
        "alternatives, as a field's values are"
    );
    assert_eq!(ids(&["list", "system", "--where", "edition=changed", "--json"]), ["hawk"]);
    assert_eq!(ids(&["search", "newco", "--where", "edition=new", "--json"]), ["newco"]);
    let (ok, _, err) = run(&refs(&compared(&["search", "newco", "--where", "edition=changed"])));
    assert!(!ok, "a search narrowed the same way: nothing changed is called newco: {err}");
    let exported =
        stdout_of(&refs(&compared(&["export", "list", "company", "--where", "EDITION=New"])));
    assert_eq!(exported.lines().count(), 2, "a header and newco: {exported}");
    assert!(exported.contains("newco"), "{exported}");

    // Without an earlier edition, or with a value it does not have, it says what to do.
    let (ok, _, err) = run(&["--data", NEW, "list", "company", "--where", "edition=new"]);
    assert!(!ok && err.contains("--compare-to DIR"), "{err}");
    let (ok, _, err) = run(&refs(&compared(&["list", "company", "--where", "edition=gone"])));
    assert!(!ok && err.contains("`new`, `changed`"), "{err}");
}

#[test]
fn compare_to_is_refused_where_no_command_reads_it() {
    let output = showfloor().args(["diff", OLD, NEW, "--compare-to", OLD]).output().expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("--compare-to is read by show, list, search and export list"), "{err}");
    assert!(output.stdout.is_empty());
}

/// The whole of `diff --json` for the fixture editions: records as `{id, kind, name}`, each
/// change's values as the record encoder writes them (a spec's entry as its scalar, `null`
/// where the edition has none).
#[test]
fn diff_json_writes_records_briefly_and_values_structured() {
    assert_eq!(
        json_of(&["diff", OLD, NEW, "--json"]),
        serde_json::json!({
            "added": [{"id": "newco", "kind": "company", "name": "Newco"}],
            "removed": [{"id": "gone", "kind": "company", "name": "Gone Ltd"}],
            "changed": [
                {"id": "acme", "kind": "company", "name": "Acme Defence Systems", "changes": [
                    {"field": "name", "old": "Acme Defence", "new": "Acme Defence Systems"},
                    {"field": "stand", "old": "A9", "new": "B2"},
                ]},
                {"id": "hawk", "kind": "system", "name": "Hawk", "changes": [
                    {"field": "specs.endurance", "old": "20 h", "new": "24 h"},
                    {"field": "specs.ceiling", "old": "5,000 m", "new": null},
                ]},
            ],
        })
    );
}

/// A record gone since OLD is shown as OLD had it, saying so, rather than as an unknown id.
#[test]
fn show_with_compare_to_shows_a_removed_record_as_it_stood() {
    let (ok, out, err) = run(&refs(&compared(&["show", "gone"])));
    assert!(ok, "{err}");
    assert_eq!(err, "gone was removed since old: this is the record as it stood there\n");
    assert!(out.starts_with("Gone Ltd\nCompany · gone · tests/fixtures/editions/old/"), "{out}");
    assert!(!out.contains("Changed since"), "{out}");
    let gone = json_of(&refs(&compared(&["show", "gone", "--json"])));
    assert_eq!((&gone["name"], &gone["edition"]), (&"Gone Ltd".into(), &"removed".into()));
    assert_eq!(gone["country"], "Niger");
    // By its old name too, as show reads a name.
    let (ok, out, _) = run(&refs(&compared(&["show", "Gone Ltd"])));
    assert!(ok && out.starts_with("Gone Ltd\nCompany · gone · "), "{out}");
    // Without --compare-to it is unknown, as before.
    let (ok, _, err) = run(&["--data", NEW, "show", "gone"]);
    assert!(!ok && err.contains("gone"), "{err}");
}

/// An edition filter that no record meets says so as one filter: it is not "each matches some
/// alone", which is true of a field's filters only.
#[test]
fn an_edition_filter_that_leaves_nothing_says_it_plainly() {
    let output = showfloor()
        .args(["--data", NEW, "--compare-to", NEW, "list", "company", "--where", "edition=new"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "error: no company has edition: new\n");
    // With a field's filter beside it, the two together, without the claim.
    let output = showfloor()
        .args(["--data", NEW, "--compare-to", NEW, "list", "company"])
        .args(["--where", "edition=new", "--where", "country=mali"])
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("together") && !err.contains("alone"), "{err}");
}

/// `list` and `search` mark what is new or changed, as the browser's badges do: in the
/// context column for people, as `"edition"` for programs; `show`'s heading says it too.
#[test]
fn lists_and_searches_mark_what_is_new_or_changed() {
    let run = |args: &[&str]| -> String {
        let output = showfloor().args(refs(&compared(args))).output().expect("runs");
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stdout).expect("UTF-8")
    };
    let listed = run(&["list", "company"]);
    assert!(listed.lines().any(|l| l.starts_with("acme ") && l.ends_with("CHANGED · Mali")));
    assert!(listed.lines().any(|l| l.starts_with("newco ") && l.ends_with("NEW · Mali")));
    let searched = run(&["search", "acme"]);
    assert!(searched.contains("CHANGED · Mali"), "{searched}");
    let found: Value = serde_json::from_str(&run(&["list", "company", "--json"])).expect("JSON");
    let editions: Vec<(&str, &str)> = found
        .as_array()
        .expect("an array")
        .iter()
        .map(|r| (r["id"].as_str().unwrap_or(""), r["edition"].as_str().unwrap_or("")))
        .collect();
    assert_eq!(editions, [("acme", "changed"), ("newco", "new")]);
    let found: Value = serde_json::from_str(&run(&["search", "acme", "--json"])).expect("JSON");
    assert_eq!(found[0]["edition"], "changed");
    assert!(run(&["show", "newco"]).lines().nth(1).is_some_and(|l| l.ends_with(" · NEW")));
    // Without --compare-to, nothing of the kind.
    let plain = showfloor().args(["--data", NEW, "list", "company"]).output().expect("runs");
    assert!(!String::from_utf8_lossy(&plain.stdout).contains("NEW"));
}
