//! A record as readers see it: a borrowing view of its id, name, kind and fields, and the links
//! that run to it from other records.

use super::{Catalog, Field, Kind, Origin, RecordId, Stored, Strs, Value, ValueRef};

/// One record (an exhibitor, a system, a delegation, a person, an organisation, the event, a
/// schedule item, or a country made from the names the others use), borrowed from its
/// catalogue.
#[derive(Clone, Copy)]
pub struct Record<'a> {
    pub(super) catalog: &'a Catalog,
    pub(super) stored: &'a Stored,
}

impl<'a> Record<'a> {
    pub fn id(&self) -> &'a str {
        self.catalog.arena.get(self.stored.id)
    }

    /// The name in the reader's language (see [`Record::languages`]); a name given in several
    /// languages is the record's first field, the schema putting `name` first in every kind.
    pub fn name(&self) -> &'a str {
        match self.stored_fields().first() {
            Some((Field::Name, Value::Localized(span))) => {
                self.catalog.arena.in_reader_language(*span)
            }
            _ => self.catalog.arena.get(self.stored.name),
        }
    }

    /// The name as references and ids know it: in English, else the first language given.
    pub fn name_as_written(&self) -> &'a str {
        self.catalog.arena.get(self.stored.name)
    }

    /// Each language a text field (or the name) is given in, with its text; empty when it is
    /// one plain string.
    pub fn languages(&self, field: Field) -> impl Iterator<Item = (&'a str, &'a str)> + use<'a> {
        let arena = &self.catalog.arena;
        let span = self.stored_fields().iter().find_map(|(f, value)| match value {
            Value::Localized(span) if *f == field => Some(*span),
            _ => None,
        });
        span.into_iter().flat_map(move |span| arena.languages(span))
    }

    fn stored_fields(&self) -> &'a [(Field, Value)] {
        let start = self.stored.first_field as usize;
        &self.catalog.fields[start..start + self.stored.field_count as usize]
    }

    pub fn kind(&self) -> Kind {
        self.stored.kind
    }

    /// Where the record was written; for a country, where a `[[country]]` table declares it,
    /// and `None` when none does.
    pub fn origin(&self) -> Option<Origin> {
        self.stored.origin
    }

    /// Every field but `id` and `name`, in the order the schema shows them.
    pub fn fields(&self) -> impl Iterator<Item = (Field, ValueRef<'a>)> + use<'a> {
        let catalog = self.catalog;
        self.stored_fields()
            .iter()
            .filter(|(field, _)| *field != Field::Name)
            .map(move |(field, value)| (*field, catalog.arena.view(value)))
    }

    pub fn get(&self, field: Field) -> Option<ValueRef<'a>> {
        self.fields().find(|(f, _)| *f == field).map(|(_, value)| value)
    }

    /// A text field's value, if present.
    pub fn text(&self, field: Field) -> Option<&'a str> {
        match self.get(field) {
            Some(ValueRef::Text(text)) => Some(text),
            _ => None,
        }
    }

    /// A list-of-strings field's values (empty when absent).
    pub fn list(&self, field: Field) -> Strs<'a> {
        match self.get(field) {
            Some(ValueRef::TextList(items)) => items,
            _ => Strs::empty(),
        }
    }

    /// The first record a link field points to.
    pub fn link(&self, field: Field) -> Option<RecordId> {
        self.get(field).and_then(|value| value.links().first().copied())
    }

    /// Every outgoing link, with the field it runs through, in field order.
    pub fn links(&self) -> impl Iterator<Item = (Field, RecordId)> + use<'a> {
        self.fields()
            .flat_map(|(field, value)| value.links().iter().map(move |target| (field, *target)))
    }
}

impl std::fmt::Debug for Record<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Record")
            .field("id", &self.id())
            .field("kind", &self.kind())
            .field("name", &self.name())
            .finish()
    }
}

/// A link seen from its target: `from` refers to this record through `field`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Backlink {
    pub from: RecordId,
    pub field: Field,
}
