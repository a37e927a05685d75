//! Which fields each kind takes, of which type, required or not: the format's tables.

use super::*;

const fn req(field: Field, ty: FieldType) -> FieldSpec {
    FieldSpec { field, ty, required: true }
}

const fn opt(field: Field, ty: FieldType) -> FieldSpec {
    FieldSpec { field, ty, required: false }
}

pub(super) const COMPANY: &[Kind] = &[Kind::Company];
pub(super) const SYSTEM_OR_COMPANY: &[Kind] = &[Kind::Company, Kind::System];
pub(super) const PERSON: &[Kind] = &[Kind::Person];
pub(super) const COMPANY_OR_ORGANISATION: &[Kind] = &[Kind::Company, Kind::Organisation];

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

pub(super) const EVENT: &[FieldSpec] = schema![
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
pub(super) const SCHEDULE_ITEM: &[FieldSpec] = schema![
    opt(Field::Event, FieldType::Parent(Kind::Event)),
    req(Field::Day, FieldType::Date),
    opt(Field::EndDay, FieldType::Date),
    opt(Field::StartTime, FieldType::Time),
    opt(Field::EndTime, FieldType::Time),
    opt(Field::Place, FieldType::Text),
    opt(Field::Demo, FieldType::Bool),
    opt(Field::Subtitle, FieldType::Text),
    opt(Field::Language, FieldType::Text),
    opt(Field::Speakers, FieldType::RefList(PERSON)),
];
pub(super) const COMPANY_FIELDS: &[FieldSpec] = schema![
    opt(Field::Country, FieldType::Country),
    opt(Field::Sectors, FieldType::TextList),
    opt(Field::Stand, FieldType::Text),
    opt(Field::Website, FieldType::Url),
];
pub(super) const SYSTEM: &[FieldSpec] = schema![
    req(Field::Maker, FieldType::Ref(COMPANY)),
    opt(Field::Category, FieldType::Text),
    opt(Field::Domain, FieldType::Text),
    opt(Field::Specs, FieldType::Specs),
    opt(Field::Operators, FieldType::OperatorList),
];
pub(super) const DELEGATION: &[FieldSpec] = schema![
    opt(Field::Country, FieldType::Country),
    opt(Field::Head, FieldType::Ref(PERSON)),
    opt(Field::Members, FieldType::RefList(PERSON)),
    opt(Field::Interests, FieldType::RefList(SYSTEM_OR_COMPANY)),
];
pub(super) const PERSON_FIELDS: &[FieldSpec] = schema![
    opt(Field::Role, FieldType::Text),
    opt(Field::Country, FieldType::Country),
    opt(Field::Affiliation, FieldType::Ref(COMPANY_OR_ORGANISATION)),
];
pub(super) const ORGANISATION: &[FieldSpec] = schema![
    opt(Field::Category, FieldType::Text),
    opt(Field::Country, FieldType::Country),
    opt(Field::MemberStates, FieldType::CountryList),
    opt(Field::Area, FieldType::Text),
    opt(Field::Website, FieldType::Url),
];
pub(super) const HALL: &[FieldSpec] = schema![
    req(Field::Width, FieldType::Count),
    req(Field::Depth, FieldType::Count),
    opt(Field::Stands, FieldType::Children(Kind::Stand)),
];
/// A stand's id and name may be left out: they default to `stand-<label>` and `Stand <label>`.
pub(super) const STAND: &[FieldSpec] = &[
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
pub(super) const COUNTRY: &[FieldSpec] = &[
    req(Field::Name, FieldType::Text),
    opt(Field::Aliases, FieldType::TextList),
    opt(Field::Summary, FieldType::Text),
    opt(Field::Sources, FieldType::TextList),
];
