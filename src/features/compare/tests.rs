use super::*;

const SYSTEMS: &str = r#"
[[company]]
id = "acme"
name = "Acme"
country = "Mali"
[[system]]
id = "hawk"
name = "Hawk"
maker = "acme"
category = "UAV"
specs = { endurance = "27 h", ceiling = "25,000 ft", payload = "150 kg" }
[[system]]
id = "kite"
name = "Kite"
maker = "acme"
category = "UAV"
specs = { Endurance = "1,620 min", ceiling = "7,620 m", range = "150 km" }
"#;

fn catalog() -> Catalog {
    crate::catalog::clean(SYSTEMS)
}

fn row<'c>(found: &'c Comparison, label: &str) -> &'c Row {
    found.rows.iter().find(|row| row.label == label).unwrap_or_else(|| panic!("no row {label}"))
}

#[test]
fn specs_align_by_key_with_units_converted_and_differences_marked() {
    let catalog = catalog();
    let ids = [catalog.find("hawk").expect("hawk"), catalog.find("kite").expect("kite")];
    let found = compare(&catalog, &ids);

    let endurance = row(&found, "endurance");
    assert_eq!(endurance.cells, vec![Some("27 h".into()), Some("1,620 min (27 h)".into())]);
    assert!(!endurance.differs, "27 h is 1,620 min");

    let ceiling = row(&found, "ceiling");
    assert_eq!(ceiling.cells, vec![Some("25,000 ft".into()), Some("7,620 m (25,000 ft)".into())]);
    assert!(!ceiling.differs, "7,620 m is 25,000 ft");

    let payload = row(&found, "payload");
    assert_eq!(payload.cells, vec![Some("150 kg".into()), None], "a dash where a record has none");
    assert!(payload.differs);

    assert!(!row(&found, "Maker").differs);
    assert!(!row(&found, "Category").differs);
}

#[test]
fn numbers_are_written_as_people_write_them() {
    assert_eq!(number(25_000.04), "25,000");
    assert_eq!(number(7.62), "7.6");
    assert_eq!(number(1_234_567.0), "1,234,567");
    assert_eq!(number(-0.5), "-0.5", "a small negative keeps its sign");
    assert_eq!(number(-1_500.0), "-1,500");
    assert_eq!(number(-0.04), "0", "rounded to nothing, no minus on a zero");
    assert_eq!(parse("early 2024"), None, "prose is compared as text");
}

/// The schema places a system's domain after its category: compare lines it up there.
#[test]
fn a_systems_domain_is_compared_after_its_category() {
    let catalog = crate::catalog::load(&crate::catalog::embedded()).catalog;
    let ids = [catalog.find("cobra-ii").expect("cobra"), catalog.find("kargu").expect("kargu")];
    let found = compare(&catalog, &ids);
    let labels: Vec<&str> = found.rows.iter().map(|row| row.label.as_str()).collect();
    assert_eq!(labels[..4], ["Maker", "Category", "Domain", "Tags"]);
    let domain = row(&found, "Domain");
    assert_eq!(domain.cells, vec![Some("land".into()), Some("air".into())]);
    assert!(domain.differs);
}
