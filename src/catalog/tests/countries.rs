//! Countries: one record whichever of its names is written, ids as the catalogue spells them,
//! aliases from the country table and from `[[country]]` tables, and lookup by any of them.

use super::*;

fn company(id: &str, country: &str) -> String {
    format!("[[company]]\nid = \"{id}\"\nname = \"{id}\"\ncountry = \"{country}\"\n")
}

fn country_ids(catalog: &Catalog) -> Vec<&str> {
    catalog.of_kind(Kind::Country).iter().map(|&id| catalog.get(id).id()).collect()
}

fn aliases<'a>(catalog: &'a Catalog, id: &str) -> Vec<&'a str> {
    let record = catalog.find(id).unwrap_or_else(|| panic!("no {id}"));
    catalog.get(record).list(Field::Aliases).iter().collect()
}

fn id_of(catalog: &Catalog, query: &str) -> Option<String> {
    catalog.lookup(query).map(|id| catalog.get(id).id().to_owned())
}

#[test]
fn turkey_and_turkiye_in_two_files_are_one_country() {
    let a = company("a", "Türkiye");
    let b = format!("{}{}", company("b", "Turkey"), company("c", "The Republic of Türkiye"));
    let loaded = load_texts(&[("a.toml", &a), ("b.toml", &b)]);
    let catalog = &loaded.catalog;
    assert_eq!(country_ids(catalog), ["country:turkiye"]);
    let turkiye = catalog.find("country:turkiye").expect("one country");
    assert_eq!(catalog.get(turkiye).name(), "Türkiye", "equally used: the first seen names it");
    let referrers: Vec<&str> =
        catalog.backlinks(turkiye).iter().map(|b| catalog.get(b.from).id()).collect();
    assert_eq!(referrers, ["a", "b", "c"]);
    assert_eq!(
        problems(&loaded),
        [
            "b.toml:4:11: warning: country `Turkey` is written `Türkiye` elsewhere; use one spelling",
            "b.toml:8:11: warning: country `The Republic of Türkiye` is written `Türkiye` elsewhere; use one spelling",
        ]
    );
}

#[test]
fn ids_come_from_the_spelling_the_catalogue_uses() {
    let text = [
        company("a", "Turkey"),
        company("b", "Czech Republic"),
        company("c", "czech republic"),
        company("d", "Escland"),
        company("e", "Turkish"),
    ]
    .concat();
    let loaded = load_texts(&[("a.toml", &text)]);
    let catalog = &loaded.catalog;
    assert_eq!(
        country_ids(catalog),
        ["country:czech-republic", "country:escland", "country:turkey", "country:turkish"],
        "as before there was a table; a demonym is not a name, so `Turkish` is a country of its own"
    );
    assert_eq!(aliases(catalog, "country:turkey"), ["Türkiye", "Turkish"]);
    assert!(aliases(catalog, "country:escland").is_empty(), "unknown to the table: no aliases");
    let escland = catalog.get(catalog.find("country:escland").expect("made"));
    assert_eq!(escland.fields().count(), 0, "no fields at all, as before");
}

#[test]
fn the_embedded_countries_keep_their_ids() {
    let catalog = load(&embedded()).catalog;
    assert_eq!(
        country_ids(&catalog),
        [
            "country:burkina-faso",
            "country:france",
            "country:iran",
            "country:libya",
            "country:mali",
            "country:morocco",
            "country:niger",
            "country:nigeria",
            "country:turkiye",
        ]
    );
}

#[test]
fn a_country_is_also_known_by_its_other_names_and_demonyms() {
    let text = [
        company("a", "Türkiye"),
        company("b", "Czechia"),
        company("c", "Mali"),
        company("d", "Norway"),
    ]
    .concat();
    let catalog = clean(&text);
    // Not the long names ("The Republic of Mali"): a two-letter search would find every country
    // in them. Lookup knows them all the same.
    assert_eq!(aliases(&catalog, "country:turkiye"), ["Turkey", "Turkish"]);
    assert_eq!(
        aliases(&catalog, "country:czechia"),
        [
            "Czech Republic",
            "Tschechische Republik",
            "République Tchèque",
            "República Checa",
            "Česká republika",
            "Česko",
            "Czech",
        ]
    );
    assert_eq!(aliases(&catalog, "country:mali"), ["Malian"]);
    // The name in its own language too: a catalogue written in Norwegian says "Norge".
    assert_eq!(aliases(&catalog, "country:norway"), ["Norge", "Noreg", "Norwegian"]);
}

#[test]
fn a_country_written_in_its_own_language_is_the_same_country() {
    let a = [company("a", "Norge"), company("c", "Deutschland")].concat();
    let loaded = load_texts(&[("a.toml", &a), ("b.toml", &company("b", "Norway"))]);
    let catalog = &loaded.catalog;
    assert_eq!(country_ids(catalog), ["country:deutschland", "country:norge"], "Norge is Norway");
    assert_eq!(id_of(catalog, "germany").as_deref(), Some("country:deutschland"));
}

#[test]
fn lookup_finds_a_country_by_any_of_its_names_and_its_demonym() {
    let text = [
        company("a", "Türkiye"),
        company("b", "Czechia"),
        company("c", "Mali"),
        company("d", "Norway"),
        company("e", "Côte d'Ivoire"),
    ]
    .concat();
    let catalog = clean(&text);
    for (query, id) in [
        ("turkey", "country:turkiye"),
        ("Turkish", "country:turkiye"),
        ("türkiye", "country:turkiye"),
        ("Republic of Turkiye", "country:turkiye"),
        ("The Kingdom of Norway", "country:norway"),
        ("Cote d’Ivoire", "country:cote-d-ivoire"),
        ("Czech Republic", "country:czechia"),
        ("czech", "country:czechia"),
        ("Malian", "country:mali"),
        ("NORWEGIAN", "country:norway"),
    ] {
        assert_eq!(id_of(&catalog, query).as_deref(), Some(id), "{query}");
    }
}

#[test]
fn lookup_takes_a_name_or_alias_and_says_when_several_have_it() {
    let text = "[[company]]\nid = \"baykar\"\nname = \"Baykar\"\n\
                [[system]]\nid = \"bayraktar-tb2\"\nname = \"Bayraktar TB2\"\nmaker = \"baykar\"\naliases = [\"TB2\"]\n\
                [[company]]\nid = \"twin-a\"\nname = \"Twin\"\n\
                [[person]]\nid = \"twin-b\"\nname = \"Someone\"\naliases = [\"twin\"]\n";
    let catalog = clean(text);
    assert_eq!(id_of(&catalog, "bayraktar tb2").as_deref(), Some("bayraktar-tb2"));
    assert_eq!(id_of(&catalog, "tb2").as_deref(), Some("bayraktar-tb2"));
    let twins = ["twin-a", "twin-b"].map(|id| catalog.find(id).expect("loaded"));
    assert_eq!(catalog.named("TWIN"), Named::Several(twins.to_vec()), "by kind, then name");
    assert_eq!(catalog.named("nobody"), Named::Nothing);
    let suggested = catalog.suggest("Bayraktar TB3").expect("close to a name");
    assert_eq!(
        (suggested.text, catalog.get(suggested.record).id()),
        ("Bayraktar TB2", "bayraktar-tb2")
    );
    let suggested = catalog.suggest("bayraktar-tb3").expect("close to an id");
    assert_eq!(suggested.text, "bayraktar-tb2", "an id as close as a name wins");
    assert_eq!(catalog.suggest("tb3").map(|s| s.text), Some("TB2"), "aliases are suggested too");
    assert_eq!(catalog.suggest("zzzzzzzz"), None);
}

const DECLARED: &str = "[[country]]\nname = \"Turkey\"\naliases = [\"Ankara\", \"turkey\"]\n\
                        summary = \"Its government is called Ankara.\"\nsources = [\"a report\"]\n";

#[test]
fn a_declared_country_adds_its_aliases_summary_and_sources_to_the_record_others_name() {
    let loaded = load_texts(&[("a.toml", &company("a", "Türkiye")), ("countries.toml", DECLARED)]);
    assert!(problems(&loaded).is_empty(), "{:?}", problems(&loaded));
    let catalog = &loaded.catalog;
    assert_eq!(country_ids(catalog), ["country:turkiye"], "the records' spelling names it");
    assert_eq!(
        aliases(catalog, "country:turkiye"),
        ["Turkey", "Turkish", "Ankara"],
        "the table's, then the catalogue's own, each once"
    );
    let turkiye = catalog.get(catalog.find("country:turkiye").expect("made"));
    assert_eq!(turkiye.text(Field::Summary), Some("Its government is called Ankara."));
    assert_eq!(turkiye.list(Field::Sources).iter().collect::<Vec<_>>(), ["a report"]);
    assert_eq!(catalog.origin_text(turkiye_id(catalog)), Some("countries.toml:1".into()));
    assert_eq!(id_of(catalog, "ankara").as_deref(), Some("country:turkiye"));
}

fn turkiye_id(catalog: &Catalog) -> RecordId {
    catalog.find("country:turkiye").expect("made")
}

#[test]
fn a_declared_country_nothing_names_is_made_and_its_aliases_resolve_references() {
    let declared = "[[country]]\nname = \"Somaliland\"\naliases = [\"Republic of Somaliland\"]\nsources = [\"t\"]\n\
                    [[country]]\nname = \"Norway\"\nsources = [\"t\"]\n";
    let loaded =
        load_texts(&[("a.toml", &company("a", "Republic of Somaliland")), ("b.toml", declared)]);
    assert!(problems(&loaded).is_empty(), "{:?}", problems(&loaded));
    let catalog = &loaded.catalog;
    assert_eq!(
        country_ids(catalog),
        ["country:norway", "country:republic-of-somaliland"],
        "one Somaliland, named as the records write it; Norway made from its declaration"
    );
    assert_eq!(aliases(catalog, "country:republic-of-somaliland"), ["Somaliland"]);
    let norway = catalog.find("country:norway").expect("made");
    assert_eq!(catalog.get(norway).name(), "Norway");
    assert!(catalog.backlinks(norway).is_empty());
}

#[test]
fn country_tables_report_every_problem_with_its_place() {
    let a = "[[country]]\nname = \"Türkiye\"\naliases = [\"Ankara\", \" \", \"Mali\", \"Greece\"]\nalias = [\"x\"]\nsources = [\"t\"]\n\
             [[country]]\naliases = [\"y\"]\n";
    let b = "[[event]]\nid = \"e\"\nname = \"E\"\ncountry = \"Mali\"\n\n[[country]]\nname = \"Turkey\"\n";
    let loaded = load_texts(&[("a.toml", a), ("b.toml", b)]);
    assert_eq!(
        problems(&loaded),
        [
            "a.toml:3:22: warning: empty alias: write the other name, or remove it",
            "a.toml:3:27: warning: alias `Mali` is also a name of `country:mali`",
            "a.toml:3:35: warning: alias `Greece` is a name of another country, Greece",
            "a.toml:4:1: error: unknown field `alias` in country, expected one of `name`, `aliases`, `summary`, `sources`; did you mean `aliases`?",
            "a.toml:6:1: error: country is missing required field `name`",
            "b.toml:7:8: error: country `Turkey` is declared twice: first as `Türkiye` at a.toml:2:8",
        ]
    );
    assert_eq!(aliases(&loaded.catalog, "country:turkiye").last(), Some(&"Greece"), "kept");
}

#[test]
fn a_country_table_without_sources_is_warned_about() {
    let loaded = load_texts(&[("a.toml", "[[country]]\nname = \"Mali\"\n")]);
    let all: Vec<String> = loaded.diagnostics.iter().map(ToString::to_string).collect();
    assert_eq!(
        all,
        ["a.toml:1:1: warning: country `Mali` has no sources: say where its facts come from"]
    );
}

#[test]
fn an_empty_alias_of_any_record_is_left_out_with_a_warning() {
    let text = "[[company]]\nid = \"a\"\nname = \"A\"\naliases = [\"\", \"Alpha\"]\n";
    let loaded = load_texts(&[("a.toml", text)]);
    assert_eq!(
        problems(&loaded),
        ["a.toml:4:12: warning: empty alias: write the other name, or remove it"]
    );
    assert_eq!(aliases(&loaded.catalog, "a"), ["Alpha"]);
}

#[test]
fn countries_are_one_record_whatever_the_case_and_accents() {
    let text = "[[company]]\nid = \"a\"\nname = \"A\"\ncountry = \"Türkiye\"\n\
                [[company]]\nid = \"b\"\nname = \"B\"\ncountry = \"Türkiye\"\n\
                [[person]]\nid = \"p\"\nname = \"P\"\ncountry = \"turkiye\"\n";
    let loaded = load_texts(&[("a.toml", text)]);
    let catalog = &loaded.catalog;
    let countries = catalog.of_kind(Kind::Country);
    assert_eq!(countries.len(), 1);
    let turkiye = catalog.get(countries[0]);
    assert_eq!(
        (turkiye.id(), turkiye.name()),
        ("country:turkiye", "Türkiye"),
        "the most used spelling wins"
    );
    let referrers: Vec<&str> =
        catalog.backlinks(countries[0]).iter().map(|b| catalog.get(b.from).id()).collect();
    assert_eq!(referrers, vec!["a", "b", "p"]);
    assert_eq!(catalog.lookup("TURKIYE"), Some(countries[0]));
    assert_eq!(
        problems(&loaded),
        vec![
            "a.toml:12:11: warning: country `turkiye` is written `Türkiye` elsewhere; use one spelling"
        ]
    );
}
