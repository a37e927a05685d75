//! The data format as data: which fields each kind accepts, their types and which are required.
//! The loader validates against this table, the unknown-field message lists from it, and the
//! detail views order fields by it, so the format is described in exactly one place.

use std::fmt;

use super::Kind;

/// Every field any kind accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Id,
    Name,
    Aliases,
    Summary,
    Tags,
    Sources,
    Confidence,
    AsOf,
    Related,
    // event
    Venue,
    City,
    StartDate,
    EndDate,
    TimeZone,
    Figures,
    Schedule,
    // schedule item
    Event,
    Day,
    EndDay,
    StartTime,
    EndTime,
    Place,
    Demo,
    // company, organisation, person, delegation
    Country,
    Sectors,
    Stand,
    Website,
    // system
    Maker,
    Category,
    Specs,
    Operators,
    // delegation
    Head,
    Members,
    Interests,
    // person
    Role,
    Affiliation,
    // organisation
    MemberStates,
    Area,
    // hall and stand
    Width,
    Depth,
    Stands,
    Hall,
    Label,
    X,
    Y,
    Companies,
}

impl Field {
    /// The key as written in a data file and in JSON.
    pub fn key(self) -> &'static str {
        match self {
            Field::Id => "id",
            Field::Name => "name",
            Field::Aliases => "aliases",
            Field::Summary => "summary",
            Field::Tags => "tags",
            Field::Sources => "sources",
            Field::Confidence => "confidence",
            Field::AsOf => "as_of",
            Field::Related => "related",
            Field::Venue => "venue",
            Field::City => "city",
            Field::StartDate => "start_date",
            Field::EndDate => "end_date",
            Field::TimeZone => "timezone",
            Field::Figures => "figures",
            Field::Schedule => "schedule",
            Field::Event => "event",
            Field::Day => "day",
            Field::EndDay => "end_day",
            Field::StartTime => "start_time",
            Field::EndTime => "end_time",
            Field::Place => "place",
            Field::Demo => "demo",
            Field::Country => "country",
            Field::Sectors => "sectors",
            Field::Stand => "stand",
            Field::Website => "website",
            Field::Maker => "maker",
            Field::Category => "category",
            Field::Specs => "specs",
            Field::Operators => "operators",
            Field::Head => "head",
            Field::Members => "members",
            Field::Interests => "interests",
            Field::Role => "role",
            Field::Affiliation => "affiliation",
            Field::MemberStates => "member_states",
            Field::Area => "area",
            Field::Width => "width",
            Field::Depth => "depth",
            Field::Stands => "stand",
            Field::Hall => "hall",
            Field::Label => "label",
            Field::X => "x",
            Field::Y => "y",
            Field::Companies => "companies",
        }
    }

    /// A label for people ("Member states").
    pub fn label(self) -> &'static str {
        match self {
            Field::Id => "Id",
            Field::Name => "Name",
            Field::Aliases => "Also known as",
            Field::Summary => "Summary",
            Field::Tags => "Tags",
            Field::Sources => "Sources",
            Field::Confidence => "Confidence",
            Field::AsOf => "As of",
            Field::Related => "Related",
            Field::Venue => "Venue",
            Field::City => "City",
            Field::StartDate => "Opens",
            Field::EndDate => "Closes",
            Field::TimeZone => "Time zone",
            Field::Figures => "Figures",
            Field::Schedule => "Schedule",
            Field::Event => "Event",
            Field::Day => "Day",
            Field::EndDay => "Until",
            Field::StartTime => "Starts",
            Field::EndTime => "Ends",
            Field::Place => "Place",
            Field::Demo => "Demo",
            Field::Country => "Country",
            Field::Sectors => "Sectors",
            Field::Stand => "Stand",
            Field::Website => "Website",
            Field::Maker => "Maker",
            Field::Category => "Category",
            Field::Specs => "Specs",
            Field::Operators => "Operators",
            Field::Head => "Head",
            Field::Members => "Members",
            Field::Interests => "Interests",
            Field::Role => "Role",
            Field::Affiliation => "Affiliation",
            Field::MemberStates => "Member states",
            Field::Area => "Area",
            Field::Width => "Width",
            Field::Depth => "Depth",
            Field::Stands => "Stands",
            Field::Hall => "Hall",
            Field::Label => "Label",
            Field::X => "From left",
            Field::Y => "From front",
            Field::Companies => "Exhibitors",
        }
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// What a field's value must be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldType {
    /// A string.
    Text,
    /// A string holding an http(s) address.
    Url,
    /// An array of strings.
    TextList,
    /// A TOML local date (`2025-11-11`).
    Date,
    /// A TOML local time (`09:30`).
    Time,
    /// A boolean.
    Bool,
    /// An IANA time zone name (`Africa/Bamako`).
    TimeZone,
    /// One of a fixed set of words.
    Choice(&'static [&'static str]),
    /// A whole number, zero or more (grid positions and sizes).
    Count,
    /// The id of one record of one of these kinds.
    Ref(&'static [Kind]),
    /// An array of ids of records of these kinds.
    RefList(&'static [Kind]),
    /// A country name.
    Country,
    /// An array of country names.
    CountryList,
    /// An array where each entry is the id of an organisation or else a country name.
    OperatorList,
    /// A table of named strings, integers, floats or booleans, kept in the order written.
    Specs,
    /// An array of tables, each a nested record of this kind (an event's schedule).
    Children(Kind),
    /// Set by the loader, never written (a schedule item's event).
    Parent(Kind),
}

impl FieldType {
    /// How the type is named in error messages ("an array of strings").
    pub fn describe(self) -> &'static str {
        match self {
            FieldType::Text => "a string",
            FieldType::Url => "a web address (a string starting with https:// or http://)",
            FieldType::TextList => "an array of strings",
            FieldType::Date => "a date like 2025-11-11 (a TOML date, not in quotes)",
            FieldType::Time => "a time like 09:30 (a TOML time, not in quotes)",
            FieldType::Bool => "true or false",
            FieldType::TimeZone => "an IANA time zone name like Africa/Bamako (a string)",
            FieldType::Choice(_) => "one of a fixed set of words (a string)",
            FieldType::Count => "a whole number, zero or more",
            FieldType::Ref(_) => "an id (a string)",
            FieldType::RefList(_) => "an array of ids",
            FieldType::Country => "a country name (a string)",
            FieldType::CountryList | FieldType::OperatorList => "an array of strings",
            FieldType::Specs => "a table of strings, numbers or booleans",
            FieldType::Children(_) => "an array of tables",
            FieldType::Parent(_) => "nothing: it is set by the loader",
        }
    }
}

/// One field a kind accepts.
#[derive(Clone, Copy, Debug)]
pub struct FieldSpec {
    pub field: Field,
    pub ty: FieldType,
    pub required: bool,
}

const fn req(field: Field, ty: FieldType) -> FieldSpec {
    FieldSpec { field, ty, required: true }
}

const fn opt(field: Field, ty: FieldType) -> FieldSpec {
    FieldSpec { field, ty, required: false }
}

const COMPANY: &[Kind] = &[Kind::Company];
const SYSTEM_OR_COMPANY: &[Kind] = &[Kind::Company, Kind::System];
const PERSON: &[Kind] = &[Kind::Person];
const COMPANY_OR_ORGANISATION: &[Kind] = &[Kind::Company, Kind::Organisation];

macro_rules! schema {
    ($($spec:expr),* $(,)?) => {
        &[
            req(Field::Id, FieldType::Text),
            req(Field::Name, FieldType::Text),
            opt(Field::Aliases, FieldType::TextList),
            $($spec,)*
            opt(Field::Summary, FieldType::Text),
            opt(Field::Tags, FieldType::TextList),
            opt(Field::Related, FieldType::RefList(&Kind::RECORDS)),
            opt(Field::Sources, FieldType::TextList),
            opt(Field::Confidence, FieldType::Choice(CONFIDENCE)),
            opt(Field::AsOf, FieldType::Date),
        ]
    };
}

/// How sure the sources are of a record's facts, weakest first.
pub const CONFIDENCE: &[&str] = &["low", "medium", "high"];

const EVENT: &[FieldSpec] = schema![
    opt(Field::Venue, FieldType::Text),
    opt(Field::City, FieldType::Text),
    opt(Field::Country, FieldType::Country),
    opt(Field::StartDate, FieldType::Date),
    opt(Field::EndDate, FieldType::Date),
    opt(Field::TimeZone, FieldType::TimeZone),
    opt(Field::Website, FieldType::Url),
    opt(Field::Figures, FieldType::Specs),
    opt(Field::Schedule, FieldType::Children(Kind::ScheduleItem)),
];
const SCHEDULE_ITEM: &[FieldSpec] = schema![
    opt(Field::Event, FieldType::Parent(Kind::Event)),
    req(Field::Day, FieldType::Date),
    opt(Field::EndDay, FieldType::Date),
    opt(Field::StartTime, FieldType::Time),
    opt(Field::EndTime, FieldType::Time),
    opt(Field::Place, FieldType::Text),
    opt(Field::Demo, FieldType::Bool),
];
const COMPANY_FIELDS: &[FieldSpec] = schema![
    opt(Field::Country, FieldType::Country),
    opt(Field::Sectors, FieldType::TextList),
    opt(Field::Stand, FieldType::Text),
    opt(Field::Website, FieldType::Url),
];
const SYSTEM: &[FieldSpec] = schema![
    req(Field::Maker, FieldType::Ref(COMPANY)),
    opt(Field::Category, FieldType::Text),
    opt(Field::Specs, FieldType::Specs),
    opt(Field::Operators, FieldType::OperatorList),
];
const DELEGATION: &[FieldSpec] = schema![
    opt(Field::Country, FieldType::Country),
    opt(Field::Head, FieldType::Ref(PERSON)),
    opt(Field::Members, FieldType::RefList(PERSON)),
    opt(Field::Interests, FieldType::RefList(SYSTEM_OR_COMPANY)),
];
const PERSON_FIELDS: &[FieldSpec] = schema![
    opt(Field::Role, FieldType::Text),
    opt(Field::Country, FieldType::Country),
    opt(Field::Affiliation, FieldType::Ref(COMPANY_OR_ORGANISATION)),
];
const ORGANISATION: &[FieldSpec] = schema![
    opt(Field::Category, FieldType::Text),
    opt(Field::Country, FieldType::Country),
    opt(Field::MemberStates, FieldType::CountryList),
    opt(Field::Area, FieldType::Text),
    opt(Field::Website, FieldType::Url),
];
const HALL: &[FieldSpec] = schema![
    req(Field::Width, FieldType::Count),
    req(Field::Depth, FieldType::Count),
    opt(Field::Stands, FieldType::Children(Kind::Stand)),
];
/// A stand's id and name may be left out: they default to `stand-<label>` and `Stand <label>`.
const STAND: &[FieldSpec] = &[
    opt(Field::Id, FieldType::Text),
    opt(Field::Name, FieldType::Text),
    opt(Field::Aliases, FieldType::TextList),
    opt(Field::Hall, FieldType::Parent(Kind::Hall)),
    req(Field::Label, FieldType::Text),
    req(Field::X, FieldType::Count),
    req(Field::Y, FieldType::Count),
    req(Field::Width, FieldType::Count),
    req(Field::Depth, FieldType::Count),
    opt(Field::Companies, FieldType::RefList(COMPANY)),
    opt(Field::Summary, FieldType::Text),
    opt(Field::Tags, FieldType::TextList),
    opt(Field::Related, FieldType::RefList(&Kind::RECORDS)),
    opt(Field::Sources, FieldType::TextList),
];
/// A `[[country]]` table. Its id is not written: it is made from the name the records use
/// most (`country:turkiye`), and `name` may be any of the country's names.
const COUNTRY: &[FieldSpec] = &[
    req(Field::Name, FieldType::Text),
    opt(Field::Aliases, FieldType::TextList),
    opt(Field::Summary, FieldType::Text),
    opt(Field::Sources, FieldType::TextList),
];

/// The fields `kind` accepts, in the order they are shown.
pub fn fields_of(kind: Kind) -> &'static [FieldSpec] {
    match kind {
        Kind::Event => EVENT,
        Kind::ScheduleItem => SCHEDULE_ITEM,
        Kind::Company => COMPANY_FIELDS,
        Kind::System => SYSTEM,
        Kind::Delegation => DELEGATION,
        Kind::Person => PERSON_FIELDS,
        Kind::Organisation => ORGANISATION,
        Kind::Country => COUNTRY,
        Kind::Hall => HALL,
        Kind::Stand => STAND,
    }
}

/// The spec of `key` in `kind`, if the kind accepts it (loader-set fields are not accepted).
pub fn lookup(kind: Kind, key: &str) -> Option<&'static FieldSpec> {
    fields_of(kind)
        .iter()
        .find(|spec| spec.field.key() == key && !matches!(spec.ty, FieldType::Parent(_)))
}

/// The keys a data file may write for `kind`, for "expected one of" messages.
pub fn writable_keys(kind: Kind) -> impl Iterator<Item = &'static str> {
    fields_of(kind)
        .iter()
        .filter(|spec| !matches!(spec.ty, FieldType::Parent(_)))
        .map(|spec| spec.field.key())
}

/// Where `field` stands in `kind`'s display order.
pub fn position(kind: Kind, field: Field) -> usize {
    fields_of(kind).iter().position(|spec| spec.field == field).unwrap_or(usize::MAX)
}
