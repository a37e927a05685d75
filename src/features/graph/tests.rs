//! The neighbourhood on the fictional catalogues: tests/fixtures/small, a catalogue written
//! here for folding, and a generated one.

use super::*;
use crate::catalog::{Catalog, load_dirs};

fn small() -> Catalog {
    let dir =
        std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/small"));
    let loaded = load_dirs(&[dir]);
    assert_eq!(loaded.error_count(), 0, "{:?}", loaded.diagnostics);
    loaded.catalog
}

fn id(catalog: &Catalog, id: &str) -> RecordId {
    catalog.find(id).unwrap_or_else(|| panic!("no record {id}"))
}

/// Each row as a script would read it: depth, the edge (field key and arrow), the record's id
/// or the fold's count, and "(seen)" for a record met again.
fn shape(catalog: &Catalog, found: &Neighbourhood) -> Vec<String> {
    found
        .rows
        .iter()
        .map(|row| {
            let edge =
                row.edge().map_or(String::new(), |e| format!("{} {} ", e.field.key(), e.arrow()));
            let what = match row.entry {
                Entry::Root(r) | Entry::Record { record: r, .. } => catalog.get(r).id().to_owned(),
                Entry::Seen { record, .. } => format!("{} (seen)", catalog.get(record).id()),
                Entry::Folded { kind, count, .. } => format!("+{count} {}", kind.name()),
            };
            format!("{}{edge}{what}", row.depth)
        })
        .collect()
}

#[test]
fn depth_one_is_what_the_record_names_and_what_names_it() {
    let catalog = small();
    let found = neighbourhood(&catalog, id(&catalog, "rys"), 1);
    assert_eq!(
        shape(&catalog, &found),
        [
            "0rys",
            "1maker → skoda-defence",
            "1operators → country:czechia",
            "1operators → country:turkiye",
            "1interests ← czech-delegation",
            "1related ← testex-demo",
        ]
    );
    assert_eq!(found.depth, 1);
    // Nothing deeper: depth 1 walks no further than the record's own neighbours.
    assert!(found.rows.iter().all(|row| row.depth <= 1));
}

#[test]
fn each_depth_walks_one_link_further_and_each_record_is_shown_once() {
    let catalog = small();
    let rys = id(&catalog, "rys");
    let one = neighbourhood(&catalog, rys, 1);
    let two = neighbourhood(&catalog, rys, 2);
    let three = neighbourhood(&catalog, rys, 3);
    let count = |n: &Neighbourhood| n.records().count();
    assert!(count(&one) < count(&two) && count(&two) <= count(&three));
    // Škoda Defence is in Czechia, which depth 1 already shows: met again, it is a reference
    // to Czechia's row, not a second Czechia.
    let rows = shape(&catalog, &two);
    assert!(rows.contains(&"2country → country:czechia (seen)".to_owned()), "{rows:#?}");
    let czechia = id(&catalog, "country:czechia");
    let full: Vec<usize> = two
        .rows
        .iter()
        .enumerate()
        .filter(|(_, row)| matches!(row.entry, Entry::Record { record, .. } if record == czechia))
        .map(|(at, _)| at)
        .collect();
    assert_eq!(full.len(), 1, "{rows:#?}");
    for row in &two.rows {
        if let Entry::Seen { record, full: at, .. } = row.entry {
            assert_eq!(two.rows[at].record(), Some(record), "a reference points at its record");
        }
    }
    for n in [&one, &two, &three] {
        let mut ids: Vec<RecordId> = n.records().map(|(r, _)| r).collect();
        let all = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), all, "each record in full once");
    }
    // Depth 2 reaches what the neighbours name and what names them: Czechia's person and its
    // event, through the country.
    assert!(rows.contains(&"2country ← jana-maiga".to_owned()), "{rows:#?}");
    assert!(rows.contains(&"2country ← testex".to_owned()), "{rows:#?}");
    // Depth is kept within 1 to 3.
    assert_eq!(neighbourhood(&catalog, rys, 0).depth, 1);
    assert_eq!(neighbourhood(&catalog, rys, 9).depth, 3);
}

#[test]
fn the_record_above_is_not_listed_again_below_it_nor_one_record_twice_under_another() {
    let catalog = small();
    let found = neighbourhood(&catalog, id(&catalog, "czech-delegation"), 2);
    let rows = shape(&catalog, &found);
    // Jana Maïga heads the delegation and is among its members: one row, the first field's.
    assert!(rows.contains(&"1head → jana-maiga".to_owned()), "{rows:#?}");
    assert!(!rows.iter().any(|row| row.contains("members")), "{rows:#?}");
    // Under Jana, the delegation she came from is not repeated (head ←, members ←).
    let jana = rows.iter().position(|row| row == "1head → jana-maiga").expect("her row");
    let under: Vec<&String> = rows[jana + 1..].iter().take_while(|r| r.starts_with('2')).collect();
    assert!(!under.iter().any(|row| row.contains("czech-delegation")), "{under:#?}");
}

#[test]
fn the_links_read_as_the_data_has_them() {
    let catalog = small();
    let rys = id(&catalog, "rys");
    let found = neighbourhood(&catalog, rys, 1);
    let links: Vec<(String, &str, String)> = found
        .links()
        .map(|l| {
            (catalog.get(l.from).id().to_owned(), l.field.key(), catalog.get(l.to).id().to_owned())
        })
        .collect();
    assert!(links.contains(&("rys".into(), "maker", "skoda-defence".into())));
    assert!(links.contains(&("czech-delegation".into(), "interests", "rys".into())), "{links:?}");
}

#[test]
fn edges_are_labelled_with_their_field_for_people_and_scripts() {
    let _english = crate::i18n::speak(crate::i18n::Lang::En);
    let maker = Edge { field: Field::Maker, direction: Direction::Out };
    assert_eq!(maker.label(), "Maker →");
    assert_eq!(maker.direction_key(), "link");
    let interests = Edge { field: Field::Interests, direction: Direction::In };
    assert_eq!(interests.label(), "Interests ←");
    assert_eq!(interests.direction_key(), "backlink");
    let _french = crate::i18n::speak(crate::i18n::Lang::Fr);
    assert_eq!(maker.label(), "Fabricant →");
    assert_eq!(folded_text(Kind::System, 214), "+ 214 systèmes");
}

/// A maker of `n` systems, each run by one organisation.
fn maker_of(n: usize) -> Catalog {
    let mut text = String::from(
        "[[company]]\nid = \"acme\"\nname = \"Acme\"\ncountry = \"Czechia\"\nsources = [\"t\"]\n\
         [[organisation]]\nid = \"army\"\nname = \"Army\"\nsources = [\"t\"]\n",
    );
    for i in 0..n {
        text.push_str(&format!(
            "[[system]]\nid = \"s{i:02}\"\nname = \"S{i:02}\"\nmaker = \"acme\"\n\
             operators = [\"army\"]\nsources = [\"t\"]\n"
        ));
    }
    crate::catalog::clean(&text)
}

#[test]
fn a_group_past_the_limit_folds_into_a_count() {
    let _english = crate::i18n::speak(crate::i18n::Lang::En);
    let catalog = maker_of(20);
    let found = neighbourhood(&catalog, id(&catalog, "acme"), 2);
    let rows = shape(&catalog, &found);
    let systems: Vec<&String> = rows.iter().filter(|r| r.starts_with("1maker ←")).collect();
    assert_eq!(systems.len(), FOLD_AT, "{rows:#?}");
    assert_eq!(systems.last().map(|s| s.as_str()), Some("1maker ← +13 system"));
    let fold = found.rows.iter().find_map(|row| match row.entry {
        Entry::Folded { kind, count, parent, edge } => Some((kind, count, parent, edge)),
        _ => None,
    });
    let (kind, count, parent, edge) = fold.expect("a fold");
    assert_eq!((kind, count, parent), (Kind::System, 20 - (FOLD_AT - 1), id(&catalog, "acme")));
    assert_eq!(edge, Edge { field: Field::Maker, direction: Direction::In });
    assert_eq!(folded_text(kind, count), "+ 13 systems");
    // What is folded is not walked: the army is reached through the systems shown, once.
    assert_eq!(rows.iter().filter(|r| r.ends_with("army")).count(), 1, "{rows:#?}");
    // The fold is the group's last row, and its branch ends there when it is the last group.
    assert!(found.rows.last().is_some_and(|row| row.last));
}

#[test]
fn a_group_at_the_limit_shows_every_record() {
    let catalog = maker_of(FOLD_AT);
    let found = neighbourhood(&catalog, id(&catalog, "acme"), 1);
    let rows = shape(&catalog, &found);
    assert_eq!(rows.iter().filter(|r| r.starts_with("1maker ←")).count(), FOLD_AT);
    assert!(!rows.iter().any(|r| r.contains('+')), "{rows:#?}");
}

#[test]
fn folds_count_every_record_of_a_generated_catalogue_s_busiest_country() {
    let catalog = crate::catalog::load(&crate::synth::generate(3000, 7)).catalog;
    let countries = catalog.of_kind(Kind::Country);
    let busiest = *countries.iter().max_by_key(|&&c| catalog.backlinks(c).len()).expect("one");
    let found = neighbourhood(&catalog, busiest, 1);
    // Each group's rows and its count make up the backlinks of that kind through that field.
    for (field, kind) in [(Field::Country, Kind::Company), (Field::Operators, Kind::System)] {
        let mut named: Vec<RecordId> = catalog
            .backlinks(busiest)
            .iter()
            .filter(|b| b.field == field && catalog.get(b.from).kind() == kind)
            .map(|b| b.from)
            .collect();
        named.dedup();
        let edge = Edge { field, direction: Direction::In };
        let shown = found
            .rows
            .iter()
            .filter(|row| {
                row.edge() == Some(edge)
                    && row.record().is_some_and(|record| catalog.get(record).kind() == kind)
            })
            .count();
        let folded: usize = found
            .rows
            .iter()
            .filter_map(|row| match row.entry {
                Entry::Folded { edge: e, kind: k, count, .. } if e == edge && k == kind => {
                    Some(count)
                }
                _ => None,
            })
            .sum();
        assert!(named.len() > FOLD_AT, "{field:?}: {} records", named.len());
        assert_eq!((shown, shown + folded), (FOLD_AT - 1, named.len()), "{field:?}");
    }
}

#[test]
fn rows_draw_their_branches_with_box_lines() {
    let catalog = small();
    let found = neighbourhood(&catalog, id(&catalog, "rys"), 2);
    let drawn: Vec<String> = found
        .rows
        .iter()
        .map(|row| {
            let name = row.record().map_or("+".to_owned(), |r| catalog.get(r).id().to_owned());
            format!("{}{name}", row.prefix())
        })
        .collect();
    assert_eq!(drawn[0], "rys");
    assert_eq!(drawn[1], "├─ skoda-defence");
    // Škoda's one other link, its country, ends its branch.
    assert_eq!(drawn[2], "│  └─ country:czechia", "{drawn:#?}");
    assert_eq!(drawn[3], "├─ country:czechia", "{drawn:#?}");
    assert_eq!(drawn[4], "│  ├─ skoda-defence", "{drawn:#?}");
    assert!(
        drawn.last().is_some_and(|l| l.starts_with("└─ ") || l.starts_with("   └─ ")),
        "{drawn:#?}"
    );
    // Under the last record of depth 1, no line runs down the left.
    let last_top = found.rows.iter().rposition(|row| row.depth == 1).expect("a row at depth 1");
    for row in &found.rows[last_top + 1..] {
        assert!(row.prefix().starts_with("   "), "{drawn:#?}");
    }
}

#[test]
fn a_company_s_view_names_the_delegations_interested_in_what_it_makes() {
    let _english = crate::i18n::speak(crate::i18n::Lang::En);
    let catalog = small();
    let skoda = id(&catalog, "skoda-defence");
    let delegation = id(&catalog, "czech-delegation");
    let found = neighbourhood(&catalog, skoda, 1);
    // The delegation names Rys, not Škoda: it is reached in one link, through the product.
    let rows = shape(&catalog, &found);
    assert!(rows.contains(&"1interests ← czech-delegation".to_owned()), "{rows:#?}");
    let at = found
        .rows
        .iter()
        .position(|row| row.record() == Some(delegation))
        .expect("the delegation's row");
    let edge = found.rows[at].edge().expect("an edge");
    assert_eq!(edge.direction, Direction::Through);
    assert_eq!(edge.direction_key(), "interest-via");
    assert_eq!(found.via_of(skoda, delegation), [id(&catalog, "rys")]);
    let text = found.row_text(&catalog, at).expect("a row");
    assert_eq!(text.edge, "Interests (via Rys) ← ");
    assert_eq!(text.line(), "└─ Interests (via Rys) ← Czech delegation  delegation");
    // Not a link of the data (the delegation's field names Rys), but an interest.
    assert!(!found.links().any(|link| link.from == delegation));
    let interests: Vec<_> = found.interests().map(|(d, c, via)| (d, c, via.to_vec())).collect();
    assert_eq!(interests, [(delegation, skoda, vec![id(&catalog, "rys")])]);
    // A delegation that names the company itself is a plain backlink, not an interest via.
    let anatolia = neighbourhood(&catalog, id(&catalog, "anatolia-dynamics"), 1);
    assert!(shape(&catalog, &anatolia).contains(&"1interests ← czech-delegation".to_owned()));
    assert_eq!(anatolia.interests().count(), 0);
}

/// A company `acme` making `systems` systems, and `delegations` delegations each interested in
/// every system; `direct` of them name the company too.
fn wanted(systems: usize, delegations: usize, direct: usize) -> Catalog {
    let mut text = String::from(
        "[[company]]\nid = \"acme\"\nname = \"Acme\"\ncountry = \"Czechia\"\nsources = [\"t\"]\n",
    );
    let ids: Vec<String> = (0..systems).map(|i| format!("\"s{i:02}\"")).collect();
    for i in 0..systems {
        text.push_str(&format!(
            "[[system]]\nid = \"s{i:02}\"\nname = \"S{i:02}\"\nmaker = \"acme\"\nsources = [\"t\"]\n"
        ));
    }
    for d in 0..delegations {
        let mut interests = ids.clone();
        if d < direct {
            interests.push("\"acme\"".into());
        }
        text.push_str(&format!(
            "[[delegation]]\nid = \"d{d:02}\"\nname = \"D{d:02}\"\ncountry = \"Mali\"\n\
             interests = [{}]\nsources = [\"t\"]\n",
            interests.join(", ")
        ));
    }
    crate::catalog::clean(&text)
}

/// Two records both in the tree show their link twice, once in full and once met again: the
/// links a script reads (DOT, Mermaid, JSON) have it once.
#[test]
fn each_link_is_given_once_though_two_rows_show_it() {
    let catalog = crate::catalog::load(&crate::synth::generate(300, 3)).catalog;
    for record in catalog.of_kind(Kind::Country).iter().chain(catalog.of_kind(Kind::Company)) {
        for depth in MIN_DEPTH..=MAX_DEPTH {
            let found = neighbourhood(&catalog, *record, depth);
            let links: Vec<Link> = found.links().collect();
            let distinct: HashSet<&Link> = links.iter().collect();
            assert_eq!(distinct.len(), links.len(), "{}", catalog.get(*record).id());
            let interests: Vec<_> = found.interests().map(|(d, c, _)| (d, c)).collect();
            let distinct: HashSet<_> = interests.iter().collect();
            assert_eq!(distinct.len(), interests.len(), "{}", catalog.get(*record).id());
        }
    }
    // BAMEX's Baykar: Akinci → TB2 and SSB → Türkiye are each met from both ends.
    let bamex = crate::catalog::load(&crate::catalog::embedded()).catalog;
    let found = neighbourhood(&bamex, id(&bamex, "baykar"), 2);
    let related = found.links().filter(|link| {
        bamex.get(link.from).id() == "akinci" && bamex.get(link.to).id() == "bayraktar-tb2"
    });
    assert_eq!(related.count(), 1);
}

/// A fold of delegations interested through the company's systems says so, not "directly".
#[test]
fn a_fold_of_interests_through_products_says_so() {
    let _english = crate::i18n::speak(crate::i18n::Lang::En);
    let catalog = wanted(1, 12, 0);
    let found = neighbourhood(&catalog, id(&catalog, "acme"), 1);
    let at = found
        .rows
        .iter()
        .position(|row| matches!(row.entry, Entry::Folded { kind: Kind::Delegation, .. }))
        .expect("the delegations fold");
    let text = found.row_text(&catalog, at).expect("a row").line();
    assert_eq!(text, "└─ Interests (through what it makes) ← + 5 delegations");
}

/// A record named twice in one field, or in two fields, is one neighbour: shown once, and
/// counted once in a fold.
#[test]
fn a_record_named_twice_is_counted_once() {
    let _english = crate::i18n::speak(crate::i18n::Lang::En);
    let mut text = String::from("[[delegation]]\nid = \"d\"\nname = \"D\"\ncountry = \"Mali\"\n");
    let mut members: Vec<String> = (0..10).map(|i| format!("\"m{i}\"")).collect();
    members.extend(["\"m0\"".into(), "\"m1\"".into(), "\"m2\"".into()]);
    text.push_str(&format!("members = [{}]\nsources = [\"t\"]\n", members.join(", ")));
    for i in 0..10 {
        text.push_str(&format!("[[person]]\nid = \"m{i}\"\nname = \"M{i}\"\nsources = [\"t\"]\n"));
    }
    let catalog = crate::catalog::clean(&text);
    let found = neighbourhood(&catalog, id(&catalog, "d"), 1);
    let rows = shape(&catalog, &found);
    let shown = rows.iter().filter(|r| r.starts_with("1members → m")).count();
    let folded = found.rows.iter().find_map(|row| match row.entry {
        Entry::Folded { count, .. } => Some(count),
        _ => None,
    });
    assert_eq!(shown + folded.unwrap_or(0), 10, "ten people: {rows:#?}");
}

/// A delegation that names the company and some of its systems: its row says both, and a
/// script reads the products.
#[test]
fn an_interest_both_direct_and_through_products_says_both() {
    let _english = crate::i18n::speak(crate::i18n::Lang::En);
    let catalog = wanted(2, 1, 1);
    let (acme, d00) = (id(&catalog, "acme"), id(&catalog, "d00"));
    let found = neighbourhood(&catalog, acme, 1);
    let at = found.rows.iter().position(|row| row.record() == Some(d00)).expect("its row");
    let text = found.row_text(&catalog, at).expect("a row").line();
    assert_eq!(text, "└─ Interests (directly and via S00, S01) ← D00  delegation");
    let interests: Vec<_> = found.interests().map(|(d, c, via)| (d, c, via.len())).collect();
    assert_eq!(interests, [(d00, acme, 2)]);
    // The page says the same.
    let said = crate::features::interest::interested_in(&catalog, acme);
    assert!(said[0].direct && said[0].via.len() == 2, "{said:?}");
}

/// Drawn as a graph, the neighbourhood has every link between the records it shows, not only
/// the tree's: two records under different parents that name each other are joined too.
#[test]
fn the_graph_has_every_link_between_the_records_it_shows() {
    let bamex = crate::catalog::load(&crate::catalog::embedded()).catalog;
    let found = neighbourhood(&bamex, id(&bamex, "baykar"), 2);
    let named =
        |link: &Link| (bamex.get(link.from).id(), link.field.key(), bamex.get(link.to).id());
    let tree: Vec<_> = found.links().map(|link| named(&link)).collect();
    let among: Vec<_> = found.links_among(&bamex).iter().map(named).collect();
    // FAMa and Mali are both in the tree, under TB2, and FAMa's country is Mali.
    let fama_mali = ("fama", "country", "country:mali");
    assert!(!tree.contains(&fama_mali) && among.contains(&fama_mali), "{among:?}");
    assert!(tree.iter().all(|link| among.contains(link)), "the tree's links first");
    let distinct: HashSet<_> = among.iter().collect();
    assert_eq!(distinct.len(), among.len(), "each once");
    let shown: HashSet<RecordId> = found.records().map(|(r, _)| r).collect();
    for link in found.links_among(&bamex) {
        assert!(shown.contains(&link.from) && shown.contains(&link.to), "{:?}", named(&link));
    }
}
