use super::*;

/// Five systems from three makers in two countries, with sectors and operators to combine.
const FIXTURE: &str = r#"
[[company]]
id = "baykar"
name = "Baykar"
country = "Türkiye"
[[company]]
id = "stm"
name = "STM"
country = "Türkiye"
[[company]]
id = "norinco"
name = "Norinco"
country = "China"

[[system]]
id = "tb2"
name = "Bayraktar TB2"
maker = "baykar"
category = "unmanned aerial vehicle"
operators = ["Mali", "Niger"]
tags = ["drone", "ISR"]
[[system]]
id = "akinci"
name = "Akinci"
maker = "baykar"
category = "Unmanned Aerial Vehicle"
operators = ["Mali"]
tags = ["drone"]
[[system]]
id = "kargu"
name = "Kargu"
maker = "stm"
category = "loitering munition"
operators = ["Türkiye"]
tags = ["drone", "loitering"]
[[system]]
id = "vn22"
name = "VN22"
maker = "norinco"
category = "armoured vehicle"
operators = ["Mali"]
[[system]]
id = "ch4"
name = "CH-4"
maker = "norinco"
category = "unmanned aerial vehicle"
"#;

fn catalog() -> Catalog {
    crate::catalog::clean(FIXTURE)
}

fn admitted(catalog: &Catalog, filters: &Filters) -> Vec<String> {
    let mut ids: Vec<String> = catalog
        .of_kind(Kind::System)
        .iter()
        .filter(|&&id| filters.admits(catalog, id))
        .map(|&id| catalog.get(id).id().to_owned())
        .collect();
    ids.sort();
    ids
}

fn parse(catalog: &Catalog, clauses: &[&str]) -> Result<Filters, FacetError> {
    let clauses: Vec<String> = clauses.iter().map(|c| (*c).to_owned()).collect();
    parse_where(catalog, &[Kind::System], catalog.of_kind(Kind::System), &clauses, None)
}

#[test]
fn a_kind_is_faceted_by_its_short_shared_fields() {
    assert_eq!(
        facets_of(Kind::System),
        vec![
            Field::Country,
            Field::Maker,
            Field::Category,
            Field::Domain,
            Field::Operators,
            Field::Tags
        ],
        "a system's country is its maker's"
    );
    assert_eq!(facets_of(Kind::Company), vec![Field::Country, Field::Sectors, Field::Tags]);
}

#[test]
fn values_of_one_facet_are_alternatives_and_facets_must_all_hold() {
    let catalog = catalog();
    let either = parse(&catalog, &["maker=Baykar", "maker=STM"]).expect("parses");
    assert_eq!(admitted(&catalog, &either), vec!["akinci", "kargu", "tb2"]);
    let both = parse(&catalog, &["maker=baykar", "operators=niger"]).expect("parses");
    assert_eq!(admitted(&catalog, &both), vec!["tb2"]);
    assert_eq!(both.describe(), "maker: Baykar · operators: Niger", "shown as the data writes it");
}

#[test]
fn counts_follow_the_other_filters_not_their_own() {
    let catalog = catalog();
    let systems = catalog.of_kind(Kind::System);
    let none = Filters::default();
    assert_eq!(
        counts(&catalog, systems, &none, Field::Category),
        vec![("unmanned aerial vehicle", 3), ("armoured vehicle", 1), ("loitering munition", 1)],
        "values differing only in case are one value"
    );
    let mali = parse(&catalog, &["operators=Mali"]).expect("parses");
    assert_eq!(
        counts(&catalog, systems, &mali, Field::Maker),
        vec![("Baykar", 2), ("Norinco", 1)],
        "under operators=Mali"
    );
    // Its own facet is counted without it, so the alternatives stay in view.
    assert_eq!(
        counts(&catalog, systems, &mali, Field::Operators),
        vec![("Mali", 3), ("Niger", 1), ("Türkiye", 1)]
    );
}

#[test]
fn bad_clauses_name_what_would_have_worked() {
    let catalog = catalog();
    assert_eq!(
        parse(&catalog, &["maker"]).expect_err("no ="),
        FacetError::Malformed { given: "maker".into() }
    );
    let error = parse(&catalog, &["makr=Baykar"]).expect_err("unknown field").to_string();
    assert_eq!(
        error,
        "cannot filter system by `makr` (did you mean `maker`?); the fields to filter by are \
         `country`, `maker`, `category`, `domain`, `operators`, `tags`"
    );
    let error = parse(&catalog, &["maker=Baykr"]).expect_err("unknown value").to_string();
    assert_eq!(
        error,
        "no system has `Baykr` as its maker (did you mean `Baykar`?); the values are `Baykar`, \
         `Norinco`, `STM`"
    );
    let error = parse(&catalog, &["operators=turkiye", "tags=ISR"]).expect("accents ignored");
    assert_eq!(admitted(&catalog, &error), Vec::<String>::new(), "AND across facets");
}

#[test]
fn systems_take_their_makers_country_and_values_match_as_whole_words() {
    let catalog = catalog();
    let turkish = parse(&catalog, &["country=turkiye"]).expect("parses");
    assert_eq!(admitted(&catalog, &turkish), vec!["akinci", "kargu", "tb2"]);
    assert_eq!(
        counts(&catalog, catalog.of_kind(Kind::System), &Filters::default(), Field::Country),
        vec![("Türkiye", 3), ("China", 2)]
    );
    // The issue's own example: a loitering munition from a Turkish maker.
    let both = parse(&catalog, &["country=Türkiye", "category=munition"]).expect("parses");
    assert_eq!(admitted(&catalog, &both), vec!["kargu"]);
    // Whole words only: "aerial" is a word of the category, "aeria" is not.
    assert!(parse(&catalog, &["category=aeria"]).is_err());
    let aerial = parse(&catalog, &["category=aerial"]).expect("a word of a value");
    assert_eq!(admitted(&catalog, &aerial), vec!["akinci", "ch4", "tb2"]);
}

#[test]
fn the_prepared_index_counts_and_filters_as_the_plain_scan_does() {
    let catalog = catalog();
    let index = FacetIndex::build(&catalog);
    let systems = catalog.of_kind(Kind::System);
    let folded = |counted: Vec<(&str, usize)>| -> Vec<(String, usize)> {
        counted.into_iter().map(|(value, count)| (fold(value), count)).collect()
    };
    for clauses in [
        vec![],
        vec!["maker=Baykar"],
        vec!["maker=Baykar", "maker=STM"],
        vec!["operators=Mali", "tags=drone"],
        vec!["country=turkiye", "category=munition"],
    ] {
        let filters = parse(&catalog, &clauses).expect("parses");
        let plain: Vec<RecordId> =
            systems.iter().copied().filter(|&r| filters.admits(&catalog, r)).collect();
        assert_eq!(index.admitted(systems, &filters), plain, "{clauses:?}");
        for field in facets_of(Kind::System) {
            assert_eq!(
                folded(index.counts(systems, &filters, field)),
                folded(counts(&catalog, systems, &filters, field)),
                "{clauses:?} {field:?}"
            );
        }
    }
}

/// A field the schema makes a facet is one with nothing in this module naming it: the BAMEX
/// systems narrow by their domain.
#[test]
fn systems_narrow_by_the_domain_the_schema_makes_a_facet() {
    let catalog = crate::catalog::load(&crate::catalog::embedded()).catalog;
    let systems = catalog.of_kind(Kind::System);
    assert_eq!(
        counts(&catalog, systems, &Filters::default(), Field::Domain),
        vec![("air", 3), ("electronic warfare", 2), ("land", 1)]
    );
    let clauses = vec!["domain=land".to_owned()];
    let filters =
        parse_where(&catalog, &[Kind::System], systems, &clauses, None).expect("domain is a facet");
    let land: Vec<&str> = systems
        .iter()
        .filter(|&&id| filters.admits(&catalog, id))
        .map(|&id| catalog.get(id).id())
        .collect();
    assert_eq!(land, ["cobra-ii"]);
}

/// The same systems in an earlier edition: the Kargu and the VN22 since changed, the CH-4 new.
fn earlier_edition() -> Catalog {
    crate::catalog::clean(
        &FIXTURE
            .replace("category = \"loitering munition\"", "category = \"munition\"")
            .replace("operators = [\"Mali\"]\n\n[[system]]\nid = \"ch4\"", "")
            .replace("name = \"VN22\"", "name = \"VN-22\"")
            .replace(
                "name = \"CH-4\"\nmaker = \"norinco\"\ncategory = \"unmanned aerial vehicle\"\n",
                "",
            )
            .replace("[[system]]\nid = \"ch4\"\n", ""),
    )
}

/// The `edition` facet narrows by what is new or changed since an earlier edition: its values
/// are alternatives, it must hold with the field facets, each is counted under the others, and
/// the index answers as the plain scan does.
#[test]
fn the_edition_facet_narrows_to_what_is_new_or_changed_and_combines_with_the_others() {
    let catalog = catalog();
    let old = earlier_edition();
    assert!(old.find("ch4").is_none() && old.find("vn22").is_some(), "the fixture's edition");
    let editions =
        Arc::new(Editions::of(&crate::features::diff::diff(&old, &catalog), catalog.len()));
    let index = FacetIndex::build(&catalog);
    let systems = catalog.of_kind(Kind::System);

    let mut filters = Filters::default();
    filters.toggle_edition(Edition::New, &editions);
    assert_eq!(admitted(&catalog, &filters), vec!["ch4"]);
    assert!(
        filters.is_edition_selected(Edition::New) && !filters.is_edition_selected(Edition::Changed)
    );
    filters.toggle_edition(Edition::Changed, &editions);
    assert_eq!(admitted(&catalog, &filters), vec!["ch4", "kargu", "vn22"], "new or changed");
    assert_eq!(filters.describe(), "edition: new or changed");
    // The other facets count within what is new or changed; the edition within the others.
    assert_eq!(index.counts(systems, &filters, Field::Maker), vec![("Norinco", 2), ("STM", 1)]);
    filters.add(Field::Maker, "Norinco");
    assert_eq!(admitted(&catalog, &filters), vec!["ch4", "vn22"], "and made by Norinco");
    assert_eq!(filters.describe(), "edition: new or changed · maker: Norinco");
    assert_eq!(
        index.edition_counts(systems, &filters, &editions),
        vec![(Edition::New, 1), (Edition::Changed, 1)],
        "counted under the maker, not under its own choice"
    );
    let plain: Vec<RecordId> =
        systems.iter().copied().filter(|&r| filters.admits(&catalog, r)).collect();
    assert_eq!(index.admitted(systems, &filters), plain, "the index agrees");

    // Dropping both values drops the facet.
    filters.toggle_edition(Edition::New, &editions);
    filters.toggle_edition(Edition::Changed, &editions);
    assert_eq!(filters.describe(), "maker: Norinco");
    assert_eq!(admitted(&catalog, &filters), vec!["ch4", "vn22"]);
    let mut none = Filters::default();
    none.toggle_edition(Edition::New, &editions);
    none.toggle_edition(Edition::New, &editions);
    assert!(none.is_empty(), "chosen and dropped: no filter left");
}
