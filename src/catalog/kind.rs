//! The kinds of record a catalogue holds.

use std::fmt;

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
        match self {
            Kind::Event => "event",
            Kind::ScheduleItem => "schedule",
            Kind::Company => "company",
            Kind::System => "system",
            Kind::Delegation => "delegation",
            Kind::Person => "person",
            Kind::Organisation => "organisation",
            Kind::Country => "country",
            Kind::Hall => "hall",
            Kind::Stand => "stand",
        }
    }

    /// A singular label for people ("Schedule item").
    pub fn label(self) -> &'static str {
        match self {
            Kind::Event => "Event",
            Kind::ScheduleItem => "Schedule item",
            Kind::Company => "Company",
            Kind::System => "System",
            Kind::Delegation => "Delegation",
            Kind::Person => "Person",
            Kind::Organisation => "Organisation",
            Kind::Country => "Country",
            Kind::Hall => "Hall",
            Kind::Stand => "Stand",
        }
    }

    /// A plural label for people ("Companies").
    pub fn plural(self) -> &'static str {
        match self {
            Kind::Event => "Events",
            Kind::ScheduleItem => "Schedule",
            Kind::Company => "Companies",
            Kind::System => "Systems",
            Kind::Delegation => "Delegations",
            Kind::Person => "People",
            Kind::Organisation => "Organisations",
            Kind::Country => "Countries",
            Kind::Hall => "Halls",
            Kind::Stand => "Stands",
        }
    }

    /// Parse a kind as a person types it: singular or plural, either spelling of organisation.
    pub fn parse(input: &str) -> Option<Kind> {
        let lower = input.trim().to_ascii_lowercase();
        let kind = match lower.as_str() {
            "event" | "events" => Kind::Event,
            "schedule" | "schedules" | "schedule-item" | "schedule-items" | "session"
            | "sessions" => Kind::ScheduleItem,
            "company" | "companies" | "exhibitor" | "exhibitors" => Kind::Company,
            "system" | "systems" | "product" | "products" => Kind::System,
            "delegation" | "delegations" => Kind::Delegation,
            "person" | "people" | "persons" => Kind::Person,
            "organisation" | "organisations" | "organization" | "organizations" | "org"
            | "orgs" => Kind::Organisation,
            "country" | "countries" => Kind::Country,
            "hall" | "halls" => Kind::Hall,
            "stand" | "stands" => Kind::Stand,
            _ => return None,
        };
        Some(kind)
    }

    /// A stable small index, for per-kind tables.
    pub fn index(self) -> usize {
        self as usize
    }
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
}
