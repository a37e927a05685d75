//! The data format as data: which fields each kind accepts, their types and which are required,
//! and what each field means to the rest of showfloor (its roles: the search tier it is found
//! in, whether it is a facet, its place in a comparison, where the record's page shows it,
//! whether exports have a column for it, and its label). The loader validates against these
//! tables, the unknown-field message lists from them, the detail views order fields by them,
//! and search, facets, compare, the card and exports read the roles, so a field is described
//! in exactly one place: its row in [`fields!`] and its line in each kind that accepts it.

use std::fmt;

use super::Kind;

/// Which tier of the search index a field's text is folded into, best first: a word in a name
/// ranks above the same word in a summary (`search::MatchField` reads these, docs/search.md
/// explains the ranking).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tier {
    Name,
    /// Another name the record goes by.
    Alias,
    Id,
    Tags,
    /// The short facts shown beside a name: country, maker, category, role, sectors, place.
    Context,
    /// The records it links to, by name: "see also", members, interests.
    Linked,
    /// The summary and the other free text (specs, figures, area).
    Text,
}

impl Tier {
    /// Every tier, in rank order.
    pub const ALL: [Tier; 7] =
        [Tier::Name, Tier::Alias, Tier::Id, Tier::Tags, Tier::Context, Tier::Linked, Tier::Text];
}

/// Where a record's page (the browser's detail view) shows a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Card {
    /// A row of the card, in the kind's field order; a value that links to records is listed
    /// under "Links" instead, where it can be followed.
    Row,
    /// In the page's head: the title (the name), and the line under it (the id, how sure the
    /// sources are, and as of when).
    Head,
    /// Below the card, as wrapped prose (the summary).
    Prose,
    /// In the "Sources" section at the foot of the page.
    Sources,
}

/// What a field means, said once: how it is written and named, and what search, facets,
/// comparisons, the record's page and exports do with it. Each consumer reads these roles
/// rather than keeping its own list of fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldDef {
    /// The key as written in a data file and in JSON.
    pub key: &'static str,
    /// The search tier its text is found in; `None` when search does not read it (the
    /// sources, and values with no words: dates, times, numbers, booleans).
    pub search: Option<Tier>,
    /// Whether lists can be narrowed by its values: short values many records share.
    pub facet: bool,
    /// Its place among the rows a comparison lines up, lower first; `None` when it is not
    /// compared. A table of named values (specs) gives a row per name.
    pub compare: Option<u8>,
    /// Where the record's page shows it.
    pub card: Card,
    /// Whether a list export has a column for it (CSV; the Markdown dossier's facts). Nested
    /// records and what the loader sets are left out.
    pub export: bool,
    /// Whether it may be given in more than one language (`summary.fr = "…"`): free text
    /// people read, not words the program matches (a stand's label, a talk's language).
    pub languages: bool,
}

/// A field that nothing but loading reads, shown as a row of the card and exported: each role
/// it has is added to it in its row of [`fields!`].
const fn def(key: &'static str) -> FieldDef {
    FieldDef {
        key,
        search: None,
        facet: false,
        compare: None,
        card: Card::Row,
        export: true,
        languages: false,
    }
}

impl FieldDef {
    const fn searched(self, tier: Tier) -> FieldDef {
        FieldDef { search: Some(tier), ..self }
    }

    const fn faceted(self) -> FieldDef {
        FieldDef { facet: true, ..self }
    }

    const fn compared(self, place: u8) -> FieldDef {
        FieldDef { compare: Some(place), ..self }
    }

    const fn on_card(self, card: Card) -> FieldDef {
        FieldDef { card, ..self }
    }

    const fn not_exported(self) -> FieldDef {
        FieldDef { export: false, ..self }
    }

    const fn in_languages(self) -> FieldDef {
        FieldDef { languages: true, ..self }
    }
}

/// The `Field` enum and the table of what each one means, from one list, so that a field's
/// variant and its roles cannot drift apart.
macro_rules! fields {
    ($($variant:ident = $def:expr,)*) => {
        /// Every field any kind accepts.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Field {
            $($variant,)*
        }

        /// What each field means, in the order of [`Field`]'s variants.
        const FIELDS: &[FieldDef] = &[$($def,)*];

        impl Field {
            /// Every field, in declaration order.
            pub const ALL: &[Field] = &[$(Field::$variant,)*];
        }
    };
}

use Card::{Head, Prose, Sources};
use Tier::{Alias, Context, Linked, Text};

fields! {
    Id = def("id").searched(Tier::Id).on_card(Head),
    Name = def("name").searched(Tier::Name).on_card(Head).in_languages(),
    Aliases = def("aliases").searched(Alias),
    Summary = def("summary").searched(Text).on_card(Prose).in_languages(),
    Tags = def("tags").searched(Tier::Tags).faceted().compared(80),
    Sources = def("sources").on_card(Sources),
    Confidence = def("confidence").searched(Context).on_card(Head),
    AsOf = def("as_of").on_card(Head),
    Related = def("related").searched(Linked),
    // event
    Venue = def("venue").searched(Context).in_languages(),
    City = def("city").searched(Context).in_languages(),
    StartDate = def("start_date"),
    EndDate = def("end_date"),
    TimeZone = def("timezone").searched(Context),
    Figures = def("figures").searched(Text),
    // The schedule items' names are facts about the event.
    Schedule = def("schedule").searched(Context).not_exported(),
    // schedule item
    Event = def("event").searched(Linked).not_exported(),
    Day = def("day"),
    EndDay = def("end_day"),
    StartTime = def("start_time"),
    EndTime = def("end_time"),
    Place = def("place").searched(Context).faceted().in_languages(),
    Demo = def("demo"),
    // Imported schedules carry these (frab, c3voc JSON): a talk's subtitle, its language, and
    // who gives it. A speaker is a fact about the talk, found beside its title.
    Subtitle = def("subtitle").searched(Text).in_languages(),
    Language = def("language").searched(Context).faceted(),
    Speakers = def("speakers").searched(Linked),
    // company, organisation, person, delegation
    Country = def("country").searched(Context).faceted().compared(10),
    Sectors = def("sectors").searched(Context).faceted().compared(40),
    Stand = def("stand").searched(Context).compared(60),
    Website = def("website").searched(Text),
    // system
    Maker = def("maker").searched(Context).faceted().compared(20),
    Category = def("category").searched(Context).faceted().compared(30).in_languages(),
    // Where it fights, as a show's halls and guides group systems: air, land, sea, electronic
    // warfare. Coarser than its category, so many systems share one: a facet.
    Domain = def("domain").searched(Context).faceted().compared(35).in_languages(),
    Specs = def("specs").searched(Text).compared(90),
    Operators = def("operators").searched(Context).faceted().compared(50),
    // delegation
    Head = def("head").searched(Context).faceted(),
    Members = def("members").searched(Linked).faceted(),
    Interests = def("interests").searched(Linked).faceted(),
    // person
    Role = def("role").searched(Context).faceted().compared(70).in_languages(),
    Affiliation = def("affiliation").searched(Context).faceted(),
    // organisation
    MemberStates = def("member_states").searched(Context).faceted(),
    Area = def("area").searched(Text).in_languages(),
    // hall and stand
    Width = def("width"),
    Depth = def("depth"),
    // A hall's stands and a stand's hall are found by their names, as facts.
    Stands = def("stand").searched(Context).not_exported(),
    Hall = def("hall").searched(Context).not_exported(),
    Label = def("label").searched(Context),
    X = def("x"),
    Y = def("y"),
    Companies = def("companies").searched(Context),
}

impl Field {
    /// What this field means: its key, label and roles.
    pub fn def(self) -> &'static FieldDef {
        &FIELDS[self as usize]
    }

    /// The key as written in a data file and in JSON.
    pub fn key(self) -> &'static str {
        self.def().key
    }

    /// The width of a card's label column in the reader's language: the longest label of a
    /// field a card shows as a row ("Also known as", « Depuis la gauche ») and a space.
    pub fn label_width() -> usize {
        use unicode_width::UnicodeWidthStr;
        let rows = Field::ALL.iter().filter(|field| field.def().card == Card::Row);
        rows.map(|field| field.label().width() + 1).max().unwrap_or(0)
    }

    /// The width of the label column on a card of `kind`: its own longest row label and a
    /// space. A company's card does not wait for the width of a system's « Caractéristiques »,
    /// and every card of one kind lines up the same as the reader walks from one to the next.
    pub fn label_width_of(kind: Kind) -> usize {
        use unicode_width::UnicodeWidthStr;
        let rows = fields_of(kind).iter().filter(|spec| spec.field.def().card == Card::Row);
        rows.map(|spec| spec.field.label().width() + 1).max().unwrap_or(0)
    }

    /// A label for people ("Member states"), in the reader's language.
    pub fn label(self) -> &'static str {
        let variant = format!("{self:?}");
        let mut id = String::from("field");
        for c in variant.chars() {
            if c.is_ascii_uppercase() {
                id.push('-');
            }
            id.push(c.to_ascii_lowercase());
        }
        crate::i18n::t(&id)
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
    /// How the type is named in error messages ("an array of strings"), in the reader's
    /// language.
    pub fn describe(self) -> &'static str {
        match self {
            FieldType::Text => crate::tr!("catalog-type-text"),
            FieldType::Url => crate::tr!("catalog-type-url"),
            FieldType::TextList | FieldType::CountryList | FieldType::OperatorList => {
                crate::tr!("catalog-type-text-list")
            }
            FieldType::Date => crate::tr!("catalog-type-date"),
            FieldType::Time => crate::tr!("catalog-type-time"),
            FieldType::Bool => crate::tr!("catalog-type-bool"),
            FieldType::TimeZone => crate::tr!("catalog-type-time-zone"),
            FieldType::Choice(_) => crate::tr!("catalog-type-choice"),
            FieldType::Count => crate::tr!("catalog-type-count"),
            FieldType::Ref(_) => crate::tr!("catalog-type-ref"),
            FieldType::RefList(_) => crate::tr!("catalog-type-ref-list"),
            FieldType::Country => crate::tr!("catalog-type-country"),
            FieldType::Specs => crate::tr!("catalog-type-specs"),
            FieldType::Children(_) => crate::tr!("catalog-type-children"),
            FieldType::Parent(_) => crate::tr!("catalog-type-parent"),
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

mod kinds;
use kinds::*;

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

#[cfg(test)]
mod tests;
