//! The floor plan: stands named from their labels and linked to their hall, and the checks on
//! bounds, overlaps, unknown stands and grid numbers.

use super::*;

const FLOOR: &str = "[[company]]\nid = \"acme\"\nname = \"Acme\"\nstand = \"A1\"\nsources = [\"t\"]\n\
[[company]]\nid = \"zeta\"\nname = \"Zeta\"\nstand = \"B9\"\nsources = [\"t\"]\n\
[[hall]]\nid = \"hall-a\"\nname = \"Hall A\"\nwidth = 20\ndepth = 10\nsources = [\"t\"]\n\
[[hall.stand]]\nlabel = \"A1\"\nx = 0\ny = 0\nwidth = 4\ndepth = 3\ncompanies = [\"acme\"]\nsources = [\"t\"]\n\
[[hall.stand]]\nlabel = \"A2\"\nx = 3\ny = 2\nwidth = 4\ndepth = 3\nsources = [\"t\"]\n\
[[hall.stand]]\nlabel = \"A3\"\nx = 18\ny = 0\nwidth = 4\ndepth = 3\nsources = [\"t\"]\n";

#[test]
fn stands_take_their_id_and_name_from_the_label_and_link_to_their_hall() {
    let loaded = load_texts(&[("floor.toml", FLOOR)]);
    let catalog = &loaded.catalog;
    let stand = catalog.find("stand-a1").expect("an id from the label");
    assert_eq!(catalog.get(stand).name(), "Stand A1");
    assert_eq!(catalog.get(stand).link(Field::Hall), catalog.find("hall-a"));
    assert_eq!(catalog.stand_of(catalog.find("acme").expect("loaded")), Some(stand));
    assert_eq!(catalog.context(stand), "Hall A · 4 × 3 · Acme");
}

#[test]
fn the_floor_plan_is_checked_for_bounds_overlaps_and_unknown_stands() {
    let loaded = load_texts(&[("floor.toml", FLOOR)]);
    assert_eq!(
        problems(&loaded),
        vec![
            "floor.toml:6:1: warning: company `zeta` is at stand `B9`, which is not on the floor plan",
            "floor.toml:25:1: error: stand `A2` overlaps stand `A1` in Hall A",
            "floor.toml:32:1: error: stand `A3` (18+4 × 0+3) does not fit in Hall A (20 × 10)",
        ]
    );
}

#[test]
fn grid_numbers_must_be_whole_and_not_negative() {
    let text = "[[hall]]\nid = \"h\"\nname = \"H\"\nwidth = -3\ndepth = 2.5\n";
    let problems = problems(&load_texts(&[("a.toml", text)]));
    assert_eq!(problems[0], "a.toml:4:9: error: `width` must be a whole number from 0 to 10000");
    assert_eq!(
        problems[1],
        "a.toml:5:9: error: `depth` must be a whole number, zero or more, found a float"
    );
}

#[test]
fn a_company_finds_its_stand_whatever_the_letter_case_or_dashes() {
    let text = FLOOR.replace("stand = \"A1\"", "stand = \"a1\"").replace("\"B9\"", "\"a 2\"");
    let text = text.replace("label = \"A2\"", "label = \"A-2\"");
    let loaded = load_texts(&[("floor.toml", &text)]);
    let catalog = &loaded.catalog;
    let at = |company: &str| catalog.stand_of(catalog.find(company).expect("loaded"));
    assert_eq!(at("acme"), catalog.find("stand-a1"));
    assert_eq!(at("zeta"), catalog.find("stand-a-2"));
}

#[test]
fn a_stand_s_exhibitors_are_those_it_lists_and_those_that_name_it_once_each() {
    let text = FLOOR.replace("stand = \"B9\"", "stand = \"a2\"");
    let loaded = load_texts(&[("floor.toml", &text)]);
    let catalog = &loaded.catalog;
    let (acme, zeta) = (catalog.find("acme").expect("acme"), catalog.find("zeta").expect("zeta"));
    let a1 = catalog.find("stand-a1").expect("a1");
    let a2 = catalog.find("stand-a2").expect("a2");
    // A1 lists acme, and acme names A1: one exhibitor, no second link.
    assert_eq!(catalog.exhibitors_of(a1), [acme]);
    assert!(catalog.backlinks(a1).iter().all(|b| b.field != Field::Stand));
    // A2 lists nobody, and zeta names it: zeta is there, through its stand.
    assert_eq!(catalog.exhibitors_of(a2), [zeta]);
    assert_eq!(catalog.backlinks(a2), [Backlink { from: zeta, field: Field::Stand }]);
}
