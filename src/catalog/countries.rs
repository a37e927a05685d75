//! The country names showfloor knows, from `table.tsv`: for each country its ISO short and long
//! names, its other English names and its demonyms. The loader uses the names to tell that
//! "Turkey" and "Türkiye" are one country, and gives every country record the rest as aliases,
//! so "Turkish" finds Türkiye. The table is made by `extract.py` (beside it, with how to re-run
//! it) from the keshvar crate's data (BSD-3-Clause), which comes from the Ruby `countries` gem
//! (MIT).

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::text::slug;

/// One country of the table.
#[derive(Debug, PartialEq, Eq)]
pub struct KnownCountry {
    /// The ISO 3166-1 alpha-2 code ("TR").
    pub code: &'static str,
    /// The ISO short name ("Türkiye").
    pub short_name: &'static str,
    /// The ISO long name ("The Republic of Türkiye").
    pub long_name: &'static str,
    /// Other English names ("Turkey").
    pub other_names: Vec<&'static str>,
    /// What its people are called, also used as an adjective ("Turkish").
    pub demonyms: Vec<&'static str>,
}

impl KnownCountry {
    /// Every name the country goes by: the short name, the other names, the long name.
    /// Demonyms are not names.
    pub fn names(&self) -> impl Iterator<Item = &'static str> + '_ {
        let short = std::iter::once(self.short_name);
        short.chain(self.other_names.iter().copied()).chain(std::iter::once(self.long_name))
    }

    /// What a country record of this country is also known as: its names and demonyms, but
    /// not the long name. "The Republic of Mali" is long enough that a two-letter search ("tb")
    /// finds its letters scattered through it, so every country would answer every short
    /// search, and nobody types it; [`crate::catalog::Catalog::named`] still knows it.
    pub fn aliases(&self) -> impl Iterator<Item = &'static str> + '_ {
        let short = std::iter::once(self.short_name);
        short.chain(self.other_names.iter().copied()).chain(self.demonyms.iter().copied())
    }
}

struct Table {
    countries: Vec<KnownCountry>,
    /// A name's key ([`name_key`]) → the country it names; `None` for a name two countries
    /// share, which names neither.
    by_name: HashMap<String, Option<usize>>,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| parse(include_str!("countries/table.tsv")));

fn parse(text: &'static str) -> Table {
    let list = |cell: &'static str| -> Vec<&'static str> {
        cell.split("; ").map(str::trim).filter(|name| !name.is_empty()).collect()
    };
    let countries: Vec<KnownCountry> = text
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .filter_map(|line| {
            let mut cells = line.split('\t');
            Some(KnownCountry {
                code: cells.next()?,
                short_name: cells.next()?,
                long_name: cells.next()?,
                other_names: list(cells.next()?),
                demonyms: list(cells.next()?),
            })
        })
        .collect();
    let mut by_name: HashMap<String, Option<usize>> = HashMap::new();
    for (index, country) in countries.iter().enumerate() {
        for name in country.names() {
            let key = name_key(name);
            if key.is_empty() {
                continue;
            }
            by_name
                .entry(key)
                .and_modify(|found| {
                    if *found != Some(index) {
                        *found = None;
                    }
                })
                .or_insert(Some(index));
        }
    }
    Table { countries, by_name }
}

/// What two spellings of a country's name must share to be the same name: the [`slug`], without
/// a leading "The" ("The Gambia", "gambia"; "Côte d'Ivoire", "Cote d’Ivoire").
pub(crate) fn name_key(name: &str) -> String {
    let key = slug(name);
    match key.strip_prefix("the-") {
        Some(rest) if !rest.is_empty() => rest.to_owned(),
        _ => key,
    }
}

/// Every country of the table, by code.
pub fn known_countries() -> &'static [KnownCountry] {
    &TABLE.countries
}

/// The country `name` is a name of, ignoring case, accents, punctuation and a leading "The", if
/// exactly one country of the table has that name. Demonyms are not names: "Turkish" is none.
pub fn known_country(name: &str) -> Option<&'static KnownCountry> {
    known_index(&name_key(name)).map(|index| &TABLE.countries[index])
}

/// The index in [`known_countries`] of the country whose name has this [`name_key`].
pub(crate) fn known_index(key: &str) -> Option<usize> {
    TABLE.by_name.get(key).copied().flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_of_the_table_is_read() {
        let rows =
            include_str!("countries/table.tsv").lines().filter(|line| !line.starts_with('#'));
        assert_eq!(known_countries().len(), rows.count());
        assert_eq!(known_countries().len(), 249, "ISO 3166-1 has 249 countries");
        for country in known_countries() {
            assert_eq!(country.code.len(), 2, "{country:?}");
            assert!(!country.short_name.is_empty() && !country.long_name.is_empty());
        }
    }

    #[test]
    fn a_country_is_known_by_its_names_but_not_its_demonym() {
        let code = |name: &str| known_country(name).map(|country| country.code);
        assert_eq!(code("Türkiye"), Some("TR"));
        assert_eq!(code("TURKEY"), Some("TR"));
        assert_eq!(code("Republic of Türkiye"), Some("TR"), "a leading The is optional");
        assert_eq!(code("czech republic"), Some("CZ"));
        assert_eq!(code("Cote d’Ivoire"), Some("CI"), "punctuation and accents are ignored");
        assert_eq!(code("Turkish"), None);
        assert_eq!(code("Ankara"), None);
        let turkiye = known_country("Turkey").expect("known");
        assert_eq!(turkiye.demonyms, vec!["Turkish"]);
        assert_eq!(
            turkiye.names().collect::<Vec<_>>(),
            ["Türkiye", "Turkey", "The Republic of Türkiye"]
        );
    }

    #[test]
    fn a_name_two_countries_share_names_neither() {
        let table = parse(
            "# test\nAA\tAlpha\tThe Land of Alpha\tShared\tAlphan\n\
             BB\tBeta\tThe Land of Beta\tshared; Betaland\tBetan\n",
        );
        assert_eq!(table.by_name.get("shared"), Some(&None));
        assert_eq!(table.by_name.get("betaland"), Some(&Some(1)));
        assert_eq!(table.by_name.get("land-of-alpha"), Some(&Some(0)));
    }
}
