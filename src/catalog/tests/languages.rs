//! Text in more than one language: how it is written, what a reader sees, what search finds,
//! and what is wrong with it, at its line and column.

use super::*;
use crate::i18n::{Lang, speak};

const TWO_LANGUAGES: &str = "[[delegation]]\nid = \"ng\"\nname.en = \"Nigerian delegation\"\n\
    name.fr = \"Délégation nigériane\"\nsummary.fr = \"Venue en nombre.\"\n\
    summary.en = \"Came in numbers.\"\nsources = [\"test\"]\n\n\
    [[company]]\nid = \"acme\"\nname = \"Acme\"\nsummary = { de = \"Nur Deutsch.\" }\n\
    sources = [\"test\"]\n";

#[test]
fn the_reader_sees_their_language_else_english_else_the_first_given() {
    let loaded = load_texts(&[("a.toml", TWO_LANGUAGES)]);
    assert!(problems(&loaded).is_empty(), "{:?}", problems(&loaded));
    let catalog = &loaded.catalog;
    let ng = catalog.get(catalog.lookup("ng").expect("ng"));
    let acme = catalog.get(catalog.lookup("acme").expect("acme"));
    assert_eq!(ng.name(), "Nigerian delegation");
    assert_eq!(ng.text(Field::Summary), Some("Came in numbers."));
    assert_eq!(acme.text(Field::Summary), Some("Nur Deutsch."));
    {
        let _french = speak(Lang::Fr);
        assert_eq!(ng.name(), "Délégation nigériane");
        assert_eq!(ng.text(Field::Summary), Some("Venue en nombre."));
        // No French and no English: the one language there is.
        assert_eq!(acme.text(Field::Summary), Some("Nur Deutsch."));
        // References and ids know the name as written, whatever the reader's language.
        assert_eq!(ng.name_as_written(), "Nigerian delegation");
    }
    // The name is not among the fields a page lists: it is the page's title.
    assert!(ng.fields().all(|(field, _)| field != Field::Name));
    let languages: Vec<_> = ng.languages(Field::Summary).collect();
    assert_eq!(languages, [("fr", "Venue en nombre."), ("en", "Came in numbers.")]);
}

#[test]
fn search_finds_a_record_by_any_of_its_languages() {
    let loaded = load_texts(&[("a.toml", TWO_LANGUAGES)]);
    let index = crate::search::SearchIndex::build(&loaded.catalog);
    for query in ["nigériane", "nigerian", "venue en nombre", "came in numbers"] {
        let hits = index.search(query, None);
        let first = hits.first().map(|hit| loaded.catalog.get(hit.record).id());
        assert_eq!(first, Some("ng"), "{query}");
    }
    // The name in a language the reader does not see ranks with the free text, and letters
    // scattered through it match nothing ("dltnign" is, in order, in « Délégation nigériane »).
    let hits = index.search("nigériane", None);
    assert_eq!(hits[0].field, crate::search::MatchField::Text);
    assert!(index.search("dltnign", None).is_empty());
}

#[test]
fn a_wrong_language_table_is_said_where_it_is() {
    let text = "[[company]]\nid = \"acme\"\nname = \"Acme\"\nsummary.English = \"x\"\n\
        summary.FR = \"y\"\nsummary.de = 3\nsources = [\"t\"]\n\n\
        [[company]]\nid = \"b\"\nname = {}\nsummary = {}\nsources = [\"t\"]\n\n\
        [[company]]\nid = \"c\"\nname.en = \" \"\nsources = [\"t\"]\n\n\
        [[country]]\nname = { en = \"Mali\" }\n";
    let loaded = load_texts(&[("a.toml", text)]);
    assert_eq!(
        problems(&loaded),
        [
            "a.toml:4:9: error: `summary.English`: `English` is not a language code; a text in \
             several languages is written `en = \"…\"`, `fr = \"…\"` (codes as in BCP 47)",
            "a.toml:5:9: error: `summary.FR`: write the language code in lowercase: `fr`",
            "a.toml:6:14: error: `summary.de` must be a string, found an integer",
            "a.toml:11:8: error: `name` names no language: write `name = \"…\"`, or its text by \
             language (`name.en = \"…\"`, `name.fr = \"…\"`)",
            "a.toml:12:11: error: `summary` names no language: write `summary = \"…\"`, or its \
             text by language (`summary.en = \"…\"`, `summary.fr = \"…\"`)",
            "a.toml:17:11: error: `name` must not be empty",
            "a.toml:21:8: error: a country's `name` is one string (the country table knows its \
             other names; add more as `aliases`)",
        ][..],
        "{:#?}",
        problems(&loaded)
    );
}
