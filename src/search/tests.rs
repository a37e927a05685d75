use std::borrow::Cow;

use super::*;
use crate::catalog::{Catalog, SourceFile, embedded, load};

fn catalog_of(text: &str) -> Catalog {
    let source = SourceFile { path: "t.toml".into(), bytes: Cow::Owned(text.as_bytes().to_vec()) };
    let loaded = load(&[source]);
    assert_eq!(loaded.error_count(), 0, "{:?}", loaded.diagnostics);
    loaded.catalog
}

fn bamex() -> Catalog {
    load(&embedded()).catalog
}

fn ids(catalog: &Catalog, hits: &[Hit]) -> Vec<String> {
    hits.iter().map(|hit| catalog.get(hit.record).id.to_string()).collect()
}

#[test]
fn matching_ignores_case_and_accents() {
    let catalog = catalog_of(
        "[[person]]\nid = \"m\"\nname = \"Abdoulaye Maïga\"\n\
         [[company]]\nid = \"s\"\nname = \"Škoda\"\ncountry = \"Türkiye\"\n",
    );
    let index = SearchIndex::build(&catalog);
    assert_eq!(ids(&catalog, &index.search("maiga", None)), vec!["m"]);
    assert_eq!(ids(&catalog, &index.search("MAÏGA", None)), vec!["m"]);
    assert_eq!(ids(&catalog, &index.search("skoda", None)), vec!["s"]);
    let turkiye = index.search("turkiye", None);
    assert_eq!(
        ids(&catalog, &turkiye)[0],
        "country:turkiye",
        "the country itself, by name, comes first"
    );
    assert!(
        ids(&catalog, &turkiye).contains(&"s".to_owned()),
        "its company matches through its country"
    );
}

#[test]
fn name_matches_rank_above_summary_matches() {
    let catalog = catalog_of(
        "[[company]]\nid = \"a\"\nname = \"Alpha\"\nsummary = \"Partner of Kargu makers.\"\n\
         [[company]]\nid = \"k\"\nname = \"Kargu\"\n",
    );
    let index = SearchIndex::build(&catalog);
    let hits = index.search("kargu", None);
    assert_eq!(ids(&catalog, &hits), vec!["k", "a"]);
    assert_eq!(hits[0].field, MatchField::Name);
    assert_eq!(hits[1].field, MatchField::Text);
}

#[test]
fn summaries_need_each_word_not_scattered_letters() {
    let catalog =
        catalog_of("[[company]]\nid = \"a\"\nname = \"Alpha\"\nsummary = \"borne on wheels\"\n");
    let index = SearchIndex::build(&catalog);
    assert!(
        index.search("bow", None).is_empty(),
        "b-o-w scattered through the summary is no match"
    );
    assert_eq!(index.search("wheels", None).len(), 1);
}

#[test]
fn tags_and_facts_are_not_matched_letter_by_letter() {
    let catalog = catalog_of(
        "[[company]]\nid = \"a\"\nname = \"Alpha\"\ntags = [\"armoured vehicle\", \"mine protection\"]\n\
         [[company]]\nid = \"b\"\nname = \"Beta\"\ntags = [\"drones\"]\n",
    );
    let index = SearchIndex::build(&catalog);
    assert_eq!(ids(&catalog, &index.search("drone", None)), vec!["b"]);
    assert_eq!(index.search("drone", None)[0].field, MatchField::Tags);
}

#[test]
fn kind_filter_and_empty_query() {
    let catalog = bamex();
    let index = SearchIndex::build(&catalog);
    let systems = index.search("", Some(Kind::System));
    assert_eq!(systems.len(), catalog.of_kind(Kind::System).len());
    let all = index.search("  ", None);
    assert_eq!(all.len(), catalog.len());
    let names: Vec<String> = all.iter().map(|hit| fold(&catalog.get(hit.record).name)).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "an empty query lists everything by name");
    assert!(index.search("tb2", Some(Kind::Person)).is_empty());
}

#[test]
fn the_bamex_catalogue_answers_what_an_attendee_would_ask() {
    let catalog = bamex();
    let index = SearchIndex::build(&catalog);
    assert_eq!(ids(&catalog, &index.search("tb2", None))[0], "bayraktar-tb2");
    assert_eq!(ids(&catalog, &index.search("maiga", None))[0], "abdoulaye-maiga");
    assert_eq!(ids(&catalog, &index.search("cobra", None))[0], "cobra-ii");
    let demo = ids(&catalog, &index.search("demo day", Some(Kind::ScheduleItem)));
    assert_eq!(demo[..2], ["bamex-2025-demo-day-1", "bamex-2025-demo-day-2"]);
}

#[test]
fn match_positions_point_at_original_characters() {
    let catalog = bamex();
    let index = SearchIndex::build(&catalog);
    assert_eq!(index.match_positions("Abdoulaye Maïga", "maiga"), vec![10, 11, 12, 13, 14]);
    assert_eq!(index.match_positions("Bayraktar TB2", "tb2"), vec![10, 11, 12]);
    assert!(index.match_positions("Bayraktar TB2", "").is_empty());
}
