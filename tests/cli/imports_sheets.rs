//! Exhibitor spreadsheets, as organisers export them: opened with `--data FILE`, converted
//! with `import`, checked, compared edition against edition, and placed on a floor plan.

use super::*;
use showfloor::synth::workbook::{ods, xlsx};

const CSV: &str = "tests/fixtures/import/exhibitors.csv";
const CSV_NEXT: &str = "tests/fixtures/import/exhibitors-v2.csv";
const VARIANTS: &str = "tests/fixtures/import/exposants-variants.csv";
const NO_NAMES: &str = "tests/fixtures/import/exhibitors-no-names.csv";
const LATIN1: &str = "tests/fixtures/import/exhibitors-latin1.csv";

/// The rows of exhibitors.csv, for the workbooks made from it.
fn rows_of_the_csv() -> Vec<Vec<String>> {
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).from_path(CSV).expect("the fixture");
    reader.records().map(|row| row.expect("a row").iter().map(str::to_owned).collect()).collect()
}

#[test]
fn an_exhibitor_list_opens_directly_with_its_products_as_systems() {
    let (ok, out, err) = run(&["--data", CSV, "check"]);
    assert!(ok && err.is_empty(), "{err}");
    // 4 companies, 3 products, 4 countries.
    assert_eq!(out, "checked 1 file, 11 records: 0 errors, 0 warnings\n");
    let acme = json_of(&["--data", CSV, "show", "Acme Harbour Systems", "--json"]);
    assert_eq!(acme["stand"], "A12", "the cell's 'Stand' word is dropped: {acme}");
    assert_eq!(acme["website"], "https://www.acme-harbour.example");
    assert_eq!(acme["country"], "France");
    assert_eq!(acme["sectors"], serde_json::json!(["Maritime surveillance", "Radar"]));
    assert_eq!(acme["defined_at"]["line"], 2, "{acme}");
    let found = stdout_of(&["--data", CSV, "search", "kestrel"]);
    assert_eq!(
        columns(found.lines().next().unwrap_or("")),
        ["system", "kestrel-mk2", "Kestrel Mk2", "Borealis Drones"]
    );
}

#[test]
fn xlsx_and_ods_of_the_same_list_open_as_the_csv_does() {
    let rows = rows_of_the_csv();
    let rows: Vec<Vec<&str>> =
        rows.iter().map(|r| r.iter().map(String::as_str).collect()).collect();
    let rows: Vec<&[&str]> = rows.iter().map(Vec::as_slice).collect();
    let dir = tempfile::tempdir().expect("temp dir");
    let listing = |path: &str| stdout_of(&["--data", path, "list", "company"]);
    let expected = listing(CSV);
    for (name, bytes) in [("exhibitors.xlsx", xlsx(&rows)), ("exhibitors.ods", ods(&rows))] {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).expect("write");
        let shown = path.to_string_lossy().into_owned();
        let (ok, out, err) = run(&["--data", &shown, "check"]);
        assert!(ok && err.is_empty(), "{name}: {err}");
        assert_eq!(out, "checked 1 file, 11 records: 0 errors, 0 warnings\n", "{name}");
        assert_eq!(listing(&shown), expected, "{name}");
        // Converted, it passes check clean too.
        let out_dir = dir.path().join(format!("out-{name}"));
        let (ok, _, err) = run(&["import", &shown, "--out", &out_dir.to_string_lossy()]);
        assert!(ok, "{name}: {err}");
        let (ok, _, err) = run(&["--data", &out_dir.to_string_lossy(), "check"]);
        assert!(ok && err.is_empty(), "{name}: {err}");
    }
}

#[test]
fn a_french_export_with_gaps_and_a_title_row_is_read_with_a_warning_each() {
    let (ok, out, err) = run(&["--data", VARIANTS, "check"]);
    assert!(ok, "warnings only: {err}");
    let p = VARIANTS;
    let expected = [
        format!(
            "{p}:3:1: warning: the header row is row 3, not the first; the row above it is skipped"
        ),
        format!(
            "{p}:3:6: warning: F3: column `Fax` is not read (showfloor reads name, stand, country, \
             website, sectors, summary, products; --columns names others)"
        ),
        format!("{p}:5:1: warning: row 5 is empty; skipped"),
        format!("{p}:7:1: warning: A7: row 7 has no company name; skipped"),
        format!(
            "{p}:8:1: warning: A8: exhibitor `Acme Harbour Systems` is also on row 4; both are kept"
        ),
    ];
    assert_eq!(err.lines().collect::<Vec<_>>(), expected);
    assert!(out.contains("0 errors, 5 warnings"), "{out}");
    // Both Acmes are kept, apart.
    let listed = stdout_of(&["--data", VARIANTS, "list", "company"]);
    let ids: Vec<&str> = listed.lines().map(|l| columns(l)[0]).collect();
    assert_eq!(ids, ["acme-harbour-systems", "acme-harbour-systems-company", "sahel-logistique"]);
}

#[test]
fn a_sheet_that_cannot_be_read_says_why_and_what_to_do() {
    let (ok, _, err) = run(&["--data", NO_NAMES, "check"]);
    assert!(!ok);
    assert_eq!(
        err,
        format!(
            "{NO_NAMES}:1:1: error: no column of company names found (the first row holds A \
             `Stand`, B `Hall`, C `Country`); name it with --columns name=LETTER or name=HEADER\n"
        )
    );
    // Named by hand, the same sheet reads: the stand is the name column here.
    let (ok, out, err) = run(&["--data", NO_NAMES, "--columns", "name=A", "check"]);
    assert!(ok, "{err}");
    assert!(out.contains("0 errors"), "{out}");
    let (ok, _, err) = run(&["--data", LATIN1, "check"]);
    assert!(!ok);
    assert_eq!(
        err,
        format!(
            "{LATIN1}:2:4: error: the file is not UTF-8: save the sheet as \"CSV UTF-8\" and import that\n"
        )
    );
}

#[test]
fn two_editions_of_a_list_diff_by_what_the_organisers_changed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (old, new) = (dir.path().join("old"), dir.path().join("new"));
    let (old_s, new_s) = (old.to_string_lossy(), new.to_string_lossy());
    let (ok, out, err) = run(&["import", CSV, "--out", &old_s]);
    assert!(ok, "{err}");
    assert!(
        out.starts_with(&format!("wrote {old_s}/exhibitors.toml (4 companies, 3 systems")),
        "{out}"
    );
    let (ok, out, err) = run(&["--data", &old_s, "check"]);
    assert!(ok && err.is_empty(), "{err}");
    assert_eq!(out, "checked 1 file, 11 records: 0 errors, 0 warnings\n");
    assert!(run(&["import", CSV_NEXT, "--out", &new_s]).0);
    let expected = "added    company  tidewater-optics  Tidewater Optics\n\
        added    system   night-owl         Night Owl\n\
        removed  company  nord-cyber        Nord Cyber\n\
        changed  company acme-harbour-systems (Acme Harbour Systems)\n    \
        stand: A12 → A16\n\
        2 added, 1 removed, 1 changed\n";
    assert_eq!(stdout_of(&["diff", &old_s, &new_s]), expected);
    assert_eq!(stdout_of(&["diff", CSV, CSV_NEXT]), expected, "the lists compare directly too");
}

#[test]
fn the_lists_stand_labels_are_the_stands_a_floor_plan_places() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = dir.path().join("plan.toml");
    // The analyst's own plan of hall A: stands as the show guide labels them, in its letter
    // case. Sahel Logistique's C1 is in a hall not drawn yet.
    std::fs::write(
        &plan,
        "[[hall]]\nid = \"hall-a\"\nname = \"Hall A\"\nwidth = 40\ndepth = 20\nsources = [\"show guide\"]\n\
         [[hall.stand]]\nlabel = \"a12\"\nx = 0\ny = 0\nwidth = 6\ndepth = 4\nsources = [\"show guide\"]\n\
         [[hall.stand]]\nlabel = \"A14\"\nx = 8\ny = 0\nwidth = 6\ndepth = 4\nsources = [\"show guide\"]\n\
         [[hall.stand]]\nlabel = \"B-4\"\nx = 0\ny = 10\nwidth = 4\ndepth = 4\nsources = [\"show guide\"]\n",
    )
    .expect("write");
    let plan_s = plan.to_string_lossy().into_owned();
    let (ok, _, err) = run(&["--data", CSV, "--data", &plan_s, "check"]);
    assert!(ok, "{err}");
    assert_eq!(
        err,
        format!(
            "{CSV}:5:1: warning: company `sahel-logistique` is at stand `C1`, which is not on the floor plan\n"
        )
    );
    // "Stand A12" in the list is the plan's stand a12.
    let stand = json_of(&["--data", CSV, "--data", &plan_s, "show", "stand-a12", "--json"]);
    assert!(stand.to_string().contains("acme-harbour-systems"), "{stand}");
}
