//! The kinds of record a catalogue holds.

use std::fmt;

use thiserror::Error;

/// A kind of record. Every distinct country named in a `country`, `member_states` or `operators`
/// field becomes a record of kind `Country` at load time; a `[[country]]` table adds aliases, a
/// summary and sources to one (and makes it, if nothing names it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Event,
    ScheduleItem,
    Company,
    System,
    Delegation,
    Person,
    Organisation,
    Country,
    Hall,
    Stand,
}

impl Kind {
    /// Every kind, in the order they are presented to people.
    pub const ALL: [Kind; 10] = [
        Kind::Company,
        Kind::System,
        Kind::Delegation,
        Kind::Person,
        Kind::Organisation,
        Kind::Country,
        Kind::Event,
        Kind::ScheduleItem,
        Kind::Hall,
        Kind::Stand,
    ];

    /// The kinds that are written as top-level arrays of tables (`[[company]]`).
    pub const TOP_LEVEL: [Kind; 8] = [
        Kind::Event,
        Kind::Company,
        Kind::System,
        Kind::Delegation,
        Kind::Person,
        Kind::Organisation,
        Kind::Country,
        Kind::Hall,
    ];

    /// The kinds a `related` field may name.
    pub const RECORDS: [Kind; 9] = [
        Kind::Event,
        Kind::ScheduleItem,
        Kind::Company,
        Kind::System,
        Kind::Delegation,
        Kind::Person,
        Kind::Organisation,
        Kind::Hall,
        Kind::Stand,
    ];

    /// The name used in data files, on the command line and in JSON (`company`, `schedule`).
    pub fn name(self) -> &'static str {
        self.names().name
    }

    /// This kind's row of the table of names.
    fn names(self) -> &'static Names {
        &NAMES[self.index()]
    }

    /// A singular label for people ("Schedule item"), in the reader's language.
    pub fn label(self) -> &'static str {
        crate::i18n::t(&format!("kind-{}", self.message_name()))
    }

    /// A plural label for people ("Companies"), in the reader's language.
    pub fn plural(self) -> &'static str {
        crate::i18n::t(&format!("kinds-{}", self.message_name()))
    }

    /// The kind in message ids: its name, in kebab case ("schedule-item").
    fn message_name(self) -> &'static str {
        match self {
            Kind::ScheduleItem => "schedule-item",
            other => other.name(),
        }
    }

    /// A kind as a person types it in full: any of its words in the table of names, case
    /// ignored.
    pub fn parse(input: &str) -> Option<Kind> {
        let lower = input.trim().to_ascii_lowercase();
        NAMES
            .iter()
            .find(|names| {
                names.name == lower || names.plural == lower || names.others.contains(&&*lower)
            })
            .map(|names| names.kind)
    }

    /// A kind as a person types it on the command line (`list sys`) or before a colon in the
    /// search box (`sys: kar`): in full as [`Kind::parse`] takes it, or the start of the name
    /// or plural of one kind only. The start of several is [`KindError::Ambiguous`], which
    /// says which; anything else [`KindError::Unknown`], with the closest name.
    pub fn resolve(input: &str) -> Result<Kind, KindError> {
        if let Some(kind) = Kind::parse(input) {
            return Ok(kind);
        }
        let given = input.trim().to_owned();
        let lower = given.to_ascii_lowercase();
        let starting: Vec<Kind> = if lower.is_empty() {
            Vec::new()
        } else {
            Kind::ALL
                .into_iter()
                .filter(|kind| {
                    let names = kind.names();
                    names.name.starts_with(&lower) || names.plural.starts_with(&lower)
                })
                .collect()
        };
        match starting[..] {
            [kind] => Ok(kind),
            [] => {
                let suggestion = super::did_you_mean(&lower, Kind::ALL.map(Kind::name));
                Err(KindError::Unknown { given, suggestion })
            }
            _ => Err(KindError::Ambiguous { given, kinds: starting }),
        }
    }

    /// A stable small index, for per-kind tables.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// The words that name a kind: its name (in data files, on the command line and in JSON), its
/// plural, and other spellings people type.
struct Names {
    kind: Kind,
    name: &'static str,
    plural: &'static str,
    others: &'static [&'static str],
}

/// The one table of kind names, in the enum's order: what `--kind`, `list KIND`, `export list
/// KIND` and the search box's `KIND:` accept, and what their errors list.
const NAMES: [Names; 10] = [
    Names { kind: Kind::Event, name: "event", plural: "events", others: &[] },
    Names {
        kind: Kind::ScheduleItem,
        name: "schedule",
        plural: "schedules",
        others: &["schedule-item", "schedule-items", "session", "sessions"],
    },
    Names {
        kind: Kind::Company,
        name: "company",
        plural: "companies",
        others: &["exhibitor", "exhibitors"],
    },
    Names {
        kind: Kind::System,
        name: "system",
        plural: "systems",
        others: &["product", "products"],
    },
    Names { kind: Kind::Delegation, name: "delegation", plural: "delegations", others: &[] },
    Names { kind: Kind::Person, name: "person", plural: "people", others: &["persons"] },
    Names {
        kind: Kind::Organisation,
        name: "organisation",
        plural: "organisations",
        others: &["organization", "organizations", "org", "orgs"],
    },
    Names { kind: Kind::Country, name: "country", plural: "countries", others: &[] },
    Names { kind: Kind::Hall, name: "hall", plural: "halls", others: &[] },
    Names { kind: Kind::Stand, name: "stand", plural: "stands", others: &[] },
];

/// A kind that was typed but cannot be read as one.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum KindError {
    #[error("{}", crate::tr!("kind-error-unknown", given = given.as_str(), suggestion = suggestion_text(.suggestion), kinds = names_text(&Kind::ALL)))]
    Unknown { given: String, suggestion: Option<&'static str> },
    /// The start of several kinds' names: `s` (system, schedule, stand), `co` (company, country).
    #[error("{}", crate::tr!("kind-error-ambiguous", given = given.as_str(), kinds = names_text(.kinds)))]
    Ambiguous { given: String, kinds: Vec<Kind> },
}

fn suggestion_text(guess: &Option<&str>) -> String {
    guess.map(|guess| format!(" {}", crate::tr!("did-you-mean", guess = guess))).unwrap_or_default()
}

/// The kinds' names, in the order given, for a message: "company, system, …".
fn names_text(kinds: &[Kind]) -> String {
    kinds.iter().map(|kind| kind.name()).collect::<Vec<_>>().join(", ")
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_parses_from_its_own_name_and_plural() {
        for kind in Kind::ALL {
            assert_eq!(Kind::parse(kind.name()), Some(kind));
            assert_eq!(Kind::parse(&kind.plural().to_lowercase()), Some(kind));
        }
        assert_eq!(Kind::parse("Organizations"), Some(Kind::Organisation));
        assert_eq!(Kind::parse("widget"), None);
    }

    #[test]
    fn the_table_is_in_the_enums_order() {
        for (index, names) in NAMES.iter().enumerate() {
            assert_eq!(names.kind.index(), index, "{}", names.name);
        }
    }

    #[test]
    fn a_kind_resolves_from_the_start_of_one_name_and_says_when_several_start_so() {
        assert_eq!(Kind::resolve("sys"), Ok(Kind::System));
        assert_eq!(Kind::resolve("Peo"), Ok(Kind::Person));
        assert_eq!(Kind::resolve("com"), Ok(Kind::Company));
        assert_eq!(Kind::resolve("d"), Ok(Kind::Delegation));
        let error = Kind::resolve("s").expect_err("three kinds start with s");
        assert_eq!(error.to_string(), "s: could mean system, schedule, stand — type more letters");
        let error = Kind::resolve("c").expect_err("two kinds start with c");
        assert_eq!(error.to_string(), "c: could mean company, country — type more letters");
        assert_eq!(
            Kind::resolve("co").expect_err("still two").to_string(),
            "co: could mean company, country — type more letters"
        );
        assert_eq!(
            Kind::resolve("sytem").expect_err("a typo").to_string(),
            "unknown kind `sytem` (did you mean `system`?); the kinds are company, system, \
             delegation, person, organisation, country, event, schedule, hall, stand"
        );
        assert!(matches!(Kind::resolve(""), Err(KindError::Unknown { .. })));
    }
}
