//! Which spreadsheet column holds which company field: recognised from the header names
//! organisers' platforms export, in English and French, or named by hand with `--columns`.

use std::fmt;
use std::str::FromStr;

use crate::catalog::did_you_mean;

/// A company's field a spreadsheet column can hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    Name,
    Stand,
    Country,
    Website,
    Sectors,
    Summary,
    Products,
}

impl Column {
    pub const ALL: [Column; 7] = [
        Column::Name,
        Column::Stand,
        Column::Country,
        Column::Website,
        Column::Sectors,
        Column::Summary,
        Column::Products,
    ];

    /// Its name in `--columns` (and in the catalogue, but for `summary` and `products`).
    pub fn key(self) -> &'static str {
        match self {
            Column::Name => "name",
            Column::Stand => "stand",
            Column::Country => "country",
            Column::Website => "website",
            Column::Sectors => "sectors",
            Column::Summary => "summary",
            Column::Products => "products",
        }
    }

    /// Headers that mean this field, written as [`normalise`] leaves them: from the exhibitor
    /// exports and import templates of show platforms, in English and French.
    pub fn headers(self) -> &'static [&'static str] {
        match self {
            Column::Name => &[
                "company",
                "company name",
                "companies",
                "exhibitor",
                "exhibitor name",
                "exhibitors",
                "organisation",
                "organization",
                "organisation name",
                "organization name",
                "name",
                "brand",
                "societe",
                "nom de la societe",
                "entreprise",
                "nom de l entreprise",
                "exposant",
                "nom de l exposant",
                "raison sociale",
                "nom",
                "firm",
                "vendor",
            ],
            Column::Stand => &[
                "booth",
                "booth number",
                "booth no",
                "booth nr",
                "booths",
                "stand",
                "stand number",
                "stand no",
                "stand nr",
                "stands",
                "hall stand",
                "hall booth",
                "emplacement",
                "n de stand",
                "no de stand",
                "numero de stand",
                "stand n",
            ],
            Column::Country => &[
                "country",
                "country region",
                "nation",
                "nationality",
                "pays",
                "pays d origine",
                "country of origin",
            ],
            Column::Website => &[
                "website",
                "web site",
                "url",
                "web",
                "site web",
                "site internet",
                "homepage",
                "internet",
                "www",
            ],
            Column::Sectors => &[
                "sector",
                "sectors",
                "category",
                "categories",
                "industry",
                "industries",
                "activity",
                "activities",
                "secteur",
                "secteurs",
                "secteur d activite",
                "categorie",
                "categories de produits",
                "activite",
                "activites",
                "domaine",
                "domaines",
                "product categories",
                "product category",
            ],
            Column::Summary => &[
                "description",
                "profile",
                "company profile",
                "company description",
                "about",
                "summary",
                "presentation",
                "description de la societe",
                "profil",
                "exhibitor description",
                "exhibitor profile",
            ],
            Column::Products => &[
                "products",
                "product",
                "products and services",
                "products services",
                "brands",
                "produits",
                "produits et services",
                "systems",
                "solutions",
            ],
        }
    }

    /// The field a header names, if it is one of [`Column::headers`].
    pub fn for_header(header: &str) -> Option<Column> {
        let key = normalise(header);
        Column::ALL.into_iter().find(|column| column.headers().contains(&key.as_str()))
    }
}

impl fmt::Display for Column {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// A header as it is compared: ASCII, lower case, words of letters and digits joined by one
/// space ("N° de stand" and "n de stand" are one header).
pub fn normalise(header: &str) -> String {
    // "N°" is "number", not the "deg" of a degree sign.
    let header: String = header.chars().filter(|c| !matches!(c, '°' | 'º')).collect();
    let ascii = deunicode::deunicode(&header).to_ascii_lowercase();
    ascii
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Where a column named by hand is: by its letters (`B`, `AA`), or by its header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// 1-based: `A` is 1.
    Letter(u32),
    Header(String),
}

/// Columns named by hand (`--columns name=B,stand=D,country=Pays`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ColumnMap {
    pub by_hand: Vec<(Column, Place)>,
}

impl ColumnMap {
    pub fn place_of(&self, column: Column) -> Option<&Place> {
        self.by_hand.iter().find(|(c, _)| *c == column).map(|(_, place)| place)
    }
}

/// Why `--columns` could not be read, in the reader's language.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct ColumnsError(pub String);

/// One or two letters are a column (`A`…`ZZ`, 702 columns: more than any exhibitor list);
/// anything else is a header.
fn letters(text: &str) -> Option<u32> {
    if text.is_empty() || text.len() > 2 || !text.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    Some(text.bytes().fold(0, |n, b| n * 26 + u32::from(b.to_ascii_uppercase() - b'A' + 1)))
}

impl FromStr for ColumnMap {
    type Err = ColumnsError;

    fn from_str(text: &str) -> Result<ColumnMap, ColumnsError> {
        let mut map = ColumnMap::default();
        let keys = Column::ALL.map(Column::key);
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let Some((field, place)) = part.split_once('=') else {
                return Err(ColumnsError(crate::tr!("import-columns-not-pair", part = part)));
            };
            let (field, place) = (field.trim(), place.trim());
            let Some(column) = Column::ALL.into_iter().find(|c| c.key() == field) else {
                let hint = did_you_mean(field, keys)
                    .map(|guess| crate::tr!("catalog-did-you-mean", guess = guess))
                    .unwrap_or_default();
                let message = crate::tr!(
                    "import-columns-unknown-field",
                    field = field,
                    fields = keys.join(", "),
                    hint = hint
                );
                return Err(ColumnsError(message));
            };
            if place.is_empty() {
                return Err(ColumnsError(crate::tr!("import-columns-no-column", field = field)));
            }
            if map.place_of(column).is_some() {
                return Err(ColumnsError(crate::tr!("import-columns-twice", field = field)));
            }
            let place =
                letters(place).map_or_else(|| Place::Header(place.to_owned()), Place::Letter);
            map.by_hand.push((column, place));
        }
        if map.by_hand.is_empty() {
            return Err(ColumnsError(crate::tr!("import-columns-none").to_owned()));
        }
        Ok(map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_format_document_lists_every_header_of_every_field() {
        let doc = include_str!("../../docs/data-format.md");
        let table = doc.split("| field | headers recognised |").nth(1).expect("the headers table");
        for column in Column::ALL {
            let row = table
                .lines()
                .find(|line| line.starts_with(&format!("| `{}`", column.key())))
                .unwrap_or_else(|| panic!("no row for `{column}` in the headers table"));
            for header in column.headers() {
                assert!(row.contains(&format!("`{header}`")), "`{header}` ({column}) undocumented");
            }
        }
    }

    #[test]
    fn headers_are_recognised_in_english_and_french_whatever_their_accents() {
        assert_eq!(Column::for_header("Exhibitor Name"), Some(Column::Name));
        assert_eq!(Column::for_header("Société"), Some(Column::Name));
        assert_eq!(Column::for_header("N° de stand"), Some(Column::Stand));
        assert_eq!(Column::for_header("Country/Region"), Some(Column::Country));
        assert_eq!(Column::for_header("Site web"), Some(Column::Website));
        assert_eq!(Column::for_header("Secteur d'activité"), Some(Column::Sectors));
        assert_eq!(Column::for_header("Produits et services"), Some(Column::Products));
        assert_eq!(Column::for_header("Fax"), None);
    }

    #[test]
    fn columns_by_hand_by_letter_or_header() {
        let map: ColumnMap = "name=B, stand=AA,country=Pays d'origine".parse().expect("valid");
        assert_eq!(
            map.by_hand,
            vec![
                (Column::Name, Place::Letter(2)),
                (Column::Stand, Place::Letter(27)),
                (Column::Country, Place::Header("Pays d'origine".into())),
            ]
        );
    }

    #[test]
    fn bad_column_maps_say_what_is_wrong() {
        let error = |text: &str| text.parse::<ColumnMap>().expect_err("refused").0;
        assert_eq!(
            error("nmae=B"),
            "unknown field `nmae`; the fields are name, stand, country, website, sectors, \
             summary, products; did you mean `name`?"
        );
        assert_eq!(error("name"), "`name` is not FIELD=COLUMN (e.g. name=B or stand=Booth)");
        assert_eq!(error("name="), "`name=` names no column: give its letter (B) or its header");
        assert_eq!(error("name=A,name=B"), "`name` is given twice");
        assert_eq!(error(" , "), "no columns named: write FIELD=COLUMN pairs, e.g. name=B,stand=D");
    }
}
