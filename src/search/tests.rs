use super::*;
use crate::catalog::{Catalog, embedded, load};
use crate::catalog::{Kind, RecordId};
use crate::text::fold;

fn bamex() -> Catalog {
    load(&embedded()).catalog
}

fn ids(catalog: &Catalog, hits: &[Hit]) -> Vec<String> {
    hits.iter().map(|hit| catalog.get(hit.record).id().to_string()).collect()
}

#[test]
fn matching_ignores_case_and_accents() {
    let catalog = crate::catalog::clean(
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
    let catalog = crate::catalog::clean(
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
    let catalog = crate::catalog::clean(
        "[[company]]\nid = \"a\"\nname = \"Alpha\"\nsummary = \"borne on wheels\"\n",
    );
    let index = SearchIndex::build(&catalog);
    assert!(
        index.search("bow", None).is_empty(),
        "b-o-w scattered through the summary is no match"
    );
    assert_eq!(index.search("wheels", None).len(), 1);
}

#[test]
fn tags_and_facts_are_not_matched_letter_by_letter() {
    let catalog = crate::catalog::clean(
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
    let names: Vec<String> = all.iter().map(|hit| fold(catalog.get(hit.record).name())).collect();
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

mod fast_paths;

#[test]
fn aliases_match_like_names_and_say_which_one_matched() {
    let catalog = crate::catalog::clean(
        "[[organisation]]\nid = \"ssb\"\nname = \"Defence Industries Secretariat\"\n\
         aliases = [\"SSB\", \"Savunma Sanayii Başkanlığı\"]\n\
         [[company]]\nid = \"ssbx\"\nname = \"Assab Works\"\n",
    );
    let index = SearchIndex::build(&catalog);
    let hits = index.search("ssb", None);
    assert_eq!(ids(&catalog, &hits)[0], "ssb", "the exact alias beats a scattered name match");
    assert_eq!(hits[0].field, MatchField::Alias);
    assert_eq!(index.matched_alias(&catalog, &hits[0], "ssb"), Some("SSB"));

    let hits = index.search("baskanligi", None);
    assert_eq!(ids(&catalog, &hits), vec!["ssb"], "folded like names: accents and case");
    assert_eq!(
        index.matched_alias(&catalog, &hits[0], "baskanligi"),
        Some("Savunma Sanayii Başkanlığı")
    );

    // A match on the name is not reported as an alias.
    let hits = index.search("defence", None);
    assert_eq!(hits[0].field, MatchField::Name);
    assert_eq!(index.matched_alias(&catalog, &hits[0], "defence"), None);
}

#[test]
fn words_match_in_any_order_and_across_fields() {
    let catalog = bamex();
    let index = SearchIndex::build(&catalog);
    let first = |query: &str| ids(&catalog, &index.search(query, None)).first().cloned();
    assert_eq!(first("maiga abdoulaye").as_deref(), Some("abdoulaye-maiga"));
    assert_eq!(first("abdoulaye maiga").as_deref(), Some("abdoulaye-maiga"));
    assert_eq!(first("tb2 bayraktar").as_deref(), Some("bayraktar-tb2"));
    assert_eq!(first("cobra otokar").as_deref(), Some("cobra-ii"), "a name and its maker");
    assert!(index.search("maiga zzzz", None).is_empty(), "every term must match");
}

#[test]
fn records_are_found_through_what_they_link_to() {
    let catalog = crate::catalog::clean(
        "[[company]]\nid = \"acme\"\nname = \"Acme\"\ncountry = \"Norway\"\n\
         [[system]]\nid = \"kestrel\"\nname = \"Kestrel\"\nmaker = \"acme\"\ncategory = \"VTOL drone\"\n\
         [[person]]\nid = \"ola\"\nname = \"Ola Nordmann\"\n\
         [[delegation]]\nid = \"d\"\nname = \"Fjord delegation\"\nhead = \"ola\"\n",
    );
    let index = SearchIndex::build(&catalog);
    let hits = index.search("drone norway", None);
    assert_eq!(ids(&catalog, &hits), vec!["kestrel"], "a system by its maker's country");
    assert_eq!(ids(&catalog, &index.search("vtol kestrel", None))[0], "kestrel");
    let hits = index.search("fjord ola", None);
    let ola = hits.iter().find(|hit| catalog.get(hit.record).id() == "ola");
    assert_eq!(
        ola.map(|hit| hit.field),
        Some(MatchField::Name),
        "a person by the delegation they head (and their name, the best of the two)"
    );
    assert!(index.search("fjord nordmann", Some(Kind::Person)).len() == 1);
}

#[test]
fn whole_words_beat_letters_scattered_through_a_name() {
    let catalog = bamex();
    let index = SearchIndex::build(&catalog);
    let found = ids(&catalog, &index.search("counter", None));
    let at = |id: &str| found.iter().position(|x| x == id).expect("found");
    assert!(
        at("aselsan") < at("ecowas"),
        "counter-UAS in the sectors beats E-co-u-n-t…: {found:?}"
    );
    assert_eq!(found[0], "aselsan-c-uas", "the word in a name first");
}

#[test]
fn the_name_beats_the_summary_for_every_term() {
    let catalog = crate::catalog::clean(
        "[[system]]\nid = \"a\"\nname = \"Red Falcon\"\nmaker = \"m\"\n\
         [[system]]\nid = \"b\"\nname = \"Falcon\"\nmaker = \"m\"\nsummary = \"Painted red.\"\n\
         [[company]]\nid = \"m\"\nname = \"Maker\"\n",
    );
    let index = SearchIndex::build(&catalog);
    assert_eq!(ids(&catalog, &index.search("falcon red", None)), vec!["a", "b"]);
}

#[test]
fn fzf_operators_mean_what_fzf_users_expect() {
    let catalog = bamex();
    let index = SearchIndex::build(&catalog);
    let found = |query: &str| ids(&catalog, &index.search(query, None));
    assert!(found("'tb2").contains(&"bayraktar-tb2".to_owned()));
    assert!(found("'btb").is_empty(), "exact: no scattered letters");
    assert_eq!(found("^bayr")[0], "bayraktar-tb2", "prefix of a value");
    assert!(!found("^raktar").contains(&"bayraktar-tb2".to_owned()), "not a prefix");
    assert_eq!(found("tb2$")[0], "bayraktar-tb2");
    assert_eq!(found("^kargu$")[0], "kargu");
    let drones = found("drone");
    let not_kargu = found("drone !kargu");
    assert!(drones.contains(&"kargu".to_owned()));
    assert!(!not_kargu.contains(&"kargu".to_owned()));
    assert!(not_kargu.iter().all(|id| drones.contains(id)));
    let either = found("kargu | cobra");
    assert!(either.contains(&"kargu".to_owned()) && either.contains(&"cobra-ii".to_owned()));
    assert_eq!(found("!"), found(""), "an operator alone asks for nothing");
    assert_eq!(found("!zzzz").len(), catalog.len(), "excluding what nothing has keeps all");
}

#[test]
fn a_word_with_a_letter_more_is_found_when_nothing_matches_as_typed() {
    let catalog = bamex();
    let index = SearchIndex::build(&catalog);
    assert_eq!(ids(&catalog, &index.search("armored vehicle", None))[0], "cobra-ii");
    assert!(index.search("zzzzzz", None).is_empty());
    // Read relaxed, and the next keystroke reads relaxed within those matches.
    let vhcl = index.search_within("vhcl", None, None, &|| false).expect("runs");
    assert!(
        vhcl.matched.relaxed && vhcl.hits.iter().any(|h| catalog.get(h.record).id() == "cobra-ii")
    );
    let grown = index.search_within("vhcl ar", None, Some(&vhcl.matched), &|| false).expect("runs");
    assert_eq!(grown.hits, index.search("vhcl ar", None));
    assert!(!index.search_within("cobra", None, None, &|| false).expect("runs").matched.relaxed);
    assert!(
        index.search("armo", None).iter().any(|hit| catalog.get(hit.record).id() == "cobra-ii")
    );
}

#[test]
fn an_apostrophe_joins_the_letters_around_it() {
    let catalog = crate::catalog::clean(
        "[[company]]\nid = \"c\"\nname = \"Ivoire Works\"\ncountry = \"Côte d\u{2019}Ivoire\"\n",
    );
    let index = SearchIndex::build(&catalog);
    assert_eq!(ids(&catalog, &index.search("cote divoire", None))[0], "country:cote-d-ivoire");
    assert_eq!(ids(&catalog, &index.search("d'ivoire works", None)), vec!["c"]);
}

#[test]
fn every_term_is_highlighted_where_it_matched() {
    let catalog = bamex();
    let index = SearchIndex::build(&catalog);
    assert_eq!(
        index.match_positions("Bayraktar TB2", "tb2 bay"),
        vec![0, 1, 2, 10, 11, 12],
        "both words, each where it is"
    );
    assert_eq!(index.match_positions("Bayraktar TB2", "!bay tb2"), vec![10, 11, 12]);
    assert_eq!(index.match_positions("Abdoulaye Maïga", "maiga"), vec![10, 11, 12, 13, 14]);
    assert_eq!(index.match_positions("Kargu", "'kar"), vec![0, 1, 2]);
    assert_eq!(index.match_positions("Côte d'Ivoire", "divoire"), vec![5, 7, 8, 9, 10, 11, 12]);
}

#[test]
fn a_huge_or_hostile_query_is_answered_without_panicking() {
    let catalog = bamex();
    let index = SearchIndex::build(&catalog);
    let long: String = "tb2 bayraktar ".repeat(800);
    assert!(long.len() > 10_000);
    assert_eq!(ids(&catalog, &index.search(&long, None))[0], "bayraktar-tb2");
    let noise: String = (0..10_000u32).filter_map(|i| char::from_u32(i * 7 % 0x3000)).collect();
    assert!(index.search(&noise, None).len() <= catalog.len());
    let hostile =
        ["\u{1b}[31mtb2", "tb2\u{0}", "\u{202e}tb2", "\u{9b}2J", "!!!!", "''''", "^^^$$$"];
    for query in hostile.into_iter().chain(["| | |"]) {
        assert!(index.search(query, None).len() <= catalog.len(), "{query:?}");
        assert!(index.match_positions("Bayraktar TB2", query).iter().all(|&p| p < 13));
    }
}

#[test]
fn an_occurrence_that_overlaps_another_is_still_seen() {
    let catalog = bamex();
    let index = SearchIndex::build(&catalog);
    // The name tier "nigeria" runs straight into the alias tier "nigerian": the first "nigerian"
    // in the record's text spans the two and must not hide the one that is the alias.
    for query in ["'nigerian", "nigerian$", "^nigerian$"] {
        let found = ids(&catalog, &index.search(query, None));
        assert!(found.contains(&"country:nigeria".to_owned()), "{query}: {found:?}");
    }
    let catalog = crate::catalog::clean(
        "[[company]]\nid = \"b\"\nname = \"Bee\"\ntags = [\"banana\"]\n\
         [[company]]\nid = \"z\"\nname = \"Zed\"\ntags = [\"xa\"]\nsectors = [\"aab\"]\n",
    );
    let index = SearchIndex::build(&catalog);
    assert_eq!(ids(&catalog, &index.search("ana$", None)), vec!["b"], "the ana that ends banana");
    assert!(!ids(&catalog, &index.search("!ana$", None)).contains(&"b".to_owned()));
    // "xa" + "aab" joined: the first "aa" spills over the tier boundary.
    let typed = index.search_within("'aa", None, None, &|| false).expect("runs");
    assert_eq!(ids(&catalog, &typed.hits), vec!["z"]);
    let grown = index.search_within("'aab", None, Some(&typed.matched), &|| false).expect("runs");
    assert_eq!(ids(&catalog, &grown.hits), vec!["z"]);
}

#[test]
fn letters_scattered_over_several_aliases_are_no_match() {
    let catalog = bamex();
    let index = SearchIndex::build(&catalog);
    for query in ["cobra", "aselsan", "fama"] {
        let found = ids(&catalog, &index.search(query, None));
        assert!(!found.contains(&"country:iran".to_owned()), "{query}: {found:?}");
    }
}

#[test]
fn the_schemas_tiers_are_the_index_tiers_in_the_same_order() {
    use crate::catalog::Tier;
    assert_eq!(Tier::ALL.len(), MatchField::ALL.len());
    for (at, tier) in Tier::ALL.into_iter().enumerate() {
        assert_eq!(tier as usize, at);
        assert_eq!(MatchField::ALL[at], MatchField::from(tier));
    }
}

/// A field the schema searches among the facts is found there, with nothing in the index
/// naming it: "land" finds the Cobra II by its domain, above the "landmines" of its summary.
#[test]
fn a_systems_domain_is_searched_among_its_facts() {
    let catalog = bamex();
    let index = SearchIndex::build(&catalog);
    let hits = index.search("land", Some(Kind::System));
    assert_eq!(ids(&catalog, &hits)[0], "cobra-ii");
    assert_eq!(hits[0].field, MatchField::Context);
    let warfare = index.search("electronic warfare", Some(Kind::System));
    let mut first_two = ids(&catalog, &warfare)[..2].to_vec();
    first_two.sort();
    assert_eq!(first_two, ["aselsan-c-uas", "ilgar"]);
}
